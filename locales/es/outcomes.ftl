## Resultados de las sesiones (issue 12)

outcome-title = Resultados
outcome-of = Resultados de la sesión { $number }: { $title }
outcomes-sessions-title = Resultados de las sesiones
outcomes-of = Resultados de las sesiones del Foro de la CMSI { $year }
outcomes-count = { $count ->
    [one] Se ha aprobado { $count } resultado de sesión.
   *[other] Se han aprobado { $count } resultados de sesión.
}
outcomes-none = Todavía no se ha aprobado ningún resultado de sesión.
outcomes-back = Todos los resultados de las sesiones
outcome-session-page = La página de la sesión
outcome-page-link = Los resultados en su propia página
outcomes-manage-link = Gestionar los resultados
outcome-links = Líneas de acción y ODS impulsados
outcome-written-in = Redactado en:
outcome-form-title = Resultados de la sesión
outcome-form-of = Resultados de la sesión { $number }: { $title }
outcome-form-intro = Informe de lo que logró la sesión. Escriba en cualquiera de los seis idiomas e indique cuál más abajo; la secretaría lo revisa antes de publicarlo en la página de la sesión y en el Documento final.
outcome-section-report = El informe
outcome-field-language = Idioma del texto
outcome-language-hint = El idioma en que redacta el informe.
outcome-field-summary = Resumen
outcome-field-achievements = Logros principales
outcome-field-challenges = Dificultades
outcome-field-trends = Tendencias emergentes
outcome-field-recommendations = Recomendaciones y compromisos
outcome-links-hint = Elija las líneas de acción (para C7, sus sublíneas) y los ODS que impulsó la sesión, cada uno con una breve justificación; para los ODS puede indicar metas.
outcome-section-participation = Participación
outcome-field-participants-onsite = Participantes presenciales
outcome-field-participants-remote = Participantes en línea
outcome-save = Guardar
outcome-submit = Enviar a la secretaría
outcome-status-missing = Sin empezar
outcome-status-draft = Borrador
outcome-status-submitted = Enviado para revisión
outcome-status-returned = Devuelto para cambios
outcome-status-approved = Aprobado
outcome-returned-comment = La secretaría pide cambios
outcome-deadline = Fecha límite
outcome-deadline-is = Los organizadores presentan sus resultados a más tardar el
outcome-deadline-none = Sin fecha límite
outcome-deadline-passed-on = { $date } (vencida)
outcome-deadline-field = Nueva fecha límite
outcome-deadline-hint = El último día en que los organizadores pueden presentar (fecha de la sede). Se les recuerda una semana y un día antes. Déjelo vacío para no fijar ninguna.
outcome-deadline-save = Guardar la fecha límite
outcome-revisions-link = Versiones
outcome-revisions-title = Versiones de los resultados
outcome-revisions-of = Versiones de los resultados de la sesión { $number }: { $title }
outcome-revision-number = Versión { $version }
outcome-revision-content = Su contenido
outcome-back-to-form = Volver a los resultados
outcome-decide = Decisión
outcome-comment = Comentario para los organizadores
outcome-comment-hint = Obligatorio para devolver los resultados; se envía por correo a los organizadores.
outcome-approve = Aprobar y publicar
outcome-return = Devolver para cambios
outcome-decide-nothing = No hay nada que decidir: los organizadores aún no han enviado estos resultados.
outcomes-manage-title = Resultados de las sesiones
outcomes-manage-nav = Resultados: seguimiento
outcomes-manage-of = Resultados de las sesiones de { $year }: seguimiento
outcomes-public-link = Los resultados publicados
outcomes-sessions = Sesiones aceptadas
outcomes-sessions-none = No hay ninguna sesión en esta lista.
outcomes-filter = Mostrar resultados
outcomes-col-session = Sesión
outcomes-col-organiser = Organizador
outcomes-col-status = Resultados
outcomes-col-updated = Último cambio
outcome-remind-col = Recordar
outcome-remind-submit = Enviar un recordatorio por correo a los organizadores marcados
outcome-saved = Los resultados se han guardado.
outcome-submitted = Los resultados se han enviado a la secretaría.
outcome-approved = Los resultados se han aprobado y publicado.
outcome-returned = Los resultados se han devuelto a sus organizadores.
outcome-deadline-saved = La fecha límite se ha guardado.
outcome-reminders-sent = Los recordatorios están en camino.

## Errores
outcome-summary-required = Escriba un resumen de la sesión.
outcome-section-too-long = Este texto es demasiado largo (4000 caracteres como máximo).
rationale-required = Dé una breve justificación para cada línea de acción y cada ODS que elija.
participants-invalid = Indique un número entero de 0 a 100 000, o déjelo vacío.
outcome-status-invalid = Estado de resultados desconocido.
outcome-action-invalid = Acción desconocida.
outcome-approved-locked = Estos resultados ya se aprobaron: solo la secretaría puede modificarlos.
outcome-deadline-passed = La fecha límite de los resultados ha vencido. Escriba a la secretaría si todavía necesita informar.
outcome-decision-invalid = Elija aprobar o devolver los resultados.
outcome-decision-not-allowed = Esta decisión no es posible para los resultados en su estado actual.
outcome-comment-required = Explique en un comentario qué deben cambiar los organizadores.
outcome-not-open = Los resultados se abren cuando se publica el programa de la edición.
outcome-stale = Otra persona guardó estos resultados mientras usted los editaba. Su texto se conserva abajo: compárelo con la última versión antes de volver a guardar.
outcome-remind-none = Marque al menos una sesión cuyos organizadores deban recibir un recordatorio.

## Correo
mail-outcome-subject = Foro de la CMSI { $year }: los resultados de la sesión { $number }
mail-outcome-approved = Los resultados de su sesión «{ $title }» (sesión { $number }) se han aprobado y ya están publicados.
mail-outcome-returned = La secretaría le devuelve los resultados de su sesión «{ $title }» (sesión { $number }) para que los modifique. Su comentario:
mail-outcome-reminder-subject = Foro de la CMSI { $year }: recordatorio, los resultados de la sesión { $number }
mail-outcome-reminder = { $dated ->
    [yes] Le rogamos que presente los resultados de su sesión «{ $title }» (sesión { $number }) a más tardar el { $due }.
   *[no] Le rogamos que presente los resultados de su sesión «{ $title }» (sesión { $number }).
}

## La matriz CMSI–ODS
matrix-title = Matriz CMSI–ODS
matrix-intro = Cómo cada línea de acción de la CMSI contribuye a los Objetivos de Desarrollo Sostenible: los vínculos que registran sus facilitadores, con su justificación, y cuántas sesiones del Foro, resultados de sesión y actividades del inventario sustentan cada vínculo.
matrix-year = Año
matrix-all-years = Todos los años
matrix-show = Mostrar
matrix-links-count = { $count ->
    [one] { $count } vínculo registrado por los facilitadores
   *[other] { $count } vínculos registrados por los facilitadores
}
matrix-json = Datos abiertos (JSON)
matrix-csv = Datos abiertos (CSV)
matrix-edit-link = Editar los vínculos de sus líneas de acción
matrix-facilitators-title = Quién mantiene cada línea de acción
matrix-legend = Cada celda cuenta las sesiones publicadas, los resultados de sesión aprobados y las actividades del inventario vinculados a ambos; cuanto más oscura, más numerosos. Un punto señala un vínculo registrado por los facilitadores. Elija una celda para ver su justificación y lo que la compone.
matrix-caption = Líneas de acción (filas) y Objetivos de Desarrollo Sostenible (columnas)
matrix-linked = vínculo registrado por los facilitadores
matrix-back = Volver a la matriz
matrix-cell-title = { $line } y ODS { $goal }
matrix-link = El vínculo de los facilitadores
matrix-targets = Metas
matrix-no-link = Los facilitadores no han registrado este vínculo.
matrix-updated = Última modificación de { $name } el { $date }.
matrix-history = Historial de los vínculos
matrix-session = Foro de la CMSI { $year }, sesión { $number }
matrix-sessions = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
matrix-outcomes = { $count ->
    [one] { $count } resultado de sesión
   *[other] { $count } resultados de sesión
}
matrix-entries = Actividades del inventario
matrix-entries-count = { $count ->
    [0] Ninguna actividad publicada
    [one] { $count } actividad publicada
   *[other] { $count } actividades publicadas
}
matrix-history-of = Historial de los vínculos de { $line }
matrix-history-none = Todavía no se ha registrado ningún cambio.
matrix-col-when = Fecha
matrix-col-who = Autor
matrix-col-goal = Objetivo
matrix-col-rationale = Justificación
matrix-removed = Vínculo eliminado
matrix-edit-of = Vínculos de { $line } con los ODS
matrix-edit-intro = Para cada objetivo al que contribuye la línea de acción, indique la justificación y, si lo desea, las metas. Vacíe ambos campos para eliminar un vínculo. Cada cambio se conserva en el historial.
matrix-save = Guardar los vínculos
matrix-facilitators-intro = Las cuentas de facilitador mantienen los vínculos de la matriz de las líneas de acción que se les asignan aquí (una cuenta con C7 mantiene todas sus sublíneas).
matrix-facilitators-none = Ninguna cuenta mantiene todavía una línea de acción.
matrix-facilitator-add = Asignar una línea de acción a un facilitador
matrix-saved = Los vínculos se han guardado.
matrix-facilitator-added = El facilitador mantiene ahora esta línea de acción.
matrix-facilitator-removed = El facilitador ya no mantiene esta línea de acción.
matrix-rationale-required = Indique la justificación de este vínculo (o vacíe las metas para eliminarlo).
matrix-rationale-too-long = La justificación es demasiado larga (1500 caracteres como máximo).
matrix-stale = Otra persona modificó estos vínculos mientras usted los editaba. Su texto se conserva abajo: consulte el historial y vuelva a guardar.
matrix-facilitator-unknown = Ninguna cuenta de facilitador tiene esta dirección (asigne primero a la cuenta la función de facilitador).
matrix-year-invalid = Indique el año en cifras.
stats-heat-cell = { $line } × ODS { $goal }: { $count }

## Reuniones de facilitación de las líneas de acción
meetings-title = Reuniones de facilitación de las líneas de acción
meetings-of = Reuniones de facilitación de las líneas de acción en el Foro de la CMSI { $year }
meetings-back = Volver al Foro
meetings-intro = Los facilitadores de cada línea de acción se reúnen durante el Foro; esto es lo que registraron de su reunión: prioridades clave, oportunidades y dificultades.
meeting-not-recorded = aún sin registrar
meetings-all = Todas las reuniones de facilitación
meeting-of = Reunión de facilitación de { $line }, Foro de la CMSI { $year }
meeting-not-recorded-long = Los facilitadores todavía no han registrado esta reunión.
meeting-edit = Registrar la reunión
meeting-priorities = Prioridades clave
meeting-opportunities = Oportunidades
meeting-challenges = Dificultades
meeting-save = Guardar el registro
meeting-saved = El registro de la reunión se ha guardado.
meeting-stale = Otra persona guardó este registro mientras usted lo editaba. Su texto se conserva abajo: compárelo con el registro guardado antes de volver a guardar.
meeting-priorities-required = Escriba las prioridades clave de la reunión.
meeting-text-too-long = Este texto es demasiado largo (6000 caracteres como máximo).

## Photos of outcomes
outcome-photos = Fotos
outcome-photos-of = Fotos de los resultados de la sesión { $number }: { $title }
outcome-photos-intro = Hasta cinco fotos de la sesión (JPEG, PNG o WebP, 8 MB como máximo cada una), cada una con un texto que diga lo que muestra, para quien no pueda verla. Se publican con los resultados.
outcome-photo-limit = Estos resultados ya tienen sus cinco fotos: quite una para añadir otra.

## La serie de sesiones de alto nivel (issue 12, punto 2)
outcome-field-vision = Visión
outcome-field-opportunities = Oportunidades
outcome-vision-required = Escriba la visión de la sesión.
hlt-links-hint = Puede indicar las líneas de acción y los ODS que trató la sesión, cada uno con una breve justificación.
hlt-link = Serie de sesiones de alto nivel: resultados y resumen ejecutivo
hlt-title = Serie de sesiones de alto nivel
hlt-title-of = Serie de sesiones de alto nivel del Foro de la CMSI { $year }: resultados y resumen ejecutivo
hlt-intro = Las sesiones de política de alto nivel, moderadas cada una por facilitadores de los distintos grupos de partes interesadas, con la visión, las tendencias emergentes, las oportunidades y los retos que recogieron, las declaraciones de sus oradores de alto nivel y el resumen ejecutivo de la Presidencia.
hlt-summary = Resumen ejecutivo de la Presidencia
hlt-summary-of = Resumen ejecutivo de la Presidencia del Foro de la CMSI { $year }
hlt-summary-edit = Redactar el resumen ejecutivo de la Presidencia
hlt-summary-none = El resumen ejecutivo de la Presidencia aún no se ha publicado.
hlt-summary-chair = Presidencia
hlt-summary-chair-hint = Nombre y cargo, tal como deben figurar en el resumen.
hlt-summary-body = Resumen ejecutivo
hlt-summary-body-hint = Párrafos separados por una línea en blanco; se conservan las listas y los enlaces de Markdown.
hlt-summary-save = Guardar el resumen
hlt-summary-saved = Se ha guardado el resumen ejecutivo de la Presidencia.
hlt-sessions = Sesiones de política de alto nivel
hlt-sessions-none = Esta edición no tiene ninguna sesión de política de alto nivel aceptada.
hlt-session-heading = Sesión { $number }: { $title }
hlt-outcome-none = Los resultados de esta sesión redactados por sus facilitadores aún no se han aprobado.
hlt-write-outcome = Formulario de resultados
hlt-facilitators = Facilitadores
hlt-facilitator-of = { $name } ({ $stakeholder })
hlt-facilitators-of = Facilitadores de la sesión { $number }: { $title }
hlt-facilitators-intro = Un facilitador de la serie de sesiones de alto nivel por grupo de partes interesadas: indique la dirección de correo electrónico de su cuenta (primero debe registrarse). Los facilitadores redactan los resultados de la sesión y añaden las declaraciones de sus oradores. Deje un campo vacío si ese grupo no tiene facilitador.
hlt-facilitator-email = Correo electrónico de la cuenta del facilitador
hlt-facilitators-save = Guardar los facilitadores
hlt-facilitators-saved = Se han guardado los facilitadores.
hlt-back = Volver a la serie de sesiones de alto nivel
hlt-statements = Declaraciones
hlt-statements-of = Declaraciones de la sesión { $number }: { $title }
hlt-statements-intro = Las declaraciones de los oradores de alto nivel de la sesión: el texto, un PDF o ambos. Son públicas en la página de la serie de sesiones de alto nivel.
hlt-statements-none = Todavía no hay declaraciones.
hlt-statement-add = Añadir la declaración
hlt-statement-speaker = Orador
hlt-statement-position = Cargo
hlt-statement-position-hint = Por ejemplo: Ministro de Correos y Telecomunicaciones, Bangladesh.
hlt-statement-body = Texto de la declaración
hlt-statement-body-hint = Obligatorio, salvo que adjunte la declaración en PDF.
hlt-statement-pdf = Declaración en PDF (opcional)
hlt-statement-pdf-hint = Un archivo PDF de 10 MB como máximo.
hlt-statement-read = Leer la declaración
hlt-statement-read-pdf = Declaración (PDF)
hlt-statement-remove = Quitar
hlt-statement-added = Se ha añadido la declaración.
hlt-statement-removed = Se ha quitado la declaración.
statement-speaker-required = Indique el nombre del orador.
statement-body-required = Escriba el texto de la declaración o adjúntela en PDF.
statement-too-long = La declaración es demasiado larga (20 000 caracteres como máximo).
statement-pdf-too-large = El PDF es demasiado grande (10 MB como máximo).
statement-pdf-invalid = Este archivo no es un PDF.
statement-limit = Esta sesión ya tiene el número máximo de declaraciones (60).
summary-chair-required = Indique quién ocupa la Presidencia.
summary-body-required = Redacte el resumen ejecutivo.
summary-too-long = El resumen es demasiado largo (30 000 caracteres como máximo).
summary-stale = Otra persona guardó el resumen mientras usted lo editaba. Su texto se conserva abajo: compárelo con la última versión antes de volver a guardar.
facilitator-unknown = Ninguna cuenta tiene esta dirección de correo: el facilitador debe registrarse primero.

