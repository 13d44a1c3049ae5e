## مسابقة الصور الفوتوغرافية للقمة العالمية لمجتمع المعلومات

photo-contest-title = مسابقة الصور الفوتوغرافية
photo-contest-year = مسابقة الصور الفوتوغرافية للقمة العالمية لمجتمع المعلومات لعام { $year }
photo-contest-intro = تُبرز مسابقة الصور الفوتوغرافية للقمة العالمية لمجتمع المعلومات كيف تُسهم تكنولوجيا المعلومات والاتصالات في تحقيق أهداف التنمية المستدامة. ويقدّم المشاركون البالغون من العمر 18 عاماً فأكثر ما يصل إلى خمس صور؛ وتمنح لجنة التحكيم الجوائز لثلاث منها خلال المنتدى، وتُعرض الصور المقبولة في مكان انعقاده وعلى الإنترنت.
photo-no-contests = لم يُعلَن عن أي مسابقة بعد.
photo-contest-nav = هذه المسابقة
photo-phase-upcoming = لم تُفتح بعد
photo-phase-submission = تقديم الصور
photo-phase-judging = الفرز والتحكيم
photo-phase-announced = أُعلن الفائزون
photo-phase-now = المرحلة الحالية: { $phase }
photo-rules = القواعد
photo-rule-who = يجوز لكل من بلغ 18 عاماً فأكثر ويملك الحقوق في صوره أن يشارك.
photo-rule-count = يقدّم كل مشارك ما يصل إلى خمس صور، ويرفق بكل منها عنواناً وتعليقاً ووصفاً لمن لا يستطيع رؤيتها، ومكان التقاطها وتاريخه، وأهداف التنمية المستدامة التي تجسّدها.
photo-rule-files = تُقدَّم الصور في ملفات JPEG أو PNG أو WebP لا يتجاوز حجمها 15 ميغابايت؛ وتُزال من كل صورة بيانات الموقع وبيانات آلة التصوير.
photo-rule-award = تتحقق الأمانة من كل صورة قبل ظهورها في معرض الصور؛ وتقيّم لجنة التحكيم الصور المقبولة وتمنح الجوائز لثلاث منها.
photo-winners = الفائزون
photo-award = الجائزة
photo-award-place = { $place ->
    [1] المركز الأول
    [2] المركز الثاني
    [3] المركز الثالث
   *[other] المركز { $place }
}
photo-gallery = معرض الصور
photo-gallery-title = معرض صور المسابقة لعام { $year }
photo-gallery-empty = لا توجد في معرض الصور صور مطابقة.
photo-count = { $count ->
    [zero] لا صور
    [one] صورة واحدة
    [two] صورتان
    [few] { $count } صور
    [many] { $count } صورة
   *[other] { $count } صورة
}
photo-filter-sdg = هدف التنمية المستدامة
photo-filter-all = جميع الأهداف
photo-filter = عرض
photo-pages = صفحات معرض الصور
photo-prev = الصفحة السابقة
photo-next = التالية
photo-back = العودة إلى المسابقة
photo-back-gallery = العودة إلى معرض الصور
photo-entrant = المشارك
photo-not-public = هذه الصورة ليست في معرض الصور العام. الحالة:
photo-exhibition = وضع العرض
photo-exhibition-position = الصورة { $n } من { $count }
photo-submit-link = قدّم صورك
photo-mine-link = صورك
photo-mine-title = صورك في مسابقة الصور الفوتوغرافية لعام { $year }
photo-mine-intro = الصور المقدَّمة: { $count } من أصل { $max }.
photo-mine-photos = الصور المقدَّمة
photo-submissions-closed = باب التقديم مغلق: لم يعد من الممكن إضافة صور أو إزالتها.
photo-confirm-heading = قبل التقديم
photo-field-adult = السن
photo-confirm-adult-label = عمري 18 عاماً أو أكثر.
photo-field-rights = الحقوق
photo-confirm-rights-label = التقطتُ هذه الصور أو أملك الحقوق فيها، ويوافق الأشخاص الذين يمكن التعرف عليهم فيها على نشرها.
photo-confirm = تأكيد
photo-confirm-adult = يجب أن يكون عمر المشاركين 18 عاماً أو أكثر: ضع علامة في المربع إن كان هذا حالك.
photo-confirm-rights = أكّد أنك تملك الحقوق في صورك.
photo-confirm-first = أكّد أولاً سنك وحقوقك.
photo-upload-heading = إضافة صورة
photo-upload = رفع الصورة
photo-field-file = الصورة
photo-file-hint = JPEG أو PNG أو WebP، بحد أقصى 15 ميغابايت و25 مليون بكسل.
photo-field-title = العنوان
photo-field-alt = وصف لمن لا يستطيع رؤية الصورة
photo-alt-hint = صِف ما تُظهره الصورة في جملة واحدة.
photo-field-caption = التعليق
photo-field-place = المكان
photo-field-taken-on = تاريخ الالتقاط
photo-field-sdgs = أهداف التنمية المستدامة التي تجسّدها الصورة
photo-status-submitted = في انتظار الفرز
photo-status-accepted = في معرض الصور
photo-status-rejected = غير مقبولة
photo-note = ملاحظة الأمانة:
photo-remove = إزالة
photo-title-required = أعطِ الصورة عنواناً.
photo-title-too-long = العنوان طويل جداً: 120 حرفاً على الأكثر.
photo-caption-required = اكتب تعليقاً.
photo-caption-too-long = التعليق طويل جداً: 600 حرف على الأكثر.
photo-alt-required = صِف الصورة لمن لا يستطيع رؤيتها.
photo-alt-too-long = الوصف طويل جداً: 300 حرف على الأكثر.
photo-place-required = اذكر مكان التقاط الصورة.
photo-place-too-long = اسم المكان طويل جداً: 120 حرفاً على الأكثر.
photo-date-invalid = أدخل تاريخ التقاط الصورة (اليوم والشهر والسنة).
photo-date-future = لا يمكن أن يكون تاريخ التقاط الصورة في المستقبل.
photo-sdg-required = اختر هدفاً واحداً على الأقل من أهداف التنمية المستدامة.
photo-sdg-invalid = اختر أهدافاً من 1 إلى 17.
photo-too-large = هذه الصورة كبيرة جداً: 15 ميغابايت على الأكثر.
photo-limit = قدّمتَ خمس صور، وهو الحد الأقصى المسموح به: أزل صورة لإضافة أخرى.
photo-contest-closed = باب تقديم الصور إلى هذه المسابقة غير مفتوح.
photo-remove-closed = لم يعد من الممكن إزالة هذه الصورة.
photo-awarded = فازت هذه الصورة بجائزة ولا يمكن تغييرها.
photo-page-invalid = هذه الصفحة من معرض الصور غير موجودة.
photo-screening-link = الفرز
photo-screening-title = فرز صور مسابقة الصور الفوتوغرافية لعام { $year }
photo-screening-counts = في الانتظار: { $waiting } · في معرض الصور: { $accepted } · غير مقبولة: { $rejected }
photo-screening-empty = لا توجد صور في الانتظار.
photo-screen-note = ملاحظة إلى المشارك (مطلوبة عند الرفض)
photo-accept = القبول في معرض الصور
photo-reject = رفض
photo-note-required = اذكر سبب رفض الصورة: سيطّلع المشارك على هذه الملاحظة.
photo-note-too-long = الملاحظة طويلة جداً: 500 حرف على الأكثر.
photo-screened = حُفظ القرار.
photo-jury-link = لجنة التحكيم
photo-jury-title = لجنة تحكيم مسابقة الصور الفوتوغرافية لعام { $year }
photo-jury-intro = قيّم كل صورة من 1 (الأضعف) إلى 10 (الأقوى) من حيث رسالتها وتكوينها وأصالتها. الصور المقيَّمة: { $scored } من أصل { $count }.
photo-jury-closed = تُمنح الدرجات بعد إغلاق باب التقديم وحتى إعلان الفائزين.
photo-score = الدرجة
photo-score-save = حفظ الدرجة
photo-score-invalid = اختر درجة من 1 إلى 10.
photo-manage-link = إدارة المسابقة
photo-manage-title = إدارة مسابقة الصور الفوتوغرافية لعام { $year }
photo-create-heading = الإعلان عن مسابقة
photo-dates-heading = الموضوع والتواريخ
photo-field-year = السنة
photo-field-theme = الموضوع
photo-field-submission-opens = فتح باب التقديم في
photo-field-submission-closes = إغلاق باب التقديم في
photo-field-announced-at = إعلان الفائزين في
photo-create = الإعلان عن المسابقة
photo-save = حفظ
photo-saved = تم الحفظ.
photo-year-invalid = أدخل سنة بين 2000 و2100.
photo-theme-required = حدّد موضوع المسابقة باللغة الإنكليزية.
photo-theme-too-long = الموضوع طويل جداً: 200 حرف على الأكثر.
photo-date-required = أدخل هذا التاريخ.
photo-date-order = يجب أن يكون هذا التاريخ لاحقاً للتاريخ الذي يسبقه.
photo-jurors-heading = لجنة التحكيم
photo-field-juror-email = عنوان البريد الإلكتروني لحساب عضو لجنة التحكيم
photo-juror-add = إضافة إلى لجنة التحكيم
photo-juror-remove = إزالة من لجنة التحكيم
photo-account-unknown = لا يوجد حساب يستخدم عنوان البريد الإلكتروني هذا: يجب على عضو لجنة التحكيم أن يسجّل أولاً.
photo-ranking = ترتيب لجنة التحكيم
photo-ranking-empty = لم تُقبل أي صورة بعد.
photo-mean = متوسط الدرجات
photo-jurors-scored = الدرجات
photo-winners-heading = الفائزون
photo-winners-save = حفظ الفائزين
photo-winner-required = اختر صورة مقبولة في معرض الصور.
photo-winner-twice = لا يمكن للصورة أن تفوز إلا بمركز واحد.
secretariat-photos-waiting = صور تنتظر الفحص
photo-contest-see-also = معرض الصور والفائزون وطريقة المشاركة.
photo-english-only = اكتبه باللغة الإنكليزية: لا تقبل المسابقة المشاركات إلا باللغة الإنكليزية.
photo-rule-english = تُكتب العناوين والتعليقات والأوصاف باللغة الإنكليزية.
photo-exhibition-start = الانتقال تلقائيًا كل 20 ثانية
photo-exhibition-stop = إيقاف الانتقال التلقائي

