# El Foro de la CMSI: ediciones, programa, exportaciones, editor del calendario.

forum-no-editions = Todavía no se ha anunciado ninguna edición del Foro.
forum-edition-name = Foro de la CMSI { $year }
forum-dates = Fechas
forum-venue = Lugar
forum-sessions = Sesiones
forum-about = Acerca del Foro
forum-news = Noticias
forum-consultation = Proceso de consulta abierta
forum-phase-current = En curso
forum-phase-until = { $start } – { $end }
forum-partners = Asociados
forum-partner-tier-gold-plus = Asociados Oro Plus
forum-partner-tier-gold = Asociados Oro
forum-partner-tier-specific = Asociados para actividades específicas
forum-partner-tier-contributing = Asociados contribuyentes
forum-partner-tier-supporting = Asociados de apoyo
forum-open-data = Programa en datos abiertos
forum-back-to-edition = Volver al Foro
forum-not-published = Todavía no se ha publicado el programa.
forum-agenda-title = Programa
forum-agenda-of = Programa del Foro de la CMSI { $year }
forum-agenda-nav = Vistas del programa
forum-agenda-by-day = Por día
forum-agenda-grid = Cuadrícula de salas y horarios
forum-grid-title = Cuadrícula del programa
forum-grid-of = Cuadrícula del programa del Foro de la CMSI { $year }
forum-all-title = Programa completo
forum-all-of = Programa completo del Foro de la CMSI { $year }
forum-speakers-title = Oradores
forum-speakers-of = Oradores del Foro de la CMSI { $year }
forum-speaker-count = { $count ->
    [one] { $count } orador
   *[other] { $count } oradores
}
forum-changes-title = Cambios
forum-changes-of = Cambios en el programa del Foro de la CMSI { $year }
forum-version = Versión { $number }
forum-version-first = Primera versión publicada.
forum-change-added = Sesión { $number } añadida: { $title }
forum-change-removed = Sesión { $number } suprimida: { $title }
forum-change-retitled = Sesión { $number } con nuevo título: «{ $from }» pasa a ser «{ $to }»
forum-change-moved = Sesión { $number } ({ $title }) trasladada de { $from } a { $to }
forum-change-speakers = Sesión { $number } ({ $title }): cambio de oradores
forum-mine-title = Mi programa
forum-mine-of = Mi programa para el Foro de la CMSI { $year }
forum-mine-account = Sus elecciones se guardan en su cuenta.
forum-mine-browser = Sus elecciones se guardan solo en este navegador. Inicie sesión para guardarlas en su cuenta.
forum-mine-feed = Suscribirse a mi programa (iCalendar)
forum-mine-empty = Todavía no ha elegido ninguna sesión. Utilice «Añadir a mi programa» en las sesiones a las que desee asistir.
forum-pick = Añadir a mi programa
forum-unpick = Quitar de mi programa
forum-times-in-venue-zone = Los horarios se indican en la zona horaria del Foro ({ $zone }).
forum-times-in-zone = Los horarios se indican en la zona horaria { $zone }.
forum-zone-unknown = Esta zona horaria es desconocida; los horarios se indican en la zona horaria del Foro.
forum-use-my-zone = Mostrar los horarios en mi zona horaria
forum-change-zone = Elegir una zona horaria
forum-zone-label = Zona horaria
forum-zone-hint = Un nombre de zona horaria de la IANA, como Africa/Nairobi o America/New_York.
forum-zone-submit = Mostrar los horarios
forum-days = Días del Foro
forum-filters = Filtrar el programa
forum-filter-type = Tipo de sesión
forum-filter-action-line = Línea de Acción
forum-filter-sdg = Objetivo de Desarrollo Sostenible
forum-filter-language = Idioma
forum-filter-access = Accesibilidad
forum-filter-any = Cualquiera
forum-filter-submit = Filtrar
forum-no-sessions = Ninguna sesión de este día coincide con estos filtros.
forum-session-count = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
forum-time = Hora
forum-access-captioning = Subtitulado
forum-access-interpretation = Interpretación
forum-access-sign-language = Lengua de señas
forum-access-remote = Participación a distancia
forum-access-step-free = Acceso sin escalones
forum-room-capacity = { $count ->
    [one] { $count } asiento
   *[other] { $count } asientos
}
forum-room-interpretation = Cabinas de interpretación
forum-room-captioning = Subtitulado
forum-room-step-free = Acceso sin escalones
forum-room-feed = Las sesiones de esta sala en su calendario (iCalendar)
forum-back-to-agenda = Volver al programa
forum-session-number = Número de sesión
forum-session-type = Tipo
forum-session-when = Cuándo
forum-venue-time = { $time } en el lugar del Foro
forum-session-room = Sala
forum-session-languages = Idiomas
forum-session-access = Accesibilidad
forum-session-remote = Participación a distancia
forum-session-join = Participar a distancia
forum-add-to-calendar = Añadir a mi calendario (iCalendar)
forum-session-abstract = Acerca de la sesión
forum-session-organisers = Organizadores
forum-session-speakers = Oradores
forum-session-links = Líneas de Acción y ODS
forum-session-documents = Documentos

speaker-role-moderator = Moderador
speaker-role-keynote = Orador principal
speaker-role-panellist = Panelista
speaker-role-speaker = Orador
speaker-role-rapporteur = Relator
speaker-role-high-level-facilitator = Facilitador de la serie de sesiones de alto nivel

