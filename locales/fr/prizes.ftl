## Les Prix du SMSI (issue 13)

prize-editions = Éditions
prize-no-editions = Aucune édition des Prix du SMSI n’a encore été ouverte.
prize-edition-title = Prix du SMSI { $year }
prize-edition-nav = Cette édition
prize-timeline = Calendrier
prize-phase-upcoming = Pas encore ouverte
prize-phase-submission = Dépôt des candidatures
prize-phase-review = Examen par les experts et nomination
prize-phase-voting = Vote public en ligne
prize-phase-selection = Sélection des lauréats
prize-phase-announced = Annonce des résultats
prize-phase-dates = Du { $from } au { $to }
prize-phase-now = Phase en cours : { $phase }.
prize-rule-all-categories = Dans cette édition, un bulletin n’est pris en compte que si son auteur vote dans les 18 catégories.
prize-categories = Les 18 catégories
prize-category-title = Catégorie { $number } : { $name }
prize-back-to-edition = Retour à l’édition
prize-back-to-category = Retour à la catégorie
prize-back-to-manage = Retour à la gestion de l’édition
prize-back-to-queue = Retour à ma liste de projets à examiner
prize-submit-link = Soumettre un projet
prize-results-link = Résultats, et comment les recompter
prize-review-link = Examen par les experts
prize-manage-link = Gérer l’édition
prize-fraud-link = Votes suspects
prize-audit-link = Journal d’audit
prize-nominees-not-yet = Les projets nominés de cette catégorie ne sont pas encore publiés.
prize-voting-open = Le vote est ouvert : choisissez un projet dans cette catégorie. Les décomptes provisoires restent masqués jusqu’à la clôture du vote.
prize-nominees-count = { $count ->
    [one] { $count } projet nominé.
    [many] { $count } projets nominés.
   *[other] { $count } projets nominés.
}
prize-vote = Voter
prize-vote-final = Un vote est définitif : il ne peut être ni modifié ni retiré. Vous en recevez la confirmation par courriel.
prize-you-voted = Vous avez voté pour « { $title } » le { $date } (UTC). Votre vote est définitif.
prize-sign-in-to-vote = Connectez-vous pour voter (avec un compte dont l’adresse électronique est confirmée)
prize-voted = Votre vote est enregistré. Une confirmation vous est envoyée par courriel.
prize-my-votes = Mes votes
prize-my-votes-title = Mes votes aux Prix du SMSI { $year }
prize-my-votes-count = { $count ->
    [one] Vous avez voté dans { $count } des { $total } catégories.
    [many] Vous avez voté dans { $count } des { $total } catégories.
   *[other] Vous avez voté dans { $count } des { $total } catégories.
}
prize-nominee = Projet nominé
prize-col-when = Date (UTC)
prize-col-who = Auteur
prize-col-year = Année
prize-col-status = Statut
prize-col-action = Décision
prize-col-subject = Objet
prize-col-mean = Note moyenne (sur 70)
prize-col-spread = Écart entre les notes des experts
prize-voided = annulé
prize-results-title = Résultats des Prix du SMSI { $year }
prize-results-summary = { $count ->
    [one] { $count } vote a été compté ; { $champions } Champions.
    [many] { $count } votes ont été comptés ; { $champions } Champions.
   *[other] { $count } votes ont été comptés ; { $champions } Champions.
}
prize-recount-heading = Recomptez vous-même
prize-sealed-at = Les bulletins ont été scellés à la clôture du vote, le { $date } (UTC). Leur empreinte SHA-256 a été publiée à ce moment-là et n’a pas changé :
prize-digest = Empreinte SHA-256 des bulletins
prize-recount-how = Téléchargez les bulletins anonymisés (une ligne par vote : un votant pseudonymisé, la catégorie, le projet nominé, l’heure), vérifiez leur empreinte, puis recomptez-les avec la commande de la plateforme :
prize-ballots-download = Les bulletins (CSV)
prize-tally-text = Le résultat tel que la commande l’affiche
prize-winners-pending = Les experts choisissent le Lauréat de chaque catégorie parmi ses Champions ; les Lauréats sont présentés ici dès leur annonce.
prize-winner = Lauréat
prize-champion = Champion
prize-champions = Champions
prize-votes-count = { $count ->
    [one] { $count } vote
    [many] { $count } votes
   *[other] { $count } votes
}
prize-champions-by-country = Champions par pays (les 20 qui en comptent le plus)
prize-champions-by-type = Champions par type de partie prenante
prize-choose-winner = Le Lauréat de cette catégorie
prize-save-winner = Enregistrer le Lauréat
prize-winner-saved = Le Lauréat est enregistré.
prize-winner-not-champion = Choisissez l’un des Champions de la catégorie.
prize-selection-closed = Les Lauréats sont choisis après la clôture du vote et avant l’annonce des résultats.

