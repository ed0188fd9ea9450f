import type { Locale } from '@kaohe/core';

/**
 * The notes of the presets' inferred readings (`provenance: { inferred }`) in Chinese, keyed by the
 * English note the preset data carries. A test keeps every note of the catalogue and the
 * organisations here, so a zh-CN reader of `kaohe presets show` never meets an English note.
 */
const ZH_CN: ReadonlyMap<string, string> = new Map([
  ["the text rates 70-80 as 合格 and leaves (80, 90) unrated; the gap is read as 合格",
   "原文把 70-80 分评为合格,(80, 90) 未评等级;此空档按合格计"],
  ["\"70分以下\" includes 70, which \"70-80\" also rates 合格; 70 is read as 合格",
   "\"70分以下\"包含 70 分,而\"70-80\"也把 70 分评为合格;70 分按合格计"],
  ["the seven items give 20 + 20 + 20 + 20 + 10 + 10 + 10 = 110 points, while the bands of the page are written for a total of 100",
   "七项分值合计 20 + 20 + 20 + 20 + 10 + 10 + 10 = 110 分,而页面上的等级是按总分 100 分写的"],
  ["the literal \"非本因\" reads as a typo for accountable outages",
   "原文\"非本因\"按笔误解读,即计入本部门负责的网络中断"],
  ["the text sets a 70% floor but no deduction step: points × min(1, rate / 70%); no approved project gives full points",
   "原文设定 70% 的下限,但没有扣分档:分值 × min(1, 比率 / 70%);没有批准立项的项目时得满分"],
  ["no scoring rule is given: points × min(1, achievement)",
   "原文未给出计分规则:分值 × min(1, 完成率)"],
  ["the clause has no 每 (\"per\"): it is read per whole step of 5 points like M2-M4; no project delivered scores full points",
   "该条没有\"每\"字:与 M2-M4 一样按每满 5 个百分点计;没有交付项目时得满分"],
  ["every failed acceptance round costs 5 even if the project passed later, and the item scores 0 if it never passed; the +20 for an excellent internal acceptance is capped at the item’s 20 points",
   "每次验收不合格扣 5 分,即使项目之后验收合格;项目始终未通过验收则本项 0 分;内验优秀加的 20 分以本项 20 分封顶"],
  ["no scoring rule is given: points × satisfaction",
   "原文未给出计分规则:分值 × 满意度"],
  ["no scoring rule is given: points × the share of tickets signed back on time; no ticket scores full points",
   "原文未给出计分规则:分值 × 按时签回的工单比例;没有工单时得满分"],
  ["the first phrase is copied from the network administration engineer; the second, \"与售后服务主管承担同等职责\", names the after-sales service supervisor",
   "第一句抄自网络管理工程师;第二句\"与售后服务主管承担同等职责\"指的是售后服务主管"],
  ["no scoring rule is given: points × verified / registered; an empty register scores full points",
   "原文未给出计分规则:分值 × 核实数 / 登记数;登记为空时得满分"],
  ["the allowance of D1 is annual (\"每年度考核不大于2次\"), so the period is a year; the standard bands apply to the annual total",
   "D1 的允许次数按年度计(\"每年度考核不大于2次\"),因此考核期为一年;标准等级适用于年度总分"],
  ["seed 001 gives no rating bands; the standard bands of seed 000 (the Technical Support Center) apply",
   "文档 001 未给出考核等级;采用文档 000(技术支持中心)的标准等级"],
  ["the page gives weights and performance standards but no scale, period or bands; its one numeric standard counts checks a year",
   "页面给出了权重和绩效标准,但没有分值尺度、考核期和等级;其唯一的数值标准按每年检查次数计"],
  ["the standard is a number, so the achievement is computed: 100 × min(1, satisfaction / 95%)",
   "标准是一个数值,因此达成度按公式计算:100 × min(1, 满意度 / 95%)"],
  ["the standard is a number, so the achievement is computed: 100 × min(1, checks / 4); the clause is split by a page break after 客户服",
   "标准是一个数值,因此达成度按公式计算:100 × min(1, 检查次数 / 4);该条在\"客户服\"之后被分页截断"],
  ["whole 10% steps: the form labels the early tier \"31-40\", yet less than 10% early scores 30 like on time; the deviation is (actual − planned) / planned",
   "按每满 10% 计档:表格把提前档标为\"31-40\",但提前不足 10% 与按时一样得 30 分;偏差为 (实际 − 计划) / 计划"],
  ["integer-looking bands applied to a composite that can be fractional: read as half-open intervals, each from its lower bound up to the next grade; A has no upper bound, so a literal composite above 100 is still A",
   "看似整数的等级用于可能带小数的综合分:按半开区间解读,每级从其下限到上一级的下限;A 没有上限,因此按原文算出的综合分超过 100 时仍为 A"],
  ["integer-looking bands applied to a composite that can be fractional: read as half-open intervals, each from its lower bound up to the next grade",
   "看似整数的等级用于可能带小数的综合分:按半开区间解读,每级从其下限到上一级的下限"],
  ["\"E\" is our name for \"below 60\"; integer-looking bands applied to a composite that can be fractional: read as half-open intervals, each from its lower bound up to the next grade",
   "\"E\"是我们对\"60分以下\"的命名;看似整数的等级用于可能带小数的综合分:按半开区间解读,每级从其下限到上一级的下限"],
  ["\"the last week\" is read as the last 7 calendar days of the month; the bonus is paid in the first such window that starts after the collection date",
   "\"最后一周\"按当月最后 7 个自然日解读;奖金在回款日期之后开始的第一个这样的发放期发放"],
  ["the text divides by 4 although its formula and form list five raters (its prose names four: self, sales rep, project manager, superior)",
   "原文除以 4,但其公式和表格列出了五位评分人(正文列出四位:本人、销售代表、工程经理、上级)"],
  ["\"不足10%,按10%算\" is written after the overrun clause and applied to saving too (ceil); \"20%以上\" on the saving side and \"超支预算20%\" on the overrun side are read as beyond 20% (the value at 20% is the same either way); the form starts the middle tier at 6%, leaving [5%, 6%) unrated; this reading starts it at 5%",
   "\"不足10%,按10%算\"写在超支条款之后,也适用于节约(向上取整);节约一侧的\"20%以上\"与超支一侧的\"超支预算20%\"均按超过 20% 解读(在 20% 处两种解读的得分相同);表格的中间档从 6% 开始,[5%, 6%) 未评分;此解读从 5% 开始"],
  ["\"工程验收后一个星期内\" is read as within 7 calendar days of acceptance, day 7 included (以内 includes the number): each day after that costs 1",
   "\"工程验收后一个星期内\"按验收后 7 个自然日内解读,含第 7 天(\"以内\"含本数):此后每天扣 1 分"],
  ["the form leaves deviations in [5%, 6%) unrated; the preset closes the gap at 5%",
   "表格对 [5%, 6%) 的偏差未评分;预置方案在 5% 处补上此空档"],
  ["the page is cut off before the after-sales scoring table; the item, its points and its rule are inferred: 40 × the share of tickets handled on time; no ticket gives full points",
   "页面在售后评分表之前被截断;本项、其分值与规则均为推定:40 × 按时处理的工单比例;没有工单时得满分"],
  ["the page is cut off before the after-sales scoring table; the item, its points and its rule are inferred: rated 0–30 by each rater, with the quality bands of the implementation form",
   "页面在售后评分表之前被截断;本项、其分值与规则均为推定:每位评分人按 0–30 评分,采用实施表格的质量档位"],
  ["\"不足10%,按10%算\" is written after the overrun clause and applied to saving too (ceil); \"20%以上\" on the saving side and \"超支预算20%\" on the overrun side are read as beyond 20% (the value at 20% is the same either way); the form starts the middle tier at 6%, leaving [5%, 6%) unrated; this reading starts it at 5%; the page is cut off before the after-sales scoring table; the item, its points and its rule are inferred: the cost rule of the implementation form against the quarter's budget from finance",
   "\"不足10%,按10%算\"写在超支条款之后,也适用于节约(向上取整);节约一侧的\"20%以上\"与超支一侧的\"超支预算20%\"均按超过 20% 解读(在 20% 处两种解读的得分相同);表格的中间档从 6% 开始,[5%, 6%) 未评分;此解读从 5% 开始;页面在售后评分表之前被截断;本项、其分值与规则均为推定:采用实施表格的费用规则,以财务提供的本季度预算为准"],
  ["the page is cut off before the after-sales scoring table; the item, its points and its rule are inferred: rated 0–10 by each rater (the text asks that operations records be kept and archived)",
   "页面在售后评分表之前被截断;本项、其分值与规则均为推定:每位评分人按 0–10 评分(原文要求运维记录完整并归档)"],
  ["\"有用户满意度调查表\" is read as an unfavourable survey",
   "\"有用户满意度调查表\"按有不满意的调查结果解读"],
  ["the page is cut off in the after-sales split; the director's 30% of the other two schemes is assumed",
   "页面在售后分配部分被截断;沿用另两个方案中总监的 30%"],
  ["the clause says \"工程实施绩效考核\" (copied from the implementation rules); read as three consecutive after-sales D grades",
   "该条写的是\"工程实施绩效考核\"(抄自实施部分);按售后连续三次 D 级解读"],
  ["the text lists four raters (self, sales rep, finance rep, superior) but adds three and divides by 3",
   "原文列出四位评分人(本人、销售代表、财务代表、上级),却只加总三位并除以 3"],
  ["\"不足10%,按10%算\" is written after the overrun clause and applied to saving too (ceil); \"20%以上\" on the saving side and \"超支预算20%\" on the overrun side are read as beyond 20% (the value at 20% is the same either way)",
   "\"不足10%,按10%算\"写在超支条款之后,也适用于节约(向上取整);节约一侧的\"20%以上\"与超支一侧的\"超支预算20%\"均按超过 20% 解读(在 20% 处两种解读的得分相同)"],
  ["\"不足10%,按10%算\" is written after the overrun clause and applied to saving too (ceil); \"20%以上\" on the saving side and \"超支预算20%\" on the overrun side are read as beyond 20% (the value at 20% is the same either way); the page is cut off before the after-sales scoring table; the item, its points and its rule are inferred: the literal cost rule of the implementation form",
   "\"不足10%,按10%算\"写在超支条款之后,也适用于节约(向上取整);节约一侧的\"20%以上\"与超支一侧的\"超支预算20%\"均按超过 20% 解读(在 20% 处两种解读的得分相同);页面在售后评分表之前被截断;本项、其分值与规则均为推定:按原文采用实施表格的费用规则"],
  ["\"两日\" read as 48 hours from dispatch; the agreed time applies when the order carries one",
   "\"两日\"按派单后 48 小时解读;工单带有约定时间时以约定时间为准"],
  ["the text names installation visits; every visit is held to it",
   "原文说的是装机上门;每次上门都按此要求"],
  ["10 minutes plus \"5分钟内\" read as contact by 15 minutes after dispatch, inclusive; the fine follows the reporting lines from the technician, the agent is the order's own",
   "10 分钟加\"5分钟内\"按派单后 15 分钟内联系用户解读,含 15 分钟;罚款沿运维人员的汇报线向上追究,客服人员为工单上记录的本人"],
  ["\"3个月内\" read as the current month and the two before it",
   "\"3个月内\"按当月及其前两个月解读"],
  ["up to 3 (from 1) criticised, more than 3 reported: the literal text gives 3 to both",
   "1 至 3 次批评,3 次以上通报:原文把 3 次同时归入两档"],
  ["days counted as 24-hour spans from the dispatch time",
   "天数按自派单时刻起的 24 小时计"],
  ["months are calendar months, like the 考核月",
   "月按自然月计,与考核月一致"],
  ["the report tier starts above 3 so no count falls in two tiers",
   "通报档从 3 次以上开始,因此任何次数都不会同时落入两档"],
  ["response limits per fault class from the SLA table; the point values are in \"附件三:代维考核办法\", which the page does not include",
   "各故障类别的响应时限取自 SLA 表;扣分分值在页面未收录的\"附件三:代维考核办法\"中"],
  ["restore limits per fault class from the SLA table; the point values are in \"附件三:代维考核办法\", which the page does not include",
   "各故障类别的恢复时限取自 SLA 表;扣分分值在页面未收录的\"附件三:代维考核办法\"中"],
  ["\"3日前\" read as on or before the 3rd; the deduction is in the missing annex (the point values are in \"附件三:代维考核办法\", which the page does not include)",
   "\"3日前\"按当月 3 日当天及之前解读;扣分在缺失的附件中(扣分分值在页面未收录的\"附件三:代维考核办法\"中)"],
  ["\"不能超过15%\": over 15% (exclusive) is a violation; the point values are in \"附件三:代维考核办法\", which the page does not include",
   "\"不能超过15%\":超过 15%(不含 15%)即为违规;扣分分值在页面未收录的\"附件三:代维考核办法\"中"],
  ["the point values are in \"附件三:代维考核办法\", which the page does not include",
   "扣分分值在页面未收录的\"附件三:代维考核办法\"中"],
  ["the common usage of 前 in due dates includes the day",
   "到期日中的\"前\"按通常用法包含当天"],
  ["the text lists four indicators and no weights: equal weights of 25%",
   "原文列出四项指标而无权重:按各 25% 等权计"],
  ["the roster runs by the month",
   "值班表按月轮换"],
  ["the framework names its categories and no weights: the user sets them",
   "该框架只列出类别而无权重:由使用者设定"],
  ["the text gives no period",
   "原文未给出考核期"],
]);

/**
 * The note of an inferred reading in a locale: the English note as the preset data writes it, or
 * its Chinese rendering (the English note itself when none is known, as for a scheme of your own).
 *
 * @example
 * inferredNote('the text gives no period', 'zh-CN'); // '原文未给出考核期'
 * inferredNote('the text gives no period', 'en'); // 'the text gives no period'
 */
export function inferredNote(note: string, locale: Locale): string {
  return locale === 'zh-CN' ? (ZH_CN.get(note) ?? note) : note;
}

/** Whether a Chinese rendering of an inferred note is known. */
export function hasInferredNoteZh(note: string): boolean {
  return ZH_CN.has(note);
}
