## Хакатон ВВУИО

hackathon-title = Хакатон
hackathon-intro = Хакатон ВВУИО объединяет людей в команды, которые разрабатывают решения задач, поставленных совместно с организациями-партнерами. Команды представляют свой проект до окончания срока; жюри оценивает проекты по опубликованным критериям, и в каждой задаче побеждает одна команда.
hackathon-none = Ни один хакатон еще не объявлен.
hackathon-nav = Этот хакатон
hackathon-phase-upcoming = Еще не открыт
hackathon-phase-open = Команды и проекты
hackathon-phase-judging = Работа жюри
hackathon-phase-announced = Победители объявлены
hackathon-phase-now = Текущий этап: { $phase }
hackathon-challenges = Задачи
hackathon-no-challenges = Ни одна задача еще не опубликована.
hackathon-partners = Партнеры:
hackathon-teams = Команды
hackathon-teams-count = { $count ->
    [0] Команд пока нет
    [one] { $count } команда
    [few] { $count } команды
    [many] { $count } команд
   *[other] { $count } команды
}
hackathon-members-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
hackathon-project-submitted = проект представлен
hackathon-see-also = задачи, команды, проекты-победители и как принять участие.
hackathon-projects = Представленные проекты
hackathon-winner = Победитель
hackathon-rules = Правила
hackathon-rule-team = В команде от { $min } до { $max } участников. Капитан создает команду и приглашает остальных по электронной почте.
hackathon-rule-one-team = Каждый человек может состоять только в одной команде по каждой задаче.
hackathon-rule-project = Каждая команда представляет один проект: открытый репозиторий кода, описание, видео (если оно есть) и не более { $files } файлов. Участники команды могут изменять проект до окончания срока.
hackathon-rule-jury = Члены жюри заявляют о своих конфликтах интересов и оценивают каждый проект по каждому из приведенных ниже критериев от 1 до 10; секретариат объявляет одного победителя по каждой задаче.
hackathon-criteria = Критерии
hackathon-criterion-relevance = Актуальность и воздействие
hackathon-criterion-relevance-text = Насколько хорошо проект решает свою задачу и скольким людям он может помочь.
hackathon-criterion-innovation = Инновационность
hackathon-criterion-innovation-text = Насколько нова идея или использование в ней технологий.
hackathon-criterion-feasibility = Техническое качество и реализуемость
hackathon-criterion-feasibility-text = Работает ли решение, насколько качественно оно сделано и можно ли его внедрить и поддерживать.
hackathon-criterion-inclusion = Доступность и инклюзивность
hackathon-criterion-inclusion-text = Могут ли им пользоваться люди с инвалидностью, пользователи медленных сетей и носители других языков.
hackathon-criterion-presentation = Презентация
hackathon-criterion-presentation-text = Насколько ясно команда объясняет проблему, решение и дальнейшие планы.
hackathon-participate-link = Участие: ваши команды и приглашения
hackathon-jury-link = Жюри: оценка проектов
hackathon-manage-link = Управление хакатоном
hackathon-back = Вернуться к хакатону
hackathon-back-challenge = Вернуться к задаче
hackathon-back-team = Вернуться к команде
hackathon-back-jury = Вернуться к проектам
hackathon-back-manage = Вернуться к странице управления
hackathon-closed = Команды и проекты можно изменять только пока хакатон открыт.

