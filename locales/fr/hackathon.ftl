## Le Hackathon du SMSI

hackathon-title = Hackathon
hackathon-intro = Le Hackathon du SMSI réunit des participants en équipes pour concevoir des solutions aux défis définis avec des organisations partenaires. Les équipes soumettent leur projet avant la date limite ; un jury note les projets selon des critères publiés, et une équipe remporte chaque défi.
hackathon-none = Aucun hackathon n’a encore été annoncé.
hackathon-nav = Ce hackathon
hackathon-phase-upcoming = Pas encore ouvert
hackathon-phase-open = Équipes et projets
hackathon-phase-judging = Jury
hackathon-phase-announced = Lauréats annoncés
hackathon-phase-now = Phase en cours : { $phase }
hackathon-challenges = Défis
hackathon-no-challenges = Aucun défi n’a encore été publié.
hackathon-partners = Partenaires :
hackathon-teams = Équipes
hackathon-teams-count = { $count ->
    [0] Aucune équipe pour l’instant
    [one] { $count } équipe
    [many] { $count } équipes
   *[other] { $count } équipes
}
hackathon-members-count = { $count ->
    [one] { $count } membre
    [many] { $count } membres
   *[other] { $count } membres
}
hackathon-project-submitted = projet soumis
hackathon-see-also = ses défis, ses équipes et les projets lauréats, et comment participer.
hackathon-projects = Projets soumis
hackathon-winner = Équipe lauréate
hackathon-rules = Règlement
hackathon-rule-team = Les équipes comptent de { $min } à { $max } membres. Un capitaine crée l’équipe et invite les autres membres par courriel.
hackathon-rule-one-team = Chaque personne ne peut faire partie que d’une seule équipe par défi.
hackathon-rule-project = Chaque équipe soumet un projet : un dépôt de code public, une description, une vidéo le cas échéant, et jusqu’à { $files } fichiers. Les membres peuvent le modifier jusqu’à la date limite.
hackathon-rule-jury = Les membres du jury déclarent leurs conflits d’intérêts et notent chaque projet selon les critères ci-dessous, de 1 à 10 pour chacun ; le secrétariat annonce une équipe lauréate par défi.
hackathon-criteria = Critères
hackathon-criterion-relevance = Pertinence et impact
hackathon-criterion-relevance-text = La mesure dans laquelle le projet répond à son défi, et le nombre de personnes qu’il pourrait aider.
hackathon-criterion-innovation = Innovation
hackathon-criterion-innovation-text = La nouveauté de l’idée ou de son usage de la technologie.
hackathon-criterion-feasibility = Qualité technique et faisabilité
hackathon-criterion-feasibility-text = Le bon fonctionnement du projet, la qualité de sa réalisation, et la possibilité de le déployer et de le maintenir.
hackathon-criterion-inclusion = Accessibilité et inclusion
hackathon-criterion-inclusion-text = La possibilité pour les personnes handicapées, pour celles qui disposent d’une connexion lente ou qui parlent d’autres langues de l’utiliser.
hackathon-criterion-presentation = Présentation
hackathon-criterion-presentation-text = La clarté avec laquelle l’équipe expose le problème, la solution et les prochaines étapes.
hackathon-participate-link = Participer : vos équipes et vos invitations
hackathon-jury-link = Jury : noter les projets
hackathon-manage-link = Gérer le hackathon
hackathon-back = Retour au hackathon
hackathon-back-challenge = Retour au défi
hackathon-back-team = Retour à l’équipe
hackathon-back-jury = Retour aux projets
hackathon-back-manage = Retour à la page de gestion
hackathon-closed = Les équipes et les projets ne peuvent être modifiés que tant que le hackathon est ouvert.

