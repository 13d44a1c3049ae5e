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
mail-speaker-subject = Форум ВВУИО: пожалуйста, подтвердите свое выступление на сессии «{ $title }»
mail-speaker-invited = Вас предложили для участия в сессии «{ $title }» (роль: { $role }). Пожалуйста, подтвердите свое участие по этой ссылке:
mail-proposal-subject = Форум ВВУИО: ваша заявка на проведение сессии «{ $title }»
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
forum-register-intro = Зарегистрируйтесь, чтобы принять участие в Форуме очно в Женеве или дистанционно. Сотрудники государств-членов, учреждений ООН и членов МСЭ аккредитуются сразу; других участников утверждает секретариат.
forum-register-mode = Форма участия
forum-register-category = Категория участника
forum-register-category-hint = Государства-члены, учреждения ООН и члены МСЭ аккредитуются сразу; участники других категорий ожидают утверждения.
forum-register-accessibility = Потребности в обеспечении доступности
forum-register-accessibility-hint = Например: безбарьерный доступ, язык жестов, субтитры, место в первых рядах.
forum-register-consent = Я даю согласие на хранение секретариатом этих данных для организации Форума и подготовки его статистики.
forum-register-submit = Зарегистрироваться
forum-register-badge = Ваш бейдж
forum-register-badge-text = Покажите этот код на входе: сотрудники отсканируют его или введут вручную.
forum-registrations-title = Заявки на регистрацию, ожидающие утверждения
forum-registrations-of = Заявки на регистрацию на Форум ВВУИО { $year } года, ожидающие утверждения
forum-registrations-none = Нет заявок на регистрацию, ожидающих утверждения.
forum-registration-approve = Утвердить
forum-registration-decline = Отклонить
forum-check-in-title = Отметка о прибытии
forum-check-in-of = Отметка о прибытии на Форум ВВУИО { $year } года
forum-check-in-code = Код бейджа
forum-check-in-hint = Отсканируйте QR-код на бейдже или введите код, напечатанный под ним.
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
forum-manage-registrations = Заявки на регистрацию, ожидающие утверждения
forum-manage-check-in = Отметка о прибытии
forum-register-badge-pdf = Скачать бейдж (PDF)
registration-badge-not-approved = Бейдж будет доступен после одобрения вашей регистрации.
