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
text-invalid-characters = Удалите из текста управляющие символы (перевод строки в однострочном поле, невидимый символ, меняющий направление текста).
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
mail-signup-exists-subject = Ваша учетная запись на Платформе ВВУИО
mail-signup-exists-body = Кто-то, возможно вы, пытался зарегистрироваться на Платформе ВВУИО с этим адресом электронной почты. Для него уже есть учетная запись: войдите здесь.
mail-signup-exists-forgot = Если вы забыли пароль, задайте новый здесь:

## Stocktaking
stocktaking-results = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
stocktaking-new-title = Представить информацию о деятельности
stocktaking-edit-title = Изменить информацию о деятельности
stocktaking-mine-title = Ваши записи
stocktaking-mine-empty = Вы еще не представили никакой информации о деятельности.
stocktaking-search-label = Поиск информации о деятельности
stocktaking-search-hint = Находятся записи, содержащие все ваши слова; OR между двумя словами находит любое из них. Заключите фразу в "кавычки"; слово со знаком минус (-слово) исключает записи, в которых оно есть.
stocktaking-sort-label = Порядок
stocktaking-sort-relevance = Сначала наиболее релевантные
stocktaking-sort-newest = Сначала самые новые
stocktaking-search-submit = Найти
stocktaking-refine = Уточнить
stocktaking-active-filters = Примененные фильтры
stocktaking-remove-filter = (удалить этот фильтр)
stocktaking-updated = Последнее изменение
stocktaking-is-public = общедоступна
stocktaking-edit = Изменить
facet-action_line = Направление деятельности
facet-c7_subline = Подлиния C7
facet-sdg = ЦУР
facet-target = Задача ЦУР
facet-country = Страна или район
facet-region = Регион
facet-stakeholder_type = Категория заинтересованной стороны
facet-activity_type = Вид деятельности
facet-status = Этап
facet-year = Год начала
facet-call = Цикл приема заявок
facet-language = Языки деятельности
search-facet-unknown = Фильтр указывает несуществующий аспект. Аспекты: action_line, c7_subline, sdg, target, country, region, stakeholder_type, activity_type, status, year, call и language.
search-filter-invalid = Фильтр записан не в виде аспект:значение (например, sdg:4), или его значение слишком длинное.
search-filters-too-many = Слишком много фильтров: не более 40 всего и не более 20 значений одного аспекта.
search-query-too-long = Текст поиска слишком длинный: не более 200 символов.
search-page-invalid = Номер страницы должен быть целым числом от 1 до 10 000.
search-limit-invalid = Число результатов на странице должно быть целым числом от 1 до 100.
search-sort-invalid = Сортируйте по релевантности или по дате, сначала новые.
activity-type-project = Проект
activity-type-programme = Программа
activity-type-training = Обучение
activity-type-conference = Конференция или мероприятие
activity-type-website = Веб-сайт или портал
activity-type-guideline = Руководство или политика
activity-type-toolkit = Набор инструментов
activity-type-other = Другое
activity-status-planned = Запланирована
activity-status-ongoing = Осуществляется
activity-status-completed = Завершена
entry-status-draft = Черновик
entry-status-submitted = Ожидает рассмотрения
entry-status-published = Опубликована
entry-status-returned = Возвращена на доработку
entry-status-rejected = Отклонена
coverage-national = Национальный
coverage-regional = Региональный
coverage-international = Международный
entry-section-about = О деятельности
entry-section-organisation = Кто ее осуществляет
entry-field-title = Название
entry-field-description = Описание
entry-description-hint = Опишите деятельность, ее результаты и воздействие. Можно использовать Markdown (выделение, списки, ссылки).
entry-field-language = Язык этого текста
entry-field-activity-type = Вид деятельности
entry-field-status = Этап осуществления деятельности
entry-field-start = Дата начала
entry-field-end = Дата окончания
entry-field-dates = Сроки
entry-field-website = Веб-сайт
entry-field-contact = Контактный адрес электронной почты
entry-field-organisation = Организация
entry-field-partners = Партнеры
entry-partners-hint = По одному партнеру в строке.
entry-field-coverage = Охват
entry-field-countries = Страны или районы (национальный охват)
entry-field-regions = Регионы (региональный охват)
entry-multi-hint = Чтобы выбрать несколько вариантов, удерживайте клавишу Ctrl (или Cmd).
entry-field-action-lines = Направления деятельности ВВУИО
entry-field-sdgs = Цели в области устойчивого развития
entry-targets-hint = Отметьте каждую цель, достижению которой способствует деятельность; можно добавить задачи (например, 4.4, 4.a) и краткое обоснование.
entry-field-languages = Языки, на которых ведется деятельность
entry-rationale = Почему (краткое обоснование)
entry-targets = Задачи, например 4.4, 4.a
entry-save-draft = Сохранить
entry-submit = Сохранить и отправить на рассмотрение
entry-returned-comment = Секретариат вернул эту запись со следующими замечаниями
entry-submit-as-is = Отправить на рассмотрение
entry-pending-edit = более новая версия ожидает рассмотрения; пользователи пока видят опубликованную версию
entry-published-on = Опубликована
entry-history = История
entry-event-submit = отправлена на рассмотрение
entry-event-publish = опубликована
entry-event-return = возвращена на доработку
entry-event-reject = отклонена
title-required = Введите название.
title-too-long = Название должно содержать не более 200 символов.
description-required = Введите описание.
description-too-long = Описание должно содержать не более 10 000 символов.
activity-type-invalid = Выберите вид деятельности из списка.
activity-status-invalid = Выберите этап осуществления деятельности.
entry-status-invalid = Выберите статус из списка.
coverage-invalid = Выберите национальный, региональный или международный охват.
partners-invalid = Укажите не более 50 партнеров; название каждого – не более 200 символов.
countries-required = Для национального охвата выберите хотя бы одну страну или район.
regions-required = Для регионального охвата выберите хотя бы один регион.
region-invalid = Выберите регионы из списка.
action-line-c7-needs-subline = Для направления C7 выберите одно из восьми его поднаправлений.
action-lines-required = Выберите хотя бы одно направление деятельности.
rationale-too-long = Обоснование должно содержать не более 500 символов.
sdg-invalid = Выберите цели из списка.
sdg-target-invalid = Укажите задачи выбранной цели, например 4.4 или 4.a.
sdgs-required = Выберите хотя бы одну цель в области устойчивого развития.
date-invalid = Введите дату в формате 2019-04-08.
end-before-start = Дата окончания не может быть раньше даты начала.
url-invalid = Введите веб-адрес, начинающийся с https:// или http://.
entry-stale = Пока вы редактировали эту запись, ее изменил другой пользователь. Ваш текст приведен ниже: перезагрузите запись, сравните варианты и сохраните еще раз.
moderation-images-unseen = После того как вы открыли эту запись, к ней были добавлены изображения, или они здесь не показаны. Откройте запись снова, просмотрите изображения и примите решение заново.
entry-rejected-final = Эта запись отклонена и больше не может быть изменена.
entry-action-not-allowed = Этот шаг невозможен при текущем статусе записи.
moderation-comment-required = При возврате или отклонении записи укажите комментарий или причину.
error-409-title = Конфликт
error-409-text = Запрос противоречит текущему состоянию записи.

