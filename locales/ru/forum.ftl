# Форум ВВУИО: ежегодные форумы, программа, выгрузки, редактор расписания.

forum-no-editions = Ни один Форум еще не объявлен.
forum-edition-name = Форум ВВУИО { $year } года
forum-dates = Даты
forum-venue = Место проведения
forum-sessions = Сессии
forum-about = О Форуме
forum-news = Новости
forum-consultation = Процесс открытых консультаций
forum-phase-current = Сейчас
forum-phase-until = { $start } – { $end }
forum-partners = Партнеры
forum-partner-tier-gold-plus = Партнеры категории «Золото плюс»
forum-partner-tier-gold = Партнеры категории «Золото»
forum-partner-tier-specific = Партнеры по отдельным мероприятиям
forum-partner-tier-contributing = Партнеры, вносящие вклад
forum-partner-tier-supporting = Партнеры, оказывающие поддержку
forum-open-data = Программа в формате открытых данных
forum-back-to-edition = Вернуться к Форуму
forum-not-published = Программа еще не опубликована.
forum-agenda-title = Программа
forum-agenda-of = Программа Форума ВВУИО { $year } года
forum-agenda-nav = Представления программы
forum-agenda-by-day = По дням
forum-agenda-grid = Сетка залов и времени
forum-grid-title = Сетка программы
forum-grid-of = Сетка программы Форума ВВУИО { $year } года
forum-all-title = Вся программа
forum-all-of = Вся программа Форума ВВУИО { $year } года
forum-speakers-title = Выступающие
forum-speakers-of = Выступающие на Форуме ВВУИО { $year } года
forum-speaker-count = { $count ->
    [one] { $count } выступающий
    [few] { $count } выступающих
    [many] { $count } выступающих
   *[other] { $count } выступающего
}
forum-changes-title = Изменения
forum-changes-of = Изменения в программе Форума ВВУИО { $year } года
forum-version = Версия { $number }
forum-version-first = Первая опубликованная версия.
forum-change-added = Добавлена сессия { $number }: { $title }
forum-change-removed = Удалена сессия { $number }: { $title }
forum-change-retitled = Сессия { $number } переименована: «{ $from }» → «{ $to }»
forum-change-moved = Сессия { $number } ({ $title }) перенесена: { $from } → { $to }
forum-change-speakers = Сессия { $number } ({ $title }): изменен состав выступающих
forum-mine-title = Моя программа
forum-mine-of = Моя программа Форума ВВУИО { $year } года
forum-mine-account = Выбранные вами сессии сохраняются в вашей учетной записи.
forum-mine-browser = Выбранные вами сессии сохраняются только в этом браузере. Войдите в систему, чтобы сохранить их в своей учетной записи.
forum-mine-feed = Подписаться на мою программу (iCalendar)
forum-mine-empty = Вы еще не выбрали ни одной сессии. Нажмите «Добавить в мою программу» у тех сессий, в которых хотите принять участие.
forum-pick = Добавить в мою программу
forum-unpick = Удалить из моей программы
forum-times-in-venue-zone = Время указано по часовому поясу места проведения Форума ({ $zone }).
forum-times-in-zone = Время указано по часовому поясу { $zone }.
forum-zone-unknown = Этот часовой пояс неизвестен; время указано по часовому поясу места проведения Форума.
forum-use-my-zone = Показать время в моем часовом поясе
forum-change-zone = Выберите часовой пояс
forum-zone-label = Часовой пояс
forum-zone-hint = Название часового пояса IANA, например Africa/Nairobi или America/New_York.
forum-zone-submit = Показать время
forum-days = Дни Форума
forum-filters = Фильтр программы
forum-filter-type = Тип сессии
forum-filter-action-line = Направление деятельности
forum-filter-sdg = Цель в области устойчивого развития
forum-filter-language = Язык
forum-filter-access = Доступность
forum-filter-any = Любой
forum-filter-submit = Применить фильтр
forum-no-sessions = В этот день нет сессий, соответствующих этим фильтрам.
forum-session-count = { $count ->
    [one] { $count } сессия
    [few] { $count } сессии
    [many] { $count } сессий
   *[other] { $count } сессии
}
forum-time = Время
forum-access-captioning = Субтитры
forum-access-interpretation = Устный перевод
forum-access-sign-language = Язык жестов
forum-access-remote = Дистанционное участие
forum-access-step-free = Безбарьерный доступ
forum-room-capacity = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
forum-room-interpretation = Кабины устного перевода
forum-room-captioning = Субтитры
forum-room-step-free = Безбарьерный доступ
forum-room-feed = Сессии в этом зале – в вашем календаре (iCalendar)
forum-back-to-agenda = Вернуться к программе
forum-session-number = Номер сессии
forum-session-type = Тип
forum-session-when = Время проведения
forum-venue-time = { $time } по времени места проведения
forum-session-room = Зал
forum-session-languages = Языки
forum-session-access = Доступность
forum-session-remote = Дистанционное участие
forum-session-join = Подключиться дистанционно
forum-add-to-calendar = Добавить в мой календарь (iCalendar)
forum-session-abstract = О сессии
forum-session-organisers = Организаторы
forum-session-speakers = Выступающие
forum-session-links = Направления деятельности и ЦУР
forum-session-documents = Документы

speaker-role-moderator = Модератор
speaker-role-keynote = Выступающий с программной речью
speaker-role-panellist = Участник дискуссии
speaker-role-speaker = Выступающий
speaker-role-rapporteur = Докладчик
speaker-role-high-level-facilitator = Координатор сегмента высокого уровня

session-type-opening = Церемония открытия
session-type-high-level-policy = Сессия высокого уровня по вопросам политики
session-type-ministerial-round-table = Круглый стол на уровне министров
session-type-prize-ceremony = Церемония вручения Премий ВВУИО
session-type-high-level-dialogue = Диалог высокого уровня
session-type-action-line-facilitation = Координационное совещание по направлению деятельности
session-type-thematic-workshop = Тематический семинар-практикум
session-type-country-workshop = Страновой семинар-практикум
session-type-interactive = Интерактивная сессия
session-type-information = Информационная сессия
session-type-knowledge-cafe = Кафе знаний
session-type-open-space = Выступление в открытом пространстве
session-type-hackathon = Хакатон
session-type-exhibition = Выставка
session-type-accessibility = Сессия Дня доступности

conflict-impossible-slot = Сессия заканчивается раньше, чем начинается, или длится более 12 часов.
conflict-unknown-room = Такого зала нет на этом Форуме.
conflict-room-double-booked = Две сессии проходят в одном зале в одно и то же время.
conflict-speaker-double-booked = Выступающий участвует в двух сессиях в одно и то же время.
conflict-speaker-unavailable = Выступающий недоступен в это время.
conflict-outside-forum-days = Сессия выходит за рамки дней Форума.
conflict-outside-room-hours = Сессия выходит за рамки часов работы зала.
conflict-room-too-small = Зал слишком мал для ожидаемого числа участников.
conflict-no-captioning = Для сессии требуются субтитры, но в зале такой возможности нет.
conflict-no-interpretation = Для сессии требуется устный перевод, но в зале нет кабин.

# Прием заявок на проведение сессий и их рассмотрение секретариатом.
forum-propose-title = Предложить сессию
forum-propose-of = Предложить сессию для Форума ВВУИО { $year } года
forum-propose-intro = Предложите сессию для Форума: секретариат рассматривает каждую заявку и может принять ее, отклонить, запросить изменения или объединить с аналогичной заявкой. Каждый выступающий получает письмо по электронной почте с просьбой подтвердить свое участие.
forum-propose-submit = Отправить заявку
forum-proposals-closed = Прием заявок на проведение сессий закрыт.
forum-field-type = Тип сессии
forum-field-title = Название
forum-field-abstract = Аннотация
forum-field-abstract-hint = Не более 5000 символов. Можно использовать Markdown: *выделение*, списки, ссылки.
forum-field-organisers = Организаторы
forum-field-organisers-hint = По одной организующей структуре в строке.
forum-field-audience = Ожидаемое число участников (человек)
forum-field-action-lines = Направления деятельности
forum-field-sdgs = Цели в области устойчивого развития
forum-field-languages = Языки сессии
forum-field-needs = Потребности и дистанционное участие
forum-field-speakers = Выступающие
forum-field-speakers-hint = Имя, организация, адрес электронной почты и роль каждого выступающего; неиспользуемые строки оставьте пустыми.
forum-speaker-name = Имя выступающего
forum-speaker-organisation = Организация выступающего
forum-speaker-email = Адрес электронной почты выступающего
forum-speaker-role = Роль выступающего
forum-speaker-is-confirmed = подтверждено
forum-speaker-not-confirmed = еще не подтверждено
forum-proposals-title = Мои заявки на проведение сессий
forum-proposals-none = Заявок пока нет.
forum-proposal-edit = Изменить заявку
forum-proposal-sent = Ваша заявка отправлена в секретариат.
forum-proposal-saved = Ваши изменения сохранены и отправлены в секретариат.
forum-proposal-not-editable = Эту заявку больше нельзя изменить.
forum-proposal-stale = За это время кто-то изменил эту заявку. Перезагрузите ее и внесите свои изменения еще раз.
forum-speaker-confirm-title = Подтвердите свое участие в качестве выступающего
forum-speaker-confirm-text = Вас предложили в качестве выступающего на сессии Форума ВВУИО. Подтвердите, что вы примете участие.
forum-speaker-confirm-submit = Подтверждаю
forum-speaker-confirmed = Спасибо! Ваше участие подтверждено.
forum-speaker-token-invalid = Эта ссылка для подтверждения недействительна.
forum-review-title = Заявки на проведение сессий
forum-review-of = Заявки на проведение сессий на Форуме ВВУИО { $year } года
forum-review-filter = Заявки по статусу
forum-review-decide = Принять решение
forum-review-action = Решение
forum-review-accept = Принять
forum-review-request-changes = Запросить изменения
forum-review-decline = Отклонить
forum-review-comment = Комментарий для автора заявки
forum-review-submit = Сохранить решение
forum-review-comment-required = Объясните автору заявки принятое решение в комментарии.
forum-review-comment-too-long = Комментарий слишком длинный (не более 5000 символов).
forum-merge-into = Объединить с заявкой
forum-merge-submit = Объединить
forum-merge-target-invalid = Выберите другую открытую заявку на тот же Форум, с которой нужно объединить эту заявку.
forum-publish-blocked = Расписание не может быть опубликовано: у одной из сессий невозможное время проведения или неизвестный зал.
forum-publish-stale = За это время была опубликована другая версия расписания. Перезагрузите расписание и опубликуйте его еще раз.
session-status-proposed = Предложена
session-status-changes-requested = Запрошены изменения
session-status-accepted = Принята
session-status-declined = Отклонена
session-status-merged = Объединена с другой заявкой
session-type-invalid = Выберите один из типов сессий.
session-type-code-invalid = Используйте от 2 до 40 строчных букв, цифр или дефисов.
abstract-required = Опишите сессию в аннотации.
abstract-too-long = Аннотация слишком длинная (не более 5000 символов).
organisers-required = Укажите хотя бы одного организатора.
organisers-too-long = Не более 20 организаторов; название каждого – не более 200 символов.
speaker-name-required = Укажите имя каждого выступающего.
speaker-organisation-required = Укажите организацию каждого выступающего.
speaker-too-long = Имя или название организации выступающего слишком длинное.
speaker-email-invalid = Укажите действительный адрес электронной почты каждого выступающего.
speaker-role-invalid = Выберите роль для каждого выступающего.
speaker-duplicate = Один и тот же выступающий указан дважды.
speakers-too-many = Не более 20 выступающих.
session-languages-required = Выберите хотя бы один язык.
expected-audience-invalid = Укажите ожидаемое число участников в виде числа от 0 до 10 000.
review-action-invalid = Выберите решение.
session-review-not-allowed = Это решение невозможно для заявки с таким статусом.
track-invalid = Выберите сегмент.
time-invalid = Укажите время в формате ЧЧ:ММ.
attendance-mode-invalid = Выберите очное или дистанционное участие.
sessions-invalid = Укажите номера сессий через запятую.
mail-speaker-subject = Форум ВВУИО: пожалуйста, подтвердите свое выступление на сессии
mail-speaker-invited = Вас предложили для участия в сессии «{ $title }» (роль: { $role }). Пожалуйста, подтвердите свое участие по этой ссылке:
mail-proposal-accepted = Ваша заявка на проведение сессии «{ $title }» принята. Секретариат включит сессию в программу.
mail-proposal-declined = Ваша заявка на проведение сессии «{ $title }» отклонена. Комментарий секретариата:
mail-proposal-changes = Секретариат просит внести изменения в вашу заявку на проведение сессии «{ $title }». Комментарий секретариата:

# Редактор расписания.
forum-schedule-title = Редактор расписания
forum-schedule-of = Редактор расписания Форума ВВУИО { $year } года
forum-schedule-publish = Опубликовать расписание
forum-schedule-never-published = Расписание еще не опубликовано.
forum-schedule-published-version = В общедоступной программе показана версия { $number }.
forum-schedule-note = Примечание для журнала изменений
forum-schedule-publish-submit = Опубликовать как новую версию
forum-schedule-conflicts = { $count ->
    [one] { $count } конфликт
    [few] { $count } конфликта
    [many] { $count } конфликтов
   *[other] { $count } конфликта
}
forum-schedule-no-conflicts = В рабочем расписании нет конфликтов.
forum-schedule-sessions = Принятые сессии
forum-schedule-unplaced = Еще не размещены
forum-schedule-unplaced-count = Еще не размещены ({ $count })
forum-schedule-has-conflict = есть конфликт
forum-schedule-date = День
forum-schedule-start = Начало (ЧЧ:ММ)
forum-schedule-end = Окончание (ЧЧ:ММ)
forum-schedule-place = Разместить
forum-schedule-unplace = Убрать из расписания
forum-schedule-place-anyway = Все равно разместить
forum-schedule-date-invalid = Выберите один из дней Форума.
forum-schedule-blocked = Этот временной интервал нельзя использовать.
forum-schedule-confirm-conflicts = Такое размещение приводит к указанным ниже конфликтам. Все равно разместите сессию или выберите другой временной интервал.
forum-schedule-stale = За это время кто-то изменил эту сессию. Перезагрузите расписание и повторите попытку.
forum-manage-schedule = Редактор расписания
forum-manage-proposals = Заявки на проведение сессий

# Регистрация, отметка о прибытии и участие.
forum-register-title = Регистрация
forum-register-of = Регистрация на Форум ВВУИО { $year } года
forum-register-intro = Зарегистрируйтесь, чтобы принять участие в Форуме очно в Женеве или дистанционно. Сотрудники государств-членов, учреждений ООН и членов МСЭ, зарегистрировавшиеся с адресом электронной почты своей организации, аккредитуются сразу; остальные регистрации утверждает секретариат. Место для очного участия закрепляется за вами после утверждения регистрации.
forum-register-mode = Форма участия
forum-register-category = Категория участника
forum-register-category-hint = Государства-члены, учреждения ООН и члены МСЭ аккредитуются сразу, если вы зарегистрировались с адресом электронной почты своей организации; в остальных случаях и для других категорий регистрацию утверждает секретариат.
forum-register-accessibility = Потребности в обеспечении доступности
forum-register-accessibility-hint = Например: безбарьерный доступ, язык жестов, субтитры, место в первых рядах.
forum-register-consent = Я даю согласие на хранение секретариатом этих данных для организации Форума и подготовки его статистики.
forum-register-submit = Зарегистрироваться
forum-register-badge = Ваш бейдж
forum-register-badge-text = Покажите этот код на входе: сотрудники отсканируют его или введут вручную.
forum-registrations-title = Заявки на регистрацию
forum-registrations-of = Заявки на регистрацию на Форум ВВУИО { $year } года
forum-registrations-none = Нет заявок на регистрацию, соответствующих этим фильтрам.
forum-registration-approve = Утвердить
forum-registration-decline = Отклонить
forum-check-in-title = Отметка о прибытии
forum-check-in-of = Отметка о прибытии на Форум ВВУИО { $year } года
forum-check-in-code = Код бейджа или имя
forum-check-in-hint = Отсканируйте QR-код на бейдже, введите код, напечатанный под ним, или введите часть имени, адреса электронной почты или названия организации.
forum-check-in-submit = Отметить прибытие
forum-participation-title = Участие
forum-participation-of = Участие в Форуме ВВУИО { $year } года
forum-participation-total = { $count ->
    [one] { $count } зарегистрированный участник (страны и районы: { $countries })
    [few] { $count } зарегистрированных участника (страны и районы: { $countries })
    [many] { $count } зарегистрированных участников (страны и районы: { $countries })
   *[other] { $count } зарегистрированного участника (страны и районы: { $countries })
}
forum-participation-by-mode = Очные и дистанционные участники
forum-participation-by-stakeholder = Участники по категориям заинтересованных сторон
forum-participation-by-region = Участники по регионам
forum-participation-by-country = Участники по странам или районам (30 крупнейших из { $count })
forum-participation-other-region = Другие
forum-participants = Участники
attendance-on-site = Очно
attendance-remote = Дистанционно
registration-category-member-state = Государство-член
registration-category-un-agency = Учреждение ООН
registration-category-itu-member = Член МСЭ
registration-category-ngo = Неправительственная организация
registration-category-business = Деловые круги
registration-category-academia = Академические круги
registration-category-media = Средства массовой информации
registration-category-individual = Частное лицо
registration-status-pending = Ваша регистрация ожидает утверждения секретариатом.
registration-status-approved = Ваша регистрация утверждена.
registration-status-declined = Ваша регистрация отклонена.
registration-category-invalid = Выберите категорию участника.
registration-status-invalid = Выберите «Утвердить» или «Отклонить».
registration-consent-required = Для регистрации дайте согласие на обработку ваших данных.
registration-full = Мест для очного участия в Форуме больше нет. Вы еще можете зарегистрироваться для дистанционного участия.
registration-full-on-approval = Мест для очного участия не осталось: одобренные регистрации заполняют вместимость Форума. Отклоните эту регистрацию или сначала увеличьте вместимость выпуска.
accreditation-heading = Аккредитация по домену электронной почты
accreditation-domains-hint = По одному домену в строке, например gov.ke. Регистрация в этой категории одобряется сразу, только если адрес электронной почты участника принадлежит одному из этих доменов (или поддомену); любая другая ожидает вашего одобрения.
accreditation-domain-invalid = Введите только доменные имена, по одному в строке, например gov.ke.
accreditation-too-many = Укажите не более 100 доменов для одной категории.
registration-already-decided = По этой заявке на регистрацию решение уже принято.
accessibility-too-long = Описание потребностей в обеспечении доступности слишком длинное (не более 1000 символов).
check-in-unknown = Этот код не соответствует ни одной регистрации на этот Форум.
check-in-not-approved = Регистрация участника { $name } не утверждена.
check-in-already = Прибытие участника { $name } уже отмечено ({ $time }).
check-in-welcome = Добро пожаловать, { $name } ({ $title })!
mail-registration-subject = Форум ВВУИО { $year } года: ваша регистрация
mail-registration-approved = Ваша регистрация на Форум ВВУИО { $year } года подтверждена. Код вашего бейджа:
mail-registration-pending = Мы получили вашу заявку на регистрацию на Форум ВВУИО { $year } года. Секретариат подтвердит ее по электронной почте.
mail-registration-declined = Ваша регистрация на Форум ВВУИО { $year } года отклонена.
forum-manage-registrations = Заявки на регистрацию
forum-manage-check-in = Отметка о прибытии
forum-register-badge-pdf = Скачать бейдж (PDF)
registration-badge-not-approved = Бейдж будет доступен после одобрения вашей регистрации.

