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
text-invalid-characters = Elimine los caracteres de control de este texto.
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

## Stocktaking
stocktaking-results = { $count ->
    [one] One entry
   *[other] { $count } entries
}
stocktaking-new-title = Submit an activity
stocktaking-edit-title = Edit your activity
stocktaking-mine-title = Your entries
stocktaking-mine-empty = You have not submitted any activity yet.
stocktaking-search-label = Search activities
stocktaking-sort-label = Order
stocktaking-sort-relevance = Most relevant first
stocktaking-sort-newest = Newest first
stocktaking-search-submit = Search
stocktaking-refine = Refine
stocktaking-active-filters = Active filters
stocktaking-remove-filter = (remove this filter)
stocktaking-updated = Last change
stocktaking-is-public = public
stocktaking-edit = Edit
facet-action_line = Action Line
facet-sdg = SDG
facet-target = SDG target
facet-country = Country or area
facet-region = Region
facet-stakeholder_type = Stakeholder type
facet-activity_type = Type of activity
facet-status = Stage
facet-year = Start year
facet-call = Call
facet-language = Written in
activity-type-project = Project
activity-type-programme = Programme
activity-type-training = Training
activity-type-conference = Conference or event
activity-type-website = Website or portal
activity-type-guideline = Guideline or policy
activity-type-toolkit = Toolkit
activity-type-other = Other
activity-status-planned = Planned
activity-status-ongoing = Ongoing
activity-status-completed = Completed
entry-status-draft = Draft
entry-status-submitted = Awaiting review
entry-status-published = Published
entry-status-returned = Returned for changes
entry-status-rejected = Rejected
coverage-national = National
coverage-regional = Regional
coverage-international = International
entry-section-about = About the activity
entry-section-organisation = Who runs it
entry-field-title = Title
entry-field-description = Description
entry-description-hint = Describe the activity, its results and its impact. You may use Markdown (emphasis, lists, links).
entry-field-language = Language of this text
entry-field-activity-type = Type of activity
entry-field-status = Stage of the activity
entry-field-start = Start date
entry-field-end = End date
entry-field-dates = Dates
entry-field-website = Website
entry-field-contact = Contact e-mail
entry-field-organisation = Organisation
entry-field-partners = Partners
entry-partners-hint = One partner per line.
entry-field-coverage = Coverage
entry-field-countries = Countries or areas (national coverage)
entry-field-regions = Regions (regional coverage)
entry-multi-hint = Hold Ctrl (or Cmd) to choose several.
entry-field-action-lines = WSIS Action Lines
entry-field-sdgs = Sustainable Development Goals
entry-targets-hint = Tick each goal the activity supports; you may add targets (e.g. 4.4, 4.a) and a short rationale.
entry-field-languages = Languages the activity works in
entry-rationale = Why (short rationale)
entry-targets = Targets, e.g. 4.4, 4.a
entry-save-draft = Save
entry-submit = Save and submit for review
entry-pending-edit = a newer version awaits review; the public still sees the published one
entry-published-on = Published on
entry-history = History
entry-event-submit = submitted for review
entry-event-publish = published
entry-event-return = returned for changes
entry-event-reject = rejected
title-required = Enter a title.
title-too-long = The title must have at most 200 characters.
description-required = Enter a description.
description-too-long = The description must have at most 10,000 characters.
activity-type-invalid = Choose a type of activity from the list.
activity-status-invalid = Choose the stage of the activity.
entry-status-invalid = Choose a status from the list.
coverage-invalid = Choose national, regional or international coverage.
partners-invalid = List at most 50 partners, each under 200 characters.
countries-required = Choose at least one country or area for national coverage.
regions-required = Choose at least one region for regional coverage.
region-invalid = Choose regions from the list.
action-line-c7-needs-subline = For C7, choose one of its eight sub-lines.
action-lines-required = Choose at least one Action Line.
rationale-too-long = A rationale must have at most 500 characters.
sdg-invalid = Choose goals from the list.
sdg-target-invalid = Give targets of the chosen goal, like 4.4 or 4.a.
sdgs-required = Choose at least one Sustainable Development Goal.
date-invalid = Enter a date like 2019-04-08.
end-before-start = The end date must not be before the start date.
url-invalid = Enter a web address starting with https:// or http://.
entry-stale = Someone else changed this entry while you were editing it. Your text is below: reload the entry, compare, and save again.
entry-rejected-final = This entry was rejected and cannot change any more.
entry-action-not-allowed = This step is not possible in the entry's current state.
moderation-comment-required = Give a comment or a reason when returning or rejecting an entry.
error-409-title = Conflict
error-409-text = The request conflicts with the current state of the record.

## Moderation and calls
moderation-title = Moderation queue
moderation-review = Review
moderation-comment = Comment or reason
moderation-comment-hint = Required to return or reject; the submitter receives it by e-mail.
moderation-publish = Publish
moderation-return = Return for changes
moderation-reject = Reject
moderation-done = The decision has been recorded and the submitter informed.
moderation-all = All
moderation-filter = Filter
moderation-problems = Some entries could not be changed
moderation-select = Select
moderation-owner = Submitted by
moderation-bulk = Apply to the selected entries
moderation-action = Decision
moderation-apply = Apply
moderation-choose-action = Choose a decision.
moderation-choose-entries = Select at least one entry.
calls-title = Calls for entries
call-year = Year
call-window = Open
call-new = Open a new call
call-opens = Opens on
call-closes = Closes on
call-create = Open the call
call-year-invalid = Enter a year between 2004 and 2100.
call-exists = There is already a call for this year.
mail-entry-subject = WSIS Stocktaking: { $title }
mail-entry-submitted = We have received your entry “{ $title }”. The WSIS secretariat will review it.
mail-entry-published = Your entry “{ $title }” is now published on the WSIS Stocktaking Platform.
mail-entry-returned = The WSIS secretariat has returned your entry “{ $title }” for changes.
mail-entry-rejected = The WSIS secretariat could not accept your entry “{ $title }”.
mail-entry-comment = The secretariat's comment:
