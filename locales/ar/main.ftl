# The WSIS Platform – Arabic interface strings (منصة القمة العالمية لمجتمع المعلومات).
# Every other language file has the same keys (a test checks it).

## Site frame
site-name = منصة القمة العالمية لمجتمع المعلومات
site-tagline = القمة العالمية لمجتمع المعلومات: تكنولوجيا المعلومات والاتصالات من أجل تحقيق أهداف التنمية المستدامة
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = الأقسام الرئيسية
nav-home = الصفحة الرئيسية
nav-stocktaking = الحصر
nav-forum = المنتدى
nav-outcomes = النتائج
nav-prizes = الجوائز
nav-action-lines = خطوط العمل
nav-sdgs = أهداف التنمية المستدامة
account-nav-label = حسابك
language-switcher-label = اللغة
footer-about = منصة القمة العالمية لمجتمع المعلومات برمجية مفتوحة المصدر لعملية القمة العالمية لمجتمع المعلومات المتعددة أصحاب المصلحة.
footer-api = البيانات المفتوحة وواجهة برمجة التطبيقات (API)
footer-licence = نصوص أهداف التنمية المستدامة: open-sdg/sdg-translations (MIT). أسماء البلدان: i18n-iso-countries (MIT).

## Home page
home-title = منصة القمة العالمية لمجتمع المعلومات
home-intro = مكان واحد لعملية القمة العالمية لمجتمع المعلومات على مدار العام: حصر أنشطة تسخير تكنولوجيا المعلومات والاتصالات لأغراض التنمية، ومنتدى القمة ونتائجه، وجوائز القمة، باللغات الرسمية الست للأمم المتحدة.
home-sections-heading = الأقسام
home-stocktaking-text = سجل عام لمشاريع وبرامج ومبادرات تسخير تكنولوجيا المعلومات والاتصالات لأغراض التنمية المقدمة من جميع أصحاب المصلحة، مرتبطة بخطوط عمل القمة وبأهداف التنمية المستدامة.
home-forum-text = منتدى القمة العالمية لمجتمع المعلومات: المشاورة المفتوحة، والدعوة إلى اقتراح الجلسات، وجدول الأعمال، والتسجيل، والمشاركة عن بُعد.
home-outcomes-text = نتائج الجلسات، والوثيقة الختامية، ونتائج الجزء الرفيع المستوى، ومصفوفة القمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة.
home-prizes-text = جوائز القمة العالمية لمجتمع المعلومات: الترشيحات، واستعراض الخبراء، والتصويت العام عبر الإنترنت، والأبطال والفائزون في 18 فئة.
home-framework-heading = الإطار
home-framework-text = خطوط العمل: { $actionLines }؛ أهداف التنمية المستدامة: { $goals } (الغايات: { $targets })؛ البلدان والمناطق: { $countries }.
section-empty = لم يُنشر أي شيء هنا بعد.
section-open = فتح { $section }

## Section pages
stocktaking-title = حصر أنشطة القمة العالمية لمجتمع المعلومات
forum-title = منتدى القمة العالمية لمجتمع المعلومات
outcomes-title = النتائج
prizes-title = جوائز القمة العالمية لمجتمع المعلومات

## Taxonomy pages
action-lines-title = خطوط عمل القمة العالمية لمجتمع المعلومات
action-lines-intro = خطوط العمل الأحد عشر الواردة في خطة عمل جنيف. ويضم خط العمل C7 ثمانية خطوط فرعية. ويمثل كل خط عمل أيضاً فئة من فئات جوائز القمة.
action-line-code = الرمز
action-line-name = خط العمل
prize-category = فئة الجائزة
prize-category-number = الفئة { $number }
facilitators = الميسّرون
facilitator-role-lead = الميسّر الرئيسي
facilitator-role-co_facilitator = الميسّر المشارك
facilitator-role-partner = الشريك
sdgs-title = أهداف التنمية المستدامة
sdgs-intro = أهداف خطة عام 2030 السبعة عشر وغاياتها الـ 169، التي يرتبط بها كل نشاط من أنشطة القمة العالمية لمجتمع المعلومات.
sdg-goal = الهدف { $number }
sdg-targets = الغايات ({ $count })

