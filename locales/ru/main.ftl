# The WSIS Platform – Russian interface strings (Платформа ВВУИО).
# Every other language file has the same keys (a test checks it).

## Site frame
site-name = Платформа ВВУИО
site-tagline = Всемирная встреча на высшем уровне по вопросам информационного общества: ИКТ в интересах достижения Целей в области устойчивого развития
skip-to-content = Перейти к основному содержанию
nav-label = Основные разделы
nav-home = Главная
nav-stocktaking = Подведение итогов
nav-forum = Форум
nav-outcomes = Результаты
nav-prizes = Премии
nav-action-lines = Направления деятельности
nav-sdgs = ЦУР
account-nav-label = Ваша учетная запись
language-switcher-label = Язык
footer-about = Платформа ВВУИО – программное обеспечение с открытым исходным кодом для процесса ВВУИО с участием многих заинтересованных сторон.
footer-api = Открытые данные и API
footer-licence = Тексты ЦУР: open-sdg/sdg-translations (MIT). Названия стран: i18n-iso-countries (MIT).

## Home page
home-title = Платформа ВВУИО
home-intro = Единое пространство для процесса ВВУИО в течение всего года: подведение итогов деятельности в области ИКТ в целях развития, Форум ВВУИО, его результаты и Премии ВВУИО – на шести официальных языках ООН.
home-sections-heading = Разделы
home-stocktaking-text = Открытый реестр проектов, программ и инициатив всех заинтересованных сторон в области ИКТ в целях развития, увязанных с направлениями деятельности ВВУИО и ЦУР.
home-forum-text = Форум ВВУИО: открытые консультации, прием заявок на проведение сессий, программа, регистрация и дистанционное участие.
home-outcomes-text = Итоги сессий, Итоговый документ, итоги сегмента высокого уровня и Матрица ВВУИО–ЦУР.
home-prizes-text = Премии ВВУИО: выдвижение кандидатур, экспертная оценка, открытое онлайн-голосование, чемпионы и победители в 18 категориях.
home-framework-heading = Рамочная основа
home-framework-text = Направления деятельности: { $actionLines }. Цели в области устойчивого развития: { $goals } (задачи: { $targets }). Страны и районы: { $countries }.
section-empty = Здесь пока ничего не опубликовано.
section-open = Открыть раздел «{ $section }»

## Section pages
stocktaking-title = Подведение итогов ВВУИО
forum-title = Форум ВВУИО
outcomes-title = Результаты
prizes-title = Премии ВВУИО

## Taxonomy pages
action-lines-title = Направления деятельности ВВУИО
action-lines-intro = Одиннадцать направлений деятельности Женевского плана действий. Направление C7 включает восемь поднаправлений. Каждое направление является также категорией Премий ВВУИО.
action-line-code = Код
action-line-name = Направление деятельности
prize-category = Категория премии
prize-category-number = Категория { $number }
facilitators = Координаторы
facilitator-role-lead = Ведущий координатор
facilitator-role-co_facilitator = Сокоординатор
facilitator-role-partner = Партнер
sdgs-title = Цели в области устойчивого развития
sdgs-intro = 17 целей Повестки дня на период до 2030 года и 169 связанных с ними задач; с ними увязана любая деятельность ВВУИО.
sdg-goal = Цель { $number }
sdg-targets = Задачи ({ $count })

## Forms: common
form-errors-heading = { $count ->
    [one] Во введенных данных обнаружена { $count } ошибка
    [few] Во введенных данных обнаружено { $count } ошибки
    [many] Во введенных данных обнаружено { $count } ошибок
   *[other] Во введенных данных обнаружено { $count } ошибки
}
form-required = (обязательно)
form-optional = (необязательно)
form-choose = Выберите…
form-save = Сохранить
field-email = Адрес электронной почты
field-password = Пароль
field-password-hint = Не менее 10 символов.
field-password-confirm = Повторите пароль
field-name = Полное имя
field-organisation = Организация
field-stakeholder-type = Категория заинтересованной стороны
field-country = Страна или район
field-language = Предпочтительный язык

## Field errors
email-required = Введите адрес электронной почты.
email-invalid = Введите адрес электронной почты в формате name@example.org.
email-taken = Этот адрес электронной почты уже зарегистрирован. Войдите в систему или сбросьте пароль.
password-required = Введите пароль.
password-too-short = Пароль должен содержать не менее 10 символов.
password-too-long = Пароль должен содержать не более 256 символов.
password-mismatch = Пароли не совпадают.
password-wrong = Текущий пароль введен неверно.
name-required = Введите имя.
name-too-long = Имя должно содержать не более 100 символов.
organisation-required = Укажите организацию.
organisation-too-long = Название организации должно содержать не более 200 символов.
text-invalid-characters = Удалите из текста управляющие символы.
stakeholder-type-invalid = Выберите категорию заинтересованной стороны из списка.
country-invalid = Выберите страну или район из списка.
language-invalid = Выберите один из шести языков.
role-invalid = Выберите роль из списка.
action-line-invalid = Выберите направление деятельности из списка.
facilitator-role-invalid = Выберите роль координатора из списка.
agency-required = Укажите учреждение.
agency-too-long = Название учреждения должно содержать не более 100 символов.
facilitator-exists = Это учреждение уже является координатором данного направления.
login-failed = Неверный адрес электронной почты или пароль.
login-unverified = Сначала подтвердите адрес электронной почты, перейдя по отправленной нами ссылке.

