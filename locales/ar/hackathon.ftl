## هاكاثون القمة العالمية لمجتمع المعلومات

hackathon-title = الهاكاثون
hackathon-intro = يجمع هاكاثون القمة العالمية لمجتمع المعلومات المشاركين في فرق لابتكار حلول لتحديات تُحدَّد بالتعاون مع منظمات شريكة. وتقدّم الفرق مشاريعها قبل الموعد النهائي؛ وتقيّم لجنة التحكيم المشاريع وفقاً لمعايير منشورة، ويفوز فريق واحد في كل تحدٍّ.
hackathon-none = لم يُعلَن عن أي هاكاثون بعد.
hackathon-nav = هذا الهاكاثون
hackathon-phase-upcoming = لم يُفتح بعد
hackathon-phase-open = الفرق والمشاريع
hackathon-phase-judging = التحكيم
hackathon-phase-announced = أُعلن الفائزون
hackathon-phase-now = المرحلة الحالية: { $phase }
hackathon-challenges = التحديات
hackathon-no-challenges = لم يُنشر أي تحدٍّ بعد.
hackathon-partners = الشركاء:
hackathon-teams = الفرق
hackathon-teams-count = { $count ->
    [zero] لا توجد فرق بعد
    [one] فريق واحد
    [two] فريقان
    [few] { $count } فرق
    [many] { $count } فريقاً
   *[other] { $count } فريق
}
hackathon-members-count = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضواً
   *[other] { $count } عضو
}
hackathon-project-submitted = قُدِّم المشروع
hackathon-see-also = التحديات والفرق والمشاريع الفائزة وطريقة المشاركة.
hackathon-projects = المشاريع المقدَّمة
hackathon-winner = الفائز
hackathon-rules = القواعد
hackathon-rule-team = يتراوح عدد أعضاء كل فريق بين { $min } و{ $max }. ويُنشئ قائد الفريق الفريقَ ويدعو الآخرين عبر البريد الإلكتروني.
hackathon-rule-one-team = لا يجوز للشخص الواحد الانضمام إلا إلى فريق واحد في كل تحدٍّ.
hackathon-rule-project = يقدّم كل فريق مشروعاً واحداً يتضمن: مستودعاً عاماً للشيفرة البرمجية، ووصفاً، ومقطع فيديو إن وُجد، وملفات لا يتجاوز عددها { $files }. ويجوز للأعضاء تعديله حتى الموعد النهائي.
hackathon-rule-jury = يصرّح أعضاء لجنة التحكيم بأي تضارب في المصالح، ويقيّمون كل مشروع وفقاً لكل معيار من المعايير الواردة أدناه بدرجة من 1 إلى 10؛ وتعلن الأمانة فائزاً واحداً في كل تحدٍّ.
hackathon-criteria = المعايير
hackathon-criterion-relevance = الأهمية والأثر
hackathon-criterion-relevance-text = مدى استجابة المشروع للتحدي الذي يعالجه، وعدد الأشخاص الذين يمكن أن يفيدهم.
hackathon-criterion-innovation = الابتكار
hackathon-criterion-innovation-text = مدى جِدّة الفكرة أو طريقة استخدامها للتكنولوجيا.
hackathon-criterion-feasibility = الجودة التقنية وقابلية التنفيذ
hackathon-criterion-feasibility-text = هل يعمل المشروع، وما مدى جودة بنائه، وهل يمكن نشره وصيانته.
hackathon-criterion-inclusion = إمكانية الوصول والشمول
hackathon-criterion-inclusion-text = هل يمكن استخدامه من قِبل الأشخاص ذوي الإعاقة، ومستخدمي الشبكات البطيئة، والناطقين بلغات أخرى.
hackathon-criterion-presentation = العرض
hackathon-criterion-presentation-text = مدى وضوح شرح الفريق للمشكلة والحل والخطوات التالية.
hackathon-participate-link = شارك: فرقك ودعواتك
hackathon-jury-link = لجنة التحكيم: تقييم المشاريع
hackathon-manage-link = إدارة الهاكاثون
hackathon-back = العودة إلى الهاكاثون
hackathon-back-challenge = العودة إلى التحدي
hackathon-back-team = العودة إلى الفريق
hackathon-back-jury = العودة إلى المشاريع
hackathon-back-manage = العودة إلى صفحة الإدارة
hackathon-closed = لا يمكن تعديل الفرق والمشاريع إلا ما دام الهاكاثون مفتوحاً.

