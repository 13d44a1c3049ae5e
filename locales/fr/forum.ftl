# Le Forum du SMSI : éditions, programme, exports, éditeur du calendrier.

forum-no-editions = Aucune édition du Forum n’a encore été annoncée.
forum-edition-name = Forum du SMSI { $year }
forum-dates = Dates
forum-venue = Lieu
forum-sessions = Sessions
forum-about = À propos du Forum
forum-news = Actualités
forum-consultation = Processus de consultation ouverte
forum-phase-current = En cours
forum-phase-until = { $start } – { $end }
forum-partners = Partenaires
forum-partner-tier-gold-plus = Partenaires Or Plus
forum-partner-tier-gold = Partenaires Or
forum-partner-tier-specific = Partenaires pour des activités spécifiques
forum-partner-tier-contributing = Partenaires contributeurs
forum-partner-tier-supporting = Partenaires de soutien
forum-open-data = Programme en données ouvertes
forum-back-to-edition = Retour au Forum
forum-not-published = Le programme n’a pas encore été publié.
forum-agenda-title = Programme
forum-agenda-of = Programme du Forum du SMSI { $year }
forum-agenda-nav = Vues du programme
forum-agenda-by-day = Par jour
forum-agenda-grid = Grille des salles et des horaires
forum-grid-title = Grille du programme
forum-grid-of = Grille du programme du Forum du SMSI { $year }
forum-all-title = Programme complet
forum-all-of = Programme complet du Forum du SMSI { $year }
forum-speakers-title = Intervenants
forum-speakers-of = Intervenants du Forum du SMSI { $year }
forum-speaker-count = { $count ->
    [one] { $count } intervenant
   *[other] { $count } intervenants
}
forum-changes-title = Modifications
forum-changes-of = Modifications apportées au programme du Forum du SMSI { $year }
forum-version = Version { $number }
forum-version-first = Première version publiée.
forum-change-added = Session { $number } ajoutée : { $title }
forum-change-removed = Session { $number } supprimée : { $title }
forum-change-retitled = Session { $number } renommée : « { $from } » devient « { $to } »
forum-change-moved = Session { $number } ({ $title }) déplacée de { $from } à { $to }
forum-change-speakers = Session { $number } ({ $title }) : intervenants modifiés
forum-mine-title = Mon programme
forum-mine-of = Mon programme pour le Forum du SMSI { $year }
forum-mine-account = Vos choix sont enregistrés dans votre compte.
forum-mine-browser = Vos choix sont enregistrés uniquement dans ce navigateur. Connectez-vous pour les enregistrer dans votre compte.
forum-mine-feed = S’abonner à mon programme (iCalendar)
forum-mine-empty = Vous n’avez encore choisi aucune session. Utilisez « Ajouter à mon programme » sur les sessions auxquelles vous souhaitez assister.
forum-pick = Ajouter à mon programme
forum-unpick = Retirer de mon programme
forum-times-in-venue-zone = Les horaires sont indiqués dans le fuseau horaire du Forum ({ $zone }).
forum-times-in-zone = Les horaires sont indiqués dans le fuseau horaire { $zone }.
forum-zone-unknown = Ce fuseau horaire est inconnu ; les horaires sont indiqués dans le fuseau horaire du Forum.
forum-use-my-zone = Afficher les horaires dans mon fuseau horaire
forum-change-zone = Choisir un fuseau horaire
forum-zone-label = Fuseau horaire
forum-zone-hint = Un nom de fuseau horaire IANA, par exemple Africa/Nairobi ou America/New_York.
forum-zone-submit = Afficher les horaires
forum-days = Journées du Forum
forum-filters = Filtrer le programme
forum-filter-type = Type de session
forum-filter-action-line = Grande orientation
forum-filter-sdg = Objectif de développement durable
forum-filter-language = Langue
forum-filter-access = Accessibilité
forum-filter-any = Tous
forum-filter-submit = Filtrer
forum-no-sessions = Aucune session ne correspond à ces filtres ce jour-là.
forum-session-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
forum-time = Horaire
forum-access-captioning = Sous-titrage
forum-access-interpretation = Interprétation
forum-access-sign-language = Langue des signes
forum-access-remote = Participation à distance
forum-access-step-free = Accès de plain-pied
forum-room-capacity = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
forum-room-interpretation = Cabines d’interprétation
forum-room-captioning = Sous-titrage
forum-room-step-free = Accès de plain-pied
forum-room-feed = Les sessions de cette salle dans votre agenda (iCalendar)
forum-back-to-agenda = Retour au programme
forum-session-number = Numéro de session
forum-session-type = Type
forum-session-when = Date et heure
forum-venue-time = { $time } sur place
forum-session-room = Salle
forum-session-languages = Langues
forum-session-access = Accessibilité
forum-session-remote = Participation à distance
forum-session-join = Participer à distance
forum-add-to-calendar = Ajouter à mon agenda (iCalendar)
forum-session-abstract = À propos de la session
forum-session-organisers = Organisateurs
forum-session-speakers = Intervenants
forum-session-links = Grandes orientations et ODD
forum-session-documents = Documents

speaker-role-moderator = Modérateur
speaker-role-keynote = Orateur principal
speaker-role-panellist = Panéliste
speaker-role-speaker = Intervenant
speaker-role-rapporteur = Rapporteur
speaker-role-high-level-facilitator = Facilitateur du segment de haut niveau

session-type-opening = Cérémonie d’ouverture
session-type-high-level-policy = Session de haut niveau consacrée aux politiques
session-type-ministerial-round-table = Table ronde ministérielle
session-type-prize-ceremony = Cérémonie de remise des Prix du SMSI
session-type-high-level-dialogue = Dialogue de haut niveau
session-type-action-line-facilitation = Réunion de facilitation d’une grande orientation
session-type-thematic-workshop = Atelier thématique
session-type-country-workshop = Atelier consacré à un pays
session-type-interactive = Session interactive
session-type-information = Séance d’information
session-type-knowledge-cafe = Café du savoir
session-type-open-space = Causerie en espace ouvert
session-type-hackathon = Hackathon
session-type-exhibition = Exposition
session-type-accessibility = Session de la Journée de l’accessibilité

conflict-impossible-slot = La session se termine avant de commencer ou dure plus de 12 heures.
conflict-unknown-room = La salle n’existe pas dans cette édition.
conflict-room-double-booked = Deux sessions ont lieu dans la même salle au même moment.
conflict-speaker-double-booked = Un intervenant participe à deux sessions au même moment.
conflict-speaker-unavailable = Un intervenant n’est pas disponible à ce moment-là.
conflict-outside-forum-days = La session a lieu en dehors des journées du Forum.
conflict-outside-room-hours = La session a lieu en dehors des heures d’ouverture de la salle.
conflict-room-too-small = La salle est trop petite pour l’assistance prévue.
conflict-no-captioning = La session nécessite un sous-titrage et la salle n’en dispose pas.
conflict-no-interpretation = La session nécessite une interprétation et la salle ne dispose pas de cabines.
