## نتائج الجلسات (issue 12)

outcome-title = النتائج
outcome-of = نتائج الجلسة { $number }: { $title }
outcomes-sessions-title = نتائج الجلسات
outcomes-of = نتائج جلسات منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
outcomes-count = { $count ->
    [zero] لم تُعتمد نتائج أي جلسة بعد.
    [one] اعتُمدت نتائج جلسة واحدة.
    [two] اعتُمدت نتائج جلستين.
    [few] اعتُمدت نتائج { $count } جلسات.
    [many] اعتُمدت نتائج { $count } جلسة.
   *[other] اعتُمدت نتائج { $count } جلسة.
}
outcomes-none = لم تُعتمد نتائج أي جلسة بعد.
outcomes-back = جميع نتائج الجلسات
outcome-session-page = صفحة الجلسة
outcome-page-link = النتائج في صفحتها الخاصة
outcomes-manage-link = إدارة النتائج
outcome-links = خطوط العمل وأهداف التنمية المستدامة التي خدمتها الجلسة
outcome-written-in = لغة النص:
outcome-form-title = نتائج الجلسة
outcome-form-of = نتائج الجلسة { $number }: { $title }
outcome-form-intro = اعرضوا ما حققته الجلسة. اكتبوا بأي من اللغات الست وحدِّدوها أدناه؛ وتراجع الأمانة النص قبل نشره في صفحة الجلسة وفي الوثيقة الختامية.
outcome-section-report = التقرير
outcome-field-language = لغة النص
outcome-language-hint = اللغة التي تكتبون بها التقرير.
outcome-field-summary = الملخص
outcome-field-achievements = أهم الإنجازات
outcome-field-challenges = التحديات
outcome-field-trends = الاتجاهات الناشئة
outcome-field-recommendations = التوصيات والالتزامات
outcome-links-hint = اختاروا خطوط العمل (وبالنسبة إلى C7 خطوطه الفرعية) وأهداف التنمية المستدامة التي خدمتها الجلسة، مع تعليل موجز لكل منها؛ ويمكنكم ذكر الغايات بالنسبة إلى الأهداف.
outcome-section-participation = المشاركة
outcome-field-participants-onsite = المشاركون في الموقع
outcome-field-participants-remote = المشاركون عبر الإنترنت
outcome-save = حفظ
outcome-submit = الإرسال إلى الأمانة
outcome-status-missing = لم تبدأ
outcome-status-draft = مسودة
outcome-status-submitted = أُرسلت للمراجعة
outcome-status-returned = أُعيدت لإدخال تغييرات
outcome-status-approved = معتمدة
outcome-returned-comment = تطلب الأمانة إدخال تغييرات
outcome-deadline = الموعد النهائي
outcome-deadline-is = يقدّم المنظمون نتائجهم في موعد أقصاه
outcome-deadline-none = لم يُحدَّد موعد نهائي
outcome-deadline-passed-on = { $date } (انقضى)
outcome-deadline-field = موعد نهائي جديد
outcome-deadline-hint = آخر يوم يمكن للمنظمين التقديم فيه (بتاريخ مكان الانعقاد). يُذكَّرون قبله بأسبوع وبيوم. اتركوه فارغاً لعدم تحديد موعد.
outcome-deadline-save = حفظ الموعد النهائي
outcome-revisions-link = الصيغ السابقة
outcome-revisions-title = صيغ النتائج
outcome-revisions-of = صيغ نتائج الجلسة { $number }: { $title }
outcome-revision-number = الصيغة { $version }
outcome-revision-content = مضمونها
outcome-back-to-form = العودة إلى النتائج
outcome-decide = القرار
outcome-comment = تعليق للمنظمين
outcome-comment-hint = إلزامي عند إعادة النتائج؛ ويُرسَل إلى المنظمين بالبريد الإلكتروني.
outcome-approve = الاعتماد والنشر
outcome-return = الإعادة لإدخال تغييرات
outcome-decide-nothing = لا يوجد ما يُبتّ فيه: لم يرسل المنظمون هذه النتائج بعد.
outcomes-manage-title = نتائج الجلسات
outcomes-manage-nav = النتائج: المتابعة
outcomes-manage-of = نتائج جلسات عام { $year }: المتابعة
outcomes-public-link = النتائج المنشورة
outcomes-sessions = الجلسات المقبولة
outcomes-sessions-none = لا توجد جلسات في هذه القائمة.
outcomes-filter = عرض النتائج
outcomes-col-session = الجلسة
outcomes-col-organiser = المنظم
outcomes-col-status = النتائج
outcomes-col-updated = آخر تغيير
outcome-remind-col = تذكير
outcome-remind-submit = تذكير المنظمين المحدَّدين بالبريد الإلكتروني
outcome-saved = حُفظت النتائج.
outcome-submitted = أُرسلت النتائج إلى الأمانة.
outcome-approved = اعتُمدت النتائج ونُشرت.
outcome-returned = أُعيدت النتائج إلى منظميها.
outcome-deadline-saved = حُفظ الموعد النهائي.
outcome-reminders-sent = يجري إرسال رسائل التذكير.

