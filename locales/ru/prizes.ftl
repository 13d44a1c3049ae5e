## Премии ВВУИО (issue 13)

prize-editions = Конкурсы
prize-no-editions = Ни один конкурс Премий ВВУИО еще не открыт.
prize-edition-title = Премии ВВУИО { $year } года
prize-edition-nav = Этот конкурс
prize-timeline = График
prize-phase-upcoming = Еще не открыт
prize-phase-submission = Представление проектов
prize-phase-review = Экспертная оценка и номинирование
prize-phase-voting = Открытое онлайн-голосование
prize-phase-selection = Выбор Победителей
prize-phase-announced = Объявление результатов
prize-phase-dates = С { $from } по { $to }
prize-phase-now = Текущий этап: { $phase }.
prize-rule-all-categories = В этом конкурсе бюллетень учитывается, только если проголосовавший отдал голоса во всех 18 категориях.
prize-categories = 18 категорий
prize-category-title = Категория { $number }: { $name }
prize-back-to-edition = Вернуться к конкурсу
prize-back-to-category = Вернуться к категории
prize-back-to-manage = Вернуться к управлению конкурсом
prize-back-to-queue = Вернуться к моему списку на оценку
prize-submit-link = Представить проект
prize-results-link = Результаты и как их пересчитать
prize-review-link = Экспертная оценка
prize-manage-link = Управление конкурсом
prize-fraud-link = Подозрительные голоса
prize-audit-link = Журнал аудита
prize-nominees-not-yet = Номинанты этой категории еще не опубликованы.
prize-voting-open = Голосование открыто: выберите один проект в этой категории. Промежуточные итоги скрыты до закрытия голосования.
prize-nominees-count = { $count ->
    [one] { $count } номинированный проект.
    [few] { $count } номинированных проекта.
    [many] { $count } номинированных проектов.
   *[other] { $count } номинированного проекта.
}
prize-vote = Проголосовать
prize-vote-final = Голос окончательный: его нельзя изменить или отозвать. Вы получите подтверждение по электронной почте.
prize-you-voted = Вы проголосовали за «{ $title }» { $date } (UTC). Ваш голос окончательный.
prize-sign-in-to-vote = Войдите, чтобы проголосовать (нужна учетная запись с подтвержденным адресом электронной почты)
prize-voted = Ваш голос учтен. Подтверждение отправлено вам по электронной почте.
prize-my-votes = Мои голоса
prize-my-votes-title = Мои голоса: Премии ВВУИО { $year } года
prize-my-votes-count = { $count ->
    [one] Вы проголосовали в { $count } категории из { $total }.
    [few] Вы проголосовали в { $count } категориях из { $total }.
    [many] Вы проголосовали в { $count } категориях из { $total }.
   *[other] Вы проголосовали в { $count } категории из { $total }.
}
prize-nominee = Номинант
prize-col-when = Когда (UTC)
prize-col-who = Кто
prize-col-year = Год
prize-col-status = Статус
prize-col-action = Решение
prize-col-subject = Предмет
prize-col-mean = Средний балл (из 70)
prize-col-spread = Разброс оценок экспертов
prize-voided = аннулирован
prize-results-title = Результаты Премий ВВУИО { $year } года
prize-results-summary = { $count ->
    [one] Учтен { $count } голос; Чемпионов: { $champions }.
    [few] Учтено { $count } голоса; Чемпионов: { $champions }.
    [many] Учтено { $count } голосов; Чемпионов: { $champions }.
   *[other] Учтено { $count } голоса; Чемпионов: { $champions }.
}
prize-recount-heading = Пересчитайте сами
prize-sealed-at = Бюллетени были опечатаны при закрытии голосования, { $date } (UTC). Тогда же был опубликован их хеш SHA-256, и он не изменился:
prize-digest = Хеш SHA-256 бюллетеней
prize-recount-how = Скачайте обезличенные бюллетени (одна строка на голос: псевдоним проголосовавшего, категория, номинант, время), проверьте их хеш и пересчитайте их с помощью команды платформы:
prize-ballots-download = Бюллетени (CSV)
prize-tally-text = Результат в том виде, в каком его выводит команда
prize-winners-pending = Эксперты выбирают Победителя каждой категории из ее Чемпионов; Победители будут показаны здесь после их объявления.
prize-winner = Победитель
prize-champion = Чемпион
prize-champions = Чемпионы
prize-votes-count = { $count ->
    [one] { $count } голос
    [few] { $count } голоса
    [many] { $count } голосов
   *[other] { $count } голоса
}
prize-champions-by-country = Чемпионы по странам (20 стран, где их больше всего)
prize-champions-by-type = Чемпионы по категориям заинтересованных сторон
prize-choose-winner = Победитель этой категории
prize-save-winner = Сохранить Победителя
prize-winner-saved = Победитель сохранен.
prize-winner-not-champion = Выберите одного из Чемпионов этой категории.
prize-selection-closed = Победители выбираются после закрытия голосования и до объявления результатов.

