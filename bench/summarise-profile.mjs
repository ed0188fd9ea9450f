// Prints the top self-time functions of a .cpuprofile (from `node --cpu-prof`).
import { readFileSync } from 'node:fs';

const [file, limit = '25'] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: node bench/summarise-profile.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const deltas = profile.timeDeltas;
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url === '' ? '' : `${url.replace(/^.*\/(node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?|packages\/)/, '')}:${lineNumber + 1}`;
  const key = `${functionName || '(anonymous)'}  ${where}`;
  const dt = deltas[i] ?? 0;
  total += dt;
  self.set(key, (self.get(key) ?? 0) + dt);
});
const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(limit));
console.log('| self % | function | where |\n|---:|---|---|');
for (const [key, time] of rows) {
  const [name, where] = key.split('  ');
  console.log(`| ${((100 * time) / total).toFixed(1)} | \`${name}\` | ${where} |`);
}
