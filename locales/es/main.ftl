# The WSIS Platform – Spanish interface strings (Plataforma de la CMSI).
# Every other language file has the same keys (a test checks it).

## Site frame
site-name = Plataforma de la CMSI
site-tagline = Cumbre Mundial sobre la Sociedad de la Información: las TIC al servicio de los Objetivos de Desarrollo Sostenible
skip-to-content = Ir al contenido principal
nav-label = Secciones principales
nav-home = Inicio
nav-stocktaking = Inventario
nav-forum = Foro
nav-outcomes = Resultados
nav-prizes = Premios
nav-action-lines = Líneas de Acción
nav-sdgs = ODS
account-nav-label = Su cuenta
language-switcher-label = Idioma
footer-about = La Plataforma de la CMSI es un software de código abierto para el proceso de la CMSI con múltiples partes interesadas.
footer-api = Datos abiertos y API
footer-licence = Textos de los ODS: open-sdg/sdg-translations (MIT). Nombres de países: i18n-iso-countries (MIT).

## Home page
home-title = Plataforma de la CMSI
home-intro = Un espacio único para el proceso de la CMSI durante todo el año: el Inventario de actividades de TIC para el desarrollo, el Foro de la CMSI, sus resultados y los Premios de la CMSI, en los seis idiomas oficiales de las Naciones Unidas.
home-sections-heading = Secciones
home-stocktaking-text = Un registro público de proyectos, programas e iniciativas de TIC para el desarrollo de todas las partes interesadas, vinculados a las Líneas de Acción de la CMSI y a los ODS.
home-forum-text = El Foro de la CMSI: consulta abierta, convocatoria de sesiones, programa, inscripción y participación a distancia.
home-outcomes-text = Resultados de las sesiones, el Documento Final, los Resultados de la serie de sesiones de alto nivel y la Matriz CMSI-ODS.
home-prizes-text = Los Premios de la CMSI: candidaturas, evaluación por expertos, votación pública en línea, Campeones y Ganadores en 18 categorías.
home-framework-heading = El marco
home-framework-text = { $actionLines } Líneas de Acción, { $goals } Objetivos de Desarrollo Sostenible con { $targets } metas, { $countries } países y zonas.
section-empty = Todavía no se ha publicado nada aquí.
section-open = Abrir { $section }

## Section pages
stocktaking-title = Inventario de la CMSI
forum-title = Foro de la CMSI
outcomes-title = Resultados
prizes-title = Premios de la CMSI

## Taxonomy pages
action-lines-title = Líneas de Acción de la CMSI
action-lines-intro = Las once Líneas de Acción del Plan de Acción de Ginebra. La Línea de Acción C7 tiene ocho sublíneas. Cada línea es también una categoría de los Premios de la CMSI.
action-line-code = Código
action-line-name = Línea de Acción
prize-category = Categoría de premio
prize-category-number = Categoría { $number }
facilitators = Facilitadores
facilitator-role-lead = Facilitador principal
facilitator-role-co_facilitator = Cofacilitador
facilitator-role-partner = Asociado
sdgs-title = Objetivos de Desarrollo Sostenible
sdgs-intro = Los 17 Objetivos de la Agenda 2030 y sus 169 metas, a los que se vincula cada actividad de la CMSI.
sdg-goal = Objetivo { $number }
sdg-targets = Metas ({ $count })

## Forms: common
form-errors-heading = { $count ->
    [one] Hay un problema en los datos introducidos
   *[other] Hay { $count } problemas en los datos introducidos
}
form-required = (obligatorio)
form-optional = (opcional)
form-choose = Elegir…
form-save = Guardar
field-email = Dirección de correo electrónico
field-password = Contraseña
field-password-hint = Al menos 10 caracteres.
field-password-confirm = Repita la contraseña
field-name = Nombre completo
field-organisation = Organización
field-stakeholder-type = Tipo de parte interesada
field-country = País o zona
field-language = Idioma preferido

