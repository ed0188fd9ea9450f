// Time against input size: appraisal of outsourced-maintenance/vendor with N events per fact, and
// inputs and schemes nested N deep. Run after `pnpm build`:
//   node bench/scaling.mjs vendor 10000 100000 1000000
//   node bench/scaling.mjs nested-input 20000 40000
//   node bench/scaling.mjs nested-scheme 20000 40000
//   node bench/scaling.mjs regime 10000 100000      (N orders, each a collective fine, an org of N people)
// Each case prints its size, the outcome (total or error code) and the wall time; the time is for
// reading, never asserted by a test.
import { appraiseRegime, appraiseSync, compile, compileRegime } from '@kaohe/core';
import { fieldOpsRoles, getPreset, technician } from '@kaohe/presets';

const vendor = getPreset('outsourced-maintenance/vendor').scheme;
const pad = (n) => String(n).padStart(2, '0');

function vendorInput(n) {
  const tickets = [];
  const reports = [];
  const faultyParts = [];
  for (let i = 0; i < n; i += 1) {
    const day = 1 + (i % 30);
    const minute = i % 60;
    const at = `2026-09-${pad(day)}T${pad(i % 24)}:${pad(minute)}:00+08:00`;
    tickets.push({ id: `T${i}`, faultClass: ['critical', 'major', 'minor'][i % 3], dispatchedAt: at, respondedAt: `2026-09-${pad(day)}T${pad(i % 24)}:${pad(minute)}:30+08:00`, ...(i % 7 === 0 ? {} : { restoredAt: `2026-09-${pad(day)}T${pad(i % 24)}:${pad(minute)}:59+08:00` }) });
    reports.push({ id: `R${i}`, kind: 'weekly', covers: `2026-09-${pad(day)}`, submittedOn: `2026-09-${pad(Math.min(30, day + (i % 9)))}` });
    faultyParts.push({ id: `P${i}`, removedOn: `2026-09-${pad(day)}`, ...(i % 5 === 0 ? {} : { sentOn: `2026-09-${pad(Math.min(30, day + (i % 6)))}` }) });
  }
  return { subject: 'vendor-A', period: '2026-09', facts: { tickets, reports, faultyParts, contractStaff: 20, staffChanges: 1, unapprovedStaffChanges: 0, spotCheckFindings: 2, keyManagementFindings: 0 } };
}

/** N repair orders of October, each contacting the user 20 minutes after dispatch, and an org of N technicians. */
function regimeCase(n) {
  const people = [
    { id: 'OPS-01', name: 'ops', roles: [{ role: 'ops-manager' }] },
    { id: 'A-01', name: 'area', roles: [{ role: 'area-manager' }] },
    { id: 'S-01', name: 'station', roles: [{ role: 'station-head' }] },
    { id: 'CS-07', name: 'agent', roles: [{ role: 'customer-service-agent' }] },
  ];
  for (let i = 0; i < n; i += 1) people.push({ id: `T-${i}`, name: `t${i}`, roles: [{ role: 'technician' }], reportsTo: 'S-01' });
  const org = { schemaVersion: 1, kind: 'orgChart', id: 'field', name: { 'zh-CN': '运营部', en: 'ops' }, roles: fieldOpsRoles, people };
  const orders = [];
  for (let i = 0; i < n; i += 1) {
    const day = pad(1 + (i % 30));
    const hour = pad(8 + (i % 10));
    orders.push({ id: `R${i}`, kind: 'repair', dispatchedAt: `2026-10-${day}T${hour}:00:00+08:00`, contactedAt: `2026-10-${day}T${hour}:20:00+08:00`, onSiteAt: `2026-10-${day}T${hour}:50:00+08:00`, agent: 'CS-07' });
  }
  return { org, input: { subject: `T-${n - 1}`, period: '2026-10', facts: { orders } } };
}

function nested(depth) {
  let value = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

function outcome(run) {
  try {
    const result = run();
    return `total ${result.total}`;
  } catch (error) {
    return `${error.name} ${error.code ?? error.message.slice(0, 60)}`;
  }
}

function time(label, size, run) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const said = outcome(run);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuS = (used.user + used.system) / 1e6;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`${label.padEnd(14)} ${String(size).padStart(9)}  wall ${(ms / 1000).toFixed(2).padStart(7)} s  cpu ${cpuS.toFixed(2).padStart(7)} s  peak rss ${rss.toFixed(0).padStart(5)} MB  ${said}`);
}

const [kind = 'vendor', ...sizes] = process.argv.slice(2);
const compiled = compile(vendor);
for (const size of sizes.map(Number)) {
  if (kind === 'vendor') {
    const input = vendorInput(size);
    time('vendor', size, () => appraiseSync(compiled, input));
  } else if (kind === 'vendor-tickets') {
    const input = vendorInput(size);
    input.facts.reports = [];
    input.facts.faultyParts = [];
    time('vendor-tickets', size, () => appraiseSync(compiled, input));
  } else if (kind === 'regime') {
    const { org, input } = regimeCase(size);
    const regime = compileRegime(technician);
    time('regime', size, () => {
      const result = appraiseRegime(regime, input, { org });
      return { total: `fine ${result.fine.total}, ${result.collectiveFines.length} collective` };
    });
  } else if (kind === 'nested-input') {
    const input = { ...vendorInput(1), facts: { ...vendorInput(1).facts, unused: nested(size) } };
    time('nested-input', size, () => appraiseSync(compiled, input));
  } else if (kind === 'nested-scheme') {
    const scheme = { ...vendor, extra: nested(size) };
    time('nested-scheme', size, () => compile(scheme));
  } else throw new Error(`unknown case ${kind}`);
}