## Заявки

prize-submit-title = Представить проект на Премии ВВУИО { $year } года
prize-edit-title = Изменить черновик заявки на Премии ВВУИО { $year } года
prize-submit-intro = Одна организация может представить по одному проекту в каждой категории, причем каждый проект — только в одной категории. Заявки подаются на английском языке. Сначала сохраните черновик: на его странице будет указано, чего еще не хватает; затем представьте его.
prize-submission-closed = В этом конкурсе прием заявок сейчас не открыт.
prize-from-entry = Начать с одной из ваших записей в базе данных «Подведение итогов»
prize-field-category = Категория
prize-field-title = Название проекта
prize-field-organisation = Организация, представляющая проект
prize-organisation-hint = Организация, учреждение или компания. Не более одного проекта от организации в каждой категории.
prize-field-website = Веб-сайт проекта
prize-field-description = Описание для голосующих
prize-description-hint = От { $min } до { $max } слов, на английском языке. Сейчас в нем { $count ->
    [one] { $count } слово
    [few] { $count } слова
    [many] { $count } слов
   *[other] { $count } слова
}.
prize-words-label = Слова
prize-field-linkage = Связь с направлениями деятельности ВВУИО и ЦУР
prize-field-impact = Воздействие: качественные и количественные показатели
prize-field-partnerships = Партнерства
prize-field-challenges = Трудности
prize-field-future-plans = Планы на будущее
prize-field-owner-email = Адрес электронной почты владельца проекта, если это не вы
prize-owner-email-hint = Вы можете выдвинуть проект, владельцем которого не являетесь: его владелец получит уведомление по электронной почте.
prize-save-draft = Сохранить черновик
prize-draft-saved = Ваш черновик сохранен.
prize-edit-draft = Изменить черновик
prize-submit-button = Представить проект
prize-submitted = Ваш проект представлен. Подтверждение отправлено вам по электронной почте.
prize-cannot-submit = Проект пока нельзя представить
prize-checklist = Перед представлением
prize-check-basics = Страна и категория заинтересованной стороны
prize-check-description = Описание объемом от { $min } до { $max } слов (сейчас { $count })
prize-check-done = готово
prize-check-missing = не заполнено
prize-mine-title = Мои заявки на Премии
prize-mine-none = Вы еще не представили ни одного проекта.
prize-status-draft = Черновик
prize-status-submitted = Представлен, на экспертной оценке
prize-status-nominated = Номинирован
prize-status-declined = Не номинирован

prize-category-required = Выберите категорию.
prize-category-invalid = Выберите одну из 18 категорий.
prize-title-required = Введите название проекта.
prize-organisation-required = Укажите организацию, представляющую проект.
prize-country-required = Выберите страну.
prize-stakeholder-type-required = Выберите категорию заинтересованной стороны.
prize-text-too-long = Этот текст слишком длинный.
prize-english-only = Заявки принимаются только на английском языке.
prize-description-required = Введите описание для голосующих.
prize-description-too-short = Описание слишком короткое: в нем должно быть не менее 150 слов.
prize-description-too-long = Описание слишком длинное: в нем может быть не более 200 слов.
prize-answer-required = Ответьте на этот вопрос.
prize-entity-has-project = У этой организации уже есть проект в этой категории: не более одного проекта от организации в каждой категории.
prize-previous-winner = Эта организация уже получала Премию ВВУИО: прежние победители не допускаются к участию.
prize-submission-not-draft = Этот проект уже представлен; изменить его больше нельзя.
prize-submission-stale = Черновик изменился с тех пор, как вы его открыли; перезагрузите его и внесите изменение снова.
prize-submission-not-submitted = Номинировать или отклонить можно только представленные проекты.

prize-mail-submitted-subject = Ваш проект представлен на Премии ВВУИО { $year } года
prize-mail-submitted = Ваш проект «{ $title }» представлен на Премии ВВУИО { $year } года в категории { $category }. Группа экспертов рассматривает каждую заявку; мы сообщим вам, будет ли проект номинирован.
prize-mail-nominated-by-subject = Ваш проект был представлен на Премии ВВУИО { $year } года
prize-mail-nominated-by = Ваш проект «{ $title }» был представлен на Премии ВВУИО { $year } года организацией { $organisation }. Если это ошибка, ответьте на это сообщение.
prize-mail-votes-subject = Ваши голоса: Премии ВВУИО { $year } года
prize-mail-votes = { $count ->
    [one] Подтверждаем, что вы отдали { $count } голос в голосовании за Премии ВВУИО { $year } года:
    [few] Подтверждаем, что вы отдали { $count } голоса в голосовании за Премии ВВУИО { $year } года:
    [many] Подтверждаем, что вы отдали { $count } голосов в голосовании за Премии ВВУИО { $year } года:
   *[other] Подтверждаем, что вы отдали { $count } голоса в голосовании за Премии ВВУИО { $year } года:
}
prize-mail-votes-final = Голоса окончательные. Все ваши голоса можно посмотреть здесь:

## Экспертная оценка

prize-review-title = Экспертная оценка, Премии ВВУИО { $year } года
prize-review-intro = Заявки в ваших категориях. Оцените каждую по опубликованным критериям; заявите о конфликте интересов в отношении любого проекта, с которым вы связаны, — и он будет исключен из вашего списка.
prize-review-none = В ваших категориях нет заявок на оценку.
prize-review-one = Оценка: { $title }
prize-review-about = Заявка в категории { $category }. Оцените каждый критерий от 1 (слабо) до 10 (отлично).
prize-review-this = Оценить этот проект
prize-read-project = Прочитать проект
prize-scored = Оценен
prize-not-scored = Еще не оценен
prize-scores-heading = Ваши оценки
prize-field-comment = Комментарий (необязательно)
prize-save-scores = Сохранить оценки
prize-scores-saved = Ваши оценки сохранены.
prize-criterion-impact = Результаты и воздействие
prize-criterion-empowerment = Расширение возможностей сообществ
prize-criterion-sdg-relevance = Значимость для достижения ЦУР
prize-criterion-replicability = Воспроизводимость
prize-criterion-sustainability = Устойчивость
prize-criterion-partnerships = Партнерства
prize-criterion-wsis-values = Продвижение ценностей ВВУИО
prize-score-required = Поставьте оценку от 1 до 10.
prize-score-invalid = Оценка — целое число от 1 до 10.
prize-conflict-heading = Конфликт интересов
prize-conflict-hint = Почему вы берете самоотвод (например: «Я консультирую эту организацию»). Вы больше не будете видеть и оценивать этот проект.
prize-declare-conflict = Заявить о конфликте
prize-conflict-saved = Ваш конфликт интересов зарегистрирован; проект исключен из вашего списка.
prize-field-reason = Причина
prize-reason-required = Укажите причину.
prize-review-closed = Оценки выставляются на этапе экспертной оценки.

