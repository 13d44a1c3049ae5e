## 会议成果（issue 12）

outcome-title = 成果
outcome-of = 第{ $number }场会议的成果：{ $title }
outcomes-sessions-title = 会议成果
outcomes-of = { $year }年信息社会世界峰会论坛会议成果
outcomes-count = 已核准{ $count }场会议的成果。
outcomes-none = 尚未核准任何会议成果。
outcomes-back = 全部会议成果
outcome-session-page = 会议页面
outcome-page-link = 成果单独页面
outcomes-manage-link = 管理成果
outcome-links = 会议推动的行动方面和可持续发展目标
outcome-written-in = 撰写语言：
outcome-form-title = 会议成果
outcome-form-of = 第{ $number }场会议的成果：{ $title }
outcome-form-intro = 请报告本场会议取得的成果。可使用六种语言中的任何一种撰写，并在下方注明；秘书处审核后，将其发布在会议页面和成果文件中。
outcome-section-report = 报告
outcome-field-language = 文本语言
outcome-language-hint = 撰写报告所用的语言。
outcome-field-summary = 摘要
outcome-field-achievements = 主要成就
outcome-field-challenges = 挑战
outcome-field-trends = 新趋势
outcome-field-recommendations = 建议和承诺
outcome-links-hint = 请选择本场会议推动的行动方面（C7 请选择其分支）和可持续发展目标，并逐项简要说明理由；可持续发展目标可注明具体目标。
outcome-section-participation = 参与情况
outcome-field-participants-onsite = 现场参会人数
outcome-field-participants-remote = 在线参会人数
outcome-save = 保存
outcome-submit = 提交秘书处
outcome-status-missing = 未开始
outcome-status-draft = 草稿
outcome-status-submitted = 已提交审核
outcome-status-returned = 已退回修改
outcome-status-approved = 已核准
outcome-returned-comment = 秘书处要求修改
outcome-deadline = 截止日期
outcome-deadline-is = 组织者提交成果的截止日期为
outcome-deadline-none = 未设截止日期
outcome-deadline-passed-on = { $date }（已过期）
outcome-deadline-field = 新截止日期
outcome-deadline-hint = 组织者可提交的最后一天（以会议地点日期为准）。截止前一周和前一天会提醒组织者。留空则不设截止日期。
outcome-deadline-save = 保存截止日期
outcome-revisions-link = 历史版本
outcome-revisions-title = 成果的历史版本
outcome-revisions-of = 第{ $number }场会议成果的历史版本：{ $title }
outcome-revision-number = 第{ $version }版
outcome-revision-content = 内容
outcome-back-to-form = 返回成果
outcome-decide = 决定
outcome-comment = 给组织者的意见
outcome-comment-hint = 退回成果时必填；将通过电子邮件发送给组织者。
outcome-approve = 核准并发布
outcome-return = 退回修改
outcome-decide-nothing = 暂无需决定：组织者尚未提交成果。
outcomes-manage-title = 会议成果
outcomes-manage-nav = 成果：跟进
outcomes-manage-of = { $year }年会议成果：跟进
outcomes-public-link = 已发布的成果
outcomes-sessions = 已接受的会议
outcomes-sessions-none = 此列表中没有会议。
outcomes-filter = 显示成果
outcomes-col-session = 会议
outcomes-col-organiser = 组织者
outcomes-col-status = 成果
outcomes-col-updated = 最后修改
outcome-remind-col = 提醒
outcome-remind-submit = 通过电子邮件提醒所选组织者
outcome-saved = 成果已保存。
outcome-submitted = 成果已提交秘书处。
outcome-approved = 成果已核准并发布。
outcome-returned = 成果已退回组织者。
outcome-deadline-saved = 截止日期已保存。
outcome-reminders-sent = 提醒邮件正在发送。

## 错误
outcome-summary-required = 请撰写会议摘要。
outcome-section-too-long = 文本过长（最多4000个字符）。
rationale-required = 请为所选的每个行动方面和可持续发展目标简要说明理由。
participants-invalid = 请填写0至100000之间的整数，或留空。
outcome-status-invalid = 未知的成果状态。
outcome-action-invalid = 未知操作。
outcome-approved-locked = 该成果已核准：现在只有秘书处可以修改。
outcome-deadline-passed = 提交成果的截止日期已过。如仍需提交，请联系秘书处。
outcome-decision-invalid = 请选择核准或退回成果。
outcome-decision-not-allowed = 成果当前的状态不允许作出此决定。
outcome-comment-required = 请在意见中说明组织者应修改的内容。
outcome-not-open = 本届论坛议程发布后即可提交成果。
outcome-stale = 在您编辑期间，其他人保存了该成果。您的文本保留在下方：请与最新版本核对后再保存。
outcome-remind-none = 请至少选择一场需要提醒其组织者的会议。