## Редакторы форума для секретариата
forum-manage-nav = Настройки форума
forum-manage-settings = Настройки форума
forum-manage-title-edition = Сведения о выпуске
forum-manage-tab-edition = Выпуск
forum-manage-tab-rooms = Залы
forum-manage-tab-phases = Этапы консультаций
forum-manage-tab-partners = Партнеры
forum-manage-tab-pages = Страницы сайта
forum-manage-tab-types = Типы сессий
forum-manage-tab-editions = Выпуски
forum-manage-saved = Сохранено.
forum-manage-removed = Удалено.
forum-manage-actions = Действия
forum-manage-edit = Изменить: { $name }
forum-manage-remove = Удалить: { $name }
forum-manage-save = Сохранить
forum-manage-add = Добавить
forum-manage-write = Написать страницу
forum-manage-empty = Здесь пока ничего нет.
forum-manage-yes = Да
forum-manage-no = Нет
forum-manage-hours = Часы работы
forum-manage-add-room = Добавить зал
forum-manage-add-phase = Добавить этап
forum-manage-add-partner = Добавить партнера
forum-manage-add-type = Добавить тип сессии
forum-manage-new-edition = Создать выпуск
forum-manage-new-page = Написать новую страницу
forum-manage-pages-caption = Страницы на каждом языке
forum-manage-missing = Еще не написана
forum-manage-builtin = Встроенный
forum-manage-custom = Добавлен секретариатом
forum-manage-origin = Источник
forum-field-in-language = { $field } ({ $name })
forum-field-year = Год
forum-field-theme = Тема
forum-field-starts-on = Первый день
forum-field-ends-on = Последний день
forum-field-venue = Место проведения
forum-field-time-zone = Часовой пояс
forum-field-time-zone-hint = Часовой пояс места проведения по названию IANA, например Europe/Zurich.
forum-field-capacity = Вместимость площадки
forum-field-proposals-open = Прием заявок на сессии
forum-proposals-open-yes = Открыт
forum-proposals-open-no = Закрыт
forum-field-room-code = Код
forum-field-room-code-hint = Буквы, цифры и дефисы. Используется в адресе зала.
forum-field-room-name = Название
forum-field-room-capacity = Места
forum-field-room-features = Оснащение
forum-room-feature-interpretation = Кабины для устного перевода
forum-room-feature-captioning = Субтитры
forum-room-feature-step-free = Безбарьерный доступ
forum-field-opens = Время открытия
forum-field-closes = Время закрытия
forum-field-clock-hint = Местное время в формате HH:MM.
forum-field-phase-title = Название
forum-field-phase-starts = Дата начала
forum-field-phase-ends = Дата окончания (необязательно)
forum-field-tier = Уровень
forum-field-partner-name = Название
forum-field-partner-url = Сайт
forum-field-page-slug = Адрес страницы
forum-field-page-slug-hint = Строчные буквы, цифры и дефисы, например about или news.
forum-field-page-language = Язык
forum-field-page-title = Заголовок
forum-field-page-body = Текст
forum-field-page-body-hint = Markdown: заголовки, списки, ссылки и выделение. Скрипты и HTML-код удаляются.
forum-field-type-code = Код
forum-field-type-code-hint = Строчные буквы, цифры и дефисы, например youth-forum.
forum-field-track = Сегмент
forum-field-type-name = Название
forum-track-high-level = Сегмент высокого уровня
forum-track-forum = Сегмент Форума
forum-text-required = Заполните это поле.
forum-text-too-long = Текст слишком длинный.
forum-choice-invalid = Выберите один из вариантов.
forum-number-required = Введите число.
forum-number-invalid = Введите целое число в допустимом диапазоне.
forum-date-required = Введите дату в формате 2019-04-08.
forum-url-required = Введите веб-адрес.
forum-ends-before-start = Дата окончания предшествует дате начала.
forum-too-long = Форум длится не более 14 дней.
forum-time-zone-invalid = Введите название часового пояса, например Europe/Zurich.
forum-year-invalid = Введите год от 2003 до 2100.
forum-year-taken = Выпуск за этот год уже существует.
room-code-invalid = Используйте только буквы, цифры и дефисы, не более 20 символов.
room-code-taken = Этот код уже присвоен другому залу этого выпуска.
room-closes-before-opens = Время закрытия зала должно быть позже времени открытия.
page-slug-invalid = Используйте только строчные буквы, цифры и дефисы, не более 40 символов.
session-type-taken = Этот код уже используется другим типом сессии.
forum-availability-title = Когда вы можете выступить во время Форума
forum-availability-text = Сообщите секретариату, когда вы можете выступать, чтобы ваши сессии не назначили на время вашего отсутствия. Изменить это можно позже по ссылке из письма.
forum-availability-legend = Каждый день Форума (время места проведения)
forum-availability-all = Весь день
forum-availability-morning = Только утром (до 13:00)
forum-availability-afternoon = Только после обеда (с 13:00)
forum-availability-none = Не могу
forum-availability-saved = Ваши данные о доступности сохранены.
forum-availability-invalid = Выберите вариант для каждого дня.
forum-documents-title = Документы сессии
forum-documents-of = Документы сессии «{ $title }»
forum-documents-none = Документов пока нет.
forum-proposal-documents = Документы
forum-document-remove = Удалить
forum-document-add = Добавить документ
forum-document-problems = Не удалось добавить документ
forum-document-title = Название
forum-document-file = Файл
forum-document-file-hint = PDF, Word, PowerPoint, Excel или OpenDocument, не более 20 МБ. Документы становятся общедоступными, когда сессия принята.
forum-document-upload = Загрузить
forum-document-saved = Документ добавлен.
document-required = Выберите файл.
document-too-large = Файл больше 20 МБ.
document-type-invalid = Этот файл не является документом PDF, Office или OpenDocument.
document-too-many = У сессии может быть не более 10 документов. Сначала удалите один.
document-title-required = Укажите название документа.
document-title-too-long = Название слишком длинное (не более 200 символов).
document-session-closed = Документы больше нельзя изменить: сессия отклонена или объединена с другой.
document-size-kb = { $number } КБ
document-size-mb = { $number } МБ
forum-camera-title = Сканировать камерой
forum-camera-text = Поднесите QR-код бейджа к камере: участник будет зарегистрирован, как только код будет считан.
forum-camera-start = Включить камеру
forum-camera-stop = Выключить камеру
forum-camera-starting = Камера включается…
forum-camera-scanning = Поиск QR-кода…
forum-camera-found = Код считан. Регистрация…
forum-camera-error = Не удалось включить камеру. Разрешите браузеру её использовать или введите код.
forum-camera-stopped = Камера выключена.
forum-schedule-checking = Проверка этого времени…
forum-schedule-slot-free = В это время конфликтов нет.
# Between the items of a list (speakers, languages, features).
list-separator = { ", " }
forum-speaker-name-heading = Как вас называет программа
forum-speaker-name-hint = Ваше имя и организация принадлежат вам: предложения, в которых вы упомянуты, их не меняют. Программа покажет изменение после следующей публикации секретариатом.
forum-speaker-own-name = Ваше имя
forum-speaker-own-organisation = Ваша организация
forum-speaker-name-saved = Сохранено: опубликованная программа теперь называет вас так.

