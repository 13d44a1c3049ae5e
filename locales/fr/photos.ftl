## Le Concours photo du SMSI

photo-contest-title = Concours photo
photo-contest-year = Concours photo du SMSI { $year }
photo-contest-intro = Le Concours photo du SMSI montre comment les technologies de l’information et de la communication contribuent à la réalisation des objectifs de développement durable. Les participants âgés de 18 ans ou plus soumettent jusqu’à cinq photos ; un jury en récompense trois lors du Forum, et les photos acceptées sont exposées sur place et en ligne.
photo-no-contests = Aucun concours n’a encore été annoncé.
photo-contest-nav = Ce concours
photo-phase-upcoming = Pas encore ouvert
photo-phase-submission = Dépôt des photos
photo-phase-judging = Vérification et jury
photo-phase-announced = Lauréats annoncés
photo-phase-now = Phase en cours : { $phase }
photo-rules = Règlement
photo-rule-who = Toute personne âgée de 18 ans ou plus qui détient les droits sur ses photos peut participer.
photo-rule-count = Chaque participant soumet jusqu’à cinq photos, chacune accompagnée d’un titre, d’une légende, d’une description pour les personnes qui ne peuvent pas la voir, du lieu et de la date de la prise de vue, ainsi que des objectifs de développement durable qu’elle illustre.
photo-rule-files = Les photos sont des fichiers JPEG, PNG ou WebP de 15 Mo au plus ; les données de localisation et de l’appareil photo sont retirées de chaque photo.
photo-rule-award = Le secrétariat vérifie chaque photo avant qu’elle n’apparaisse dans la galerie ; un jury note les photos acceptées et en récompense trois.
photo-winners = Lauréats
photo-award = Prix
photo-award-place = { $place ->
    [1] Premier prix
    [2] Deuxième prix
    [3] Troisième prix
   *[other] { $place }e prix
}
photo-gallery = Galerie
photo-gallery-title = Galerie du Concours photo { $year }
photo-gallery-empty = Aucune photo de la galerie ne correspond.
photo-count = { $count ->
    [one] { $count } photo
    [many] { $count } photos
   *[other] { $count } photos
}
photo-filter-sdg = Objectif de développement durable
photo-filter-all = Tous les objectifs
photo-filter = Afficher
photo-pages = Pages de la galerie
photo-prev = Page précédente
photo-next = Suivante
photo-back = Retour au concours
photo-back-gallery = Retour à la galerie
photo-entrant = Participant
photo-not-public = Cette photo ne figure pas dans la galerie publique. Statut :
photo-exhibition = Mode exposition
photo-exhibition-position = Photo { $n } sur { $count }
photo-submit-link = Soumettre vos photos
photo-mine-link = Vos photos
photo-mine-title = Vos photos pour le Concours photo { $year }
photo-mine-intro = Photos soumises : { $count } sur { $max }.
photo-mine-photos = Photos soumises
photo-submissions-closed = Le dépôt est clos : il n’est plus possible d’ajouter ni de retirer des photos.
photo-confirm-heading = Avant de soumettre
photo-field-adult = Âge
photo-confirm-adult-label = J’ai 18 ans ou plus.
photo-field-rights = Droits
photo-confirm-rights-label = J’ai pris ces photos ou j’en détiens les droits, et les personnes qui y sont reconnaissables consentent à leur publication.
photo-confirm = Confirmer
photo-confirm-adult = Les participants doivent avoir 18 ans ou plus : cochez la case si c’est votre cas.
photo-confirm-rights = Confirmez que vous détenez les droits sur vos photos.
photo-confirm-first = Confirmez d’abord votre âge et vos droits.
photo-upload-heading = Ajouter une photo
photo-upload = Ajouter la photo
photo-field-file = Photo
photo-file-hint = JPEG, PNG ou WebP, 15 Mo et 25 millions de pixels au plus.
photo-field-title = Titre
photo-field-alt = Description pour les personnes qui ne peuvent pas voir la photo
photo-alt-hint = Dites en une phrase ce que montre la photo.
photo-field-caption = Légende
photo-field-place = Lieu
photo-field-taken-on = Date de la prise de vue
photo-field-sdgs = Objectifs de développement durable illustrés
photo-status-submitted = En attente de vérification
photo-status-accepted = Dans la galerie
photo-status-rejected = Non acceptée
photo-note = Note du secrétariat :
photo-remove = Retirer
photo-title-required = Donnez un titre à la photo.
photo-title-too-long = Le titre est trop long : 120 caractères au plus.
photo-caption-required = Rédigez une légende.
photo-caption-too-long = La légende est trop longue : 600 caractères au plus.
photo-alt-required = Décrivez la photo pour les personnes qui ne peuvent pas la voir.
photo-alt-too-long = La description est trop longue : 300 caractères au plus.
photo-place-required = Indiquez où la photo a été prise.
photo-place-too-long = Le lieu est trop long : 120 caractères au plus.
photo-date-invalid = Saisissez la date de la prise de vue (jour, mois et année).
photo-date-future = La date de la prise de vue ne peut pas se situer dans le futur.
photo-sdg-required = Choisissez au moins un objectif de développement durable.
photo-sdg-invalid = Choisissez des objectifs de 1 à 17.
photo-too-large = Cette photo est trop volumineuse : 15 Mo au plus.
photo-limit = Vous avez soumis cinq photos, le maximum autorisé : retirez-en une pour en ajouter une autre.
photo-contest-closed = Le dépôt de photos n’est pas ouvert pour ce concours.
photo-remove-closed = Cette photo ne peut plus être retirée.
photo-awarded = Cette photo a été primée et ne peut plus être modifiée.
photo-page-invalid = Cette page de la galerie n’existe pas.
photo-screening-link = Vérification
photo-screening-title = Vérification des photos du Concours photo { $year }
photo-screening-counts = En attente : { $waiting } · Dans la galerie : { $accepted } · Non acceptées : { $rejected }
photo-screening-empty = Aucune photo n’est en attente.
photo-screen-note = Note au participant (obligatoire en cas de refus)
photo-accept = Accepter dans la galerie
photo-reject = Refuser
photo-note-required = Indiquez pourquoi la photo est refusée : le participant lira cette note.
photo-note-too-long = La note est trop longue : 500 caractères au plus.
photo-screened = La décision est enregistrée.
photo-jury-link = Jury
photo-jury-title = Jury du Concours photo { $year }
photo-jury-intro = Notez chaque photo de 1 (la plus faible) à 10 (la plus forte) pour son message, sa composition et son originalité. Photos notées : { $scored } sur { $count }.
photo-jury-closed = Les notes sont attribuées entre la clôture du dépôt et l’annonce des lauréats.
photo-score = Note
photo-score-save = Enregistrer la note
photo-score-invalid = Choisissez une note de 1 à 10.
photo-manage-link = Gérer le concours
photo-manage-title = Gestion du Concours photo { $year }
photo-create-heading = Annoncer un concours
photo-dates-heading = Thème et dates
photo-field-year = Année
photo-field-theme = Thème
photo-field-submission-opens = Ouverture du dépôt
photo-field-submission-closes = Clôture du dépôt
photo-field-announced-at = Annonce des lauréats
photo-create = Annoncer le concours
photo-save = Enregistrer
photo-saved = Enregistré.
photo-year-invalid = Saisissez une année comprise entre 2000 et 2100.
photo-theme-required = Indiquez le thème du concours en anglais.
photo-theme-too-long = Le thème est trop long : 200 caractères au plus.
photo-date-required = Saisissez cette date.
photo-date-order = Cette date doit être postérieure à la précédente.
photo-jurors-heading = Jury
photo-field-juror-email = Adresse électronique du compte du membre du jury
photo-juror-add = Ajouter au jury
photo-juror-remove = Retirer du jury
photo-account-unknown = Aucun compte n’utilise cette adresse électronique : le membre du jury doit d’abord s’inscrire.
photo-ranking = Classement du jury
photo-ranking-empty = Aucune photo n’a encore été acceptée.
photo-mean = Note moyenne
photo-jurors-scored = Notes
photo-winners-heading = Lauréats
photo-winners-save = Enregistrer les lauréats
photo-winner-required = Choisissez une photo acceptée dans la galerie.
photo-winner-twice = Une photo ne peut remporter qu’un seul prix.
secretariat-photos-waiting = Photos en attente de vérification
photo-contest-see-also = sa galerie, ses lauréats et comment participer.
photo-english-only = Rédigez-le en anglais : le concours n’accepte que les participations en anglais.
photo-rule-english = Les titres, légendes et descriptions sont rédigés en anglais.
photo-exhibition-start = Défiler toutes les 20 secondes
photo-exhibition-stop = Arrêter le défilement

