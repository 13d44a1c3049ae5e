# منتدى القمة العالمية لمجتمع المعلومات: الدورات، وجدول الأعمال، والتصدير، ومحرر الجدول الزمني.

forum-no-editions = لم يُعلَن عن أي دورة من دورات المنتدى بعد.
forum-edition-name = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-dates = التواريخ
forum-venue = مكان الانعقاد
forum-sessions = الجلسات
forum-about = عن المنتدى
forum-news = الأخبار
forum-consultation = عملية المشاورة المفتوحة
forum-phase-current = الآن
forum-phase-until = { $start } – { $end }
forum-partners = الشركاء
forum-partner-tier-gold-plus = الشركاء من الفئة الذهبية الممتازة
forum-partner-tier-gold = الشركاء من الفئة الذهبية
forum-partner-tier-specific = الشركاء في أنشطة محددة
forum-partner-tier-contributing = الشركاء المساهمون
forum-partner-tier-supporting = الشركاء الداعمون
forum-open-data = جدول الأعمال في شكل بيانات مفتوحة
forum-back-to-edition = العودة إلى المنتدى
forum-not-published = لم يُنشر جدول الأعمال بعد.
forum-agenda-title = جدول الأعمال
forum-agenda-of = جدول أعمال منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-agenda-nav = طرق عرض جدول الأعمال
forum-agenda-by-day = حسب اليوم
forum-agenda-grid = شبكة القاعات والأوقات
forum-grid-title = شبكة جدول الأعمال
forum-grid-of = شبكة جدول أعمال منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-all-title = جدول الأعمال الكامل
forum-all-of = جدول الأعمال الكامل لمنتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-speakers-title = المتحدثون
forum-speakers-of = المتحدثون في منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-speaker-count = { $count ->
    [zero] لا يوجد متحدثون
    [one] متحدث واحد
    [two] متحدثان
    [few] { $count } متحدثين
    [many] { $count } متحدثاً
   *[other] { $count } متحدث
}
forum-changes-title = التغييرات
forum-changes-of = التغييرات في جدول أعمال منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-version = النسخة { $number }
forum-version-first = النسخة المنشورة الأولى.
forum-change-added = أُضيفت الجلسة { $number }: { $title }
forum-change-removed = حُذفت الجلسة { $number }: { $title }
forum-change-retitled = غُيّر عنوان الجلسة { $number } من «{ $from }» إلى «{ $to }»
forum-change-moved = نُقلت الجلسة { $number } ({ $title }) من { $from } إلى { $to }
forum-change-speakers = الجلسة { $number } ({ $title }): تغيّر المتحدثون
forum-mine-title = جدول أعمالي
forum-mine-of = جدول أعمالي لمنتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-mine-account = تُحفظ اختياراتك في حسابك.
forum-mine-browser = تُحفظ اختياراتك في هذا المتصفح فقط. سجّل الدخول لحفظها في حسابك.
forum-mine-feed = الاشتراك في جدول أعمالي (iCalendar)
forum-mine-empty = لم تختر أي جلسة بعد. استخدم «إضافة إلى جدول أعمالي» في الجلسات التي تريد حضورها.
forum-pick = إضافة إلى جدول أعمالي
forum-unpick = إزالة من جدول أعمالي
forum-times-in-venue-zone = تُعرض الأوقات حسب المنطقة الزمنية للمنتدى ({ $zone }).
forum-times-in-zone = تُعرض الأوقات حسب المنطقة الزمنية { $zone }.
forum-zone-unknown = هذه المنطقة الزمنية غير معروفة؛ وتُعرض الأوقات حسب المنطقة الزمنية للمنتدى.
forum-use-my-zone = عرض الأوقات حسب منطقتي الزمنية
forum-change-zone = اختيار منطقة زمنية
forum-zone-label = المنطقة الزمنية
forum-zone-hint = اسم منطقة زمنية وفق IANA، مثل Africa/Nairobi أو America/New_York.
forum-zone-submit = عرض الأوقات
forum-days = أيام المنتدى
forum-filters = تصفية جدول الأعمال
forum-filter-type = نوع الجلسة
forum-filter-action-line = خط العمل
forum-filter-sdg = هدف التنمية المستدامة
forum-filter-language = اللغة
forum-filter-access = إمكانية النفاذ
forum-filter-any = الكل
forum-filter-submit = تصفية
forum-no-sessions = لا توجد جلسة في هذا اليوم تطابق عوامل التصفية هذه.
forum-session-count = { $count ->
    [zero] لا توجد جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
}
forum-time = الوقت
forum-access-captioning = الشرح النصي
forum-access-interpretation = الترجمة الشفوية
forum-access-sign-language = لغة الإشارة
forum-access-remote = المشاركة عن بُعد
forum-access-step-free = مدخل خالٍ من الدرجات
forum-room-capacity = { $count ->
    [zero] لا توجد مقاعد
    [one] مقعد واحد
    [two] مقعدان
    [few] { $count } مقاعد
    [many] { $count } مقعداً
   *[other] { $count } مقعد
}
forum-room-interpretation = مقصورات الترجمة الشفوية
forum-room-captioning = الشرح النصي
forum-room-step-free = مدخل خالٍ من الدرجات
forum-room-feed = جلسات هذه القاعة في تقويمك (iCalendar)
forum-back-to-agenda = العودة إلى جدول الأعمال
forum-session-number = رقم الجلسة
forum-session-type = النوع
forum-session-when = الموعد
forum-venue-time = { $time } بالتوقيت المحلي لمكان الانعقاد
forum-session-room = القاعة
forum-session-languages = اللغات
forum-session-access = إمكانية النفاذ
forum-session-remote = المشاركة عن بُعد
forum-session-join = الانضمام عن بُعد
forum-add-to-calendar = إضافة إلى تقويمي (iCalendar)
forum-session-abstract = عن الجلسة
forum-session-organisers = المنظمون
forum-session-speakers = المتحدثون
forum-session-links = خطوط العمل وأهداف التنمية المستدامة
forum-session-documents = الوثائق

speaker-role-moderator = مدير الجلسة
speaker-role-keynote = المتحدث الرئيسي
speaker-role-panellist = عضو فريق المناقشة
speaker-role-speaker = متحدث
speaker-role-rapporteur = المقرر
speaker-role-high-level-facilitator = ميسّر الجزء الرفيع المستوى

session-type-opening = حفل الافتتاح
session-type-high-level-policy = جلسة سياساتية رفيعة المستوى
session-type-ministerial-round-table = اجتماع مائدة مستديرة وزاري
session-type-prize-ceremony = حفل توزيع جوائز القمة العالمية لمجتمع المعلومات
session-type-high-level-dialogue = حوار رفيع المستوى
session-type-action-line-facilitation = اجتماع تيسير خط العمل
session-type-thematic-workshop = حلقة عمل مواضيعية
session-type-country-workshop = حلقة عمل قُطرية
session-type-interactive = جلسة تفاعلية
session-type-information = جلسة إعلامية
session-type-knowledge-cafe = مقهى المعرفة
session-type-open-space = حديث في المساحة المفتوحة
session-type-hackathon = هاكاثون
session-type-exhibition = معرض
session-type-accessibility = جلسة يوم إمكانية النفاذ

