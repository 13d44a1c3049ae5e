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
outcome-deadline-passed-short = dépassée
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
