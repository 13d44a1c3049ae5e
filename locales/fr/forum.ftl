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

# L’appel à propositions de sessions et l’examen par le secrétariat.
forum-propose-title = Proposer une session
forum-propose-of = Proposer une session pour le Forum du SMSI { $year }
forum-propose-intro = Proposez une session pour le Forum : le secrétariat examine chaque proposition et peut l’accepter, la refuser, demander des modifications ou la fusionner avec une proposition similaire. Chaque intervenant reçoit un courrier électronique lui demandant de confirmer sa participation.
forum-propose-submit = Envoyer la proposition
forum-proposals-closed = L’appel à propositions de sessions est clos.
forum-field-type = Type de session
forum-field-title = Titre
forum-field-abstract = Résumé
forum-field-abstract-hint = 5 000 caractères au maximum. Markdown est autorisé : *mise en valeur*, listes, liens.
forum-field-organisers = Organisateurs
forum-field-organisers-hint = Une entité organisatrice par ligne.
forum-field-audience = Assistance prévue (nombre de personnes)
forum-field-action-lines = Grandes orientations
forum-field-sdgs = Objectifs de développement durable
forum-field-languages = Langues de la session
forum-field-needs = Besoins et participation à distance
forum-field-speakers = Intervenants
forum-field-speakers-hint = Nom, organisation, adresse électronique et rôle de chaque intervenant ; laissez vides les lignes inutilisées.
forum-speaker-name = Nom de l’intervenant
forum-speaker-organisation = Organisation de l’intervenant
forum-speaker-email = Adresse électronique de l’intervenant
forum-speaker-role = Rôle de l’intervenant
forum-speaker-is-confirmed = confirmé
forum-speaker-not-confirmed = pas encore confirmé
forum-proposals-title = Mes propositions de sessions
forum-proposals-none = Aucune proposition pour l’instant.
forum-proposal-edit = Modifier la proposition
forum-proposal-sent = Votre proposition a été envoyée au secrétariat.
forum-proposal-saved = Vos modifications ont été enregistrées et envoyées au secrétariat.
forum-proposal-not-editable = Cette proposition ne peut plus être modifiée.
forum-proposal-stale = Quelqu’un a modifié cette proposition entre-temps. Rechargez-la, puis apportez à nouveau vos modifications.
forum-speaker-confirm-title = Confirmer votre participation en tant qu’intervenant
forum-speaker-confirm-text = Votre nom a été proposé comme intervenant d’une session du Forum du SMSI. Confirmez que vous y participerez.
forum-speaker-confirm-submit = Je confirme
forum-speaker-confirmed = Merci : votre participation est confirmée.
forum-speaker-token-invalid = Ce lien de confirmation n’est pas valide.
forum-review-title = Propositions de sessions
forum-review-of = Propositions de sessions pour le Forum du SMSI { $year }
forum-review-filter = Propositions par statut
forum-review-decide = Décider
forum-review-action = Décision
forum-review-accept = Accepter
forum-review-request-changes = Demander des modifications
forum-review-decline = Refuser
forum-review-comment = Commentaire à l’intention de l’auteur de la proposition
forum-review-submit = Enregistrer la décision
forum-review-comment-required = Expliquez la décision à l’auteur de la proposition dans un commentaire.
forum-review-comment-too-long = Le commentaire est trop long (5 000 caractères au maximum).
forum-merge-into = Fusionner avec la proposition
forum-merge-submit = Fusionner
forum-merge-target-invalid = Choisissez une autre proposition ouverte du même Forum avec laquelle fusionner.
forum-publish-blocked = Le calendrier ne peut pas être publié : une session a un créneau impossible ou une salle inconnue.
forum-publish-stale = Une autre version du calendrier a été publiée entre-temps. Rechargez le calendrier, puis publiez-le à nouveau.
session-status-proposed = Proposée
session-status-changes-requested = Modifications demandées
session-status-accepted = Acceptée
session-status-declined = Refusée
session-status-merged = Fusionnée avec une autre proposition
session-type-invalid = Choisissez l’un des types de session.
session-type-code-invalid = Utilisez de 2 à 40 lettres minuscules, chiffres ou traits d’union.
abstract-required = Décrivez la session dans un résumé.
abstract-too-long = Le résumé est trop long (5 000 caractères au maximum).
organisers-required = Indiquez au moins un organisateur.
organisers-too-long = 20 organisateurs au maximum, de 200 caractères au plus chacun.
speaker-name-required = Indiquez le nom de chaque intervenant.
speaker-organisation-required = Indiquez l’organisation de chaque intervenant.
speaker-too-long = Le nom ou l’organisation d’un intervenant est trop long.
speaker-email-invalid = Indiquez une adresse électronique valide pour chaque intervenant.
speaker-role-invalid = Choisissez un rôle pour chaque intervenant.
speaker-duplicate = Le même intervenant figure deux fois dans la liste.
speakers-too-many = 20 intervenants au maximum.
session-languages-required = Choisissez au moins une langue.
expected-audience-invalid = Indiquez l’assistance prévue sous la forme d’un nombre compris entre 0 et 10 000.
review-action-invalid = Choisissez une décision.
session-review-not-allowed = Cette décision n’est pas possible pour une proposition dans cet état.
track-invalid = Choisissez un segment.
time-invalid = Indiquez une heure au format HH:MM.
attendance-mode-invalid = Choisissez sur place ou à distance.
sessions-invalid = Indiquez des numéros de session séparés par des virgules.
mail-speaker-subject = Forum du SMSI : veuillez confirmer votre intervention à une session
mail-speaker-invited = Votre nom a été proposé comme { $role } de la session « { $title } ». Veuillez confirmer votre participation au moyen de ce lien :
mail-proposal-accepted = Votre proposition de session « { $title } » a été acceptée. Le secrétariat l’inscrira au programme.
mail-proposal-declined = Votre proposition de session « { $title } » a été refusée. Commentaire du secrétariat :
mail-proposal-changes = Le secrétariat demande des modifications à votre proposition de session « { $title } ». Son commentaire :