conflict-impossible-slot = تنتهي الجلسة قبل أن تبدأ أو تستغرق أكثر من 12 ساعة.
conflict-unknown-room = القاعة غير موجودة في هذه الدورة.
conflict-room-double-booked = هناك جلستان في القاعة نفسها في الوقت نفسه.
conflict-speaker-double-booked = أحد المتحدثين مدرج في جلستين في الوقت نفسه.
conflict-speaker-unavailable = أحد المتحدثين غير متاح في ذلك الوقت.
conflict-outside-forum-days = الجلسة خارج أيام المنتدى.
conflict-outside-room-hours = الجلسة خارج ساعات عمل القاعة.
conflict-room-too-small = القاعة أصغر من أن تستوعب العدد المتوقع من الحضور.
conflict-no-captioning = تحتاج الجلسة إلى الشرح النصي ولا يتوفر في القاعة.
conflict-no-interpretation = تحتاج الجلسة إلى الترجمة الشفوية ولا توجد في القاعة مقصورات للترجمة.

# الدعوة إلى اقتراح الجلسات واستعراض الأمانة للاقتراحات.
forum-propose-title = اقتراح جلسة
forum-propose-of = اقتراح جلسة لمنتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-propose-intro = اقترح جلسة للمنتدى: تستعرض الأمانة كل اقتراح ويجوز لها أن تقبله أو ترفضه أو تطلب إجراء تعديلات عليه أو تدمجه مع اقتراح مماثل. ويتلقى كل متحدث رسالة بالبريد الإلكتروني يُطلب منه فيها تأكيد مشاركته.
forum-propose-submit = إرسال الاقتراح
forum-proposals-closed = أُغلق باب الدعوة إلى اقتراح الجلسات.
forum-field-type = نوع الجلسة
forum-field-title = العنوان
forum-field-abstract = الملخص
forum-field-abstract-hint = 5000 حرف كحد أقصى. يُسمح باستخدام Markdown: *التأكيد*، والقوائم، والروابط.
forum-field-organisers = المنظمون
forum-field-organisers-hint = جهة منظِّمة واحدة في كل سطر.
forum-field-audience = العدد المتوقع من الحضور (أشخاص)
forum-field-action-lines = خطوط العمل
forum-field-sdgs = أهداف التنمية المستدامة
forum-field-languages = لغات الجلسة
forum-field-needs = الاحتياجات والمشاركة عن بُعد
forum-field-speakers = المتحدثون
forum-field-speakers-hint = اسم كل متحدث ومنظمته وبريده الإلكتروني ودوره؛ واترك الصفوف غير المستخدمة فارغة.
forum-speaker-name = اسم المتحدث
forum-speaker-organisation = منظمة المتحدث
forum-speaker-email = البريد الإلكتروني للمتحدث
forum-speaker-role = دور المتحدث
forum-speaker-is-confirmed = مؤكَّد
forum-speaker-not-confirmed = لم يُؤكَّد بعد
forum-proposals-title = اقتراحاتي للجلسات
forum-proposals-none = لا توجد اقتراحات بعد.
forum-proposal-edit = تعديل الاقتراح
forum-proposal-sent = أُرسل اقتراحك إلى الأمانة.
forum-proposal-saved = حُفظت تعديلاتك وأُرسلت إلى الأمانة.
forum-proposal-not-editable = لم يعد من الممكن تعديل هذا الاقتراح.
forum-proposal-stale = غيّر شخص آخر هذا الاقتراح في هذه الأثناء. أعد تحميله، ثم أدخل تعديلاتك مرة أخرى.
forum-speaker-confirm-title = تأكيد مشاركتك بصفة متحدث
forum-speaker-confirm-text = اقتُرح اسمك متحدثاً في إحدى جلسات منتدى القمة العالمية لمجتمع المعلومات. أكّد أنك ستشارك.
forum-speaker-confirm-submit = أؤكد
forum-speaker-confirmed = شكراً لك: تم تأكيد مشاركتك.
forum-speaker-token-invalid = رابط التأكيد هذا غير صالح.
forum-review-title = اقتراحات الجلسات
forum-review-of = اقتراحات الجلسات لمنتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-review-filter = الاقتراحات حسب الحالة
forum-review-decide = اتخاذ القرار
forum-review-action = القرار
forum-review-accept = قبول
forum-review-request-changes = طلب تعديلات
forum-review-decline = رفض
forum-review-comment = تعليق لمقدّم الاقتراح
forum-review-submit = تسجيل القرار
forum-review-comment-required = اشرح القرار لمقدّم الاقتراح في تعليق.
forum-review-comment-too-long = التعليق طويل جداً (5000 حرف كحد أقصى).
forum-merge-into = الدمج في الاقتراح
forum-merge-submit = دمج
forum-merge-target-invalid = اختر اقتراحاً مفتوحاً آخر من المنتدى نفسه لدمج هذا الاقتراح فيه.
forum-publish-blocked = لا يمكن نشر الجدول الزمني: لإحدى الجلسات فترة زمنية مستحيلة أو قاعة غير معروفة.
forum-publish-stale = نُشرت نسخة أخرى من الجدول الزمني في هذه الأثناء. أعد تحميل الجدول الزمني، ثم انشره مرة أخرى.
session-status-proposed = مقترَحة
session-status-changes-requested = طُلبت تعديلات
session-status-accepted = مقبولة
session-status-declined = مرفوضة
session-status-merged = مدمجة في اقتراح آخر
session-type-invalid = اختر أحد أنواع الجلسات.
session-type-code-invalid = استخدم من 2 إلى 40 من الأحرف الصغيرة أو الأرقام أو الشرطات.
abstract-required = صِف الجلسة في ملخص.
abstract-too-long = الملخص طويل جداً (5000 حرف كحد أقصى).
organisers-required = اذكر منظِّماً واحداً على الأقل.
organisers-too-long = 20 منظِّماً كحد أقصى، على ألا يتجاوز اسم كل منهم 200 حرف.
speaker-name-required = أدخل اسم كل متحدث.
speaker-organisation-required = أدخل منظمة كل متحدث.
speaker-too-long = اسم أحد المتحدثين أو اسم منظمته طويل جداً.
speaker-email-invalid = أدخل عنوان بريد إلكتروني صالحاً لكل متحدث.
speaker-role-invalid = اختر دوراً لكل متحدث.
speaker-duplicate = المتحدث نفسه مدرج مرتين.
speakers-too-many = 20 متحدثاً كحد أقصى.
session-languages-required = اختر لغة واحدة على الأقل.
expected-audience-invalid = أدخل العدد المتوقع من الحضور في شكل رقم من 0 إلى 10000.
review-action-invalid = اختر قراراً.
session-review-not-allowed = هذا القرار غير ممكن لاقتراح في هذه الحالة.
track-invalid = اختر مساراً.
time-invalid = أدخل الوقت بالصيغة HH:MM.
attendance-mode-invalid = اختر الحضور في الموقع أو المشاركة عن بُعد.
sessions-invalid = أدخل أرقام الجلسات مفصولة بفواصل.
mail-speaker-subject = منتدى القمة العالمية لمجتمع المعلومات: يرجى تأكيد مشاركتك متحدثًا في جلسة
mail-speaker-invited = اقتُرح اسمك للمشاركة في الجلسة «{ $title }» بصفة { $role }. يرجى تأكيد مشاركتك عبر هذا الرابط:
mail-proposal-accepted = قُبل اقتراحك لجلسة «{ $title }». وستدرجها الأمانة في جدول الأعمال.
mail-proposal-declined = رُفض اقتراحك لجلسة «{ $title }». تعليق الأمانة:
mail-proposal-changes = تطلب الأمانة إجراء تعديلات على اقتراحك لجلسة «{ $title }». تعليق الأمانة:

# محرر الجدول الزمني.
forum-schedule-title = محرر الجدول الزمني
forum-schedule-of = محرر الجدول الزمني لمنتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-schedule-publish = نشر الجدول الزمني
forum-schedule-never-published = لم يُنشر الجدول الزمني بعد.
forum-schedule-published-version = يعرض جدول الأعمال العام النسخة { $number }.
forum-schedule-note = ملاحظة لسجل التغييرات
forum-schedule-publish-submit = النشر في شكل نسخة جديدة
forum-schedule-conflicts = { $count ->
    [zero] لا توجد تعارضات
    [one] تعارض واحد
    [two] تعارضان
    [few] { $count } تعارضات
    [many] { $count } تعارضاً
   *[other] { $count } تعارض
}
forum-schedule-no-conflicts = لا يوجد أي تعارض في الجدول الزمني قيد الإعداد.
forum-schedule-sessions = الجلسات المقبولة
forum-schedule-unplaced = لم تُدرج بعد
forum-schedule-unplaced-count = لم تُدرج بعد ({ $count })
forum-schedule-has-conflict = فيها تعارض
forum-schedule-date = اليوم
forum-schedule-start = البداية (HH:MM)
forum-schedule-end = النهاية (HH:MM)
forum-schedule-place = إدراج
forum-schedule-unplace = الإزالة من الجدول الزمني
forum-schedule-place-anyway = الإدراج على الرغم من ذلك
forum-schedule-date-invalid = اختر أحد أيام المنتدى.
forum-schedule-blocked = لا يمكن استخدام هذه الفترة الزمنية.
forum-schedule-confirm-conflicts = يتسبب هذا الإدراج في التعارضات المبينة أدناه. أدرج الجلسة على الرغم من ذلك، أو اختر فترة زمنية أخرى.
forum-schedule-stale = غيّر شخص آخر هذه الجلسة في هذه الأثناء. أعد تحميل الجدول الزمني وحاول مرة أخرى.
forum-manage-schedule = محرر الجدول الزمني
forum-manage-proposals = اقتراحات الجلسات

# التسجيل وتسجيل الوصول والمشاركة.
forum-register-title = التسجيل
forum-register-of = التسجيل في منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-register-intro = سجّل للمشاركة في الموقع في جنيف أو عن بُعد. ويُعتمد فوراً موظفو الدول الأعضاء ووكالات الأمم المتحدة وأعضاء الاتحاد الدولي للاتصالات الذين يسجلون بعنوان البريد الإلكتروني لمنظمتهم؛ أما التسجيلات الأخرى فتوافق عليها الأمانة. ويصبح مكانك في الموقع محجوزاً لك بعد الموافقة على تسجيلك.
forum-register-mode = طريقة المشاركة
forum-register-category = فئة المشارك
forum-register-category-hint = تُعتمد الدول الأعضاء ووكالات الأمم المتحدة وأعضاء الاتحاد الدولي للاتصالات فوراً إذا سجّلت بعنوان البريد الإلكتروني لمنظمتك؛ وفي غير ذلك، وبالنسبة إلى الفئات الأخرى، توافق الأمانة على التسجيل.
forum-register-accessibility = احتياجات إمكانية النفاذ
forum-register-accessibility-hint = على سبيل المثال: مدخل خالٍ من الدرجات، أو لغة الإشارة، أو الشرح النصي، أو مقعد في الصفوف الأمامية.
forum-register-consent = أوافق على أن تحتفظ الأمانة بهذه البيانات لتنظيم المنتدى وإعداد إحصاءاته.
forum-register-submit = تسجيل
forum-register-badge = شارتك
forum-register-badge-text = اعرض هذا الرمز عند المدخل؛ وسيمسحه الموظفون ضوئياً أو يُدخلونه يدوياً.
forum-registrations-title = التسجيلات
forum-registrations-of = التسجيلات في منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-registrations-none = لا يوجد أي تسجيل يطابق عوامل التصفية هذه.
forum-registration-approve = موافقة
forum-registration-decline = رفض
forum-check-in-title = تسجيل الوصول
forum-check-in-of = تسجيل الوصول إلى منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-check-in-code = رمز الشارة أو الاسم
forum-check-in-hint = امسح رمز QR الموجود على الشارة ضوئياً، أو أدخل الرمز المطبوع تحته، أو اكتب جزءاً من الاسم أو عنوان البريد الإلكتروني أو المنظمة.
forum-check-in-submit = تسجيل الوصول
forum-participation-title = المشاركة
forum-participation-of = المشاركة في منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-participation-total = { $count ->
    [zero] لا يوجد مشاركون مسجلون (البلدان والمناطق: { $countries })
    [one] مشارك مسجل واحد (البلدان والمناطق: { $countries })
    [two] مشاركان مسجلان (البلدان والمناطق: { $countries })
    [few] { $count } مشاركين مسجلين (البلدان والمناطق: { $countries })
    [many] { $count } مشاركاً مسجلاً (البلدان والمناطق: { $countries })
   *[other] { $count } مشارك مسجل (البلدان والمناطق: { $countries })
}
forum-participation-by-mode = المشاركون في الموقع وعن بُعد
forum-participation-by-stakeholder = المشاركون حسب فئة أصحاب المصلحة
forum-participation-by-region = المشاركون حسب الإقليم
forum-participation-by-country = المشاركون حسب البلد أو المنطقة (أكبر 30 من أصل { $count })
forum-participation-other-region = أخرى
forum-participants = المشاركون
attendance-on-site = في الموقع
attendance-remote = عن بُعد
registration-category-member-state = دولة عضو
registration-category-un-agency = وكالة تابعة للأمم المتحدة
registration-category-itu-member = عضو في الاتحاد الدولي للاتصالات
registration-category-ngo = منظمة غير حكومية
registration-category-business = قطاع الأعمال
registration-category-academia = الأوساط الأكاديمية
registration-category-media = وسائط الإعلام
registration-category-individual = فرد
registration-status-pending = تسجيلك في انتظار موافقة الأمانة.
registration-status-approved = تمت الموافقة على تسجيلك.
registration-status-declined = رُفض تسجيلك.
registration-category-invalid = اختر فئة المشارك.
registration-status-invalid = اختر الموافقة أو الرفض.
registration-consent-required = للتسجيل، وافق على معالجة بياناتك.
registration-full = لم تعد هناك أماكن متاحة للمشاركة في الموقع في المنتدى. ولا يزال بإمكانك التسجيل للمشاركة عن بُعد.
registration-full-on-approval = لم يعد هناك مكان متاح للحضور في الموقع: فالتسجيلات الموافق عليها تستوفي سعة المنتدى. ارفض هذا التسجيل، أو ارفع سعة الدورة أولاً.
accreditation-heading = الاعتماد حسب نطاق البريد الإلكتروني
accreditation-domains-hint = نطاق واحد في كل سطر، مثل gov.ke. لا يُوافَق على التسجيل في هذه الفئة فوراً إلا إذا كان عنوان البريد الإلكتروني للشخص ضمن أحد هذه النطاقات (أو نطاق فرعي منها)؛ وأي تسجيل آخر ينتظر موافقتك.
accreditation-domain-invalid = أدخل أسماء نطاقات فقط، واحداً في كل سطر، مثل gov.ke.
accreditation-too-many = اذكر 100 نطاق كحد أقصى لكل فئة.
registration-already-decided = سبق اتخاذ قرار بشأن هذا التسجيل.
accessibility-too-long = وصف احتياجات إمكانية النفاذ طويل جداً (1000 حرف كحد أقصى).
check-in-unknown = لا يطابق هذا الرمز أي تسجيل في هذا المنتدى.
check-in-not-approved = لم تتم الموافقة على تسجيل { $name }.
check-in-already = سبق تسجيل وصول { $name } ({ $time }).
check-in-welcome = مرحباً، { $name } ({ $title }).
mail-registration-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: تسجيلك
mail-registration-approved = تم تأكيد تسجيلك في منتدى القمة العالمية لمجتمع المعلومات لعام { $year }. رمز شارتك:
mail-registration-pending = تلقينا تسجيلك في منتدى القمة العالمية لمجتمع المعلومات لعام { $year }. وستؤكده الأمانة بالبريد الإلكتروني.
mail-registration-declined = رُفض تسجيلك في منتدى القمة العالمية لمجتمع المعلومات لعام { $year }.
forum-manage-registrations = التسجيلات
forum-manage-check-in = تسجيل الوصول
forum-register-badge-pdf = تنزيل شارتك (PDF)
registration-badge-not-approved = تتاح شارتك بمجرد الموافقة على تسجيلك.

