import { formatInterval, parseLocalDate, payoutWindowAfter, signed, toDecimal, toInterval, type BonusCoefficient, type FactSpec, type PayoutSchedule, type RaterPanel, type ResolvedScorecard } from '@kaohe/core';
import { bilingual, capitalise, table } from './markdown';
import { renderProvenance } from './renderProvenance';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A ratio as a percentage: `0.005` → `0.5%`. */
export function percent(value: string | number): string {
  return `${toDecimal(value).times(100).toString()}%`;
}

/** How a panel's composite is computed, in words. */
export function compositeText(panel: RaterPanel): string {
  if (panel.combine === 'mean') return 'the mean of the totals of the raters who rated (a rater who gives no rating is left out of the count)';
  if (panel.combine === 'weighted') return "the raters' totals weighted by their weights, renormalised over the raters who rated";
  return `the sum of the raters' totals divided by ${signed(panel.divisor ?? panel.literalDivisor ?? panel.raters.length)}, as the text writes it`;
}

function panelSection(scheme: ResolvedScorecard): string {
  const panel = scheme.panel;
  if (panel === undefined) return '';
  const raters = panel.raters.map((rater) => `\`${rater.id}\`${rater.name === undefined ? '' : ` ${bilingual(rater.name)}`}${rater.weight === undefined ? '' : ` weight ${signed(rater.weight)}`}`);
  const computed = scheme.items.filter((item) => item.rule.kind !== 'rated').map((item) => item.id);
  const rated = scheme.items.filter((item) => item.rule.kind === 'rated').map((item) => item.id);
  const how = compositeText(panel);
  const literal = panel.literalDivisor === undefined ? '' : ` The text divides by ${signed(panel.literalDivisor)} for the ${panel.raters.length} raters it lists: the linter reports \`divisor_mismatch\` on the literal reading.`;
  return [
    `Raters (评分人) and composite (综合分数):`,
    '',
    `- Raters: ${raters.join('; ')}. In the input, \`ratings.<item>\` is keyed by these ids.`,
    `- Computed items (the same for every rater): ${computed.length === 0 ? 'none' : computed.join(', ')}. Rated items (one rating per rater): ${rated.length === 0 ? 'none' : rated.join(', ')}. Each rater's total is the computed items plus that rater's ratings.`,
    `- Composite (\`combine: '${panel.combine}'\`): ${how}.${literal}`,
    '',
  ].join('\n');
}

function gradesSection(scheme: ResolvedScorecard): string {
  if (scheme.grades === undefined) return '';
  const rows = scheme.grades.map((grade) => [grade.id, bilingual(grade.name), formatInterval(toInterval(grade)), `× ${signed(grade.factor)} (${percent(grade.factor)})`, renderProvenance(grade.provenance)]);
  return [
    'Grades (考核等级) on the composite, with the share of the full bonus each earns; the grades are also the scheme\'s bands, so a result\'s `band` names the grade:',
    '',
    table(['Grade', 'Name', 'Composite', 'Bonus factor', 'Source'], rows),
    '',
  ].join('\n');
}

function coefficientTable(coefficient: BonusCoefficient, facts: ReadonlyMap<string, FactSpec>): string {
  const fact = facts.get(coefficient.fact);
  const rows = Object.entries(coefficient.values).map(([value, factor]) => [`\`${value}\``, signed(factor)]);
  const described = fact?.description === undefined ? '' : ` (${fact.description.en}; ${fact.description['zh-CN']})`;
  return [
    `${bilingual(coefficient.name)} — \`${coefficient.id}\`, chosen by the fact \`${coefficient.fact}\`${described}. ${renderProvenance(coefficient.provenance)}`,
    '',
    table([`\`${coefficient.fact}\``, 'Coefficient'], rows),
    '',
  ].join('\n');
}