## الدورات والتحديات (الأمانة)
hackathon-create-heading = الإعلان عن هاكاثون
hackathon-settings-heading = العنوان وحجم الفرق والتواريخ
hackathon-create = إعلان
hackathon-save = حفظ
hackathon-saved = تم الحفظ.
hackathon-manage-title = إدارة هاكاثون القمة العالمية لمجتمع المعلومات لعام { $year }
hackathon-field-year = السنة
hackathon-field-title = العنوان
hackathon-field-team-min = الحد الأدنى لعدد أعضاء الفريق
hackathon-field-team-max = الحد الأقصى لعدد أعضاء الفريق
hackathon-field-opens-at = بدء تكوين الفرق في
hackathon-field-closes-at = الموعد النهائي لتقديم المشاريع
hackathon-field-announced-at = إعلان الفائزين في
hackathon-year-invalid = أدخل سنة بين 2000 و2100.
hackathon-date-required = أدخل تاريخاً.
hackathon-date-order = يجب أن يكون هذا التاريخ لاحقاً للتاريخ الذي يسبقه.
hackathon-team-size-invalid = أدخل عدداً من 1 إلى 10.
hackathon-team-size-order = لا يجوز أن يكون الحد الأقصى لعدد أعضاء الفريق أقل من الحد الأدنى.
hackathon-text-required = أدخل النص باللغة الإنكليزية على الأقل.
hackathon-text-too-long = هذا النص طويل جداً.
hackathon-challenge-add-heading = إضافة تحدٍّ
hackathon-challenge-edit-heading = تعديل التحدي
hackathon-challenge-add = إضافة التحدي
hackathon-challenge-edit = تعديل
hackathon-field-challenge-title = عنوان التحدي
hackathon-field-description = الوصف
hackathon-field-partners = المنظمات الشريكة
hackathon-partners-hint = منظمة واحدة في كل سطر.
hackathon-partners-required = اذكر منظمة شريكة واحدة على الأقل.
hackathon-partners-invalid = اذكر 10 شركاء على الأكثر، على ألا يتجاوز اسم كل منهم 120 حرفاً.
hackathon-jurors-heading = أعضاء لجنة التحكيم
hackathon-field-juror-email = عنوان البريد الإلكتروني لحساب عضو لجنة التحكيم
hackathon-juror-add = إضافة عضو لجنة التحكيم
hackathon-juror-remove = إزالة
hackathon-account-unknown = لا يوجد حساب يستخدم عنوان البريد الإلكتروني هذا: يجب على عضو لجنة التحكيم أن يسجّل أولاً.
hackathon-ranking = ترتيب لجنة التحكيم
hackathon-ranking-empty = لم يُقدَّم أي مشروع لهذا التحدي.
hackathon-team = الفريق
hackathon-mean = متوسط المجموع (من 50)
hackathon-spread = الأدنى–الأعلى
hackathon-jurors-scored = أعضاء لجنة التحكيم الذين قيّموا
hackathon-conflicts = حالات تضارب المصالح المصرَّح بها
hackathon-winners-heading = الفائزون
hackathon-field-winner = الفائز
hackathon-winners-save = حفظ الفائزين
hackathon-winner-invalid = اختر فريقاً من فرق هذا التحدي قدّم مشروعاً.
hackathon-jury-closed = لا يمكن منح الدرجات إلا بعد الموعد النهائي وقبل إعلان الفائزين.

## المشاركة
hackathon-participate-title = مشاركتك في هاكاثون القمة العالمية لمجتمع المعلومات لعام { $year }
hackathon-participate-intro = أنشئ فريقاً لأحد التحديات وادعُ الآخرين عبر البريد الإلكتروني، أو ردّ على دعوة. وتكون أسماء الفرق وأسماء أعضائها علنية.
hackathon-invitations = دعوات بانتظار ردّك
hackathon-invitation-from = دعوة من
hackathon-accept = الانضمام إلى الفريق
hackathon-decline = رفض
hackathon-my-teams = فرقك
hackathon-no-team = لم تنضم إلى أي فريق بعد.
hackathon-team-create-heading = إنشاء فريق
hackathon-team-create = إنشاء الفريق
hackathon-field-team-name = اسم الفريق
hackathon-team-name-hint = من 2 إلى 60 حرفاً؛ ولا يجوز أن يحمل فريق آخر الاسم نفسه.
hackathon-field-challenge = التحدي
hackathon-team-name-required = أدخل اسماً لا يقل عن حرفين.
hackathon-team-name-too-long = أدخل اسماً لا يتجاوز 60 حرفاً.
hackathon-team-name-taken = هذا الاسم مستخدم بالفعل لفريق آخر.
hackathon-challenge-required = اختر تحدياً.
hackathon-one-team = أنت عضو بالفعل في فريق لهذا التحدي.
hackathon-captain = قائد الفريق
hackathon-members = الأعضاء
hackathon-leave = مغادرة الفريق
hackathon-captain-stays = لا يمكن لقائد الفريق مغادرة الفريق.
hackathon-invite-heading = دعوة عضو
hackathon-field-invite-email = عنوان البريد الإلكتروني
hackathon-invite-hint = يتلقى المدعو رسالة بالبريد الإلكتروني، وينضم إلى الفريق بعد تسجيل الدخول بهذا العنوان وقبول الدعوة.
hackathon-invite = إرسال الدعوة
hackathon-invited = أُرسلت الدعوة.
hackathon-invitations-sent = الدعوات المرسلة
hackathon-invitation-pending = بانتظار الرد
hackathon-invitation-accepted = مقبولة
hackathon-invitation-declined = مرفوضة
hackathon-invitation-withdrawn = مسحوبة
hackathon-withdraw = سحب
hackathon-already-member = هذا الشخص عضو بالفعل في الفريق.
hackathon-already-invited = سبقت دعوة هذا العنوان إلى الفريق.
hackathon-team-full = الفريق مكتمل: بلغ عدد أعضائه مع الدعوات التي تنتظر الرد الحدَّ الأقصى المسموح به لحجم الفريق.
hackathon-invitations-limit = أرسل الفريق الحد الأقصى المسموح به من الدعوات.
hackathon-invitation-answered = سبق الرد على هذه الدعوة أو سحبها.

## المشروع
hackathon-project = المشروع
hackathon-project-title = مشروع فريق «{ $team }»
hackathon-project-intro = يجوز لأي عضو تعديل المشروع حتى الموعد النهائي ({ $deadline }). ويمكنك إرفاق ملفات لا يتجاوز عددها { $files }، ملفاً واحداً في كل مرة.
hackathon-project-heading = المشروع
hackathon-no-project = لم يقدّم الفريق مشروعه بعد.
hackathon-project-edit = تقديم المشروع أو تعديله
hackathon-field-project-title = عنوان المشروع
hackathon-field-summary = الوصف
hackathon-summary-hint = ما المشكلة التي يحلها المشروع، ولمن، وكيف يعمل، وما الخطوات التالية. افصل بين الفقرات بسطر فارغ.
hackathon-field-repo-url = مستودع الشيفرة البرمجية
hackathon-repo-hint = عنوان عام يبدأ بـ https://
hackathon-field-video-url = الفيديو
hackathon-field-file = إضافة ملف
hackathon-file-hint = PDF أو Word أو PowerPoint أو Excel أو OpenDocument أو PNG أو JPEG أو WebP، بحد أقصى 20 ميغابايت.
hackathon-project-save = حفظ المشروع
hackathon-project-saved = تم حفظ المشروع.
hackathon-team-too-small = يجب أن يضم الفريق على الأقل عدد الأعضاء المسموح به لأصغر فريق (انظر القواعد) قبل حفظ مشروعه.
hackathon-project-title-required = أدخل عنوان المشروع.
hackathon-project-summary-required = صِف المشروع.
hackathon-url-required = أدخل عنوان مستودع الشيفرة البرمجية.
hackathon-url-invalid = أدخل عنواناً يبدأ بـ https://
hackathon-files = الملفات
hackathon-file-remove = إزالة
hackathon-file-limit = لا يجوز أن يتضمن المشروع أكثر من 5 ملفات: أزل ملفاً أولاً.
hackathon-file-type = هذا الملف ليس ملف PDF أو مستنداً مكتبياً أو صورة.
hackathon-file-too-large = يتجاوز حجم هذا الملف 20 ميغابايت.

## لجنة التحكيم
hackathon-jury-title = لجنة تحكيم هاكاثون القمة العالمية لمجتمع المعلومات لعام { $year }
hackathon-jury-intro = المشاريع التي قيّمتها: { $scored } من أصل { $count }.
hackathon-jury-intro-closed = المشاريع التي قيّمتها: { $scored } من أصل { $count }. لا يمكن منح الدرجات إلا بعد الموعد النهائي وقبل إعلان الفائزين.
hackathon-jury-none = لا توجد مشاريع لتقييمها في هذا التحدي.
hackathon-scored = تم التقييم
hackathon-review-title = مشروع فريق «{ $team }»
hackathon-scores-heading = درجاتك
hackathon-score = الدرجة (من 1 إلى 10)
hackathon-comment = تعليق (اختياري)
hackathon-scores-save = حفظ الدرجات
hackathon-score-required = اختر درجة.
hackathon-score-invalid = اختر درجة من 1 إلى 10.
hackathon-conflict-heading = تضارب المصالح
hackathon-conflict-intro = إذا كنت تعرف هذا الفريق أو كانت لك مصلحة في مشروعه، فصرّح بذلك: لن ترى هذا المشروع بعد ذلك ولن تقيّمه، وستُحذف أي درجات منحتها له.
hackathon-field-reason = السبب
hackathon-conflict-declare = التصريح بتضارب المصالح
hackathon-reason-required = اذكر السبب.

## رسائل البريد الإلكتروني
hackathon-mail-invite-subject = دعوة للانضمام إلى فريق في هاكاثون القمة العالمية لمجتمع المعلومات لعام { $year }
hackathon-mail-invite = يدعوك { $captain } إلى الانضمام إلى الفريق «{ $team }» في التحدي «{ $challenge }» ضمن هاكاثون القمة العالمية لمجتمع المعلومات لعام { $year }. سجّل الدخول وردّ على الدعوة في صفحة الهاكاثون الخاصة بك:
hackathon-mail-invite-signup = ليس لديك حساب بعنوان البريد الإلكتروني هذا بعد: سجّل به أولاً، ثم ردّ على الدعوة.
hackathon-mail-joined-subject = انضم عضو جديد إلى فريقك في هاكاثون القمة العالمية لمجتمع المعلومات لعام { $year }
hackathon-mail-joined = قبل { $name } دعوتك وانضم إلى الفريق «{ $team }».