## أدوات تحرير المنتدى المخصصة للأمانة
forum-manage-nav = إعدادات المنتدى
forum-manage-settings = إعدادات المنتدى
forum-manage-title-edition = تفاصيل الدورة
forum-manage-tab-edition = الدورة
forum-manage-tab-rooms = القاعات
forum-manage-tab-phases = مراحل التشاور
forum-manage-tab-partners = الشركاء
forum-manage-tab-pages = صفحات الموقع الإلكتروني
forum-manage-tab-types = أنواع الجلسات
forum-manage-tab-editions = الدورات
forum-manage-saved = تم الحفظ.
forum-manage-removed = تمت الإزالة.
forum-manage-actions = الإجراءات
forum-manage-edit = تعديل { $name }
forum-manage-remove = إزالة { $name }
forum-manage-save = حفظ
forum-manage-add = إضافة
forum-manage-write = كتابة الصفحة
forum-manage-empty = لا يوجد شيء هنا بعد.
forum-manage-yes = نعم
forum-manage-no = لا
forum-manage-hours = ساعات العمل
forum-manage-add-room = إضافة قاعة
forum-manage-add-phase = إضافة مرحلة
forum-manage-add-partner = إضافة شريك
forum-manage-add-type = إضافة نوع جلسة
forum-manage-new-edition = إنشاء دورة
forum-manage-new-page = كتابة صفحة جديدة
forum-manage-pages-caption = الصفحات بكل لغة
forum-manage-missing = لم تُكتب بعد
forum-manage-builtin = مدمج
forum-manage-custom = أضافته الأمانة
forum-manage-origin = المصدر
forum-field-in-language = { $field } ({ $name })
forum-field-year = السنة
forum-field-theme = الموضوع
forum-field-starts-on = اليوم الأول
forum-field-ends-on = اليوم الأخير
forum-field-venue = مكان الانعقاد
forum-field-time-zone = المنطقة الزمنية
forum-field-time-zone-hint = المنطقة الزمنية لمكان الانعقاد باسمها في IANA، مثل Europe/Zurich.
forum-field-capacity = سعة الحضور في الموقع
forum-field-proposals-open = الدعوة إلى تقديم مقترحات الجلسات
forum-proposals-open-yes = مفتوحة
forum-proposals-open-no = مغلقة
forum-field-room-code = الرمز
forum-field-room-code-hint = حروف وأرقام وشرطات، ويُستخدم في عنوان القاعة.
forum-field-room-name = الاسم
forum-field-room-capacity = المقاعد
forum-field-room-features = التجهيزات
forum-room-feature-interpretation = مقصورات الترجمة الشفوية
forum-room-feature-captioning = الترجمة النصية
forum-room-feature-step-free = دخول بلا درجات
forum-field-opens = وقت الفتح
forum-field-closes = وقت الإغلاق
forum-field-clock-hint = التوقيت المحلي بصيغة HH:MM.
forum-field-phase-title = العنوان
forum-field-phase-starts = تاريخ البدء
forum-field-phase-ends = تاريخ الانتهاء (اختياري)
forum-field-tier = الفئة
forum-field-partner-name = الاسم
forum-field-partner-url = الموقع الإلكتروني
forum-field-page-slug = عنوان الصفحة
forum-field-page-slug-hint = حروف صغيرة وأرقام وشرطات، مثل about أو news.
forum-field-page-language = اللغة
forum-field-page-title = العنوان
forum-field-page-body = النص
forum-field-page-body-hint = بصيغة Markdown: عناوين وقوائم وروابط وتوكيد. تُزال النصوص البرمجية وشفرة HTML الخام.
forum-field-type-code = الرمز
forum-field-type-code-hint = حروف صغيرة وأرقام وشرطات، مثل youth-forum.
forum-field-track = الجزء
forum-field-type-name = الاسم
forum-track-high-level = الجزء الرفيع المستوى
forum-track-forum = جزء المنتدى
forum-text-required = املأ هذا الحقل.
forum-text-too-long = هذا النص طويل جداً.
forum-choice-invalid = اختر أحد الخيارات.
forum-number-required = أدخل رقماً.
forum-number-invalid = أدخل عدداً صحيحاً ضمن النطاق المسموح به.
forum-date-required = أدخل تاريخاً بصيغة 2019-04-08.
forum-url-required = أدخل عنوان الموقع الإلكتروني.
forum-ends-before-start = تاريخ الانتهاء يسبق تاريخ البدء.
forum-too-long = لا تتجاوز مدة المنتدى 14 يوماً.
forum-time-zone-invalid = أدخل اسم منطقة زمنية مثل Europe/Zurich.
forum-year-invalid = أدخل سنة بين 2003 و2100.
forum-year-taken = توجد بالفعل دورة لهذه السنة.
room-code-invalid = استخدم الحروف والأرقام والشرطات فقط، بحد أقصى 20 حرفاً.
room-code-taken = توجد قاعة أخرى في هذه الدورة تحمل هذا الرمز.
room-closes-before-opens = يجب أن يكون وقت إغلاق القاعة بعد وقت فتحها.
page-slug-invalid = استخدم الحروف الصغيرة والأرقام والشرطات فقط، بحد أقصى 40 حرفاً.
session-type-taken = هذا الرمز مستخدم بالفعل لنوع جلسة آخر.
forum-availability-title = أوقات إتاحتك خلال المنتدى
forum-availability-text = أبلغ الأمانة بالأوقات التي يمكنك التحدث فيها، حتى لا تُجدول جلساتك في أثناء غيابك. يمكنك تغيير ذلك لاحقاً من الرابط الوارد في رسالتك الإلكترونية.
forum-availability-legend = كل يوم من أيام المنتدى (بتوقيت مكان الانعقاد)
forum-availability-all = متاح طوال اليوم
forum-availability-morning = صباحاً فقط (حتى الساعة 13:00)
forum-availability-afternoon = بعد الظهر فقط (من الساعة 13:00)
forum-availability-none = غير متاح
forum-availability-saved = حُفظت أوقات إتاحتك.
forum-availability-invalid = اختر أحد الخيارات لكل يوم.
forum-documents-title = وثائق الجلسة
forum-documents-of = وثائق «{ $title }»
forum-documents-none = لا توجد وثائق بعد.
forum-proposal-documents = الوثائق
forum-document-remove = إزالة
forum-document-add = إضافة وثيقة
forum-document-problems = تعذّرت إضافة الوثيقة
forum-document-title = العنوان
forum-document-file = الملف
forum-document-file-hint = ملف PDF أو Word أو PowerPoint أو Excel أو OpenDocument، بحد أقصى 20 ميغابايت. تصبح الوثائق علنية عند قبول الجلسة.
forum-document-upload = تحميل
forum-document-saved = أُضيفت الوثيقة.
document-required = اختر ملفاً.
document-too-large = حجم الملف يتجاوز 20 ميغابايت.
document-type-invalid = هذا الملف ليس وثيقة PDF أو Office أو OpenDocument.
document-too-many = يمكن أن تضم الجلسة 10 وثائق على الأكثر. أزل وثيقة أولاً.
document-title-required = أعطِ الوثيقة عنواناً.
document-title-too-long = العنوان طويل جداً (200 حرف على الأكثر).
document-session-closed = لم يعد بالإمكان تغيير الوثائق: رُفضت الجلسة أو دُمجت.
document-size-kb = { $number } كيلوبايت
document-size-mb = { $number } ميغابايت
forum-camera-title = المسح بالكاميرا
forum-camera-text = ضع رمز الاستجابة السريعة الموجود على الشارة أمام الكاميرا؛ يُسجَّل حضور المشارك بمجرد قراءته.
forum-camera-start = تشغيل الكاميرا
forum-camera-stop = إيقاف الكاميرا
forum-camera-starting = جارٍ تشغيل الكاميرا…
forum-camera-scanning = جارٍ البحث عن رمز استجابة سريعة…
forum-camera-found = قُرئ الرمز. جارٍ تسجيل الحضور…
forum-camera-error = تعذّر تشغيل الكاميرا. اسمح للمتصفح باستخدامها، أو اكتب الرمز.
forum-camera-stopped = الكاميرا متوقفة.
forum-schedule-checking = جارٍ التحقق من هذه الفترة…
forum-schedule-slot-free = لا يوجد تعارض في هذه الفترة.
# Between the items of a list (speakers, languages, features).
list-separator = { "، " }
forum-speaker-name-heading = كيف يذكرك جدول الأعمال
forum-speaker-name-hint = اسمك ومنظمتك ملك لك: المقترحات التي تذكرك لا تغيّرهما. ويظهر التغيير في جدول الأعمال حين تنشره الأمانة في المرة القادمة.
forum-speaker-own-name = اسمك
forum-speaker-own-organisation = منظمتك
forum-speaker-name-saved = حُفظ: يذكرك جدول الأعمال المنشور هكذا الآن.

