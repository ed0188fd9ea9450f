// Prints the top self-time functions of a .cpuprofile (from `node --cpu-prof`).
//   node bench/summarise-profile.mjs <file.cpuprofile> [top] [--under <function>]
// With `--under appraiseSync`, only the samples taken inside that function count (and the garbage
// collector's, shared by the share of time spent inside it), so the input generator and start-up
// of bench/profile.mjs drop out.
import { readFileSync } from 'node:fs';

const underAt = process.argv.indexOf('--under');
const under = underAt === -1 ? undefined : process.argv[underAt + 1];
const [file, limit = '25'] = process.argv.slice(2).filter((arg, i, all) => arg !== '--under' && all[i - 1] !== '--under');
if (file === undefined) {
  console.error('usage: node bench/summarise-profile.mjs <file.cpuprofile> [top]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
/** Whether a sample's stack passes through the function named `under`. */
const inside = (id) => {
  for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.functionName === under) return true;
  return false;
};
let gcTime = 0;
let allTime = 0;
const self = new Map();
const deltas = profile.timeDeltas;
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url === '' ? '' : `${url.replace(/^.*\/(node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?|packages\/)/, '')}:${lineNumber + 1}`;
  const key = `${functionName || '(anonymous)'}  ${where}`;
  const dt = deltas[i] ?? 0;
  allTime += dt;
  if (functionName === '(garbage collector)') gcTime += dt;
  if (under !== undefined && !inside(id)) return;
  total += dt;
  self.set(key, (self.get(key) ?? 0) + dt);
});
if (under !== undefined) {
  // The collector's samples have no caller: give `under` its share of them, by its share of the rest.
  const gcShare = (gcTime * total) / Math.max(1, allTime - gcTime);
  self.set('(garbage collector, its share)  ', gcShare);
  total += gcShare;
  console.log(`inside ${under}: ${((100 * (total - gcShare)) / allTime).toFixed(1)} % of the profile's samples`);
}
const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(limit));
console.log('| self % | function | where |\n|---:|---|---|');
for (const [key, time] of rows) {
  const [name, where] = key.split('  ');
  console.log(`| ${((100 * time) / total).toFixed(1)} | \`${name}\` | ${where} |`);
}
