## الترجمة النصية الآلية (المسألة 15): الترجمة النصية المباشرة، والنصوص المدوَّنة للتسجيلات.

captions-session-heading = الترجمة النصية والنص المدوَّن
captions-manage-link = الترجمة النصية لهذه الجلسة: الترجمة النصية المباشرة والتسجيلات
captions-show-transcript = { $count ->
    [zero] عرض النص المدوَّن (بلا أسطر)
    [one] عرض النص المدوَّن (سطر واحد)
    [two] عرض النص المدوَّن (سطران)
    [few] عرض النص المدوَّن ({ $count } أسطر)
    [many] عرض النص المدوَّن ({ $count } سطراً)
   *[other] عرض النص المدوَّن ({ $count } سطر)
}
captions-transcript-of = النص المدوَّن للجلسة { $number }: { $title }
captions-source-live = الترجمة النصية المباشرة
captions-source-recording = التسجيل { $file }
captions-transcript-label = { $source }، { $date }
captions-status-queued = في انتظار التدوين
captions-status-running = قيد التدوين
captions-status-live = الترجمة النصية المباشرة جارية
captions-status-stopping = قيد الإنهاء
captions-status-done = اكتمل
captions-status-failed = فشل
captions-untaken = لم تتولَّ أي عقدة للتعرّف على الكلام ترجمة هذه الجلسة بعد: ستظهر الأسطر فور تشغيل إحداها. وإذا طال ذلك، فأبلغوا الأمانة.
captions-language-auto = الكشف عن اللغة تلقائياً
captions-language-label = لغة الكلام
captions-download-vtt = الترجمة النصية (WebVTT)
captions-download-txt = نص

captions-view-title = الترجمة النصية للجلسة { $number }
captions-back-to-session = العودة إلى الجلسة
captions-size-label = حجم النص
captions-size-m = متوسط
captions-size-l = كبير
captions-size-xl = كبير جداً
captions-size-xxl = ضخم
captions-size-apply = تطبيق
captions-state-live = الترجمة النصية المباشرة قيد التشغيل.
captions-state-stopping = توقفت الترجمة النصية؛ الأسطر الأخيرة في الطريق.
captions-state-done = انتهت الترجمة النصية. النص المدوَّن متاح في صفحة الجلسة.
captions-state-not-live = لا توجد ترجمة نصية مباشرة حالياً. آخر نص مدوَّن:
captions-state-none = لا توجد ترجمة نصية لهذه الجلسة بعد. وعندما يبدأها القائم بالترجمة النصية، تظهر هنا.
captions-lines-heading = الترجمة النصية
captions-refresh = عرض الأسطر الجديدة

captions-captioning-title = الترجمة النصية للجلسة { $number }
captions-live-heading = الترجمة النصية المباشرة
captions-open-view = فتح عرض الترجمة النصية
captions-mic-intro = أرسل صوت القاعة من ميكروفون هذا الجهاز (أو من لوحة مزج الصوت الموصولة به). وأبقِ هذه الصفحة مفتوحة طوال انعقاد الجلسة.
captions-mic-start = تشغيل الميكروفون
captions-mic-stop = إيقاف الميكروفون مؤقتاً
captions-mic-on = الميكروفون قيد التشغيل: تجري الترجمة النصية لما يُقال.
captions-mic-off = الميكروفون متوقف.
captions-mic-denied = لم يُسمح للمتصفح باستخدام الميكروفون. اسمح بذلك في إعدادات الموقع، ثم ابدأ من جديد.
captions-mic-error = تعذّر تشغيل الميكروفون على هذا الجهاز.
captions-mic-ended = توقفت الترجمة النصية المباشرة: لن يُرسَل أي شيء بعد الآن.
captions-mic-needs-script = يتطلب إرسال صوت الميكروفون تفعيل JavaScript. ومن دونه، يمكن لأي برنامج عميل إرسال الصوت إلى نقطة النهاية الموصوفة في واجهة برمجة التطبيقات (API).
captions-stop = إيقاف الترجمة النصية والاحتفاظ بالنص المدوَّن
captions-lines-so-far = الأسطر حتى الآن
captions-correct-hint = صحّح السطر واحفظه: يرى المشاهدون التصحيح فوراً.
captions-correct = حفظ التصحيح
captions-start-heading = بدء الترجمة النصية المباشرة
captions-start-intro = يجري التعرف على الترجمة النصية على خوادم المنصة نفسها؛ ولا يغادرها أي صوت. ويتابعها المشاهدون في عرض الترجمة النصية وفي صفحة الجلسة.
captions-start = بدء الترجمة النصية المباشرة
captions-recording-heading = تدوين نص تسجيل
captions-recording-file = التسجيل
captions-recording-hint = WAV أو FLAC أو MP3 أو Ogg Vorbis أو Opus، بحد أقصى { $size } ميغابايت. ولا مانع من التسجيلات الطويلة: فتسجيل جلسة مدتها 90 دقيقة بصيغة MP3 أو Opus يفي بالحد.
captions-recording-send = تدوين النص
captions-transcripts-heading = النصوص المدوَّنة
captions-transcripts-none = لا يوجد نص مدوَّن بعد.
captions-col-transcript = النص المدوَّن
captions-col-status = الحالة
captions-col-length = المدة
captions-col-files = الملفات
captions-back-to-captioning = العودة إلى الترجمة النصية
captions-correct-title = تصحيح السطر عند { $time }
captions-heard = ما سمعه الجهاز:
captions-line-label = السطر المصحَّح

