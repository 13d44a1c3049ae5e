## Итоги сессий (issue 12)

outcome-title = Итоги
outcome-of = Итоги сессии { $number }: { $title }
outcomes-sessions-title = Итоги сессий
outcomes-of = Итоги сессий Форума ВВУИО { $year } года
outcomes-count = { $count ->
    [one] Утверждены итоги { $count } сессии.
    [few] Утверждены итоги { $count } сессий.
    [many] Утверждены итоги { $count } сессий.
   *[other] Утверждены итоги { $count } сессии.
}
outcomes-none = Итоги сессий пока не утверждены.
outcomes-back = Все итоги сессий
outcome-session-page = Страница сессии
outcome-page-link = Итоги на отдельной странице
outcomes-manage-link = Управление итогами
outcome-links = Направления деятельности и ЦУР, которым способствовала сессия
outcome-written-in = Язык текста:
outcome-form-title = Итоги сессии
outcome-form-of = Итоги сессии { $number }: { $title }
outcome-form-intro = Расскажите, чего достигла сессия. Пишите на любом из шести языков и укажите его ниже; секретариат проверяет текст, прежде чем опубликовать его на странице сессии и в Итоговом документе.
outcome-section-report = Отчёт
outcome-field-language = Язык текста
outcome-language-hint = Язык, на котором вы пишете отчёт.
outcome-field-summary = Краткое изложение
outcome-field-achievements = Основные достижения
outcome-field-challenges = Трудности
outcome-field-trends = Новые тенденции
outcome-field-recommendations = Рекомендации и обязательства
outcome-links-hint = Выберите направления деятельности (для C7 — его поднаправления) и ЦУР, которым способствовала сессия, с кратким обоснованием для каждого; для ЦУР можно указать задачи.
outcome-section-participation = Участие
outcome-field-participants-onsite = Участников на месте
outcome-field-participants-remote = Участников онлайн
outcome-save = Сохранить
outcome-submit = Отправить в секретариат
outcome-status-missing = Не начаты
outcome-status-draft = Черновик
outcome-status-submitted = Отправлены на проверку
outcome-status-returned = Возвращены на доработку
outcome-status-approved = Утверждены
outcome-returned-comment = Секретариат просит внести изменения
outcome-deadline = Срок
outcome-deadline-is = Организаторы представляют итоги не позднее
outcome-deadline-none = Срок не установлен
outcome-deadline-passed-on = { $date } (истёк)
outcome-deadline-field = Новый срок
outcome-deadline-hint = Последний день, когда организаторы могут представить итоги (по дате места проведения). За неделю и за день до него им приходит напоминание. Оставьте пустым, чтобы срок не устанавливать.
outcome-deadline-save = Сохранить срок
outcome-revisions-link = Версии
outcome-revisions-title = Версии итогов
outcome-revisions-of = Версии итогов сессии { $number }: { $title }
outcome-revision-number = Версия { $version }
outcome-revision-content = Содержание
outcome-back-to-form = Вернуться к итогам
outcome-decide = Решение
outcome-comment = Комментарий для организаторов
outcome-comment-hint = Обязателен при возврате итогов; отправляется организаторам по электронной почте.
outcome-approve = Утвердить и опубликовать
outcome-return = Вернуть на доработку
outcome-decide-nothing = Решать пока нечего: организаторы ещё не отправили итоги.
outcomes-manage-title = Итоги сессий
outcomes-manage-nav = Итоги: контроль
outcomes-manage-of = Итоги сессий { $year } года: контроль
outcomes-public-link = Опубликованные итоги
outcomes-sessions = Принятые сессии
outcomes-sessions-none = В этом списке нет сессий.
outcomes-filter = Показать итоги
outcomes-col-session = Сессия
outcomes-col-organiser = Организатор
outcomes-col-status = Итоги
outcomes-col-updated = Последнее изменение
outcome-remind-col = Напомнить
outcome-remind-submit = Напомнить отмеченным организаторам по электронной почте
outcome-saved = Итоги сохранены.
outcome-submitted = Итоги отправлены в секретариат.
outcome-approved = Итоги утверждены и опубликованы.
outcome-returned = Итоги возвращены организаторам.
outcome-deadline-saved = Срок сохранён.
outcome-reminders-sent = Напоминания отправляются.