## The printable programme
programme-title = Программа Форума ВВУИО { $year } года
programme-day-title = Программа Форума ВВУИО { $year } года: { $day }
programme-version = Версия программы { $number }, опубликована { $date }
programme-slot = { $start }–{ $end }
programme-session = Сессия { $number }: { $title }
programme-speaker = { $name } ({ $organisation }, { $role })
programme-print = Программа для печати
programme-pdf = Вся программа (PDF)
programme-day-pdf = { $day } (PDF)
programme-print-label = Программа для печати:

## The secretariat's list of registrations and the check-in desk
registration-state-pending = Ожидает утверждения
registration-state-approved = Утверждена
registration-state-declined = Отклонена
registration-field-name = Имя
registration-field-organisation = Организация
registration-field-status = Статус
registration-field-registered = Дата регистрации
registration-field-checked-in = Отметка о прибытии
registration-checked-in-yes = Прибытие отмечено
registration-checked-in-no = Прибытие не отмечено
registration-count = { $count ->
    [one] { $count } заявка на регистрацию
    [few] { $count } заявки на регистрацию
    [many] { $count } заявок на регистрацию
   *[other] { $count } заявки на регистрацию
}
registrations-search = Имя, адрес электронной почты или организация
registrations-needs-only = Только участники с потребностями в обеспечении доступности
registrations-csv = Скачать эти заявки (CSV)
registrations-choose = Выбрать
registrations-bulk-label = С выбранными заявками:
registrations-approve-chosen = Утвердить выбранные
registrations-decline-chosen = Отклонить выбранные
registrations-actions = Решение
registrations-check-in-link = Стойка отметки о прибытии
registrations-decided = По выбранным заявкам приняты решения, и каждому участнику отправлено письмо по электронной почте.
registrations-some-full = Некоторые выбранные заявки на очное участие по-прежнему ожидают утверждения: мест для них не осталось. По остальным заявкам решения приняты.
registrations-some-skipped = По некоторым выбранным заявкам решения уже были приняты ранее, и они оставлены без изменений. По остальным заявкам решения приняты.
registrations-none-chosen = Сначала выберите хотя бы одну заявку.
registration-none-chosen = Выберите хотя бы одну заявку.
check-in-matches = Заявки, найденные по запросу «{ $text }»
check-in-checked-in-at = Прибытие отмечено: { $time }
check-in-undo = Отменить отметку о прибытии
check-in-undone = Отметка о прибытии отменена.
check-in-not-checked-in = Прибытие этого участника не отмечено.
check-in-badge = Повторно напечатать бейдж (PDF)
forum-participation-checked-in = { $count ->
    [one] Прибытие на место проведения отмечено: { $checked } из { $count } утвержденного очного участника.
    [few] Прибытие на место проведения отмечено: { $checked } из { $count } утвержденных очных участников.
    [many] Прибытие на место проведения отмечено: { $checked } из { $count } утвержденных очных участников.
   *[other] Прибытие на место проведения отмечено: { $checked } из { $count } утвержденного очного участника.
}
registrations-too-many = Выберите не более 200 заявок за один раз.
registration-too-many-chosen = Выберите не более 200 заявок за один раз.
check-in-more = Показаны только первые 20 заявок: введите больше букв имени, чтобы сузить поиск.