# L’éditeur du calendrier.
forum-schedule-title = Éditeur du calendrier
forum-schedule-of = Éditeur du calendrier du Forum du SMSI { $year }
forum-schedule-publish = Publier le calendrier
forum-schedule-never-published = Le calendrier n’a pas encore été publié.
forum-schedule-published-version = Le programme public affiche la version { $number }.
forum-schedule-note = Note pour le journal des modifications
forum-schedule-publish-submit = Publier en tant que nouvelle version
forum-schedule-conflicts = { $count ->
    [one] { $count } conflit
   *[other] { $count } conflits
}
forum-schedule-no-conflicts = Aucun conflit dans le calendrier de travail.
forum-schedule-sessions = Sessions acceptées
forum-schedule-unplaced = Pas encore placées
forum-schedule-unplaced-count = Pas encore placées ({ $count })
forum-schedule-has-conflict = en conflit
forum-schedule-date = Jour
forum-schedule-start = Début (HH:MM)
forum-schedule-end = Fin (HH:MM)
forum-schedule-place = Placer
forum-schedule-unplace = Retirer du calendrier
forum-schedule-place-anyway = Placer quand même
forum-schedule-date-invalid = Choisissez l’une des journées du Forum.
forum-schedule-blocked = Ce créneau ne peut pas être utilisé.
forum-schedule-confirm-conflicts = Ce placement entraîne les conflits ci-dessous. Placez quand même la session ou choisissez un autre créneau.
forum-schedule-stale = Quelqu’un a modifié cette session entre-temps. Rechargez le calendrier et réessayez.
forum-manage-schedule = Éditeur du calendrier
forum-manage-proposals = Propositions de sessions