## Field errors
email-required = Introduzca su dirección de correo electrónico.
email-invalid = Introduzca una dirección de correo electrónico como nombre@example.org.
email-taken = Esta dirección de correo electrónico ya está registrada. Inicie sesión o restablezca su contraseña.
password-required = Introduzca una contraseña.
password-too-short = La contraseña debe tener al menos 10 caracteres.
password-too-long = La contraseña debe tener como máximo 256 caracteres.
password-mismatch = Las dos contraseñas no coinciden.
password-wrong = La contraseña actual no es correcta.
name-required = Introduzca su nombre.
name-too-long = El nombre debe tener como máximo 100 caracteres.
organisation-required = Introduzca la organización.
organisation-too-long = El nombre de la organización debe tener como máximo 200 caracteres.
text-invalid-characters = Elimine los caracteres de control de este texto (un salto de línea en un campo de una sola línea, un carácter invisible que invierte la dirección del texto).
stakeholder-type-invalid = Elija un tipo de parte interesada de la lista.
country-invalid = Elija un país o zona de la lista.
language-invalid = Elija uno de los seis idiomas.
role-invalid = Elija un rol de la lista.
action-line-invalid = Elija una Línea de Acción de la lista.
facilitator-role-invalid = Elija un rol de facilitador de la lista.
agency-required = Introduzca el organismo.
agency-too-long = El nombre del organismo debe tener como máximo 100 caracteres.
facilitator-exists = Este organismo ya es facilitador de esta línea.
login-failed = La dirección de correo electrónico o la contraseña no son correctas.
login-unverified = Confirme primero su dirección de correo electrónico: siga el enlace que le hemos enviado.

## Accounts
signup-title = Crear una cuenta
signup-intro = Con una cuenta puede presentar actividades, proponer sesiones, inscribirse en el Foro y votar.
signup-submit = Crear cuenta
signup-have-account = ¿Ya tiene una cuenta? Inicie sesión.
signup-done-title = Revise su correo electrónico
signup-done-text = Hemos enviado un enlace a { $email }. Sígalo para confirmar su dirección y, a continuación, inicie sesión.
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Ha olvidado su contraseña?
login-no-account = ¿Todavía no tiene una cuenta? Cree una.
logout-submit = Cerrar sesión
verify-title = Dirección de correo electrónico confirmada
verify-ok = Gracias: su dirección de correo electrónico ha quedado confirmada. Ya puede iniciar sesión.
verify-failed-title = No se puede utilizar este enlace
verify-failed = El enlace no es válido, ha caducado o ya se ha utilizado. Solicite uno nuevo a continuación.
verify-resend-title = Enviar un nuevo enlace de confirmación
verify-resend-intro = Introduzca la dirección de correo electrónico de su cuenta y le enviaremos un nuevo enlace de confirmación.
verify-resend-submit = Enviar enlace
verify-resend-done = Si una cuenta no confirmada utiliza esta dirección, se le está enviando un nuevo enlace.
forgot-title = Restablecer la contraseña
forgot-intro = Introduzca la dirección de correo electrónico de su cuenta y le enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar enlace de restablecimiento
forgot-done = Si una cuenta utiliza esta dirección, se le está enviando un enlace de restablecimiento. Será válido durante una hora.
reset-title = Elija una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-done = Su contraseña se ha cambiado y se han cerrado sus demás sesiones. Ya puede iniciar sesión.
account-title = Su cuenta
account-profile-heading = Perfil
account-roles-heading = Sus roles
account-created = Cuenta creada el
account-saved = Se ha guardado su perfil.
account-password-heading = Cambiar la contraseña
field-current-password = Contraseña actual
field-new-password = Nueva contraseña
account-password-submit = Cambiar contraseña
account-password-changed = Se ha cambiado su contraseña.
account-verified = Confirmada
account-unverified = Aún no confirmada

## Roles
role-administrator = Administrador
role-secretariat = Secretaría
role-facilitator = Facilitador
role-organiser = Organizador de sesiones
role-stakeholder = Parte interesada
role-participant = Participante

## Administration
admin-title = Administración
admin-users-title = Cuentas y roles
admin-users-count = { $count ->
    [one] Una cuenta
   *[other] { $count } cuentas
}
admin-roles-for = Roles de { $name }
admin-roles-save = Guardar roles
admin-roles-saved = Se han guardado los roles de { $name }.
admin-facilitators-title = Facilitadores de las Líneas de Acción
admin-facilitators-add = Añadir un facilitador
field-action-line = Línea de Acción
field-agency = Organismo
field-facilitator-role = Rol
admin-facilitator-added = Se ha añadido el facilitador.
admin-facilitator-removed = Se ha retirado el facilitador.
admin-remove = Retirar
admin-remove-label = Retirar { $agency } de { $line }
table-email = Correo electrónico
table-name = Nombre
table-roles = Roles
table-status = Estado
table-actions = Acciones
pagination-label = Páginas
pagination-previous = Página anterior
pagination-next = Página siguiente

## Error pages
error-403-title = Acceso denegado
error-403-text = No tiene el rol necesario para acceder a esta página.
error-403-csrf = El formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-401-text = Inicie sesión para ver esta página.
error-404-title = Página no encontrada
error-404-text = No hay ninguna página en esta dirección. Es posible que se haya trasladado.
error-405-title = Método no permitido
error-405-text = Esta dirección no acepta este tipo de solicitud.
error-413-title = Demasiados datos
error-413-text = Lo que ha enviado supera el tamaño que acepta la plataforma.
error-400-title = Solicitud incorrecta
error-400-text = No se ha podido entender la solicitud.
error-429-title = Demasiados intentos
error-429-text = Demasiados intentos en poco tiempo. Espere unos minutos e inténtelo de nuevo.
error-500-title = Se ha producido un error
error-500-text = La plataforma no ha podido completar su solicitud. Se ha informado al equipo. Vuelva a intentarlo más tarde.
error-503-title = No disponible temporalmente
error-503-text = La plataforma no está disponible temporalmente. Vuelva a intentarlo en unos momentos.
error-back-home = Ir a la página de inicio

## E-mail
mail-greeting = Estimado/a { $name }:
mail-signature = El equipo de la Plataforma de la CMSI
mail-verify-subject = Confirme su dirección de correo electrónico para la Plataforma de la CMSI
mail-verify-body = Confirme su dirección de correo electrónico abriendo este enlace en un plazo de 48 horas:
mail-reset-subject = Restablezca su contraseña de la Plataforma de la CMSI
mail-reset-body = Se ha solicitado restablecer la contraseña de su cuenta. Si fue usted, abra este enlace en un plazo de una hora:
mail-reset-ignore = Si no lo ha solicitado, ignore este mensaje: su contraseña no cambiará.
mail-signup-exists-subject = Su cuenta en la Plataforma de la CMSI
mail-signup-exists-body = Alguien, quizá usted, intentó registrarse en la Plataforma de la CMSI con esta dirección de correo electrónico. Ya tiene una cuenta: inicie sesión aquí.
mail-signup-exists-forgot = Si olvidó su contraseña, elija una nueva aquí:

## Stocktaking
stocktaking-results = { $count ->
    [one] Una ficha
   *[other] { $count } fichas
}
stocktaking-new-title = Presentar una actividad
stocktaking-edit-title = Modificar su actividad
stocktaking-mine-title = Sus fichas
stocktaking-mine-empty = Todavía no ha presentado ninguna actividad.
stocktaking-search-label = Buscar actividades
stocktaking-search-hint = Se encuentran las actividades que contienen todas sus palabras; OR entre dos palabras encuentra una u otra. Ponga una frase entre "comillas"; una palabra precedida de un signo menos (-palabra) excluye las actividades que la contienen.
stocktaking-sort-label = Orden
stocktaking-sort-relevance = Más pertinentes primero
stocktaking-sort-newest = Más recientes primero
stocktaking-search-submit = Buscar
stocktaking-refine = Acotar resultados
stocktaking-active-filters = Filtros activos
stocktaking-remove-filter = (quitar este filtro)
stocktaking-updated = Último cambio
stocktaking-is-public = pública
stocktaking-edit = Modificar
facet-action_line = Línea de Acción
facet-c7_subline = Sublínea de C7
facet-sdg = ODS
facet-target = Meta de los ODS
facet-country = País o zona
facet-region = Región
facet-stakeholder_type = Tipo de parte interesada
facet-activity_type = Tipo de actividad
facet-status = Etapa
facet-year = Año de inicio
facet-call = Convocatoria
facet-language = Idiomas de la actividad
search-facet-unknown = Un filtro nombra una faceta que no existe. Las facetas son: action_line, c7_subline, sdg, target, country, region, stakeholder_type, activity_type, status, year, call y language.
search-filter-invalid = Un filtro no está escrito como faceta:valor (por ejemplo sdg:4), o su valor es demasiado largo.
search-filters-too-many = Demasiados filtros: 40 como máximo en total y 20 valores de una misma faceta.
search-query-too-long = El texto de búsqueda es demasiado largo: 200 caracteres como máximo.
search-page-invalid = La página debe ser un número entero entre 1 y 10 000.
search-limit-invalid = El número de resultados por página debe ser un número entero entre 1 y 100.
search-sort-invalid = Ordene por pertinencia o por fecha, las más recientes primero.
activity-type-project = Proyecto
activity-type-programme = Programa
activity-type-training = Formación
activity-type-conference = Conferencia o evento
activity-type-website = Sitio web o portal
activity-type-guideline = Directriz o política
activity-type-toolkit = Conjunto de herramientas
activity-type-other = Otro
activity-status-planned = Prevista
activity-status-ongoing = En curso
activity-status-completed = Finalizada
entry-status-draft = Borrador
entry-status-submitted = Pendiente de revisión
entry-status-published = Publicada
entry-status-returned = Devuelta para modificaciones
entry-status-rejected = Rechazada
coverage-national = Nacional
coverage-regional = Regional
coverage-international = Internacional
entry-section-about = Acerca de la actividad
entry-section-organisation = Quién la lleva a cabo
entry-field-title = Título
entry-field-description = Descripción
entry-description-hint = Describa la actividad, sus resultados y su impacto. Puede utilizar Markdown (énfasis, listas, enlaces).
entry-field-language = Idioma de este texto
entry-field-activity-type = Tipo de actividad
entry-field-status = Etapa de la actividad
entry-field-start = Fecha de inicio
entry-field-end = Fecha de finalización
entry-field-dates = Fechas
entry-field-website = Sitio web
entry-field-contact = Correo electrónico de contacto
entry-field-organisation = Organización
entry-field-partners = Asociados
entry-partners-hint = Un asociado por línea.
entry-field-coverage = Ámbito
entry-field-countries = Países o zonas (ámbito nacional)
entry-field-regions = Regiones (ámbito regional)
entry-multi-hint = Mantenga pulsada la tecla Ctrl (o Cmd) para elegir varios.
entry-field-action-lines = Líneas de Acción de la CMSI
entry-field-sdgs = Objetivos de Desarrollo Sostenible
entry-targets-hint = Marque cada objetivo al que contribuye la actividad; puede añadir metas (por ejemplo, 4.4, 4.a) y una breve justificación.
entry-field-languages = Idiomas en que se desarrolla la actividad
entry-rationale = Por qué (breve justificación)
entry-targets = Metas, por ejemplo, 4.4, 4.a
entry-save-draft = Guardar
entry-submit = Guardar y enviar para revisión
entry-returned-comment = La secretaría devolvió esta ficha con estos comentarios
entry-submit-as-is = Enviar para revisión
entry-pending-edit = hay una versión más reciente pendiente de revisión; el público sigue viendo la publicada
entry-published-on = Publicada el
entry-history = Historial
entry-event-submit = enviada para revisión
entry-event-publish = publicada
entry-event-return = devuelta para modificaciones
entry-event-reject = rechazada
title-required = Introduzca un título.
title-too-long = El título debe tener como máximo 200 caracteres.
description-required = Introduzca una descripción.
description-too-long = La descripción debe tener como máximo 10.000 caracteres.
activity-type-invalid = Elija un tipo de actividad de la lista.
activity-status-invalid = Elija la etapa de la actividad.
entry-status-invalid = Elija un estado de la lista.
coverage-invalid = Elija un ámbito nacional, regional o internacional.
partners-invalid = Indique como máximo 50 asociados, cada uno con menos de 200 caracteres.
countries-required = Elija al menos un país o zona para el ámbito nacional.
regions-required = Elija al menos una región para el ámbito regional.
region-invalid = Elija regiones de la lista.
action-line-c7-needs-subline = Para la Línea de Acción C7, elija una de sus ocho sublíneas.
action-lines-required = Elija al menos una Línea de Acción.
rationale-too-long = La justificación debe tener como máximo 500 caracteres.
sdg-invalid = Elija objetivos de la lista.
sdg-target-invalid = Indique metas del objetivo elegido, como 4.4 o 4.a.
sdgs-required = Elija al menos un Objetivo de Desarrollo Sostenible.
date-invalid = Introduzca una fecha como 2019-04-08.
end-before-start = La fecha de finalización no puede ser anterior a la fecha de inicio.
url-invalid = Introduzca una dirección web que empiece por https:// o http://.
entry-stale = Otra persona ha modificado esta ficha mientras usted la editaba. Su texto figura a continuación: vuelva a cargar la ficha, compare y guarde de nuevo.
moderation-images-unseen = Se añadieron imágenes a esta ficha después de abrirla, o no se muestran aquí. Vuelva a abrir la ficha, revise sus imágenes y decida de nuevo.
entry-rejected-final = Esta ficha fue rechazada y ya no puede modificarse.
entry-action-not-allowed = Este paso no es posible en el estado actual de la ficha.
moderation-comment-required = Indique un comentario o un motivo al devolver o rechazar una ficha.
error-409-title = Conflicto
error-409-text = La solicitud entra en conflicto con el estado actual del registro.

## Moderation and calls
moderation-title = Cola de moderación
moderation-review = Revisión
moderation-comment = Comentario o motivo
moderation-comment-hint = Obligatorio para devolver o rechazar; quien presentó la ficha lo recibirá por correo electrónico.
moderation-publish = Publicar
moderation-return = Devolver para modificaciones
moderation-reject = Rechazar
moderation-done = Se ha registrado la decisión y se ha informado a quien presentó la ficha.
moderation-all = Todos
moderation-filter = Filtrar
moderation-problems = No se han podido modificar algunas fichas
moderation-select = Seleccionar
moderation-owner = Presentada por
moderation-bulk = Aplicar a las fichas seleccionadas
moderation-action = Decisión
moderation-apply = Aplicar
moderation-choose-action = Elija una decisión.
moderation-choose-entries = Seleccione al menos una ficha.
calls-title = Convocatorias de presentación
call-year = Año
call-window = Plazo
call-new = Abrir una nueva convocatoria
call-opens = Se abre el
call-closes = Se cierra el
call-create = Abrir la convocatoria
call-year-invalid = Introduzca un año entre 2004 y 2100.
call-exists = Ya existe una convocatoria para este año.
call-overlaps = Este periodo se solapa con el de otra convocatoria: una entrada enviada entonces no sabría a qué convocatoria pertenece.
call-edit-title = Convocatoria de entradas
call-save = Guardar la convocatoria
call-close = Cerrar la convocatoria ahora
call-close-hint = Las entradas enviadas a partir de ahora no pertenecerán a esta convocatoria.
call-not-open = Esta convocatoria no está abierta.
mail-entry-submitted-subject = Inventario de la CMSI: hemos recibido su ficha
mail-entry-to-review-subject = Inventario de la CMSI: una ficha espera su examen
mail-entry-published-subject = Inventario de la CMSI: su ficha se ha publicado
mail-entry-returned-subject = Inventario de la CMSI: se le ha devuelto su ficha para modificarla
mail-entry-rejected-subject = Inventario de la CMSI: su ficha no ha podido aceptarse
mail-entry-submitted = Hemos recibido su ficha «{ $title }». La secretaría de la CMSI la examinará.
mail-entry-to-review = La entrada «{ $title }» espera su revisión en la plataforma del Inventario de la CMSI.
mail-entry-published = Su ficha «{ $title }» ya está publicada en la Plataforma del Inventario de la CMSI.
mail-entry-returned = La secretaría de la CMSI le ha devuelto su ficha «{ $title }» para que introduzca modificaciones.
mail-entry-rejected = La secretaría de la CMSI no ha podido aceptar su ficha «{ $title }».
mail-entry-comment = Comentario de la secretaría:

## Statistics
stats-title = Estadísticas
stats-by-action-line = Fichas por Línea de Acción
stats-by-sdg = Fichas por ODS
stats-by-region = Fichas por región (M49 de las Naciones Unidas)
stats-by-stakeholder = Fichas por tipo de parte interesada
stats-by-year = Fichas por año de inicio
stats-by-country = Fichas por país o zona
stats-heatmap = Líneas de Acción × ODS: fichas vinculadas a ambos
stats-table = Mostrar las cifras en una tabla
stats-category = Categoría
stats-entries = Fichas
stocktaking-open-data = Datos abiertos (CSV)

## Import
import-title = Importar fichas
import-intro = Suba un archivo CSV con las columnas de la exportación de datos abiertos, o un archivo JSON con el formato de la exportación. Se revisa cada fila; si alguna tiene un problema, no se importa nada.
import-file = Archivo (CSV o JSON)
import-dry-run = Solo revisar el archivo (prueba)
import-submit = Importar
import-ok = El archivo es válido: { $count ->
    [one] { $count } ficha.
   *[other] { $count } fichas.
}
import-done = { $count ->
    [one] { $count } ficha importada y publicada.
   *[other] { $count } fichas importadas y publicadas.
}
import-problems = El archivo tiene problemas; no se importó nada.
import-summary = Nuevas: { $created }. Actualizadas: { $updated }. Sin cambios (ya importadas, idénticas): { $unchanged }.
import-uid-invalid = Este identificador (uid) no es válido: de 1 a 64 letras, cifras, guiones o guiones bajos.
import-uid-twice = Este identificador (uid) aparece dos veces en el archivo.
import-row = Fila { $row }, { $field }
import-not-utf8 = El archivo no es texto UTF-8.
import-empty = El archivo no contiene fichas.
import-bad-csv = El archivo no es un CSV válido.
import-bad-json = El archivo no es un JSON válido con el formato de la exportación.
import-missing-column = Falta esta columna.
import-unknown-column = Esta columna es desconocida.
import-no-file = Elija un archivo.
import-bad-row-length = Esta fila no tiene tantos campos como la fila de encabezado; sus campos no se revisaron.
import-json-not-text = Este valor debe ser un texto.
import-json-not-list = Este valor debe ser una lista.
import-json-bad-item = Un elemento de esta lista no tiene la forma que escribe la exportación.
import-json-not-entry = Este elemento no es una ficha como la escribe la exportación: un objeto con un objeto "data".
import-index-followed = Un `wsis serve` en ejecución tiene el índice de búsqueda: encuentra las nuevas fichas en un segundo aproximadamente.
import-dry-run-nothing-written = Prueba: no se escribió nada.
entry-event-import = importada

## Translations and versions
entry-translate = Añadir una traducción
entry-translation-language = Idioma de la traducción
entry-translator = Traducido por
entry-translation-save = Guardar la traducción
entry-revisions = Versiones
entry-revision = Versión
entry-translated-by = Traducido por

## Publications
reports-title = Publicaciones
reports-stocktaking = El informe sobre el inventario de una convocatoria
reports-success-stories = Casos de éxito
reports-language = Idioma de la publicación
reports-format = Formato
reports-generate = Generar
reports-entries = Fichas
reports-entries-hint = Números de las fichas que se incluirán, separados por comas; déjelo vacío para usar la selección guardada de la convocatoria.

