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
text-invalid-characters = احذف أحرف التحكم من هذا النص.
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

## Stocktaking
stocktaking-results = { $count ->
    [one] One entry
   *[other] { $count } entries
}
stocktaking-new-title = Submit an activity
stocktaking-edit-title = Edit your activity
stocktaking-mine-title = Your entries
stocktaking-mine-empty = You have not submitted any activity yet.
stocktaking-search-label = Search activities
stocktaking-sort-label = Order
stocktaking-sort-relevance = Most relevant first
stocktaking-sort-newest = Newest first
stocktaking-search-submit = Search
stocktaking-refine = Refine
stocktaking-active-filters = Active filters
stocktaking-remove-filter = (remove this filter)
stocktaking-updated = Last change
stocktaking-is-public = public
stocktaking-edit = Edit
facet-action_line = Action Line
facet-sdg = SDG
facet-target = SDG target
facet-country = Country or area
facet-region = Region
facet-stakeholder_type = Stakeholder type
facet-activity_type = Type of activity
facet-status = Stage
facet-year = Start year
facet-call = Call
facet-language = Written in
activity-type-project = Project
activity-type-programme = Programme
activity-type-training = Training
activity-type-conference = Conference or event
activity-type-website = Website or portal
activity-type-guideline = Guideline or policy
activity-type-toolkit = Toolkit
activity-type-other = Other
activity-status-planned = Planned
activity-status-ongoing = Ongoing
activity-status-completed = Completed
entry-status-draft = Draft
entry-status-submitted = Awaiting review
entry-status-published = Published
entry-status-returned = Returned for changes
entry-status-rejected = Rejected
coverage-national = National
coverage-regional = Regional
coverage-international = International
entry-section-about = About the activity
entry-section-organisation = Who runs it
entry-field-title = Title
entry-field-description = Description
entry-description-hint = Describe the activity, its results and its impact. You may use Markdown (emphasis, lists, links).
entry-field-language = Language of this text
entry-field-activity-type = Type of activity
entry-field-status = Stage of the activity
entry-field-start = Start date
entry-field-end = End date
entry-field-dates = Dates
entry-field-website = Website
entry-field-contact = Contact e-mail
entry-field-organisation = Organisation
entry-field-partners = Partners
entry-partners-hint = One partner per line.
entry-field-coverage = Coverage
entry-field-countries = Countries or areas (national coverage)
entry-field-regions = Regions (regional coverage)
entry-multi-hint = Hold Ctrl (or Cmd) to choose several.
entry-field-action-lines = WSIS Action Lines
entry-field-sdgs = Sustainable Development Goals
entry-targets-hint = Tick each goal the activity supports; you may add targets (e.g. 4.4, 4.a) and a short rationale.
entry-field-languages = Languages the activity works in
entry-rationale = Why (short rationale)
entry-targets = Targets, e.g. 4.4, 4.a
entry-save-draft = Save
entry-submit = Save and submit for review
entry-pending-edit = a newer version awaits review; the public still sees the published one
entry-published-on = Published on
entry-history = History
entry-event-submit = submitted for review
entry-event-publish = published
entry-event-return = returned for changes
entry-event-reject = rejected
title-required = Enter a title.
title-too-long = The title must have at most 200 characters.
description-required = Enter a description.
description-too-long = The description must have at most 10,000 characters.
activity-type-invalid = Choose a type of activity from the list.
activity-status-invalid = Choose the stage of the activity.
entry-status-invalid = Choose a status from the list.
coverage-invalid = Choose national, regional or international coverage.
partners-invalid = List at most 50 partners, each under 200 characters.
countries-required = Choose at least one country or area for national coverage.
regions-required = Choose at least one region for regional coverage.
region-invalid = Choose regions from the list.
action-line-c7-needs-subline = For C7, choose one of its eight sub-lines.
action-lines-required = Choose at least one Action Line.
rationale-too-long = A rationale must have at most 500 characters.
sdg-invalid = Choose goals from the list.
sdg-target-invalid = Give targets of the chosen goal, like 4.4 or 4.a.
sdgs-required = Choose at least one Sustainable Development Goal.
date-invalid = Enter a date like 2019-04-08.
end-before-start = The end date must not be before the start date.
url-invalid = Enter a web address starting with https:// or http://.
entry-stale = Someone else changed this entry while you were editing it. Your text is below: reload the entry, compare, and save again.
entry-rejected-final = This entry was rejected and cannot change any more.
entry-action-not-allowed = This step is not possible in the entry's current state.
moderation-comment-required = Give a comment or a reason when returning or rejecting an entry.
error-409-title = Conflict
error-409-text = The request conflicts with the current state of the record.

## Moderation and calls
moderation-title = Moderation queue
moderation-review = Review
moderation-comment = Comment or reason
moderation-comment-hint = Required to return or reject; the submitter receives it by e-mail.
moderation-publish = Publish
moderation-return = Return for changes
moderation-reject = Reject
moderation-done = The decision has been recorded and the submitter informed.
moderation-all = All
moderation-filter = Filter
moderation-problems = Some entries could not be changed
moderation-select = Select
moderation-owner = Submitted by
moderation-bulk = Apply to the selected entries
moderation-action = Decision
moderation-apply = Apply
moderation-choose-action = Choose a decision.
moderation-choose-entries = Select at least one entry.
calls-title = Calls for entries
call-year = Year
call-window = Open
call-new = Open a new call
call-opens = Opens on
call-closes = Closes on
call-create = Open the call
call-year-invalid = Enter a year between 2004 and 2100.
call-exists = There is already a call for this year.
mail-entry-subject = WSIS Stocktaking: { $title }
mail-entry-submitted = We have received your entry “{ $title }”. The WSIS secretariat will review it.
mail-entry-published = Your entry “{ $title }” is now published on the WSIS Stocktaking Platform.
mail-entry-returned = The WSIS secretariat has returned your entry “{ $title }” for changes.
mail-entry-rejected = The WSIS secretariat could not accept your entry “{ $title }”.
mail-entry-comment = The secretariat's comment:
