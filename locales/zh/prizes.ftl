## 信息社会世界峰会奖（issue 13）

prize-editions = 各届评奖
prize-no-editions = 信息社会世界峰会奖尚未开启任何一届评奖。
prize-edition-title = { $year }年信息社会世界峰会奖
prize-edition-nav = 本届评奖
prize-timeline = 时间安排
prize-phase-upcoming = 尚未开始
prize-phase-submission = 项目提交
prize-phase-review = 专家评审与提名
prize-phase-voting = 公众在线投票
prize-phase-selection = 评选获奖项目
prize-phase-announced = 公布结果
prize-phase-dates = { $from }至{ $to }
prize-phase-now = 当前阶段：{ $phase }。
prize-rule-all-categories = 本届评奖中，投票人须在全部 18 个类别中投票，其选票方为有效。
prize-categories = 18 个类别
prize-category-title = 第{ $number }类：{ $name }
prize-back-to-edition = 返回本届评奖
prize-back-to-category = 返回该类别
prize-back-to-manage = 返回本届评奖管理
prize-back-to-queue = 返回我的评审列表
prize-submit-link = 提交项目
prize-results-link = 结果及重新计票方法
prize-review-link = 专家评审
prize-manage-link = 管理本届评奖
prize-fraud-link = 可疑投票
prize-audit-link = 审计日志
prize-nominees-not-yet = 本类别的获提名项目尚未公布。
prize-voting-open = 投票已开始：请在本类别中选择一个项目。投票结束前不显示实时票数。
prize-nominees-count = { $count ->
   *[other] { $count }个获提名项目。
}
prize-vote = 投票
prize-vote-final = 投票一经提交即为最终结果，不能更改或撤回。您将收到确认电子邮件。
prize-you-voted = 您已于{ $date }（UTC）投票支持“{ $title }”。您的投票为最终结果。
prize-sign-in-to-vote = 登录后投票（须使用已确认电子邮件地址的账户）
prize-voted = 您的投票已记录。确认电子邮件正在发送给您。
prize-my-votes = 我的投票
prize-my-votes-title = 我在{ $year }年信息社会世界峰会奖中的投票
prize-my-votes-count = { $count ->
   *[other] 您已在全部{ $total }个类别中的{ $count }个类别投票。
}
prize-nominee = 获提名项目
prize-col-when = 时间（UTC）
prize-col-who = 操作人
prize-col-year = 年份
prize-col-status = 状态
prize-col-action = 决定
prize-col-subject = 对象
prize-col-mean = 平均分（满分 70）
prize-col-spread = 专家评分范围
prize-voided = 已作废
prize-results-title = { $year }年信息社会世界峰会奖结果
prize-results-summary = { $count ->
   *[other] 共统计{ $count }票；冠军项目{ $champions }个。
}
prize-recount-heading = 自行重新计票
prize-sealed-at = 选票已于投票结束时（{ $date }，UTC）封存。其 SHA-256 摘要已在当时公布，此后未有变动：
prize-digest = 选票的 SHA-256 摘要
prize-recount-how = 下载匿名化选票（每票一行：化名投票人、类别、获提名项目、时间），核对其摘要，然后使用平台命令重新计票：
prize-ballots-download = 选票（CSV）
prize-tally-text = 命令输出的结果
prize-winners-pending = 专家从各类别的冠军项目中评选出该类别的获奖项目；获奖项目公布后将在此显示。
prize-winner = 获奖项目
prize-champion = 冠军项目
prize-champions = 冠军项目
prize-votes-count = { $count ->
   *[other] { $count }票
}
prize-champions-by-country = 各国冠军项目（数量最多的 20 个国家）
prize-champions-by-type = 按利益攸关方类型分列的冠军项目
prize-choose-winner = 本类别获奖项目
prize-save-winner = 保存获奖项目
prize-winner-saved = 获奖项目已保存。
prize-winner-not-champion = 请从本类别的冠军项目中选择一个。
prize-selection-closed = 获奖项目在投票结束后、结果公布前评选。

## 项目提交