## The review of proposals (issue 11, item 2)
forum-review-status = Статус
forum-score-summary = { $score } ({ $count ->
    [one] { $count } рецензия
    [few] { $count } рецензии
    [many] { $count } рецензий
   *[other] { $count } рецензии
})
forum-score-none = Оценок пока нет
forum-speakers-confirmed-of = Подтвердили участие: { $confirmed } из { $count }
forum-queue-search = Поиск по названию, аннотации, организаторам, выступающим или номеру
forum-queue-sort = Порядок
forum-queue-sort-number = По номеру сессии
forum-queue-sort-newest = Сначала новые заявки
forum-queue-sort-score-high = Сначала с высшей оценкой
forum-queue-sort-score-low = Сначала с низшей оценкой
forum-queue-sort-fewest-reviews = Сначала с наименьшим числом рецензий
forum-queue-sort-title = По названию
forum-queue-min-score = Оценка
forum-queue-at-least = { $score } и выше
forum-queue-unscored = Только заявки без моей оценки
forum-queue-csv = Эти заявки в формате CSV (электронная таблица)
forum-queue-yours = Ваша рецензия
forum-queue-scored = Оценено
forum-queue-not-scored = Еще нет
forum-proposal-count = { $count ->
    [one] { $count } заявка
    [few] { $count } заявки
    [many] { $count } заявок
   *[other] { $count } заявки
}
forum-csv-id = Заявка
forum-csv-speakers = Выступающие
forum-csv-score = Оценка
forum-csv-reviews = Рецензии
forum-criterion-relevance = Соответствие направлениям деятельности и ЦУР
forum-criterion-relevance-hint = Насколько сессия отвечает направлениям деятельности ВВУИО и указанным в заявке Целям.
forum-criterion-quality = Качество и ясность
forum-criterion-quality-hint = Четко ли в аннотации сформулированы вопрос, подход и ожидаемый результат.
forum-criterion-diversity = Разнообразие состава выступающих
forum-criterion-diversity-hint = Баланс выступающих по полу, регионам и группам заинтересованных сторон.
forum-criterion-format = Интерактивный формат
forum-criterion-format-hint = Как сессия вовлекает аудиторию на месте и онлайн.
forum-score-1 = 1 – плохо
forum-score-2 = 2 – удовлетворительно
forum-score-3 = 3 – хорошо
forum-score-4 = 4 – очень хорошо
forum-score-5 = 5 – отлично
forum-score-comment = Комментарий для других рецензентов
forum-score-comment-hint = Не отправляется автору заявки. Не более 5000 символов.
forum-score-invalid = Выберите оценку от 1 до 5.
forum-score-merged = Эта заявка объединена с другой и больше не оценивается.
forum-score-yours = Ваши оценки
forum-score-save = Сохранить мои оценки
forum-review-comment-hint = Отправляется автору заявки вместе с решением; обязателен, чтобы отклонить заявку или запросить изменения.
forum-proposer = Автор заявки
forum-yes = Да
forum-no = Нет
forum-none = Нет
forum-field-remote = Дистанционное участие
forum-event-proposed = Подана
forum-event-edited = Изменена автором
forum-event-resubmitted = Повторно отправлена после изменений
forum-event-accepted = Принята
forum-event-declined = Отклонена
forum-event-changes-requested = Запрошены изменения
forum-event-merged-into = Объединена с другой заявкой
forum-event-merged-from = С этой заявкой объединена другая
forum-proposal-heading = Заявка № { $id }: { $title }
forum-documents-count = { $count ->
    [one] { $count } документ
    [few] { $count } документа
    [many] { $count } документов
   *[other] { $count } документа
}
forum-back-to-queue = Вернуться к заявкам
forum-proposal-session-page = Страница сессии в программе
forum-proposal-last-comment = Последний комментарий для автора заявки
forum-speaker-confirmation = Подтверждение
forum-reviews = Рецензии
forum-reviewer = Рецензент
forum-reviewed-on = Дата оценки
forum-merge-heading = Объединение с другой заявкой
forum-history = История
forum-history-none = Записей пока нет.
forum-bulk-label = Решение по выбранным заявкам
forum-bulk-comment = Комментарий для авторов заявок (обязателен при отклонении)
forum-bulk-accept = Принять выбранные
forum-bulk-decline = Отклонить выбранные
forum-bulk-choose = Выбрать
forum-bulk-none-chosen = Выберите хотя бы одну заявку.
forum-bulk-too-many = Выберите не более 200 заявок за один раз.
proposals-decided = По выбранным заявкам приняты решения, и каждому автору заявки отправлено письмо по электронной почте.
proposals-some-skipped = К некоторым выбранным заявкам это решение применить нельзя (они объединены с другими, решение по ним уже принято или они были изменены за это время), и они оставлены без изменений. По остальным заявкам решения приняты.
proposals-none-chosen = Не выбрано ни одной заявки: решения не приняты.
proposals-too-many = Решение можно принять не более чем по 200 заявкам за один раз: решения не приняты.
proposal-decided = Решение сохранено, и автору заявки отправлено письмо по электронной почте.
proposal-merged = Заявки объединены.
proposal-scored = Ваши оценки сохранены.
mail-proposal-accepted-subject = Форум ВВУИО { $year } года: ваша заявка на проведение сессии принята
mail-proposal-declined-subject = Форум ВВУИО { $year } года: ваша заявка на проведение сессии отклонена
mail-proposal-changes-subject = Форум ВВУИО { $year } года: в вашу заявку на проведение сессии необходимо внести изменения
mail-session-placed = Ваша сессия «{ $title }» включена в программу: { $when }, { $room }.
mail-session-placed-subject = Форум ВВУИО { $year } года: ваша сессия включена в программу
mail-session-moved = Ваша сессия «{ $title }» перенесена. Новое время и место: { $when }, { $room } (ранее: { $was }, { $wasroom }).
mail-session-moved-subject = Форум ВВУИО { $year } года: ваша сессия перенесена
mail-session-cancelled = Ваша сессия «{ $title }» исключена из программы. Если секретариат еще не связался с вами, он сообщит вам причину.
mail-session-cancelled-subject = Форум ВВУИО { $year } года: ваша сессия исключена из программы