## Candidatures

prize-submit-title = Soumettre un projet aux Prix du SMSI { $year }
prize-edit-title = Modifier votre brouillon pour les Prix du SMSI { $year }
prize-submit-intro = Un projet par entité dans chaque catégorie ; chaque projet est présenté dans une seule catégorie. Les candidatures sont rédigées en anglais. Enregistrez d’abord un brouillon ; sa page indique ce qui manque encore, puis soumettez-le.
prize-submission-closed = Les candidatures ne sont pas ouvertes actuellement dans cette édition.
prize-from-entry = Partir de l’une de vos fiches de l’inventaire
prize-field-category = Catégorie
prize-field-title = Titre du projet
prize-field-organisation = Entité qui soumet le projet
prize-organisation-hint = L’organisation, l’institution ou l’entreprise. Un projet par entité et par catégorie.
prize-field-website = Site web du projet
prize-field-description = Description présentée aux votants
prize-description-hint = Entre { $min } et { $max } mots, en anglais. Elle compte actuellement { $count ->
    [one] { $count } mot
    [many] { $count } mots
   *[other] { $count } mots
}.
prize-words-label = Mots
prize-field-linkage = Lien avec les grandes orientations du SMSI et les ODD
prize-field-impact = Impact, qualitatif et quantitatif
prize-field-partnerships = Partenariats
prize-field-challenges = Difficultés
prize-field-future-plans = Projets d’avenir
prize-field-owner-email = Adresse électronique du responsable du projet, si ce n’est pas vous
prize-owner-email-hint = Vous pouvez proposer un projet dont vous n’êtes pas responsable : son responsable en est informé par courriel.
prize-save-draft = Enregistrer le brouillon
prize-draft-saved = Votre brouillon est enregistré.
prize-edit-draft = Modifier le brouillon
prize-submit-button = Soumettre le projet
prize-submitted = Votre projet est soumis. Une confirmation vous est envoyée par courriel.
prize-cannot-submit = Le projet ne peut pas encore être soumis
prize-checklist = Avant de soumettre
prize-check-basics = Pays et type de partie prenante
prize-check-description = Une description de { $min } à { $max } mots (actuellement { $count })
prize-check-done = fait
prize-check-missing = manquant
prize-mine-title = Mes candidatures aux Prix
prize-mine-none = Vous n’avez encore soumis aucun projet.
prize-status-draft = Brouillon
prize-status-submitted = Soumis, en cours d’examen par les experts
prize-status-nominated = Nominé
prize-status-declined = Non nominé

prize-category-required = Choisissez une catégorie.
prize-category-invalid = Choisissez l’une des 18 catégories.
prize-title-required = Saisissez le titre du projet.
prize-organisation-required = Saisissez l’entité qui soumet le projet.
prize-country-required = Choisissez le pays.
prize-stakeholder-type-required = Choisissez le type de partie prenante.
prize-text-too-long = Ce texte est trop long.
prize-english-only = Les candidatures ne sont acceptées qu’en anglais.
prize-description-required = Saisissez la description présentée aux votants.
prize-description-too-short = La description est trop courte : elle doit compter au moins 150 mots.
prize-description-too-long = La description est trop longue : elle peut compter au plus 200 mots.
prize-answer-required = Répondez à cette question.
prize-entity-has-project = Cette entité a déjà un projet dans cette catégorie : un projet par entité et par catégorie.
prize-previous-winner = Cette entité a déjà remporté un Prix du SMSI : les anciens lauréats ne sont pas admissibles.
prize-submission-not-draft = Ce projet a déjà été soumis ; il ne peut plus être modifié.
prize-submission-stale = Le brouillon a été modifié depuis que vous l’avez ouvert ; rechargez-le et refaites votre modification.
prize-submission-not-submitted = Seuls les projets soumis peuvent être nominés ou écartés.

prize-mail-submitted-subject = Votre projet est soumis aux Prix du SMSI { $year }
prize-mail-submitted = Votre projet « { $title } » est soumis aux Prix du SMSI { $year } dans la catégorie { $category }. Le groupe d’experts examine chaque candidature ; nous vous ferons savoir s’il est nominé.
prize-mail-nominated-by-subject = Votre projet a été soumis aux Prix du SMSI { $year }
prize-mail-nominated-by = { $organisation } a soumis votre projet « { $title } » aux Prix du SMSI { $year }. S’il s’agit d’une erreur, répondez à ce message.
prize-mail-votes-subject = Vos votes aux Prix du SMSI { $year }
prize-mail-votes = { $count ->
    [one] Nous vous confirmons votre vote aux Prix du SMSI { $year } :
    [many] Nous vous confirmons vos { $count } votes aux Prix du SMSI { $year } :
   *[other] Nous vous confirmons vos { $count } votes aux Prix du SMSI { $year } :
}
prize-mail-votes-final = Les votes sont définitifs. Vous pouvez consulter tous vos votes ici :

