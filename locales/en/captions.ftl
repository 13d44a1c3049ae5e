## Machine captioning (issue 15): live captions, transcripts of recordings.

captions-session-heading = Captions and transcript
captions-manage-link = Caption this session: live captions and recordings
captions-show-transcript = { $count ->
    [one] Show the transcript ({ $count } line)
   *[other] Show the transcript ({ $count } lines)
}
captions-transcript-of = Transcript of session { $number }: { $title }
captions-source-live = Live captions
captions-source-recording = Recording { $file }
captions-transcript-label = { $source }, { $date }
captions-status-queued = Waiting to be transcribed
captions-status-running = Being transcribed
captions-status-live = Captioning live
captions-status-stopping = Finishing
captions-status-done = Done
captions-status-failed = Failed
captions-untaken = No speech recognition node has taken this session's captions yet: the lines will appear once one is running. If this lasts, tell the secretariat.
captions-language-auto = Detect the language
captions-language-label = Language spoken
captions-download-vtt = Captions (WebVTT)
captions-download-txt = Text

captions-view-title = Captions of session { $number }
captions-back-to-session = Back to the session
captions-size-label = Text size
captions-size-m = Medium
captions-size-l = Large
captions-size-xl = Very large
captions-size-xxl = Huge
captions-size-apply = Apply
captions-state-live = Live captions are on.
captions-state-stopping = Captioning has stopped; the last lines are coming.
captions-state-done = Captioning has ended. The transcript is on the session's page.
captions-state-not-live = No live captions now. The latest transcript:
captions-state-none = This session has no captions yet. When its captioner starts them, they appear here.
captions-lines-heading = Captions
captions-refresh = Show the new lines

captions-captioning-title = Captioning of session { $number }
captions-live-heading = Live captions
captions-open-view = Open the caption view
captions-mic-intro = Send the room's sound from this device's microphone (or from the sound desk connected to it). Keep this page open while the session runs.
captions-mic-start = Start the microphone
captions-mic-stop = Pause the microphone
captions-mic-on = The microphone is on: what is said is being captioned.
captions-mic-off = The microphone is off.
captions-mic-denied = The browser was not allowed to use the microphone. Allow it in the site settings, then start again.
captions-mic-error = The microphone could not be started on this device.
captions-mic-ended = Live captioning has stopped: nothing more is sent.
captions-mic-needs-script = Sending the microphone needs JavaScript. Without it, any client can send the audio to the endpoint described in the API.
captions-stop = Stop captioning and keep the transcript
captions-lines-so-far = Lines so far
captions-correct-hint = Correct a line and save it: viewers see the correction at once.
captions-correct = Save the correction
captions-start-heading = Start live captions
captions-start-intro = Captions are recognised on the platform's own servers; no sound leaves them. Viewers follow them on the caption view and on the session's page.
captions-start = Start live captions
captions-recording-heading = Transcribe a recording
captions-recording-file = Recording
captions-recording-hint = WAV, FLAC, MP3, Ogg Vorbis or Opus, at most { $size } MB. Long recordings are fine: a 90-minute session as MP3 or Opus fits.
captions-recording-send = Transcribe
captions-transcripts-heading = Transcripts
captions-transcripts-none = No transcript yet.
captions-col-transcript = Transcript
captions-col-status = Status
captions-col-length = Length
captions-col-files = Files
captions-back-to-captioning = Back to captioning
captions-correct-title = Correct the line at { $time }
captions-heard = The machine heard:
captions-line-label = Corrected line

captions-started = Live captioning has started. Start the microphone to send the sound.
captions-stopped = Captioning stopped. The last lines are being recognised, then the transcript is kept.
captions-corrected = The line is corrected.
captions-recording-queued = The recording is queued for transcription. Its transcript appears below when it is done.

captions-not-audio = This file is not a recording in a format the platform reads (WAV, FLAC, MP3, Ogg Vorbis or Opus).
captions-no-model = No speech model for this language is installed on the platform.
captions-recognition-failed = Speech recognition failed on this recording.
captions-recording-lost = The recording could not be read back from storage.
captions-language-invalid = Choose one of the six languages, or detection.
captions-file-required = Choose a recording.
captions-file-too-big = The recording is too large.
captions-recording-busy = A recording of this session is being transcribed; wait until it is done.
captions-live-already = This session is being captioned live already.
captions-not-live = This transcript is not being captioned live.
captions-seq-invalid = The chunk's number is missing or out of range.
captions-chunk-invalid = The audio must be 16-bit PCM, and at most 10 seconds long.
captions-line-required = Write the line.
captions-line-too-long = A line is at most 500 characters long.
captions-outcome-transcript = This session's transcript (machine captions)
captions-outcome-transcript-hint = Draw on what was said: copy from it into the outcome. Machine captions may hold mistakes.

captions-room-captioners-heading = Captioners of this room
captions-room-captioners = Captioners' e-mail addresses
captions-room-captioners-hint = One address per line: accounts of the platform (the room's technicians, for example). They may caption every session held in this room, live or from a recording.
captions-room-captioners-save = Save the captioners
captions-captioner-invalid = One of the addresses is not an e-mail address.
captions-captioner-unknown = One of the addresses has no account on the platform.
captions-captioners-too-many = A room has at most 20 captioners.
captions-correct-failed = Not saved: check the line and try again.
captions-state-failed = Captioning stopped because of an error. The lines so far stay here.
captions-recording-too-long = The recording is longer than three hours. Cut it in parts.
captions-job-failed = Recognition stopped after repeated failures of the captioning worker.
