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
home-framework-text = { $actionLines }个行动方面、{ $goals }个可持续发展目标及其{ $targets }个具体目标、{ $countries }个国家和地区。
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
prize-category-number = 第{ $number }类
facilitators = 推动方
facilitator-role-lead = 牵头推动方
facilitator-role-co_facilitator = 共同推动方
facilitator-role-partner = 合作伙伴
sdgs-title = 可持续发展目标
sdgs-intro = 《2030年议程》的 17 项目标及其 169 个具体目标，每项信息社会世界峰会活动均与之挂钩。
sdg-goal = 目标{ $number }
sdg-targets = 具体目标（{ $count }）

## Forms: common
form-errors-heading = { $count ->
   *[other] 您输入的内容有{ $count }处问题
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
text-invalid-characters = 请删除此文本中的控制字符（单行字段中的换行符、会颠倒文字方向的不可见字符）。
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
signup-done-text = 我们已向{ $email }发送了一个链接。请点击该链接确认您的地址，然后登录。
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
   *[other] { $count }个账户
}
admin-roles-for = { $name }的角色
admin-roles-save = 保存角色
admin-roles-saved = 已保存{ $name }的角色。
admin-facilitators-title = 行动方面推动方
admin-facilitators-add = 添加推动方
field-action-line = 行动方面
field-agency = 机构
field-facilitator-role = 角色
admin-facilitator-added = 已添加推动方。
admin-facilitator-removed = 已移除推动方。
admin-remove = 移除
admin-remove-label = 从{ $line }中移除{ $agency }
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
mail-greeting = 尊敬的{ $name }：
mail-signature = 信息社会世界峰会平台团队
mail-verify-subject = 请确认您在信息社会世界峰会平台的电子邮件地址
mail-verify-body = 请在 48 小时内打开以下链接，确认您的电子邮件地址：
mail-reset-subject = 重置您的信息社会世界峰会平台密码
mail-reset-body = 有人申请重置您账户的密码。如果是您本人操作，请在一小时内打开以下链接：
mail-reset-ignore = 如果您并未提出此申请，请忽略本邮件：您的密码将保持不变。
mail-signup-exists-subject = 您的信息社会世界峰会平台账户
mail-signup-exists-body = 有人（可能是您本人）试图用此电子邮件地址注册信息社会世界峰会平台。该地址已有账户：请在此登录。
mail-signup-exists-forgot = 如果您忘记了密码，请在此设置新密码：

