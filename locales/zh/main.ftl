# The WSIS Platform – Simplified Chinese interface strings (信息社会世界峰会平台).
# Every other language file has the same keys (a test checks it).

## Site frame
site-name = 信息社会世界峰会平台
site-tagline = 信息社会世界峰会：信息通信技术助力实现可持续发展目标
skip-to-content = 跳至主要内容
nav-label = 主要栏目
nav-home = 首页
nav-stocktaking = 盘点
nav-forum = 论坛
nav-outcomes = 成果
nav-prizes = 奖项
nav-action-lines = 行动方面
nav-sdgs = 可持续发展目标
account-nav-label = 您的账户
language-switcher-label = 语言
footer-about = 信息社会世界峰会平台是服务于多利益攸关方信息社会世界峰会进程的开源软件。
footer-api = 开放数据和 API
footer-licence = 可持续发展目标文本：open-sdg/sdg-translations（MIT）。国家名称：i18n-iso-countries（MIT）。

## Home page
home-title = 信息社会世界峰会平台
home-intro = 全年服务于信息社会世界峰会进程的统一平台：以联合国六种正式语文提供信息通信技术促进发展活动盘点、信息社会世界峰会论坛及其成果，以及信息社会世界峰会奖。
home-sections-heading = 栏目
home-stocktaking-text = 公开登记所有利益攸关方开展的信息通信技术促进发展项目、计划和举措，并将其与信息社会世界峰会行动方面和可持续发展目标相关联。
home-forum-text = 信息社会世界峰会论坛：公开磋商、会议征集、议程、注册和远程参会。
home-outcomes-text = 会议成果、成果文件、高级别会议成果以及信息社会世界峰会-可持续发展目标矩阵。
home-prizes-text = 信息社会世界峰会奖：提名、专家评审、公众在线投票，以及 18 个类别的冠军和获奖者。
home-framework-heading = 框架
home-framework-text = { $actionLines } 个行动方面、{ $goals } 个可持续发展目标及其 { $targets } 个具体目标、{ $countries } 个国家和地区。
section-empty = 此处尚未发布任何内容。
section-open = 打开“{ $section }”

## Section pages
stocktaking-title = 信息社会世界峰会盘点
forum-title = 信息社会世界峰会论坛
outcomes-title = 成果
prizes-title = 信息社会世界峰会奖

## Taxonomy pages
action-lines-title = 信息社会世界峰会行动方面
action-lines-intro = 《日内瓦行动计划》的十一个行动方面。C7 包含八个子方面。每个行动方面也是信息社会世界峰会奖的一个类别。
action-line-code = 代码
action-line-name = 行动方面
prize-category = 奖项类别
prize-category-number = 第 { $number } 类
facilitators = 推动方
facilitator-role-lead = 牵头推动方
facilitator-role-co_facilitator = 共同推动方
facilitator-role-partner = 合作伙伴
sdgs-title = 可持续发展目标
sdgs-intro = 《2030年议程》的 17 项目标及其 169 个具体目标，每项信息社会世界峰会活动均与之挂钩。
sdg-goal = 目标 { $number }
sdg-targets = 具体目标（{ $count }）

## Forms: common
form-errors-heading = { $count ->
   *[other] 您输入的内容有 { $count } 处问题
}
form-required = （必填）
form-optional = （选填）
form-choose = 请选择…
form-save = 保存
field-email = 电子邮件地址
field-password = 密码
field-password-hint = 至少 10 个字符。
field-password-confirm = 再次输入密码
field-name = 姓名
field-organisation = 组织
field-stakeholder-type = 利益攸关方类型
field-country = 国家或地区
field-language = 首选语言

## Field errors
email-required = 请输入您的电子邮件地址。
email-invalid = 请输入有效的电子邮件地址，例如 name@example.org。
email-taken = 此电子邮件地址已注册。请登录或重置密码。
password-required = 请输入密码。
password-too-short = 密码至少须有 10 个字符。
password-too-long = 密码最多可有 256 个字符。
password-mismatch = 两次输入的密码不一致。
password-wrong = 当前密码不正确。
name-required = 请输入您的姓名。
name-too-long = 姓名最多可有 100 个字符。
organisation-required = 请输入组织名称。
organisation-too-long = 组织名称最多可有 200 个字符。
text-invalid-characters = 请删除此文本中的控制字符。
stakeholder-type-invalid = 请从列表中选择利益攸关方类型。
country-invalid = 请从列表中选择国家或地区。
language-invalid = 请从六种语言中选择一种。
role-invalid = 请从列表中选择角色。
action-line-invalid = 请从列表中选择行动方面。
facilitator-role-invalid = 请从列表中选择推动方角色。
agency-required = 请输入机构名称。
agency-too-long = 机构名称最多可有 100 个字符。
facilitator-exists = 该机构已是此行动方面的推动方。
login-failed = 电子邮件地址或密码不正确。
login-unverified = 请先确认您的电子邮件地址：请点击我们发送给您的链接。

## Accounts
signup-title = 创建账户
signup-intro = 拥有账户后，您可以提交活动、提议会议、注册参加论坛并参与投票。
signup-submit = 创建账户
signup-have-account = 已有账户？请登录。
signup-done-title = 请查收电子邮件
signup-done-text = 我们已向 { $email } 发送了一个链接。请点击该链接确认您的地址，然后登录。
login-title = 登录
login-submit = 登录
login-forgot = 忘记密码？
login-no-account = 还没有账户？请创建一个。
logout-submit = 退出登录
verify-title = 电子邮件地址已确认
verify-ok = 谢谢：您的电子邮件地址已确认。您现在可以登录。
verify-failed-title = 此链接无法使用
verify-failed = 该链接无效、已过期或已被使用。请在下方申请新的链接。
verify-resend-title = 发送新的确认链接
verify-resend-intro = 请输入您账户的电子邮件地址，我们将向您发送新的确认链接。
verify-resend-submit = 发送链接
verify-resend-done = 如果有未确认的账户使用此地址，新的链接正在发送中。
forgot-title = 重置密码
forgot-intro = 请输入您账户的电子邮件地址，我们将向您发送一个用于设置新密码的链接。
forgot-submit = 发送重置链接
forgot-done = 如果有账户使用此地址，重置链接正在发送中。该链接有效期为一小时。
reset-title = 设置新密码
reset-submit = 保存新密码
reset-done = 您的密码已更改，您的其他会话均已退出登录。您现在可以登录。
account-title = 您的账户
account-profile-heading = 个人资料
account-roles-heading = 您的角色
account-created = 账户创建日期
account-saved = 您的个人资料已保存。
account-password-heading = 更改密码
field-current-password = 当前密码
field-new-password = 新密码
account-password-submit = 更改密码
account-password-changed = 您的密码已更改。
account-verified = 已确认
account-unverified = 尚未确认

## Roles
role-administrator = 管理员
role-secretariat = 秘书处
role-facilitator = 推动方
role-organiser = 会议组织方
role-stakeholder = 利益攸关方
role-participant = 参会者

## Administration
admin-title = 管理
admin-users-title = 账户和角色
admin-users-count = { $count ->
   *[other] { $count } 个账户
}
admin-roles-for = { $name } 的角色
admin-roles-save = 保存角色
admin-roles-saved = 已保存 { $name } 的角色。
admin-facilitators-title = 行动方面推动方
admin-facilitators-add = 添加推动方
field-action-line = 行动方面
field-agency = 机构
field-facilitator-role = 角色
admin-facilitator-added = 已添加推动方。
admin-facilitator-removed = 已移除推动方。
admin-remove = 移除
admin-remove-label = 从 { $line } 中移除 { $agency }
table-email = 电子邮件
table-name = 姓名
table-roles = 角色
table-status = 状态
table-actions = 操作
pagination-label = 分页
pagination-previous = 上一页
pagination-next = 下一页

## Error pages
error-403-title = 拒绝访问
error-403-text = 您不具备访问此页面所需的角色。
error-403-csrf = 表单已过期。请返回上一页，重新加载页面后重试。
error-401-text = 请登录后查看此页面。
error-404-title = 未找到页面
error-404-text = 此地址没有页面，该页面可能已移动。
error-405-title = 不允许使用该方法
error-405-text = 此地址不接受此类请求。
error-413-title = 数据量过大
error-413-text = 您发送的数据超出了平台可接受的大小。
error-400-title = 请求错误
error-400-text = 无法理解该请求。
error-429-title = 尝试次数过多
error-429-text = 短时间内尝试次数过多。请等待几分钟后重试。
error-500-title = 出现错误
error-500-text = 平台无法完成您的请求。我们已通知相关团队。请稍后重试。
error-503-title = 暂时无法使用
error-503-text = 平台暂时无法使用。请稍后重试。
error-back-home = 返回首页

## E-mail
mail-greeting = 尊敬的 { $name }：
mail-signature = 信息社会世界峰会平台团队
mail-verify-subject = 请确认您在信息社会世界峰会平台的电子邮件地址
mail-verify-body = 请在 48 小时内打开以下链接，确认您的电子邮件地址：
mail-reset-subject = 重置您的信息社会世界峰会平台密码
mail-reset-body = 有人申请重置您账户的密码。如果是您本人操作，请在一小时内打开以下链接：
mail-reset-ignore = 如果您并未提出此申请，请忽略本邮件：您的密码将保持不变。

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