## Éditions et défis (le secrétariat)
hackathon-create-heading = Annoncer un hackathon
hackathon-settings-heading = Titre, taille des équipes et dates
hackathon-create = Annoncer
hackathon-save = Enregistrer
hackathon-saved = Enregistré.
hackathon-manage-title = Gestion du Hackathon { $year }
hackathon-field-year = Année
hackathon-field-title = Titre
hackathon-field-team-min = Taille minimale d’une équipe
hackathon-field-team-max = Taille maximale d’une équipe
hackathon-field-opens-at = Ouverture de la formation des équipes
hackathon-field-closes-at = Date limite de soumission des projets
hackathon-field-announced-at = Annonce des lauréats
hackathon-year-invalid = Saisissez une année comprise entre 2000 et 2100.
hackathon-date-required = Saisissez une date.
hackathon-date-order = Cette date doit être postérieure à la précédente.
hackathon-team-size-invalid = Saisissez un nombre compris entre 1 et 10.
hackathon-team-size-order = La taille maximale d’une équipe ne peut pas être inférieure à sa taille minimale.
hackathon-text-required = Saisissez le texte, au moins en anglais.
hackathon-text-too-long = Ce texte est trop long.
hackathon-challenge-add-heading = Ajouter un défi
hackathon-challenge-edit-heading = Modifier le défi
hackathon-challenge-add = Ajouter le défi
hackathon-challenge-edit = Modifier
hackathon-field-challenge-title = Titre du défi
hackathon-field-description = Description
hackathon-field-partners = Organisations partenaires
hackathon-partners-hint = Une par ligne.
hackathon-partners-required = Indiquez au moins une organisation partenaire.
hackathon-partners-invalid = Indiquez au plus 10 partenaires, de 120 caractères au plus chacun.
hackathon-jurors-heading = Membres du jury
hackathon-field-juror-email = Adresse électronique du compte du membre du jury
hackathon-juror-add = Ajouter au jury
hackathon-juror-remove = Retirer
hackathon-account-unknown = Aucun compte n’utilise cette adresse électronique : le membre du jury doit d’abord s’inscrire.
hackathon-ranking = Classement du jury
hackathon-ranking-empty = Aucun projet n’a été soumis pour ce défi.
hackathon-team = Équipe
hackathon-mean = Total moyen (sur 50)
hackathon-spread = Minimum–maximum
hackathon-jurors-scored = Membres du jury ayant noté
hackathon-conflicts = Conflits d’intérêts déclarés
hackathon-winners-heading = Lauréats
hackathon-field-winner = Équipe lauréate
hackathon-winners-save = Enregistrer les lauréats
hackathon-winner-invalid = Choisissez une équipe de ce défi qui a soumis un projet.
hackathon-jury-closed = Les notes ne peuvent être attribuées qu’après la date limite et avant l’annonce des lauréats.

## Participer
hackathon-participate-title = Votre participation au Hackathon { $year }
hackathon-participate-intro = Créez une équipe pour un défi et invitez les autres membres par courriel, ou répondez à une invitation. Les noms des équipes et de leurs membres sont publics.
hackathon-invitations = Invitations en attente de votre réponse
hackathon-invitation-from = Invitation de
hackathon-accept = Rejoindre l’équipe
hackathon-decline = Refuser
hackathon-my-teams = Vos équipes
hackathon-no-team = Vous ne faites encore partie d’aucune équipe.
hackathon-team-create-heading = Créer une équipe
hackathon-team-create = Créer l’équipe
hackathon-field-team-name = Nom de l’équipe
hackathon-team-name-hint = De 2 à 60 caractères ; aucune autre équipe ne peut porter le même nom.
hackathon-field-challenge = Défi
hackathon-team-name-required = Saisissez un nom d’au moins 2 caractères.
hackathon-team-name-too-long = Saisissez un nom de 60 caractères au plus.
hackathon-team-name-taken = Une autre équipe porte déjà ce nom.
hackathon-challenge-required = Choisissez un défi.
hackathon-one-team = Vous faites déjà partie d’une équipe pour ce défi.
hackathon-captain = Capitaine
hackathon-members = Membres
hackathon-leave = Quitter l’équipe
hackathon-captain-stays = Le capitaine ne peut pas quitter l’équipe.
hackathon-invite-heading = Inviter un membre
hackathon-field-invite-email = Adresse électronique
hackathon-invite-hint = La personne reçoit un courriel et rejoint l’équipe dès qu’elle se connecte avec cette adresse et accepte l’invitation.
hackathon-invite = Envoyer l’invitation
hackathon-invited = L’invitation a été envoyée.
hackathon-invitations-sent = Invitations envoyées
hackathon-invitation-pending = en attente de réponse
hackathon-invitation-accepted = acceptée
hackathon-invitation-declined = refusée
hackathon-invitation-withdrawn = retirée
hackathon-withdraw = Retirer
hackathon-already-member = Cette personne fait déjà partie de l’équipe.
hackathon-already-invited = Cette adresse a déjà été invitée à rejoindre l’équipe.
hackathon-team-full = L’équipe est complète : ses membres et les invitations en attente de réponse atteignent la taille maximale autorisée.
hackathon-invitations-limit = L’équipe a envoyé le nombre maximal d’invitations autorisé.
hackathon-invitation-answered = Cette invitation a déjà reçu une réponse ou a été retirée.

