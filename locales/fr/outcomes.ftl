## Résultats des sessions (issue 12)

outcome-title = Résultats
outcome-of = Résultats de la session { $number } : { $title }
outcomes-sessions-title = Résultats des sessions
outcomes-of = Résultats des sessions du Forum du SMSI { $year }
outcomes-count = { $count ->
    [one] { $count } résultat de session a été approuvé.
   *[other] { $count } résultats de session ont été approuvés.
}
outcomes-none = Aucun résultat de session n’a encore été approuvé.
outcomes-back = Tous les résultats des sessions
outcome-session-page = La page de la session
outcome-page-link = Les résultats sur leur propre page
outcomes-manage-link = Gérer les résultats
outcome-links = Grandes orientations et ODD servis
outcome-written-in = Rédigé en :
outcome-form-title = Résultats de la session
outcome-form-of = Résultats de la session { $number } : { $title }
outcome-form-intro = Rendez compte de ce que la session a accompli. Écrivez dans l’une des six langues et indiquez laquelle ci-dessous ; le secrétariat relit le texte avant de le publier sur la page de la session et dans le Document final.
outcome-section-report = Le compte rendu
outcome-field-language = Langue du texte
outcome-language-hint = La langue dans laquelle vous rédigez le compte rendu.
outcome-field-summary = Résumé
outcome-field-achievements = Principales réalisations
outcome-field-challenges = Difficultés
outcome-field-trends = Tendances nouvelles
outcome-field-recommendations = Recommandations et engagements
outcome-links-hint = Choisissez les grandes orientations (pour C7, ses sous-orientations) et les ODD que la session a servis, chacun avec une brève justification ; pour les ODD, vous pouvez indiquer des cibles.
outcome-section-participation = Participation
outcome-field-participants-onsite = Participants sur place
outcome-field-participants-remote = Participants en ligne
outcome-save = Enregistrer
outcome-submit = Envoyer au secrétariat
outcome-status-missing = Pas commencé
outcome-status-draft = Brouillon
outcome-status-submitted = Envoyé pour relecture
outcome-status-returned = Renvoyé pour modification
outcome-status-approved = Approuvé
outcome-returned-comment = Le secrétariat demande des modifications
outcome-deadline = Date limite
outcome-deadline-is = Les organisateurs soumettent leurs résultats au plus tard le
outcome-deadline-none = Aucune date limite
outcome-deadline-passed-on = { $date } (dépassée)
outcome-deadline-field = Nouvelle date limite
outcome-deadline-hint = Le dernier jour où les organisateurs peuvent soumettre (date du lieu du Forum). Un rappel leur est envoyé une semaine et un jour avant. Laissez vide pour n’en fixer aucune.
outcome-deadline-save = Enregistrer la date limite
outcome-revisions-link = Versions
outcome-revisions-title = Versions des résultats
outcome-revisions-of = Versions des résultats de la session { $number } : { $title }
outcome-revision-number = Version { $version }
outcome-revision-content = Son contenu
outcome-back-to-form = Retour aux résultats
outcome-decide = Décision
outcome-comment = Commentaire pour les organisateurs
outcome-comment-hint = Obligatoire pour renvoyer les résultats ; envoyé par courriel aux organisateurs.
outcome-approve = Approuver et publier
outcome-return = Renvoyer pour modification
outcome-decide-nothing = Il n’y a rien à décider : les organisateurs n’ont pas encore envoyé ces résultats.
outcomes-manage-title = Résultats des sessions
outcomes-manage-nav = Résultats : suivi
outcomes-manage-of = Résultats des sessions de { $year } : suivi
outcomes-public-link = Les résultats publiés
outcomes-sessions = Sessions acceptées
outcomes-sessions-none = Aucune session dans cette liste.
outcomes-filter = Afficher les résultats
outcomes-col-session = Session
outcomes-col-organiser = Organisateur
outcomes-col-status = Résultats
outcomes-col-updated = Dernière modification
outcome-remind-col = Rappel
outcome-remind-submit = Envoyer un rappel par courriel aux organisateurs cochés
outcome-saved = Les résultats ont été enregistrés.
outcome-submitted = Les résultats ont été envoyés au secrétariat.
outcome-approved = Les résultats ont été approuvés et publiés.
outcome-returned = Les résultats ont été renvoyés à leurs organisateurs.
outcome-deadline-saved = La date limite a été enregistrée.
outcome-reminders-sent = Les rappels sont en cours d’envoi.