session-type-opening = Ceremonia de apertura
session-type-high-level-policy = Sesión de alto nivel sobre políticas
session-type-ministerial-round-table = Mesa redonda ministerial
session-type-prize-ceremony = Ceremonia de entrega de los Premios de la CMSI
session-type-high-level-dialogue = Diálogo de alto nivel
session-type-action-line-facilitation = Reunión de facilitación de una Línea de Acción
session-type-thematic-workshop = Taller temático
session-type-country-workshop = Taller de país
session-type-interactive = Sesión interactiva
session-type-information = Sesión informativa
session-type-knowledge-cafe = Café del conocimiento
session-type-open-space = Charla en espacio abierto
session-type-hackathon = Hackatón
session-type-exhibition = Exposición
session-type-accessibility = Sesión del Día de la Accesibilidad

conflict-impossible-slot = La sesión termina antes de empezar o dura más de 12 horas.
conflict-unknown-room = La sala no existe en esta edición.
conflict-room-double-booked = Hay dos sesiones en la misma sala a la misma hora.
conflict-speaker-double-booked = Un orador participa en dos sesiones a la misma hora.
conflict-speaker-unavailable = Un orador no está disponible a esa hora.
conflict-outside-forum-days = La sesión queda fuera de los días del Foro.
conflict-outside-room-hours = La sesión queda fuera del horario de apertura de la sala.
conflict-room-too-small = La sala es demasiado pequeña para el público previsto.
conflict-no-captioning = La sesión requiere subtitulado y la sala no dispone de él.
conflict-no-interpretation = La sesión requiere interpretación y la sala no dispone de cabinas.

# La convocatoria de sesiones y el examen de la secretaría.
forum-propose-title = Proponer una sesión
forum-propose-of = Proponer una sesión para el Foro de la CMSI { $year }
forum-propose-intro = Proponga una sesión para el Foro: la secretaría examina cada propuesta y puede aceptarla, rechazarla, pedir modificaciones o fusionarla con otra similar. Cada orador recibe un correo electrónico en el que se le pide que confirme su participación.
forum-propose-submit = Enviar la propuesta
forum-proposals-closed = La convocatoria de sesiones está cerrada.
forum-field-type = Tipo de sesión
forum-field-title = Título
forum-field-abstract = Resumen
forum-field-abstract-hint = Hasta 5000 caracteres. Se admite Markdown: *énfasis*, listas, enlaces.
forum-field-organisers = Organizadores
forum-field-organisers-hint = Una entidad organizadora por línea.
forum-field-audience = Público previsto (personas)
forum-field-action-lines = Líneas de Acción
forum-field-sdgs = Objetivos de Desarrollo Sostenible
forum-field-languages = Idiomas de la sesión
forum-field-needs = Necesidades y participación a distancia
forum-field-speakers = Oradores
forum-field-speakers-hint = Nombre, organización, correo electrónico y rol de cada orador; deje vacías las filas que no utilice.
forum-speaker-name = Nombre del orador
forum-speaker-organisation = Organización del orador
forum-speaker-email = Correo electrónico del orador
forum-speaker-role = Rol del orador
forum-speaker-is-confirmed = confirmado
forum-speaker-not-confirmed = aún no confirmado
forum-proposals-title = Mis propuestas de sesión
forum-proposals-none = Todavía no hay ninguna propuesta.
forum-proposal-edit = Modificar la propuesta
forum-proposal-sent = Su propuesta se ha enviado a la secretaría.
forum-proposal-saved = Sus cambios se han guardado y enviado a la secretaría.
forum-proposal-not-editable = Esta propuesta ya no puede modificarse.
forum-proposal-stale = Otra persona ha modificado esta propuesta entretanto. Vuelva a cargarla y haga de nuevo sus cambios.
forum-speaker-confirm-title = Confirme su participación como orador
forum-speaker-confirm-text = Se le ha propuesto como orador de una sesión del Foro de la CMSI. Confirme que participará.
forum-speaker-confirm-submit = Confirmo
forum-speaker-confirmed = Gracias: su participación ha quedado confirmada.
forum-speaker-token-invalid = Este enlace de confirmación no es válido.
forum-review-title = Propuestas de sesión
forum-review-of = Propuestas de sesión para el Foro de la CMSI { $year }
forum-review-filter = Propuestas por estado
forum-review-decide = Decidir
forum-review-action = Decisión
forum-review-accept = Aceptar
forum-review-request-changes = Pedir modificaciones
forum-review-decline = Rechazar
forum-review-comment = Comentario para quien presentó la propuesta
forum-review-submit = Registrar la decisión
forum-review-comment-required = Explique en un comentario la decisión a quien presentó la propuesta.
forum-review-comment-too-long = El comentario es demasiado largo (5000 caracteres como máximo).
forum-merge-into = Fusionar con la propuesta
forum-merge-submit = Fusionar
forum-merge-target-invalid = Elija otra propuesta abierta del mismo Foro con la que fusionarla.
forum-publish-blocked = No se puede publicar el calendario: una sesión tiene una franja horaria imposible o una sala desconocida.
forum-publish-stale = Entretanto se ha publicado otra versión del calendario. Vuelva a cargar el calendario y publíquelo de nuevo.
session-status-proposed = Propuesta
session-status-changes-requested = Modificaciones solicitadas
session-status-accepted = Aceptada
session-status-declined = Rechazada
session-status-merged = Fusionada con otra propuesta
session-type-invalid = Elija uno de los tipos de sesión.
session-type-code-invalid = Utilice entre 2 y 40 letras minúsculas, cifras o guiones.
abstract-required = Describa la sesión en un resumen.
abstract-too-long = El resumen es demasiado largo (5000 caracteres como máximo).
organisers-required = Indique al menos un organizador.
organisers-too-long = Como máximo 20 organizadores, cada uno con hasta 200 caracteres.
speaker-name-required = Indique el nombre de cada orador.
speaker-organisation-required = Indique la organización de cada orador.
speaker-too-long = El nombre o la organización de un orador es demasiado largo.
speaker-email-invalid = Indique una dirección de correo electrónico válida para cada orador.
speaker-role-invalid = Elija un rol para cada orador.
speaker-duplicate = El mismo orador figura dos veces.
speakers-too-many = Como máximo 20 oradores.
session-languages-required = Elija al menos un idioma.
expected-audience-invalid = Indique el público previsto con un número entre 0 y 10 000.
review-action-invalid = Elija una decisión.
session-review-not-allowed = Esta decisión no es posible para una propuesta en este estado.
track-invalid = Elija una serie de sesiones.
time-invalid = Indique una hora con el formato HH:MM.
attendance-mode-invalid = Elija presencial o a distancia.
sessions-invalid = Indique números de sesión separados por comas.
mail-speaker-subject = Foro de la CMSI: confirme, por favor, su intervención en una sesión
mail-speaker-invited = Se le ha propuesto como { $role } de la sesión «{ $title }». Confirme, por favor, su participación mediante este enlace:
mail-proposal-accepted = Su propuesta de sesión «{ $title }» ha sido aceptada. La secretaría la incluirá en el programa.
mail-proposal-declined = Su propuesta de sesión «{ $title }» ha sido rechazada. Comentario de la secretaría:
mail-proposal-changes = La secretaría solicita modificaciones en su propuesta de sesión «{ $title }». Su comentario:

# El editor del calendario.
forum-schedule-title = Editor del calendario
forum-schedule-of = Editor del calendario del Foro de la CMSI { $year }
forum-schedule-publish = Publicar el calendario
forum-schedule-never-published = Todavía no se ha publicado el calendario.
forum-schedule-published-version = El programa público muestra la versión { $number }.
forum-schedule-note = Nota para el registro de cambios
forum-schedule-publish-submit = Publicar como nueva versión
forum-schedule-conflicts = { $count ->
    [one] { $count } conflicto
   *[other] { $count } conflictos
}
forum-schedule-no-conflicts = No hay ningún conflicto en el calendario de trabajo.
forum-schedule-sessions = Sesiones aceptadas
forum-schedule-unplaced = Aún sin ubicar
forum-schedule-unplaced-count = Aún sin ubicar ({ $count })
forum-schedule-has-conflict = en conflicto
forum-schedule-date = Día
forum-schedule-start = Inicio (HH:MM)
forum-schedule-end = Fin (HH:MM)
forum-schedule-place = Ubicar
forum-schedule-unplace = Quitar del calendario
forum-schedule-place-anyway = Ubicarla de todos modos
forum-schedule-date-invalid = Elija uno de los días del Foro.
forum-schedule-blocked = Esta franja horaria no puede utilizarse.
forum-schedule-confirm-conflicts = Esta ubicación provoca los conflictos que figuran a continuación. Ubique la sesión de todos modos o elija otra franja horaria.
forum-schedule-stale = Otra persona ha modificado esta sesión entretanto. Vuelva a cargar el calendario e inténtelo de nuevo.
forum-manage-schedule = Editor del calendario
forum-manage-proposals = Propuestas de sesión

# Inscripción, registro de llegada y participación.
forum-register-title = Inscribirse
forum-register-of = Inscribirse en el Foro de la CMSI { $year }
forum-register-intro = Inscríbase para participar de forma presencial en Ginebra o a distancia. El personal de los Estados Miembros, los organismos de las Naciones Unidas y los miembros de la UIT que se inscribe con la dirección de correo electrónico de su organización recibe la acreditación de inmediato; la secretaría aprueba las demás inscripciones. La plaza presencial es suya cuando se aprueba su inscripción.
forum-register-mode = Participación
forum-register-category = Categoría de participante
forum-register-category-hint = Los Estados Miembros, los organismos de las Naciones Unidas y los miembros de la UIT reciben la acreditación de inmediato si se registró con la dirección de correo electrónico de su organización; de lo contrario, y en las demás categorías, la secretaría aprueba la inscripción.
forum-register-accessibility = Necesidades de accesibilidad
forum-register-accessibility-hint = Por ejemplo: acceso sin escalones, lengua de señas, subtitulado, un asiento en las primeras filas.
forum-register-consent = Acepto que la secretaría conserve estos datos para organizar el Foro y elaborar sus estadísticas.
forum-register-submit = Inscribirse
forum-register-badge = Su credencial
forum-register-badge-text = Muestre este código en la entrada; el personal lo escaneará o lo introducirá manualmente.
forum-registrations-title = Inscripciones
forum-registrations-of = Inscripciones en el Foro de la CMSI { $year }
forum-registrations-none = Ninguna inscripción coincide con estos filtros.
forum-registration-approve = Aprobar
forum-registration-decline = Rechazar
forum-check-in-title = Registro de llegada
forum-check-in-of = Registro de llegada al Foro de la CMSI { $year }
forum-check-in-code = Código de la credencial o nombre
forum-check-in-hint = Escanee el código QR de la credencial, introduzca el código impreso debajo de él o escriba parte del nombre, la dirección de correo electrónico o la organización.
forum-check-in-submit = Registrar la llegada
forum-participation-title = Participación
forum-participation-of = Participación en el Foro de la CMSI { $year }
forum-participation-total = { $count ->
    [one] { $count } participante inscrito procedente de { $countries ->
        [one] { $countries } país o zona
       *[other] { $countries } países y zonas
    }
   *[other] { $count } participantes inscritos procedentes de { $countries ->
        [one] { $countries } país o zona
       *[other] { $countries } países y zonas
    }
}
forum-participation-by-mode = Participantes presenciales y a distancia
forum-participation-by-stakeholder = Participantes por tipo de parte interesada
forum-participation-by-region = Participantes por región
forum-participation-by-country = Participantes por país o zona (los 30 principales de { $count })
forum-participation-other-region = Otras
forum-participants = Participantes
attendance-on-site = Presencial
attendance-remote = A distancia
registration-category-member-state = Estado Miembro
registration-category-un-agency = Organismo de las Naciones Unidas
registration-category-itu-member = Miembro de la UIT
registration-category-ngo = Organización no gubernamental
registration-category-business = Sector empresarial
registration-category-academia = Instituciones académicas
registration-category-media = Medios de comunicación
registration-category-individual = Particular
registration-status-pending = Su inscripción está pendiente de aprobación por la secretaría.
registration-status-approved = Su inscripción ha sido aprobada.
registration-status-declined = Su inscripción ha sido rechazada.
registration-category-invalid = Elija una categoría de participante.
registration-status-invalid = Elija aprobar o rechazar.
registration-consent-required = Para inscribirse, acepte el tratamiento de sus datos.
registration-full = No quedan plazas para la participación presencial en el Foro. Todavía puede inscribirse para participar a distancia.
registration-full-on-approval = No queda ninguna plaza presencial: las inscripciones aprobadas completan la capacidad del Foro. Rechace esta o aumente primero la capacidad de la edición.
accreditation-heading = Acreditación por dominio de correo electrónico
accreditation-domains-hint = Un dominio por línea, por ejemplo gov.ke. Una inscripción en esta categoría solo se aprueba de inmediato si la dirección de correo electrónico de la persona pertenece a uno de estos dominios (o a un subdominio); cualquier otra espera su aprobación.
accreditation-domain-invalid = Introduzca solo nombres de dominio, uno por línea, por ejemplo gov.ke.
accreditation-too-many = Indique como máximo 100 dominios por categoría.
registration-already-decided = Ya se ha tomado una decisión sobre esta inscripción.
accessibility-too-long = La descripción de las necesidades de accesibilidad es demasiado larga (1000 caracteres como máximo).
check-in-unknown = Este código no corresponde a ninguna inscripción en este Foro.
check-in-not-approved = La inscripción de { $name } no está aprobada.
check-in-already = La llegada de { $name } ya se registró ({ $time }).
check-in-welcome = Le damos la bienvenida, { $name } ({ $title }).
mail-registration-subject = Foro de la CMSI { $year }: su inscripción
mail-registration-approved = Su inscripción en el Foro de la CMSI { $year } está confirmada. Código de su credencial:
mail-registration-pending = Hemos recibido su inscripción en el Foro de la CMSI { $year }. La secretaría la confirmará por correo electrónico.
mail-registration-declined = Su inscripción en el Foro de la CMSI { $year } ha sido rechazada.
forum-manage-registrations = Inscripciones
forum-manage-check-in = Registro de llegada
forum-register-badge-pdf = Descargar su credencial (PDF)
registration-badge-not-approved = Su credencial estará disponible cuando se apruebe su inscripción.

## Editores de un foro para uso de la secretaría
forum-manage-nav = Configuración del foro
forum-manage-settings = Configuración del foro
forum-manage-title-edition = Datos de la edición
forum-manage-tab-edition = Edición
forum-manage-tab-rooms = Salas
forum-manage-tab-phases = Fases de consulta
forum-manage-tab-partners = Asociados
forum-manage-tab-pages = Páginas del sitio web
forum-manage-tab-types = Tipos de sesión
forum-manage-tab-editions = Ediciones
forum-manage-saved = Guardado.
forum-manage-removed = Eliminado.
forum-manage-actions = Acciones
forum-manage-edit = Editar { $name }
forum-manage-remove = Eliminar { $name }
forum-manage-save = Guardar
forum-manage-add = Añadir
forum-manage-write = Redactar la página
forum-manage-empty = Todavía no hay nada aquí.
forum-manage-yes = Sí
forum-manage-no = No
forum-manage-hours = Horario
forum-manage-add-room = Añadir una sala
forum-manage-add-phase = Añadir una fase
forum-manage-add-partner = Añadir un asociado
forum-manage-add-type = Añadir un tipo de sesión
forum-manage-new-edition = Crear una edición
forum-manage-new-page = Redactar una página nueva
forum-manage-pages-caption = Páginas en cada idioma
forum-manage-missing = Aún no redactada
forum-manage-builtin = Predefinido
forum-manage-custom = Añadido por la secretaría
forum-manage-origin = Origen
forum-field-in-language = { $field } ({ $name })
forum-field-year = Año
forum-field-theme = Tema
forum-field-starts-on = Primer día
forum-field-ends-on = Último día
forum-field-venue = Lugar
forum-field-time-zone = Zona horaria
forum-field-time-zone-hint = Zona horaria del lugar según su nombre IANA, por ejemplo Europe/Zurich.
forum-field-capacity = Aforo presencial
forum-field-proposals-open = Convocatoria de sesiones
forum-proposals-open-yes = Abierta
forum-proposals-open-no = Cerrada
forum-field-room-code = Código
forum-field-room-code-hint = Letras, dígitos y guiones. Se usa en la dirección de la sala.
forum-field-room-name = Nombre
forum-field-room-capacity = Asientos
forum-field-room-features = Equipamiento
forum-room-feature-interpretation = Cabinas de interpretación
forum-room-feature-captioning = Subtitulado
forum-room-feature-step-free = Acceso sin escalones
forum-field-opens = Hora de apertura
forum-field-closes = Hora de cierre
forum-field-clock-hint = Hora local en formato HH:MM.
forum-field-phase-title = Título
forum-field-phase-starts = Fecha de inicio
forum-field-phase-ends = Fecha de finalización (opcional)
forum-field-tier = Categoría
forum-field-partner-name = Nombre
forum-field-partner-url = Sitio web
forum-field-page-slug = Dirección de la página
forum-field-page-slug-hint = Letras minúsculas, dígitos y guiones, por ejemplo about o news.
forum-field-page-language = Idioma
forum-field-page-title = Título
forum-field-page-body = Texto
forum-field-page-body-hint = Markdown: encabezados, listas, enlaces y énfasis. Se eliminan los scripts y el HTML sin procesar.
forum-field-type-code = Código
forum-field-type-code-hint = Letras minúsculas, dígitos y guiones, por ejemplo youth-forum.
forum-field-track = Serie de sesiones
forum-field-type-name = Nombre
forum-track-high-level = Serie de sesiones de alto nivel
forum-track-forum = Serie de sesiones del Foro
forum-text-required = Rellene este campo.
forum-text-too-long = Este texto es demasiado largo.
forum-choice-invalid = Elija una de las opciones.
forum-number-required = Introduzca un número.
forum-number-invalid = Introduzca un número entero dentro del intervalo permitido.
forum-date-required = Introduzca una fecha con el formato 2019-04-08.
forum-url-required = Introduzca la dirección web.
forum-ends-before-start = El final es anterior al inicio.
forum-too-long = Un foro dura como máximo 14 días.
forum-time-zone-invalid = Introduzca el nombre de una zona horaria, por ejemplo Europe/Zurich.
forum-year-invalid = Introduzca un año entre 2003 y 2100.
forum-year-taken = Ya existe una edición para este año.
room-code-invalid = Utilice solo letras, dígitos y guiones, 20 caracteres como máximo.
room-code-taken = Otra sala de esta edición ya tiene este código.
room-closes-before-opens = La sala debe cerrar después de abrir.
page-slug-invalid = Utilice solo letras minúsculas, dígitos y guiones, 40 caracteres como máximo.
session-type-taken = Este código ya lo usa otro tipo de sesión.
forum-availability-title = Su disponibilidad durante el Foro
forum-availability-text = Indique a la secretaría cuándo puede intervenir, para que sus sesiones no se programen cuando no esté. Puede cambiarlo más tarde con el enlace de su correo electrónico.
forum-availability-legend = Cada día del Foro (hora del lugar)
forum-availability-all = Disponible todo el día
forum-availability-morning = Solo por la mañana (hasta las 13:00)
forum-availability-afternoon = Solo por la tarde (desde las 13:00)
forum-availability-none = No disponible
forum-availability-saved = Su disponibilidad se ha guardado.
forum-availability-invalid = Elija una opción para cada día.
forum-documents-title = Documentos de la sesión
forum-documents-of = Documentos de «{ $title }»
forum-documents-none = Todavía no hay documentos.
forum-proposal-documents = Documentos
forum-document-remove = Quitar
forum-document-add = Añadir un documento
forum-document-problems = No se pudo añadir el documento
forum-document-title = Título
forum-document-file = Archivo
forum-document-file-hint = PDF, Word, PowerPoint, Excel u OpenDocument, como máximo 20 MB. Los documentos son públicos cuando se acepta la sesión.
forum-document-upload = Subir
forum-document-saved = Se ha añadido el documento.
document-required = Elija un archivo.
document-too-large = El archivo supera los 20 MB.
document-type-invalid = Este archivo no es un documento PDF, de Office ni OpenDocument.
document-too-many = Una sesión admite como máximo 10 documentos. Quite uno primero.
document-title-required = Dé un título al documento.
document-title-too-long = El título es demasiado largo (máximo 200 caracteres).
document-session-closed = Los documentos ya no pueden modificarse: la sesión fue rechazada o fusionada.
document-size-kb = { $number } KB
document-size-mb = { $number } MB
forum-camera-title = Escanear con la cámara
forum-camera-text = Sostenga el código QR de la credencial delante de la cámara; la entrada se registra en cuanto se lee.
forum-camera-start = Encender la cámara
forum-camera-stop = Detener la cámara
forum-camera-starting = Encendiendo la cámara…
forum-camera-scanning = Buscando un código QR…
forum-camera-found = Código leído. Registrando la entrada…
forum-camera-error = No se pudo encender la cámara. Permita que el navegador la use o escriba el código.
forum-camera-stopped = La cámara está detenida.
forum-schedule-checking = Comprobando esta franja…
forum-schedule-slot-free = No hay conflictos en esta franja.
# Between the items of a list (speakers, languages, features).
list-separator = { ", " }
forum-speaker-name-heading = Cómo le nombra el programa
forum-speaker-name-hint = Su nombre y su organización le pertenecen: las propuestas que le mencionan no los modifican. El programa mostrará el cambio en cuanto la secretaría lo publique de nuevo.
forum-speaker-own-name = Su nombre
forum-speaker-own-organisation = Su organización
forum-speaker-name-saved = Guardado: el programa le nombrará así a partir de su próxima publicación.