## تصويت الجمهور
photo-field-vote-opens = فتح باب تصويت الجمهور في
photo-field-vote-closes = إغلاق باب تصويت الجمهور في
photo-vote-window-hint = اختياري. اترك التاريخين فارغين إذا كانت المسابقة بلا تصويت للجمهور؛ ويجري التصويت بعد إغلاق باب التقديم وينتهي في موعد أقصاه إعلان الفائزين.
photo-vote-window-invalid = يجب أن يُفتح باب تصويت الجمهور بعد إغلاق باب التقديم وأن ينتهي في موعد أقصاه إعلان الفائزين.
photo-vote-dates = تصويت الجمهور: { $dates }.
photo-vote-open = مفتوح الآن
photo-vote-how = افتح صورة من معرض الصور للتصويت لها.
photo-votes-count = { $count ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتاً
   *[other] { $count } صوت
}
photo-peoples-choice = جائزة الجمهور
photo-vote-heading = تصويت الجمهور
photo-vote-cast = صوّت لهذه الصورة
photo-vote-once = لك صوت واحد في هذه المسابقة، ولا يمكن تغييره.
photo-vote-sign-in = سجّل الدخول للتصويت لهذه الصورة
photo-vote-this = صوّتَّ لهذه الصورة. شكراً لك!
photo-vote-another = سبق أن صوّتَّ في هذه المسابقة.
photo-vote-see-yours = عرض الصورة التي صوّتَّ لها
photo-public-votes = أصوات الجمهور
photo-voted = سُجّل صوتك.
photo-vote-closed = تصويت الجمهور غير مفتوح.
photo-vote-already = سبق أن صوّتَّ في هذه المسابقة.
photo-vote-own = لا يمكنك التصويت لصورتك.
