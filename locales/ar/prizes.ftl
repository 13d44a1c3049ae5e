## جوائز القمة العالمية لمجتمع المعلومات (issue 13)

prize-editions = الدورات
prize-no-editions = لم تُفتح أي دورة من دورات جوائز القمة العالمية لمجتمع المعلومات بعد.
prize-edition-title = جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-edition-nav = هذه الدورة
prize-timeline = الجدول الزمني
prize-phase-upcoming = لم تُفتح بعد
prize-phase-submission = تقديم المشاريع
prize-phase-review = استعراض الخبراء والترشيح
prize-phase-voting = التصويت العام عبر الإنترنت
prize-phase-selection = اختيار الفائزين
prize-phase-announced = إعلان النتائج
prize-phase-dates = من { $from } إلى { $to }
prize-phase-now = المرحلة الحالية: { $phase }.
prize-rule-all-categories = في هذه الدورة، لا تُحتسب بطاقة الاقتراع إلا إذا صوّت صاحبها في جميع الفئات الثماني عشرة.
prize-categories = الفئات الثماني عشرة
prize-category-title = الفئة { $number }: { $name }
prize-back-to-edition = العودة إلى الدورة
prize-back-to-category = العودة إلى الفئة
prize-back-to-manage = العودة إلى إدارة الدورة
prize-back-to-queue = العودة إلى قائمة الاستعراض الخاصة بي
prize-submit-link = تقديم مشروع
prize-results-link = النتائج، وكيفية إعادة فرزها
prize-review-link = استعراض الخبراء
prize-manage-link = إدارة الدورة
prize-fraud-link = الأصوات المشبوهة
prize-audit-link = سجل التدقيق
prize-nominees-not-yet = لم تُنشر بعد المشاريع المرشحة في هذه الفئة.
prize-voting-open = التصويت مفتوح: اختر مشروعاً واحداً في هذه الفئة. تبقى الأعداد الجارية للأصوات مخفية حتى إغلاق التصويت.
prize-nominees-count = { $count ->
    [zero] لا توجد مشاريع مرشحة.
    [one] مشروع مرشح واحد.
    [two] مشروعان مرشحان.
    [few] { $count } مشاريع مرشحة.
    [many] { $count } مشروعاً مرشحاً.
   *[other] { $count } مشروع مرشح.
}
prize-vote = صوّت
prize-vote-final = التصويت نهائي: لا يمكن تغييره ولا سحبه. وستتلقى تأكيداً بالبريد الإلكتروني.
prize-you-voted = صوّتَّ لصالح «{ $title }» في { $date } (UTC). وصوتك نهائي.
prize-sign-in-to-vote = سجّل الدخول للتصويت (بحساب له عنوان بريد إلكتروني مؤكَّد)
prize-voted = سُجّل صوتك. وسيصلك تأكيد بالبريد الإلكتروني.
prize-my-votes = أصواتي
prize-my-votes-title = أصواتي في جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-my-votes-count = { $count ->
    [zero] لم تصوّت في أي فئة من أصل { $total }.
    [one] صوّتَّ في فئة واحدة من أصل { $total }.
    [two] صوّتَّ في فئتين من أصل { $total }.
    [few] صوّتَّ في { $count } فئات من أصل { $total }.
    [many] صوّتَّ في { $count } فئة من أصل { $total }.
   *[other] صوّتَّ في { $count } فئة من أصل { $total }.
}
prize-nominee = مشروع مرشح
prize-col-when = التوقيت (UTC)
prize-col-who = الجهة
prize-col-year = السنة
prize-col-status = الحالة
prize-col-action = القرار
prize-col-subject = الموضوع
prize-col-mean = متوسط الدرجة (من 70)
prize-col-spread = تفاوت درجات الخبراء
prize-voided = ملغى
prize-results-title = نتائج جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-results-summary = { $count ->
    [zero] لم يُحتسب أي صوت؛ عدد الأبطال: { $champions }.
    [one] احتُسب صوت واحد؛ عدد الأبطال: { $champions }.
    [two] احتُسب صوتان؛ عدد الأبطال: { $champions }.
    [few] احتُسبت { $count } أصوات؛ عدد الأبطال: { $champions }.
    [many] احتُسب { $count } صوتاً؛ عدد الأبطال: { $champions }.
   *[other] احتُسب { $count } صوت؛ عدد الأبطال: { $champions }.
}
prize-recount-heading = أعد فرز الأصوات بنفسك
prize-sealed-at = خُتمت بطاقات الاقتراع عند إغلاق التصويت، في { $date } (UTC). ونُشرت بصمتها SHA-256 حينئذ ولم تتغير:
prize-digest = بصمة SHA-256 لبطاقات الاقتراع
prize-recount-how = نزّل بطاقات الاقتراع مجهولة الهوية (سطر لكل صوت: ناخب باسم مستعار، والفئة، والمشروع المرشح، والوقت)، وتحقق من بصمتها، ثم أعد فرزها بأمر المنصة:
prize-ballots-download = بطاقات الاقتراع (CSV)
prize-tally-text = النتيجة كما يطبعها الأمر
prize-winners-pending = يختار الخبراء الفائز في كل فئة من بين أبطالها؛ ويُعرض الفائزون هنا بمجرد إعلانهم.
prize-winner = الفائز
prize-champion = بطل
prize-champions = الأبطال
prize-votes-count = { $count ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتاً
   *[other] { $count } صوت
}
prize-champions-by-country = الأبطال حسب البلد (البلدان العشرون الأكثر أبطالاً)
prize-champions-by-type = الأبطال حسب فئة أصحاب المصلحة
prize-choose-winner = الفائز في هذه الفئة
prize-save-winner = حفظ الفائز
prize-winner-saved = تم حفظ الفائز.
prize-winner-not-champion = اختر أحد أبطال الفئة.
prize-selection-closed = يُختار الفائزون بعد إغلاق التصويت وقبل إعلان النتائج.

