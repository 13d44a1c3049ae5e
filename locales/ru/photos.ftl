## Фотоконкурс ВВУИО

photo-contest-title = Фотоконкурс
photo-contest-year = Фотоконкурс ВВУИО { $year } года
photo-contest-intro = Фотоконкурс ВВУИО показывает, как информационно-коммуникационные технологии помогают достижению Целей в области устойчивого развития. Участники в возрасте от 18 лет представляют до пяти фотографий; жюри награждает три из них на Форуме, а принятые фотографии выставляются на месте проведения Форума и в интернете.
photo-no-contests = Ни один конкурс еще не объявлен.
photo-contest-nav = Этот конкурс
photo-phase-upcoming = Еще не открыт
photo-phase-submission = Прием фотографий
photo-phase-judging = Проверка и работа жюри
photo-phase-announced = Победители объявлены
photo-phase-now = Текущий этап: { $phase }
photo-rules = Правила
photo-rule-who = Участвовать может любой человек в возрасте от 18 лет, обладающий правами на свои фотографии.
photo-rule-count = Каждый участник представляет до пяти фотографий и для каждой указывает название, подпись, описание для тех, кто не может ее увидеть, место и дату съемки, а также Цели в области устойчивого развития, которые она иллюстрирует.
photo-rule-files = Фотографии принимаются в виде файлов JPEG, PNG или WebP размером не более 15 МБ; данные о местоположении и фотокамере удаляются из каждой фотографии.
photo-rule-award = Секретариат проверяет каждую фотографию, прежде чем она появится в галерее; жюри оценивает принятые фотографии, и три из них получают награды.
photo-winners = Победители
photo-award = Награда
photo-award-place = { $place ->
    [1] Первое место
    [2] Второе место
    [3] Третье место
   *[other] { $place }-е место
}
photo-gallery = Галерея
photo-gallery-title = Галерея фотоконкурса { $year } года
photo-gallery-empty = В галерее нет подходящих фотографий.
photo-count = { $count ->
    [one] { $count } фотография
    [few] { $count } фотографии
    [many] { $count } фотографий
   *[other] { $count } фотографии
}
photo-filter-sdg = Цель в области устойчивого развития
photo-filter-all = Все цели
photo-filter = Показать
photo-pages = Страницы галереи
photo-prev = Предыдущая страница
photo-next = Следующая
photo-back = Вернуться к конкурсу
photo-back-gallery = Вернуться к галерее
photo-entrant = Участник
photo-not-public = Этой фотографии нет в открытой галерее. Статус:
photo-exhibition = Режим выставки
photo-exhibition-position = Фотография { $n } из { $count }
photo-submit-link = Представить фотографии
photo-mine-link = Ваши фотографии
photo-mine-title = Ваши фотографии на фотоконкурс { $year } года
photo-mine-intro = Представлено фотографий: { $count } из { $max }.
photo-mine-photos = Представленные фотографии
photo-submissions-closed = Прием закрыт: добавлять и удалять фотографии больше нельзя.
photo-confirm-heading = Перед отправкой
photo-field-adult = Возраст
photo-confirm-adult-label = Мне 18 лет или больше.
photo-field-rights = Права
photo-confirm-rights-label = Эти фотографии сделаны мной, или я обладаю правами на них, и люди, которых можно на них узнать, согласны на их публикацию.
photo-confirm = Подтвердить
photo-confirm-adult = Участникам должно быть не менее 18 лет: отметьте поле, если это так.
photo-confirm-rights = Подтвердите, что обладаете правами на свои фотографии.
photo-confirm-first = Сначала подтвердите свой возраст и права.
photo-upload-heading = Добавить фотографию
photo-upload = Загрузить фотографию
photo-field-file = Фотография
photo-file-hint = JPEG, PNG или WebP, не более 15 МБ и 25 миллионов пикселей.
photo-field-title = Название
photo-field-alt = Описание для тех, кто не может увидеть фотографию
photo-alt-hint = Опишите одним предложением, что показано на фотографии.
photo-field-caption = Подпись
photo-field-place = Место съемки
photo-field-taken-on = Дата съемки
photo-field-sdgs = Иллюстрируемые Цели в области устойчивого развития
photo-status-submitted = Ожидает проверки
photo-status-accepted = В галерее
photo-status-rejected = Не принята
photo-note = Примечание секретариата:
photo-remove = Удалить
photo-title-required = Укажите название фотографии.
photo-title-too-long = Название слишком длинное: не более 120 символов.
photo-caption-required = Напишите подпись.
photo-caption-too-long = Подпись слишком длинная: не более 600 символов.
photo-alt-required = Опишите фотографию для тех, кто не может ее увидеть.
photo-alt-too-long = Описание слишком длинное: не более 300 символов.
photo-place-required = Укажите, где сделана фотография.
photo-place-too-long = Название места слишком длинное: не более 120 символов.
photo-date-invalid = Укажите дату съемки (день, месяц и год).
photo-date-future = Дата съемки не может быть в будущем.
photo-sdg-required = Выберите хотя бы одну Цель в области устойчивого развития.
photo-sdg-invalid = Выберите цели с 1 по 17.
photo-too-large = Фотография слишком большая: не более 15 МБ.
photo-limit = Вы уже представили пять фотографий — это максимум: удалите одну, чтобы добавить другую.
photo-contest-closed = Прием фотографий на этот конкурс не открыт.
photo-remove-closed = Эту фотографию больше нельзя удалить.
photo-awarded = Эта фотография получила награду, и ее нельзя изменить.
photo-page-invalid = Такой страницы галереи не существует.
photo-screening-link = Проверка
photo-screening-title = Проверка фотографий фотоконкурса { $year } года
photo-screening-counts = Ожидают: { $waiting } · В галерее: { $accepted } · Не приняты: { $rejected }
photo-screening-empty = Нет фотографий, ожидающих проверки.
photo-screen-note = Примечание для участника (обязательно при отклонении)
photo-accept = Принять в галерею
photo-reject = Отклонить
photo-note-required = Укажите, почему фотография отклонена: участник прочитает это примечание.
photo-note-too-long = Примечание слишком длинное: не более 500 символов.
photo-screened = Решение сохранено.
photo-jury-link = Жюри
photo-jury-title = Жюри фотоконкурса { $year } года
photo-jury-intro = Оцените каждую фотографию от 1 (самая слабая) до 10 (самая сильная) по ее идее, композиции и оригинальности. Оценено: { $scored } из { $count }.
photo-jury-closed = Оценки выставляются после закрытия приема фотографий и до объявления победителей.
photo-score = Оценка
photo-score-save = Сохранить оценку
photo-score-invalid = Выберите оценку от 1 до 10.
photo-manage-link = Управление конкурсом
photo-manage-title = Управление фотоконкурсом { $year } года
photo-create-heading = Объявить конкурс
photo-dates-heading = Тема и даты
photo-field-year = Год
photo-field-theme = Тема
photo-field-submission-opens = Начало приема фотографий
photo-field-submission-closes = Окончание приема фотографий
photo-field-announced-at = Объявление победителей
photo-create = Объявить конкурс
photo-save = Сохранить
photo-saved = Сохранено.
photo-year-invalid = Введите год от 2000 до 2100.
photo-theme-required = Укажите тему конкурса на английском языке.
photo-theme-too-long = Тема слишком длинная: не более 200 символов.
photo-date-required = Введите эту дату.
photo-date-order = Эта дата должна быть позже предыдущей.
photo-jurors-heading = Жюри
photo-field-juror-email = Адрес электронной почты учетной записи члена жюри
photo-juror-add = Включить в жюри
photo-juror-remove = Исключить из жюри
photo-account-unknown = Нет учетной записи с таким адресом электронной почты: член жюри должен сначала зарегистрироваться.
photo-ranking = Рейтинг по оценкам жюри
photo-ranking-empty = Ни одна фотография еще не принята.
photo-mean = Средняя оценка
photo-jurors-scored = Оценки
photo-winners-heading = Победители
photo-winners-save = Сохранить победителей
photo-winner-required = Выберите фотографию, принятую в галерею.
photo-winner-twice = Фотография может занять только одно место.
secretariat-photos-waiting = Фотографии, ожидающие проверки
photo-contest-see-also = галерея, победители и как принять участие.
photo-english-only = Напишите по-английски: на конкурс принимаются работы только на английском языке.
photo-rule-english = Названия, подписи и описания пишутся на английском языке.
photo-exhibition-start = Листать автоматически каждые 20 секунд
photo-exhibition-stop = Остановить