## Imágenes de las fichas
images-title = Imágenes
images-manage = Añadir o quitar imágenes
images-intro = Hasta cinco imágenes de la actividad: archivos PNG, JPEG o WebP de 8 MB y 8000 píxeles por lado como máximo. Eliminamos sus metadatos (como el lugar donde se tomó una foto), las reducimos a 1600 píxeles como máximo y creamos una versión pequeña para las listas.
images-none = Todavía no hay imágenes.
image-add = Añadir una imagen
image-file = Archivo de imagen
image-alt = Texto alternativo
image-alt-hint = Diga qué muestra la imagen, para las personas que no pueden verla (300 caracteres como máximo).
image-upload = Subir la imagen
image-remove = Quitar
image-required = Elija un archivo de imagen.
image-not-image = Este archivo no es una imagen PNG, JPEG ni WebP.
image-too-large = Este archivo supera los 8 MB.
image-too-many-pixels = Esta imagen es demasiado grande: como máximo 8000 píxeles por lado y 25 millones de píxeles en total.
image-alt-required = Describa la imagen en 300 caracteres como máximo.
image-limit = Esta ficha tiene cinco imágenes, el máximo permitido: quite una para añadir otra.
media-store-failed = No se ha podido guardar el archivo en este momento y no se ha conservado nada. Vuelva a intentarlo dentro de unos minutos.
image-pending = No pública hasta su revisión
images-review-note = Las imágenes que añada se publican cuando la secretaría las haya revisado; añadir una a una entrada publicada la devuelve a revisión, y su versión publicada sigue visible mientras tanto.
entry-event-images = imágenes añadidas, enviadas a revisión

## Selección de Casos de éxito
success-stories-title = Casos de éxito
success-stories-year = Casos de éxito { $year }
success-stories-intro = Las fichas publicadas seleccionadas para los Casos de éxito de una convocatoria, en el orden de la publicación. Añada fichas desde su página.
success-stories-none = Todavía no hay fichas seleccionadas para este año.
success-stories-show = Mostrar
success-stories-add = Añadir a los Casos de éxito
success-stories-remove = Quitar
success-stories-up = Subir
success-stories-down = Bajar
success-stories-selected-in = Seleccionada para los Casos de éxito { $year }.
success-stories-remove-from = Quitar de los Casos de éxito { $year }
success-stories-added-by = seleccionada por { $name } el { $date }
success-stories-download = Descargar los Casos de éxito (PDF)
success-stories-see = La selección de Casos de éxito
success-stories-empty = No hay ninguna ficha publicada seleccionada para los Casos de éxito de este año.
success-stories-not-published = Solo las fichas publicadas pueden seleccionarse para los Casos de éxito.
revision-title = Versión { $number }
revision-saved-by = Guardada por { $name } el { $date }
revision-first = Primera versión
revision-changes = Cambios desde la versión { $number }
revision-no-changes = Esta versión no cambió ningún campo.
revision-field = Campo
revision-value = Valor
revision-before = Antes
revision-after = Después
revision-empty = (vacío)
revision-translation = Traducción ({ $name })
revision-item-targets = { $goals } (metas { $targets })
upload-quota-exceeded = Su cuenta ha agotado su cuota de carga de imágenes y documentos. Elimine los archivos que ya no necesite o pida ayuda a la secretaría.

home-entries-count = { $count ->
    [one] Una actividad publicada
   *[other] { $count } actividades publicadas
}
home-entries-latest = Publicadas más recientemente:
home-forum-edition = Foro de la CMSI { $year }: del { $start } al { $end }, { $venue }
home-forum-agenda = El programa
home-outcomes-count = { $count ->
    [one] Un resultado de sesión aprobado del Foro de la CMSI { $year }
   *[other] { $count } resultados de sesiones aprobados del Foro de la CMSI { $year }
}
stocktaking-skip-results = Ir a los resultados

# A short parenthetical after a label: "(16.2, 16.b)".
parenthesised = ({ $text })
success-stories-no-call = Esta ficha no se presentó a ninguna convocatoria, por lo que no puede figurar en los Casos de éxito de ningún año.
success-stories-not-of-call = Solo las fichas presentadas a la convocatoria de ese año pueden seleccionarse para sus Casos de éxito.
# A day and a time range together: "8 April 2019, 09:00–10:30".
date-and-time = { $date }, { $time }
entry-dates-since = Desde el { $date }
# Around a short aside inside a label: "Text (Français)".
paren-open = {" "}(
paren-close = )