## Documentos finales compilados (issue 12, punto 5)
pub-summit = Cumbre Mundial sobre la Sociedad de la Información
pub-contents = Índice
pub-page-prefix = p.{"\u00A0"}
pub-page-suffix = {""}
pub-title-outcome = Foro de la CMSI { $year }: documento final
pub-title-hlt = Foro de la CMSI { $year }: resultados de la serie de sesiones de alto nivel y resumen ejecutivo
pub-title-action-lines = Foro de la CMSI { $year }: informe sobre las líneas de acción de la CMSI
pub-title-matrix = El Foro de la CMSI { $year } y la matriz de los ODS
pub-theme = Tema: { $theme }
pub-dates = { $venue }, { $start } – { $end }
pub-introduction = Introducción
pub-intro-outcome = Este documento recoge los resultados de las sesiones del Foro de la CMSI { $year } tal como sus organizadores los presentaron y la secretaría los aprobó: { $count ->
    [one] una sesión,
   *[other] { $count } sesiones,
} agrupadas por tipo de sesión. Cada resultado se publica en el idioma en que se redactó; los índices finales ordenan las sesiones por línea de acción de la CMSI y por Objetivo de Desarrollo Sostenible.
pub-participation = Participación
pub-participants-total = Participantes inscritos
pub-participants-checked-in = Participantes acreditados en la sede
pub-countries = Países y zonas
pub-category = Categoría
pub-count = Número
pub-consultation = Proceso de consulta abierta
pub-consultation-intro = El programa del Foro de la CMSI { $year } se elaboró con todas las partes interesadas mediante un proceso de consulta abierta, en las fases siguientes.
pub-consultation-none = No se ha registrado ninguna fase de la consulta abierta.
pub-phase = Fase
pub-period = Fechas
pub-outcomes = Resultados de las sesiones
pub-organisers = Organizadores
pub-index-al = Índice por línea de acción de la CMSI
pub-index-sdg = Índice por Objetivo de Desarrollo Sostenible
pub-goal = ODS { $goal }: { $name }
pub-intro-hlt = Las sesiones de política de alto nivel del Foro de la CMSI { $year }, moderadas cada una por facilitadores de los grupos de partes interesadas, con la visión, las tendencias emergentes, las oportunidades y los retos que recogieron y las declaraciones de sus oradores de alto nivel.
pub-statement-pdf-only = Declaración publicada en PDF en la página de la serie de sesiones de alto nivel.
pub-intro-action-lines = Para cada línea de acción de la CMSI: las prioridades, oportunidades y retos recogidos en su reunión de facilitación durante el Foro de la CMSI { $year } y, a continuación, lo que informaron las sesiones cuyos resultados aprobados la mencionan.
pub-meeting = Reunión de facilitación
pub-al-sessions = Lo que informaron las sesiones
pub-al-sessions-none = Ningún resultado de sesión aprobado menciona esta línea de acción.
pub-al-reason = Aporte de la sesión
pub-intro-matrix = Cómo cada línea de acción de la CMSI contribuye a los Objetivos de Desarrollo Sostenible en el Foro de la CMSI { $year }: los vínculos que registran sus facilitadores, con su justificación, y cuántas sesiones, resultados de sesiones aprobados y actividades del inventario publicadas en el año establecen cada vínculo.
pub-sdg-short = ODS
pub-matrix-legend = Cada celda cuenta las sesiones, los resultados de sesiones aprobados y las actividades del inventario vinculados a la vez a la línea de acción y al Objetivo; cuanto más oscura, más son.
pub-matrix-none = Todavía nada vincula esta línea de acción con un Objetivo.
pub-col-sessions = Sesiones
pub-col-outcomes = Resultados
pub-documents = Documentos finales
pub-documents-of = Documentos finales del Foro de la CMSI { $year }
pub-documents-intro = Compilados a partir de los resultados de sesiones aprobados, la serie de sesiones de alto nivel, las reuniones de facilitación y la matriz CMSI-ODS. Cada documento se compone en el idioma que elija; cada resultado se mantiene en el idioma en que se redactó. Un documento se compila la primera vez que se solicita y se conserva hasta que cambian sus datos.
pub-documents-link = Documentos finales compilados (PDF y página web)
pub-document-pdf = PDF
pub-document-html = Página web

## Búsqueda en los resultados de las sesiones (issue 12, punto 6)
outcome-search-title = Buscar en los resultados de las sesiones
outcome-search-intro = Lo que informaron las sesiones de cada Foro de la CMSI, tal como lo redactaron sus organizadores y lo aprobó la secretaría. Busque en cualquiera de los seis idiomas y afine por línea de acción, Objetivo, edición, tipo de sesión e idioma.
outcome-search-label = Palabras que buscar
outcome-search-any = Cualquiera
outcome-search-year = Edición
outcome-search-type = Tipo de sesión
outcome-search-forum = Foro de la CMSI { $year }
outcome-search-count = { $count ->
    [0] No se encontró ningún resultado.
    [one] Se encontró un resultado.
   *[other] Se encontraron { $count } resultados.
}
outcome-search-link = Buscar en los resultados de las sesiones
outcome-search-page-invalid = La página debe ser un número entero del 1 al 100.
outcome-search-value-invalid = Este valor no existe: elija uno de la lista.
outcome-search-too-many-filters = Demasiados filtros: 20 como máximo.
outcome-search-hint = Se encuentran los resultados que contienen todas sus palabras; OR entre dos palabras encuentra cualquiera de ellas. Ponga una frase entre "comillas"; una palabra tras un signo menos (-palabra) excluye los resultados que la contienen.