## Le vote du public
photo-field-vote-opens = Ouverture du vote du public
photo-field-vote-closes = Clôture du vote du public
photo-vote-window-hint = Facultatif. Laissez les deux dates vides pour un concours sans vote du public ; le vote se tient après la clôture du dépôt et se termine au plus tard à l’annonce des lauréats.
photo-vote-window-invalid = Le vote du public doit s’ouvrir après la clôture du dépôt et se terminer au plus tard à l’annonce des lauréats.
photo-vote-dates = Vote du public : { $dates }.
photo-vote-open = Ouvert
photo-vote-how = Pour voter, ouvrez une photo de la galerie.
photo-votes-count = { $count ->
    [one] { $count } vote
    [many] { $count } votes
   *[other] { $count } votes
}
photo-peoples-choice = Prix du public
photo-vote-heading = Vote du public
photo-vote-cast = Voter pour cette photo
photo-vote-once = Vous ne pouvez voter qu’une fois dans ce concours, et votre vote ne peut pas être modifié.
photo-vote-sign-in = Connectez-vous pour voter pour cette photo
photo-vote-this = Vous avez voté pour cette photo. Merci !
photo-vote-another = Vous avez déjà voté dans ce concours.
photo-vote-see-yours = Voir la photo pour laquelle vous avez voté
photo-public-votes = Votes du public
photo-voted = Votre vote est enregistré.
photo-vote-closed = Le vote du public n’est pas ouvert.
photo-vote-already = Vous avez déjà voté dans ce concours.
photo-vote-own = Vous ne pouvez pas voter pour votre propre photo.