prize-submit-title = 向{ $year }年信息社会世界峰会奖提交项目
prize-edit-title = 修改您的{ $year }年信息社会世界峰会奖草稿
prize-submit-intro = 每个实体在每个类别中只能提交一个项目，且每个项目只能提交至一个类别。提交内容须使用英文。请先保存草稿；草稿页面会显示尚缺的内容，补全后即可提交。
prize-submission-closed = 本届评奖目前不接受项目提交。
prize-from-entry = 以您的某个盘点条目为基础
prize-field-category = 类别
prize-field-title = 项目名称
prize-field-organisation = 提交项目的实体
prize-organisation-hint = 组织、机构或公司。每个实体在每个类别中只能提交一个项目。
prize-field-website = 项目网站
prize-field-description = 向投票人展示的项目介绍
prize-description-hint = 须为{ $min }至{ $max }个英文单词。目前为{ $count ->
   *[other] { $count }个单词
}。
prize-words-label = 单词数
prize-field-linkage = 与信息社会世界峰会行动方面和可持续发展目标的关联
prize-field-impact = 定性和定量影响
prize-field-partnerships = 伙伴关系
prize-field-challenges = 挑战
prize-field-future-plans = 未来计划
prize-field-owner-email = 项目负责人的电子邮件地址（如非您本人）
prize-owner-email-hint = 您可以提名不属于您的项目：系统将通过电子邮件通知项目负责人。
prize-save-draft = 保存草稿
prize-draft-saved = 您的草稿已保存。
prize-edit-draft = 修改草稿
prize-submit-button = 提交项目
prize-submitted = 您的项目已提交。确认电子邮件正在发送给您。
prize-cannot-submit = 该项目暂不能提交
prize-checklist = 提交前请确认
prize-check-basics = 国家和利益攸关方类型
prize-check-description = { $min }至{ $max }个单词的项目介绍（目前为{ $count }个）
prize-check-done = 已完成
prize-check-missing = 缺失
prize-mine-title = 我的评奖申报
prize-mine-none = 您尚未提交任何项目。
prize-status-draft = 草稿
prize-status-submitted = 已提交，专家评审中
prize-status-nominated = 已获提名
prize-status-declined = 未获提名

prize-category-required = 请选择类别。
prize-category-invalid = 请从 18 个类别中选择一个。
prize-title-required = 请输入项目名称。
prize-organisation-required = 请输入提交项目的实体。
prize-country-required = 请选择国家。
prize-stakeholder-type-required = 请选择利益攸关方类型。
prize-text-too-long = 此文本过长。
prize-english-only = 仅接受英文提交。
prize-description-required = 请输入向投票人展示的项目介绍。
prize-description-too-short = 项目介绍过短：至少须有 150 个单词。
prize-description-too-long = 项目介绍过长：最多可有 200 个单词。
prize-answer-required = 请回答此问题。
prize-entity-has-project = 该实体已在本类别中提交了项目：每个实体在每个类别中只能提交一个项目。
prize-previous-winner = 该实体曾获得信息社会世界峰会奖：往届获奖者不具备参评资格。
prize-submission-not-draft = 该项目已提交，无法再修改。
prize-submission-stale = 自您打开草稿后，草稿已有改动；请重新加载后再次修改。
prize-submission-not-submitted = 只有已提交的项目才能获得提名或被拒绝提名。

prize-mail-submitted-subject = 您的项目已提交至{ $year }年信息社会世界峰会奖
prize-mail-submitted = 您的项目“{ $title }”已提交至{ $year }年信息社会世界峰会奖的“{ $category }”类别。专家组将评审每一份申报；是否获得提名，我们将另行通知您。
prize-mail-nominated-by-subject = 您的项目已被提交至{ $year }年信息社会世界峰会奖
prize-mail-nominated-by = { $organisation }已将您的项目“{ $title }”提交至{ $year }年信息社会世界峰会奖。如有错误，请回复本邮件。
prize-mail-votes-subject = 您在{ $year }年信息社会世界峰会奖中的投票
prize-mail-votes = { $count ->
   *[other] 特此确认您在{ $year }年信息社会世界峰会奖中投出的{ $count }票：
}
prize-mail-votes-final = 投票一经提交即为最终结果。您可以在此查看您的全部投票：

## 专家评审