## الأخطاء
outcome-summary-required = اكتبوا ملخصاً للجلسة.
outcome-section-too-long = هذا النص طويل جداً (4000 حرف على الأكثر).
rationale-required = قدّموا تعليلاً موجزاً لكل خط عمل ولكل هدف من أهداف التنمية المستدامة تختارونه.
participants-invalid = أدخلوا عدداً صحيحاً من 0 إلى 100000، أو اتركوا الحقل فارغاً.
outcome-status-invalid = حالة نتائج غير معروفة.
outcome-action-invalid = إجراء غير معروف.
outcome-approved-locked = اعتُمدت هذه النتائج: لا يمكن تغييرها الآن إلا للأمانة.
outcome-deadline-passed = انقضى الموعد النهائي لتقديم النتائج. راسلوا الأمانة إن كنتم لا تزالون بحاجة إلى تقديمها.
outcome-decision-invalid = اختاروا اعتماد النتائج أو إعادتها.
outcome-decision-not-allowed = لا يمكن اتخاذ هذا القرار بشأن النتائج في حالتها الراهنة.
outcome-comment-required = اشرحوا في تعليق ما ينبغي للمنظمين تغييره.
outcome-not-open = يُفتح باب تقديم النتائج بعد نشر جدول أعمال الدورة.
outcome-stale = حفظ شخص آخر هذه النتائج أثناء تحريركم لها. نصكم محفوظ أدناه: قارنوه بالصيغة الأخيرة قبل الحفظ مجدداً.
outcome-remind-none = حدِّدوا جلسة واحدة على الأقل ينبغي تذكير منظميها.

## البريد
mail-outcome-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: نتائج الجلسة { $number }
mail-outcome-approved = اعتُمدت نتائج جلستكم "{ $title }" (الجلسة { $number }) ونُشرت.
mail-outcome-returned = أعادت الأمانة إليكم نتائج جلستكم "{ $title }" (الجلسة { $number }) لإدخال تغييرات. تعليقها:
mail-outcome-reminder-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: تذكير بنتائج الجلسة { $number }
mail-outcome-reminder = { $dated ->
    [yes] يُرجى تقديم نتائج جلستكم "{ $title }" (الجلسة { $number }) في موعد أقصاه { $due }.
   *[no] يُرجى تقديم نتائج جلستكم "{ $title }" (الجلسة { $number }).
}

