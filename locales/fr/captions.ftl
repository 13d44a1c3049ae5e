## Sous-titrage automatique (ticket 15) : sous-titres en direct, transcriptions d’enregistrements.

captions-session-heading = Sous-titres et transcription
captions-manage-link = Sous-titrer cette session : sous-titres en direct et enregistrements
captions-show-transcript = { $count ->
    [one] Afficher la transcription ({ $count } ligne)
    [many] Afficher la transcription ({ $count } lignes)
   *[other] Afficher la transcription ({ $count } lignes)
}
captions-transcript-of = Transcription de la session { $number } : { $title }
captions-source-live = Sous-titres en direct
captions-source-recording = Enregistrement { $file }
captions-transcript-label = { $source }, { $date }
captions-status-queued = En attente de transcription
captions-status-running = Transcription en cours
captions-status-live = Sous-titrage en direct
captions-status-stopping = Finalisation en cours
captions-status-done = Terminé
captions-status-failed = Échec
captions-untaken = Aucun nœud de reconnaissance vocale n’a encore pris en charge les sous-titres de cette session : les lignes apparaîtront dès qu’un nœud sera en marche. Si cela dure, prévenez le secrétariat.
captions-language-auto = Détecter la langue
captions-language-label = Langue parlée
captions-download-vtt = Sous-titres (WebVTT)
captions-download-txt = Texte

captions-view-title = Sous-titres de la session { $number }
captions-back-to-session = Retour à la session
captions-size-label = Taille du texte
captions-size-m = Moyenne
captions-size-l = Grande
captions-size-xl = Très grande
captions-size-xxl = Immense
captions-size-apply = Appliquer
captions-state-live = Les sous-titres en direct sont activés.
captions-state-stopping = Le sous-titrage s’est arrêté ; les dernières lignes arrivent.
captions-state-done = Le sous-titrage est terminé. La transcription figure sur la page de la session.
captions-state-not-live = Aucun sous-titre en direct pour le moment. Dernière transcription :
captions-state-none = Cette session n’a pas encore de sous-titres. Ils apparaîtront ici dès que la personne chargée du sous-titrage les lancera.
captions-lines-heading = Sous-titres
captions-refresh = Afficher les nouvelles lignes

captions-captioning-title = Sous-titrage de la session { $number }
captions-live-heading = Sous-titres en direct
captions-open-view = Ouvrir l’affichage des sous-titres
captions-mic-intro = Transmettez le son de la salle à partir du microphone de cet appareil (ou de la console de son qui y est reliée). Laissez cette page ouverte pendant toute la durée de la session.
captions-mic-start = Activer le microphone
captions-mic-stop = Mettre le microphone en pause
captions-mic-on = Le microphone est activé : les propos tenus sont sous-titrés.
captions-mic-off = Le microphone est désactivé.
captions-mic-denied = Le navigateur n’a pas été autorisé à utiliser le microphone. Autorisez-le dans les paramètres du site, puis réactivez-le.
captions-mic-error = Le microphone n’a pas pu être activé sur cet appareil.
captions-mic-ended = Le sous-titrage en direct s’est arrêté : plus rien n’est transmis.
captions-mic-needs-script = La transmission du son du microphone nécessite JavaScript. Sans JavaScript, n’importe quel client peut envoyer l’audio au point de terminaison décrit dans l’API.
captions-stop = Arrêter le sous-titrage et conserver la transcription
captions-lines-so-far = Lignes reçues jusqu’à présent
captions-correct-hint = Corrigez une ligne et enregistrez-la : le public voit immédiatement la correction.
captions-correct = Enregistrer la correction
captions-start-heading = Lancer les sous-titres en direct
captions-start-intro = Les sous-titres sont produits par reconnaissance vocale sur les serveurs mêmes de la plateforme ; aucun son n’en sort. Le public les suit dans l’affichage des sous-titres et sur la page de la session.
captions-start = Lancer les sous-titres en direct
captions-recording-heading = Transcrire un enregistrement
captions-recording-file = Enregistrement
captions-recording-hint = WAV, FLAC, MP3, Ogg Vorbis ou Opus, { $size } Mo au maximum. Les enregistrements longs sont acceptés : une session de 90 minutes au format MP3 ou Opus respecte cette limite.
captions-recording-send = Transcrire
captions-transcripts-heading = Transcriptions
captions-transcripts-none = Aucune transcription pour le moment.
captions-col-transcript = Transcription
captions-col-status = État
captions-col-length = Durée
captions-col-files = Fichiers
captions-back-to-captioning = Retour au sous-titrage
captions-correct-title = Corriger la ligne à { $time }
captions-heard = La machine a entendu :
captions-line-label = Ligne corrigée

captions-started = Le sous-titrage en direct a commencé. Activez le microphone pour transmettre le son.
captions-stopped = Le sous-titrage est arrêté. Les dernières lignes sont en cours de reconnaissance, puis la transcription sera conservée.
captions-corrected = La ligne a été corrigée.
captions-recording-queued = L’enregistrement est en attente de transcription. Sa transcription apparaîtra ci-dessous une fois terminée.

captions-not-audio = Ce fichier n’est pas un enregistrement dans un format lisible par la plateforme (WAV, FLAC, MP3, Ogg Vorbis ou Opus).
captions-no-model = Aucun modèle de reconnaissance vocale n’est installé sur la plateforme pour cette langue.
captions-recognition-failed = La reconnaissance vocale a échoué pour cet enregistrement.
captions-recording-lost = L’enregistrement n’a pas pu être relu depuis l’espace de stockage.
captions-language-invalid = Choisissez l’une des six langues, ou la détection automatique.
captions-file-required = Choisissez un enregistrement.
captions-file-too-big = L’enregistrement est trop volumineux.
captions-recording-busy = Un enregistrement de cette session est en cours de transcription ; attendez qu’il soit terminé.
captions-live-already = Cette session fait déjà l’objet d’un sous-titrage en direct.
captions-not-live = Cette transcription ne fait pas l’objet d’un sous-titrage en direct.
captions-seq-invalid = Le numéro du segment est manquant ou hors limites.
captions-chunk-invalid = L’audio doit être au format PCM 16 bits et durer au plus 10 secondes.
captions-line-required = Saisissez la ligne.
captions-line-too-long = Une ligne compte au plus 500 caractères.
captions-outcome-transcript = Transcription de cette session (sous-titres automatiques)
captions-outcome-transcript-hint = Appuyez-vous sur ce qui a été dit : copiez-en des passages dans les résultats. Les sous-titres automatiques peuvent contenir des erreurs.

captions-room-captioners-heading = Sous-titreurs de cette salle
captions-room-captioners = Adresses électroniques des sous-titreurs
captions-room-captioners-hint = Une adresse par ligne, de comptes de la plateforme (les techniciens de la salle, par exemple). Ils peuvent sous-titrer toutes les sessions tenues dans cette salle, en direct ou à partir d’un enregistrement.
captions-room-captioners-save = Enregistrer les sous-titreurs
captions-captioner-invalid = L’une des adresses n’est pas une adresse électronique.
captions-captioner-unknown = L’une des adresses n’a pas de compte sur la plateforme.
captions-captioners-too-many = Une salle a au plus 20 sous-titreurs.
captions-correct-failed = Non enregistré : vérifiez la ligne et réessayez.
captions-state-failed = Le sous-titrage s’est arrêté à cause d’une erreur. Les lignes déjà reçues restent ici.
captions-recording-too-long = L’enregistrement dure plus de trois heures. Découpez-le en plusieurs parties.
captions-job-failed = La reconnaissance s’est arrêtée après des échecs répétés du service de sous-titrage.
