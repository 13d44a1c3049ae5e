## Subtitulado automático (incidencia 15): subtítulos en directo, transcripciones de grabaciones.

captions-session-heading = Subtítulos y transcripción
captions-manage-link = Subtitular esta sesión: subtítulos en directo y grabaciones
captions-show-transcript = { $count ->
    [one] Mostrar la transcripción ({ $count } línea)
    [many] Mostrar la transcripción ({ $count } líneas)
   *[other] Mostrar la transcripción ({ $count } líneas)
}
captions-transcript-of = Transcripción de la sesión { $number }: { $title }
captions-source-live = Subtítulos en directo
captions-source-recording = Grabación { $file }
captions-transcript-label = { $source }, { $date }
captions-status-queued = En espera de transcripción
captions-status-running = Transcripción en curso
captions-status-live = Subtitulado en directo
captions-status-stopping = Finalizando
captions-status-done = Terminado
captions-status-failed = Error
captions-untaken = Ningún nodo de reconocimiento de voz se ha hecho cargo todavía de los subtítulos de esta sesión: las líneas aparecerán en cuanto haya uno en funcionamiento. Si esto se prolonga, avise a la secretaría.
captions-language-auto = Detectar el idioma
captions-language-label = Idioma hablado
captions-download-vtt = Subtítulos (WebVTT)
captions-download-txt = Texto

captions-view-title = Subtítulos de la sesión { $number }
captions-back-to-session = Volver a la sesión
captions-size-label = Tamaño del texto
captions-size-m = Mediano
captions-size-l = Grande
captions-size-xl = Muy grande
captions-size-xxl = Enorme
captions-size-apply = Aplicar
captions-state-live = Los subtítulos en directo están activados.
captions-state-stopping = El subtitulado se ha detenido; están llegando las últimas líneas.
captions-state-done = El subtitulado ha finalizado. La transcripción está disponible en la página de la sesión.
captions-state-not-live = No hay subtítulos en directo en este momento. Última transcripción:
captions-state-none = Esta sesión aún no tiene subtítulos. Aparecerán aquí cuando la persona encargada del subtitulado los inicie.
captions-lines-heading = Subtítulos
captions-refresh = Mostrar las líneas nuevas

captions-captioning-title = Subtitulado de la sesión { $number }
captions-live-heading = Subtítulos en directo
captions-open-view = Abrir la vista de subtítulos
captions-mic-intro = Envíe el sonido de la sala desde el micrófono de este dispositivo (o desde la mesa de sonido conectada a él). Mantenga esta página abierta mientras dure la sesión.
captions-mic-start = Activar el micrófono
captions-mic-stop = Pausar el micrófono
captions-mic-on = El micrófono está activado: lo que se dice se está subtitulando.
captions-mic-off = El micrófono está desactivado.
captions-mic-denied = No se ha permitido al navegador utilizar el micrófono. Permítalo en la configuración del sitio y vuelva a activarlo.
captions-mic-error = No se ha podido activar el micrófono en este dispositivo.
captions-mic-ended = El subtitulado en directo se ha detenido: ya no se envía nada más.
captions-mic-needs-script = Para enviar el sonido del micrófono se necesita JavaScript. Sin él, cualquier cliente puede enviar el audio al punto de conexión descrito en la API.
captions-stop = Detener el subtitulado y conservar la transcripción
captions-lines-so-far = Líneas recibidas hasta el momento
captions-correct-hint = Corrija una línea y guárdela: el público verá la corrección de inmediato.
captions-correct = Guardar la corrección
captions-start-heading = Iniciar los subtítulos en directo
captions-start-intro = Los subtítulos se generan mediante reconocimiento de voz en los propios servidores de la plataforma; ningún sonido sale de ellos. El público los sigue en la vista de subtítulos y en la página de la sesión.
captions-start = Iniciar los subtítulos en directo
captions-recording-heading = Transcribir una grabación
captions-recording-file = Grabación
captions-recording-hint = WAV, FLAC, MP3, Ogg Vorbis u Opus, { $size } MB como máximo. Se admiten grabaciones largas: una sesión de 90 minutos en MP3 u Opus no supera ese límite.
captions-recording-send = Transcribir
captions-transcripts-heading = Transcripciones
captions-transcripts-none = Todavía no hay ninguna transcripción.
captions-col-transcript = Transcripción
captions-col-status = Estado
captions-col-length = Duración
captions-col-files = Archivos
captions-back-to-captioning = Volver al subtitulado
captions-correct-title = Corregir la línea de { $time }
captions-heard = La máquina oyó:
captions-line-label = Línea corregida

captions-started = El subtitulado en directo ha comenzado. Active el micrófono para enviar el sonido.
captions-stopped = Subtitulado detenido. Se están reconociendo las últimas líneas y, a continuación, se conservará la transcripción.
captions-corrected = La línea se ha corregido.
captions-recording-queued = La grabación está en cola para su transcripción. Su transcripción aparecerá a continuación cuando esté lista.

captions-not-audio = Este archivo no es una grabación en un formato que la plataforma pueda leer (WAV, FLAC, MP3, Ogg Vorbis u Opus).
captions-no-model = No hay ningún modelo de reconocimiento de voz instalado en la plataforma para este idioma.
captions-recognition-failed = El reconocimiento de voz ha fallado en esta grabación.
captions-recording-lost = No se ha podido volver a leer la grabación desde el almacenamiento.
captions-language-invalid = Elija uno de los seis idiomas, o la detección automática.
captions-file-required = Elija una grabación.
captions-file-too-big = La grabación es demasiado grande.
captions-recording-busy = Se está transcribiendo una grabación de esta sesión; espere a que termine.
captions-live-already = Esta sesión ya se está subtitulando en directo.
captions-not-live = Esta transcripción no se está subtitulando en directo.
captions-seq-invalid = Falta el número del fragmento o está fuera del intervalo permitido.
captions-chunk-invalid = El audio debe estar en PCM de 16 bits y durar 10 segundos como máximo.
captions-line-required = Escriba la línea.
captions-line-too-long = Una línea tiene como máximo 500 caracteres.
captions-outcome-transcript = Transcripción de esta sesión (subtítulos automáticos)
captions-outcome-transcript-hint = Básese en lo que se dijo: copie fragmentos en los resultados. Los subtítulos automáticos pueden contener errores.

captions-room-captioners-heading = Subtituladores de esta sala
captions-room-captioners = Direcciones de correo electrónico de los subtituladores
captions-room-captioners-hint = Una dirección por línea, de cuentas de la plataforma (los técnicos de la sala, por ejemplo). Podrán subtitular todas las sesiones que se celebren en esta sala, en directo o a partir de una grabación.
captions-room-captioners-save = Guardar los subtituladores
captions-captioner-invalid = Una de las direcciones no es una dirección de correo electrónico.
captions-captioner-unknown = Una de las direcciones no tiene cuenta en la plataforma.
captions-captioners-too-many = Una sala tiene como máximo 20 subtituladores.
captions-correct-failed = No se ha guardado: revise la línea e inténtelo de nuevo.
captions-state-failed = El subtitulado se detuvo por un error. Las líneas recibidas siguen aquí.
captions-recording-too-long = La grabación dura más de tres horas. Divídala en partes.
captions-job-failed = El reconocimiento se detuvo tras fallos repetidos del servicio de subtitulado.