## Секретариат

prize-new-edition = Открыть новый конкурс
prize-create-edition = Создать конкурс
prize-field-year = Год
prize-year-invalid = Введите год от 2000 до 2100.
prize-edition-exists = Конкурс этого года уже существует.
prize-dates-heading = Даты этапов (00:00 UTC)
prize-field-submission-opens = Начало приема заявок
prize-field-submission-closes = Окончание приема заявок
prize-field-voting-opens = Начало голосования
prize-field-voting-closes = Окончание голосования
prize-field-announced-at = Объявление результатов
prize-field-require-all = Правило голосования
prize-date-invalid = Введите дату в формате YYYY-MM-DD.
prize-date-order = Каждая дата должна быть позже предыдущей.
prize-save-dates = Сохранить даты
prize-edition-saved = Конкурс сохранен.
prize-sealed = Итоги этого конкурса опечатаны: его голоса и даты больше не меняются.
prize-manage-title = Управление Премиями ВВУИО { $year } года
prize-vote-totals = Голоса на данный момент: учтено — { $count }, аннулировано — { $voided }, проголосовавших — { $voters }. (Публика не видит никаких подсчетов до закрытия голосования.)
prize-experts = Эксперты
prize-experts-none = Эксперты еще не назначены.
prize-add-expert = Назначить эксперта
prize-experts-saved = Эксперты сохранены.
prize-account-unknown = Учетной записи с таким адресом электронной почты нет.
prize-remove = Удалить
prize-ranking = Заявки по оценкам экспертов
prize-ranking-none = Еще не представлено ни одного проекта.
prize-spread = От { $low } до { $high } ({ $experts ->
    [one] { $experts } эксперт
    [few] { $experts } эксперта
    [many] { $experts } экспертов
   *[other] { $experts } эксперта
})
prize-nominate = Номинировать
prize-decline = Отклонить
prize-decision-saved = Решение сохранено.
prize-publish-nominees = Опубликовать номинантов
prize-publish-nominees-help = После публикации номинированные проекты становятся видны всем; решения группы экспертов после этого окончательны.
prize-nominees-published = Номинанты опубликованы.
prize-nominees-are-published = Номинанты опубликованы.
prize-fraud-title = Подозрительные голоса, Премии ВВУИО { $year } года
prize-fraud-intro = Закономерности, выявленные в голосовании: всплеск голосов за одного номинанта, множество учетных записей, голосующих с одного сетевого адреса, множество новых учетных записей с однотипными адресами электронной почты. Аннулируйте указанные в них голоса или отклоните подозрение; каждое решение с указанием причины заносится в журнал аудита.
prize-scan = Проверить на подозрительные закономерности сейчас
prize-scanned = Голоса проверены.
prize-pending = Ожидают решения
prize-pending-none = Ничего не ожидает решения.
prize-decided = Решенные
prize-suspicion-burst = Всплеск голосов
prize-suspicion-address = Много учетных записей с одного адреса
prize-suspicion-pattern = Много новых учетных записей с однотипными адресами электронной почты
prize-accounts-count = { $count ->
    [one] { $count } учетная запись
    [few] { $count } учетные записи
    [many] { $count } учетных записей
   *[other] { $count } учетной записи
}
prize-void-votes = Аннулировать их голоса
prize-dismiss = Отклонить
prize-decision-voided = голоса аннулированы
prize-decision-dismissed = отклонено
prize-suspicion-decided = Решение по этому случаю уже принято.
prize-void-heading = Аннулировать голоса одной учетной записи
prize-field-voter = Номер учетной записи
prize-void-voter = Аннулировать голоса
prize-voter-voided = Голоса этой учетной записи аннулированы.
prize-voter-unknown = Такой учетной записи нет.
prize-audit-title = Журнал аудита, Премии ВВУИО { $year } года
prize-audit-intro = Все решения, касающиеся голосования в этом конкурсе, по порядку. Ничто в нем никогда не изменяется и не удаляется.
prize-audit-none = Решений пока не принималось.
prize-actor-platform = Платформа
prize-audit-edition-created = Конкурс создан
prize-audit-edition-dates-changed = Даты изменены
prize-audit-domain-blocked = Почтовый домен заблокирован
prize-audit-domain-unblocked = Почтовый домен разблокирован
prize-audit-suspicion-found = Выявлена подозрительная закономерность
prize-audit-voter-voided = Голоса аннулированы
prize-audit-suspicion-voided = Подозрение подтверждено, голоса аннулированы
prize-audit-suspicion-dismissed = Подозрение отклонено
prize-audit-tally-sealed = Итоги опечатаны (хеш, бюллетени)
prize-audit-winner-chosen = Победитель выбран
prize-audit-expert-added = Эксперт назначен
prize-audit-expert-removed = Эксперт удален
prize-audit-conflict-declared = Заявлен конфликт интересов
prize-audit-nominated = Проект номинирован
prize-audit-declined = Проект отклонен
prize-audit-nominees-published = Номинанты опубликованы
prize-blocked-title = Заблокированные почтовые домены
prize-blocked-intro = Учетные записи с адресом электронной почты в одном из этих доменов (одноразовые адреса) не могут голосовать.
prize-blocked-none = Заблокированных доменов нет.
prize-field-domain = Домен (например, mailinator.com)
prize-block-domain = Заблокировать домен
prize-domain-invalid = Введите домен, например example.com.
prize-domains-saved = Список сохранен.