prize-review-title = 专家评审 — { $year }年信息社会世界峰会奖
prize-review-intro = 以下是您所负责类别的申报项目。请按照已公布的标准为每个项目评分；如与某个项目存在关联，请申报利益冲突，该项目将从您的列表中移除。
prize-review-none = 您负责的类别中没有需要评审的项目。
prize-review-one = 评审：{ $title }
prize-review-about = “{ $category }”类别的申报项目。请按 1（弱）至 10（优秀）为每项标准评分。
prize-review-this = 评审此项目
prize-read-project = 阅读项目
prize-scored = 已评分
prize-not-scored = 尚未评分
prize-scores-heading = 您的评分
prize-field-comment = 评语（选填）
prize-save-scores = 保存评分
prize-scores-saved = 您的评分已保存。
prize-criterion-impact = 成果与影响
prize-criterion-empowerment = 增强社区能力
prize-criterion-sdg-relevance = 与可持续发展目标的相关性
prize-criterion-replicability = 可复制性
prize-criterion-sustainability = 可持续性
prize-criterion-partnerships = 伙伴关系
prize-criterion-wsis-values = 弘扬信息社会世界峰会价值观
prize-score-required = 请给出 1 至 10 的评分。
prize-score-invalid = 评分须为 1 至 10 的整数。
prize-conflict-heading = 利益冲突
prize-conflict-hint = 请说明您回避的原因（例如：“我是该组织的顾问”）。您将不再看到此项目，也不能再为其评分。
prize-declare-conflict = 申报利益冲突
prize-conflict-saved = 您的利益冲突申报已记录；该项目已从您的列表中移除。
prize-field-reason = 原因
prize-reason-required = 请说明原因。
prize-review-closed = 评分须在专家评审阶段进行。

## 秘书处

prize-new-edition = 开启新一届评奖
prize-create-edition = 创建本届评奖
prize-field-year = 年份
prize-year-invalid = 请输入 2000 至 2100 之间的年份。
prize-edition-exists = 该年份的评奖已存在。
prize-dates-heading = 各阶段日期（UTC 00:00）
prize-field-submission-opens = 开始接受提交
prize-field-submission-closes = 截止提交
prize-field-voting-opens = 投票开始
prize-field-voting-closes = 投票结束
prize-field-announced-at = 公布结果
prize-field-require-all = 投票规则
prize-date-invalid = 请按 YYYY-MM-DD 格式输入日期。
prize-date-order = 每个日期都须晚于前一个日期。
prize-save-dates = 保存日期
prize-edition-saved = 本届评奖已保存。
prize-sealed = 本届评奖的计票结果已封存：其投票和日期不再变更。
prize-manage-title = 管理{ $year }年信息社会世界峰会奖
prize-vote-totals = 目前投票情况：有效{ $count }票，作废{ $voided }票，投票人{ $voters }名。（投票结束前，公众看不到任何票数。）
prize-experts = 专家
prize-experts-none = 尚未任命任何专家。
prize-add-expert = 任命专家
prize-experts-saved = 专家名单已保存。
prize-account-unknown = 没有使用此电子邮件地址的账户。
prize-remove = 移除
prize-ranking = 按专家评分排列的申报项目
prize-ranking-none = 尚未提交任何项目。
prize-spread = { $low }至{ $high }（{ $experts ->
   *[other] { $experts }位专家
}）
prize-nominate = 提名
prize-decline = 不予提名
prize-decision-saved = 决定已保存。
prize-publish-nominees = 公布获提名项目
prize-publish-nominees-help = 公布后，获提名项目将向公众展示；此后专家组的决定即为最终决定。
prize-nominees-published = 获提名项目已公布。
prize-nominees-are-published = 获提名项目已公布。
prize-fraud-title = 可疑投票 — { $year }年信息社会世界峰会奖
prize-fraud-intro = 投票中发现的异常模式：某一获提名项目的票数骤增、大量账户从同一网络地址投票、大量新账户使用同一种电子邮件地址模式。您可以作废其所列投票，或予以驳回；每项决定及其理由都将记入审计日志。
prize-scan = 立即查找可疑模式
prize-scanned = 已完成投票扫描。
prize-pending = 待决定
prize-pending-none = 没有待决定的事项。
prize-decided = 已决定
prize-suspicion-burst = 票数骤增
prize-suspicion-address = 大量账户来自同一地址
prize-suspicion-pattern = 大量新账户使用同一种电子邮件地址模式
prize-accounts-count = { $count ->
   *[other] { $count }个账户
}
prize-void-votes = 作废其投票
prize-dismiss = 驳回
prize-decision-voided = 投票已作废
prize-decision-dismissed = 已驳回
prize-suspicion-decided = 此事项已作出决定。
prize-void-heading = 作废某一账户的投票
prize-field-voter = 账户编号
prize-void-voter = 作废投票
prize-voter-voided = 该账户的投票已作废。
prize-voter-unknown = 不存在此账户。
prize-audit-title = 审计日志 — { $year }年信息社会世界峰会奖
prize-audit-intro = 按时间顺序列出与本届评奖投票有关的每一项决定。其中任何内容都不会被修改或删除。
prize-audit-none = 尚未作出任何决定。
prize-actor-platform = 平台
prize-audit-edition-created = 已创建本届评奖
prize-audit-edition-dates-changed = 日期已更改
prize-audit-domain-blocked = 电子邮件域名已封禁
prize-audit-domain-unblocked = 电子邮件域名已解封
prize-audit-suspicion-found = 发现可疑模式
prize-audit-voter-voided = 投票已作废
prize-audit-suspicion-voided = 可疑情况属实，投票已作废
prize-audit-suspicion-dismissed = 可疑情况已驳回
prize-audit-tally-sealed = 计票结果已封存（摘要、选票）
prize-audit-winner-chosen = 已选定获奖项目
prize-audit-expert-added = 已任命专家
prize-audit-expert-removed = 已移除专家
prize-audit-conflict-declared = 已申报利益冲突
prize-audit-nominated = 项目已获提名
prize-audit-declined = 项目未获提名
prize-audit-nominees-published = 获提名项目已公布
prize-blocked-title = 已封禁的电子邮件域名
prize-blocked-intro = 电子邮件地址属于以下域名（一次性邮箱地址）的账户不能投票。
prize-blocked-none = 没有封禁任何域名。
prize-field-domain = 域名（例如 mailinator.com）
prize-block-domain = 封禁域名
prize-domain-invalid = 请输入域名，例如 example.com。
prize-domains-saved = 列表已保存。

