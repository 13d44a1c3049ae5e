## Los Premios de la CMSI (issue 13)

prize-editions = Ediciones
prize-no-editions = Todavía no se ha abierto ninguna edición de los Premios de la CMSI.
prize-edition-title = Premios de la CMSI { $year }
prize-edition-nav = Esta edición
prize-timeline = Calendario
prize-phase-upcoming = Aún no abierta
prize-phase-submission = Presentación de proyectos
prize-phase-review = Evaluación por expertos y nominación
prize-phase-voting = Votación pública en línea
prize-phase-selection = Selección de los Ganadores
prize-phase-announced = Anuncio de los resultados
prize-phase-dates = Del { $from } al { $to }
prize-phase-now = Fase actual: { $phase }.
prize-rule-all-categories = En esta edición, una papeleta solo se cuenta si su votante vota en las 18 categorías.
prize-categories = Las 18 categorías
prize-category-title = Categoría { $number }: { $name }
prize-back-to-edition = Volver a la edición
prize-back-to-category = Volver a la categoría
prize-back-to-manage = Volver a la gestión de la edición
prize-back-to-queue = Volver a mi lista de evaluación
prize-submit-link = Presentar un proyecto
prize-results-link = Resultados y cómo volver a contarlos
prize-review-link = Evaluación por expertos
prize-manage-link = Gestionar la edición
prize-fraud-link = Votos sospechosos
prize-audit-link = Registro de auditoría
prize-nominees-not-yet = Los proyectos nominados de esta categoría aún no se han publicado.
prize-voting-open = La votación está abierta: elija un proyecto de esta categoría. Los recuentos parciales permanecen ocultos hasta el cierre de la votación.
prize-nominees-count = { $count ->
    [one] Un proyecto nominado.
    [many] { $count } proyectos nominados.
   *[other] { $count } proyectos nominados.
}
prize-vote = Votar
prize-vote-final = Un voto es definitivo: no puede modificarse ni retirarse. Recibirá una confirmación por correo electrónico.
prize-you-voted = Votó por «{ $title }» el { $date } (UTC). Su voto es definitivo.
prize-sign-in-to-vote = Inicie sesión para votar (con una cuenta cuya dirección de correo electrónico esté confirmada)
prize-voted = Su voto ha quedado registrado. Le enviaremos una confirmación por correo electrónico.
prize-my-votes = Mis votos
prize-my-votes-title = Mis votos en los Premios de la CMSI { $year }
prize-my-votes-count = { $count ->
    [one] Ha votado en una de las { $total } categorías.
    [many] Ha votado en { $count } de las { $total } categorías.
   *[other] Ha votado en { $count } de las { $total } categorías.
}
prize-nominee = Proyecto nominado
prize-col-when = Fecha (UTC)
prize-col-who = Autor
prize-col-year = Año
prize-col-status = Estado
prize-col-action = Decisión
prize-col-subject = Asunto
prize-col-mean = Puntuación media (sobre 70)
prize-col-spread = Dispersión de las puntuaciones de los expertos
prize-voided = anulado
prize-results-title = Resultados de los Premios de la CMSI { $year }
prize-results-summary = { $count ->
    [one] Se contó un voto; { $champions } Campeones.
    [many] Se contaron { $count } votos; { $champions } Campeones.
   *[other] Se contaron { $count } votos; { $champions } Campeones.
}
prize-recount-heading = Vuelva a contarlos usted mismo
prize-sealed-at = Las papeletas se sellaron al cerrarse la votación, el { $date } (UTC). Su resumen SHA-256 se publicó entonces y no ha cambiado:
prize-digest = Resumen SHA-256 de las papeletas
prize-recount-how = Descargue las papeletas anonimizadas (una línea por voto: un votante seudonimizado, la categoría, el proyecto nominado y la hora), compruebe su resumen y vuelva a contarlas con el comando de la plataforma:
prize-ballots-download = Las papeletas (CSV)
prize-tally-text = El resultado tal como lo muestra el comando
prize-winners-pending = Los expertos eligen al Ganador de cada categoría entre sus Campeones; los Ganadores se muestran aquí una vez anunciados.
prize-winner = Ganador
prize-champion = Campeón
prize-champions = Campeones
prize-votes-count = { $count ->
    [one] un voto
    [many] { $count } votos
   *[other] { $count } votos
}
prize-champions-by-country = Campeones por país (los 20 con más)
prize-champions-by-type = Campeones por tipo de parte interesada
prize-choose-winner = El Ganador de esta categoría
prize-save-winner = Guardar el Ganador
prize-winner-saved = Se ha guardado el Ganador.
prize-winner-not-champion = Elija uno de los Campeones de la categoría.
prize-selection-closed = Los Ganadores se eligen después del cierre de la votación y antes del anuncio de los resultados.

## Presentaciones

prize-submit-title = Presentar un proyecto a los Premios de la CMSI { $year }
prize-edit-title = Modificar su borrador para los Premios de la CMSI { $year }
prize-submit-intro = Un proyecto por entidad en cada categoría, en una sola categoría. Las candidaturas se presentan en inglés. Guarde primero un borrador; su página muestra lo que aún falta y, después, preséntelo.
prize-submission-closed = La presentación de proyectos no está abierta en este momento en esta edición.
prize-from-entry = Partir de una de sus fichas del inventario
prize-field-category = Categoría
prize-field-title = Título del proyecto
prize-field-organisation = Entidad que presenta el proyecto
prize-organisation-hint = La organización, institución o empresa. Un proyecto por entidad en cada categoría.
prize-field-website = Sitio web del proyecto
prize-field-description = Descripción que verán los votantes
prize-description-hint = Entre { $min } y { $max } palabras, en inglés. Ahora tiene { $count ->
    [one] una palabra
    [many] { $count } palabras
   *[other] { $count } palabras
}.
prize-words-label = Palabras
prize-field-linkage = Vinculación con las Líneas de Acción de la CMSI y los ODS
prize-field-impact = Impacto, cualitativo y cuantitativo
prize-field-partnerships = Alianzas
prize-field-challenges = Dificultades
prize-field-future-plans = Planes futuros
prize-field-owner-email = Correo electrónico del responsable del proyecto, si no es usted
prize-owner-email-hint = Puede proponer un proyecto del que no es responsable: se informará a su responsable por correo electrónico.
prize-save-draft = Guardar el borrador
prize-draft-saved = Se ha guardado su borrador.
prize-edit-draft = Modificar el borrador
prize-submit-button = Presentar el proyecto
prize-submitted = Su proyecto se ha presentado. Le enviaremos una confirmación por correo electrónico.
prize-cannot-submit = El proyecto aún no puede presentarse
prize-checklist = Antes de presentar
prize-check-basics = País y tipo de parte interesada
prize-check-description = Una descripción de { $min } a { $max } palabras (ahora { $count })
prize-check-done = hecho
prize-check-missing = falta
prize-mine-title = Mis candidaturas a los Premios
prize-mine-none = Todavía no ha presentado ningún proyecto.
prize-status-draft = Borrador
prize-status-submitted = Presentado, en evaluación por los expertos
prize-status-nominated = Nominado
prize-status-declined = No nominado

prize-category-required = Elija una categoría.
prize-category-invalid = Elija una de las 18 categorías.
prize-title-required = Introduzca el título del proyecto.
prize-organisation-required = Introduzca la entidad que presenta el proyecto.
prize-country-required = Elija el país.
prize-stakeholder-type-required = Elija el tipo de parte interesada.
prize-text-too-long = Este texto es demasiado largo.
prize-english-only = Solo se aceptan candidaturas en inglés.
prize-description-required = Introduzca la descripción que verán los votantes.
prize-description-too-short = La descripción es demasiado corta: debe tener al menos 150 palabras.
prize-description-too-long = La descripción es demasiado larga: puede tener como máximo 200 palabras.
prize-answer-required = Responda a esta pregunta.
prize-entity-has-project = Esta entidad ya tiene un proyecto en esta categoría: un proyecto por entidad y por categoría.
prize-previous-winner = Esta entidad ya ganó un Premio de la CMSI: los ganadores anteriores no pueden participar.
prize-submission-not-draft = Este proyecto ya se presentó; ya no puede modificarse.
prize-submission-stale = El borrador ha cambiado desde que lo abrió; vuelva a cargarlo y repita su modificación.
prize-submission-not-submitted = Solo los proyectos presentados pueden ser nominados o descartados.

prize-mail-submitted-subject = Su proyecto se ha presentado a los Premios de la CMSI { $year }
prize-mail-submitted = Su proyecto «{ $title }» se ha presentado a los Premios de la CMSI { $year } en la categoría { $category }. El grupo de expertos evalúa todas las candidaturas; le comunicaremos si ha sido nominado.
prize-mail-nominated-by-subject = Su proyecto ha sido presentado a los Premios de la CMSI { $year }
prize-mail-nominated-by = { $organisation } ha presentado su proyecto «{ $title }» a los Premios de la CMSI { $year }. Si se trata de un error, responda a este mensaje.
prize-mail-votes-subject = Sus votos en los Premios de la CMSI { $year }
prize-mail-votes = { $count ->
    [one] Le confirmamos su voto en los Premios de la CMSI { $year }:
    [many] Le confirmamos sus { $count } votos en los Premios de la CMSI { $year }:
   *[other] Le confirmamos sus { $count } votos en los Premios de la CMSI { $year }:
}
prize-mail-votes-final = Los votos son definitivos. Puede consultar todos sus votos aquí:

## Evaluación por expertos

prize-review-title = Evaluación por expertos, Premios de la CMSI { $year }
prize-review-intro = Las candidaturas de sus categorías. Puntúe cada una según los criterios publicados; declare un conflicto de intereses con cualquier proyecto con el que tenga vínculos, y saldrá de su lista.
prize-review-none = No hay nada que evaluar en sus categorías.
prize-review-one = Evaluación: { $title }
prize-review-about = Una candidatura en la categoría { $category }. Puntúe cada criterio de 1 (deficiente) a 10 (excelente).
prize-review-this = Evaluar este proyecto
prize-read-project = Leer el proyecto
prize-scored = Puntuado
prize-not-scored = Aún sin puntuar
prize-scores-heading = Sus puntuaciones
prize-field-comment = Comentario (opcional)
prize-save-scores = Guardar las puntuaciones
prize-scores-saved = Se han guardado sus puntuaciones.
prize-criterion-impact = Resultados e impacto
prize-criterion-empowerment = Empoderamiento de la comunidad
prize-criterion-sdg-relevance = Pertinencia para los ODS
prize-criterion-replicability = Replicabilidad
prize-criterion-sustainability = Sostenibilidad
prize-criterion-partnerships = Alianzas
prize-criterion-wsis-values = Promoción de los valores de la CMSI
prize-score-required = Asigne una puntuación de 1 a 10.
prize-score-invalid = Una puntuación es un número entero de 1 a 10.
prize-conflict-heading = Un conflicto de intereses
prize-conflict-hint = Por qué se abstiene (por ejemplo: «Asesoro a esta organización»). Ya no verá ni puntuará este proyecto.
prize-declare-conflict = Declarar el conflicto
prize-conflict-saved = Se ha registrado su conflicto de intereses; el proyecto ha salido de su lista.
prize-field-reason = Motivo
prize-reason-required = Indique el motivo.
prize-review-closed = Las puntuaciones se asignan durante la fase de evaluación por expertos.

## La secretaría

prize-new-edition = Abrir una nueva edición
prize-create-edition = Crear la edición
prize-field-year = Año
prize-year-invalid = Introduzca un año entre 2000 y 2100.
prize-edition-exists = Ya existe una edición de ese año.
prize-dates-heading = Fechas de las fases (00:00 UTC)
prize-field-submission-opens = Apertura de las candidaturas
prize-field-submission-closes = Cierre de las candidaturas
prize-field-voting-opens = Apertura de la votación
prize-field-voting-closes = Cierre de la votación
prize-field-announced-at = Anuncio de los resultados
prize-field-require-all = Regla de la votación
prize-date-invalid = Introduzca una fecha con el formato YYYY-MM-DD.
prize-date-order = Cada fecha debe ser posterior a la anterior.
prize-save-dates = Guardar las fechas
prize-edition-saved = Se ha guardado la edición.
prize-sealed = El recuento de esta edición está sellado: sus votos y fechas ya no cambian.
prize-manage-title = Gestión de los Premios de la CMSI { $year }
prize-vote-totals = Votos hasta ahora — contados: { $count }; anulados: { $voided }; votantes: { $voters }. (El público no ve ningún recuento antes del cierre de la votación.)
prize-experts = Expertos
prize-experts-none = Todavía no se ha designado a ningún experto.
prize-add-expert = Designar a un experto
prize-experts-saved = Se han guardado los expertos.
prize-account-unknown = Ninguna cuenta tiene esta dirección de correo electrónico.
prize-remove = Quitar
prize-ranking = Candidaturas según las puntuaciones de los expertos
prize-ranking-none = Todavía no se ha presentado ningún proyecto.
prize-spread = De { $low } a { $high } ({ $experts ->
    [one] un experto
    [many] { $experts } expertos
   *[other] { $experts } expertos
})
prize-nominate = Nominar
prize-decline = Descartar
prize-decision-saved = Se ha guardado la decisión.
prize-publish-nominees = Publicar los proyectos nominados
prize-publish-nominees-help = Al publicarlos, los proyectos nominados se muestran al público; a partir de ese momento, las decisiones del grupo de expertos son definitivas.
prize-nominees-published = Se han publicado los proyectos nominados.
prize-nominees-are-published = Los proyectos nominados están publicados.
prize-fraud-title = Votos sospechosos, Premios de la CMSI { $year }
prize-fraud-intro = Patrones detectados en los votos: una ráfaga de votos para un mismo proyecto nominado, muchas cuentas que votan desde una misma dirección de red, muchas cuentas nuevas con un mismo patrón de correo electrónico. Anule los votos que señalan o desestímelos; cada decisión, con su motivo, queda anotada en el registro de auditoría.
prize-scan = Buscar ahora patrones sospechosos
prize-scanned = Se han analizado los votos.
prize-pending = Pendiente de decisión
prize-pending-none = No hay nada pendiente.
prize-decided = Decidido
prize-suspicion-burst = Una ráfaga de votos
prize-suspicion-address = Muchas cuentas desde una misma dirección
prize-suspicion-pattern = Muchas cuentas nuevas con un mismo patrón de correo electrónico
prize-accounts-count = { $count ->
    [one] una cuenta
    [many] { $count } cuentas
   *[other] { $count } cuentas
}
prize-void-votes = Anular sus votos
prize-dismiss = Desestimar
prize-decision-voided = votos anulados
prize-decision-dismissed = desestimado
prize-suspicion-decided = Ya se tomó una decisión al respecto.
prize-void-heading = Anular los votos de una cuenta
prize-field-voter = Número de cuenta
prize-void-voter = Anular los votos
prize-voter-voided = Se han anulado los votos de la cuenta.
prize-voter-unknown = No existe esa cuenta.
prize-audit-title = Registro de auditoría, Premios de la CMSI { $year }
prize-audit-intro = Todas las decisiones sobre la votación de esta edición, por orden. Nada de lo que contiene se modifica ni se elimina nunca.
prize-audit-none = Todavía no se ha tomado ninguna decisión.
prize-actor-platform = La plataforma
prize-audit-edition-created = Edición creada
prize-audit-edition-dates-changed = Fechas modificadas
prize-audit-domain-blocked = Dominio de correo electrónico bloqueado
prize-audit-domain-unblocked = Dominio de correo electrónico desbloqueado
prize-audit-suspicion-found = Patrón sospechoso detectado
prize-audit-voter-voided = Votos anulados
prize-audit-suspicion-voided = Sospecha confirmada, votos anulados
prize-audit-suspicion-dismissed = Sospecha desestimada
prize-audit-tally-sealed = Recuento sellado (resumen, papeletas)
prize-audit-winner-chosen = Ganador elegido
prize-audit-expert-added = Experto designado
prize-audit-expert-removed = Experto retirado
prize-audit-conflict-declared = Conflicto de intereses declarado
prize-audit-nominated = Proyecto nominado
prize-audit-declined = Proyecto descartado
prize-audit-nominees-published = Proyectos nominados publicados
prize-blocked-title = Dominios de correo electrónico bloqueados
prize-blocked-intro = Las cuentas cuya dirección de correo electrónico pertenece a uno de estos dominios (direcciones desechables) no pueden votar.
prize-blocked-none = No hay ningún dominio bloqueado.
prize-field-domain = Dominio (por ejemplo, mailinator.com)
prize-block-domain = Bloquear un dominio
prize-domain-invalid = Introduzca un dominio como example.com.
prize-domains-saved = Se ha guardado la lista.