## Speakers' invitations and profiles (issue 11, item 7)
mail-speaker-invited-forum = Сроки проведения Форума ВВУИО { $year } года: { $dates }, место проведения: { $venue }. Когда в программе появятся дата, время и зал вашей сессии, вы получите уведомление по электронной почте. Если вы не сможете принять участие, по той же ссылке вы можете отклонить приглашение.
mail-speaker-declined = { $name } не сможет принять участие в вашей сессии «{ $title }» (роль: { $role }).
mail-speaker-declined-subject = Форум ВВУИО { $year } года: выступающий отклонил ваше приглашение
mail-speaker-placed = Сессия «{ $title }», в которой вы участвуете (роль: { $role }), включена в программу: { $when }, { $room }.
mail-speaker-moved = Сессия «{ $title }», в которой вы участвуете (роль: { $role }), перенесена. Новое время и место: { $when }, { $room }.
mail-speaker-date-subject = Форум ВВУИО { $year } года: дата и зал вашей сессии
mail-speaker-cancelled = Сессия «{ $title }», для участия в которой вас пригласили (роль: { $role }), исключена из программы.
mail-speaker-cancelled-subject = Форум ВВУИО { $year } года: сессия с вашим выступлением исключена из программы
forum-speaker-invite = Приглашаем вас принять участие в сессии «{ $title }» Форума ВВУИО { $year } года (роль: { $role }).
forum-speaker-invite-when = Время и место: { $when }, { $room }.
forum-speaker-invite-unplaced = Дата, время и зал пока не определены: вам сообщат о них по электронной почте.
forum-speaker-confirm-after-all = Я все-таки смогу принять участие
forum-speaker-decline-submit = Я не смогу принять участие
forum-speaker-declined = Вы отклонили это приглашение. Организаторы уведомлены.
forum-speaker-has-declined = отклонено
forum-speaker-bio = Краткая биография
forum-speaker-bio-hint = Отображается вместе с вашим именем на странице сессии сразу после сохранения. Не более 1500 символов.
speaker-bio-too-long = Биография слишком длинная (не более 1500 символов).
forum-event-speaker-declined = Выступающий отказался от участия

## Messages to speakers, organisers and participants (issue 11, item 5)
forum-manage-messages = Сообщения выступающим, организаторам и участникам
forum-messages-title = Сообщения
forum-messages-of = Сообщения Форума ВВУИО { $year } года
forum-messages-intro = Напишите выступающим, организаторам или зарегистрированным участникам этого Форума. Каждый получит текст на своем языке, если вы написали его на этом языке, а в противном случае — на английском (или на первом языке, на котором вы его написали). Сначала подсчитайте получателей, затем отправьте сообщение.
forum-message-audience = Получатели
forum-message-audience-speakers = Все выступающие на сессиях по принятым заявкам (кроме тех, кто отклонил приглашение)
forum-message-audience-organisers = Организаторы всех сессий по принятым заявкам
forum-message-audience-participants = Зарегистрированные участники согласно выбору ниже
forum-message-participants-filter = Какие участники (для сообщения участникам)
forum-message-versions = Сообщение
forum-message-versions-hint = Напишите его на как можно большем числе из шести языков, хотя бы на одном; не более 10 000 символов на каждом языке.
forum-message-text = Текст
forum-message-count = Подсчитать получателей
forum-message-send = Отправить сейчас
forum-message-will-reach = { $count ->
    [one] Это сообщение получит { $count } человек.
    [few] Это сообщение получат { $count } человека.
    [many] Это сообщение получат { $count } человек.
   *[other] Это сообщение получат { $count } человека.
}
forum-message-recipients = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
forum-message-required = Напишите сообщение хотя бы на одном языке.
forum-message-too-long = Текст слишком длинный (не более 10 000 символов).
forum-message-audience-invalid = Выберите получателей сообщения.
forum-message-nobody = Никто не соответствует выбранным получателям: ничего не отправлено.
forum-message-too-many = Условиям соответствуют более 20 000 человек: сократите число получателей.
forum-message-count-changed = Число получателей изменилось после подсчета: проверьте новое число, затем отправьте сообщение еще раз.
forum-message-sent = Сообщение поставлено в очередь на отправку каждому получателю.
forum-messages-sent = Отправленные сообщения
forum-messages-none = Сообщения еще не отправлялись.
forum-message-sent-on = Дата отправки
forum-message-sent-by = Отправитель
forum-message-filter = Фильтр участников
forum-message-reached = Кому отправлено
forum-message-heading = Сообщение № { $id }
forum-messages-back = Вернуться к сообщениям
forum-speakers-remind-heading = Выступающие, которые не ответили
forum-speakers-remind-text = Выступающим, которые в течение недели не подтвердили и не отклонили приглашение, автоматически направляется напоминание с новой ссылкой (прежняя ссылка перестает действовать), не чаще одного раза в неделю каждому. Вы можете напомнить им сейчас.
forum-speakers-remind-submit = Напомнить сейчас
forum-speakers-reminded = Выступающим, которые не ответили в течение недели, отправлено напоминание.
mail-forum-message-speakers-subject = Форум ВВУИО { $year } года: сообщение секретариата для выступающих
mail-forum-message-organisers-subject = Форум ВВУИО { $year } года: сообщение секретариата для организаторов сессий
mail-forum-message-participants-subject = Форум ВВУИО { $year } года: сообщение секретариата для участников
mail-speaker-reminder = Вас пригласили принять участие в сессии «{ $title }» Форума ВВУИО { $year } года (роль: { $role }), но вы еще не ответили. Пожалуйста, подтвердите свое участие или, если вы не сможете принять участие, отклоните приглашение по этой новой ссылке (прежняя ссылка больше не действует):
mail-speaker-reminder-subject = Форум ВВУИО { $year } года: пожалуйста, ответьте на приглашение выступить