## Ошибки
outcome-summary-required = Напишите краткое изложение сессии.
outcome-section-too-long = Текст слишком длинный (не более 4 000 символов).
rationale-required = Кратко обоснуйте каждое выбранное направление деятельности и каждую ЦУР.
participants-invalid = Укажите целое число от 0 до 100 000 или оставьте поле пустым.
outcome-status-invalid = Неизвестное состояние итогов.
outcome-action-invalid = Неизвестное действие.
outcome-approved-locked = Итоги утверждены: изменить их теперь может только секретариат.
outcome-deadline-passed = Срок представления итогов истёк. Если вам всё же нужно их представить, напишите в секретариат.
outcome-decision-invalid = Выберите: утвердить итоги или вернуть их.
outcome-decision-not-allowed = Такое решение невозможно для итогов в их нынешнем состоянии.
outcome-comment-required = Объясните в комментарии, что организаторам следует изменить.
outcome-not-open = Итоги можно представлять после публикации программы форума.
outcome-stale = Пока вы редактировали итоги, их сохранил кто-то другой. Ваш текст сохранён ниже: сравните его с последней версией и сохраните снова.
outcome-remind-none = Отметьте хотя бы одну сессию, организаторам которой нужно напомнить.

## Письма
mail-outcome-subject = Форум ВВУИО { $year } года: итоги сессии { $number }
mail-outcome-approved = Итоги вашей сессии «{ $title }» (сессия { $number }) утверждены и опубликованы.
mail-outcome-returned = Секретариат вернул на доработку итоги вашей сессии «{ $title }» (сессия { $number }). Комментарий секретариата:
mail-outcome-reminder-subject = Форум ВВУИО { $year } года: напоминание об итогах сессии { $number }
mail-outcome-reminder = { $dated ->
    [yes] Просим представить итоги вашей сессии «{ $title }» (сессия { $number }) не позднее { $due }.
   *[no] Просим представить итоги вашей сессии «{ $title }» (сессия { $number }).
}