## Отказ в приеме голоса

prize-vote-closed = В этом конкурсе голосование сейчас не открыто.
prize-vote-unverified = Подтвердите адрес электронной почты, прежде чем голосовать.
prize-vote-blocked-domain = Учетные записи с адресом электронной почты в этом домене не могут голосовать.
prize-vote-voided = Голоса этой учетной записи аннулированы; она не может голосовать в этом конкурсе.
prize-vote-already = Вы уже проголосовали в этой категории; голос окончательный.
prize-nominee-invalid = Этот проект не является номинантом этой категории.

## На странице записи реестра

prize-entry-champion = Премии ВВУИО { $year } года: Чемпион, { $category }
prize-entry-winner = Премии ВВУИО { $year } года: Победитель, { $category }
prize-audit-results-announced = Результаты объявлены
prize-results-of = Чемпионы: { $what }
prize-results-all = Все результаты

## Главная страница секретариата (задача 11)

secretariat-title = Секретариат
secretariat-intro = Что ожидает решения во всех разделах платформы, и последние решения.
secretariat-entries-waiting = Записи, ожидающие проверки
secretariat-forum = Форум ВВУИО { $year } года
secretariat-forum-dates = с { $from } по { $to }
secretariat-call-open = прием заявок на сессии открыт
secretariat-call-closed = прием заявок на сессии закрыт
secretariat-agenda-published = { $count ->
    [one] программа опубликована ({ $count } версия)
    [few] программа опубликована ({ $count } версии)
    [many] программа опубликована ({ $count } версий)
   *[other] программа опубликована ({ $count } версии)
}
secretariat-agenda-unpublished = программа не опубликована
secretariat-proposals-waiting = Предложения сессий, ожидающие решения
secretariat-registrations-waiting = Регистрации, ожидающие одобрения
secretariat-outcomes-waiting = Итоги сессий, ожидающие проверки
secretariat-submissions-waiting = Заявки на Премии, ожидающие решения
secretariat-suspicions-waiting = Подозрительные голоса, ожидающие решения
secretariat-recent = Последние решения
secretariat-recent-none = Решений пока нет.