## The printable programme
programme-title = Programa del Foro de la CMSI { $year }
programme-day-title = Programa del Foro de la CMSI { $year }: { $day }
programme-version = Versión { $number } del programa, publicada el { $date }
programme-slot = { $start }–{ $end }
programme-session = Sesión { $number }: { $title }
programme-speaker = { $name } ({ $organisation }, { $role })
programme-print = Programa para imprimir
programme-pdf = Programa completo (PDF)
programme-day-pdf = { $day } (PDF)
programme-print-label = Programa para imprimir:

## The secretariat's list of registrations and the check-in desk
registration-state-pending = Pendiente
registration-state-approved = Aprobada
registration-state-declined = Rechazada
registration-field-name = Nombre
registration-field-organisation = Organización
registration-field-status = Estado
registration-field-registered = Fecha de inscripción
registration-field-checked-in = Llegada registrada
registration-checked-in-yes = Llegada registrada
registration-checked-in-no = Llegada no registrada
registration-count = { $count ->
    [one] { $count } inscripción
   *[other] { $count } inscripciones
}
registrations-search = Nombre, dirección de correo electrónico u organización
registrations-needs-only = Solo quienes tienen necesidades de accesibilidad
registrations-csv = Descargar estas inscripciones (CSV)
registrations-choose = Elegir
registrations-bulk-label = Con las inscripciones elegidas:
registrations-approve-chosen = Aprobar las elegidas
registrations-decline-chosen = Rechazar las elegidas
registrations-actions = Decisión
registrations-check-in-link = Mostrador de registro de llegada
registrations-decided = Se ha tomado una decisión sobre las inscripciones elegidas y se ha enviado un correo electrónico a cada participante.
registrations-some-full = Algunas de las inscripciones presenciales elegidas siguen pendientes: no queda ninguna plaza para ellas. Se ha tomado una decisión sobre las demás.
registrations-some-skipped = Algunas de las inscripciones elegidas ya tenían una decisión y se han dejado como estaban. Se ha tomado una decisión sobre las demás.
registrations-none-chosen = Elija primero al menos una inscripción.
registration-none-chosen = Elija al menos una inscripción.
check-in-matches = Inscripciones encontradas para «{ $text }»
check-in-checked-in-at = Llegada registrada: { $time }
check-in-undo = Anular el registro de llegada
check-in-undone = Se ha anulado el registro de llegada.
check-in-not-checked-in = No se ha registrado la llegada de este participante.
check-in-badge = Volver a imprimir la credencial (PDF)
forum-participation-checked-in = { $count ->
    [one] Se ha registrado en el lugar del Foro la llegada de { $checked } de { $count } participante presencial aprobado.
   *[other] Se ha registrado en el lugar del Foro la llegada de { $checked } de { $count } participantes presenciales aprobados.
}
registrations-too-many = Elija como máximo 200 inscripciones a la vez.
registration-too-many-chosen = Elija como máximo 200 inscripciones a la vez.
check-in-more = Solo se muestran las 20 primeras inscripciones: escriba más letras del nombre para acotar la búsqueda.