## The printable programme
programme-title = برنامج منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
programme-day-title = برنامج منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: { $day }
programme-version = النسخة { $number } من البرنامج، نُشرت في { $date }
programme-slot = { $start }–{ $end }
programme-session = الجلسة { $number }: { $title }
programme-speaker = { $name } ({ $organisation }، { $role })
programme-print = البرنامج للطباعة
programme-pdf = البرنامج الكامل (PDF)
programme-day-pdf = { $day } (PDF)
programme-print-label = البرنامج للطباعة:

## The secretariat's list of registrations and the check-in desk
registration-state-pending = في انتظار الموافقة
registration-state-approved = مُوافَق عليه
registration-state-declined = مرفوض
registration-field-name = الاسم
registration-field-organisation = المنظمة
registration-field-status = الحالة
registration-field-registered = تاريخ التسجيل
registration-field-checked-in = تسجيل الوصول
registration-checked-in-yes = تم تسجيل الوصول
registration-checked-in-no = لم يُسجَّل الوصول
registration-count = { $count ->
    [zero] لا توجد تسجيلات
    [one] تسجيل واحد
    [two] تسجيلان
    [few] { $count } تسجيلات
    [many] { $count } تسجيلاً
   *[other] { $count } تسجيل
}
registrations-search = الاسم أو عنوان البريد الإلكتروني أو المنظمة
registrations-needs-only = أصحاب احتياجات إمكانية النفاذ فقط
registrations-csv = تنزيل هذه التسجيلات (CSV)
registrations-choose = اختيار
registrations-bulk-label = بالنسبة إلى التسجيلات المختارة:
registrations-approve-chosen = الموافقة على التسجيلات المختارة
registrations-decline-chosen = رفض التسجيلات المختارة
registrations-actions = القرار
registrations-check-in-link = مكتب تسجيل الوصول
registrations-decided = اتُّخذ قرار بشأن التسجيلات المختارة، وأُرسلت رسالة بالبريد الإلكتروني إلى كل مشارك.
registrations-some-full = لا تزال بعض التسجيلات المختارة للحضور في الموقع في انتظار الموافقة: إذ لم يعد هناك مكان متاح لها. واتُّخذ قرار بشأن التسجيلات الأخرى.
registrations-some-skipped = سبق اتخاذ قرار بشأن بعض التسجيلات المختارة، فتُركت على حالها. واتُّخذ قرار بشأن التسجيلات الأخرى.
registrations-none-chosen = اختر تسجيلاً واحداً على الأقل أولاً.
registration-none-chosen = اختر تسجيلاً واحداً على الأقل.
check-in-matches = التسجيلات التي عُثر عليها لـ «{ $text }»
check-in-checked-in-at = تم تسجيل الوصول: { $time }
check-in-undo = إلغاء تسجيل الوصول
check-in-undone = أُلغي تسجيل الوصول.
check-in-not-checked-in = لم يُسجِّل هذا المشارك وصوله.
check-in-badge = طباعة الشارة مجدداً (PDF)
forum-participation-checked-in = { $count ->
    [zero] تسجيل الوصول إلى مكان الانعقاد: { $checked } من أصل { $count } مشارك في الموقع مُوافَق عليه.
    [one] تسجيل الوصول إلى مكان الانعقاد: { $checked } من أصل مشارك واحد في الموقع مُوافَق عليه.
    [two] تسجيل الوصول إلى مكان الانعقاد: { $checked } من أصل مشاركَين في الموقع مُوافَق عليهما.
    [few] تسجيل الوصول إلى مكان الانعقاد: { $checked } من أصل { $count } مشاركين في الموقع مُوافَق عليهم.
    [many] تسجيل الوصول إلى مكان الانعقاد: { $checked } من أصل { $count } مشاركاً في الموقع مُوافَقاً عليه.
   *[other] تسجيل الوصول إلى مكان الانعقاد: { $checked } من أصل { $count } مشارك في الموقع مُوافَق عليه.
}
registrations-too-many = اختر 200 تسجيل كحد أقصى في المرة الواحدة.
registration-too-many-chosen = اختر 200 تسجيل كحد أقصى في المرة الواحدة.
check-in-more = لا يُعرض سوى أول 20 تسجيلاً، فاكتب جزءاً أكبر من الاسم لتضييق نطاق البحث.