# Inscription, enregistrement des arrivées et participation.
forum-register-title = S’inscrire
forum-register-of = S’inscrire au Forum du SMSI { $year }
forum-register-intro = Inscrivez-vous pour participer sur place à Genève ou à distance. Les membres du personnel des États Membres, des organismes des Nations Unies et des membres de l’UIT inscrits avec l’adresse électronique de leur organisation sont accrédités immédiatement ; les autres inscriptions sont approuvées par le secrétariat. Une place sur site vous est attribuée une fois votre inscription approuvée.
forum-register-mode = Participation
forum-register-category = Catégorie de participant
forum-register-category-hint = Les États Membres, les organismes des Nations Unies et les membres de l’UIT sont accrédités immédiatement si vous vous êtes inscrit avec l’adresse électronique de votre organisation ; sinon, et pour les autres catégories, le secrétariat approuve l’inscription.
forum-register-accessibility = Besoins en matière d’accessibilité
forum-register-accessibility-hint = Par exemple : accès de plain-pied, langue des signes, sous-titrage, place à l’avant de la salle.
forum-register-consent = J’accepte que le secrétariat conserve ces données pour organiser le Forum et en établir les statistiques.
forum-register-submit = S’inscrire
forum-register-badge = Votre badge
forum-register-badge-text = Présentez ce code à l’entrée ; le personnel le scanne ou le saisit.
forum-registrations-title = Inscriptions
forum-registrations-of = Inscriptions au Forum du SMSI { $year }
forum-registrations-none = Aucune inscription ne correspond à ces filtres.
forum-registration-approve = Approuver
forum-registration-decline = Refuser
forum-check-in-title = Enregistrement des arrivées
forum-check-in-of = Enregistrement des arrivées au Forum du SMSI { $year }
forum-check-in-code = Code du badge ou nom
forum-check-in-hint = Scannez le code QR du badge, saisissez le code imprimé en dessous ou saisissez une partie du nom, de l’adresse électronique ou de l’organisation.
forum-check-in-submit = Enregistrer l’arrivée
forum-participation-title = Participation
forum-participation-of = Participation au Forum du SMSI { $year }
forum-participation-total = { $count ->
    [one] { $count } participant inscrit venant de { $countries ->
        [one] { $countries } pays ou zone
       *[other] { $countries } pays et zones
    }
   *[other] { $count } participants inscrits venant de { $countries ->
        [one] { $countries } pays ou zone
       *[other] { $countries } pays et zones
    }
}
forum-participation-by-mode = Participants sur place et à distance
forum-participation-by-stakeholder = Participants par type de partie prenante
forum-participation-by-region = Participants par région
forum-participation-by-country = Participants par pays ou zone (les 30 premiers sur { $count })
forum-participation-other-region = Autres
forum-participants = Participants
attendance-on-site = Sur place
attendance-remote = À distance
registration-category-member-state = État Membre
registration-category-un-agency = Organisme des Nations Unies
registration-category-itu-member = Membre de l’UIT
registration-category-ngo = Organisation non gouvernementale
registration-category-business = Entreprise
registration-category-academia = Milieux universitaires
registration-category-media = Médias
registration-category-individual = Particulier
registration-status-pending = Votre inscription est en attente d’approbation par le secrétariat.
registration-status-approved = Votre inscription est approuvée.
registration-status-declined = Votre inscription a été refusée.
registration-category-invalid = Choisissez une catégorie de participant.
registration-status-invalid = Choisissez d’approuver ou de refuser.
registration-consent-required = Pour vous inscrire, acceptez le traitement de vos données.
registration-full = Le Forum affiche complet pour la participation sur place. Vous pouvez encore vous inscrire pour participer à distance.
registration-full-on-approval = Il ne reste aucune place sur site : les inscriptions approuvées atteignent la capacité du Forum. Refusez celle-ci ou augmentez d’abord la capacité de l’édition.
accreditation-heading = Accréditation par domaine de messagerie
accreditation-domains-hint = Un domaine par ligne, par exemple gov.ke. Une inscription dans cette catégorie n’est approuvée immédiatement que si l’adresse électronique de la personne relève de l’un de ces domaines (ou d’un sous-domaine) ; toute autre attend votre approbation.
accreditation-domain-invalid = Saisissez uniquement des noms de domaine, un par ligne, par exemple gov.ke.
accreditation-too-many = Indiquez au plus 100 domaines par catégorie.
registration-already-decided = Une décision a déjà été prise concernant cette inscription.
accessibility-too-long = La description des besoins en matière d’accessibilité est trop longue (1 000 caractères au maximum).
check-in-unknown = Ce code ne correspond à aucune inscription à ce Forum.
check-in-not-approved = L’inscription de { $name } n’est pas approuvée.
check-in-already = L’arrivée de { $name } a déjà été enregistrée ({ $time }).
check-in-welcome = Bienvenue, { $name } ({ $title }).
mail-registration-subject = Forum du SMSI { $year } : votre inscription
mail-registration-approved = Votre inscription au Forum du SMSI { $year } est confirmée. Code de votre badge :
mail-registration-pending = Nous avons bien reçu votre inscription au Forum du SMSI { $year }. Le secrétariat la confirmera par courrier électronique.
mail-registration-declined = Votre inscription au Forum du SMSI { $year } a été refusée.
forum-manage-registrations = Inscriptions
forum-manage-check-in = Enregistrement des arrivées
forum-register-badge-pdf = Télécharger votre badge (PDF)
registration-badge-not-approved = Votre badge est disponible dès que votre inscription est approuvée.