## مصفوفة القمة العالمية وأهداف التنمية المستدامة
matrix-title = مصفوفة القمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة
matrix-intro = كيف يدعم كل خط من خطوط عمل القمة العالمية أهداف التنمية المستدامة: الروابط التي يسجلها ميسّروه مع تعليلها، وعدد جلسات المنتدى ونتائج الجلسات وأنشطة الحصر التي تقوم عليها كل رابطة.
matrix-year = السنة
matrix-all-years = كل السنوات
matrix-show = عرض
matrix-links-count = { $count ->
    [zero] لم يسجّل الميسّرون أي رابطة
    [one] رابطة واحدة سجّلها الميسّرون
    [two] رابطتان سجّلهما الميسّرون
    [few] { $count } روابط سجّلها الميسّرون
    [many] { $count } رابطة سجّلها الميسّرون
   *[other] { $count } رابطة سجّلها الميسّرون
}
matrix-json = بيانات مفتوحة (JSON)
matrix-csv = بيانات مفتوحة (CSV)
matrix-edit-link = تحرير روابط خطوط عملكم
matrix-facilitators-title = من يتولى كل خط عمل
matrix-legend = تعدّ كل خانة الجلسات المنشورة ونتائج الجلسات المعتمدة وأنشطة الحصر المرتبطة بالاثنين معاً؛ وكلما كانت الخانة أدكن كان العدد أكبر. وتدل النقطة على رابطة سجّلها الميسّرون. اختاروا خانة لعرض تعليلها ومكوناتها.
matrix-caption = خطوط العمل (الصفوف) وأهداف التنمية المستدامة (الأعمدة)
matrix-linked = رابطة سجّلها الميسّرون
matrix-back = العودة إلى المصفوفة
matrix-cell-title = { $line } والهدف { $goal }
matrix-link = رابطة الميسّرين
matrix-targets = الغايات
matrix-no-link = لم يسجّل الميسّرون هذه الرابطة.
matrix-updated = آخر تغيير: { $name }، { $date }.
matrix-history = سجل الروابط
matrix-session = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }، الجلسة { $number }
matrix-sessions = { $count ->
    [zero] لا توجد جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
matrix-outcomes = { $count ->
    [zero] لا توجد نتائج جلسات
    [one] نتائج جلسة واحدة
    [two] نتائج جلستين
    [few] نتائج { $count } جلسات
    [many] نتائج { $count } جلسة
   *[other] نتائج { $count } جلسة
}
matrix-entries = أنشطة الحصر
matrix-entries-count = { $count ->
    [zero] لا يوجد نشاط منشور
    [one] نشاط منشور واحد
    [two] نشاطان منشوران
    [few] { $count } أنشطة منشورة
    [many] { $count } نشاطاً منشوراً
   *[other] { $count } نشاط منشور
}
matrix-history-of = سجل روابط { $line }
matrix-history-none = لم يُسجَّل أي تغيير بعد.
matrix-col-when = التاريخ
matrix-col-who = من
matrix-col-goal = الهدف
matrix-col-rationale = التعليل
matrix-removed = حُذفت الرابطة
matrix-edit-of = روابط { $line } بأهداف التنمية المستدامة
matrix-edit-intro = لكل هدف يدعمه خط العمل، قدّموا التعليل، والغايات إن شئتم. أفرغوا الحقلين لحذف رابطة. ويُحفظ كل تغيير في السجل.
matrix-save = حفظ الروابط
matrix-facilitators-intro = تتولى حسابات الميسّرين روابط المصفوفة لخطوط العمل المسندة إليها هنا (ومن أُسند إليه C7 يتولى كل خطوطه الفرعية).
matrix-facilitators-none = لم يُسند أي خط عمل إلى أي حساب بعد.
matrix-facilitator-add = إسناد خط عمل إلى ميسّر
matrix-saved = حُفظت الروابط.
matrix-facilitator-added = أصبح الميسّر يتولى خط العمل هذا.
matrix-facilitator-removed = لم يعد الميسّر يتولى خط العمل هذا.
matrix-rationale-required = قدّموا تعليل هذه الرابطة (أو أفرغوا الغايات لحذفها).
matrix-rationale-too-long = التعليل طويل جداً (1500 حرف على الأكثر).
matrix-stale = غيّر شخص آخر هذه الروابط أثناء تحريركم لها. نصكم محفوظ أدناه: راجعوا السجل ثم احفظوا مجدداً.
matrix-facilitator-unknown = لا يوجد حساب ميسّر بهذا العنوان (امنحوا الحساب دور الميسّر أولاً).
matrix-year-invalid = أدخلوا السنة بالأرقام.
stats-heat-cell = { $line } × الهدف { $goal }: { $count }

## اجتماعات تيسير خطوط العمل
meetings-title = اجتماعات تيسير خطوط العمل
meetings-of = اجتماعات تيسير خطوط العمل في منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
meetings-back = العودة إلى المنتدى
meetings-intro = يجتمع ميسّرو كل خط عمل خلال المنتدى؛ وهذا ما سجّلوه من اجتماعهم: الأولويات الرئيسية والفرص والتحديات.
meeting-not-recorded = لم يُسجَّل بعد
meetings-all = جميع اجتماعات التيسير
meeting-of = اجتماع تيسير { $line }، منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
meeting-not-recorded-long = لم يسجّل الميسّرون هذا الاجتماع بعد.
meeting-edit = تسجيل الاجتماع
meeting-priorities = الأولويات الرئيسية
meeting-opportunities = الفرص
meeting-challenges = التحديات
meeting-save = حفظ المحضر
meeting-saved = حُفظ محضر الاجتماع.
meeting-stale = حفظ شخص آخر هذا المحضر أثناء تحريركم له. نصكم محفوظ أدناه: قارنوه بالمحضر المحفوظ قبل الحفظ مجدداً.
meeting-priorities-required = اكتبوا الأولويات الرئيسية للاجتماع.
meeting-text-too-long = هذا النص طويل جداً (6000 حرف على الأكثر).

## Photos of outcomes
outcome-photos = الصور
outcome-photos-of = صور نتائج الجلسة { $number }: { $title }
outcome-photos-intro = ما يصل إلى خمس صور للجلسة (JPEG أو PNG أو WebP، بحد أقصى 8 ميغابايت لكل منها)، مع نص لكل صورة يصف ما تُظهره لمن لا يستطيع رؤيتها. وتُنشر مع النتائج.
outcome-photo-limit = لهذه النتائج خمس صور بالفعل: احذفوا واحدة لإضافة أخرى.

## المسار الرفيع المستوى (issue 12، البند 2)
outcome-field-vision = الرؤية
outcome-field-opportunities = الفرص
outcome-vision-required = اكتبوا رؤية الجلسة.
hlt-links-hint = يمكنكم ذكر خطوط العمل وأهداف التنمية المستدامة التي تناولتها الجلسة، مع تعليل موجز لكل منها.
hlt-link = المسار الرفيع المستوى: النتائج والموجز التنفيذي
hlt-title = المسار الرفيع المستوى
hlt-title-of = المسار الرفيع المستوى لمنتدى القمة العالمية لمجتمع المعلومات لعام { $year }: النتائج والموجز التنفيذي
hlt-intro = جلسات السياسات الرفيعة المستوى، ويدير كلًّا منها ميسّرون من فئات أصحاب المصلحة، مع ما خلصوا إليه من رؤية واتجاهات ناشئة وفرص وتحديات، وبيانات المتحدثين الرفيعي المستوى فيها، والملخص التنفيذي للرئيس.
hlt-summary = الملخص التنفيذي للرئيس
hlt-summary-of = الملخص التنفيذي لرئيس منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
hlt-summary-edit = كتابة الملخص التنفيذي للرئيس
hlt-summary-none = لم يُنشر الملخص التنفيذي للرئيس بعد.
hlt-summary-chair = الرئيس
hlt-summary-chair-hint = الاسم والمنصب كما ينبغي أن يظهرا في الموجز.
hlt-summary-body = الملخص التنفيذي
hlt-summary-body-hint = تُفصل الفقرات بسطر فارغ؛ وتُحفظ قوائم Markdown وروابطه.
hlt-summary-save = حفظ الملخص
hlt-summary-saved = حُفظ الملخص التنفيذي للرئيس.
hlt-sessions = جلسات السياسات الرفيعة المستوى
hlt-sessions-none = لا توجد في هذه الدورة جلسة سياسات رفيعة المستوى مقبولة.
hlt-session-heading = الجلسة { $number }: { $title }
hlt-outcome-none = لم تُعتمد بعد نتائج هذه الجلسة التي كتبها ميسّروها.
hlt-write-outcome = استمارة النتائج
hlt-facilitators = الميسّرون
hlt-facilitator-of = { $name } ({ $stakeholder })
hlt-facilitators-of = ميسّرو الجلسة { $number }: { $title }
hlt-facilitators-intro = ميسّر واحد للمسار الرفيع المستوى عن كل فئة من فئات أصحاب المصلحة: أدخلوا عنوان البريد الإلكتروني لحسابه (يسجّل أولًا). يكتب الميسّرون نتائج الجلسة ويضيفون بيانات المتحدثين فيها. اتركوا الحقل فارغًا إن لم يكن للفئة ميسّر.
hlt-facilitator-email = عنوان البريد الإلكتروني لحساب الميسّر
hlt-facilitators-save = حفظ الميسّرين
hlt-facilitators-saved = حُفظ الميسّرون.
hlt-back = العودة إلى المسار الرفيع المستوى
hlt-statements = البيانات
hlt-statements-of = بيانات الجلسة { $number }: { $title }
hlt-statements-intro = بيانات المتحدثين الرفيعي المستوى في الجلسة: النص أو ملف PDF أو كلاهما. وهي منشورة للعموم في صفحة المسار الرفيع المستوى.
hlt-statements-none = لا توجد بيانات بعد.
hlt-statement-add = إضافة البيان
hlt-statement-speaker = المتحدث
hlt-statement-position = المنصب
hlt-statement-position-hint = مثلًا: وزير البريد والاتصالات، بنغلاديش.
hlt-statement-body = نص البيان
hlt-statement-body-hint = مطلوب ما لم تُرفقوا البيان بصيغة PDF.
hlt-statement-pdf = البيان بصيغة PDF (اختياري)
hlt-statement-pdf-hint = ملف PDF لا يتجاوز 10 ميغابايت.
hlt-statement-read = قراءة البيان
hlt-statement-read-pdf = البيان (PDF)
hlt-statement-remove = حذف
hlt-statement-added = أُضيف البيان.
hlt-statement-removed = حُذف البيان.
statement-speaker-required = أدخلوا اسم المتحدث.
statement-body-required = اكتبوا نص البيان أو أرفقوه بصيغة PDF.
statement-too-long = البيان طويل جدًا (20000 حرف كحد أقصى).
statement-pdf-too-large = ملف PDF كبير جدًا (10 ميغابايت كحد أقصى).
statement-pdf-invalid = هذا الملف ليس بصيغة PDF.
statement-limit = بلغت هذه الجلسة الحد الأقصى لعدد البيانات (60).
summary-chair-required = أدخلوا اسم الرئيس.
summary-body-required = اكتبوا الملخص التنفيذي.
summary-too-long = الملخص طويل جدًا (30000 حرف كحد أقصى).
summary-stale = حفظ شخص آخر الملخص أثناء تحريركم له. نصكم محفوظ أدناه: قارنوه بأحدث نسخة قبل الحفظ مجددًا.
facilitator-unknown = لا يوجد حساب بعنوان البريد الإلكتروني هذا: على الميسّر أن يسجّل أولًا.

## الوثائق الختامية المجمّعة (issue 12، البند 5)
pub-summit = القمة العالمية لمجتمع المعلومات
pub-contents = المحتويات
pub-page-prefix = ص.{"\u00A0"}
pub-page-suffix = {""}
pub-title-outcome = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: الوثيقة الختامية
pub-title-hlt = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: نتائج المسار الرفيع المستوى والموجز التنفيذي
pub-title-action-lines = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: تقرير عن خطوط عمل القمة
pub-title-matrix = منتدى القمة العالمية لمجتمع المعلومات لعام { $year } ومصفوفة أهداف التنمية المستدامة
pub-theme = الموضوع: { $theme }
pub-dates = { $venue }، { $start } – { $end }
pub-introduction = مقدمة
pub-intro-outcome = تجمع هذه الوثيقة نتائج جلسات منتدى القمة العالمية لمجتمع المعلومات لعام { $year } كما قدّمها منظموها واعتمدتها الأمانة: { $count ->
    [zero] لا جلسات،
    [one] جلسة واحدة،
    [two] جلستان،
    [few] { $count } جلسات،
    [many] { $count } جلسة،
   *[other] { $count } جلسة،
} مرتبةً حسب نوع الجلسة. وتُنشر كل نتيجة باللغة التي كُتبت بها؛ وترتّب الفهارس في آخر الوثيقة الجلسات حسب خطوط عمل القمة وأهداف التنمية المستدامة.
pub-participation = المشاركة
pub-participants-total = المشاركون المسجّلون
pub-participants-checked-in = المشاركون الذين سجّلوا حضورهم في الموقع
pub-countries = البلدان والمناطق
pub-category = الفئة
pub-count = العدد
pub-consultation = عملية التشاور المفتوح
pub-consultation-intro = وُضع برنامج منتدى القمة العالمية لمجتمع المعلومات لعام { $year } مع جميع أصحاب المصلحة من خلال عملية تشاور مفتوح جرت على المراحل التالية.
pub-consultation-none = لم تُسجَّل أي مرحلة من مراحل التشاور المفتوح.
pub-phase = المرحلة
pub-period = التواريخ
pub-outcomes = نتائج الجلسات
pub-organisers = المنظمون
pub-index-al = فهرس حسب خطوط عمل القمة
pub-index-sdg = فهرس حسب أهداف التنمية المستدامة
pub-goal = الهدف { $goal }: { $name }
pub-intro-hlt = جلسات السياسات الرفيعة المستوى في منتدى القمة العالمية لمجتمع المعلومات لعام { $year }، ويدير كلًّا منها ميسّرون من فئات أصحاب المصلحة، مع ما خلصوا إليه من رؤية واتجاهات ناشئة وفرص وتحديات، وبيانات المتحدثين الرفيعي المستوى فيها.
pub-statement-pdf-only = البيان منشور بصيغة PDF في صفحة المسار الرفيع المستوى.
pub-intro-action-lines = لكل خط من خطوط عمل القمة: الأولويات والفرص والتحديات التي سُجّلت في اجتماع تيسيره خلال منتدى عام { $year }، ثم ما أفادت به الجلسات التي تذكره نتائجها المعتمدة.
pub-meeting = اجتماع التيسير
pub-al-sessions = ما أفادت به الجلسات
pub-al-sessions-none = لا تذكر أي نتيجة جلسة معتمدة خط العمل هذا.
pub-al-reason = إسهام الجلسة
pub-intro-matrix = كيف يدعم كل خط من خطوط عمل القمة أهداف التنمية المستدامة في منتدى عام { $year }: الروابط التي يسجّلها ميسّروه مع تعليلها، وعدد الجلسات ونتائج الجلسات المعتمدة وأنشطة الحصر المنشورة في العام التي تقيم كل رابط.
pub-sdg-short = الهدف
pub-matrix-legend = تعدّ كل خانة الجلسات ونتائج الجلسات المعتمدة وأنشطة الحصر المرتبطة بخط العمل وبالهدف معًا؛ وكلما كانت أدكن كان العدد أكبر.
pub-matrix-none = لا شيء يربط خط العمل هذا بأي هدف بعد.
pub-col-sessions = الجلسات
pub-col-outcomes = النتائج
pub-documents = الوثائق الختامية
pub-documents-of = الوثائق الختامية لمنتدى القمة العالمية لمجتمع المعلومات لعام { $year }
pub-documents-intro = مجمّعة من نتائج الجلسات المعتمدة والمسار الرفيع المستوى واجتماعات التيسير ومصفوفة القمة وأهداف التنمية المستدامة. تُنضَّد كل وثيقة باللغة التي تختارونها؛ وتبقى كل نتيجة باللغة التي كُتبت بها. تُجمَّع الوثيقة عند أول طلب لها وتُحفظ إلى أن تتغير بياناتها.
pub-documents-link = الوثائق الختامية المجمّعة (PDF وصفحة ويب)
pub-document-pdf = PDF
pub-document-html = صفحة ويب

## البحث في نتائج الجلسات (issue 12، البند 6)
outcome-search-title = البحث في نتائج الجلسات
outcome-search-intro = ما أفادت به جلسات كل منتدى من منتديات القمة العالمية لمجتمع المعلومات، كما كتبها منظموها واعتمدتها الأمانة. ابحثوا بأي من اللغات الست وضيّقوا النتائج حسب خط العمل والهدف والدورة ونوع الجلسة واللغة.
outcome-search-label = الكلمات المطلوبة
outcome-search-any = الكل
outcome-search-year = الدورة
outcome-search-type = نوع الجلسة
outcome-search-forum = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
outcome-search-count = { $count ->
    [zero] لم يُعثر على أي نتيجة.
    [one] عُثر على نتيجة واحدة.
    [two] عُثر على نتيجتين.
    [few] عُثر على { $count } نتائج.
    [many] عُثر على { $count } نتيجة.
   *[other] عُثر على { $count } نتيجة.
}
outcome-search-link = البحث في نتائج الجلسات
outcome-search-page-invalid = يجب أن يكون رقم الصفحة عددًا صحيحًا من 1 إلى 100.
outcome-search-value-invalid = هذه القيمة غير موجودة: اختاروا قيمة من القائمة.
outcome-search-too-many-filters = عدد عوامل التصفية كبير جدًا: 20 كحد أقصى.
outcome-search-hint = يُعثر على النتائج التي تحتوي على جميع كلماتكم؛ وOR بين كلمتين تجد أيًّا منهما. ضعوا العبارة بين "علامتي تنصيص"؛ والكلمة المسبوقة بعلامة ناقص (-كلمة) تستبعد النتائج التي تحتويها.