## Хакатоны и задачи (секретариат)
hackathon-create-heading = Объявить хакатон
hackathon-settings-heading = Название, размер команд и даты
hackathon-create = Объявить
hackathon-save = Сохранить
hackathon-saved = Сохранено.
hackathon-manage-title = Управление Хакатоном ВВУИО { $year } года
hackathon-field-year = Год
hackathon-field-title = Название
hackathon-field-team-min = Минимальный размер команды
hackathon-field-team-max = Максимальный размер команды
hackathon-field-opens-at = Начало формирования команд
hackathon-field-closes-at = Окончание приема проектов
hackathon-field-announced-at = Объявление победителей
hackathon-year-invalid = Введите год от 2000 до 2100.
hackathon-date-required = Введите дату.
hackathon-date-order = Эта дата должна быть позже предыдущей.
hackathon-team-size-invalid = Введите число от 1 до 10.
hackathon-team-size-order = Максимальный размер команды не может быть меньше минимального.
hackathon-text-required = Введите текст хотя бы на английском языке.
hackathon-text-too-long = Этот текст слишком длинный.
hackathon-challenge-add-heading = Добавить задачу
hackathon-challenge-edit-heading = Изменить задачу
hackathon-challenge-add = Добавить задачу
hackathon-challenge-edit = Изменить
hackathon-field-challenge-title = Название задачи
hackathon-field-description = Описание
hackathon-field-partners = Организации-партнеры
hackathon-partners-hint = По одной на строку.
hackathon-partners-required = Укажите хотя бы одну организацию-партнера.
hackathon-partners-invalid = Укажите не более 10 партнеров, не более 120 символов каждый.
hackathon-jurors-heading = Члены жюри
hackathon-field-juror-email = Адрес электронной почты учетной записи члена жюри
hackathon-juror-add = Включить в жюри
hackathon-juror-remove = Исключить
hackathon-account-unknown = Нет учетной записи с таким адресом электронной почты: член жюри должен сначала зарегистрироваться.
hackathon-ranking = Рейтинг по оценкам жюри
hackathon-ranking-empty = По этой задаче не представлено ни одного проекта.
hackathon-team = Команда
hackathon-mean = Средняя сумма баллов (из 50)
hackathon-spread = Минимум–максимум
hackathon-jurors-scored = Оценившие члены жюри
hackathon-conflicts = Заявленные конфликты интересов
hackathon-winners-heading = Победители
hackathon-field-winner = Победитель
hackathon-winners-save = Сохранить победителей
hackathon-winner-invalid = Выберите команду этой задачи, представившую проект.
hackathon-jury-closed = Оценки выставляются после окончания приема проектов и до объявления победителей.

## Участие
hackathon-participate-title = Ваше участие в Хакатоне ВВУИО { $year } года
hackathon-participate-intro = Создайте команду для решения задачи и пригласите остальных по электронной почте или ответьте на приглашение. Названия команд и имена их участников публикуются открыто.
hackathon-invitations = Приглашения, ожидающие вашего ответа
hackathon-invitation-from = Приглашение от
hackathon-accept = Вступить в команду
hackathon-decline = Отклонить
hackathon-my-teams = Ваши команды
hackathon-no-team = Вы пока не состоите ни в одной команде.
hackathon-team-create-heading = Создать команду
hackathon-team-create = Создать команду
hackathon-field-team-name = Название команды
hackathon-team-name-hint = От 2 до 60 символов; у других команд не может быть такого же названия.
hackathon-field-challenge = Задача
hackathon-team-name-required = Введите название длиной не менее 2 символов.
hackathon-team-name-too-long = Введите название длиной не более 60 символов.
hackathon-team-name-taken = Это название уже занято другой командой.
hackathon-challenge-required = Выберите задачу.
hackathon-one-team = Вы уже состоите в команде по этой задаче.
hackathon-captain = Капитан
hackathon-members = Участники
hackathon-leave = Выйти из команды
hackathon-captain-stays = Капитан не может выйти из команды.
hackathon-invite-heading = Пригласить участника
hackathon-field-invite-email = Адрес электронной почты
hackathon-invite-hint = Приглашенный получит письмо и станет участником команды, как только войдет в систему с этим адресом и примет приглашение.
hackathon-invite = Отправить приглашение
hackathon-invited = Приглашение отправлено.
hackathon-invitations-sent = Отправленные приглашения
hackathon-invitation-pending = ожидает ответа
hackathon-invitation-accepted = принято
hackathon-invitation-declined = отклонено
hackathon-invitation-withdrawn = отозвано
hackathon-withdraw = Отозвать
hackathon-already-member = Этот человек уже состоит в команде.
hackathon-already-invited = На этот адрес уже отправлено приглашение в команду.
hackathon-team-full = Команда укомплектована: вместе с приглашениями, ожидающими ответа, число ее участников достигло максимально допустимого размера команды.
hackathon-invitations-limit = Команда уже отправила максимально допустимое число приглашений.
hackathon-invitation-answered = На это приглашение уже дан ответ, или оно отозвано.

