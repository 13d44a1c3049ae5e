# The WSIS Platform – French interface strings (Plateforme du SMSI).
# Every other language file has the same keys (a test checks it).

## Site frame
site-name = Plateforme du SMSI
site-tagline = Sommet mondial sur la société de l'information : les TIC au service des objectifs de développement durable
skip-to-content = Aller au contenu principal
nav-label = Sections principales
nav-home = Accueil
nav-stocktaking = Inventaire
nav-forum = Forum
nav-outcomes = Résultats
nav-prizes = Prix
nav-action-lines = Grandes orientations
nav-sdgs = ODD
account-nav-label = Votre compte
language-switcher-label = Langue
footer-about = La Plateforme du SMSI est un logiciel libre au service du processus multipartite du SMSI.
footer-api = Données ouvertes et API
footer-licence = Textes des ODD : open-sdg/sdg-translations (MIT). Noms de pays : i18n-iso-countries (MIT).

## Home page
home-title = Plateforme du SMSI
home-intro = Un espace unique pour le processus du SMSI tout au long de l'année : l'inventaire des activités relatives aux TIC au service du développement, le Forum du SMSI, ses résultats et les Prix du SMSI, dans les six langues officielles de l'ONU.
home-sections-heading = Sections
home-stocktaking-text = Un registre public des projets, programmes et initiatives relatifs aux TIC au service du développement, menés par l'ensemble des parties prenantes et rattachés aux grandes orientations du SMSI et aux ODD.
home-forum-text = Le Forum du SMSI : consultation ouverte, appel à propositions de sessions, programme, inscription et participation à distance.
home-outcomes-text = Résultats des sessions, Document final, résultats du segment de haut niveau et Matrice SMSI-ODD.
home-prizes-text = Les Prix du SMSI : candidatures, examen par des experts, vote public en ligne, Champions et Lauréats dans 18 catégories.
home-framework-heading = Le cadre
home-framework-text = { $actionLines } grandes orientations, { $goals } objectifs de développement durable assortis de { $targets } cibles, { $countries } pays et zones.
section-empty = Rien n'a encore été publié ici.
section-open = Ouvrir : { $section }

## Section pages
stocktaking-title = Inventaire du SMSI
forum-title = Forum du SMSI
outcomes-title = Résultats
prizes-title = Prix du SMSI

## Taxonomy pages
action-lines-title = Grandes orientations du SMSI
action-lines-intro = Les onze grandes orientations du Plan d'action de Genève. La grande orientation C7 comprend huit sous-orientations. Chaque grande orientation constitue également une catégorie des Prix du SMSI.
action-line-code = Code
action-line-name = Grande orientation
prize-category = Catégorie de prix
prize-category-number = Catégorie { $number }
facilitators = Facilitateurs
facilitator-role-lead = Facilitateur principal
facilitator-role-co_facilitator = Cofacilitateur
facilitator-role-partner = Partenaire
sdgs-title = Objectifs de développement durable
sdgs-intro = Les 17 objectifs du Programme 2030 et leurs 169 cibles, auxquels chaque activité du SMSI est rattachée.
sdg-goal = Objectif { $number }
sdg-targets = Cibles ({ $count })

## Forms: common
form-errors-heading = { $count ->
    [one] Votre saisie comporte { $count } problème
   *[other] Votre saisie comporte { $count } problèmes
}
form-required = (obligatoire)
form-optional = (facultatif)
form-choose = Choisir…
form-save = Enregistrer
field-email = Adresse électronique
field-password = Mot de passe
field-password-hint = Au moins 10 caractères.
field-password-confirm = Confirmer le mot de passe
field-name = Nom complet
field-organisation = Organisation
field-stakeholder-type = Type de partie prenante
field-country = Pays ou zone
field-language = Langue préférée