## The review of proposals (issue 11, item 2)
forum-review-status = الحالة
forum-score-summary = { $score } ({ $count ->
    [zero] لا توجد تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييماً
   *[other] { $count } تقييم
})
forum-score-none = لم يُقيَّم بعد
forum-speakers-confirmed-of = المؤكَّدون: { $confirmed } من أصل { $count }
forum-queue-search = البحث في العنوان أو الملخص أو المنظمين أو المتحدثين أو الرقم
forum-queue-sort = الترتيب
forum-queue-sort-number = حسب رقم الجلسة
forum-queue-sort-newest = أحدث الاقتراحات أولاً
forum-queue-sort-score-high = أعلى درجة أولاً
forum-queue-sort-score-low = أدنى درجة أولاً
forum-queue-sort-fewest-reviews = أقل عدد من التقييمات أولاً
forum-queue-sort-title = حسب العنوان
forum-queue-min-score = الدرجة
forum-queue-at-least = { $score } فأكثر
forum-queue-unscored = الاقتراحات التي لم أقيّمها فقط
forum-queue-csv = هذه الاقتراحات بصيغة CSV (جدول بيانات)
forum-queue-yours = تقييمك
forum-queue-scored = تم التقييم
forum-queue-not-scored = ليس بعد
forum-proposal-count = { $count ->
    [zero] لا توجد اقتراحات
    [one] اقتراح واحد
    [two] اقتراحان
    [few] { $count } اقتراحات
    [many] { $count } اقتراحاً
   *[other] { $count } اقتراح
}
forum-csv-id = الاقتراح
forum-csv-speakers = المتحدثون
forum-csv-score = الدرجة
forum-csv-reviews = التقييمات
forum-criterion-relevance = الصلة بخطوط العمل وأهداف التنمية المستدامة
forum-criterion-relevance-hint = مدى خدمة الجلسة لخطوط عمل القمة العالمية لمجتمع المعلومات وللأهداف التي تذكرها.
forum-criterion-quality = الجودة والوضوح
forum-criterion-quality-hint = مدى وضوح الملخص في عرض السؤال المطروح والنهج المتبع والنتيجة المتوقعة.
forum-criterion-diversity = تنوع المتحدثين
forum-criterion-diversity-hint = التوازن بين المتحدثين من حيث نوع الجنس والأقاليم وفئات أصحاب المصلحة.
forum-criterion-format = الشكل التفاعلي
forum-criterion-format-hint = كيف تُشرك الجلسة جمهورها، في الموقع وعبر الإنترنت.
forum-score-1 = 1 – ضعيف
forum-score-2 = 2 – مقبول
forum-score-3 = 3 – جيد
forum-score-4 = 4 – جيد جداً
forum-score-5 = 5 – ممتاز
forum-score-comment = تعليق للمقيّمين الآخرين
forum-score-comment-hint = لا يُرسل إلى مقدّم الاقتراح. 5000 حرف كحد أقصى.
forum-score-invalid = اختر درجة من 1 إلى 5.
forum-score-merged = دُمج هذا الاقتراح في اقتراح آخر، ولم يعد يُقيَّم.
forum-score-yours = درجاتك
forum-score-save = حفظ درجاتي
forum-review-comment-hint = يُرسل إلى مقدّم الاقتراح مع القرار؛ وهو مطلوب للرفض أو لطلب تعديلات.
forum-proposer = مقدّم الاقتراح
forum-yes = نعم
forum-no = لا
forum-none = لا يوجد
forum-field-remote = المشاركة عن بُعد
forum-event-proposed = قُدّم الاقتراح
forum-event-edited = عدّله مقدّم الاقتراح
forum-event-resubmitted = أُعيد إرساله بعد التعديلات
forum-event-accepted = قُبل
forum-event-declined = رُفض
forum-event-changes-requested = طُلبت تعديلات
forum-event-merged-into = دُمج في اقتراح آخر
forum-event-merged-from = دُمج فيه اقتراح آخر
forum-proposal-heading = الاقتراح رقم { $id }: { $title }
forum-documents-count = { $count ->
    [zero] لا توجد وثائق
    [one] وثيقة واحدة
    [two] وثيقتان
    [few] { $count } وثائق
    [many] { $count } وثيقةً
   *[other] { $count } وثيقة
}
forum-back-to-queue = العودة إلى الاقتراحات
forum-proposal-session-page = صفحة الجلسة في جدول الأعمال
forum-proposal-last-comment = آخر تعليق موجّه إلى مقدّم الاقتراح
forum-speaker-confirmation = التأكيد
forum-reviews = التقييمات
forum-reviewer = المقيِّم
forum-reviewed-on = تاريخ التقييم
forum-merge-heading = الدمج في اقتراح آخر
forum-history = السجل
forum-history-none = لم يُسجَّل شيء بعد.
forum-bulk-label = اتخاذ قرار بشأن الاقتراحات المختارة
forum-bulk-comment = تعليق لمقدّمي الاقتراحات (مطلوب للرفض)
forum-bulk-accept = قبول الاقتراحات المختارة
forum-bulk-decline = رفض الاقتراحات المختارة
forum-bulk-choose = اختيار
forum-bulk-none-chosen = اختر اقتراحاً واحداً على الأقل.
forum-bulk-too-many = اختر 200 اقتراح كحد أقصى في المرة الواحدة.
proposals-decided = اتُّخذ قرار بشأن الاقتراحات المختارة، وأُرسلت رسالة بالبريد الإلكتروني إلى كل مقدّم اقتراح.
proposals-some-skipped = تعذّر تطبيق هذا القرار على بعض الاقتراحات المختارة (لأنها مدمجة، أو سبق اتخاذ قرار بشأنها، أو غُيّرت في هذه الأثناء)، فتُركت على حالها. واتُّخذ قرار بشأن الاقتراحات الأخرى.
proposals-none-chosen = لم يُختر أي اقتراح: لم يُتخذ أي قرار.
proposals-too-many = لا يمكن اتخاذ قرار بشأن أكثر من 200 اقتراح في المرة الواحدة: لم يُتخذ أي قرار.
proposal-decided = سُجّل القرار، وأُرسلت رسالة بالبريد الإلكتروني إلى مقدّم الاقتراح.
proposal-merged = دُمجت الاقتراحات.
proposal-scored = حُفظت درجاتك.
mail-proposal-accepted-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: قُبل اقتراحك لجلسة
mail-proposal-declined-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: رُفض اقتراحك لجلسة
mail-proposal-changes-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: طُلب إجراء تعديلات على اقتراحك لجلسة
mail-session-placed = أُدرجت جلستك «{ $title }» في جدول الأعمال: { $when }، { $room }.
mail-session-placed-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: أُدرجت جلستك في جدول الأعمال
mail-session-moved = نُقلت جلستك «{ $title }». موعدها ومكانها الجديدان: { $when }، { $room } (بدلاً من { $was }، { $wasroom }).
mail-session-moved-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: نُقلت جلستك
mail-session-cancelled = لم تعد جلستك «{ $title }» مدرجة في جدول الأعمال. وإذا لم تتواصل معك الأمانة بعد، فستبلغك بالسبب.
mail-session-cancelled-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: لم تعد جلستك مدرجة في جدول الأعمال