## Éditeurs d’un forum à l’usage du secrétariat
forum-manage-nav = Paramètres du forum
forum-manage-settings = Paramètres du forum
forum-manage-title-edition = Informations sur l’édition
forum-manage-tab-edition = Édition
forum-manage-tab-rooms = Salles
forum-manage-tab-phases = Phases de consultation
forum-manage-tab-partners = Partenaires
forum-manage-tab-pages = Pages du site web
forum-manage-tab-types = Types de session
forum-manage-tab-editions = Éditions
forum-manage-saved = Enregistré.
forum-manage-removed = Supprimé.
forum-manage-actions = Actions
forum-manage-edit = Modifier { $name }
forum-manage-remove = Supprimer { $name }
forum-manage-save = Enregistrer
forum-manage-add = Ajouter
forum-manage-write = Rédiger la page
forum-manage-empty = Aucun élément pour le moment.
forum-manage-yes = Oui
forum-manage-no = Non
forum-manage-hours = Heures d’ouverture
forum-manage-add-room = Ajouter une salle
forum-manage-add-phase = Ajouter une phase
forum-manage-add-partner = Ajouter un partenaire
forum-manage-add-type = Ajouter un type de session
forum-manage-new-edition = Créer une édition
forum-manage-new-page = Rédiger une nouvelle page
forum-manage-pages-caption = Pages dans chaque langue
forum-manage-missing = Pas encore rédigée
forum-manage-builtin = Prédéfini
forum-manage-custom = Ajouté par le secrétariat
forum-manage-origin = Origine
forum-field-in-language = { $field } ({ $name })
forum-field-year = Année
forum-field-theme = Thème
forum-field-starts-on = Premier jour
forum-field-ends-on = Dernier jour
forum-field-venue = Lieu
forum-field-time-zone = Fuseau horaire
forum-field-time-zone-hint = Fuseau horaire du lieu, indiqué par son nom IANA, par exemple Europe/Zurich.
forum-field-capacity = Capacité d’accueil sur place
forum-field-proposals-open = Appel à propositions de sessions
forum-proposals-open-yes = Ouvert
forum-proposals-open-no = Clos
forum-field-room-code = Code
forum-field-room-code-hint = Lettres, chiffres et traits d’union. Sert à former l’adresse de la salle.
forum-field-room-name = Nom
forum-field-room-capacity = Places
forum-field-room-features = Équipements
forum-room-feature-interpretation = Cabines d’interprétation
forum-room-feature-captioning = Sous-titrage
forum-room-feature-step-free = Accès de plain-pied
forum-field-opens = Heure d’ouverture
forum-field-closes = Heure de fermeture
forum-field-clock-hint = Heure locale au format HH:MM.
forum-field-phase-title = Titre
forum-field-phase-starts = Date de début
forum-field-phase-ends = Date de fin (facultative)
forum-field-tier = Niveau
forum-field-partner-name = Nom
forum-field-partner-url = Site web
forum-field-page-slug = Adresse de la page
forum-field-page-slug-hint = Lettres minuscules, chiffres et traits d’union, par exemple about ou news.
forum-field-page-language = Langue
forum-field-page-title = Titre
forum-field-page-body = Texte
forum-field-page-body-hint = Markdown (titres, listes, liens et mise en valeur). Les scripts et le HTML brut sont supprimés.
forum-field-type-code = Code
forum-field-type-code-hint = Lettres minuscules, chiffres et traits d’union, par exemple youth-forum.
forum-field-track = Volet
forum-field-type-name = Nom
forum-track-high-level = Débat de haut niveau
forum-track-forum = Volet Forum
forum-text-required = Remplissez ce champ.
forum-text-too-long = Ce texte est trop long.
forum-choice-invalid = Choisissez l’une des options.
forum-number-required = Saisissez un nombre.
forum-number-invalid = Saisissez un nombre entier compris dans la plage autorisée.
forum-date-required = Saisissez une date au format 2019-04-08.
forum-url-required = Saisissez l’adresse web.
forum-ends-before-start = La fin précède le début.
forum-too-long = Un forum dure au maximum 14 jours.
forum-time-zone-invalid = Saisissez un nom de fuseau horaire, par exemple Europe/Zurich.
forum-year-invalid = Saisissez une année comprise entre 2003 et 2100.
forum-year-taken = Il existe déjà une édition pour cette année.
room-code-invalid = Utilisez uniquement des lettres, des chiffres et des traits d’union, 20 caractères au maximum.
room-code-taken = Une autre salle de cette édition utilise déjà ce code.
room-closes-before-opens = La salle doit fermer après son ouverture.
page-slug-invalid = Utilisez uniquement des lettres minuscules, des chiffres et des traits d’union, 40 caractères au maximum.
session-type-taken = Ce code est déjà utilisé par un autre type de session.
forum-availability-title = Vos disponibilités pendant le Forum
forum-availability-text = Indiquez au secrétariat quand vous pouvez intervenir, afin que vos sessions ne soient pas programmées en votre absence. Vous pourrez modifier ces informations plus tard avec le lien reçu par courriel.
forum-availability-legend = Chaque jour du Forum (heure du lieu)
forum-availability-all = Disponible toute la journée
forum-availability-morning = Le matin seulement (jusqu’à 13 h 00)
forum-availability-afternoon = L’après-midi seulement (à partir de 13 h 00)
forum-availability-none = Non disponible
forum-availability-saved = Vos disponibilités sont enregistrées.
forum-availability-invalid = Choisissez une option pour chaque jour.
forum-documents-title = Documents de la session
forum-documents-of = Documents de « { $title } »
forum-documents-none = Aucun document pour l’instant.
forum-proposal-documents = Documents
forum-document-remove = Retirer
forum-document-add = Ajouter un document
forum-document-problems = Le document n’a pas pu être ajouté
forum-document-title = Titre
forum-document-file = Fichier
forum-document-file-hint = PDF, Word, PowerPoint, Excel ou OpenDocument, 20 Mo au plus. Les documents sont publics dès que la session est acceptée.
forum-document-upload = Téléverser
forum-document-saved = Le document est ajouté.
document-required = Choisissez un fichier.
document-too-large = Le fichier dépasse 20 Mo.
document-type-invalid = Ce fichier n’est pas un document PDF, Office ou OpenDocument.
document-too-many = Une session compte au plus 10 documents. Retirez-en un d’abord.
document-title-required = Donnez un titre au document.
document-title-too-long = Le titre est trop long (200 caractères au plus).
document-session-closed = Les documents ne peuvent plus être modifiés : la session a été refusée ou fusionnée.
document-size-kb = { $number } Ko
document-size-mb = { $number } Mo
forum-camera-title = Scanner avec la caméra
forum-camera-text = Présentez le code QR du badge devant la caméra ; l’entrée est enregistrée dès qu’il est lu.
forum-camera-start = Allumer la caméra
forum-camera-stop = Arrêter la caméra
forum-camera-starting = Démarrage de la caméra…
forum-camera-scanning = Recherche d’un code QR…
forum-camera-found = Code lu. Enregistrement de l’entrée…
forum-camera-error = La caméra n’a pas pu démarrer. Autorisez le navigateur à l’utiliser, ou saisissez le code.
forum-camera-stopped = La caméra est arrêtée.
forum-schedule-checking = Vérification de ce créneau…
forum-schedule-slot-free = Aucun conflit sur ce créneau.
# Between the items of a list (speakers, languages, features).
list-separator = { ", " }
forum-speaker-name-heading = Comment le programme vous nomme
forum-speaker-name-hint = Votre nom et votre organisation vous appartiennent : les propositions qui vous citent ne les modifient pas. Le programme affiche la modification dès sa prochaine publication par le secrétariat.
forum-speaker-own-name = Votre nom
forum-speaker-own-organisation = Votre organisation
forum-speaker-name-saved = Enregistré : le programme vous nommera ainsi dès sa prochaine publication.