function payoutText(payout: PayoutSchedule): string {
  const months = payout.months.map((month) => MONTHS[month - 1] ?? String(month));
  const example = (date: string): string => {
    const local = parseLocalDate(date);
    if (local === undefined) return '';
    const window = payoutWindowAfter(local, payout);
    return `collected ${date} → paid ${window.start} to ${window.end}`;
  };
  return `- Payout window (计发时间): after \`${payout.fact}\`, in the last ${payout.lastDays} calendar days of ${months.join(', ')}, in the first such window that starts after the collection date (e.g. ${example('2026-09-23')}; ${example('2026-09-24')}); \`payout\` is \`null\` while the fact is absent. ${renderProvenance(payout.provenance)}`;
}

function bonusSection(scheme: ResolvedScorecard): string {
  const bonus = scheme.bonus;
  if (bonus === undefined) return '';
  const facts = new Map(scheme.inputs.map((input) => [input.name, input]));
  const factors = bonus.coefficients.map((coefficient) => coefficient.name.en);
  const full = factors.length === 0 ? 'base' : `base × ${factors.join(' × ')}`;
  const stake = bonus.spreadFact === undefined ? 'full' : `full / \`${bonus.spreadFact}\` (the bonus is spread evenly over the service quarters; each quarterly appraisal settles one share)`;
  const lines = [
    `Project bonus (工程奖金): ${renderProvenance(bonus.provenance)}`,
    '',
    `- Base (基数工程奖金) = \`${bonus.contractFact}\` × ${percent(bonus.rate)}.`,
    `- Full (全额工程奖金) = ${full}.`,
    `- Final (最终工程奖金) = ${stake} × the grade's factor, or 0 when a veto with outcome "bonus 0" is met.`,
    `- Department pool (技术部资金池) = ${bonus.spreadFact === undefined ? 'full' : "the quarter's share"} − final.`,
  ];
  if (bonus.split !== undefined) {
    const split = bonus.split;
    const engineersMin = percent(toDecimal(1).minus(toDecimal(split.max)).toString());
    const engineersMax = percent(toDecimal(1).minus(toDecimal(split.min)).toString());
    lines.push(
      `- Split (奖金分配): the ${bilingual(split.leader)} takes \`${split.fact}\` of the final bonus, ${percent(split.min)}–${percent(split.max)} by contribution; the ${bilingual(split.engineers)} share the rest (${engineersMin}–${engineersMax}). A share outside the range is rejected with \`leader_share_out_of_range\`; without the fact, \`shares\` is \`null\`. ${renderProvenance(split.provenance)}`,
    );
  }
  if (bonus.director !== undefined) {
    lines.push(`- ${capitalise(bilingual(bonus.director.name))}: ${percent(bonus.director.share)} of the final bonus, paid on top of the team's. ${renderProvenance(bonus.director.provenance)}`);
  }
  if (bonus.payout !== undefined) lines.push(payoutText(bonus.payout));
  lines.push(
    `- Money: base, full${bonus.spreadFact === undefined ? '' : ', the quarter\'s share'} and final are computed exactly and shown rounded to 0.01 half-up; leader = round(final × share); engineers = final − leader, so the two add up to the final bonus; director = round(final × share); pool from the rounded figures.`,
    '',
  );
  for (const coefficient of bonus.coefficients) lines.push(coefficientTable(coefficient, facts));
  return lines.join('\n');
}

function sanctionSection(scheme: ResolvedScorecard): string {
  const sanction = scheme.sanction;
  if (sanction === undefined) return '';
  return [
    `Sanction (连续${sanction.count}个${sanction.grade}): ${sanction.count} consecutive ${sanction.grade} grades of this scheme for the same person, the current one included, read from \`${sanction.fact}\` (earlier grades, oldest first) → ${bilingual(sanction.name)} (\`${sanction.id}\`). ${renderProvenance(sanction.provenance)}`,
    '',
  ].join('\n');
}

/**
 * The project parts of a scorecard (seed 002): raters and composite, grades with their bonus
 * factors, the bonus formula with its coefficient tables, split, director's share, pool and payout
 * window, and the grade-streak sanction. Empty for a scheme that has none of them.
 */
export function renderProjectSections(scheme: ResolvedScorecard): string {
  return [panelSection(scheme), gradesSection(scheme), bonusSection(scheme), sanctionSection(scheme)].filter((part) => part !== '').join('\n');
}
