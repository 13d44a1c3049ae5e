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