## The review of proposals (issue 11, item 2)
forum-review-status = Estado
forum-score-summary = { $score } ({ $count ->
    [one] { $count } evaluación
   *[other] { $count } evaluaciones
})
forum-score-none = Aún sin puntuación
forum-speakers-confirmed-of = Confirmados: { $confirmed } de { $count }
forum-queue-search = Buscar por título, resumen, organizadores, oradores o número
forum-queue-sort = Orden
forum-queue-sort-number = Por número de sesión
forum-queue-sort-newest = Primero las propuestas más recientes
forum-queue-sort-score-high = Primero la puntuación más alta
forum-queue-sort-score-low = Primero la puntuación más baja
forum-queue-sort-fewest-reviews = Primero las que tienen menos evaluaciones
forum-queue-sort-title = Por título
forum-queue-min-score = Puntuación
forum-queue-at-least = { $score } o más
forum-queue-unscored = Solo las propuestas que no he puntuado
forum-queue-csv = Estas propuestas en CSV (hoja de cálculo)
forum-queue-yours = Su evaluación
forum-queue-scored = Puntuada
forum-queue-not-scored = Aún no
forum-proposal-count = { $count ->
    [one] { $count } propuesta
   *[other] { $count } propuestas
}
forum-csv-id = Propuesta
forum-csv-speakers = Oradores
forum-csv-score = Puntuación
forum-csv-reviews = Evaluaciones
forum-criterion-relevance = Pertinencia para las Líneas de Acción y los ODS
forum-criterion-relevance-hint = En qué medida la sesión contribuye a las Líneas de Acción de la CMSI y a los Objetivos que menciona.
forum-criterion-quality = Calidad y claridad
forum-criterion-quality-hint = Si el resumen plantea con claridad una pregunta, un enfoque y un resultado esperado.
forum-criterion-diversity = Diversidad de los oradores
forum-criterion-diversity-hint = Equilibrio de género, regiones y grupos de partes interesadas entre los oradores.
forum-criterion-format = Formato interactivo
forum-criterion-format-hint = Cómo la sesión hace participar a su público, presencial y en línea.
forum-score-1 = 1 – deficiente
forum-score-2 = 2 – aceptable
forum-score-3 = 3 – bueno
forum-score-4 = 4 – muy bueno
forum-score-5 = 5 – excelente
forum-score-comment = Comentario para los demás evaluadores
forum-score-comment-hint = No se envía a quien presentó la propuesta. Hasta 5000 caracteres.
forum-score-invalid = Elija una puntuación del 1 al 5.
forum-score-merged = Esta propuesta se fusionó con otra y ya no se puntúa.
forum-score-yours = Sus puntuaciones
forum-score-save = Guardar mis puntuaciones
forum-review-comment-hint = Se envía a quien presentó la propuesta junto con la decisión; es obligatorio para rechazarla o pedir modificaciones.
forum-proposer = Presentada por
forum-yes = Sí
forum-no = No
forum-none = Ninguno
forum-field-remote = Participación a distancia
forum-event-proposed = Presentada
forum-event-edited = Modificada por quien la presentó
forum-event-resubmitted = Reenviada tras las modificaciones
forum-event-accepted = Aceptada
forum-event-declined = Rechazada
forum-event-changes-requested = Modificaciones solicitadas
forum-event-merged-into = Fusionada con otra propuesta
forum-event-merged-from = Otra propuesta se fusionó con esta
forum-proposal-heading = Propuesta n.º { $id }: { $title }
forum-documents-count = { $count ->
    [one] { $count } documento
   *[other] { $count } documentos
}
forum-back-to-queue = Volver a las propuestas
forum-proposal-session-page = Página de la sesión en el programa
forum-proposal-last-comment = Último comentario enviado a quien presentó la propuesta
forum-speaker-confirmation = Confirmación
forum-reviews = Evaluaciones
forum-reviewer = Evaluador
forum-reviewed-on = Fecha de puntuación
forum-merge-heading = Fusionar con otra propuesta
forum-history = Historial
forum-history-none = Todavía no hay nada registrado.
forum-bulk-label = Decidir sobre las propuestas elegidas
forum-bulk-comment = Comentario para quienes presentaron las propuestas (obligatorio para rechazar)
forum-bulk-accept = Aceptar las elegidas
forum-bulk-decline = Rechazar las elegidas
forum-bulk-choose = Elegir
forum-bulk-none-chosen = Elija al menos una propuesta.
forum-bulk-too-many = Elija como máximo 200 propuestas a la vez.
proposals-decided = Se ha tomado una decisión sobre las propuestas elegidas y se ha enviado un correo electrónico a quien presentó cada una.
proposals-some-skipped = Algunas de las propuestas elegidas no admitían esta decisión (estaban fusionadas, ya tenían una decisión o se habían modificado entretanto) y se han dejado como estaban. Se ha tomado una decisión sobre las demás.
proposals-none-chosen = No se eligió ninguna propuesta: no se ha tomado ninguna decisión.
proposals-too-many = Solo se puede decidir sobre 200 propuestas como máximo a la vez: no se ha tomado ninguna decisión.
proposal-decided = Se ha registrado la decisión y se ha enviado un correo electrónico a quien presentó la propuesta.
proposal-merged = Se han fusionado las propuestas.
proposal-scored = Se han guardado sus puntuaciones.
mail-proposal-accepted-subject = Foro de la CMSI { $year }: su propuesta de sesión ha sido aceptada
mail-proposal-declined-subject = Foro de la CMSI { $year }: su propuesta de sesión ha sido rechazada
mail-proposal-changes-subject = Foro de la CMSI { $year }: se solicitan modificaciones en su propuesta de sesión
mail-session-placed = Su sesión «{ $title }» figura en el programa: { $when }, { $room }.
mail-session-placed-subject = Foro de la CMSI { $year }: su sesión figura en el programa
mail-session-moved = Su sesión «{ $title }» ha cambiado de horario o de sala. Nuevo horario y sala: { $when }, { $room } (antes: { $was }, { $wasroom }).
mail-session-moved-subject = Foro de la CMSI { $year }: su sesión ha cambiado de horario o de sala
mail-session-cancelled = Su sesión «{ $title }» ya no figura en el programa. Si la secretaría aún no se ha puesto en contacto con usted, le explicará el motivo.
mail-session-cancelled-subject = Foro de la CMSI { $year }: su sesión ya no figura en el programa