## الطلبات المقدمة

prize-submit-title = تقديم مشروع إلى جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-edit-title = تعديل مسودتك لجوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-submit-intro = مشروع واحد لكل جهة في كل فئة، ويُقدَّم كل مشروع في فئة واحدة فقط. تُقدَّم الطلبات باللغة الإنكليزية. احفظ مسودة أولاً، فتعرض صفحتها ما لا يزال ناقصاً، ثم قدّمها.
prize-submission-closed = تقديم الطلبات غير مفتوح حالياً في هذه الدورة.
prize-from-entry = ابدأ من أحد إدخالاتك في الحصر
prize-field-category = الفئة
prize-field-title = عنوان المشروع
prize-field-organisation = الجهة التي تقدم المشروع
prize-organisation-hint = المنظمة أو المؤسسة أو الشركة. مشروع واحد لكل جهة في كل فئة.
prize-field-website = الموقع الإلكتروني للمشروع
prize-field-description = الوصف الذي يطّلع عليه المصوّتون
prize-description-hint = بين { $min } و{ $max } كلمة، باللغة الإنكليزية. { $count ->
    [zero] ولا يتضمن الوصف حالياً أي كلمة
    [one] ويتضمن الوصف حالياً كلمة واحدة
    [two] ويتضمن الوصف حالياً كلمتين
    [few] ويتضمن الوصف حالياً { $count } كلمات
    [many] ويتضمن الوصف حالياً { $count } كلمة
   *[other] ويتضمن الوصف حالياً { $count } كلمة
}.
prize-words-label = الكلمات
prize-field-linkage = الصلة بخطوط عمل القمة العالمية لمجتمع المعلومات وبأهداف التنمية المستدامة
prize-field-impact = الأثر، النوعي والكمي
prize-field-partnerships = الشراكات
prize-field-challenges = التحديات
prize-field-future-plans = الخطط المستقبلية
prize-field-owner-email = البريد الإلكتروني لصاحب المشروع، إن لم يكن أنت
prize-owner-email-hint = يمكنك ترشيح مشروع لا تملكه: وسيُبلَّغ صاحبه بالبريد الإلكتروني.
prize-save-draft = حفظ المسودة
prize-draft-saved = تم حفظ مسودتك.
prize-edit-draft = تعديل المسودة
prize-submit-button = تقديم المشروع
prize-submitted = تم تقديم مشروعك. وسيصلك تأكيد بالبريد الإلكتروني.
prize-cannot-submit = لا يمكن تقديم المشروع بعد
prize-checklist = قبل التقديم
prize-check-basics = البلد وفئة أصحاب المصلحة
prize-check-description = وصف يتراوح بين { $min } و{ $max } كلمة (حالياً { $count })
prize-check-done = مكتمل
prize-check-missing = ناقص
prize-mine-title = طلباتي المقدمة إلى الجوائز
prize-mine-none = لم تقدّم أي مشروع بعد.
prize-status-draft = مسودة
prize-status-submitted = مقدَّم، قيد استعراض الخبراء
prize-status-nominated = مرشَّح
prize-status-declined = غير مرشَّح