## Матрица ВВУИО–ЦУР
matrix-title = Матрица ВВУИО–ЦУР
matrix-intro = Как каждое направление деятельности ВВУИО способствует достижению Целей в области устойчивого развития: связи, которые фиксируют его координаторы, с обоснованием, и сколько сессий Форума, итогов сессий и мероприятий из реестра подтверждают каждую связь.
matrix-year = Год
matrix-all-years = Все годы
matrix-show = Показать
matrix-links-count = { $count ->
    [one] { $count } связь зафиксирована координаторами
    [few] { $count } связи зафиксированы координаторами
    [many] { $count } связей зафиксировано координаторами
   *[other] { $count } связи зафиксировано координаторами
}
matrix-json = Открытые данные (JSON)
matrix-csv = Открытые данные (CSV)
matrix-edit-link = Изменить связи ваших направлений деятельности
matrix-facilitators-title = Кто ведёт какое направление
matrix-legend = В каждой ячейке — число опубликованных сессий, утверждённых итогов сессий и мероприятий из реестра, связанных с обоими; чем темнее ячейка, тем их больше. Точкой отмечены связи, зафиксированные координаторами. Выберите ячейку, чтобы увидеть обоснование и состав.
matrix-caption = Направления деятельности (строки) и Цели в области устойчивого развития (столбцы)
matrix-linked = связь зафиксирована координаторами
matrix-back = Вернуться к матрице
matrix-cell-title = { $line } и ЦУР { $goal }
matrix-link = Связь, зафиксированная координаторами
matrix-targets = Задачи
matrix-no-link = Координаторы не зафиксировали эту связь.
matrix-updated = Последнее изменение: { $name }, { $date }.
matrix-history = История связей
matrix-session = Форум ВВУИО { $year } года, сессия { $number }
matrix-sessions = { $count ->
    [one] { $count } сессия
    [few] { $count } сессии
    [many] { $count } сессий
   *[other] { $count } сессии
}
matrix-outcomes = { $count ->
    [one] Итоги { $count } сессии
   *[other] Итоги { $count } сессий
}
matrix-entries = Мероприятия из реестра
matrix-entries-count = { $count ->
    [0] Опубликованных мероприятий нет
    [one] { $count } опубликованное мероприятие
    [few] { $count } опубликованных мероприятия
    [many] { $count } опубликованных мероприятий
   *[other] { $count } опубликованного мероприятия
}
matrix-history-of = История связей { $line }
matrix-history-none = Изменений пока нет.
matrix-col-when = Когда
matrix-col-who = Кто
matrix-col-goal = Цель
matrix-col-rationale = Обоснование
matrix-removed = Связь удалена
matrix-edit-of = Связи { $line } с ЦУР
matrix-edit-intro = Для каждой цели, которой способствует направление, укажите обоснование и, при желании, задачи. Очистите оба поля, чтобы удалить связь. Каждое изменение сохраняется в истории.
matrix-save = Сохранить связи
matrix-facilitators-intro = Учётные записи координаторов ведут связи матрицы для направлений, закреплённых за ними здесь (за кем закреплено C7, тот ведёт все его поднаправления).
matrix-facilitators-none = Пока ни за одной учётной записью не закреплено направление.
matrix-facilitator-add = Закрепить направление за координатором
matrix-saved = Связи сохранены.
matrix-facilitator-added = Направление закреплено за координатором.
matrix-facilitator-removed = Направление откреплено от координатора.
matrix-rationale-required = Укажите обоснование этой связи (или очистите задачи, чтобы её удалить).
matrix-rationale-too-long = Обоснование слишком длинное (не более 1 500 символов).
matrix-stale = Пока вы редактировали связи, их изменил кто-то другой. Ваш текст сохранён ниже: посмотрите историю и сохраните снова.
matrix-facilitator-unknown = Нет учётной записи координатора с этим адресом (сначала дайте учётной записи роль координатора).
matrix-year-invalid = Укажите год цифрами.
stats-heat-cell = { $line } × ЦУР { $goal }: { $count }

## Координационные совещания по направлениям деятельности
meetings-title = Координационные совещания по направлениям деятельности
meetings-of = Координационные совещания по направлениям деятельности на Форуме ВВУИО { $year } года
meetings-back = Вернуться к форуму
meetings-intro = Координаторы каждого направления деятельности проводят на форуме совещание; здесь то, что они зафиксировали: ключевые приоритеты, возможности и трудности.
meeting-not-recorded = пока не записано
meetings-all = Все координационные совещания
meeting-of = Координационное совещание по { $line }, Форум ВВУИО { $year } года
meeting-not-recorded-long = Координаторы ещё не записали итоги этого совещания.
meeting-edit = Записать итоги совещания
meeting-priorities = Ключевые приоритеты
meeting-opportunities = Возможности
meeting-challenges = Трудности
meeting-save = Сохранить запись
meeting-saved = Запись о совещании сохранена.
meeting-stale = Пока вы редактировали запись, её сохранил кто-то другой. Ваш текст сохранён ниже: сравните его с сохранённой записью и сохраните снова.
meeting-priorities-required = Укажите ключевые приоритеты совещания.
meeting-text-too-long = Текст слишком длинный (не более 6 000 символов).

## Photos of outcomes
outcome-photos = Фотографии
outcome-photos-of = Фотографии к итогам сессии { $number }: { $title }
outcome-photos-intro = До пяти фотографий сессии (JPEG, PNG или WebP, не более 8 МБ каждая), к каждой — текст о том, что на ней, для тех, кто не может её увидеть. Они публикуются вместе с итогами.
outcome-photo-limit = У этих итогов уже пять фотографий: удалите одну, чтобы добавить другую.

