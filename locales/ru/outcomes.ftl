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
outcome-deadline-passed-short = истёк
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