## Forms: common
form-errors-heading = { $count ->
    [zero] لا توجد مشكلات فيما أدخلته
    [one] توجد مشكلة واحدة فيما أدخلته
    [two] توجد مشكلتان فيما أدخلته
    [few] توجد { $count } مشكلات فيما أدخلته
    [many] توجد { $count } مشكلة فيما أدخلته
   *[other] توجد { $count } مشكلة فيما أدخلته
}
form-required = (مطلوب)
form-optional = (اختياري)
form-choose = اختر…
form-save = حفظ
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = 10 أحرف على الأقل.
field-password-confirm = أعد إدخال كلمة المرور
field-name = الاسم الكامل
field-organisation = المنظمة
field-stakeholder-type = فئة أصحاب المصلحة
field-country = البلد أو المنطقة
field-language = اللغة المفضلة

## Field errors
email-required = أدخل عنوان بريدك الإلكتروني.
email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org.
email-taken = عنوان البريد الإلكتروني هذا مسجل بالفعل. سجّل الدخول أو أعد تعيين كلمة المرور.
password-required = أدخل كلمة مرور.
password-too-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
password-too-long = يجب ألا تتجاوز كلمة المرور 256 حرفاً.
password-mismatch = كلمتا المرور غير متطابقتين.
password-wrong = كلمة المرور الحالية غير صحيحة.
name-required = أدخل اسمك.
name-too-long = يجب ألا يتجاوز الاسم 100 حرف.
organisation-required = أدخل اسم المنظمة.
organisation-too-long = يجب ألا يتجاوز اسم المنظمة 200 حرف.
text-invalid-characters = احذف أحرف التحكم من هذا النص (فاصل أسطر في حقل من سطر واحد، أو حرف غير مرئي يعكس اتجاه النص).
stakeholder-type-invalid = اختر فئة أصحاب المصلحة من القائمة.
country-invalid = اختر بلداً أو منطقة من القائمة.
language-invalid = اختر إحدى اللغات الست.
role-invalid = اختر دوراً من القائمة.
action-line-invalid = اختر خط عمل من القائمة.
facilitator-role-invalid = اختر دور الميسّر من القائمة.
agency-required = أدخل اسم الوكالة.
agency-too-long = يجب ألا يتجاوز اسم الوكالة 100 حرف.
facilitator-exists = هذه الوكالة تتولى بالفعل تيسير خط العمل هذا.
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-unverified = أكّد عنوان بريدك الإلكتروني أولاً باتباع الرابط الذي أرسلناه إليك.

## Accounts
signup-title = إنشاء حساب
signup-intro = يتيح لك الحساب تقديم الأنشطة واقتراح الجلسات والتسجيل في المنتدى والتصويت.
signup-submit = إنشاء الحساب
signup-have-account = لديك حساب بالفعل؟ سجّل الدخول.
signup-done-title = تحقق من بريدك الإلكتروني
signup-done-text = أرسلنا رابطاً إلى { $email }. اتبعه لتأكيد عنوانك، ثم سجّل الدخول.
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-no-account = ليس لديك حساب بعد؟ أنشئ حساباً.
logout-submit = تسجيل الخروج
verify-title = تم تأكيد عنوان البريد الإلكتروني
verify-ok = شكراً لك: تم تأكيد عنوان بريدك الإلكتروني. يمكنك الآن تسجيل الدخول.
verify-failed-title = لا يمكن استخدام هذا الرابط
verify-failed = الرابط غير صالح أو انتهت صلاحيته أو سبق استخدامه. اطلب رابطاً جديداً أدناه.
verify-resend-title = إرسال رابط تأكيد جديد
verify-resend-intro = أدخل عنوان البريد الإلكتروني لحسابك وسنرسل إليك رابط تأكيد جديدًا.
verify-resend-submit = إرسال الرابط
verify-resend-done = إذا كان هناك حساب غير مؤكد يستخدم هذا العنوان، فإن رابطاً جديداً في طريقه إليه.
forgot-title = إعادة تعيين كلمة المرور
forgot-intro = أدخل عنوان البريد الإلكتروني لحسابك وسنرسل إليك رابطاً لاختيار كلمة مرور جديدة.
forgot-submit = إرسال رابط إعادة التعيين
forgot-done = إذا كان هناك حساب يستخدم هذا العنوان، فإن رابط إعادة التعيين في طريقه إليه. والرابط صالح لمدة ساعة واحدة.
reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور الخاصة بك وتسجيل الخروج من جلساتك الأخرى. يمكنك الآن تسجيل الدخول.
account-title = حسابك
account-profile-heading = الملف الشخصي
account-roles-heading = أدوارك
account-created = تاريخ إنشاء الحساب
account-saved = تم حفظ ملفك الشخصي.
account-password-heading = تغيير كلمة المرور
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
account-password-submit = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور الخاصة بك.
account-verified = مؤكَّد
account-unverified = لم يُؤكَّد بعد