## Erreurs
outcome-summary-required = Rédigez un résumé de la session.
outcome-section-too-long = Ce texte est trop long (4 000 caractères au plus).
rationale-required = Donnez une brève justification pour chaque grande orientation et chaque ODD choisis.
participants-invalid = Indiquez un nombre entier de 0 à 100 000, ou laissez vide.
outcome-status-invalid = Statut de résultats inconnu.
outcome-action-invalid = Action inconnue.
outcome-approved-locked = Ces résultats ont été approuvés : seul le secrétariat peut encore les modifier.
outcome-deadline-passed = La date limite des résultats est dépassée. Écrivez au secrétariat si vous devez encore en rendre compte.
outcome-decision-invalid = Choisissez d’approuver ou de renvoyer les résultats.
outcome-decision-not-allowed = Cette décision n’est pas possible pour les résultats dans leur état actuel.
outcome-comment-required = Expliquez dans un commentaire ce que les organisateurs doivent modifier.
outcome-not-open = Les résultats s’ouvrent une fois l’ordre du jour de l’édition publié.
outcome-stale = Quelqu’un d’autre a enregistré ces résultats pendant votre saisie. Votre texte est conservé ci-dessous : comparez-le avec la dernière version avant d’enregistrer à nouveau.
outcome-remind-none = Cochez au moins une session dont les organisateurs doivent recevoir un rappel.

## Courriels
mail-outcome-subject = Forum du SMSI { $year } : les résultats de la session { $number }
mail-outcome-approved = Les résultats de votre session « { $title } » (session { $number }) ont été approuvés et sont désormais publiés.
mail-outcome-returned = Le secrétariat vous renvoie les résultats de votre session « { $title } » (session { $number }) pour modification. Son commentaire :
mail-outcome-reminder-subject = Forum du SMSI { $year } : rappel, les résultats de la session { $number }
mail-outcome-reminder = { $dated ->
    [yes] Merci de soumettre les résultats de votre session « { $title } » (session { $number }) au plus tard le { $due }.
   *[no] Merci de soumettre les résultats de votre session « { $title } » (session { $number }).
}

## La matrice SMSI–ODD
matrix-title = Matrice SMSI–ODD
matrix-intro = Comment chaque grande orientation du SMSI sert les objectifs de développement durable : les liens que consignent ses facilitateurs, avec leur justification, et le nombre de sessions du Forum, de résultats de session et d’activités de l’inventaire qui font chaque lien.
matrix-year = Année
matrix-all-years = Toutes les années
matrix-show = Afficher
matrix-links-count = { $count ->
    [one] { $count } lien consigné par les facilitateurs
   *[other] { $count } liens consignés par les facilitateurs
}
matrix-json = Données ouvertes (JSON)
matrix-csv = Données ouvertes (CSV)
matrix-edit-link = Modifier les liens de vos grandes orientations
matrix-facilitators-title = Qui tient quelle grande orientation
matrix-legend = Chaque case compte les sessions publiées, les résultats de session approuvés et les activités de l’inventaire liés aux deux ; plus la case est foncée, plus ils sont nombreux. Un point signale un lien consigné par les facilitateurs. Choisissez une case pour voir sa justification et ce qui la compose.
matrix-caption = Grandes orientations (lignes) et objectifs de développement durable (colonnes)
matrix-linked = lien consigné par les facilitateurs
matrix-back = Retour à la matrice
matrix-cell-title = { $line } et ODD { $goal }
matrix-link = Le lien des facilitateurs
matrix-targets = Cibles
matrix-no-link = Les facilitateurs n’ont pas consigné ce lien.
matrix-updated = Dernière modification par { $name } le { $date }.
matrix-history = Historique des liens
matrix-session = Forum du SMSI { $year }, session { $number }
matrix-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
matrix-outcomes = { $count ->
    [one] { $count } résultat de session
   *[other] { $count } résultats de session
}
matrix-entries = Activités de l’inventaire
matrix-entries-count = { $count ->
    [0] Aucune activité publiée
    [one] { $count } activité publiée
   *[other] { $count } activités publiées
}
matrix-history-of = Historique des liens de { $line }
matrix-history-none = Aucune modification n’a encore été consignée.
matrix-col-when = Date
matrix-col-who = Auteur
matrix-col-goal = Objectif
matrix-col-rationale = Justification
matrix-removed = Lien supprimé
matrix-edit-of = Liens de { $line } avec les ODD
matrix-edit-intro = Pour chaque objectif que sert la grande orientation, donnez la justification et, si vous le souhaitez, les cibles. Videz les deux pour supprimer un lien. Chaque modification est conservée dans l’historique.
matrix-save = Enregistrer les liens
matrix-facilitators-intro = Les comptes de facilitateur tiennent les liens de la matrice des grandes orientations qui leur sont confiées ici (un compte à qui C7 est confiée tient toutes ses sous-orientations).
matrix-facilitators-none = Aucun compte ne tient encore de grande orientation.
matrix-facilitator-add = Confier une grande orientation à un facilitateur
matrix-saved = Les liens ont été enregistrés.
matrix-facilitator-added = Le facilitateur tient désormais cette grande orientation.
matrix-facilitator-removed = Le facilitateur ne tient plus cette grande orientation.
matrix-rationale-required = Donnez la justification de ce lien (ou videz les cibles pour le supprimer).
matrix-rationale-too-long = La justification est trop longue (1 500 caractères au plus).
matrix-stale = Quelqu’un a modifié ces liens pendant votre saisie. Votre texte est conservé ci-dessous : consultez l’historique, puis enregistrez à nouveau.
matrix-facilitator-unknown = Aucun compte de facilitateur n’a cette adresse (donnez d’abord le rôle de facilitateur au compte).
matrix-year-invalid = Indiquez une année en chiffres.
stats-heat-cell = { $line } × ODD { $goal } : { $count }

## Réunions de facilitation des grandes orientations
meetings-title = Réunions de facilitation des grandes orientations
meetings-of = Réunions de facilitation des grandes orientations au Forum du SMSI { $year }
meetings-back = Retour au Forum
meetings-intro = Les facilitateurs de chaque grande orientation se réunissent pendant le Forum ; voici ce qu’ils ont consigné de leur réunion : priorités essentielles, possibilités et difficultés.
meeting-not-recorded = pas encore consignée
meetings-all = Toutes les réunions de facilitation
meeting-of = Réunion de facilitation de { $line }, Forum du SMSI { $year }
meeting-not-recorded-long = Les facilitateurs n’ont pas encore consigné cette réunion.
meeting-edit = Consigner la réunion
meeting-priorities = Priorités essentielles
meeting-opportunities = Possibilités
meeting-challenges = Difficultés
meeting-save = Enregistrer le compte rendu
meeting-saved = Le compte rendu de la réunion a été enregistré.
meeting-stale = Quelqu’un a enregistré ce compte rendu pendant votre saisie. Votre texte est conservé ci-dessous : comparez-le avec la version enregistrée avant d’enregistrer à nouveau.
meeting-priorities-required = Indiquez les priorités essentielles de la réunion.
meeting-text-too-long = Ce texte est trop long (6 000 caractères au plus).

## Photos of outcomes
outcome-photos = Photos
outcome-photos-of = Photos des résultats de la session { $number } : { $title }
outcome-photos-intro = Jusqu’à cinq photos de la session (JPEG, PNG ou WebP, 8 Mo au plus chacune), chacune avec un texte qui dit ce qu’elle montre, pour qui ne peut pas la voir. Elles sont publiées avec les résultats.
outcome-photo-limit = Ces résultats ont déjà leurs cinq photos : retirez-en une pour en ajouter une autre.

## Le segment de haut niveau (issue 12, point 2)
outcome-field-vision = Vision
outcome-field-opportunities = Possibilités
outcome-vision-required = Rédigez la vision de la session.
hlt-links-hint = Vous pouvez indiquer les grandes orientations et les ODD dont la session a traité, chacun avec une brève justification.
hlt-link = Segment de haut niveau : résultats et note de synthèse
hlt-title = Segment de haut niveau
hlt-title-of = Segment de haut niveau du Forum du SMSI { $year } : résultats et note de synthèse
hlt-intro = Les sessions d'orientation de haut niveau, animées chacune par des facilitateurs issus des différentes parties prenantes, avec la vision, les tendances nouvelles, les possibilités et les difficultés qu'ils ont dégagées, les déclarations de leurs intervenants de haut niveau, et le résumé analytique du Président.
hlt-summary = Résumé analytique du Président
hlt-summary-of = Résumé analytique du Président du Forum du SMSI { $year }
hlt-summary-edit = Rédiger le résumé analytique du Président
hlt-summary-none = Le résumé analytique du Président n'a pas encore été publié.
hlt-summary-chair = Président
hlt-summary-chair-hint = Nom et fonction, tels qu'ils doivent figurer dans la note.
hlt-summary-body = Résumé analytique
hlt-summary-body-hint = Paragraphes séparés par une ligne vide ; les listes et liens Markdown sont conservés.
hlt-summary-save = Enregistrer le résumé
hlt-summary-saved = Le résumé analytique du Président est enregistré.
hlt-sessions = Sessions d'orientation de haut niveau
hlt-sessions-none = Cette édition n'a aucune session d'orientation de haut niveau acceptée.
hlt-session-heading = Session { $number } : { $title }
hlt-outcome-none = Les résultats de cette session rédigés par ses facilitateurs n'ont pas encore été approuvés.
hlt-write-outcome = Formulaire des résultats
hlt-facilitators = Facilitateurs
hlt-facilitator-of = { $name } ({ $stakeholder })
hlt-facilitators-of = Facilitateurs de la session { $number } : { $title }
hlt-facilitators-intro = Un facilitateur du segment de haut niveau par catégorie de parties prenantes : indiquez l'adresse électronique de son compte (il s'inscrit d'abord). Les facilitateurs rédigent les résultats de la session et ajoutent les déclarations de ses intervenants. Laissez un champ vide pour n'avoir aucun facilitateur pour cette catégorie.
hlt-facilitator-email = Adresse électronique du compte du facilitateur
hlt-facilitators-save = Enregistrer les facilitateurs
hlt-facilitators-saved = Les facilitateurs sont enregistrés.
hlt-back = Retour au segment de haut niveau
hlt-statements = Déclarations
hlt-statements-of = Déclarations de la session { $number } : { $title }
hlt-statements-intro = Les déclarations des intervenants de haut niveau de la session : le texte, un PDF, ou les deux. Elles sont publiques sur la page du segment de haut niveau.
hlt-statements-none = Aucune déclaration pour l'instant.
hlt-statement-add = Ajouter la déclaration
hlt-statement-speaker = Intervenant
hlt-statement-position = Fonction
hlt-statement-position-hint = Par exemple : ministre des Postes et des Télécommunications, Bangladesh.
hlt-statement-body = Texte de la déclaration
hlt-statement-body-hint = Obligatoire, sauf si vous joignez la déclaration en PDF.
hlt-statement-pdf = Déclaration en PDF (facultatif)
hlt-statement-pdf-hint = Un fichier PDF de 10 Mo au plus.
hlt-statement-read = Lire la déclaration
hlt-statement-read-pdf = Déclaration (PDF)
hlt-statement-remove = Retirer
hlt-statement-added = La déclaration est ajoutée.
hlt-statement-removed = La déclaration est retirée.
statement-speaker-required = Indiquez le nom de l'intervenant.
statement-body-required = Saisissez le texte de la déclaration ou joignez-la en PDF.
statement-too-long = La déclaration est trop longue (20 000 caractères au plus).
statement-pdf-too-large = Le PDF est trop volumineux (10 Mo au plus).
statement-pdf-invalid = Ce fichier n'est pas un PDF.
statement-limit = Cette session a atteint le nombre maximal de déclarations (60).
summary-chair-required = Indiquez le nom du Président.
summary-body-required = Rédigez le résumé analytique.
summary-too-long = Le résumé est trop long (30 000 caractères au plus).
summary-stale = Quelqu'un d'autre a enregistré le résumé pendant que vous le modifiiez. Votre texte est conservé ci-dessous : comparez-le avec la dernière version avant d'enregistrer de nouveau.
facilitator-unknown = Aucun compte n'a cette adresse électronique : le facilitateur doit d'abord s'inscrire.

