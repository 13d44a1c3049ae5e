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