## Speakers' invitations and profiles (issue 11, item 7)
mail-speaker-invited-forum = يُعقد منتدى القمة العالمية لمجتمع المعلومات لعام { $year } في { $venue } في الفترة { $dates }. وسيصلك بريد إلكتروني حين يحدّد جدول الأعمال تاريخ جلستك ووقتها وقاعتها. وإذا تعذّرت عليك المشاركة، فبإمكانك الاعتذار عبر الرابط نفسه.
mail-speaker-declined = اعتذر { $name } عن المشاركة بصفة { $role } في جلستك «{ $title }».
mail-speaker-declined-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: اعتذر أحد المتحدثين عن قبول دعوتك
mail-speaker-placed = أُدرجت الجلسة «{ $title }»، التي تشارك فيها بصفة { $role }، في جدول الأعمال: { $when }، { $room }.
mail-speaker-moved = نُقلت الجلسة «{ $title }»، التي تشارك فيها بصفة { $role }. موعدها ومكانها الجديدان: { $when }، { $room }.
mail-speaker-date-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: موعد جلستك وقاعتها
mail-speaker-cancelled = لم تعد الجلسة «{ $title }»، التي دُعيت إلى المشاركة فيها بصفة { $role }، مدرجة في جدول الأعمال.
mail-speaker-cancelled-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: لم تعد إحدى الجلسات التي تتحدث فيها مدرجة في جدول الأعمال
forum-speaker-invite = ندعوك إلى المشاركة بصفة { $role } في الجلسة «{ $title }» ضمن منتدى القمة العالمية لمجتمع المعلومات لعام { $year }.
forum-speaker-invite-when = الموعد والمكان: { $when }، { $room }.
forum-speaker-invite-unplaced = لم يُحدَّد بعد تاريخ الجلسة ووقتها وقاعتها: وسنبلغك بها بالبريد الإلكتروني.
forum-speaker-confirm-after-all = أصبح بإمكاني المشاركة
forum-speaker-decline-submit = لا أستطيع المشاركة
forum-speaker-declined = اعتذرت عن قبول هذه الدعوة. وقد أُبلغ المنظمون بذلك.
forum-speaker-has-declined = اعتذر عن المشاركة
forum-speaker-bio = سيرة ذاتية موجزة
forum-speaker-bio-hint = تظهر مع اسمك في صفحة الجلسة فور حفظها. 1500 حرف كحد أقصى.
speaker-bio-too-long = السيرة الذاتية طويلة جداً (1500 حرف كحد أقصى).
forum-event-speaker-declined = اعتذر أحد المتحدثين

## Messages to speakers, organisers and participants (issue 11, item 5)
forum-manage-messages = رسائل إلى المتحدثين والمنظمين والمشاركين
forum-messages-title = الرسائل
forum-messages-of = رسائل منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-messages-intro = اكتب إلى المتحدثين أو المنظمين أو المشاركين المسجلين في هذا المنتدى. ويتلقى كل شخص النص بلغته إن كنت قد كتبته بها، وإلا فباللغة الإنكليزية (أو باللغة الأولى التي كتبته بها). احسب عدد المستلمين أولاً، ثم أرسل الرسالة.
forum-message-audience = المستلمون
forum-message-audience-speakers = جميع المتحدثين في الجلسات المقبولة (باستثناء من اعتذروا عن المشاركة)
forum-message-audience-organisers = منظمو جميع الجلسات المقبولة
forum-message-audience-participants = المشاركون المسجلون، وفق ما يُختار أدناه
forum-message-participants-filter = أيّ المشاركين (في حال توجيه الرسالة إلى المشاركين)
forum-message-versions = الرسالة
forum-message-versions-hint = اكتبها بأكبر عدد ممكن من اللغات الست، وبلغة واحدة على الأقل؛ 10000 حرف كحد أقصى لكل لغة.
forum-message-text = النص
forum-message-count = حساب عدد المستلمين
forum-message-send = الإرسال الآن
forum-message-will-reach = { $count ->
    [zero] لن تصل هذه الرسالة إلى أي شخص.
    [one] ستصل هذه الرسالة إلى شخص واحد.
    [two] ستصل هذه الرسالة إلى شخصين.
    [few] ستصل هذه الرسالة إلى { $count } أشخاص.
    [many] ستصل هذه الرسالة إلى { $count } شخصاً.
   *[other] ستصل هذه الرسالة إلى { $count } شخص.
}
forum-message-recipients = { $count ->
    [zero] لا يوجد أي شخص
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصاً
   *[other] { $count } شخص
}
forum-message-required = اكتب الرسالة بلغة واحدة على الأقل.
forum-message-too-long = النص طويل جداً (10000 حرف كحد أقصى).
forum-message-audience-invalid = اختر مستلمي الرسالة.
forum-message-nobody = لا يوجد أحد يطابق هؤلاء المستلمين: لم يُرسَل شيء.
forum-message-too-many = يطابق ذلك أكثر من 20000 شخص: اختر عدداً أقل من المستلمين.
forum-message-count-changed = تغيّر عدد المستلمين منذ أن حسبته: تحقّق من العدد الجديد، ثم أعد الإرسال.
forum-message-sent = أُدرجت الرسالة في قائمة الانتظار لإرسالها إلى كل مستلم.
forum-messages-sent = الرسائل المرسلة
forum-messages-none = لم تُرسَل أي رسالة بعد.
forum-message-sent-on = تاريخ الإرسال
forum-message-sent-by = المرسِل
forum-message-filter = عامل تصفية المشاركين
forum-message-reached = أُرسلت إلى
forum-message-heading = الرسالة رقم { $id }
forum-messages-back = العودة إلى الرسائل
forum-speakers-remind-heading = المتحدثون الذين لم يردّوا
forum-speakers-remind-text = يُرسَل تلقائياً إلى المتحدثين الذين لم يؤكدوا دعوتهم ولم يعتذروا عنها منذ أسبوع تذكيرٌ مرفق برابط جديد (ويتوقف الرابط القديم عن العمل)، بما لا يتجاوز مرة واحدة في الأسبوع لكل متحدث. ويمكنك تذكيرهم الآن.
forum-speakers-remind-submit = التذكير الآن
forum-speakers-reminded = أُرسل تذكير إلى المتحدثين الذين لم يردّوا منذ أسبوع.
mail-forum-message-speakers-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: رسالة من الأمانة إلى المتحدثين
mail-forum-message-organisers-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: رسالة من الأمانة إلى منظمي الجلسات
mail-forum-message-participants-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: رسالة من الأمانة إلى المشاركين
mail-speaker-reminder = دُعيت إلى المشاركة بصفة { $role } في الجلسة «{ $title }» ضمن منتدى القمة العالمية لمجتمع المعلومات لعام { $year }، ولم تردّ بعد. يرجى تأكيد مشاركتك، أو الاعتذار إن تعذّرت عليك المشاركة، عبر هذا الرابط الجديد (لم يعد الرابط السابق صالحاً):
mail-speaker-reminder-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: يرجى الرد على دعوتك إلى المشاركة متحدثاً