## Speakers' invitations and profiles (issue 11, item 7)
mail-speaker-invited-forum = El Foro de la CMSI { $year } se celebrará en { $venue } ({ $dates }). Recibirá un correo electrónico cuando el programa asigne fecha, hora y sala a su sesión. Si no puede participar, el mismo enlace le permite declinar la invitación.
mail-speaker-declined = { $name } ha declinado participar como { $role } en su sesión «{ $title }».
mail-speaker-declined-subject = Foro de la CMSI { $year }: un orador ha declinado su invitación
mail-speaker-placed = La sesión «{ $title }», en la que participa como { $role }, figura en el programa: { $when }, { $room }.
mail-speaker-moved = La sesión «{ $title }», en la que participa como { $role }, ha cambiado de horario o de sala. Nuevo horario y sala: { $when }, { $room }.
mail-speaker-date-subject = Foro de la CMSI { $year }: fecha y sala de su sesión
mail-speaker-cancelled = La sesión «{ $title }», en la que se le había invitado a participar como { $role }, ya no figura en el programa.
mail-speaker-cancelled-subject = Foro de la CMSI { $year }: una sesión en la que interviene ya no figura en el programa
forum-speaker-invite = Le invitamos a participar como { $role } en la sesión «{ $title }» del Foro de la CMSI { $year }.
forum-speaker-invite-when = Horario y sala: { $when }, { $room }.
forum-speaker-invite-unplaced = La fecha, la hora y la sala aún no se han fijado: se le comunicarán por correo electrónico.
forum-speaker-confirm-after-all = Finalmente sí puedo participar
forum-speaker-decline-submit = No puedo participar
forum-speaker-declined = Ha declinado esta invitación. Se ha informado a los organizadores.
forum-speaker-has-declined = ha declinado
forum-speaker-bio = Breve biografía
forum-speaker-bio-hint = Se muestra con su nombre en la página de la sesión a partir de la próxima publicación del programa. Hasta 1500 caracteres.
speaker-bio-too-long = La biografía es demasiado larga (1500 caracteres como máximo).
forum-event-speaker-declined = Un orador declinó la invitación

