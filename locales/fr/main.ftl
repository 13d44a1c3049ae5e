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
text-invalid-characters = Supprimez les caractères de contrôle de ce texte (un saut de ligne dans un champ d'une ligne, un caractère invisible qui inverse le sens du texte).
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
mail-signup-exists-subject = Votre compte sur la Plateforme du SMSI
mail-signup-exists-body = Quelqu'un, peut-être vous, a tenté de s'inscrire sur la Plateforme du SMSI avec cette adresse électronique. Elle a déjà un compte : connectez-vous ici.
mail-signup-exists-forgot = Si vous avez oublié votre mot de passe, choisissez-en un nouveau ici :

## Stocktaking
stocktaking-results = { $count ->
    [one] { $count } fiche
   *[other] { $count } fiches
}
stocktaking-new-title = Soumettre une activité
stocktaking-edit-title = Modifier votre activité
stocktaking-mine-title = Vos fiches
stocktaking-mine-empty = Vous n'avez encore soumis aucune activité.
stocktaking-search-label = Rechercher des activités
stocktaking-search-hint = Les activités qui contiennent tous vos mots sont trouvées ; OR entre deux mots trouve l'un ou l'autre. Mettez une expression entre "guillemets" ; un mot précédé d'un signe moins (-mot) écarte les activités qui le contiennent.
stocktaking-sort-label = Ordre
stocktaking-sort-relevance = Les plus pertinentes d'abord
stocktaking-sort-newest = Les plus récentes d'abord
stocktaking-search-submit = Rechercher
stocktaking-refine = Affiner
stocktaking-active-filters = Filtres actifs
stocktaking-remove-filter = (supprimer ce filtre)
stocktaking-updated = Dernière modification
stocktaking-is-public = publique
stocktaking-edit = Modifier
facet-action_line = Grande orientation
facet-c7_subline = Sous-ligne de C7
facet-sdg = ODD
facet-target = Cible des ODD
facet-country = Pays ou zone
facet-region = Région
facet-stakeholder_type = Type de partie prenante
facet-activity_type = Type d'activité
facet-status = Stade
facet-year = Année de début
facet-call = Appel
facet-language = Langues de l'activité
search-facet-unknown = Un filtre nomme une facette qui n'existe pas. Les facettes sont : action_line, c7_subline, sdg, target, country, region, stakeholder_type, activity_type, status, year, call et language.
search-filter-invalid = Un filtre n'est pas écrit sous la forme facette:valeur (par exemple sdg:4), ou sa valeur est trop longue.
search-filters-too-many = Trop de filtres : 40 au plus en tout, et 20 valeurs pour une même facette.
search-query-too-long = Le texte recherché est trop long : 200 caractères au plus.
search-page-invalid = La page doit être un nombre entier de 1 à 10 000.
search-limit-invalid = Le nombre de résultats par page doit être un nombre entier de 1 à 100.
search-sort-invalid = Triez par pertinence ou par date, les plus récentes d’abord.
activity-type-project = Projet
activity-type-programme = Programme
activity-type-training = Formation
activity-type-conference = Conférence ou manifestation
activity-type-website = Site web ou portail
activity-type-guideline = Lignes directrices ou politique
activity-type-toolkit = Boîte à outils
activity-type-other = Autre
activity-status-planned = Prévue
activity-status-ongoing = En cours
activity-status-completed = Terminée
entry-status-draft = Brouillon
entry-status-submitted = En attente d'examen
entry-status-published = Publiée
entry-status-returned = Renvoyée pour modification
entry-status-rejected = Rejetée
coverage-national = Nationale
coverage-regional = Régionale
coverage-international = Internationale
entry-section-about = À propos de l'activité
entry-section-organisation = Qui la met en œuvre
entry-field-title = Titre
entry-field-description = Descriptif
entry-description-hint = Décrivez l'activité, ses résultats et son impact. Vous pouvez utiliser Markdown (mise en valeur, listes, liens).
entry-field-language = Langue de ce texte
entry-field-activity-type = Type d'activité
entry-field-status = Stade de l'activité
entry-field-start = Date de début
entry-field-end = Date de fin
entry-field-dates = Période
entry-field-website = Site web
entry-field-contact = Adresse électronique de contact
entry-field-organisation = Organisation responsable
entry-field-partners = Partenaires
entry-partners-hint = Un partenaire par ligne.
entry-field-coverage = Portée
entry-field-countries = Pays ou zones (portée nationale)
entry-field-regions = Régions (portée régionale)
entry-multi-hint = Maintenez la touche Ctrl (ou Cmd) enfoncée pour en choisir plusieurs.
entry-field-action-lines = Grandes orientations du SMSI
entry-field-sdgs = Objectifs de développement durable
entry-targets-hint = Cochez chaque objectif auquel l'activité contribue ; vous pouvez ajouter des cibles (par exemple 4.4, 4.a) et une brève justification.
entry-field-languages = Langues de travail de l'activité
entry-rationale = Pourquoi (brève justification)
entry-targets = Cibles, par exemple 4.4, 4.a
entry-save-draft = Enregistrer
entry-submit = Enregistrer et soumettre pour examen
entry-returned-comment = Le secrétariat a renvoyé cette fiche avec ces commentaires
entry-submit-as-is = Soumettre pour examen
entry-pending-edit = une version plus récente est en attente d'examen ; le public voit toujours la version publiée
entry-published-on = Publiée le
entry-history = Historique
entry-event-submit = soumise pour examen
entry-event-publish = publiée
entry-event-return = renvoyée pour modification
entry-event-reject = rejetée
title-required = Saisissez un titre.
title-too-long = Le titre doit comporter au plus 200 caractères.
description-required = Saisissez un descriptif.
description-too-long = Le descriptif doit comporter au plus 10 000 caractères.
activity-type-invalid = Choisissez un type d'activité dans la liste.
activity-status-invalid = Choisissez le stade de l'activité.
entry-status-invalid = Choisissez un statut dans la liste.
coverage-invalid = Choisissez une portée nationale, régionale ou internationale.
partners-invalid = Indiquez au plus 50 partenaires, de moins de 200 caractères chacun.
countries-required = Choisissez au moins un pays ou une zone pour une portée nationale.
regions-required = Choisissez au moins une région pour une portée régionale.
region-invalid = Choisissez des régions dans la liste.
action-line-c7-needs-subline = Pour la grande orientation C7, choisissez l'une de ses huit sous-orientations.
action-lines-required = Choisissez au moins une grande orientation.
rationale-too-long = Une justification doit comporter au plus 500 caractères.
sdg-invalid = Choisissez des objectifs dans la liste.
sdg-target-invalid = Indiquez des cibles de l'objectif choisi, par exemple 4.4 ou 4.a.
sdgs-required = Choisissez au moins un objectif de développement durable.
date-invalid = Saisissez une date de la forme 2019-04-08.
end-before-start = La date de fin ne peut pas être antérieure à la date de début.
url-invalid = Saisissez une adresse web commençant par https:// ou http://.
entry-stale = Quelqu'un d'autre a modifié cette fiche pendant que vous la modifiiez. Votre texte figure ci-dessous : rechargez la fiche, comparez, puis enregistrez à nouveau.
moderation-images-unseen = Des images ont été ajoutées à cette fiche après son ouverture, ou ne sont pas affichées ici. Rouvrez la fiche, examinez ses images, puis décidez à nouveau.
entry-rejected-final = Cette fiche a été rejetée et ne peut plus être modifiée.
entry-action-not-allowed = Cette étape n'est pas possible dans l'état actuel de la fiche.
moderation-comment-required = Indiquez un commentaire ou un motif pour renvoyer ou rejeter une fiche.
error-409-title = Conflit
error-409-text = La requête est en conflit avec l'état actuel de l'enregistrement.

## Moderation and calls
moderation-title = File de modération
moderation-review = Examen
moderation-comment = Commentaire ou motif
moderation-comment-hint = Obligatoire pour renvoyer ou rejeter ; l'auteur de la soumission le reçoit par courrier électronique.
moderation-publish = Publier
moderation-return = Renvoyer pour modification
moderation-reject = Rejeter
moderation-done = La décision a été enregistrée et l'auteur de la soumission en a été informé.
moderation-all = Tous
moderation-filter = Filtrer
moderation-problems = Certaines fiches n'ont pas pu être modifiées
moderation-select = Sélectionner
moderation-owner = Soumise par
moderation-bulk = Appliquer aux fiches sélectionnées
moderation-action = Décision
moderation-apply = Appliquer
moderation-choose-action = Choisissez une décision.
moderation-choose-entries = Sélectionnez au moins une fiche.
calls-title = Appels à contributions
call-year = Année
call-window = Période d'ouverture
call-new = Ouvrir un nouvel appel
call-opens = Ouverture le
call-closes = Clôture le
call-create = Ouvrir l'appel
call-year-invalid = Saisissez une année comprise entre 2004 et 2100.
call-exists = Un appel existe déjà pour cette année.
call-overlaps = Cette période chevauche celle d’un autre appel : une fiche soumise alors ne saurait pas à quel appel elle appartient.
call-edit-title = Appel à contributions
call-save = Enregistrer l’appel
call-close = Clore l’appel maintenant
call-close-hint = Les fiches soumises à partir de maintenant n’appartiendront pas à cet appel.
call-not-open = Cet appel n’est pas ouvert.
mail-entry-submitted-subject = Inventaire du SMSI : nous avons reçu votre fiche
mail-entry-to-review-subject = Inventaire du SMSI : une fiche attend votre examen
mail-entry-published-subject = Inventaire du SMSI : votre fiche est publiée
mail-entry-returned-subject = Inventaire du SMSI : votre fiche vous est renvoyée pour modification
mail-entry-rejected-subject = Inventaire du SMSI : votre fiche n'a pas pu être acceptée
mail-entry-submitted = Nous avons bien reçu votre fiche « { $title } ». Le secrétariat du SMSI va l'examiner.
mail-entry-to-review = La fiche « { $title } » attend votre vérification sur la plateforme de l’inventaire du SMSI.
mail-entry-published = Votre fiche « { $title } » est désormais publiée sur la Plateforme de l'inventaire du SMSI.
mail-entry-returned = Le secrétariat du SMSI vous a renvoyé votre fiche « { $title } » pour modification.
mail-entry-rejected = Le secrétariat du SMSI n'a pas pu accepter votre fiche « { $title } ».
mail-entry-comment = Commentaire du secrétariat :

## Statistics
stats-title = Statistiques
stats-by-action-line = Fiches par grande orientation
stats-by-sdg = Fiches par ODD
stats-by-region = Fiches par région (M49 des Nations Unies)
stats-by-stakeholder = Fiches par type de partie prenante
stats-by-year = Fiches par année de début
stats-by-country = Fiches par pays ou zone
stats-heatmap = Grandes orientations × ODD : fiches liées aux deux
stats-table = Afficher les chiffres sous forme de tableau
stats-category = Catégorie
stats-entries = Fiches
stocktaking-open-data = Données ouvertes (CSV)

## Import
import-title = Importer des fiches
import-intro = Téléversez un fichier CSV avec les colonnes de l'export de données ouvertes, ou un fichier JSON au format de l'export. Chaque ligne est vérifiée ; si une ligne pose problème, rien n'est importé.
import-file = Fichier (CSV ou JSON)
import-dry-run = Seulement vérifier le fichier (essai à blanc)
import-submit = Importer
import-ok = Le fichier est valide : { $count ->
    [one] { $count } fiche.
   *[other] { $count } fiches.
}
import-done = { $count ->
    [one] { $count } fiche importée et publiée.
   *[other] { $count } fiches importées et publiées.
}
import-problems = Le fichier comporte des problèmes ; rien n'a été importé.
import-summary = Nouvelles : { $created }. Mises à jour : { $updated }. Inchangées (déjà importées, identiques) : { $unchanged }.
import-uid-invalid = Cet identifiant (uid) n’est pas valide : de 1 à 64 lettres, chiffres, traits d’union ou traits de soulignement.
import-uid-twice = Cet identifiant (uid) figure deux fois dans le fichier.
import-row = Ligne { $row }, { $field }
import-not-utf8 = Le fichier n'est pas du texte UTF-8.
import-empty = Le fichier ne contient aucune fiche.
import-bad-csv = Le fichier n'est pas un CSV valide.
import-bad-json = Le fichier n'est pas un JSON valide au format de l'export.
import-missing-column = Cette colonne manque.
import-unknown-column = Cette colonne est inconnue.
import-no-file = Choisissez un fichier.
import-bad-row-length = Cette ligne n'a pas autant de champs que la ligne d'en-tête ; ses champs n'ont pas été vérifiés.
import-json-not-text = Cette valeur doit être un texte.
import-json-not-list = Cette valeur doit être une liste.
import-json-bad-item = Un élément de cette liste n'a pas la forme qu'écrit l'export.
import-json-not-entry = Cet élément n'est pas une fiche telle que l'écrit l'export : un objet avec un objet "data".
import-index-followed = Un `wsis serve` en cours d'exécution tient l'index de recherche : il trouve les nouvelles fiches en une seconde environ.
import-dry-run-nothing-written = Essai à blanc : rien n'a été écrit.
entry-event-import = importée

## Translations and versions
entry-translate = Ajouter une traduction
entry-translation-language = Langue de la traduction
entry-translator = Traduit par
entry-translation-save = Enregistrer la traduction
entry-revisions = Versions
entry-revision = Version
entry-translated-by = Traduit par

## Publications
reports-title = Publications
reports-stocktaking = Le rapport sur l'inventaire d'un appel
reports-success-stories = Exemples de réussite
reports-language = Langue de la publication
reports-format = Format
reports-generate = Générer
reports-entries = Fiches
reports-entries-hint = Numéros des fiches à inclure, séparés par des virgules ; laissez vide pour utiliser la sélection enregistrée de l’appel.

## Images des fiches
images-title = Images
images-manage = Ajouter ou retirer des images
images-intro = Jusqu’à cinq images de l’activité : fichiers PNG, JPEG ou WebP de 8 Mo et 8 000 pixels de côté au plus. Nous retirons leurs métadonnées (comme le lieu d’une photo), les réduisons à 1 600 pixels au plus et en faisons une petite version pour les listes.
images-none = Pas encore d’images.
image-add = Ajouter une image
image-file = Fichier image
image-alt = Texte de remplacement
image-alt-hint = Dites ce que montre l’image, pour les personnes qui ne la voient pas (300 caractères au plus).
image-upload = Téléverser l’image
image-remove = Retirer
image-required = Choisissez un fichier image.
image-not-image = Ce fichier n’est pas une image PNG, JPEG ou WebP.
image-too-large = Ce fichier dépasse 8 Mo.
image-too-many-pixels = Cette image est trop grande : 8 000 pixels de côté et 25 millions de pixels au plus.
image-alt-required = Décrivez l’image en 300 caractères au plus.
image-limit = Cette fiche a cinq images, le maximum : retirez-en une pour en ajouter une autre.
media-store-failed = Le fichier n’a pas pu être enregistré pour le moment, et rien n’a été conservé. Veuillez réessayer dans quelques minutes.
image-pending = Non publique avant vérification
images-review-note = Les images que vous ajoutez sont publiques une fois vérifiées par le secrétariat ; en ajouter une à une fiche publiée la renvoie en vérification, et sa version publiée reste visible entre-temps.
entry-event-images = images ajoutées, envoyées pour vérification

## Sélection des Exemples de réussite
success-stories-title = Exemples de réussite
success-stories-year = Exemples de réussite { $year }
success-stories-intro = Les fiches publiées retenues pour les Exemples de réussite d’un appel, dans l’ordre de la publication. Ajoutez des fiches depuis leur page.
success-stories-none = Aucune fiche n’est encore retenue pour cette année.
success-stories-show = Afficher
success-stories-add = Ajouter aux Exemples de réussite
success-stories-remove = Retirer
success-stories-up = Monter
success-stories-down = Descendre
success-stories-selected-in = Retenue pour les Exemples de réussite { $year }.
success-stories-remove-from = Retirer des Exemples de réussite { $year }
success-stories-added-by = retenue par { $name } le { $date }
success-stories-download = Télécharger les Exemples de réussite (PDF)
success-stories-see = La sélection des Exemples de réussite
success-stories-empty = Aucune fiche publiée n’est retenue pour les Exemples de réussite de cette année.
success-stories-not-published = Seules les fiches publiées peuvent être retenues pour les Exemples de réussite.
revision-title = Version { $number }
revision-saved-by = Enregistrée par { $name } le { $date }
revision-first = Première version
revision-changes = Modifications depuis la version { $number }
revision-no-changes = Cette version ne modifie aucun champ.
revision-field = Champ
revision-value = Valeur
revision-before = Avant
revision-after = Après
revision-empty = (vide)
revision-translation = Traduction ({ $name })
revision-item-targets = { $goals } (cibles { $targets })
upload-quota-exceeded = Votre compte a atteint son quota de téléversement d’images et de documents. Supprimez les fichiers dont vous n’avez plus besoin ou demandez de l’aide au secrétariat.

home-entries-count = { $count ->
    [one] { $count } activité publiée
   *[other] { $count } activités publiées
}
home-entries-latest = Publiées le plus récemment :
home-forum-edition = Forum du SMSI { $year } : du { $start } au { $end }, { $venue }
home-forum-agenda = Le programme
home-outcomes-count = { $count ->
    [one] { $count } résultat de session approuvé du Forum du SMSI { $year }
   *[other] { $count } résultats de sessions approuvés du Forum du SMSI { $year }
}
stocktaking-skip-results = Aller aux résultats

# A short parenthetical after a label: "(16.2, 16.b)".
parenthesised = ({ $text })
success-stories-no-call = Cette fiche n'a été soumise à aucun appel : elle ne peut figurer dans les Exemples de réussite d'aucune année.
success-stories-not-of-call = Seules les fiches soumises à l'appel de cette année peuvent être retenues pour ses Exemples de réussite.
# A day and a time range together: "8 April 2019, 09:00–10:30".
date-and-time = { $date }, { $time }
entry-dates-since = Depuis le { $date }
# Around a short aside inside a label: "Text (Français)".
paren-open = {" "}(
paren-close = )