## Accounts
signup-title = Создание учетной записи
signup-intro = Учетная запись позволяет представлять информацию о деятельности, предлагать сессии, регистрироваться на Форум и участвовать в голосовании.
signup-submit = Создать учетную запись
signup-have-account = Уже есть учетная запись? Войдите.
signup-done-title = Проверьте электронную почту
signup-done-text = Мы отправили ссылку на адрес { $email }. Перейдите по ней, чтобы подтвердить адрес, а затем войдите в систему.
login-title = Вход
login-submit = Войти
login-forgot = Забыли пароль?
login-no-account = Еще нет учетной записи? Создайте ее.
logout-submit = Выйти
verify-title = Адрес электронной почты подтвержден
verify-ok = Спасибо! Ваш адрес электронной почты подтвержден. Теперь вы можете войти в систему.
verify-failed-title = Эту ссылку невозможно использовать
verify-failed = Ссылка недействительна, срок ее действия истек или она уже была использована. Запросите новую ссылку ниже.
verify-resend-title = Отправить новую ссылку для подтверждения
verify-resend-intro = Введите адрес электронной почты вашей учётной записи, и мы отправим вам новую ссылку для подтверждения.
verify-resend-submit = Отправить ссылку
verify-resend-done = Если этот адрес используется неподтвержденной учетной записью, на него отправлена новая ссылка.
forgot-title = Сброс пароля
forgot-intro = Введите адрес электронной почты вашей учетной записи, и мы отправим вам ссылку для выбора нового пароля.
forgot-submit = Отправить ссылку для сброса
forgot-done = Если этот адрес используется какой-либо учетной записью, на него отправлена ссылка для сброса пароля. Она действительна в течение одного часа.
reset-title = Выберите новый пароль
reset-submit = Сохранить новый пароль
reset-done = Ваш пароль изменен, а другие ваши сеансы завершены. Теперь вы можете войти в систему.
account-title = Ваша учетная запись
account-profile-heading = Профиль
account-roles-heading = Ваши роли
account-created = Дата создания учётной записи
account-saved = Ваш профиль сохранен.
account-password-heading = Изменение пароля
field-current-password = Текущий пароль
field-new-password = Новый пароль
account-password-submit = Изменить пароль
account-password-changed = Ваш пароль изменен.
account-verified = Подтвержден
account-unverified = Еще не подтвержден

## Roles
role-administrator = Администратор
role-secretariat = Секретариат
role-facilitator = Координатор
role-organiser = Организатор сессии
role-stakeholder = Заинтересованная сторона
role-participant = Участник

## Administration
admin-title = Администрирование
admin-users-title = Учетные записи и роли
admin-users-count = { $count ->
    [one] { $count } учетная запись
    [few] { $count } учетные записи
    [many] { $count } учетных записей
   *[other] { $count } учетной записи
}
admin-roles-for = Роли пользователя { $name }
admin-roles-save = Сохранить роли
admin-roles-saved = Роли пользователя { $name } сохранены.
admin-facilitators-title = Координаторы направлений деятельности
admin-facilitators-add = Добавить координатора
field-action-line = Направление деятельности
field-agency = Учреждение
field-facilitator-role = Роль
admin-facilitator-added = Координатор добавлен.
admin-facilitator-removed = Координатор удален.
admin-remove = Удалить
admin-remove-label = Удалить { $agency } из направления { $line }
table-email = Эл. почта
table-name = Имя
table-roles = Роли
table-status = Статус
table-actions = Действия
pagination-label = Страницы
pagination-previous = Предыдущая страница
pagination-next = Следующая страница

## Error pages
error-403-title = Доступ запрещен
error-403-text = У вас нет роли, необходимой для доступа к этой странице.
error-403-csrf = Срок действия формы истек. Вернитесь назад, обновите страницу и повторите попытку.
error-401-text = Войдите в систему, чтобы просмотреть эту страницу.
error-404-title = Страница не найдена
error-404-text = По этому адресу страницы нет. Возможно, она была перемещена.
error-405-title = Метод не разрешен
error-405-text = Этот адрес не принимает запросы такого типа.
error-413-title = Слишком большой объем данных
error-413-text = Объем отправленных данных превышает допустимый для платформы.
error-400-title = Неверный запрос
error-400-text = Не удалось распознать запрос.
error-429-title = Слишком много попыток
error-429-text = Слишком много попыток за короткое время. Подождите несколько минут и повторите попытку.
error-500-title = Произошла ошибка
error-500-text = Платформе не удалось выполнить ваш запрос. Команда уже уведомлена. Пожалуйста, повторите попытку позже.
error-503-title = Временно недоступно
error-503-text = Платформа временно недоступна. Пожалуйста, повторите попытку через некоторое время.
error-back-home = Перейти на главную страницу

## E-mail
mail-greeting = Здравствуйте, { $name }!
mail-signature = Команда Платформы ВВУИО
mail-verify-subject = Подтвердите адрес электронной почты для Платформы ВВУИО
mail-verify-body = Пожалуйста, подтвердите адрес электронной почты, открыв эту ссылку в течение 48 часов:
mail-reset-subject = Сброс пароля для Платформы ВВУИО
mail-reset-body = Поступил запрос на сброс пароля вашей учетной записи. Если это были вы, откройте эту ссылку в течение одного часа:
mail-reset-ignore = Если вы не отправляли этот запрос, просто проигнорируйте это сообщение: ваш пароль останется прежним.

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