## Roles
role-administrator = مدير النظام
role-secretariat = الأمانة
role-facilitator = ميسّر
role-organiser = منظم جلسة
role-stakeholder = صاحب مصلحة
role-participant = مشارك

## Administration
admin-title = الإدارة
admin-users-title = الحسابات والأدوار
admin-users-count = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حساباً
   *[other] { $count } حساب
}
admin-roles-for = أدوار { $name }
admin-roles-save = حفظ الأدوار
admin-roles-saved = تم حفظ أدوار { $name }.
admin-facilitators-title = ميسّرو خطوط العمل
admin-facilitators-add = إضافة ميسّر
field-action-line = خط العمل
field-agency = الوكالة
field-facilitator-role = الدور
admin-facilitator-added = تمت إضافة الميسّر.
admin-facilitator-removed = تمت إزالة الميسّر.
admin-remove = إزالة
admin-remove-label = إزالة { $agency } من { $line }
table-email = البريد الإلكتروني
table-name = الاسم
table-roles = الأدوار
table-status = الحالة
table-actions = الإجراءات
pagination-label = الصفحات
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية

## Error pages
error-403-title = تم رفض الوصول
error-403-text = ليس لديك الدور اللازم للوصول إلى هذه الصفحة.
error-403-csrf = انتهت صلاحية النموذج. ارجع إلى الصفحة السابقة وأعد تحميلها ثم حاول مرة أخرى.
error-401-text = سجّل الدخول لعرض هذه الصفحة.
error-404-title = الصفحة غير موجودة
error-404-text = لا توجد صفحة على هذا العنوان. ربما نُقلت إلى مكان آخر.
error-405-title = الطريقة غير مسموح بها
error-405-text = لا يقبل هذا العنوان هذا النوع من الطلبات.
error-413-title = حجم البيانات كبير جداً
error-413-text = حجم ما أرسلته يتجاوز الحد الذي تقبله المنصة.
error-400-title = طلب غير صالح
error-400-text = تعذّر فهم الطلب.
error-429-title = محاولات كثيرة جداً
error-429-text = محاولات كثيرة جداً في وقت قصير. انتظر بضع دقائق ثم حاول مرة أخرى.
error-500-title = حدث خطأ ما
error-500-text = تعذّر على المنصة إتمام طلبك. وقد أُبلغ الفريق بذلك. يرجى المحاولة مرة أخرى لاحقاً.
error-503-title = غير متاحة مؤقتاً
error-503-text = المنصة غير متاحة مؤقتاً. يرجى المحاولة مرة أخرى بعد قليل.
error-back-home = الانتقال إلى الصفحة الرئيسية

## E-mail
mail-greeting = عزيزي/عزيزتي { $name }،
mail-signature = فريق منصة القمة العالمية لمجتمع المعلومات
mail-verify-subject = أكّد عنوان بريدك الإلكتروني لمنصة القمة العالمية لمجتمع المعلومات
mail-verify-body = يرجى تأكيد عنوان بريدك الإلكتروني بفتح هذا الرابط في غضون 48 ساعة:
mail-reset-subject = إعادة تعيين كلمة المرور الخاصة بك في منصة القمة العالمية لمجتمع المعلومات
mail-reset-body = طلب أحدهم إعادة تعيين كلمة المرور لحسابك. إذا كنت أنت من طلب ذلك، فافتح هذا الرابط في غضون ساعة واحدة:
mail-reset-ignore = إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة المرور الخاصة بك كما هي.
mail-signup-exists-subject = حسابك في منصة القمة العالمية لمجتمع المعلومات
mail-signup-exists-body = حاول شخص ما، ربما أنت، التسجيل في منصة القمة العالمية لمجتمع المعلومات باستخدام عنوان البريد الإلكتروني هذا. لهذا العنوان حساب بالفعل: سجّل الدخول من هنا.
mail-signup-exists-forgot = إذا نسيت كلمة المرور، فاختر كلمة مرور جديدة من هنا:

## Stocktaking
stocktaking-results = { $count ->
    [zero] لا توجد إدخالات
    [one] إدخال واحد
    [two] إدخالان
    [few] { $count } إدخالات
    [many] { $count } إدخالاً
   *[other] { $count } إدخال
}
stocktaking-new-title = تقديم نشاط
stocktaking-edit-title = تعديل نشاطك
stocktaking-mine-title = إدخالاتك
stocktaking-mine-empty = لم تقدّم أي نشاط بعد.
stocktaking-search-label = البحث في الأنشطة
stocktaking-search-hint = يُعثر على الأنشطة التي تحتوي على جميع كلماتك، وكلمة OR بين كلمتين تجد أيًّا منهما. ضع العبارة بين "علامتي تنصيص"؛ والكلمة المسبوقة بعلامة ناقص (-كلمة) تستبعد الأنشطة التي تحتوي عليها.
stocktaking-sort-label = الترتيب
stocktaking-sort-relevance = الأكثر صلة أولاً
stocktaking-sort-newest = الأحدث أولاً
stocktaking-search-submit = بحث
stocktaking-refine = تضييق النتائج
stocktaking-active-filters = عوامل التصفية المطبّقة
stocktaking-remove-filter = (إزالة عامل التصفية هذا)
stocktaking-updated = آخر تغيير
stocktaking-is-public = متاح للعموم
stocktaking-edit = تعديل
facet-action_line = خط العمل
facet-c7_subline = الخط الفرعي لخط العمل C7
facet-sdg = هدف التنمية المستدامة
facet-target = غاية من غايات أهداف التنمية المستدامة
facet-country = البلد أو المنطقة
facet-region = الإقليم
facet-stakeholder_type = فئة أصحاب المصلحة
facet-activity_type = نوع النشاط
facet-status = المرحلة
facet-year = سنة البدء
facet-call = الدعوة
facet-language = لغات النشاط
search-facet-unknown = يشير أحد المرشحات إلى جانب غير موجود. الجوانب المتاحة هي: action_line، c7_subline، sdg، target، country، region، stakeholder_type، activity_type، status، year، call، language.
search-filter-invalid = أحد المرشحات غير مكتوب بالصيغة جانب:قيمة (مثل sdg:4)، أو أن قيمته طويلة جدًا.
search-filters-too-many = عدد المرشحات كبير جدًا: 40 مرشحًا على الأكثر إجمالًا، و20 قيمة على الأكثر للجانب الواحد.
search-query-too-long = نص البحث طويل جدًا: 200 حرف على الأكثر.
search-page-invalid = يجب أن يكون رقم الصفحة عددًا صحيحًا من 1 إلى 10000.
search-limit-invalid = يجب أن يكون عدد النتائج في الصفحة عددًا صحيحًا من 1 إلى 100.
search-sort-invalid = رتّب حسب الصلة أو حسب الأحدث.
activity-type-project = مشروع
activity-type-programme = برنامج
activity-type-training = تدريب
activity-type-conference = مؤتمر أو فعالية
activity-type-website = موقع شبكي أو بوابة
activity-type-guideline = مبادئ توجيهية أو سياسة
activity-type-toolkit = مجموعة أدوات
activity-type-other = غير ذلك
activity-status-planned = مخطط له
activity-status-ongoing = جارٍ
activity-status-completed = مكتمل
entry-status-draft = مسودة
entry-status-submitted = في انتظار الاستعراض
entry-status-published = منشور
entry-status-returned = مُعاد لإجراء تعديلات
entry-status-rejected = مرفوض
coverage-national = وطني
coverage-regional = إقليمي
coverage-international = دولي
entry-section-about = عن النشاط
entry-section-organisation = الجهة المنفذة
entry-field-title = العنوان
entry-field-description = الوصف
entry-description-hint = صِف النشاط ونتائجه وأثره. يمكنك استخدام Markdown (التأكيد، والقوائم، والروابط).
entry-field-language = لغة هذا النص
entry-field-activity-type = نوع النشاط
entry-field-status = مرحلة النشاط
entry-field-start = تاريخ البدء
entry-field-end = تاريخ الانتهاء
entry-field-dates = التواريخ
entry-field-website = الموقع الشبكي
entry-field-contact = البريد الإلكتروني للاتصال
entry-field-organisation = المنظمة
entry-field-partners = الشركاء
entry-partners-hint = شريك واحد في كل سطر.
entry-field-coverage = النطاق
entry-field-countries = البلدان أو المناطق (النطاق الوطني)
entry-field-regions = الأقاليم (النطاق الإقليمي)
entry-multi-hint = اضغط باستمرار على مفتاح Ctrl (أو Cmd) لاختيار أكثر من عنصر.
entry-field-action-lines = خطوط عمل القمة العالمية لمجتمع المعلومات
entry-field-sdgs = أهداف التنمية المستدامة
entry-targets-hint = ضع علامة على كل هدف يدعمه النشاط؛ ويمكنك إضافة غايات (مثل 4.4، 4.a) ومبرر موجز.
entry-field-languages = اللغات التي يُنفَّذ بها النشاط
entry-rationale = السبب (مبرر موجز)
entry-targets = الغايات، مثل 4.4، 4.a
entry-save-draft = حفظ
entry-submit = حفظ وتقديم للاستعراض
entry-returned-comment = أعادت الأمانة هذا الإدخال مع هذه الملاحظات
entry-submit-as-is = إرسال للمراجعة
entry-pending-edit = توجد نسخة أحدث في انتظار الاستعراض؛ ولا يزال الجمهور يرى النسخة المنشورة
entry-published-on = نُشر في
entry-history = السجل
entry-event-submit = قُدّم للاستعراض
entry-event-publish = نُشر
entry-event-return = أُعيد لإجراء تعديلات
entry-event-reject = رُفض
title-required = أدخل عنواناً.
title-too-long = يجب ألا يتجاوز العنوان 200 حرف.
description-required = أدخل وصفاً.
description-too-long = يجب ألا يتجاوز الوصف 10000 حرف.
activity-type-invalid = اختر نوع النشاط من القائمة.
activity-status-invalid = اختر مرحلة النشاط.
entry-status-invalid = اختر حالة من القائمة.
coverage-invalid = اختر نطاقاً وطنياً أو إقليمياً أو دولياً.
partners-invalid = أدرج 50 شريكاً على الأكثر، على ألا يتجاوز اسم كل منهم 200 حرف.
countries-required = اختر بلداً أو منطقة واحدة على الأقل للنطاق الوطني.
regions-required = اختر إقليماً واحداً على الأقل للنطاق الإقليمي.
region-invalid = اختر الأقاليم من القائمة.
action-line-c7-needs-subline = بالنسبة إلى خط العمل C7، اختر أحد خطوطه الفرعية الثمانية.
action-lines-required = اختر خط عمل واحداً على الأقل.
rationale-too-long = يجب ألا يتجاوز المبرر 500 حرف.
sdg-invalid = اختر الأهداف من القائمة.
sdg-target-invalid = أدخل غايات تابعة للهدف المختار، مثل 4.4 أو 4.a.
sdgs-required = اختر هدفاً واحداً على الأقل من أهداف التنمية المستدامة.
date-invalid = أدخل تاريخاً مثل 2019-04-08.
end-before-start = يجب ألا يسبق تاريخ الانتهاء تاريخ البدء.
url-invalid = أدخل عنواناً شبكياً يبدأ بـ https:// أو http://.
entry-stale = غيّر شخص آخر هذا الإدخال أثناء تعديلك له. نصك أدناه: أعد تحميل الإدخال، وقارن بين النصين، ثم احفظ مرة أخرى.
moderation-images-unseen = أُضيفت صور إلى هذا الإدخال بعد أن فتحته، أو أنها غير معروضة هنا. افتح الإدخال مرة أخرى، وراجع صوره، ثم اتخذ القرار من جديد.
entry-rejected-final = رُفض هذا الإدخال ولم يعد من الممكن تغييره.
entry-action-not-allowed = هذه الخطوة غير ممكنة في الحالة الراهنة للإدخال.
moderation-comment-required = أدخل تعليقاً أو سبباً عند إعادة الإدخال أو رفضه.
error-409-title = تعارض
error-409-text = يتعارض الطلب مع الحالة الراهنة للسجل.