## The printable programme
programme-title = Programme du Forum du SMSI { $year }
programme-day-title = Programme du Forum du SMSI { $year } : { $day }
programme-version = Version { $number } du programme, publiée le { $date }
programme-slot = { $start }–{ $end }
programme-session = Session { $number } : { $title }
programme-speaker = { $name } ({ $organisation }, { $role })
programme-print = Programme à imprimer
programme-pdf = Programme complet (PDF)
programme-day-pdf = { $day } (PDF)
programme-print-label = Programme à imprimer :

## The secretariat's list of registrations and the check-in desk
registration-state-pending = En attente
registration-state-approved = Approuvée
registration-state-declined = Refusée
registration-field-name = Nom
registration-field-organisation = Organisation
registration-field-status = Statut
registration-field-registered = Date d’inscription
registration-field-checked-in = Arrivée enregistrée
registration-checked-in-yes = Arrivée enregistrée
registration-checked-in-no = Arrivée non enregistrée
registration-count = { $count ->
    [one] { $count } inscription
   *[other] { $count } inscriptions
}
registrations-search = Nom, adresse électronique ou organisation
registrations-needs-only = Uniquement les personnes ayant des besoins en matière d’accessibilité
registrations-csv = Télécharger ces inscriptions (CSV)
registrations-choose = Choisir
registrations-bulk-label = Pour les inscriptions choisies :
registrations-approve-chosen = Approuver les inscriptions choisies
registrations-decline-chosen = Refuser les inscriptions choisies
registrations-actions = Décision
registrations-check-in-link = Poste d’enregistrement des arrivées
registrations-decided = Une décision a été prise concernant les inscriptions choisies et chaque participant en a été informé par courrier électronique.
registrations-some-full = Certaines inscriptions sur place choisies restent en attente : il ne reste plus de place pour elles. Une décision a été prise concernant les autres.
registrations-some-skipped = Certaines inscriptions choisies avaient déjà fait l’objet d’une décision et n’ont pas été modifiées. Une décision a été prise concernant les autres.
registrations-none-chosen = Choisissez d’abord au moins une inscription.
registration-none-chosen = Choisissez au moins une inscription.
check-in-matches = Inscriptions trouvées pour « { $text } »
check-in-checked-in-at = Arrivée enregistrée : { $time }
check-in-undo = Annuler l’enregistrement de l’arrivée
check-in-undone = L’enregistrement de l’arrivée a été annulé.
check-in-not-checked-in = L’arrivée de ce participant n’a pas été enregistrée.
check-in-badge = Réimprimer le badge (PDF)
forum-participation-checked-in = { $count ->
    [one] Arrivées enregistrées sur le lieu du Forum : { $checked } sur { $count } participant sur place approuvé.
   *[other] Arrivées enregistrées sur le lieu du Forum : { $checked } sur { $count } participants sur place approuvés.
}
registrations-too-many = Choisissez au plus 200 inscriptions à la fois.
registration-too-many-chosen = Choisissez au plus 200 inscriptions à la fois.
check-in-more = Seules les 20 premières inscriptions sont affichées : saisissez davantage de lettres du nom pour affiner la recherche.

## The review of proposals (issue 11, item 2)
forum-review-status = Statut
forum-score-summary = { $score } ({ $count ->
    [one] { $count } évaluation
   *[other] { $count } évaluations
})
forum-score-none = Aucune note pour l’instant
forum-speakers-confirmed-of = Confirmés : { $confirmed } sur { $count }
forum-queue-search = Rechercher par titre, résumé, organisateurs, intervenants ou numéro
forum-queue-sort = Ordre
forum-queue-sort-number = Par numéro de session
forum-queue-sort-newest = Propositions les plus récentes d’abord
forum-queue-sort-score-high = Meilleure note d’abord
forum-queue-sort-score-low = Note la plus basse d’abord
forum-queue-sort-fewest-reviews = Moins d’évaluations d’abord
forum-queue-sort-title = Par titre
forum-queue-min-score = Note
forum-queue-at-least = { $score } ou plus
forum-queue-unscored = Uniquement les propositions que je n’ai pas notées
forum-queue-csv = Ces propositions au format CSV (tableur)
forum-queue-yours = Votre évaluation
forum-queue-scored = Notée
forum-queue-not-scored = Pas encore
forum-proposal-count = { $count ->
    [one] { $count } proposition
   *[other] { $count } propositions
}
forum-csv-id = Proposition
forum-csv-speakers = Intervenants
forum-csv-score = Note
forum-csv-reviews = Évaluations
forum-criterion-relevance = Pertinence au regard des grandes orientations et des ODD
forum-criterion-relevance-hint = Dans quelle mesure la session sert les grandes orientations du SMSI et les objectifs qu’elle cite.
forum-criterion-quality = Qualité et clarté
forum-criterion-quality-hint = Le résumé énonce-t-il clairement une question, une démarche et un résultat attendu ?
forum-criterion-diversity = Diversité des intervenants
forum-criterion-diversity-hint = Équilibre entre les genres, les régions et les groupes de parties prenantes parmi les intervenants.
forum-criterion-format = Format interactif
forum-criterion-format-hint = Comment la session fait participer son public, sur place et en ligne.
forum-score-1 = 1 – insuffisant
forum-score-2 = 2 – passable
forum-score-3 = 3 – bon
forum-score-4 = 4 – très bon
forum-score-5 = 5 – excellent
forum-score-comment = Commentaire à l’intention des autres évaluateurs
forum-score-comment-hint = N’est pas communiqué à l’auteur de la proposition. 5 000 caractères au maximum.
forum-score-invalid = Choisissez une note de 1 à 5.
forum-score-merged = Cette proposition a été fusionnée avec une autre et n’est plus notée.
forum-score-yours = Vos notes
forum-score-save = Enregistrer mes notes
forum-review-comment-hint = Envoyé à l’auteur de la proposition avec la décision ; obligatoire pour refuser ou demander des modifications.
forum-proposer = Auteur de la proposition
forum-yes = Oui
forum-no = Non
forum-none = Aucun
forum-field-remote = Participation à distance
forum-event-proposed = Proposée
forum-event-edited = Modifiée par l’auteur de la proposition
forum-event-resubmitted = Renvoyée après modifications
forum-event-accepted = Acceptée
forum-event-declined = Refusée
forum-event-changes-requested = Modifications demandées
forum-event-merged-into = Fusionnée avec une autre proposition
forum-event-merged-from = Une autre proposition a été fusionnée avec celle-ci
forum-proposal-heading = Proposition n° { $id } : { $title }
forum-documents-count = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
forum-back-to-queue = Retour aux propositions
forum-proposal-session-page = Page de la session dans le programme
forum-proposal-last-comment = Dernier commentaire adressé à l’auteur de la proposition
forum-speaker-confirmation = Confirmation
forum-reviews = Évaluations
forum-reviewer = Évaluateur
forum-reviewed-on = Date de la note
forum-merge-heading = Fusionner avec une autre proposition
forum-history = Historique
forum-history-none = Rien n’a encore été enregistré.
forum-bulk-label = Statuer sur les propositions choisies
forum-bulk-comment = Commentaire à l’intention des auteurs des propositions (obligatoire pour refuser)
forum-bulk-accept = Accepter les propositions choisies
forum-bulk-decline = Refuser les propositions choisies
forum-bulk-choose = Choisir
forum-bulk-none-chosen = Choisissez au moins une proposition.
forum-bulk-too-many = Choisissez au plus 200 propositions à la fois.
proposals-decided = Une décision a été prise concernant les propositions choisies et chaque auteur en a été informé par courrier électronique.
proposals-some-skipped = Cette décision n’a pas pu s’appliquer à certaines propositions choisies (fusionnées, ayant déjà fait l’objet d’une décision ou modifiées entre-temps), qui sont restées en l’état. Une décision a été prise concernant les autres.
proposals-none-chosen = Aucune proposition n’a été choisie : aucune décision n’a été prise.
proposals-too-many = Une décision ne peut porter que sur 200 propositions au plus à la fois : aucune décision n’a été prise.
proposal-decided = La décision a été enregistrée et l’auteur de la proposition en a été informé par courrier électronique.
proposal-merged = Les propositions ont été fusionnées.
proposal-scored = Vos notes ont été enregistrées.
mail-proposal-accepted-subject = Forum du SMSI { $year } : votre proposition de session a été acceptée
mail-proposal-declined-subject = Forum du SMSI { $year } : votre proposition de session a été refusée
mail-proposal-changes-subject = Forum du SMSI { $year } : des modifications sont demandées pour votre proposition de session
mail-session-placed = Votre session « { $title } » est inscrite au programme : { $when }, { $room }.
mail-session-placed-subject = Forum du SMSI { $year } : votre session est inscrite au programme
mail-session-moved = Votre session « { $title } » a été déplacée. Nouvel horaire et nouvelle salle : { $when }, { $room } (auparavant : { $was }, { $wasroom }).
mail-session-moved-subject = Forum du SMSI { $year } : votre session a été déplacée
mail-session-cancelled = Votre session « { $title } » ne figure plus au programme. Si vous n’avez pas encore eu de nouvelles du secrétariat, celui-ci vous en expliquera la raison.
mail-session-cancelled-subject = Forum du SMSI { $year } : votre session ne figure plus au programme