prize-category-required = اختر فئة.
prize-category-invalid = اختر إحدى الفئات الثماني عشرة.
prize-title-required = أدخل عنوان المشروع.
prize-organisation-required = أدخل الجهة التي تقدم المشروع.
prize-country-required = اختر البلد.
prize-stakeholder-type-required = اختر فئة أصحاب المصلحة.
prize-text-too-long = هذا النص طويل جداً.
prize-english-only = لا تُقبل الطلبات إلا باللغة الإنكليزية.
prize-description-required = أدخل الوصف الذي يطّلع عليه المصوّتون.
prize-description-too-short = الوصف قصير جداً: يجب ألا يقل عن 150 كلمة.
prize-description-too-long = الوصف طويل جداً: يجب ألا يزيد على 200 كلمة.
prize-answer-required = أجب عن هذا السؤال.
prize-entity-has-project = لهذه الجهة مشروع في هذه الفئة بالفعل: مشروع واحد لكل جهة في كل فئة.
prize-previous-winner = سبق لهذه الجهة أن فازت بجائزة من جوائز القمة العالمية لمجتمع المعلومات: الفائزون السابقون غير مؤهلين.
prize-submission-not-draft = سبق تقديم هذا المشروع؛ ولم يعد من الممكن تعديله.
prize-submission-stale = تغيّرت المسودة منذ أن فتحتها؛ أعد تحميلها وأدخل تعديلك مرة أخرى.
prize-submission-not-submitted = لا يمكن ترشيح المشاريع أو رفض ترشيحها إلا بعد تقديمها.

prize-mail-submitted-subject = تم تقديم مشروعك إلى جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-mail-submitted = تم تقديم مشروعك «{ $title }» إلى جوائز القمة العالمية لمجتمع المعلومات لعام { $year } في فئة { $category }. ويستعرض فريق الخبراء كل الطلبات المقدمة؛ وسنبلغك بما إذا كان قد رُشِّح.
prize-mail-nominated-by-subject = قُدِّم مشروعك إلى جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-mail-nominated-by = قدّمت الجهة { $organisation } مشروعك «{ $title }» إلى جوائز القمة العالمية لمجتمع المعلومات لعام { $year }. وإذا كان ذلك خطأً، فيُرجى الرد على هذه الرسالة.
prize-mail-votes-subject = أصواتك في جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-mail-votes = { $count ->
    [zero] لم يُسجَّل لك أي صوت في جوائز القمة العالمية لمجتمع المعلومات لعام { $year }:
    [one] نؤكد لك صوتك في جوائز القمة العالمية لمجتمع المعلومات لعام { $year }:
    [two] نؤكد لك صوتيك في جوائز القمة العالمية لمجتمع المعلومات لعام { $year }:
    [few] نؤكد لك أصواتك ({ $count } أصوات) في جوائز القمة العالمية لمجتمع المعلومات لعام { $year }:
    [many] نؤكد لك أصواتك ({ $count } صوتاً) في جوائز القمة العالمية لمجتمع المعلومات لعام { $year }:
   *[other] نؤكد لك أصواتك ({ $count } صوت) في جوائز القمة العالمية لمجتمع المعلومات لعام { $year }:
}
prize-mail-votes-final = الأصوات نهائية. ويمكنك الاطلاع على جميع أصواتك هنا:

## استعراض الخبراء

prize-review-title = استعراض الخبراء، جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-review-intro = الطلبات المقدمة في فئاتك. قيّم كلاً منها وفق المعايير المنشورة؛ وصرّح بتضارب المصالح إزاء أي مشروع تربطك به صلة، فيُحذف من قائمتك.
prize-review-none = لا يوجد ما يُستعرض في فئاتك.
prize-review-one = الاستعراض: { $title }
prize-review-about = طلب مقدَّم في فئة { $category }. قيّم كل معيار من 1 (ضعيف) إلى 10 (ممتاز).
prize-review-this = استعراض هذا المشروع
prize-read-project = قراءة المشروع
prize-scored = مُقيَّم
prize-not-scored = لم يُقيَّم بعد
prize-scores-heading = درجاتك
prize-field-comment = تعليق (اختياري)
prize-save-scores = حفظ الدرجات
prize-scores-saved = تم حفظ درجاتك.
prize-criterion-impact = النتائج والأثر
prize-criterion-empowerment = تمكين المجتمع المحلي
prize-criterion-sdg-relevance = الصلة بأهداف التنمية المستدامة
prize-criterion-replicability = قابلية التكرار
prize-criterion-sustainability = الاستدامة
prize-criterion-partnerships = الشراكات
prize-criterion-wsis-values = تعزيز قيم القمة العالمية لمجتمع المعلومات
prize-score-required = أعطِ درجة من 1 إلى 10.
prize-score-invalid = الدرجة عدد صحيح من 1 إلى 10.
prize-conflict-heading = تضارب المصالح
prize-conflict-hint = سبب تنحّيك (مثلاً: «أقدّم المشورة لهذه المنظمة»). لن ترى هذا المشروع بعد ذلك ولن تقيّمه.
prize-declare-conflict = التصريح بتضارب المصالح
prize-conflict-saved = سُجّل تضارب المصالح الذي صرّحت به؛ وحُذف المشروع من قائمتك.
prize-field-reason = السبب
prize-reason-required = اذكر السبب.
prize-review-closed = تُعطى الدرجات خلال مرحلة استعراض الخبراء.

## الأمانة

prize-new-edition = فتح دورة جديدة
prize-create-edition = إنشاء الدورة
prize-field-year = السنة
prize-year-invalid = أدخل سنة بين 2000 و2100.
prize-edition-exists = توجد بالفعل دورة لهذه السنة.
prize-dates-heading = تواريخ المراحل (الساعة 00:00 UTC)
prize-field-submission-opens = بدء تقديم الطلبات
prize-field-submission-closes = انتهاء تقديم الطلبات
prize-field-voting-opens = بدء التصويت
prize-field-voting-closes = إغلاق التصويت
prize-field-announced-at = إعلان النتائج
prize-field-require-all = قاعدة التصويت
prize-date-invalid = أدخل تاريخاً بالصيغة YYYY-MM-DD.
prize-date-order = يجب أن يأتي كل تاريخ بعد التاريخ الذي يسبقه.
prize-save-dates = حفظ التواريخ
prize-edition-saved = تم حفظ الدورة.
prize-sealed = خُتمت نتيجة فرز الأصوات في هذه الدورة: لم تعد أصواتها وتواريخها تتغير.
prize-manage-title = إدارة جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-vote-totals = الأصوات حتى الآن: المحتسبة { $count }، والملغاة { $voided }، وعدد المصوّتين { $voters }. (لا يرى الجمهور أي عدد قبل إغلاق التصويت.)
prize-experts = الخبراء
prize-experts-none = لم يُعيَّن أي خبير بعد.
prize-add-expert = تعيين خبير
prize-experts-saved = تم حفظ الخبراء.
prize-account-unknown = لا يوجد حساب بعنوان البريد الإلكتروني هذا.
prize-remove = إزالة
prize-ranking = الطلبات المقدمة حسب درجات الخبراء
prize-ranking-none = لم يُقدَّم أي مشروع بعد.
prize-spread = من { $low } إلى { $high } ({ $experts ->
    [zero] لا خبراء
    [one] خبير واحد
    [two] خبيران
    [few] { $experts } خبراء
    [many] { $experts } خبيراً
   *[other] { $experts } خبير
})
prize-nominate = ترشيح
prize-decline = رفض
prize-decision-saved = تم حفظ القرار.
prize-publish-nominees = نشر المشاريع المرشحة
prize-publish-nominees-help = يؤدي النشر إلى عرض المشاريع المرشحة على الجمهور؛ وتصبح قرارات فريق الخبراء بعده نهائية.
prize-nominees-published = نُشرت المشاريع المرشحة.
prize-nominees-are-published = المشاريع المرشحة منشورة.
prize-fraud-title = الأصوات المشبوهة، جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-fraud-intro = أنماط رُصدت في الأصوات: دفعة مفاجئة من الأصوات لمشروع مرشح واحد، وحسابات كثيرة تصوّت من عنوان شبكي واحد، وحسابات جديدة كثيرة بنمط واحد لعناوين البريد الإلكتروني. ألغِ الأصوات التي تشير إليها أو ارفض الاشتباه؛ ويُدوَّن كل قرار، مع سببه، في سجل التدقيق.
prize-scan = البحث عن أنماط مشبوهة الآن
prize-scanned = تم فحص الأصوات.
prize-pending = في انتظار قرار
prize-pending-none = لا يوجد ما ينتظر قراراً.
prize-decided = تم البت فيه
prize-suspicion-burst = دفعة مفاجئة من الأصوات
prize-suspicion-address = حسابات كثيرة من عنوان واحد
prize-suspicion-pattern = حسابات جديدة كثيرة بنمط واحد لعناوين البريد الإلكتروني
prize-accounts-count = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حساباً
   *[other] { $count } حساب
}
prize-void-votes = إلغاء أصواتها
prize-dismiss = رفض الاشتباه
prize-decision-voided = أُلغيت الأصوات
prize-decision-dismissed = رُفض الاشتباه
prize-suspicion-decided = سبق البت في هذا الأمر.
prize-void-heading = إلغاء أصوات حساب واحد
prize-field-voter = رقم الحساب
prize-void-voter = إلغاء الأصوات
prize-voter-voided = أُلغيت أصوات الحساب.
prize-voter-unknown = لا يوجد حساب كهذا.
prize-audit-title = سجل التدقيق، جوائز القمة العالمية لمجتمع المعلومات لعام { $year }
prize-audit-intro = جميع القرارات المتعلقة بالتصويت في هذه الدورة، بترتيبها الزمني. ولا يُعدَّل أي شيء فيه ولا يُحذف أبداً.
prize-audit-none = لم يُتخذ أي قرار بعد.
prize-actor-platform = المنصة
prize-audit-edition-created = أُنشئت الدورة
prize-audit-edition-dates-changed = غُيّرت التواريخ
prize-audit-domain-blocked = حُظر نطاق بريد إلكتروني
prize-audit-domain-unblocked = رُفع الحظر عن نطاق بريد إلكتروني
prize-audit-suspicion-found = رُصد نمط مشبوه
prize-audit-voter-voided = أُلغيت الأصوات
prize-audit-suspicion-voided = تأكد الاشتباه، وأُلغيت الأصوات
prize-audit-suspicion-dismissed = رُفض الاشتباه
prize-audit-tally-sealed = خُتمت نتيجة الفرز (البصمة، وبطاقات الاقتراع)
prize-audit-winner-chosen = اختير الفائز
prize-audit-expert-added = عُيّن خبير
prize-audit-expert-removed = أُزيل خبير
prize-audit-conflict-declared = صُرّح بتضارب المصالح
prize-audit-nominated = رُشّح المشروع
prize-audit-declined = رُفض ترشيح المشروع
prize-audit-nominees-published = نُشرت المشاريع المرشحة
prize-blocked-title = نطاقات البريد الإلكتروني المحظورة
prize-blocked-intro = لا يمكن للحسابات التي ينتمي عنوان بريدها الإلكتروني إلى أحد هذه النطاقات (عناوين مؤقتة) أن تصوّت.
prize-blocked-none = لا يوجد أي نطاق محظور.
prize-field-domain = النطاق (مثلاً mailinator.com)
prize-block-domain = حظر نطاق
prize-domain-invalid = أدخل نطاقاً مثل example.com.
prize-domains-saved = تم حفظ القائمة.

## رفض التصويت

prize-vote-closed = التصويت غير مفتوح حالياً في هذه الدورة.
prize-vote-unverified = أكّد عنوان بريدك الإلكتروني قبل التصويت.
prize-vote-blocked-domain = لا يمكن للحسابات التي لها عنوان بريد إلكتروني في هذا النطاق أن تصوّت.
prize-vote-voided = أُلغيت أصوات هذا الحساب؛ ولا يمكنه التصويت في هذه الدورة.
prize-vote-already = سبق أن صوّتَّ في هذه الفئة؛ والتصويت نهائي.
prize-nominee-invalid = هذا المشروع ليس من المشاريع المرشحة في هذه الفئة.

## في صفحة مدخل من مدخلات الحصر

prize-entry-champion = جوائز القمة العالمية لمجتمع المعلومات { $year }: بطل، { $category }
prize-entry-winner = جوائز القمة العالمية لمجتمع المعلومات { $year }: الفائز، { $category }
prize-audit-results-announced = أُعلنت النتائج
prize-results-of = الأبطال: { $what }
prize-results-all = جميع النتائج

## الصفحة الرئيسية للأمانة (المسألة 11)

secretariat-title = الأمانة
secretariat-intro = ما ينتظر قرارًا في كل أجزاء المنصة، وآخر القرارات.
secretariat-entries-waiting = مدخلات تنتظر المراجعة
secretariat-forum = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
secretariat-forum-dates = من { $from } إلى { $to }
secretariat-call-open = باب تقديم الجلسات مفتوح
secretariat-call-closed = باب تقديم الجلسات مغلق
secretariat-agenda-published = { $count ->
    [zero] البرنامج منشور (لا نسخ)
    [one] البرنامج منشور (نسخة واحدة)
    [two] البرنامج منشور (نسختان)
    [few] البرنامج منشور ({ $count } نسخ)
    [many] البرنامج منشور ({ $count } نسخة)
   *[other] البرنامج منشور ({ $count } نسخة)
}
secretariat-agenda-unpublished = البرنامج غير منشور
secretariat-proposals-waiting = مقترحات جلسات تنتظر قرارًا
secretariat-registrations-waiting = تسجيلات تنتظر الموافقة
secretariat-outcomes-waiting = نتائج جلسات تنتظر المراجعة
secretariat-submissions-waiting = ترشيحات للجوائز تنتظر قرارًا
secretariat-suspicions-waiting = أصوات مشبوهة تنتظر قرارًا
secretariat-recent = آخر القرارات
secretariat-recent-none = لم يُتخذ أي قرار بعد.