## Moderation and calls
moderation-title = قائمة انتظار الإشراف
moderation-review = الاستعراض
moderation-comment = التعليق أو السبب
moderation-comment-hint = مطلوب عند الإعادة أو الرفض؛ ويتلقاه مقدّم الإدخال بالبريد الإلكتروني.
moderation-publish = نشر
moderation-return = إعادة لإجراء تعديلات
moderation-reject = رفض
moderation-done = سُجّل القرار وأُبلغ مقدّم الإدخال به.
moderation-all = الكل
moderation-filter = تصفية
moderation-problems = تعذّر تغيير بعض الإدخالات
moderation-select = تحديد
moderation-owner = مقدَّم من
moderation-bulk = تطبيق على الإدخالات المحددة
moderation-action = القرار
moderation-apply = تطبيق
moderation-choose-action = اختر قراراً.
moderation-choose-entries = حدد إدخالاً واحداً على الأقل.
calls-title = الدعوات إلى تقديم الإدخالات
call-year = السنة
call-window = فترة التقديم
call-new = فتح دعوة جديدة
call-opens = تاريخ الفتح
call-closes = تاريخ الإغلاق
call-create = فتح الدعوة
call-year-invalid = أدخل سنة بين 2004 و2100.
call-exists = توجد بالفعل دعوة لهذه السنة.
call-overlaps = تتداخل هذه الفترة مع فترة دعوة أخرى: فلن يُعرف إلى أي دعوة ينتمي مدخل يُقدَّم فيها.
call-edit-title = دعوة لتقديم المدخلات
call-save = حفظ الدعوة
call-close = إغلاق الدعوة الآن
call-close-hint = لن تنتمي المدخلات المقدَّمة من الآن إلى هذه الدعوة.
call-not-open = هذه الدعوة ليست مفتوحة.
mail-entry-submitted-subject = حصر أنشطة القمة العالمية لمجتمع المعلومات: تلقينا إدخالك
mail-entry-to-review-subject = حصر أنشطة القمة العالمية لمجتمع المعلومات: إدخال بانتظار استعراضك
mail-entry-published-subject = حصر أنشطة القمة العالمية لمجتمع المعلومات: نُشر إدخالك
mail-entry-returned-subject = حصر أنشطة القمة العالمية لمجتمع المعلومات: أُعيد إدخالك لإجراء تعديلات
mail-entry-rejected-subject = حصر أنشطة القمة العالمية لمجتمع المعلومات: تعذّر قبول إدخالك
mail-entry-submitted = تلقينا إدخالك «{ $title }». وستستعرضه أمانة القمة العالمية لمجتمع المعلومات.
mail-entry-to-review = ينتظر المدخل «{ $title }» مراجعتك على منصة حصر أنشطة القمة العالمية لمجتمع المعلومات.
mail-entry-published = نُشر إدخالك «{ $title }» الآن على منصة حصر أنشطة القمة العالمية لمجتمع المعلومات.
mail-entry-returned = أعادت أمانة القمة العالمية لمجتمع المعلومات إدخالك «{ $title }» لإجراء تعديلات عليه.
mail-entry-rejected = تعذّر على أمانة القمة العالمية لمجتمع المعلومات قبول إدخالك «{ $title }».
mail-entry-comment = تعليق الأمانة:

## Statistics
stats-title = الإحصاءات
stats-by-action-line = الإدخالات حسب خط العمل
stats-by-sdg = الإدخالات حسب هدف التنمية المستدامة
stats-by-region = الإدخالات حسب المنطقة (تصنيف الأمم المتحدة M49)
stats-by-stakeholder = الإدخالات حسب فئة أصحاب المصلحة
stats-by-year = الإدخالات حسب سنة البدء
stats-by-country = الإدخالات حسب البلد أو المنطقة
stats-heatmap = خطوط العمل × أهداف التنمية المستدامة: الإدخالات المرتبطة بكليهما
stats-table = عرض الأرقام في جدول
stats-category = الفئة
stats-entries = الإدخالات
stocktaking-open-data = البيانات المفتوحة (CSV)

## Import
import-title = استيراد الإدخالات
import-intro = حمّل ملف CSV بأعمدة تصدير البيانات المفتوحة، أو ملف JSON بصيغة التصدير. يُفحص كل صف؛ وإذا كان في أي صف مشكلة، لا يُستورد شيء.
import-file = الملف (CSV أو JSON)
import-dry-run = فحص الملف فقط (تجربة)
import-submit = استيراد
import-ok = الملف صالح: عدد الإدخالات { $count }.
import-done = تم استيراد ونشر { $count } من الإدخالات.
import-problems = في الملف مشكلات؛ لم يُستورد أي شيء.
import-summary = جديدة: { $created }. محدَّثة: { $updated }. دون تغيير (مستوردة من قبل ومطابقة): { $unchanged }.
import-uid-invalid = هذا المعرّف (uid) غير صالح: من 1 إلى 64 حرفاً أو رقماً أو شرطة أو شرطة سفلية.
import-uid-twice = هذا المعرّف (uid) وارد مرتين في الملف.
import-row = الصف { $row }، { $field }
import-not-utf8 = الملف ليس نصًا بترميز UTF-8.
import-empty = لا يحتوي الملف على أي إدخال.
import-bad-csv = الملف ليس ملف CSV صالحًا.
import-bad-json = الملف ليس ملف JSON صالحًا بصيغة التصدير.
import-missing-column = هذا العمود مفقود.
import-unknown-column = هذا العمود غير معروف.
import-no-file = اختر ملفًا.
import-bad-row-length = لا يحتوي هذا الصف على عدد الحقول الموجود في صف العناوين؛ لم تُفحص حقوله.
import-json-not-text = يجب أن تكون هذه القيمة نصًا.
import-json-not-list = يجب أن تكون هذه القيمة قائمة.
import-json-bad-item = أحد عناصر هذه القائمة ليس بالشكل الذي يكتبه التصدير.
import-json-not-entry = هذا العنصر ليس إدخالًا كما يكتبه التصدير: كائنًا يحتوي على كائن "data".
import-index-followed = يحتفظ `wsis serve` قيد التشغيل بفهرس البحث: سيجد الإدخالات الجديدة في غضون ثانية تقريبًا.
import-dry-run-nothing-written = تجربة: لم يُكتب أي شيء.
entry-event-import = تم الاستيراد