## Зрительское голосование
photo-field-vote-opens = Начало зрительского голосования
photo-field-vote-closes = Окончание зрительского голосования
photo-vote-window-hint = Необязательно. Оставьте обе даты пустыми, если в конкурсе не будет зрительского голосования; голосование проходит после закрытия приема фотографий и заканчивается не позднее объявления победителей.
photo-vote-window-invalid = Зрительское голосование должно начинаться после закрытия приема фотографий и заканчиваться не позднее объявления победителей.
photo-vote-dates = Зрительское голосование: { $dates }.
photo-vote-open = Открыто
photo-vote-how = Чтобы проголосовать за фотографию, откройте ее в галерее.
photo-votes-count = { $count ->
    [one] { $count } голос
    [few] { $count } голоса
    [many] { $count } голосов
   *[other] { $count } голоса
}
photo-peoples-choice = Приз зрительских симпатий
photo-vote-heading = Зрительское голосование
photo-vote-cast = Проголосовать за эту фотографию
photo-vote-once = В этом конкурсе у вас один голос, и изменить его нельзя.
photo-vote-sign-in = Войдите, чтобы проголосовать за эту фотографию
photo-vote-this = Вы проголосовали за эту фотографию. Спасибо!
photo-vote-another = Вы уже проголосовали в этом конкурсе.
photo-vote-see-yours = Посмотреть фотографию, за которую вы проголосовали
photo-public-votes = Голоса зрителей
photo-voted = Ваш голос учтен.
photo-vote-closed = Зрительское голосование не открыто.
photo-vote-already = Вы уже проголосовали в этом конкурсе.
photo-vote-own = Нельзя голосовать за собственную фотографию.