## Field errors
email-required = Saisissez votre adresse électronique.
email-invalid = Saisissez une adresse électronique de la forme nom@example.org.
email-taken = Cette adresse électronique est déjà enregistrée. Connectez-vous ou réinitialisez votre mot de passe.
password-required = Saisissez un mot de passe.
password-too-short = Le mot de passe doit comporter au moins 10 caractères.
password-too-long = Le mot de passe doit comporter au plus 256 caractères.
password-mismatch = Les deux mots de passe ne sont pas identiques.
password-wrong = Le mot de passe actuel est incorrect.
name-required = Saisissez votre nom.
name-too-long = Le nom doit comporter au plus 100 caractères.
organisation-required = Saisissez l'organisation.
organisation-too-long = Le nom de l'organisation doit comporter au plus 200 caractères.
text-invalid-characters = Supprimez les caractères de contrôle de ce texte.
stakeholder-type-invalid = Choisissez un type de partie prenante dans la liste.
country-invalid = Choisissez un pays ou une zone dans la liste.
language-invalid = Choisissez l'une des six langues.
role-invalid = Choisissez un rôle dans la liste.
action-line-invalid = Choisissez une grande orientation dans la liste.
facilitator-role-invalid = Choisissez un rôle de facilitateur dans la liste.
agency-required = Saisissez l'institution.
agency-too-long = Le nom de l'institution doit comporter au plus 100 caractères.
facilitator-exists = Cette institution assure déjà la facilitation de cette grande orientation.
login-failed = L'adresse électronique ou le mot de passe est incorrect.
login-unverified = Confirmez d'abord votre adresse électronique en suivant le lien que nous vous avons envoyé.

## Accounts
signup-title = Créer un compte
signup-intro = Un compte vous permet de soumettre des activités, de proposer des sessions, de vous inscrire au Forum et de voter.
signup-submit = Créer le compte
signup-have-account = Vous avez déjà un compte ? Connectez-vous.
signup-done-title = Consultez votre messagerie
signup-done-text = Nous avons envoyé un lien à { $email }. Suivez-le pour confirmer votre adresse, puis connectez-vous.
login-title = Connexion
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ? Créez-en un.
logout-submit = Se déconnecter
verify-title = Adresse électronique confirmée
verify-ok = Merci : votre adresse électronique est confirmée. Vous pouvez maintenant vous connecter.
verify-failed-title = Ce lien ne peut pas être utilisé
verify-failed = Le lien n'est pas valide, a expiré ou a déjà été utilisé. Demandez-en un nouveau ci-dessous.
verify-resend-title = Envoyer un nouveau lien de confirmation
verify-resend-intro = Saisissez l'adresse électronique de votre compte et nous vous enverrons un nouveau lien de confirmation.
verify-resend-submit = Envoyer le lien
verify-resend-done = Si un compte non confirmé utilise cette adresse, un nouveau lien vient de lui être envoyé.
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Saisissez l'adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien de réinitialisation
forgot-done = Si un compte utilise cette adresse, un lien de réinitialisation vient de lui être envoyé. Il est valable une heure.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe a été modifié et vos autres sessions ont été fermées. Vous pouvez maintenant vous connecter.
account-title = Votre compte
account-profile-heading = Profil
account-roles-heading = Vos rôles
account-created = Compte créé le
account-saved = Votre profil a été enregistré.
account-password-heading = Modifier votre mot de passe
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
account-password-submit = Modifier le mot de passe
account-password-changed = Votre mot de passe a été modifié.
account-verified = Confirmé
account-unverified = Pas encore confirmé

## Roles
role-administrator = Administrateur
role-secretariat = Secrétariat
role-facilitator = Facilitateur
role-organiser = Organisateur de session
role-stakeholder = Partie prenante
role-participant = Participant

## Administration
admin-title = Administration
admin-users-title = Comptes et rôles
admin-users-count = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
admin-roles-for = Rôles de { $name }
admin-roles-save = Enregistrer les rôles
admin-roles-saved = Les rôles de { $name } ont été enregistrés.
admin-facilitators-title = Facilitateurs des grandes orientations
admin-facilitators-add = Ajouter un facilitateur
field-action-line = Grande orientation
field-agency = Institution
field-facilitator-role = Rôle
admin-facilitator-added = Le facilitateur a été ajouté.
admin-facilitator-removed = Le facilitateur a été retiré.
admin-remove = Retirer
admin-remove-label = Retirer { $agency } de { $line }
table-email = Adresse électronique
table-name = Nom
table-roles = Rôles
table-status = Statut
table-actions = Actions
pagination-label = Pages
pagination-previous = Page précédente
pagination-next = Page suivante