## Speakers' invitations and profiles (issue 11, item 7)
mail-speaker-invited-forum = Le Forum du SMSI { $year } se tiendra à { $venue } ({ $dates }). Un courrier électronique vous communiquera la date, l’heure et la salle de votre session dès que le programme les aura fixées. Si vous ne pouvez pas participer, le même lien vous permet de décliner l’invitation.
mail-speaker-declined = { $name } a décliné l’invitation à intervenir en tant que { $role } dans votre session « { $title } ».
mail-speaker-declined-subject = Forum du SMSI { $year } : un intervenant a décliné votre invitation
mail-speaker-placed = La session « { $title } », à laquelle vous intervenez en tant que { $role }, est inscrite au programme : { $when }, { $room }.
mail-speaker-moved = La session « { $title } », à laquelle vous intervenez en tant que { $role }, a été déplacée. Nouvel horaire et nouvelle salle : { $when }, { $room }.
mail-speaker-date-subject = Forum du SMSI { $year } : date et salle de votre session
mail-speaker-cancelled = La session « { $title } », à laquelle vous deviez intervenir en tant que { $role }, ne figure plus au programme.
mail-speaker-cancelled-subject = Forum du SMSI { $year } : une session à laquelle vous intervenez ne figure plus au programme
forum-speaker-invite = Nous vous invitons à intervenir en tant que { $role } à la session « { $title } » du Forum du SMSI { $year }.
forum-speaker-invite-when = Horaire et salle : { $when }, { $room }.
forum-speaker-invite-unplaced = La date, l’heure et la salle ne sont pas encore fixées : elles vous seront communiquées par courrier électronique.
forum-speaker-confirm-after-all = Finalement, je peux participer
forum-speaker-decline-submit = Je ne peux pas participer
forum-speaker-declined = Vous avez décliné cette invitation. Les organisateurs en ont été informés.
forum-speaker-has-declined = a décliné
forum-speaker-bio = Courte biographie
forum-speaker-bio-hint = Affichée avec votre nom sur la page de la session dès la prochaine publication du programme. 1 500 caractères au maximum.
speaker-bio-too-long = La biographie est trop longue (1 500 caractères au maximum).
forum-event-speaker-declined = Un intervenant a décliné l’invitation

## Messages to speakers, organisers and participants (issue 11, item 5)
forum-manage-messages = Messages aux intervenants, aux organisateurs et aux participants
forum-messages-title = Messages
forum-messages-of = Messages du Forum du SMSI { $year }
forum-messages-intro = Écrivez aux intervenants, aux organisateurs ou aux participants inscrits à ce Forum. Chaque personne reçoit le texte dans sa langue si vous l’avez rédigé dans celle-ci, sinon en anglais (ou dans la première langue que vous avez utilisée). Comptez d’abord les destinataires, puis envoyez le message.
forum-message-audience = Destinataires
forum-message-audience-speakers = Tous les intervenants des sessions acceptées (sauf ceux qui ont décliné l’invitation)
forum-message-audience-organisers = Les organisateurs de toutes les sessions acceptées
forum-message-audience-participants = Les participants inscrits, selon les critères choisis ci-dessous
forum-message-participants-filter = Quels participants (pour un message aux participants)
forum-message-versions = Le message
forum-message-versions-hint = Rédigez-le dans le plus grand nombre possible des six langues, au moins une ; 10 000 caractères au maximum pour chacune.
forum-message-text = Texte
forum-message-count = Compter les destinataires
forum-message-send = Envoyer maintenant
forum-message-will-reach = { $count ->
    [one] Ce message sera envoyé à { $count } personne.
   *[other] Ce message sera envoyé à { $count } personnes.
}
forum-message-recipients = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
forum-message-required = Rédigez le message dans au moins une langue.
forum-message-too-long = Le texte est trop long (10 000 caractères au maximum).
forum-message-audience-invalid = Choisissez les destinataires du message.
forum-message-nobody = Personne ne correspond à ces destinataires : rien n’a été envoyé.
forum-message-too-many = Plus de 20 000 personnes correspondent : choisissez moins de destinataires.
forum-message-count-changed = Le nombre de destinataires a changé depuis votre décompte : vérifiez le nouveau nombre, puis envoyez à nouveau le message.
forum-message-sent = Le message a été mis en file d’attente pour chaque destinataire.
forum-messages-sent = Messages envoyés
forum-messages-none = Aucun message n’a encore été envoyé.
forum-message-sent-on = Date d’envoi
forum-message-sent-by = Envoyé par
forum-message-filter = Filtre des participants
forum-message-reached = Destinataires
forum-message-heading = Message n° { $id }
forum-messages-back = Retour aux messages
forum-speakers-remind-heading = Intervenants n’ayant pas répondu
forum-speakers-remind-text = Les intervenants qui n’ont ni confirmé ni décliné leur invitation depuis une semaine reçoivent automatiquement un rappel, au plus une fois par semaine chacun, avec un nouveau lien (l’ancien cesse de fonctionner). Vous pouvez leur envoyer un rappel dès maintenant.
forum-speakers-remind-submit = Envoyer un rappel maintenant
forum-speakers-reminded = Un rappel a été envoyé aux intervenants qui n’avaient pas répondu depuis une semaine.
mail-forum-message-speakers-subject = Forum du SMSI { $year } : message du secrétariat aux intervenants
mail-forum-message-organisers-subject = Forum du SMSI { $year } : message du secrétariat aux organisateurs de sessions
mail-forum-message-participants-subject = Forum du SMSI { $year } : message du secrétariat aux participants
mail-speaker-reminder = Une invitation à intervenir en tant que { $role } à la session « { $title } » du Forum du SMSI { $year } vous a été adressée, et vous n’y avez pas encore répondu. Veuillez confirmer votre participation, ou décliner l’invitation si vous ne pouvez pas participer, au moyen de ce nouveau lien (le précédent ne fonctionne plus) :
mail-speaker-reminder-subject = Forum du SMSI { $year } : veuillez répondre à votre invitation à intervenir