## The schedule editor as a grid (issue 11, item 3)
forum-schedule-grid-of = Сетка расписания Форума ВВУИО { $year } года
forum-grid-open = Расписание в виде сетки (залы по времени)
forum-grid-intro = Залы расположены по горизонтали, получасовые интервалы – по вертикали, время указано по месту проведения. Выберите сессию («Выбрать» в списке еще не размещенных сессий или «Переместить» в сетке), затем нажмите кнопку в свободной ячейке; с помощью мыши сессию можно перетащить в ячейку. Конфликты отображаются в ячейках.
forum-grid-list-view = Расписание в виде списка
forum-grid-undo = Отменить мое последнее перемещение
forum-grid-undone = Ваше последнее перемещение отменено.
forum-grid-nothing-to-undo = У вас не осталось перемещений, которые можно отменить.
forum-grid-placing = Размещение: { $title }
forum-grid-choose-cell = Выберите ниже свободную ячейку: кнопка в ней разместит там сессию.
forum-grid-length = Продолжительность
forum-grid-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
forum-grid-length-apply = Применить эту продолжительность
forum-grid-cancel = Отменить выбор сессии
forum-grid-search = Название или номер
forum-grid-choose = Выбрать
forum-grid-move = Переместить
forum-grid-caption = Сессии по залам и времени
forum-grid-time = Время
forum-grid-closed = Зал закрыт
forum-grid-place-here = Разместить здесь: { $room }, { $time }
forum-rooms-copy = Скопировать залы
forum-rooms-copy-heading = Залы предыдущего выпуска
forum-rooms-copied = Залы предыдущего выпуска скопированы (те, кодов которых в этом выпуске еще не было).
forum-rooms-nothing-to-copy = Ни в одном из предыдущих выпусков нет залов для копирования.
forum-event-moved = Размещена в рабочем расписании, перемещена в нем или убрана из него

## Speakers' photos (issue 11, item 7)
forum-speaker-photo-heading = Ваша фотография
forum-speaker-photo-hint = Отображается рядом с вашим именем на странице сессии сразу после сохранения. Изображение JPEG, PNG или WebP размером не более 8 МБ; данные о местоположении и фотокамере из него удаляются.
forum-speaker-photo-current = Ваша фотография, как она показана в программе
forum-speaker-photo-file = Фотография
forum-speaker-photo-upload = Загрузить фотографию
forum-speaker-photo-remove = Удалить мою фотографию
forum-speaker-photo-saved = Ваша фотография сохранена.
forum-speaker-photo-removed = Ваша фотография удалена.

## Review fixes (issue 11)
proposals-comment-needed = Чтобы отклонить заявки, нужен комментарий для их авторов: решения не приняты.
forum-grid-undo-stale = После вашего перемещения эта сессия была перемещена снова, поэтому ваше перемещение не отменено (и больше не сохраняется).
forum-grid-undo-blocked = Ваше перемещение не отменено: прежнее место сессии теперь занято (в это время занят ее зал или один из выступающих).
forum-message-filter-none = Все заявки на регистрацию, кроме отклоненных

## Translations of what the public reads (issue 11, item 8)
forum-manage-translations = Переводы
forum-translations-title = Переводы
forum-translations-of = Переводы: Форум ВВУИО { $year } года
forum-translations-intro = Место проведения, названия залов и партнеров, а также название и аннотацию каждой сессии можно прочитать на всех шести языках. Если перевода нет, на страницах показывается оригинал с указанием его языка.
forum-translations-names-in = Язык названий места проведения, залов и партнеров
forum-translations-names = Место проведения, залы и партнеры
forum-translation-room = Зал { $room }
forum-translation-name = Название
forum-translation-title = Название
forum-translation-abstract = Аннотация (Markdown)
forum-translations-sessions = Принятые сессии
forum-translations-reads-in = Доступна на языках
forum-translations-translate = Перевести
forum-translations-no-sessions = Пока не принято ни одной сессии.
forum-translations-save = Сохранить переводы
forum-translations-saved = Переводы сохранены: теперь они отображаются на опубликованных страницах.
forum-translations-back = Все переводы этого выпуска
forum-translations-session-title = Переводы сессии
forum-translations-session-of = Переводы сессии { $number }
forum-translations-session-intro = Оставьте поля языка пустыми, чтобы на этом языке показывался оригинал.
forum-translations-written-in = Язык названия и аннотации
forum-proposal-translations = Перевести название и аннотацию
translation-too-long = Перевод слишком длинный.
translation-original-language = Это язык оригинала, который и показывается на этом языке: оставьте поле пустым.
forum-pick-queued-title = Сохранено на этом устройстве
forum-pick-queued-text = Нет подключения к сети. Ваш выбор для вашей программы сохранен на этом устройстве и будет отправлен, когда подключение восстановится.
forum-pick-queued-back = Вернуться к программе
forum-registrations-remind-heading = Незавершенные регистрации
forum-registrations-remind-text = Тем, кто открыл форму регистрации день назад или раньше и не отправил ее, автоматически приходит напоминание — один раз, на их языке. Вы можете напомнить им сейчас.
forum-registrations-remind-submit = Напомнить им сейчас
forum-registrations-reminded = Тем, кто не завершил регистрацию, отправлено напоминание.
mail-registration-unfinished = Вы начали регистрацию на Форум ВВУИО { $year } года, но не отправили форму, поэтому вы еще не зарегистрированы. Завершить регистрацию можно здесь:
mail-registration-unfinished-subject = Форум ВВУИО { $year } года: ваша регистрация не завершена
