import type { z } from 'zod';
import type { LocalizedText } from '../model/common';
import type { KaoheErrorCode } from './codes';
import type { KaoheIssue } from './KaoheError';
import type { LimitBreach } from '../limits';
import { limitIssue } from './limitExceeded';

type ZodIssue = z.core.$ZodIssue;

function maxDepth(issues: readonly ZodIssue[]): number {
  return issues.reduce((depth, issue) => Math.max(depth, issue.path.length + (issue.code === 'invalid_union' ? maxDepth(issue.errors.flat()) : 0)), 0);
}

/** Of a union's branches, the issues of the one that got furthest: what the writer most likely meant. */
function bestBranch(errors: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] {
  let best: readonly ZodIssue[] = [];
  let bestScore = -1;
  for (const branch of errors) {
    // A branch rejected only for its discriminating shape (wrong type at the root) is the least likely.
    const rootTypeMiss = branch.every((issue) => issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'unrecognized_keys'));
    const score = maxDepth(branch) * 10 + (rootTypeMiss ? 0 : 5) - branch.length;
    if (score > bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function describe(issue: ZodIssue): LocalizedText {
  switch (issue.code) {
    case 'invalid_type':
      return { en: `expected ${issue.expected}`, 'zh-CN': `应为 ${issue.expected}` };
    case 'unrecognized_keys':
      return { en: `unknown key(s) ${issue.keys.join(', ')}`, 'zh-CN': `未知的键 ${issue.keys.join(', ')}` };
    case 'invalid_value':
      return {
        en: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        'zh-CN': `应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一`,
      };
    case 'too_small':
      return { en: `must be at least ${String(issue.minimum)}${issue.origin === 'array' ? ' element(s)' : ''}`, 'zh-CN': `不得小于 ${String(issue.minimum)}${issue.origin === 'array' ? ' 个元素' : ''}` };
    case 'too_big':
      return { en: `must be at most ${String(issue.maximum)}`, 'zh-CN': `不得大于 ${String(issue.maximum)}` };
    case 'invalid_format':
      return { en: `invalid ${issue.format}`, 'zh-CN': `${issue.format} 格式无效` };
    case 'custom':
      return { en: `invalid ${issue.message}`, 'zh-CN': `${issue.message} 无效` };
    case 'invalid_union':
      return { en: 'matches none of the allowed forms', 'zh-CN': '不符合任何允许的形式' };
    default:
      return { en: issue.message, 'zh-CN': issue.message };
  }
}

/**
 * Turns zod's issues into kaohe issues with a path and a reason in both locales. Union errors are
 * narrowed to the branch that got furthest, so a typo deep in a rule is reported where it is.
 */
export function issuesFromZod(issues: readonly ZodIssue[], code: KaoheErrorCode, prefix: ReadonlyArray<string | number> = []): KaoheIssue[] {
  const out: KaoheIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branch = bestBranch(issue.errors);
      if (branch.length > 0) {
        for (const inner of issuesFromZod(branch, code, path)) out.push(inner);
        continue;
      }
    }
    const breach = issue.code === 'custom' ? (issue.params?.limitBreach as LimitBreach | undefined) : undefined;
    out.push(breach === undefined ? { code, path, params: { reason: describe(issue) } } : limitIssue(breach, path));
  }
  return out;
}