## The schedule editor as a grid (issue 11, item 3)
forum-schedule-grid-of = Grille du calendrier du Forum du SMSI { $year }
forum-grid-open = Le calendrier sous forme de grille (salles par horaire)
forum-grid-intro = Les salles en colonnes, les demi-heures en lignes, à l’heure du lieu. Choisissez une session (« Choisir » dans la liste des sessions pas encore placées, ou « Déplacer » dans la grille), puis appuyez sur le bouton d’une case libre ; avec une souris, faites glisser une session sur une case. Les conflits sont signalés dans les cases.
forum-grid-list-view = Le calendrier sous forme de liste
forum-grid-undo = Annuler mon dernier déplacement
forum-grid-undone = Votre dernier déplacement a été annulé.
forum-grid-nothing-to-undo = Il ne vous reste aucun déplacement à annuler.
forum-grid-placing = Session à placer : { $title }
forum-grid-choose-cell = Choisissez ci-dessous une case libre : son bouton y place la session.
forum-grid-length = Durée
forum-grid-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
forum-grid-length-apply = Appliquer cette durée
forum-grid-cancel = Ne choisir aucune session
forum-grid-search = Titre ou numéro
forum-grid-choose = Choisir
forum-grid-move = Déplacer
forum-grid-caption = Sessions par salle et par horaire
forum-grid-time = Heure
forum-grid-closed = Salle fermée
forum-grid-place-here = Placer ici : { $room }, { $time }
forum-rooms-copy = Copier les salles
forum-rooms-copy-heading = Les salles de l’édition précédente
forum-rooms-copied = Les salles de l’édition précédente ont été copiées (celles dont cette édition n’avait pas encore le code).
forum-rooms-nothing-to-copy = Aucune édition antérieure n’a de salles à copier.
forum-event-moved = Placée, déplacée ou retirée du calendrier de travail

## Speakers' photos (issue 11, item 7)
forum-speaker-photo-heading = Votre photo
forum-speaker-photo-hint = Affichée à côté de votre nom sur la page de la session dès la prochaine publication du programme. Image JPEG, PNG ou WebP de 8 Mo au plus ; les données de localisation et de l’appareil photo en sont retirées.
forum-speaker-photo-current = Votre photo telle que le programme l’affiche
forum-speaker-photo-file = Photo
forum-speaker-photo-upload = Téléverser la photo
forum-speaker-photo-remove = Retirer ma photo
forum-speaker-photo-saved = Votre photo a été enregistrée.
forum-speaker-photo-removed = Votre photo a été retirée.

## Review fixes (issue 11)
proposals-comment-needed = Un refus nécessite un commentaire à l’intention des auteurs des propositions : aucune décision n’a été prise.
forum-grid-undo-stale = Cette session a été déplacée à nouveau depuis votre déplacement ; celui-ci n’a donc pas été annulé (et n’est plus conservé).
forum-grid-undo-blocked = Votre déplacement n’a pas été annulé : l’ancien emplacement de la session est désormais occupé (sa salle ou un intervenant n’est pas disponible à ce moment-là).
forum-message-filter-none = Toutes les inscriptions, sauf celles qui ont été refusées
