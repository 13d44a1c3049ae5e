## Машинные субтитры (вопрос 15): субтитры в реальном времени, стенограммы записей.

captions-session-heading = Субтитры и стенограмма
captions-manage-link = Субтитры для этой сессии: в реальном времени и по записям
captions-show-transcript = { $count ->
    [one] Показать стенограмму ({ $count } строка)
    [few] Показать стенограмму ({ $count } строки)
    [many] Показать стенограмму ({ $count } строк)
   *[other] Показать стенограмму ({ $count } строки)
}
captions-transcript-of = Стенограмма сессии { $number }: { $title }
captions-source-live = Субтитры в реальном времени
captions-source-recording = Запись { $file }
captions-transcript-label = { $source }, { $date }
captions-status-queued = Ожидает расшифровки
captions-status-running = Расшифровывается
captions-status-live = Идут субтитры в реальном времени
captions-status-stopping = Завершается
captions-status-done = Готово
captions-status-failed = Ошибка
captions-untaken = Ни один узел распознавания речи ещё не взялся за субтитры этой сессии: строки появятся, как только такой узел заработает. Если это затянется, сообщите секретариату.
captions-language-auto = Определить язык
captions-language-label = Язык выступления
captions-download-vtt = Субтитры (WebVTT)
captions-download-txt = Текст

captions-view-title = Субтитры сессии { $number }
captions-back-to-session = Вернуться к сессии
captions-size-label = Размер текста
captions-size-m = Средний
captions-size-l = Крупный
captions-size-xl = Очень крупный
captions-size-xxl = Огромный
captions-size-apply = Применить
captions-state-live = Субтитры в реальном времени включены.
captions-state-stopping = Создание субтитров остановлено; последние строки еще поступают.
captions-state-done = Создание субтитров завершено. Стенограмма находится на странице сессии.
captions-state-not-live = Сейчас субтитров в реальном времени нет. Последняя стенограмма:
captions-state-none = У этой сессии пока нет субтитров. Когда их запустит ответственный за субтитры, они появятся здесь.
captions-lines-heading = Субтитры
captions-refresh = Показать новые строки

captions-captioning-title = Субтитрирование сессии { $number }
captions-live-heading = Субтитры в реальном времени
captions-open-view = Открыть окно субтитров
captions-mic-intro = Передавайте звук из зала через микрофон этого устройства (или через подключенный к нему звуковой пульт). Не закрывайте эту страницу, пока идет сессия.
captions-mic-start = Включить микрофон
captions-mic-stop = Приостановить микрофон
captions-mic-on = Микрофон включен: по произносимому создаются субтитры.
captions-mic-off = Микрофон выключен.
captions-mic-denied = Браузеру не разрешено использовать микрофон. Разрешите доступ в настройках сайта и начните заново.
captions-mic-error = Не удалось включить микрофон на этом устройстве.
captions-mic-ended = Субтитры в реальном времени остановлены: больше ничего не передается.
captions-mic-needs-script = Для передачи звука с микрофона требуется JavaScript. Без него любой клиент может отправлять аудио на конечную точку, описанную в API.
captions-stop = Остановить субтитры и сохранить стенограмму
captions-lines-so-far = Строки на данный момент
captions-correct-hint = Исправьте строку и сохраните ее: зрители сразу увидят исправление.
captions-correct = Сохранить исправление
captions-start-heading = Запуск субтитров в реальном времени
captions-start-intro = Распознавание для субтитров выполняется на собственных серверах платформы; звук за их пределы не передается. Зрители следят за субтитрами в окне субтитров и на странице сессии.
captions-start = Запустить субтитры в реальном времени
captions-recording-heading = Расшифровка записи
captions-recording-file = Запись
captions-recording-hint = WAV, FLAC, MP3, Ogg Vorbis или Opus, не более { $size } МБ. Длинные записи допускаются: 90-минутная сессия в формате MP3 или Opus укладывается в лимит.
captions-recording-send = Расшифровать
captions-transcripts-heading = Стенограммы
captions-transcripts-none = Стенограмм пока нет.
captions-col-transcript = Стенограмма
captions-col-status = Статус
captions-col-length = Длительность
captions-col-files = Файлы
captions-back-to-captioning = Вернуться к субтитрам
captions-correct-title = Исправление строки на { $time }
captions-heard = Машина распознала:
captions-line-label = Исправленная строка

captions-started = Субтитры в реальном времени запущены. Включите микрофон, чтобы передавать звук.
captions-stopped = Создание субтитров остановлено. Последние строки распознаются, после чего стенограмма будет сохранена.
captions-corrected = Строка исправлена.
captions-recording-queued = Запись поставлена в очередь на расшифровку. Ее стенограмма появится ниже, когда будет готова.

captions-not-audio = Этот файл не является записью в формате, который читает платформа (WAV, FLAC, MP3, Ogg Vorbis или Opus).
captions-no-model = На платформе не установлена модель распознавания речи для этого языка.
captions-recognition-failed = Не удалось распознать речь в этой записи.
captions-recording-lost = Не удалось считать запись из хранилища.
captions-language-invalid = Выберите один из шести языков или автоматическое определение.
captions-file-required = Выберите запись.
captions-file-too-big = Запись слишком велика.
captions-recording-busy = Запись этой сессии уже расшифровывается; дождитесь завершения.
captions-live-already = Для этой сессии уже создаются субтитры в реальном времени.
captions-not-live = Для этой стенограммы субтитры в реальном времени не создаются.
captions-seq-invalid = Номер фрагмента отсутствует или выходит за допустимые пределы.
captions-chunk-invalid = Аудио должно быть в формате 16-битного PCM и длиться не более 10 секунд.
captions-line-required = Введите строку.
captions-line-too-long = Длина строки не должна превышать 500 символов.
captions-outcome-transcript = Стенограмма этой сессии (машинные субтитры)
captions-outcome-transcript-hint = Опирайтесь на сказанное: копируйте из стенограммы в итоги сессии. Машинные субтитры могут содержать ошибки.

captions-room-captioners-heading = Ответственные за субтитры в этом зале
captions-room-captioners = Адреса электронной почты ответственных за субтитры
captions-room-captioners-hint = По одному адресу в строке; это должны быть учетные записи платформы (например, технических специалистов зала). Они смогут создавать субтитры для всех сессий в этом зале, в прямом эфире или по записи.
captions-room-captioners-save = Сохранить список
captions-captioner-invalid = Один из адресов не является адресом электронной почты.
captions-captioner-unknown = Для одного из адресов нет учетной записи на платформе.
captions-captioners-too-many = У зала может быть не более 20 ответственных за субтитры.
captions-correct-failed = Не сохранено: проверьте строку и повторите попытку.
captions-state-failed = Создание субтитров прервано из-за ошибки. Полученные строки остаются здесь.
captions-recording-too-long = Запись длиннее трех часов. Разделите ее на части.
captions-job-failed = Распознавание остановлено после повторных сбоев службы субтитров.