captions-started = بدأت الترجمة النصية المباشرة. شغّل الميكروفون لإرسال الصوت.
captions-stopped = توقفت الترجمة النصية. يجري التعرف على الأسطر الأخيرة، ثم يُحتفظ بالنص المدوَّن.
captions-corrected = صُحّح السطر.
captions-recording-queued = التسجيل في قائمة انتظار التدوين. وسيظهر نصه المدوَّن أدناه عند اكتماله.

captions-not-audio = هذا الملف ليس تسجيلاً بصيغة تقرؤها المنصة (WAV أو FLAC أو MP3 أو Ogg Vorbis أو Opus).
captions-no-model = لا يوجد على المنصة نموذج للتعرف على الكلام مثبَّت لهذه اللغة.
captions-recognition-failed = فشل التعرف على الكلام في هذا التسجيل.
captions-recording-lost = تعذّرت قراءة التسجيل من وحدة التخزين.
captions-language-invalid = اختر إحدى اللغات الست، أو الكشف التلقائي.
captions-file-required = اختر تسجيلاً.
captions-file-too-big = التسجيل كبير جداً.
captions-recording-busy = يجري تدوين نص تسجيل لهذه الجلسة؛ انتظر حتى يكتمل.
captions-live-already = تجري الترجمة النصية المباشرة لهذه الجلسة بالفعل.
captions-not-live = لا تجري ترجمة نصية مباشرة لهذا النص المدوَّن.
captions-seq-invalid = رقم المقطع مفقود أو خارج النطاق.
captions-chunk-invalid = يجب أن يكون الصوت بترميز PCM ‏16 بت، وألا تتجاوز مدته 10 ثوانٍ.
captions-line-required = اكتب السطر.
captions-line-too-long = لا يتجاوز طول السطر 500 حرف.
captions-outcome-transcript = النص المدوَّن لهذه الجلسة (ترجمة نصية آلية)
captions-outcome-transcript-hint = استند إلى ما قيل: انسخ منه ما تحتاجه إلى نتائج الجلسة. وقد تتضمن الترجمة النصية الآلية أخطاءً.

captions-room-captioners-heading = القائمون بالترجمة النصية في هذه القاعة
captions-room-captioners = عناوين البريد الإلكتروني للقائمين بالترجمة النصية
captions-room-captioners-hint = عنوان واحد في كل سطر، لحسابات على المنصة (فنيو القاعة مثلاً). ويمكنهم إعداد الترجمة النصية لجميع الجلسات المعقودة في هذه القاعة، مباشرةً أو من تسجيل.
captions-room-captioners-save = حفظ القائمين بالترجمة النصية
captions-captioner-invalid = أحد العناوين ليس عنوان بريد إلكتروني.
captions-captioner-unknown = أحد العناوين ليس له حساب على المنصة.
captions-captioners-too-many = لا يزيد عدد القائمين بالترجمة النصية في القاعة الواحدة على 20.
captions-correct-failed = لم يُحفظ: تحقق من السطر وأعد المحاولة.
captions-state-failed = توقفت الترجمة النصية بسبب خطأ. تبقى الأسطر التي وصلت حتى الآن هنا.
captions-recording-too-long = مدة التسجيل تتجاوز ثلاث ساعات. قسّمه إلى أجزاء.
captions-job-failed = توقف التعرف على الكلام بعد إخفاقات متكررة لخدمة الترجمة النصية.