## Documents finals compilés (issue 12, point 5)
pub-summit = Sommet mondial sur la société de l'information
pub-contents = Table des matières
pub-page-prefix = p.{"\u00A0"}
pub-page-suffix = {""}
pub-title-outcome = Forum du SMSI { $year } : document final
pub-title-hlt = Forum du SMSI { $year } : résultats du segment de haut niveau et note de synthèse
pub-title-action-lines = Forum du SMSI { $year } : rapport sur les grandes orientations du SMSI
pub-title-matrix = Le Forum du SMSI { $year } et la matrice des ODD
pub-theme = Thème : { $theme }
pub-dates = { $venue }, { $start } – { $end }
pub-introduction = Introduction
pub-intro-outcome = Le présent document rassemble les résultats des sessions du Forum du SMSI { $year }, tels que leurs organisateurs les ont soumis et que le secrétariat les a approuvés : { $count ->
    [one] une session,
   *[other] { $count } sessions,
} regroupées par type de session. Chaque résultat est publié dans la langue dans laquelle il a été rédigé ; les index en fin de document classent les sessions par grande orientation du SMSI et par objectif de développement durable.
pub-participation = Participation
pub-participants-total = Participants inscrits
pub-participants-checked-in = Participants enregistrés sur place
pub-countries = Pays et zones
pub-category = Catégorie
pub-count = Nombre
pub-consultation = Processus de consultation ouverte
pub-consultation-intro = Le programme du Forum du SMSI { $year } a été élaboré avec toutes les parties prenantes dans le cadre d'un processus de consultation ouverte, en plusieurs phases.
pub-consultation-none = Aucune phase de la consultation ouverte n'a été enregistrée.
pub-phase = Phase
pub-period = Dates
pub-outcomes = Résultats des sessions
pub-organisers = Organisateurs
pub-index-al = Index par grande orientation du SMSI
pub-index-sdg = Index par objectif de développement durable
pub-goal = ODD { $goal } : { $name }
pub-intro-hlt = Les sessions d'orientation de haut niveau du Forum du SMSI { $year }, animées chacune par des facilitateurs issus des parties prenantes, avec la vision, les tendances nouvelles, les possibilités et les difficultés qu'ils ont dégagées et les déclarations de leurs intervenants de haut niveau.
pub-statement-pdf-only = Déclaration publiée en PDF sur la page du segment de haut niveau.
pub-intro-action-lines = Pour chaque grande orientation du SMSI : les priorités, possibilités et difficultés relevées lors de sa réunion de facilitation pendant le Forum du SMSI { $year }, puis ce qu'ont rapporté les sessions dont les résultats approuvés la mentionnent.
pub-meeting = Réunion de facilitation
pub-al-sessions = Ce qu'ont rapporté les sessions
pub-al-sessions-none = Aucun résultat de session approuvé ne mentionne cette grande orientation.
pub-al-reason = Contribution de la session
pub-intro-matrix = Comment chaque grande orientation du SMSI contribue aux objectifs de développement durable au Forum du SMSI { $year } : les liens que ses facilitateurs ont établis, avec leur justification, et le nombre de sessions, de résultats de sessions approuvés et d'activités de l'inventaire publiées dans l'année qui font chaque lien.
pub-sdg-short = ODD
pub-matrix-legend = Chaque case compte les sessions, résultats de sessions approuvés et activités de l'inventaire liés à la fois à la grande orientation et à l'objectif ; plus la case est foncée, plus ils sont nombreux.
pub-matrix-none = Rien ne relie encore cette grande orientation à un objectif.
pub-col-sessions = Sessions
pub-col-outcomes = Résultats
pub-documents = Documents finals
pub-documents-of = Documents finals du Forum du SMSI { $year }
pub-documents-intro = Compilés à partir des résultats de sessions approuvés, du segment de haut niveau, des réunions de facilitation et de la matrice SMSI–ODD. Chaque document est composé dans la langue de votre choix ; chaque résultat reste dans la langue où il a été rédigé. Un document est compilé à la première demande et conservé jusqu'à ce que ses données changent.
pub-documents-link = Documents finals compilés (PDF et page web)
pub-document-pdf = PDF
pub-document-html = Page web

## Recherche dans les résultats des sessions (issue 12, point 6)
outcome-search-title = Rechercher dans les résultats des sessions
outcome-search-intro = Ce qu'ont rapporté les sessions de chaque Forum du SMSI, tel que leurs organisateurs l'ont rédigé et que le secrétariat l'a approuvé. Cherchez dans l'une des six langues et affinez par grande orientation, objectif, édition, type de session et langue.
outcome-search-label = Mots à rechercher
outcome-search-any = Tous
outcome-search-year = Édition
outcome-search-type = Type de session
outcome-search-forum = Forum du SMSI { $year }
outcome-search-count = { $count ->
    [0] Aucun résultat trouvé.
    [one] Un résultat trouvé.
   *[other] { $count } résultats trouvés.
}
outcome-search-link = Rechercher dans les résultats des sessions
outcome-search-page-invalid = La page doit être un nombre entier de 1 à 100.
outcome-search-value-invalid = Cette valeur n'existe pas : choisissez-en une dans la liste.
outcome-search-too-many-filters = Trop de filtres : 20 au plus.
outcome-search-hint = Les résultats contenant tous vos mots sont trouvés ; OR entre deux mots trouve l'un ou l'autre. Mettez une expression entre "guillemets" ; un mot précédé d'un signe moins (-mot) écarte les résultats qui le contiennent.