## Moderation and calls
moderation-title = Очередь модерации
moderation-review = Рассмотрение
moderation-comment = Комментарий или причина
moderation-comment-hint = Обязательно при возврате или отклонении; автор записи получит его по электронной почте.
moderation-publish = Опубликовать
moderation-return = Вернуть на доработку
moderation-reject = Отклонить
moderation-done = Решение зарегистрировано, автор записи уведомлен.
moderation-all = Все
moderation-filter = Применить фильтр
moderation-problems = Некоторые записи не удалось изменить
moderation-select = Выбрать
moderation-owner = Автор
moderation-bulk = Применить к выбранным записям
moderation-action = Решение
moderation-apply = Применить
moderation-choose-action = Выберите решение.
moderation-choose-entries = Выберите хотя бы одну запись.
calls-title = Циклы приема заявок
call-year = Год
call-window = Сроки приема
call-new = Открыть новый цикл приема заявок
call-opens = Дата открытия
call-closes = Дата закрытия
call-create = Открыть цикл приема заявок
call-year-invalid = Введите год от 2004 до 2100.
call-exists = Цикл приема заявок на этот год уже существует.
call-overlaps = Этот период пересекается с периодом другого призыва: запись, поданная в это время, не будет знать, к какому призыву она относится.
call-edit-title = Призыв к подаче записей
call-save = Сохранить призыв
call-close = Закрыть призыв сейчас
call-close-hint = Записи, поданные с этого момента, не будут относиться к этому призыву.
call-not-open = Этот призыв не открыт.
mail-entry-submitted-subject = Подведение итогов ВВУИО: мы получили вашу запись
mail-entry-to-review-subject = Подведение итогов ВВУИО: запись ожидает вашего рассмотрения
mail-entry-published-subject = Подведение итогов ВВУИО: ваша запись опубликована
mail-entry-returned-subject = Подведение итогов ВВУИО: ваша запись возвращена на доработку
mail-entry-rejected-subject = Подведение итогов ВВУИО: вашу запись не удалось принять
mail-entry-submitted = Мы получили вашу запись «{ $title }». Секретариат ВВУИО рассмотрит ее.
mail-entry-to-review = Запись «{ $title }» ожидает вашей проверки на платформе Обзора ВВУИО.
mail-entry-published = Ваша запись «{ $title }» опубликована на Платформе подведения итогов ВВУИО.
mail-entry-returned = Секретариат ВВУИО вернул вашу запись «{ $title }» на доработку.
mail-entry-rejected = Секретариат ВВУИО не смог принять вашу запись «{ $title }».
mail-entry-comment = Комментарий секретариата:

## Statistics
stats-title = Статистика
stats-by-action-line = Записи по направлениям деятельности
stats-by-sdg = Записи по ЦУР
stats-by-region = Записи по регионам (M49 ООН)
stats-by-stakeholder = Записи по типам заинтересованных сторон
stats-by-year = Записи по году начала
stats-by-country = Записи по странам и территориям
stats-heatmap = Направления деятельности × ЦУР: записи, связанные с обоими
stats-table = Показать данные в виде таблицы
stats-category = Категория
stats-entries = Записи
stocktaking-open-data = Открытые данные (CSV)

## Import
import-title = Импорт записей
import-intro = Загрузите файл CSV со столбцами выгрузки открытых данных или файл JSON в формате выгрузки. Проверяется каждая строка; если в какой-либо строке есть ошибка, ничего не импортируется.
import-file = Файл (CSV или JSON)
import-dry-run = Только проверить файл (пробный прогон)
import-submit = Импортировать
import-ok = Файл корректен: записей — { $count }.
import-done = Импортировано и опубликовано записей: { $count }.
import-problems = В файле есть ошибки; ничего не импортировано.
import-summary = Новых: { $created }. Обновлено: { $updated }. Без изменений (уже импортированы, совпадают): { $unchanged }.
import-uid-invalid = Недопустимый идентификатор (uid): от 1 до 64 букв, цифр, дефисов или знаков подчеркивания.
import-uid-twice = Этот идентификатор (uid) встречается в файле дважды.
import-row = Строка { $row }, { $field }
import-not-utf8 = Файл не является текстом в кодировке UTF-8.
import-empty = В файле нет записей.
import-bad-csv = Файл не является корректным CSV.
import-bad-json = Файл не является корректным JSON в формате выгрузки.
import-missing-column = Этот столбец отсутствует.
import-unknown-column = Этот столбец неизвестен.
import-no-file = Выберите файл.
import-bad-row-length = В этой строке не столько полей, сколько в строке заголовков; её поля не проверялись.
import-json-not-text = Это значение должно быть текстом.
import-json-not-list = Это значение должно быть списком.
import-json-bad-item = Элемент этого списка имеет не тот вид, в котором его записывает выгрузка.
import-json-not-entry = Этот элемент не является записью в том виде, в котором её записывает выгрузка: объектом с объектом "data".
import-index-followed = Поисковый индекс держит работающий `wsis serve`: он найдёт новые записи примерно через секунду.
import-dry-run-nothing-written = Пробный прогон: ничего не записано.
entry-event-import = импортирована

## Translations and versions
entry-translate = Добавить перевод
entry-translation-language = Язык перевода
entry-translator = Переводчик
entry-translation-save = Сохранить перевод
entry-revisions = Версии
entry-revision = Версия
entry-translated-by = Перевод выполнил(а):

## Publications
reports-title = Публикации
reports-stocktaking = Доклад о подведении итогов по циклу
reports-success-stories = Истории успеха
reports-language = Язык публикации
reports-format = Формат
reports-generate = Сформировать
reports-entries = Записи
reports-entries-hint = Номера записей через запятую; оставьте пустым, чтобы использовать сохранённую подборку конкурса.

## Изображения записей
images-title = Изображения
images-manage = Добавить или удалить изображения
images-intro = До пяти изображений деятельности: файлы PNG, JPEG или WebP размером не более 8 МБ и 8000 пикселей по стороне. Мы удаляем их метаданные (например, место съёмки), уменьшаем до 1600 пикселей и делаем маленькую копию для списков.
images-none = Изображений пока нет.
image-add = Добавить изображение
image-file = Файл изображения
image-alt = Текстовая альтернатива
image-alt-hint = Опишите, что показано на изображении, для тех, кто его не видит (не более 300 символов).
image-upload = Загрузить изображение
image-remove = Удалить
image-required = Выберите файл изображения.
image-not-image = Этот файл не является изображением PNG, JPEG или WebP.
image-too-large = Этот файл больше 8 МБ.
image-too-many-pixels = Изображение слишком большое: не более 8000 пикселей по стороне и 25 миллионов пикселей всего.
image-alt-required = Опишите изображение, не более 300 символов.
image-limit = У этой записи уже пять изображений — это максимум: удалите одно, чтобы добавить другое.
media-store-failed = Сейчас не удалось сохранить файл, ничего не сохранено. Повторите попытку через несколько минут.
image-pending = Не публикуется до проверки
images-review-note = Добавленные вами изображения становятся общедоступными после проверки секретариатом; добавление изображения к опубликованной записи отправляет её на проверку, а опубликованная версия остаётся видимой.
entry-event-images = добавлены изображения, отправлено на проверку

## Подборка «Истории успеха»
success-stories-title = Истории успеха
success-stories-year = Истории успеха { $year }
success-stories-intro = Опубликованные записи, отобранные для «Историй успеха» конкурса, в порядке публикации. Добавляйте записи с их страниц.
success-stories-none = Для этого года записи пока не отобраны.
success-stories-show = Показать
success-stories-add = Добавить в «Истории успеха»
success-stories-remove = Убрать
success-stories-up = Выше
success-stories-down = Ниже
success-stories-selected-in = Отобрана для «Историй успеха» { $year }.
success-stories-remove-from = Убрать из «Историй успеха» { $year }
success-stories-added-by = отобрал(а) { $name }, { $date }
success-stories-download = Скачать «Истории успеха» (PDF)
success-stories-see = Подборка «Историй успеха»
success-stories-empty = Для «Историй успеха» этого года не отобрано ни одной опубликованной записи.
success-stories-not-published = В «Истории успеха» можно отбирать только опубликованные записи.
revision-title = Версия { $number }
revision-saved-by = Сохранил(а) { $name }, { $date }
revision-first = Первая версия
revision-changes = Изменения по сравнению с версией { $number }
revision-no-changes = В этой версии не изменено ни одно поле.
revision-field = Поле
revision-value = Значение
revision-before = Было
revision-after = Стало
revision-empty = (пусто)
revision-translation = Перевод ({ $name })
revision-item-targets = { $goals } (задачи { $targets })
upload-quota-exceeded = Ваша учетная запись исчерпала квоту на загрузку изображений и документов. Удалите ненужные файлы или обратитесь за помощью в секретариат.

home-entries-count = { $count ->
    [one] { $count } опубликованное мероприятие
    [few] { $count } опубликованных мероприятия
    [many] { $count } опубликованных мероприятий
   *[other] { $count } опубликованного мероприятия
}
home-entries-latest = Опубликованы последними:
home-forum-edition = Форум ВВУИО { $year }: { $start } – { $end }, { $venue }
home-forum-agenda = Программа
home-outcomes-count = { $count ->
    [one] { $count } утверждённый итог сессий Форума ВВУИО { $year }
    [few] { $count } утверждённых итога сессий Форума ВВУИО { $year }
    [many] { $count } утверждённых итогов сессий Форума ВВУИО { $year }
   *[other] { $count } утверждённого итога сессий Форума ВВУИО { $year }
}
stocktaking-skip-results = Перейти к результатам

# A short parenthetical after a label: "(16.2, 16.b)".
parenthesised = ({ $text })
success-stories-no-call = Эта запись не была подана ни в один цикл приема заявок, поэтому ее нельзя включить в «Истории успеха» какого-либо года.
success-stories-not-of-call = В «Истории успеха» года можно включать только записи, поданные в цикл приема заявок этого года.
# A day and a time range together: "8 April 2019, 09:00–10:30".
date-and-time = { $date }, { $time }
entry-dates-since = С { $date }
# Around a short aside inside a label: "Text (Français)".
paren-open = {" "}(
paren-close = )