## Stocktaking
stocktaking-results = { $count ->
   *[other] { $count }个条目
}
stocktaking-new-title = 提交活动
stocktaking-edit-title = 编辑您的活动
stocktaking-mine-title = 您的条目
stocktaking-mine-empty = 您尚未提交任何活动。
stocktaking-search-label = 搜索活动
stocktaking-search-hint = 将找到包含您所有词语的条目；在两个词语之间加 OR 可查找其中任意一个。用"引号"括起短语；在词语前加减号（-词语）可排除包含该词的条目。
stocktaking-sort-label = 排序
stocktaking-sort-relevance = 最相关的在前
stocktaking-sort-newest = 最新的在前
stocktaking-search-submit = 搜索
stocktaking-refine = 筛选结果
stocktaking-active-filters = 已应用的筛选条件
stocktaking-remove-filter = （移除此筛选条件）
stocktaking-updated = 最后修改
stocktaking-is-public = 公开
stocktaking-edit = 编辑
facet-action_line = 行动方面
facet-c7_subline = C7分项
facet-sdg = 可持续发展目标
facet-target = 可持续发展目标具体目标
facet-country = 国家或地区
facet-region = 区域
facet-stakeholder_type = 利益攸关方类型
facet-activity_type = 活动类型
facet-status = 阶段
facet-year = 开始年份
facet-call = 征集
facet-language = 活动语言
search-facet-unknown = 某个筛选条件使用了不存在的分面。可用的分面为：action_line、c7_subline、sdg、target、country、region、stakeholder_type、activity_type、status、year、call 和 language。
search-filter-invalid = 某个筛选条件未按“分面:值”的格式书写（例如 sdg:4），或其值过长。
search-filters-too-many = 筛选条件过多：总数最多 40 个，同一分面最多 20 个值。
search-query-too-long = 搜索文本过长：最多 200 个字符。
search-page-invalid = 页码必须是 1 到 10000 之间的整数。
search-limit-invalid = 每页结果数必须是 1 到 100 之间的整数。
search-sort-invalid = 请按相关性或按最新排序。
activity-type-project = 项目
activity-type-programme = 方案
activity-type-training = 培训
activity-type-conference = 会议或活动
activity-type-website = 网站或门户
activity-type-guideline = 准则或政策
activity-type-toolkit = 工具包
activity-type-other = 其他
activity-status-planned = 计划中
activity-status-ongoing = 进行中
activity-status-completed = 已完成
entry-status-draft = 草稿
entry-status-submitted = 待审核
entry-status-published = 已发布
entry-status-returned = 已退回修改
entry-status-rejected = 已拒绝
coverage-national = 国家级
coverage-regional = 区域级
coverage-international = 国际级
entry-section-about = 活动简介
entry-section-organisation = 实施方
entry-field-title = 标题
entry-field-description = 描述
entry-description-hint = 请描述该活动及其成果和影响。可使用 Markdown（强调、列表、链接）。
entry-field-language = 本文本的语言
entry-field-activity-type = 活动类型
entry-field-status = 活动阶段
entry-field-start = 开始日期
entry-field-end = 结束日期
entry-field-dates = 日期
entry-field-website = 网站
entry-field-contact = 联系电子邮件
entry-field-organisation = 组织
entry-field-partners = 合作伙伴
entry-partners-hint = 每行填写一个合作伙伴。
entry-field-coverage = 覆盖范围
entry-field-countries = 国家或地区（国家级覆盖）
entry-field-regions = 区域（区域级覆盖）
entry-multi-hint = 按住 Ctrl（或 Cmd）键可选择多项。
entry-field-action-lines = 信息社会世界峰会行动方面
entry-field-sdgs = 可持续发展目标
entry-targets-hint = 请勾选该活动所支持的每项目标；您可以添加具体目标（例如 4.4、4.a）和简要理由。
entry-field-languages = 活动使用的语言
entry-rationale = 理由（简要说明）
entry-targets = 具体目标，例如 4.4、4.a
entry-save-draft = 保存
entry-submit = 保存并提交审核
entry-returned-comment = 秘书处退回了此条目，意见如下
entry-submit-as-is = 提交审核
entry-pending-edit = 有一个较新的版本正在等待审核；公众看到的仍是已发布的版本
entry-published-on = 发布于
entry-history = 历史记录
entry-event-submit = 已提交审核
entry-event-publish = 已发布
entry-event-return = 已退回修改
entry-event-reject = 已拒绝
title-required = 请输入标题。
title-too-long = 标题最多可有 200 个字符。
description-required = 请输入描述。
description-too-long = 描述最多可有 10,000 个字符。
activity-type-invalid = 请从列表中选择活动类型。
activity-status-invalid = 请选择活动阶段。
entry-status-invalid = 请从列表中选择状态。
coverage-invalid = 请选择国家级、区域级或国际级覆盖范围。
partners-invalid = 最多列出 50 个合作伙伴，每个不超过 200 个字符。
countries-required = 国家级覆盖须至少选择一个国家或地区。
regions-required = 区域级覆盖须至少选择一个区域。
region-invalid = 请从列表中选择区域。
action-line-c7-needs-subline = 对于 C7，请从其八个子方面中选择一个。
action-lines-required = 请至少选择一个行动方面。
rationale-too-long = 理由最多可有 500 个字符。
sdg-invalid = 请从列表中选择目标。
sdg-target-invalid = 请填写所选目标下的具体目标，例如 4.4 或 4.a。
sdgs-required = 请至少选择一项可持续发展目标。
date-invalid = 请按 2019-04-08 的格式输入日期。
end-before-start = 结束日期不得早于开始日期。
url-invalid = 请输入以 https:// 或 http:// 开头的网址。
entry-stale = 在您编辑期间，他人修改了此条目。您的文本如下：请重新加载该条目，进行比较，然后再次保存。
moderation-images-unseen = 您打开此条目后，有新图片被添加，或图片未在此处显示。请重新打开该条目，查看其图片，然后再作决定。
entry-rejected-final = 此条目已被拒绝，无法再作更改。
entry-action-not-allowed = 在条目当前状态下无法执行此步骤。
moderation-comment-required = 退回或拒绝条目时，请填写意见或理由。
error-409-title = 冲突
error-409-text = 该请求与记录的当前状态冲突。

## Moderation and calls
moderation-title = 审核队列
moderation-review = 审核
moderation-comment = 意见或理由
moderation-comment-hint = 退回或拒绝时必填；提交者将通过电子邮件收到该内容。
moderation-publish = 发布
moderation-return = 退回修改
moderation-reject = 拒绝
moderation-done = 决定已记录，并已通知提交者。
moderation-all = 全部
moderation-filter = 筛选
moderation-problems = 部分条目无法更改
moderation-select = 选择
moderation-owner = 提交者
moderation-bulk = 应用于所选条目
moderation-action = 决定
moderation-apply = 应用
moderation-choose-action = 请选择一项决定。
moderation-choose-entries = 请至少选择一个条目。
calls-title = 条目征集
call-year = 年份
call-window = 开放期
call-new = 发起新的征集
call-opens = 开放日期
call-closes = 截止日期
call-create = 发起征集
call-year-invalid = 请输入 2004 至 2100 之间的年份。
call-exists = 该年度已有征集。
call-overlaps = 此时段与另一征集的时段重叠：在此期间提交的条目将无法确定所属的征集。
call-edit-title = 条目征集
call-save = 保存征集
call-close = 立即结束征集
call-close-hint = 此后提交的条目将不属于此征集。
call-not-open = 此征集未开放。
mail-entry-submitted-subject = 信息社会世界峰会盘点：我们已收到您的条目
mail-entry-to-review-subject = 信息社会世界峰会盘点：有条目等待您审核
mail-entry-published-subject = 信息社会世界峰会盘点：您的条目已发布
mail-entry-returned-subject = 信息社会世界峰会盘点：您的条目已退回修改
mail-entry-rejected-subject = 信息社会世界峰会盘点：您的条目未能被接受
mail-entry-submitted = 我们已收到您的条目“{ $title }”。信息社会世界峰会秘书处将对其进行审核。
mail-entry-to-review = 条目“{ $title }”正在信息社会世界峰会盘点平台上等待您的审核。
mail-entry-published = 您的条目“{ $title }”现已在信息社会世界峰会盘点平台上发布。
mail-entry-returned = 信息社会世界峰会秘书处已将您的条目“{ $title }”退回修改。
mail-entry-rejected = 信息社会世界峰会秘书处未能接受您的条目“{ $title }”。
mail-entry-comment = 秘书处的意见：

## Statistics
stats-title = 统计
stats-by-action-line = 按行动方面分列的条目
stats-by-sdg = 按可持续发展目标分列的条目
stats-by-region = 按区域分列的条目（联合国M49）
stats-by-stakeholder = 按利益攸关方类型分列的条目
stats-by-year = 按开始年份分列的条目
stats-by-country = 按国家或地区分列的条目
stats-heatmap = 行动方面 × 可持续发展目标：同时关联两者的条目
stats-table = 以表格显示数字
stats-category = 类别
stats-entries = 条目
stocktaking-open-data = 开放数据（CSV）

## Import
import-title = 导入条目
import-intro = 请上传包含开放数据导出各列的 CSV 文件，或采用导出格式的 JSON 文件。每一行都会经过检查；只要有一行有问题，就不会导入任何内容。
import-file = 文件（CSV 或 JSON）
import-dry-run = 仅检查文件（试运行）
import-submit = 导入
import-ok = 文件有效：{ $count }个条目。
import-done = 已导入并发布{ $count }个条目。
import-problems = 文件存在问题；未导入任何内容。
import-summary = 新增：{ $created }。已更新：{ $updated }。未更改（已导入且相同）：{ $unchanged }。
import-uid-invalid = 此标识符（uid）无效：须为 1 至 64 个字母、数字、连字符或下划线。
import-uid-twice = 此标识符（uid）在文件中出现了两次。
import-row = 第{ $row }行，{ $field }
import-not-utf8 = 该文件不是 UTF-8 文本。
import-empty = 该文件不含任何条目。
import-bad-csv = 该文件不是有效的 CSV。
import-bad-json = 该文件不是采用导出格式的有效 JSON。
import-missing-column = 缺少此列。
import-unknown-column = 此列无法识别。
import-no-file = 请选择一个文件。
import-bad-row-length = 此行的字段数与标题行不同；未检查其字段。
import-json-not-text = 此值必须是文本。
import-json-not-list = 此值必须是列表。
import-json-bad-item = 此列表中的某一项不符合导出所写的格式。
import-json-not-entry = 此项不是导出所写的条目：应为包含 "data" 对象的对象。
import-index-followed = 搜索索引由运行中的 `wsis serve` 持有：它会在大约一秒内找到新条目。
import-dry-run-nothing-written = 试运行：未写入任何内容。
entry-event-import = 已导入

