## El Concurso de Fotografía de la CMSI

photo-contest-title = Concurso de Fotografía
photo-contest-year = Concurso de Fotografía de la CMSI { $year }
photo-contest-intro = El Concurso de Fotografía de la CMSI muestra cómo las tecnologías de la información y las comunicaciones contribuyen a alcanzar los Objetivos de Desarrollo Sostenible. Los participantes de 18 años o más presentan hasta cinco fotos; un jurado premia tres de ellas en el Foro, y las fotos aceptadas se exponen en el lugar del evento y en línea.
photo-no-contests = Todavía no se ha anunciado ningún concurso.
photo-contest-nav = Este concurso
photo-phase-upcoming = Aún no abierto
photo-phase-submission = Presentación de fotos
photo-phase-judging = Revisión y jurado
photo-phase-announced = Ganadores anunciados
photo-phase-now = Fase actual: { $phase }
photo-rules = Bases
photo-rule-who = Puede participar toda persona de 18 años o más que tenga los derechos sobre sus fotos.
photo-rule-count = Cada participante presenta hasta cinco fotos, cada una con un título, un pie de foto, una descripción para las personas que no pueden verla, el lugar y la fecha en que se tomó, y los Objetivos de Desarrollo Sostenible que ilustra.
photo-rule-files = Las fotos son archivos JPEG, PNG o WebP de 15 MB como máximo; se eliminan de cada foto los datos de ubicación y de la cámara.
photo-rule-award = La secretaría revisa cada foto antes de que aparezca en la galería; un jurado puntúa las fotos aceptadas y premia tres de ellas.
photo-winners = Ganadores
photo-award = Premio
photo-award-place = { $place ->
    [1] Primer puesto
    [2] Segundo puesto
    [3] Tercer puesto
   *[other] Puesto { $place }
}
photo-gallery = Galería
photo-gallery-title = Galería del Concurso de Fotografía { $year }
photo-gallery-empty = Ninguna foto de la galería coincide.
photo-count = { $count ->
    [one] { $count } foto
    [many] { $count } fotos
   *[other] { $count } fotos
}
photo-filter-sdg = Objetivo de Desarrollo Sostenible
photo-filter-all = Todos los objetivos
photo-filter = Mostrar
photo-pages = Páginas de la galería
photo-prev = Página anterior
photo-next = Siguiente
photo-back = Volver al concurso
photo-back-gallery = Volver a la galería
photo-entrant = Participante
photo-not-public = Esta foto no está en la galería pública. Estado:
photo-exhibition = Vista de exposición
photo-exhibition-position = Foto { $n } de { $count }
photo-submit-link = Presentar sus fotos
photo-mine-link = Sus fotos
photo-mine-title = Sus fotos para el Concurso de Fotografía { $year }
photo-mine-intro = Fotos presentadas: { $count } de { $max }.
photo-mine-photos = Fotos presentadas
photo-submissions-closed = La presentación está cerrada: ya no se pueden añadir ni quitar fotos.
photo-confirm-heading = Antes de presentar
photo-field-adult = Edad
photo-confirm-adult-label = Tengo 18 años o más.
photo-field-rights = Derechos
photo-confirm-rights-label = Tomé estas fotos o tengo los derechos sobre ellas, y las personas que pueden reconocerse en ellas aceptan su publicación.
photo-confirm = Confirmar
photo-confirm-adult = Los participantes deben tener 18 años o más: marque la casilla si es su caso.
photo-confirm-rights = Confirme que tiene los derechos sobre sus fotos.
photo-confirm-first = Confirme primero su edad y sus derechos.
photo-upload-heading = Añadir una foto
photo-upload = Añadir la foto
photo-field-file = Foto
photo-file-hint = JPEG, PNG o WebP, de 15 MB y 25 millones de píxeles como máximo.
photo-field-title = Título
photo-field-alt = Descripción para las personas que no pueden ver la foto
photo-alt-hint = Diga en una frase qué muestra la foto.
photo-field-caption = Pie de foto
photo-field-place = Lugar
photo-field-taken-on = Fecha en que se tomó
photo-field-sdgs = Objetivos de Desarrollo Sostenible que ilustra
photo-status-submitted = Pendiente de revisión
photo-status-accepted = En la galería
photo-status-rejected = No aceptada
photo-note = Nota de la secretaría:
photo-remove = Quitar
photo-title-required = Ponga un título a la foto.
photo-title-too-long = El título es demasiado largo: 120 caracteres como máximo.
photo-caption-required = Escriba un pie de foto.
photo-caption-too-long = El pie de foto es demasiado largo: 600 caracteres como máximo.
photo-alt-required = Describa la foto para las personas que no pueden verla.
photo-alt-too-long = La descripción es demasiado larga: 300 caracteres como máximo.
photo-place-required = Indique dónde se tomó la foto.
photo-place-too-long = El lugar es demasiado largo: 120 caracteres como máximo.
photo-date-invalid = Introduzca la fecha en que se tomó la foto (día, mes y año).
photo-date-future = La fecha en que se tomó la foto no puede ser una fecha futura.
photo-sdg-required = Elija al menos un Objetivo de Desarrollo Sostenible.
photo-sdg-invalid = Elija objetivos del 1 al 17.
photo-too-large = Esta foto es demasiado grande: 15 MB como máximo.
photo-limit = Ha presentado cinco fotos, el máximo permitido: quite una para añadir otra.
photo-contest-closed = La presentación de fotos a este concurso no está abierta.
photo-remove-closed = Esta foto ya no se puede quitar.
photo-awarded = Esta foto ha sido premiada y no se puede modificar.
photo-page-invalid = Esta página de la galería no existe.
photo-screening-link = Revisión
photo-screening-title = Revisión del Concurso de Fotografía { $year }
photo-screening-counts = Pendientes: { $waiting } · En la galería: { $accepted } · No aceptadas: { $rejected }
photo-screening-empty = No hay ninguna foto pendiente.
photo-screen-note = Nota para el participante (obligatoria para rechazar)
photo-accept = Aceptar en la galería
photo-reject = Rechazar
photo-note-required = Indique por qué se rechaza la foto: el participante leerá esta nota.
photo-note-too-long = La nota es demasiado larga: 500 caracteres como máximo.
photo-screened = Se ha guardado la decisión.
photo-jury-link = Jurado
photo-jury-title = Jurado del Concurso de Fotografía { $year }
photo-jury-intro = Puntúe cada foto de 1 (la más débil) a 10 (la más sólida) según su mensaje, su composición y su originalidad. Puntuadas: { $scored } de { $count }.
photo-jury-closed = Las puntuaciones se otorgan desde el cierre de la presentación hasta el anuncio de los ganadores.
photo-score = Puntuación
photo-score-save = Guardar la puntuación
photo-score-invalid = Elija una puntuación del 1 al 10.
photo-manage-link = Gestionar el concurso
photo-manage-title = Gestión del Concurso de Fotografía { $year }
photo-create-heading = Anunciar un concurso
photo-dates-heading = Tema y fechas
photo-field-year = Año
photo-field-theme = Tema
photo-field-submission-opens = Apertura de la presentación
photo-field-submission-closes = Cierre de la presentación
photo-field-announced-at = Anuncio de los ganadores
photo-create = Anunciar el concurso
photo-save = Guardar
photo-saved = Guardado.
photo-year-invalid = Introduzca un año entre 2000 y 2100.
photo-theme-required = Indique el tema del concurso en inglés.
photo-theme-too-long = El tema es demasiado largo: 200 caracteres como máximo.
photo-date-required = Introduzca esta fecha.
photo-date-order = Esta fecha debe ser posterior a la anterior.
photo-jurors-heading = Jurado
photo-field-juror-email = Correo electrónico de la cuenta del miembro del jurado
photo-juror-add = Añadir al jurado
photo-juror-remove = Quitar del jurado
photo-account-unknown = Ninguna cuenta usa esta dirección de correo electrónico: el miembro del jurado debe registrarse primero.
photo-ranking = Clasificación del jurado
photo-ranking-empty = Todavía no se ha aceptado ninguna foto.
photo-mean = Puntuación media
photo-jurors-scored = Puntuaciones
photo-winners-heading = Ganadores
photo-winners-save = Guardar los ganadores
photo-winner-required = Elija una foto aceptada en la galería.
photo-winner-twice = Una foto solo puede ganar un puesto.
secretariat-photos-waiting = Fotos pendientes de revisión
photo-contest-see-also = su galería, sus ganadores y cómo participar.
photo-english-only = Escríbalo en inglés: el concurso solo acepta participaciones en inglés.
photo-rule-english = Los títulos, pies de foto y descripciones se redactan en inglés.
photo-exhibition-start = Avanzar solo cada 20 segundos
photo-exhibition-stop = Detener el avance

## La votación del público
photo-field-vote-opens = Apertura de la votación del público
photo-field-vote-closes = Cierre de la votación del público
photo-vote-window-hint = Opcional. Deje las dos fechas vacías para un concurso sin votación del público; la votación se celebra después del cierre de la presentación y termina, a más tardar, con el anuncio de los ganadores.
photo-vote-window-invalid = La votación del público debe abrirse después del cierre de la presentación y terminar, a más tardar, con el anuncio de los ganadores.
photo-vote-dates = Votación del público: { $dates }.
photo-vote-open = Abierta
photo-vote-how = Abra una foto de la galería para votar por ella.
photo-votes-count = { $count ->
    [one] { $count } voto
    [many] { $count } votos
   *[other] { $count } votos
}
photo-peoples-choice = Premio del público
photo-vote-heading = Votación del público
photo-vote-cast = Votar por esta foto
photo-vote-once = Tiene un solo voto en este concurso, y no se puede cambiar.
photo-vote-sign-in = Inicie sesión para votar por esta foto
photo-vote-this = Ha votado por esta foto. ¡Gracias!
photo-vote-another = Ya ha votado en este concurso.
photo-vote-see-yours = Ver la foto por la que votó
photo-public-votes = Votos del público
photo-voted = Su voto ha quedado registrado.
photo-vote-closed = La votación del público no está abierta.
photo-vote-already = Ya ha votado en este concurso.
photo-vote-own = No puede votar por su propia foto.