## Translations and versions
entry-translate = إضافة ترجمة
entry-translation-language = لغة الترجمة
entry-translator = المترجم
entry-translation-save = حفظ الترجمة
entry-revisions = النسخ
entry-revision = النسخة
entry-translated-by = ترجمة:

## Publications
reports-title = المنشورات
reports-stocktaking = تقرير الحصر لدعوة ما
reports-success-stories = قصص النجاح
reports-language = لغة المنشور
reports-format = الصيغة
reports-generate = إنشاء
reports-entries = الإدخالات
reports-entries-hint = أرقام الإدخالات المراد إدراجها، مفصولة بفواصل؛ اتركه فارغًا لاستخدام الاختيار المحفوظ للدعوة.

## صور الإدخالات
images-title = الصور
images-manage = إضافة صور أو إزالتها
images-intro = حتى خمس صور للنشاط: ملفات PNG أو JPEG أو WebP لا يتجاوز حجمها 8 ميغابايت ولا يتجاوز كل ضلع منها 8000 بكسل. نزيل بياناتها الوصفية (مثل مكان التقاط الصورة)، ونصغّرها إلى 1600 بكسل على الأكثر، ونعدّ منها نسخة صغيرة للقوائم.
images-none = لا توجد صور بعد.
image-add = إضافة صورة
image-file = ملف الصورة
image-alt = النص البديل
image-alt-hint = صِف ما تُظهره الصورة لمن لا يستطيع رؤيتها (300 حرف على الأكثر).
image-upload = رفع الصورة
image-remove = إزالة
image-required = اختر ملف صورة.
image-not-image = هذا الملف ليس صورة PNG أو JPEG أو WebP.
image-too-large = حجم هذا الملف أكبر من 8 ميغابايت.
image-too-many-pixels = هذه الصورة كبيرة جدًا: 8000 بكسل على الأكثر لكل ضلع و25 مليون بكسل على الأكثر إجمالًا.
image-alt-required = صِف الصورة في 300 حرف على الأكثر.
image-limit = لهذا الإدخال خمس صور، وهو الحد الأقصى: أزل صورة لإضافة أخرى.
media-store-failed = تعذّر حفظ الملف الآن، ولم يُحفظ أي شيء. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
image-pending = غير منشورة حتى تُراجع
images-review-note = تظهر الصور التي تضيفها للجمهور بعد أن تراجعها الأمانة؛ وإضافة صورة إلى مدخل منشور تعيده إلى المراجعة، وتبقى نسخته المنشورة ظاهرة في أثناء ذلك.
entry-event-images = أُضيفت صور وأُرسلت للمراجعة

## اختيار قصص النجاح
success-stories-title = قصص النجاح
success-stories-year = قصص النجاح { $year }
success-stories-intro = الإدخالات المنشورة المختارة لقصص النجاح الخاصة بدعوة ما، بترتيب ورودها في المنشور. أضف الإدخالات من صفحاتها.
success-stories-none = لم يُختر أي إدخال لهذه السنة بعد.
success-stories-show = عرض
success-stories-add = إضافة إلى قصص النجاح
success-stories-remove = إزالة
success-stories-up = نقل إلى أعلى
success-stories-down = نقل إلى أسفل
success-stories-selected-in = مختار لقصص النجاح { $year }.
success-stories-remove-from = إزالة من قصص النجاح { $year }
success-stories-added-by = اختاره { $name } في { $date }
success-stories-download = تنزيل قصص النجاح (PDF)
success-stories-see = اختيار قصص النجاح
success-stories-empty = لم يُختر أي إدخال منشور لقصص النجاح لهذه السنة.
success-stories-not-published = لا يمكن اختيار سوى الإدخالات المنشورة لقصص النجاح.
revision-title = النسخة { $number }
revision-saved-by = حفظها { $name } في { $date }
revision-first = النسخة الأولى
revision-changes = التغييرات منذ النسخة { $number }
revision-no-changes = لم تغيّر هذه النسخة أي حقل.
revision-field = الحقل
revision-value = القيمة
revision-before = قبل
revision-after = بعد
revision-empty = (فارغ)
revision-translation = الترجمة ({ $name })
revision-item-targets = { $goals } (الغايات { $targets })
upload-quota-exceeded = استنفد حسابك حصته من تحميل الصور والوثائق. احذف الملفات التي لم تعد تحتاج إليها، أو اطلب المساعدة من الأمانة.

home-entries-count = { $count ->
    [zero] لا أنشطة منشورة
    [one] نشاط واحد منشور
    [two] نشاطان منشوران
    [few] { $count } أنشطة منشورة
    [many] { $count } نشاطًا منشورًا
   *[other] { $count } نشاط منشور
}
home-entries-latest = المنشورة مؤخرًا:
home-forum-edition = منتدى القمة العالمية لمجتمع المعلومات لعام { $year }: { $start } – { $end }، { $venue }
home-forum-agenda = البرنامج
home-outcomes-count = { $count ->
    [zero] لا نتائج جلسات معتمدة لمنتدى عام { $year }
    [one] نتيجة جلسة واحدة معتمدة لمنتدى عام { $year }
    [two] نتيجتا جلستين معتمدتان لمنتدى عام { $year }
    [few] { $count } نتائج جلسات معتمدة لمنتدى عام { $year }
    [many] { $count } نتيجة جلسة معتمدة لمنتدى عام { $year }
   *[other] { $count } نتيجة جلسة معتمدة لمنتدى عام { $year }
}
stocktaking-skip-results = الانتقال إلى النتائج

# A short parenthetical after a label: "(16.2, 16.b)".
parenthesised = ({ $text })
success-stories-no-call = لم يُقدَّم هذا الإدخال في إطار أي دعوة، ولذا لا يمكن إدراجه في قصص النجاح لأي سنة.
success-stories-not-of-call = لا يمكن اختيار لقصص النجاح لسنة ما إلا الإدخالات المقدَّمة في إطار دعوة تلك السنة.
# A day and a time range together: "8 April 2019, 09:00–10:30".
date-and-time = { $date }، { $time }
entry-dates-since = منذ { $date }
# Around a short aside inside a label: "Text (Français)".
paren-open = {" "}(
paren-close = )