## 投票被拒绝的情形

prize-vote-closed = 本届评奖目前未开放投票。
prize-vote-unverified = 投票前请先确认您的电子邮件地址。
prize-vote-blocked-domain = 电子邮件地址属于此域名的账户不能投票。
prize-vote-voided = 此账户的投票已被作废；该账户不能在本届评奖中投票。
prize-vote-already = 您已在本类别投票；投票一经提交即为最终结果。
prize-nominee-invalid = 此项目不是本类别的获提名项目。

## 盘点条目页面

prize-entry-champion = { $year }年信息社会世界峰会奖：冠军项目，{ $category }
prize-entry-winner = { $year }年信息社会世界峰会奖：获奖项目，{ $category }
prize-audit-results-announced = 结果已公布
prize-results-of = 冠军项目：{ $what }
prize-results-all = 全部结果

## 秘书处主页（议题 11）

secretariat-title = 秘书处
secretariat-intro = 平台各部分等待决定的事项，以及最近的决定。
secretariat-entries-waiting = 待审核的条目
secretariat-forum = { $year }年信息社会世界峰会论坛
secretariat-forum-dates = { $from }至{ $to }
secretariat-call-open = 会议征集开放中
secretariat-call-closed = 会议征集已截止
secretariat-agenda-published = { $count ->
   *[other] 议程已发布（{ $count }个版本）
}
secretariat-agenda-unpublished = 议程尚未发布
secretariat-proposals-waiting = 待决定的会议提案
secretariat-registrations-waiting = 待批准的注册
secretariat-outcomes-waiting = 待审核的会议成果
secretariat-submissions-waiting = 待决定的奖项申报
secretariat-suspicions-waiting = 待决定的可疑投票
secretariat-recent = 最近的决定
secretariat-recent-none = 尚无任何决定。