## Error pages
error-403-title = Accès refusé
error-403-text = Vous n'avez pas le rôle requis pour accéder à cette page.
error-403-csrf = Le formulaire a expiré. Revenez en arrière, rechargez la page et réessayez.
error-401-text = Connectez-vous pour voir cette page.
error-404-title = Page introuvable
error-404-text = Aucune page ne correspond à cette adresse. Elle a peut-être été déplacée.
error-405-title = Méthode non autorisée
error-405-text = Cette adresse n'accepte pas ce type de requête.
error-413-title = Trop de données
error-413-text = Les données envoyées dépassent la taille acceptée par la plateforme.
error-400-title = Requête incorrecte
error-400-text = La requête n'a pas pu être comprise.
error-429-title = Trop de tentatives
error-429-text = Trop de tentatives en peu de temps. Patientez quelques minutes et réessayez.
error-500-title = Une erreur s'est produite
error-500-text = La plateforme n'a pas pu traiter votre demande. L'équipe en a été informée. Veuillez réessayer plus tard.
error-503-title = Temporairement indisponible
error-503-text = La plateforme est temporairement indisponible. Veuillez réessayer dans un instant.
error-back-home = Aller à la page d'accueil

## E-mail
mail-greeting = Bonjour { $name },
mail-signature = L'équipe de la Plateforme du SMSI
mail-verify-subject = Confirmez votre adresse électronique pour la Plateforme du SMSI
mail-verify-body = Veuillez confirmer votre adresse électronique en ouvrant ce lien dans les 48 heures :
mail-reset-subject = Réinitialisation de votre mot de passe pour la Plateforme du SMSI
mail-reset-body = Une demande de réinitialisation du mot de passe de votre compte a été faite. Si elle vient de vous, ouvrez ce lien dans l'heure :
mail-reset-ignore = Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.

## Stocktaking
stocktaking-results = { $count ->
    [one] One entry
   *[other] { $count } entries
}
stocktaking-new-title = Submit an activity
stocktaking-edit-title = Edit your activity
stocktaking-mine-title = Your entries
stocktaking-mine-empty = You have not submitted any activity yet.
stocktaking-search-label = Search activities
stocktaking-sort-label = Order
stocktaking-sort-relevance = Most relevant first
stocktaking-sort-newest = Newest first
stocktaking-search-submit = Search
stocktaking-refine = Refine
stocktaking-active-filters = Active filters
stocktaking-remove-filter = (remove this filter)
stocktaking-updated = Last change
stocktaking-is-public = public
stocktaking-edit = Edit
facet-action_line = Action Line
facet-sdg = SDG
facet-target = SDG target
facet-country = Country or area
facet-region = Region
facet-stakeholder_type = Stakeholder type
facet-activity_type = Type of activity
facet-status = Stage
facet-year = Start year
facet-call = Call
facet-language = Written in
activity-type-project = Project
activity-type-programme = Programme
activity-type-training = Training
activity-type-conference = Conference or event
activity-type-website = Website or portal
activity-type-guideline = Guideline or policy
activity-type-toolkit = Toolkit
activity-type-other = Other
activity-status-planned = Planned
activity-status-ongoing = Ongoing
activity-status-completed = Completed
entry-status-draft = Draft
entry-status-submitted = Awaiting review
entry-status-published = Published
entry-status-returned = Returned for changes
entry-status-rejected = Rejected
coverage-national = National
coverage-regional = Regional
coverage-international = International
entry-section-about = About the activity
entry-section-organisation = Who runs it
entry-field-title = Title
entry-field-description = Description
entry-description-hint = Describe the activity, its results and its impact. You may use Markdown (emphasis, lists, links).
entry-field-language = Language of this text
entry-field-activity-type = Type of activity
entry-field-status = Stage of the activity
entry-field-start = Start date
entry-field-end = End date
entry-field-dates = Dates
entry-field-website = Website
entry-field-contact = Contact e-mail
entry-field-organisation = Organisation
entry-field-partners = Partners
entry-partners-hint = One partner per line.
entry-field-coverage = Coverage
entry-field-countries = Countries or areas (national coverage)
entry-field-regions = Regions (regional coverage)
entry-multi-hint = Hold Ctrl (or Cmd) to choose several.
entry-field-action-lines = WSIS Action Lines
entry-field-sdgs = Sustainable Development Goals
entry-targets-hint = Tick each goal the activity supports; you may add targets (e.g. 4.4, 4.a) and a short rationale.
entry-field-languages = Languages the activity works in
entry-rationale = Why (short rationale)
entry-targets = Targets, e.g. 4.4, 4.a
entry-save-draft = Save
entry-submit = Save and submit for review
entry-pending-edit = a newer version awaits review; the public still sees the published one
entry-published-on = Published on
entry-history = History
entry-event-submit = submitted for review
entry-event-publish = published
entry-event-return = returned for changes
entry-event-reject = rejected
title-required = Enter a title.
title-too-long = The title must have at most 200 characters.
description-required = Enter a description.
description-too-long = The description must have at most 10,000 characters.
activity-type-invalid = Choose a type of activity from the list.
activity-status-invalid = Choose the stage of the activity.
entry-status-invalid = Choose a status from the list.
coverage-invalid = Choose national, regional or international coverage.
partners-invalid = List at most 50 partners, each under 200 characters.
countries-required = Choose at least one country or area for national coverage.
regions-required = Choose at least one region for regional coverage.
region-invalid = Choose regions from the list.
action-line-c7-needs-subline = For C7, choose one of its eight sub-lines.
action-lines-required = Choose at least one Action Line.
rationale-too-long = A rationale must have at most 500 characters.
sdg-invalid = Choose goals from the list.
sdg-target-invalid = Give targets of the chosen goal, like 4.4 or 4.a.
sdgs-required = Choose at least one Sustainable Development Goal.
date-invalid = Enter a date like 2019-04-08.
end-before-start = The end date must not be before the start date.
url-invalid = Enter a web address starting with https:// or http://.
entry-stale = Someone else changed this entry while you were editing it. Your text is below: reload the entry, compare, and save again.
entry-rejected-final = This entry was rejected and cannot change any more.
entry-action-not-allowed = This step is not possible in the entry's current state.
moderation-comment-required = Give a comment or a reason when returning or rejecting an entry.
error-409-title = Conflict
error-409-text = The request conflicts with the current state of the record.

## Moderation and calls
moderation-title = Moderation queue
moderation-review = Review
moderation-comment = Comment or reason
moderation-comment-hint = Required to return or reject; the submitter receives it by e-mail.
moderation-publish = Publish
moderation-return = Return for changes
moderation-reject = Reject
moderation-done = The decision has been recorded and the submitter informed.
moderation-all = All
moderation-filter = Filter
moderation-problems = Some entries could not be changed
moderation-select = Select
moderation-owner = Submitted by
moderation-bulk = Apply to the selected entries
moderation-action = Decision
moderation-apply = Apply
moderation-choose-action = Choose a decision.
moderation-choose-entries = Select at least one entry.
calls-title = Calls for entries
call-year = Year
call-window = Open
call-new = Open a new call
call-opens = Opens on
call-closes = Closes on
call-create = Open the call
call-year-invalid = Enter a year between 2004 and 2100.
call-exists = There is already a call for this year.
mail-entry-subject = WSIS Stocktaking: { $title }
mail-entry-submitted = We have received your entry “{ $title }”. The WSIS secretariat will review it.
mail-entry-published = Your entry “{ $title }” is now published on the WSIS Stocktaking Platform.
mail-entry-returned = The WSIS secretariat has returned your entry “{ $title }” for changes.
mail-entry-rejected = The WSIS secretariat could not accept your entry “{ $title }”.
mail-entry-comment = The secretariat's comment:
