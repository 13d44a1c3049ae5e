## El Hackatón de la CMSI

hackathon-title = Hackatón
hackathon-intro = El Hackatón de la CMSI reúne a personas en equipos para crear soluciones a retos planteados junto con organizaciones asociadas. Los equipos presentan su proyecto antes de la fecha límite; un jurado puntúa los proyectos según criterios publicados y un equipo gana cada reto.
hackathon-none = Todavía no se ha anunciado ningún hackatón.
hackathon-nav = Este hackatón
hackathon-phase-upcoming = Aún no abierto
hackathon-phase-open = Equipos y proyectos
hackathon-phase-judging = Jurado
hackathon-phase-announced = Ganadores anunciados
hackathon-phase-now = Fase actual: { $phase }
hackathon-challenges = Retos
hackathon-no-challenges = Todavía no se ha publicado ningún reto.
hackathon-partners = Organizaciones asociadas:
hackathon-teams = Equipos
hackathon-teams-count = { $count ->
    [0] Todavía no hay ningún equipo
    [one] { $count } equipo
    [many] { $count } equipos
   *[other] { $count } equipos
}
hackathon-members-count = { $count ->
    [one] { $count } miembro
    [many] { $count } miembros
   *[other] { $count } miembros
}
hackathon-project-submitted = proyecto presentado
hackathon-see-also = sus retos, sus equipos y los proyectos ganadores, y cómo participar.
hackathon-projects = Proyectos presentados
hackathon-winner = Equipo ganador
hackathon-rules = Bases
hackathon-rule-team = Los equipos tienen de { $min } a { $max } miembros. Un capitán crea el equipo e invita a los demás miembros por correo electrónico.
hackathon-rule-one-team = Cada persona puede formar parte de un solo equipo por reto.
hackathon-rule-project = Cada equipo presenta un proyecto: un repositorio de código público, una descripción, un vídeo si lo tiene y hasta { $files } archivos. Los miembros pueden modificarlo hasta la fecha límite.
hackathon-rule-jury = Los miembros del jurado declaran sus conflictos de intereses y puntúan cada proyecto según los criterios que figuran a continuación, de 1 a 10 cada uno; la secretaría anuncia un equipo ganador por reto.
hackathon-criteria = Criterios
hackathon-criterion-relevance = Pertinencia e impacto
hackathon-criterion-relevance-text = En qué medida el proyecto responde a su reto y a cuántas personas podría ayudar.
hackathon-criterion-innovation = Innovación
hackathon-criterion-innovation-text = Lo novedosa que es la idea o su uso de la tecnología.
hackathon-criterion-feasibility = Calidad técnica y viabilidad
hackathon-criterion-feasibility-text = Si funciona, lo bien construido que está y si podría implantarse y mantenerse.
hackathon-criterion-inclusion = Accesibilidad e inclusión
hackathon-criterion-inclusion-text = Si pueden usarlo las personas con discapacidad, con conexiones lentas o que hablan otros idiomas.
hackathon-criterion-presentation = Presentación
hackathon-criterion-presentation-text = La claridad con que el equipo explica el problema, la solución y los próximos pasos.
hackathon-participate-link = Participar: sus equipos e invitaciones
hackathon-jury-link = Jurado: puntuar los proyectos
hackathon-manage-link = Gestionar el hackatón
hackathon-back = Volver al hackatón
hackathon-back-challenge = Volver al reto
hackathon-back-team = Volver al equipo
hackathon-back-jury = Volver a los proyectos
hackathon-back-manage = Volver a la página de gestión
hackathon-closed = Los equipos y los proyectos solo pueden modificarse mientras el hackatón está abierto.

## Ediciones y retos (la secretaría)
hackathon-create-heading = Anunciar un hackatón
hackathon-settings-heading = Título, tamaño de los equipos y fechas
hackathon-create = Anunciar
hackathon-save = Guardar
hackathon-saved = Guardado.
hackathon-manage-title = Gestión del Hackatón { $year }
hackathon-field-year = Año
hackathon-field-title = Título
hackathon-field-team-min = Tamaño mínimo de un equipo
hackathon-field-team-max = Tamaño máximo de un equipo
hackathon-field-opens-at = Apertura de la formación de equipos
hackathon-field-closes-at = Fecha límite de presentación de proyectos
hackathon-field-announced-at = Anuncio de los ganadores
hackathon-year-invalid = Introduzca un año entre 2000 y 2100.
hackathon-date-required = Introduzca una fecha.
hackathon-date-order = Esta fecha debe ser posterior a la anterior.
hackathon-team-size-invalid = Introduzca un número del 1 al 10.
hackathon-team-size-order = El tamaño máximo de un equipo no puede ser inferior al mínimo.
hackathon-text-required = Introduzca el texto, al menos en inglés.
hackathon-text-too-long = Este texto es demasiado largo.
hackathon-challenge-add-heading = Añadir un reto
hackathon-challenge-edit-heading = Modificar el reto
hackathon-challenge-add = Añadir el reto
hackathon-challenge-edit = Modificar
hackathon-field-challenge-title = Título del reto
hackathon-field-description = Descripción
hackathon-field-partners = Organizaciones asociadas
hackathon-partners-hint = Una por línea.
hackathon-partners-required = Indique al menos una organización asociada.
hackathon-partners-invalid = Indique como máximo 10 organizaciones asociadas, cada una de 120 caracteres como máximo.
hackathon-jurors-heading = Miembros del jurado
hackathon-field-juror-email = Correo electrónico de la cuenta del miembro del jurado
hackathon-juror-add = Añadir al jurado
hackathon-juror-remove = Quitar
hackathon-account-unknown = Ninguna cuenta usa esta dirección de correo electrónico: el miembro del jurado debe registrarse primero.
hackathon-ranking = Clasificación del jurado
hackathon-ranking-empty = No se presentó ningún proyecto para este reto.
hackathon-team = Equipo
hackathon-mean = Total medio (sobre 50)
hackathon-spread = Mínimo–máximo
hackathon-jurors-scored = Miembros del jurado que han puntuado
hackathon-conflicts = Conflictos de intereses declarados
hackathon-winners-heading = Ganadores
hackathon-field-winner = Equipo ganador
hackathon-winners-save = Guardar los ganadores
hackathon-winner-invalid = Elija un equipo de ese reto que haya presentado un proyecto.
hackathon-jury-closed = Las puntuaciones solo pueden otorgarse después de la fecha límite y antes del anuncio de los ganadores.

## Participar
hackathon-participate-title = Su participación en el Hackatón { $year }
hackathon-participate-intro = Cree un equipo para un reto e invite a los demás miembros por correo electrónico, o responda a una invitación. Los nombres de los equipos y de sus miembros son públicos.
hackathon-invitations = Invitaciones pendientes de su respuesta
hackathon-invitation-from = Invitación de
hackathon-accept = Unirse al equipo
hackathon-decline = Rechazar
hackathon-my-teams = Sus equipos
hackathon-no-team = Todavía no forma parte de ningún equipo.
hackathon-team-create-heading = Crear un equipo
hackathon-team-create = Crear el equipo
hackathon-field-team-name = Nombre del equipo
hackathon-team-name-hint = De 2 a 60 caracteres; ningún otro equipo puede tener el mismo nombre.
hackathon-field-challenge = Reto
hackathon-team-name-required = Introduzca un nombre de al menos 2 caracteres.
hackathon-team-name-too-long = Introduzca un nombre de 60 caracteres como máximo.
hackathon-team-name-taken = Otro equipo ya tiene este nombre.
hackathon-challenge-required = Elija un reto.
hackathon-one-team = Ya forma parte de un equipo para este reto.
hackathon-captain = Capitán
hackathon-members = Miembros
hackathon-leave = Abandonar el equipo
hackathon-captain-stays = El capitán no puede abandonar el equipo.
hackathon-invite-heading = Invitar a un miembro
hackathon-field-invite-email = Dirección de correo electrónico
hackathon-invite-hint = La persona recibe un correo electrónico y se une al equipo cuando inicia sesión con esta dirección y acepta la invitación.
hackathon-invite = Enviar la invitación
hackathon-invited = Se ha enviado la invitación.
hackathon-invitations-sent = Invitaciones enviadas
hackathon-invitation-pending = pendiente de respuesta
hackathon-invitation-accepted = aceptada
hackathon-invitation-declined = rechazada
hackathon-invitation-withdrawn = retirada
hackathon-withdraw = Retirar
hackathon-already-member = Esta persona ya forma parte del equipo.
hackathon-already-invited = Esta dirección ya ha sido invitada al equipo.
hackathon-team-full = El equipo está completo: sus miembros y las invitaciones pendientes de respuesta alcanzan el tamaño máximo permitido.
hackathon-invitations-limit = El equipo ya ha enviado el número máximo de invitaciones permitido.
hackathon-invitation-answered = Esta invitación ya se ha respondido o se ha retirado.