## Translations and versions
entry-translate = 添加译文
entry-translation-language = 译文语言
entry-translator = 译者
entry-translation-save = 保存译文
entry-revisions = 版本
entry-revision = 版本
entry-translated-by = 译者：

## Publications
reports-title = 出版物
reports-stocktaking = 某次征集的盘点报告
reports-success-stories = 成功案例
reports-language = 出版物语言
reports-format = 格式
reports-generate = 生成
reports-entries = 条目
reports-entries-hint = 要收录的条目编号，用逗号分隔；留空则使用该征集已保存的遴选。

## 条目图片
images-title = 图片
images-manage = 添加或删除图片
images-intro = 每项活动最多五张图片：PNG、JPEG 或 WebP 文件，不超过 8 MB，每边不超过 8000 像素。我们会删除图片的元数据（如拍摄地点），将其缩小到最多 1600 像素，并生成用于列表的小图。
images-none = 尚无图片。
image-add = 添加图片
image-file = 图片文件
image-alt = 替代文字
image-alt-hint = 为看不到图片的人说明图片内容（不超过 300 个字符）。
image-upload = 上传图片
image-remove = 删除
image-required = 请选择一个图片文件。
image-not-image = 此文件不是 PNG、JPEG 或 WebP 图片。
image-too-large = 此文件超过 8 MB。
image-too-many-pixels = 此图片过大：每边最多 8000 像素，总计最多 2500 万像素。
image-alt-required = 请用不超过 300 个字符描述这张图片。
image-limit = 此条目已有五张图片，已达上限：请先删除一张再添加。
media-store-failed = 暂时无法保存该文件，未保存任何内容。请几分钟后重试。
image-pending = 审核后公开
images-review-note = 您添加的图片经秘书处审核后才会公开；向已发布的条目添加图片会使该条目重新进入审核，其已发布版本在此期间仍然可见。
entry-event-images = 已添加图片，送交审核

## 成功案例遴选
success-stories-title = 成功案例
success-stories-year = { $year }年成功案例
success-stories-intro = 为某一征集遴选的已发布条目，按出版物中的顺序排列。请在条目页面上添加条目。
success-stories-none = 本年度尚未遴选任何条目。
success-stories-show = 显示
success-stories-add = 加入成功案例
success-stories-remove = 移除
success-stories-up = 上移
success-stories-down = 下移
success-stories-selected-in = 已入选{ $year }年成功案例。
success-stories-remove-from = 从{ $year }年成功案例中移除
success-stories-added-by = 由{ $name }于{ $date }遴选
success-stories-download = 下载成功案例（PDF）
success-stories-see = 成功案例遴选
success-stories-empty = 本年度成功案例尚未遴选任何已发布的条目。
success-stories-not-published = 只有已发布的条目才能入选成功案例。
revision-title = 版本{ $number }
revision-saved-by = 由{ $name }于{ $date }保存
revision-first = 第一个版本
revision-changes = 与版本{ $number }相比的更改
revision-no-changes = 此版本未更改任何字段。
revision-field = 字段
revision-value = 内容
revision-before = 修改前
revision-after = 修改后
revision-empty = （空）
revision-translation = 译文（{ $name }）
revision-item-targets = { $goals }（具体目标{ $targets }）
upload-quota-exceeded = 您的账户已用完图片和文件的上传配额。请删除不再需要的文件，或向秘书处寻求帮助。

home-entries-count = 已发布{ $count }项活动
home-entries-latest = 最新发布：
home-forum-edition = { $year }年信息社会世界峰会论坛：{ $start }至{ $end }，{ $venue }
home-forum-agenda = 议程
home-outcomes-count = { $year }年信息社会世界峰会论坛已批准的会议成果{ $count }项
stocktaking-skip-results = 跳至结果

# A short parenthetical after a label: "（16.2、16.b）".
parenthesised = （{ $text }）
success-stories-no-call = 此条目未提交至任何征集，因此不能列入任何年份的成功案例。
success-stories-not-of-call = 只有提交至该年度征集的条目才能入选该年度的成功案例。
# A day and a time range together: "8 April 2019, 09:00–10:30".
date-and-time = { $date } { $time }
entry-dates-since = 自{ $date }起
# Around a short aside inside a label: "正文（Français）".
paren-open = （
paren-close = ）
