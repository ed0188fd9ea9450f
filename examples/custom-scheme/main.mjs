// Appraise a team with a scheme written as JSON: lint it first, compile it once, then appraise
// every subject and print each total with the lines that explain it.
import { readFileSync } from 'node:fs';
import { appraiseSync, compile, lint, parseJsonSafely } from '@kaohe/core';

const read = (name) => parseJsonSafely(readFileSync(new URL(name, import.meta.url), 'utf8'));
const scheme = read('./helpdesk.scheme.json');
const locale = process.argv.includes('--en') ? 'en' : 'zh-CN';

const findings = lint(scheme);
for (const finding of findings) console.log(`lint ${finding.severity} ${finding.code}: ${finding.message[locale]}`);

const compiled = compile(scheme);
for (const input of read('./team.json')) {
  const result = appraiseSync(compiled, input);
  console.log(`${result.subject} ${result.name} ${result.total} ${result.outcome}`);
  for (const item of result.items) for (const line of item.lines) console.log(`  ${line.message[locale]}`);
  for (const veto of result.vetoes) console.log(`  ${veto.message[locale]}`);
}