## Сегмент высокого уровня (issue 12, пункт 2)
outcome-field-vision = Видение
outcome-field-opportunities = Возможности
outcome-vision-required = Опишите видение, сформулированное на сессии.
hlt-links-hint = Можно указать направления деятельности и ЦУР, которых касалась сессия, с кратким обоснованием для каждого.
hlt-link = Сегмент высокого уровня: итоги и краткое резюме
hlt-title = Сегмент высокого уровня
hlt-title-of = Сегмент высокого уровня Форума ВВУИО { $year }: итоги и краткое резюме
hlt-intro = Сессии высокого уровня по вопросам политики, каждую из которых ведут координаторы от групп заинтересованных сторон, с сформулированными ими видением, новыми тенденциями, возможностями и проблемами, заявления выступавших на них представителей высокого уровня и резюме Председателя.
hlt-summary = Резюме Председателя
hlt-summary-of = Резюме Председателя Форума ВВУИО { $year }
hlt-summary-edit = Написать резюме Председателя
hlt-summary-none = Резюме Председателя ещё не опубликовано.
hlt-summary-chair = Председатель
hlt-summary-chair-hint = Имя и должность — так, как они должны быть указаны в резюме.
hlt-summary-body = Резюме
hlt-summary-body-hint = Абзацы разделяются пустой строкой; списки и ссылки Markdown сохраняются.
hlt-summary-save = Сохранить резюме
hlt-summary-saved = Резюме Председателя сохранено.
hlt-sessions = Сессии высокого уровня по вопросам политики
hlt-sessions-none = В этом форуме нет принятых сессий высокого уровня по вопросам политики.
hlt-session-heading = Сессия { $number }: { $title }
hlt-outcome-none = Итоги этой сессии, подготовленные координаторами, ещё не утверждены.
hlt-write-outcome = Форма итогов
hlt-facilitators = Координаторы
hlt-facilitator-of = { $name } ({ $stakeholder })
hlt-facilitators-of = Координаторы сессии { $number }: { $title }
hlt-facilitators-intro = По одному координатору сегмента высокого уровня от каждой группы заинтересованных сторон: укажите адрес электронной почты его учётной записи (сначала он регистрируется). Координаторы готовят итоги сессии и добавляют заявления выступающих. Оставьте поле пустым, если от группы координатора нет.
hlt-facilitator-email = Адрес электронной почты учётной записи координатора
hlt-facilitators-save = Сохранить координаторов
hlt-facilitators-saved = Координаторы сохранены.
hlt-back = Вернуться к сегменту высокого уровня
hlt-statements = Заявления
hlt-statements-of = Заявления на сессии { $number }: { $title }
hlt-statements-intro = Заявления выступающих высокого уровня на сессии: текст, PDF или и то и другое. Они публикуются на странице сегмента высокого уровня.
hlt-statements-none = Заявлений пока нет.
hlt-statement-add = Добавить заявление
hlt-statement-speaker = Выступающий
hlt-statement-position = Должность
hlt-statement-position-hint = Например: министр почты и телекоммуникаций Бангладеш.
hlt-statement-body = Текст заявления
hlt-statement-body-hint = Обязательно, если заявление не приложено в формате PDF.
hlt-statement-pdf = Заявление в формате PDF (необязательно)
hlt-statement-pdf-hint = Файл PDF размером не более 10 МБ.
hlt-statement-read = Прочитать заявление
hlt-statement-read-pdf = Заявление (PDF)
hlt-statement-remove = Удалить
hlt-statement-added = Заявление добавлено.
hlt-statement-removed = Заявление удалено.
statement-speaker-required = Укажите имя выступающего.
statement-body-required = Введите текст заявления или приложите его в формате PDF.
statement-too-long = Заявление слишком длинное (не более 20 000 символов).
statement-pdf-too-large = Файл PDF слишком большой (не более 10 МБ).
statement-pdf-invalid = Этот файл не является PDF.
statement-limit = У этой сессии уже максимальное число заявлений (60).
summary-chair-required = Укажите Председателя.
summary-body-required = Напишите резюме.
summary-too-long = Резюме слишком длинное (не более 30 000 символов).
summary-stale = Пока вы редактировали резюме, его сохранил кто-то другой. Ваш текст сохранён ниже: сравните его с последней версией, прежде чем сохранять снова.
facilitator-unknown = Учётной записи с таким адресом нет: координатор должен сначала зарегистрироваться.