## Examen par les experts

prize-review-title = Examen par les experts, Prix du SMSI { $year }
prize-review-intro = Les candidatures de vos catégories. Notez chacune selon les critères publiés ; déclarez un conflit d’intérêts pour tout projet auquel vous êtes lié : il quitte alors votre liste.
prize-review-none = Il n’y a rien à examiner dans vos catégories.
prize-review-one = Examen : { $title }
prize-review-about = Une candidature dans la catégorie { $category }. Notez chaque critère de 1 (faible) à 10 (excellent).
prize-review-this = Examiner ce projet
prize-read-project = Lire le projet
prize-scored = Noté
prize-not-scored = Pas encore noté
prize-scores-heading = Vos notes
prize-field-comment = Commentaire (facultatif)
prize-save-scores = Enregistrer les notes
prize-scores-saved = Vos notes sont enregistrées.
prize-criterion-impact = Résultats et impact
prize-criterion-empowerment = Autonomisation des communautés
prize-criterion-sdg-relevance = Pertinence au regard des ODD
prize-criterion-replicability = Reproductibilité
prize-criterion-sustainability = Durabilité
prize-criterion-partnerships = Partenariats
prize-criterion-wsis-values = Promotion des valeurs du SMSI
prize-score-required = Attribuez une note de 1 à 10.
prize-score-invalid = Une note est un nombre entier de 1 à 10.
prize-conflict-heading = Un conflit d’intérêts
prize-conflict-hint = La raison pour laquelle vous vous récusez (par exemple : « Je conseille cette organisation »). Vous ne verrez plus ce projet et ne pourrez plus le noter.
prize-declare-conflict = Déclarer le conflit
prize-conflict-saved = Votre conflit d’intérêts est enregistré ; le projet a quitté votre liste.
prize-field-reason = Motif
prize-reason-required = Indiquez le motif.
prize-review-closed = Les notes sont attribuées pendant la phase d’examen par les experts.

## Le secrétariat