## Rechazos de un voto

prize-vote-closed = La votación no está abierta en este momento en esta edición.
prize-vote-unverified = Confirme su dirección de correo electrónico antes de votar.
prize-vote-blocked-domain = Las cuentas con una dirección de correo electrónico de este dominio no pueden votar.
prize-vote-voided = Los votos de esta cuenta se anularon; no puede votar en esta edición.
prize-vote-already = Ya ha votado en esta categoría; un voto es definitivo.
prize-nominee-invalid = Este proyecto no está nominado en esta categoría.

## En la página de una entrada del inventario

prize-entry-champion = Premios de la CMSI { $year }: Campeón, { $category }
prize-entry-winner = Premios de la CMSI { $year }: Ganador, { $category }
prize-audit-results-announced = Resultados anunciados
prize-results-of = Los Campeones: { $what }
prize-results-all = Todos los resultados

## La página de la secretaría (incidencia 11)

secretariat-title = Secretaría
secretariat-intro = Lo que espera una decisión en cada parte de la plataforma, y las últimas decisiones.
secretariat-entries-waiting = Entradas pendientes de revisión
secretariat-forum = Foro de la CMSI { $year }
secretariat-forum-dates = del { $from } al { $to }
secretariat-call-open = convocatoria de sesiones abierta
secretariat-call-closed = convocatoria de sesiones cerrada
secretariat-agenda-published = { $count ->
    [one] programa publicado (una versión)
    [many] programa publicado ({ $count } versiones)
   *[other] programa publicado ({ $count } versiones)
}
secretariat-agenda-unpublished = programa no publicado
secretariat-proposals-waiting = Propuestas de sesión pendientes de decisión
secretariat-registrations-waiting = Inscripciones pendientes de aprobación
secretariat-outcomes-waiting = Resultados de sesión pendientes de revisión
secretariat-submissions-waiting = Candidaturas a los Premios pendientes de decisión
secretariat-suspicions-waiting = Votos sospechosos pendientes de decisión
secretariat-recent = Últimas decisiones
secretariat-recent-none = Todavía no se ha tomado ninguna decisión.
