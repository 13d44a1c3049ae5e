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