## El proyecto
hackathon-project = Proyecto
hackathon-project-title = Proyecto del equipo { $team }
hackathon-project-intro = Cualquier miembro puede modificar el proyecto hasta la fecha límite ({ $deadline }). Puede adjuntar hasta { $files } archivos, de uno en uno.
hackathon-project-heading = El proyecto
hackathon-no-project = El equipo todavía no ha presentado su proyecto.
hackathon-project-edit = Presentar o modificar el proyecto
hackathon-field-project-title = Título del proyecto
hackathon-field-summary = Descripción
hackathon-summary-hint = Qué problema resuelve, para quién, cómo funciona y cuáles son los próximos pasos. Separe los párrafos con una línea en blanco.
hackathon-field-repo-url = Repositorio de código
hackathon-repo-hint = Una dirección pública que empiece por https://
hackathon-field-video-url = Vídeo
hackathon-field-file = Añadir un archivo
hackathon-file-hint = PDF, Word, PowerPoint, Excel, OpenDocument, PNG, JPEG o WebP, de 20 MB como máximo.
hackathon-project-save = Guardar el proyecto
hackathon-project-saved = Se ha guardado el proyecto.
hackathon-team-too-small = El equipo debe tener al menos tantos miembros como el equipo más pequeño permitido (véanse las reglas) antes de guardar su proyecto.
hackathon-project-title-required = Introduzca el título del proyecto.
hackathon-project-summary-required = Describa el proyecto.
hackathon-url-required = Introduzca la dirección del repositorio de código.
hackathon-url-invalid = Introduzca una dirección que empiece por https://
hackathon-files = Archivos
hackathon-file-remove = Quitar
hackathon-file-limit = Un proyecto puede tener como máximo 5 archivos: quite uno primero.
hackathon-file-type = Este archivo no es un PDF, un documento de oficina ni una imagen.
hackathon-file-too-large = Este archivo supera los 20 MB.

## El jurado
hackathon-jury-title = Jurado del Hackatón { $year }
hackathon-jury-intro = Proyectos puntuados: { $scored } de { $count }.
hackathon-jury-intro-closed = Proyectos puntuados: { $scored } de { $count }. Las puntuaciones solo pueden otorgarse después de la fecha límite y antes del anuncio de los ganadores.
hackathon-jury-none = No hay ningún proyecto que puntuar en este reto.
hackathon-scored = puntuado
hackathon-review-title = Proyecto del equipo { $team }
hackathon-scores-heading = Sus puntuaciones
hackathon-score = Puntuación (de 1 a 10)
hackathon-comment = Comentario (opcional)
hackathon-scores-save = Guardar las puntuaciones
hackathon-score-required = Elija una puntuación.
hackathon-score-invalid = Elija una puntuación del 1 al 10.
hackathon-conflict-heading = Conflicto de intereses
hackathon-conflict-intro = Si conoce a este equipo o tiene algún interés en su proyecto, declárelo: ya no lo verá ni podrá puntuarlo, y se eliminarán las puntuaciones que le haya otorgado.
hackathon-field-reason = Motivo
hackathon-conflict-declare = Declarar un conflicto de intereses
hackathon-reason-required = Indique el motivo.

## Correos electrónicos
hackathon-mail-invite-subject = Invitación a un equipo del Hackatón de la CMSI { $year }
hackathon-mail-invite = { $captain } le invita a unirse al equipo «{ $team }» para el reto «{ $challenge }» del Hackatón de la CMSI { $year }. Inicie sesión y responda a la invitación en su página del hackatón:
hackathon-mail-invite-signup = Todavía no tiene una cuenta con esta dirección de correo electrónico: regístrese primero con ella y, después, responda a la invitación.
hackathon-mail-joined-subject = Un nuevo miembro se ha unido a su equipo del Hackatón de la CMSI { $year }
hackathon-mail-joined = { $name } ha aceptado su invitación y se ha unido al equipo «{ $team }».