## Проект
hackathon-project = Проект
hackathon-project-title = Проект команды «{ $team }»
hackathon-project-intro = Любой участник команды может изменять проект до окончания срока ({ $deadline }). Можно прикрепить не более { $files } файлов, по одному за раз.
hackathon-project-heading = Проект
hackathon-no-project = Команда еще не представила свой проект.
hackathon-project-edit = Представить или изменить проект
hackathon-field-project-title = Название проекта
hackathon-field-summary = Описание
hackathon-summary-hint = Какую проблему решает проект, для кого, как он работает и каковы дальнейшие планы. Разделяйте абзацы пустой строкой.
hackathon-field-repo-url = Репозиторий кода
hackathon-repo-hint = Открытый адрес, начинающийся с https://
hackathon-field-video-url = Видео
hackathon-field-file = Добавить файл
hackathon-file-hint = PDF, Word, PowerPoint, Excel, OpenDocument, PNG, JPEG или WebP, не более 20 МБ.
hackathon-project-save = Сохранить проект
hackathon-project-saved = Проект сохранен.
hackathon-team-too-small = Прежде чем сохранить проект, в команде должно быть не меньше участников, чем в самой маленькой допустимой команде (см. правила).
hackathon-project-title-required = Введите название проекта.
hackathon-project-summary-required = Опишите проект.
hackathon-url-required = Введите адрес репозитория кода.
hackathon-url-invalid = Введите адрес, начинающийся с https://
hackathon-files = Файлы
hackathon-file-remove = Удалить
hackathon-file-limit = В проекте может быть не более 5 файлов: сначала удалите один из них.
hackathon-file-type = Этот файл не является документом PDF, офисным документом или изображением.
hackathon-file-too-large = Размер этого файла превышает 20 МБ.

## Жюри
hackathon-jury-title = Жюри Хакатона ВВУИО { $year } года
hackathon-jury-intro = Оценено проектов: { $scored } из { $count }.
hackathon-jury-intro-closed = Оценено проектов: { $scored } из { $count }. Оценки выставляются после окончания приема проектов и до объявления победителей.
hackathon-jury-none = По этой задаче нет проектов для оценки.
hackathon-scored = оценен
hackathon-review-title = Проект команды «{ $team }»
hackathon-scores-heading = Ваши оценки
hackathon-score = Оценка (от 1 до 10)
hackathon-comment = Комментарий (необязательно)
hackathon-scores-save = Сохранить оценки
hackathon-score-required = Выберите оценку.
hackathon-score-invalid = Выберите оценку от 1 до 10.
hackathon-conflict-heading = Конфликт интересов
hackathon-conflict-intro = Если вы знакомы с этой командой или заинтересованы в ее проекте, заявите об этом: вы больше не будете видеть и оценивать этот проект, а все выставленные ему оценки будут удалены.
hackathon-field-reason = Причина
hackathon-conflict-declare = Заявить о конфликте интересов
hackathon-reason-required = Укажите причину.

## Письма
hackathon-mail-invite-subject = Приглашение в команду Хакатона ВВУИО { $year } года
hackathon-mail-invite = { $captain } приглашает вас вступить в команду «{ $team }» для решения задачи «{ $challenge }» Хакатона ВВУИО { $year } года. Войдите в систему и ответьте на приглашение на своей странице хакатона:
hackathon-mail-invite-signup = У вас еще нет учетной записи с этим адресом электронной почты: сначала зарегистрируйтесь с ним, затем ответьте на приглашение.
hackathon-mail-joined-subject = В вашу команду Хакатона ВВУИО { $year } года вступил новый участник
hackathon-mail-joined = { $name } принял(а) ваше приглашение и вступил(а) в команду «{ $team }».