## The schedule editor as a grid (issue 11, item 3)
forum-schedule-grid-of = شبكة الجدول الزمني لمنتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-grid-open = الجدول الزمني في شكل شبكة (القاعات حسب الوقت)
forum-grid-intro = القاعات أفقياً وأنصاف الساعات عمودياً، بتوقيت مكان الانعقاد. اختر جلسة («اختيار» في قائمة الجلسات التي لم تُدرج بعد، أو «نقل» في الشبكة)، ثم اضغط زر خانة شاغرة؛ ويمكنك باستخدام الفأرة سحب الجلسة إلى خانة. وتظهر التعارضات في الخانات.
forum-grid-list-view = الجدول الزمني في شكل قائمة
forum-grid-undo = إلغاء آخر نقل قمت به
forum-grid-undone = أُلغي آخر نقل قمت به.
forum-grid-nothing-to-undo = لم يعد هناك أي نقل قمت به يمكن إلغاؤه.
forum-grid-placing = الجلسة الجاري إدراجها: { $title }
forum-grid-choose-cell = اختر خانة شاغرة أدناه: يُدرج الزر الموجود فيها الجلسة في تلك الخانة.
forum-grid-length = المدة
forum-grid-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] { $count } دقيقة
    [two] { $count } دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقةً
   *[other] { $count } دقيقة
}
forum-grid-length-apply = استخدام هذه المدة
forum-grid-cancel = عدم اختيار أي جلسة
forum-grid-search = العنوان أو الرقم
forum-grid-choose = اختيار
forum-grid-move = نقل
forum-grid-caption = الجلسات حسب القاعة والوقت
forum-grid-time = الوقت
forum-grid-closed = القاعة مغلقة
forum-grid-place-here = الإدراج هنا: { $room }، { $time }
forum-rooms-copy = نسخ القاعات
forum-rooms-copy-heading = قاعات الدورة السابقة
forum-rooms-copied = نُسخت قاعات الدورة السابقة (تلك التي لم يكن رمزها موجوداً بعد في هذه الدورة).
forum-rooms-nothing-to-copy = لا توجد دورة سابقة فيها قاعات يمكن نسخها.
forum-event-moved = أُدرج في الجدول الزمني قيد الإعداد أو نُقل فيه أو أُزيل منه

## Speakers' photos (issue 11, item 7)
forum-speaker-photo-heading = صورتك
forum-speaker-photo-hint = تظهر بجانب اسمك في صفحة الجلسة فور حفظها. صورة بتنسيق JPEG أو PNG أو WebP لا يتجاوز حجمها 8 ميغابايت؛ وتُزال منها بيانات الموقع وبيانات آلة التصوير.
forum-speaker-photo-current = صورتك كما يعرضها جدول الأعمال
forum-speaker-photo-file = الصورة
forum-speaker-photo-upload = رفع الصورة
forum-speaker-photo-remove = إزالة صورتي
forum-speaker-photo-saved = حُفظت صورتك.
forum-speaker-photo-removed = أُزيلت صورتك.

## Review fixes (issue 11)
proposals-comment-needed = يتطلب الرفض تعليقاً لمقدّمي الاقتراحات: لم يُتخذ أي قرار.
forum-grid-undo-stale = نُقلت تلك الجلسة مرة أخرى منذ النقل الذي قمت به، ولذلك لم يُلغَ هذا النقل (ولم يعد محفوظاً).
forum-grid-undo-blocked = لم يُلغَ النقل الذي قمت به: فالمكان السابق للجلسة مشغول الآن (إذ إن قاعتها أو أحد المتحدثين غير متاح في ذلك الوقت).
forum-message-filter-none = جميع التسجيلات باستثناء التسجيلات المرفوضة

## Translations of what the public reads (issue 11, item 8)
forum-manage-translations = الترجمات
forum-translations-title = الترجمات
forum-translations-of = الترجمات: منتدى القمة العالمية لمجتمع المعلومات لعام { $year }
forum-translations-intro = يمكن قراءة مكان الانعقاد وأسماء القاعات والشركاء وعنوان كل جلسة وملخصها باللغات الست جميعها. وحيثما تنقص ترجمة، تعرض الصفحات النص الأصلي مع الإشارة إلى لغته.
forum-translations-names-in = لغة أسماء مكان الانعقاد والقاعات والشركاء
forum-translations-names = مكان الانعقاد والقاعات والشركاء
forum-translation-room = القاعة { $room }
forum-translation-name = الاسم
forum-translation-title = العنوان
forum-translation-abstract = الملخص (Markdown)
forum-translations-sessions = الجلسات المقبولة
forum-translations-reads-in = متاحة باللغات
forum-translations-translate = ترجمة
forum-translations-no-sessions = لم تُقبل أي جلسة بعد.
forum-translations-save = حفظ الترجمات
forum-translations-saved = حُفظت الترجمات: وهي تظهر الآن في الصفحات المنشورة.
forum-translations-back = جميع ترجمات هذه الدورة
forum-translations-session-title = ترجمات جلسة
forum-translations-session-of = ترجمات الجلسة { $number }
forum-translations-session-intro = اترك لغةً ما فارغةً ليُعرض فيها النص الأصلي.
forum-translations-written-in = لغة العنوان والملخص
forum-proposal-translations = ترجمة العنوان والملخص
translation-too-long = هذه الترجمة طويلة جداً.
translation-original-language = هذه هي لغة النص الأصلي الذي يُعرض بها: اترك هذا الحقل فارغاً.
forum-pick-queued-title = محفوظ على هذا الجهاز
forum-pick-queued-text = أنت غير متصل بالإنترنت. اختيارك لجدول أعمالك محفوظ على هذا الجهاز وسيُرسل عند عودة الاتصال.
forum-pick-queued-back = العودة إلى جدول الأعمال
forum-registrations-remind-heading = تسجيلات لم تكتمل
forum-registrations-remind-text = يتلقى تلقائيًا من فتح استمارة التسجيل منذ يوم أو أكثر دون إرسالها تذكيرًا واحدًا بلغته. يمكنك تذكيرهم الآن.
forum-registrations-remind-submit = ذكّرهم الآن بإكمال التسجيل
forum-registrations-reminded = أُرسل تذكير إلى من لم يُكملوا تسجيلهم.
mail-registration-unfinished = بدأت التسجيل في منتدى القمة العالمية لمجتمع المعلومات لعام { $year } لكنك لم ترسل الاستمارة، لذا لم يكتمل تسجيلك بعد. يمكنك إكماله هنا:
mail-registration-unfinished-subject = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: لم يكتمل تسجيلك