## Le projet
hackathon-project = Projet
hackathon-project-title = Projet de l’équipe { $team }
hackathon-project-intro = Tout membre peut modifier le projet jusqu’à la date limite ({ $deadline }). Vous pouvez joindre jusqu’à { $files } fichiers, un à la fois.
hackathon-project-heading = Le projet
hackathon-no-project = L’équipe n’a pas encore soumis son projet.
hackathon-project-edit = Soumettre ou modifier le projet
hackathon-field-project-title = Titre du projet
hackathon-field-summary = Description
hackathon-summary-hint = Le problème qu’il résout, pour qui, comment il fonctionne et les prochaines étapes. Séparez les paragraphes par une ligne vide.
hackathon-field-repo-url = Dépôt de code
hackathon-repo-hint = Une adresse publique commençant par https://
hackathon-field-video-url = Vidéo
hackathon-field-file = Ajouter un fichier
hackathon-file-hint = PDF, Word, PowerPoint, Excel, OpenDocument, PNG, JPEG ou WebP, 20 Mo au plus.
hackathon-project-save = Enregistrer le projet
hackathon-project-saved = Le projet a été enregistré.
hackathon-team-too-small = L'équipe doit compter au moins autant de membres que la plus petite équipe autorisée (voir le règlement) avant d'enregistrer son projet.
hackathon-project-title-required = Saisissez le titre du projet.
hackathon-project-summary-required = Décrivez le projet.
hackathon-url-required = Saisissez l’adresse du dépôt de code.
hackathon-url-invalid = Saisissez une adresse commençant par https://
hackathon-files = Fichiers
hackathon-file-remove = Retirer
hackathon-file-limit = Un projet peut compter au plus 5 fichiers : retirez-en d’abord un.
hackathon-file-type = Ce fichier n’est ni un PDF, ni un document bureautique, ni une image.
hackathon-file-too-large = Ce fichier dépasse 20 Mo.

## Le jury
hackathon-jury-title = Jury du Hackathon { $year }
hackathon-jury-intro = Projets notés : { $scored } sur { $count }.
hackathon-jury-intro-closed = Projets notés : { $scored } sur { $count }. Les notes ne peuvent être attribuées qu’après la date limite et avant l’annonce des lauréats.
hackathon-jury-none = Aucun projet à noter pour ce défi.
hackathon-scored = noté
hackathon-review-title = Projet de l’équipe { $team }
hackathon-scores-heading = Vos notes
hackathon-score = Note (de 1 à 10)
hackathon-comment = Commentaire (facultatif)
hackathon-scores-save = Enregistrer les notes
hackathon-score-required = Choisissez une note.
hackathon-score-invalid = Choisissez une note de 1 à 10.
hackathon-conflict-heading = Conflit d’intérêts
hackathon-conflict-intro = Si vous connaissez cette équipe ou avez un intérêt dans son projet, déclarez-le : vous ne verrez plus ce projet et ne pourrez plus le noter, et les notes que vous lui avez attribuées sont supprimées.
hackathon-field-reason = Motif
hackathon-conflict-declare = Déclarer un conflit d’intérêts
hackathon-reason-required = Indiquez le motif.

## Courriels
hackathon-mail-invite-subject = Invitation à rejoindre une équipe du Hackathon du SMSI { $year }
hackathon-mail-invite = { $captain } vous invite à rejoindre l’équipe « { $team } » pour le défi « { $challenge } » du Hackathon du SMSI { $year }. Connectez-vous et répondez à l’invitation sur votre page du hackathon :
hackathon-mail-invite-signup = Vous n’avez pas encore de compte avec cette adresse électronique : inscrivez-vous d’abord avec celle-ci, puis répondez à l’invitation.
hackathon-mail-joined-subject = Un nouveau membre a rejoint votre équipe du Hackathon du SMSI { $year }
hackathon-mail-joined = { $name } a accepté votre invitation et a rejoint l’équipe « { $team } ».