prize-new-edition = Ouvrir une nouvelle édition
prize-create-edition = Créer l’édition
prize-field-year = Année
prize-year-invalid = Saisissez une année comprise entre 2000 et 2100.
prize-edition-exists = Il existe déjà une édition pour cette année.
prize-dates-heading = Dates des phases (00:00 UTC)
prize-field-submission-opens = Ouverture des candidatures
prize-field-submission-closes = Clôture des candidatures
prize-field-voting-opens = Ouverture du vote
prize-field-voting-closes = Clôture du vote
prize-field-announced-at = Annonce des résultats
prize-field-require-all = Règle du vote
prize-date-invalid = Saisissez une date au format YYYY-MM-DD.
prize-date-order = Chaque date doit être postérieure à la précédente.
prize-save-dates = Enregistrer les dates
prize-edition-saved = L’édition est enregistrée.
prize-sealed = Le décompte de cette édition est scellé : ses votes et ses dates ne changent plus.
prize-manage-title = Gestion des Prix du SMSI { $year }
prize-vote-totals = Votes à ce jour — comptés : { $count }, annulés : { $voided }, votants : { $voters }. (Le public ne voit aucun décompte avant la clôture du vote.)
prize-experts = Experts
prize-experts-none = Aucun expert n’a encore été désigné.
prize-add-expert = Désigner un expert
prize-experts-saved = Les experts sont enregistrés.
prize-account-unknown = Aucun compte n’a cette adresse électronique.
prize-remove = Retirer
prize-ranking = Candidatures classées selon les notes des experts
prize-ranking-none = Aucun projet n’a encore été soumis.
prize-spread = De { $low } à { $high } ({ $experts ->
    [one] { $experts } expert
    [many] { $experts } experts
   *[other] { $experts } experts
})
prize-nominate = Nominer
prize-decline = Écarter
prize-decision-saved = La décision est enregistrée.
prize-publish-nominees = Publier les projets nominés
prize-publish-nominees-help = La publication rend les projets nominés visibles du public ; les décisions du groupe d’experts sont ensuite définitives.
prize-nominees-published = Les projets nominés sont publiés.
prize-nominees-are-published = Les projets nominés sont publiés.
prize-fraud-title = Votes suspects, Prix du SMSI { $year }
prize-fraud-intro = Schémas détectés dans les votes : une rafale de votes pour un même projet nominé, de nombreux comptes votant depuis une même adresse réseau, de nombreux nouveaux comptes avec un même modèle d’adresse électronique. Annulez les votes qu’ils signalent ou classez-les sans suite ; chaque décision, avec son motif, est consignée dans le journal d’audit.
prize-scan = Rechercher des schémas suspects maintenant
prize-scanned = Les votes ont été analysés.
prize-pending = En attente de décision
prize-pending-none = Rien n’est en attente.
prize-decided = Décidé
prize-suspicion-burst = Une rafale de votes
prize-suspicion-address = De nombreux comptes depuis une même adresse
prize-suspicion-pattern = De nombreux nouveaux comptes avec un même modèle d’adresse électronique
prize-accounts-count = { $count ->
    [one] { $count } compte
    [many] { $count } comptes
   *[other] { $count } comptes
}
prize-void-votes = Annuler leurs votes
prize-dismiss = Classer sans suite
prize-decision-voided = votes annulés
prize-decision-dismissed = classé sans suite
prize-suspicion-decided = Une décision a déjà été prise.
prize-void-heading = Annuler les votes d’un compte
prize-field-voter = Numéro du compte
prize-void-voter = Annuler les votes
prize-voter-voided = Les votes du compte sont annulés.
prize-voter-unknown = Ce compte n’existe pas.
prize-audit-title = Journal d’audit, Prix du SMSI { $year }
prize-audit-intro = Toutes les décisions relatives au vote de cette édition, dans l’ordre. Rien n’y est jamais modifié ni supprimé.
prize-audit-none = Aucune décision n’a encore été prise.
prize-actor-platform = La plateforme
prize-audit-edition-created = Édition créée
prize-audit-edition-dates-changed = Dates modifiées
prize-audit-domain-blocked = Domaine de messagerie bloqué
prize-audit-domain-unblocked = Domaine de messagerie débloqué
prize-audit-suspicion-found = Schéma suspect détecté
prize-audit-voter-voided = Votes annulés
prize-audit-suspicion-voided = Soupçon confirmé, votes annulés
prize-audit-suspicion-dismissed = Soupçon classé sans suite
prize-audit-tally-sealed = Décompte scellé (empreinte, bulletins)
prize-audit-winner-chosen = Lauréat choisi
prize-audit-expert-added = Expert désigné
prize-audit-expert-removed = Expert retiré
prize-audit-conflict-declared = Conflit d’intérêts déclaré
prize-audit-nominated = Projet nominé
prize-audit-declined = Projet écarté
prize-audit-nominees-published = Projets nominés publiés
prize-blocked-title = Domaines de messagerie bloqués
prize-blocked-intro = Les comptes dont l’adresse électronique appartient à l’un de ces domaines (adresses jetables) ne peuvent pas voter.
prize-blocked-none = Aucun domaine n’est bloqué.
prize-field-domain = Domaine (par exemple mailinator.com)
prize-block-domain = Bloquer un domaine
prize-domain-invalid = Saisissez un domaine tel que example.com.
prize-domains-saved = La liste est enregistrée.

## Refus d’un vote

prize-vote-closed = Le vote n’est pas ouvert actuellement dans cette édition.
prize-vote-unverified = Confirmez votre adresse électronique avant de voter.
prize-vote-blocked-domain = Les comptes dont l’adresse électronique appartient à ce domaine ne peuvent pas voter.
prize-vote-voided = Les votes de ce compte ont été annulés ; il ne peut pas voter dans cette édition.
prize-vote-already = Vous avez déjà voté dans cette catégorie ; un vote est définitif.
prize-nominee-invalid = Ce projet n’est pas nominé dans cette catégorie.

## Sur la page d’une fiche de l’inventaire

prize-entry-champion = Prix du SMSI { $year } : Champion, { $category }
prize-entry-winner = Prix du SMSI { $year } : Lauréat, { $category }
prize-audit-results-announced = Résultats annoncés
prize-results-of = Les Champions : { $what }
prize-results-all = Tous les résultats

## L’accueil du secrétariat (ticket 11)

secretariat-title = Secrétariat
secretariat-intro = Ce qui attend une décision, dans chaque partie de la plateforme, et les dernières décisions.
secretariat-entries-waiting = Fiches en attente d’examen
secretariat-forum = Forum du SMSI { $year }
secretariat-forum-dates = du { $from } au { $to }
secretariat-call-open = appel à sessions ouvert
secretariat-call-closed = appel à sessions clos
secretariat-agenda-published = { $count ->
    [one] programme publié ({ $count } version)
    [many] programme publié ({ $count } versions)
   *[other] programme publié ({ $count } versions)
}
secretariat-agenda-unpublished = programme non publié
secretariat-proposals-waiting = Propositions de session en attente de décision
secretariat-registrations-waiting = Inscriptions en attente d’approbation
secretariat-outcomes-waiting = Résultats de session en attente d’examen
secretariat-submissions-waiting = Candidatures aux Prix en attente de décision
secretariat-suspicions-waiting = Votes suspects en attente de décision
secretariat-recent = Dernières décisions
secretariat-recent-none = Aucune décision n’a encore été prise.