## 邮件
mail-outcome-subject = { $year }年信息社会世界峰会论坛：第{ $number }场会议的成果
mail-outcome-approved = 您的会议“{ $title }”（第{ $number }场）的成果已核准并发布。
mail-outcome-returned = 秘书处已将您的会议“{ $title }”（第{ $number }场）的成果退回修改。秘书处的意见：
mail-outcome-reminder-subject = { $year }年信息社会世界峰会论坛：提醒提交第{ $number }场会议的成果
mail-outcome-reminder = { $dated ->
    [yes] 请于{ $due }前提交您的会议“{ $title }”（第{ $number }场）的成果。
   *[no] 请提交您的会议“{ $title }”（第{ $number }场）的成果。
}

## 信息社会世界峰会—可持续发展目标矩阵
matrix-title = 信息社会世界峰会—可持续发展目标矩阵
matrix-intro = 信息社会世界峰会各行动方面如何支持可持续发展目标：其推动方记录的关联及理由，以及支撑每项关联的论坛会议、会议成果和盘点活动数量。
matrix-year = 年份
matrix-all-years = 所有年份
matrix-show = 显示
matrix-links-count = 推动方已记录{ $count }项关联
matrix-json = 开放数据（JSON）
matrix-csv = 开放数据（CSV）
matrix-edit-link = 编辑您负责的行动方面的关联
matrix-facilitators-title = 各行动方面的负责人
matrix-legend = 每个单元格统计与两者均相关的已发布会议、已核准的会议成果和盘点活动；颜色越深，数量越多。圆点表示推动方记录的关联。选择单元格可查看其理由和构成。
matrix-caption = 行动方面（行）与可持续发展目标（列）
matrix-linked = 推动方记录的关联
matrix-back = 返回矩阵
matrix-cell-title = { $line }与可持续发展目标{ $goal }
matrix-link = 推动方记录的关联
matrix-targets = 具体目标
matrix-no-link = 推动方尚未记录此关联。
matrix-updated = 最后修改：{ $name }，{ $date }。
matrix-history = 关联修改记录
matrix-session = { $year }年信息社会世界峰会论坛第{ $number }场会议
matrix-sessions = { $count }场会议
matrix-outcomes = { $count }场会议的成果
matrix-entries = 盘点活动
matrix-entries-count = { $count ->
    [0] 没有已发布的活动
   *[other] { $count }项已发布的活动
}
matrix-history-of = { $line }的关联修改记录
matrix-history-none = 尚无修改记录。
matrix-col-when = 时间
matrix-col-who = 修改人
matrix-col-goal = 目标
matrix-col-rationale = 理由
matrix-removed = 已删除关联
matrix-edit-of = { $line }与可持续发展目标的关联
matrix-edit-intro = 请为该行动方面支持的每个目标填写理由，并可选填具体目标。清空两项即删除关联。每次修改都会保存在修改记录中。
matrix-save = 保存关联
matrix-facilitators-intro = 推动方账户负责在此分配给它们的行动方面的矩阵关联（分配到C7的账户负责其全部分支）。
matrix-facilitators-none = 尚未为任何账户分配行动方面。
matrix-facilitator-add = 为推动方分配行动方面
matrix-saved = 关联已保存。
matrix-facilitator-added = 该推动方现负责此行动方面。
matrix-facilitator-removed = 该推动方不再负责此行动方面。
matrix-rationale-required = 请填写此关联的理由（或清空具体目标以删除关联）。
matrix-rationale-too-long = 理由过长（最多1500个字符）。
matrix-stale = 在您编辑期间，其他人修改了这些关联。您的文本保留在下方：请查看修改记录后再保存。
matrix-facilitator-unknown = 没有使用此地址的推动方账户（请先为该账户授予推动方角色）。
matrix-year-invalid = 请以数字填写年份。
stats-heat-cell = { $line } × 可持续发展目标{ $goal }：{ $count }

## 行动方面推动会议
meetings-title = 行动方面推动会议
meetings-of = { $year }年信息社会世界峰会论坛行动方面推动会议
meetings-back = 返回论坛
meetings-intro = 各行动方面的推动方在论坛期间举行会议；以下是他们记录的会议内容：主要优先事项、机遇和挑战。
meeting-not-recorded = 尚未记录
meetings-all = 全部推动会议
meeting-of = { $line }推动会议，{ $year }年信息社会世界峰会论坛
meeting-not-recorded-long = 推动方尚未记录此次会议。
meeting-edit = 记录会议
meeting-priorities = 主要优先事项
meeting-opportunities = 机遇
meeting-challenges = 挑战
meeting-save = 保存记录
meeting-saved = 会议记录已保存。
meeting-stale = 在您编辑期间，其他人保存了此记录。您的文本保留在下方：请与已保存的记录核对后再保存。
meeting-priorities-required = 请填写会议的主要优先事项。
meeting-text-too-long = 文本过长（最多6000个字符）。

## Photos of outcomes
outcome-photos = 照片
outcome-photos-of = 第{ $number }场会议成果的照片：{ $title }
outcome-photos-intro = 最多可上传五张会议照片（JPEG、PNG或WebP格式，每张不超过8 MB），每张附一段文字，为无法看到照片的人说明其内容。照片将与成果一同发布。
outcome-photo-limit = 该成果已有五张照片：请先删除一张再添加。