## Messages to speakers, organisers and participants (issue 11, item 5)
forum-manage-messages = Mensajes a los oradores, los organizadores y los participantes
forum-messages-title = Mensajes
forum-messages-of = Mensajes del Foro de la CMSI { $year }
forum-messages-intro = Escriba a los oradores, los organizadores o los participantes inscritos en este Foro. Cada persona recibe el texto en su idioma si usted lo ha redactado en él; de lo contrario, en inglés (o en el primer idioma en que lo haya redactado). Cuente primero los destinatarios y, después, envíe el mensaje.
forum-message-audience = Destinatarios
forum-message-audience-speakers = Todos los oradores de las sesiones aceptadas (salvo quienes hayan declinado la invitación)
forum-message-audience-organisers = Los organizadores de todas las sesiones aceptadas
forum-message-audience-participants = Los participantes inscritos, según lo que se elija a continuación
forum-message-participants-filter = Qué participantes (para un mensaje a los participantes)
forum-message-versions = El mensaje
forum-message-versions-hint = Redáctelo en tantos de los seis idiomas como pueda, al menos en uno; hasta 10 000 caracteres en cada uno.
forum-message-text = Texto
forum-message-count = Contar los destinatarios
forum-message-send = Enviar ahora
forum-message-will-reach = { $count ->
    [one] Este mensaje se enviará a { $count } persona.
   *[other] Este mensaje se enviará a { $count } personas.
}
forum-message-recipients = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
forum-message-required = Redacte el mensaje al menos en un idioma.
forum-message-too-long = El texto es demasiado largo (10 000 caracteres como máximo).
forum-message-audience-invalid = Elija los destinatarios del mensaje.
forum-message-nobody = Nadie corresponde a estos destinatarios: no se ha enviado nada.
forum-message-too-many = Coinciden más de 20 000 personas: elija menos destinatarios.
forum-message-count-changed = El número de destinatarios ha cambiado desde que los contó: compruebe el nuevo recuento y vuelva a enviar el mensaje.
forum-message-sent = El mensaje se ha puesto en cola para cada destinatario.
forum-messages-sent = Mensajes enviados
forum-messages-none = Todavía no se ha enviado ningún mensaje.
forum-message-sent-on = Fecha de envío
forum-message-sent-by = Enviado por
forum-message-filter = Filtro de participantes
forum-message-reached = Destinatarios
forum-message-heading = Mensaje n.º { $id }
forum-messages-back = Volver a los mensajes
forum-speakers-remind-heading = Oradores que no han respondido
forum-speakers-remind-text = Los oradores que llevan una semana sin confirmar ni declinar su invitación reciben automáticamente un recordatorio, como máximo una vez por semana cada uno, con un nuevo enlace (el anterior deja de funcionar). Puede enviarles un recordatorio ahora.
forum-speakers-remind-submit = Enviar un recordatorio ahora
forum-speakers-reminded = Se ha enviado un recordatorio a los oradores que llevaban una semana sin responder.
mail-forum-message-speakers-subject = Foro de la CMSI { $year }: mensaje de la secretaría a los oradores
mail-forum-message-organisers-subject = Foro de la CMSI { $year }: mensaje de la secretaría a los organizadores de sesiones
mail-forum-message-participants-subject = Foro de la CMSI { $year }: mensaje de la secretaría a los participantes
mail-speaker-reminder = Se le ha invitado a participar como { $role } en la sesión «{ $title }» del Foro de la CMSI { $year } y todavía no ha respondido. Confirme, por favor, su participación o, si no puede participar, decline la invitación mediante este nuevo enlace (el anterior ya no funciona):
mail-speaker-reminder-subject = Foro de la CMSI { $year }: responda, por favor, a su invitación como orador

## The schedule editor as a grid (issue 11, item 3)
forum-schedule-grid-of = Cuadrícula del calendario del Foro de la CMSI { $year }
forum-grid-open = El calendario en forma de cuadrícula (salas por horario)
forum-grid-intro = Las salas en columnas y las medias horas en filas, según la hora del lugar del Foro. Elija una sesión («Elegir» en la lista de sesiones aún sin ubicar o «Mover» en la cuadrícula) y, a continuación, pulse el botón de una celda libre; con un ratón, arrastre una sesión hasta una celda. Los conflictos se indican en las celdas.
forum-grid-list-view = El calendario en forma de lista
forum-grid-undo = Deshacer mi último movimiento
forum-grid-undone = Se ha deshecho su último movimiento.
forum-grid-nothing-to-undo = No le queda ningún movimiento que deshacer.
forum-grid-placing = Sesión que se va a ubicar: { $title }
forum-grid-choose-cell = Elija a continuación una celda libre: su botón ubica allí la sesión.
forum-grid-length = Duración
forum-grid-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
forum-grid-length-apply = Aplicar esta duración
forum-grid-cancel = No elegir ninguna sesión
forum-grid-search = Título o número
forum-grid-choose = Elegir
forum-grid-move = Mover
forum-grid-caption = Sesiones por sala y horario
forum-grid-time = Hora
forum-grid-closed = Sala cerrada
forum-grid-place-here = Ubicar aquí: { $room }, { $time }
forum-rooms-copy = Copiar las salas
forum-rooms-copy-heading = Las salas de la edición anterior
forum-rooms-copied = Se han copiado las salas de la edición anterior (aquellas cuyo código aún no tenía esta edición).
forum-rooms-nothing-to-copy = Ninguna edición anterior tiene salas que copiar.
forum-event-moved = Ubicada, movida o quitada del calendario de trabajo

## Speakers' photos (issue 11, item 7)
forum-speaker-photo-heading = Su foto
forum-speaker-photo-hint = Se muestra junto a su nombre en la página de la sesión a partir de la próxima publicación del programa. Una imagen JPEG, PNG o WebP de 8 MB como máximo; se eliminan sus datos de ubicación y de la cámara.
forum-speaker-photo-current = Su foto tal como la muestra el programa
forum-speaker-photo-file = Foto
forum-speaker-photo-upload = Subir la foto
forum-speaker-photo-remove = Quitar mi foto
forum-speaker-photo-saved = Se ha guardado su foto.
forum-speaker-photo-removed = Se ha quitado su foto.

## Review fixes (issue 11)
proposals-comment-needed = El rechazo requiere un comentario para quienes presentaron las propuestas: no se ha tomado ninguna decisión.
forum-grid-undo-stale = Esa sesión se ha vuelto a mover desde su movimiento, por lo que este no se ha deshecho (y ya no se conserva).
forum-grid-undo-blocked = No se ha deshecho su movimiento: la ubicación anterior de la sesión está ahora ocupada (su sala o algún orador no está disponible en ese horario).
forum-message-filter-none = Todas las inscripciones, salvo las rechazadas
