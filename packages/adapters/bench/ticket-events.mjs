// Ticket-event benchmark of @kaohe/adapters (run by `pnpm --filter @kaohe/adapters bench:tickets`).
// Generates 10,000,000 ticket events (ticket_id, subject, class, step, at) in a temporary
// folder, tickets interleaved and some reopened, then in a child process each: bare
// papaparse over the file, ticketEventFacts streaming it into each subject's on-time counts
// (ticketsOnTime, ticketsTotal of the after-sales supervisor's A2 profile), and the same
// aggregation as SQL on DuckDB. Prints events/s, the streaming reader's ratio to bare
// papaparse by the clock and by CPU time (target >= 0.5), peak RSS (target < 400 MB), the load
// average, and checks that the streamed and the SQL counts are identical for every subject. BENCH_EVENTS sets the number of events.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const SUBJECTS = 5_000;
const BLOCK = 50_000; // tickets whose events are interleaved with each other
const PROFILE = ['sheet', 'tech-support-center/after-sales-supervisor'];
const UNTIL = '2026-10-01T00:00:00+08:00';
const H = 3_600_000;
// The machine may be shared: the bare and the streamed runs alternate RUNS times and the median ratio counts.
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

async function makeEvents(file) {
  const out = createWriteStream(file);
  out.write('ticket_id,subject,class,step,at\n');
  const levels = ['一级', '二级', '三级'];
  const t0 = Date.UTC(2026, 8, 1);
  let written = 0;
  let ticket = 0;
  while (written < EVENTS) {
    // A block of tickets: all dispatches, then completions, then reopened completions and sign-backs.
    const first = ticket;
    const count = Math.min(BLOCK, Math.ceil((EVENTS - written) / 4));
    const lines = [[], [], [], []];
    for (let k = 0; k < count; k++, ticket++) {
      const id = `S${ticket}`;
      const head = `${id},M${ticket % SUBJECTS},${levels[ticket % 3]}`;
      const start = t0 + ((ticket * 7919) % (29 * 24)) * H;
      lines[0].push(`${head},dispatchedAt,${start}`);
      lines[1].push(`${head},completedAt,${start + ((ticket * 31) % 30) * H}`);
      if (ticket % 8 === 0) lines[2].push(`${head},completedAt,${start + 26 * H}`);
      else lines[2].push(`${head},signedBackAt,${start + 30 * H}`);
      lines[3].push(`${head},closedAt,${start + 48 * H}`);
    }
    for (const part of lines) {
      const take = part.slice(0, EVENTS - written);
      written += take.length;
      if (take.length > 0 && !out.write(take.join('\n') + '\n')) await once(out, 'drain');
    }
    if (ticket === first) break;
  }
  out.end();
  await once(out, 'finish');
  return written;
}

async function runChild(kind, file) {
  // Modules are loaded before the clock starts: the rate is the reading's, not the start-up's.
  const { default: Papa } = await import('papaparse');
  const { ticketEventFacts, duckdbTicketFacts, ticketProfile, DUCKDB_MEMORY_LIMIT, DUCKDB_THREADS } = await import('../dist/index.js');
  if (kind === 'duckdb') await import('@duckdb/node-api');
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let events = 0;
  let counts = null;
  if (kind === 'bare') {
    await new Promise((resolve, reject) =>
      Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
        chunk: (r) => {
          for (const row of r.data) if (row.length > 1 || row[0] !== '') events++;
        },
        complete: resolve,
        error: reject,
      }),
    );
    events -= 1;
  } else {
    const profile = ticketProfile(...PROFILE);
    // DuckDB with its default caps (DUCKDB_THREADS, DUCKDB_MEMORY_LIMIT), as a user's call without options runs it
    const found = kind === 'stream' ? await ticketEventFacts(file, profile, { until: UNTIL }) : await duckdbTicketFacts(file, profile, { until: UNTIL });
    counts = Object.fromEntries(found);
    events = EVENTS;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpuStarted);
  // CPU time (all threads, user and system): on a machine shared with other work it varies far less than the clock
  const cpuSeconds = (used.user + used.system) / 1e6;
  const caps = kind === 'duckdb' ? `threads ${DUCKDB_THREADS}, memory_limit ${DUCKDB_MEMORY_LIMIT}` : undefined;
  process.stdout.write(JSON.stringify({ events, seconds, cpuSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024, counts, caps }));
}

function measure(kind, file) {
  const child = spawnSync(process.execPath, [here, '--child', kind, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (child.status !== 0) throw new Error(`${kind} failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kaohe-ticket-bench-'));
  try {
    const file = join(dir, 'ticket-events.csv');
    const t = performance.now();
    const written = await makeEvents(file);
    console.log(`load average at the start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
    console.log(`generated ${written.toLocaleString('en')} ticket events (${(statSync(file).size / 1e6).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const pairs = [];
    for (let run = 0; run < RUNS; run++) {
      const b = measure('bare', file);
      if (b.events !== written) throw new Error(`bare papaparse read ${b.events} events, ${written} written`);
      pairs.push([b, measure('stream', file)]);
    }
    pairs.sort((x, y) => x[0].seconds / x[1].seconds - y[0].seconds / y[1].seconds);
    const [bare, stream] = pairs[pairs.length >> 1];
    const ratios = pairs.map(([b, s]) => (b.seconds / s.seconds).toFixed(2));
    const cpuRatios = pairs.map(([b, s]) => b.cpuSeconds / s.cpuSeconds).sort((x, y) => x - y);
    const cpuRatio = cpuRatios[cpuRatios.length >> 1];
    const sql = measure('duckdb', file);
    const subjects = Object.keys(stream.counts);
    const differing = subjects.filter((s) => JSON.stringify(stream.counts[s]) !== JSON.stringify(sql.counts[s]));
    if (differing.length > 0 || Object.keys(sql.counts).length !== subjects.length) throw new Error(`streamed and SQL counts differ for ${differing.slice(0, 5).join(', ')}`);
    const rate = (r) => Math.round(written / r.seconds);
    console.table([
      { path: 'bare papaparse', 'events/s': rate(bare), 'peak RSS MB': Math.round(bare.maxRssMb) },
      { path: 'ticketEventFacts (streamed)', 'events/s': rate(stream), 'peak RSS MB': Math.round(stream.maxRssMb) },
      { path: `duckdbTicketFacts (SQL; ${sql.caps})`, 'events/s': rate(sql), 'peak RSS MB': Math.round(sql.maxRssMb) },
    ]);
    const ratio = Number((stream.seconds === 0 ? 0 : bare.seconds / stream.seconds).toFixed(2));
    console.log(`ratios of ${RUNS} alternating runs: ${ratios.join(', ')} (the median's runs shown); peak RSS of the streamed runs: ${pairs.map(([, s]) => Math.round(s.maxRssMb)).join(', ')} MB`);
    console.log(`by CPU time (events per CPU-second): ratios ${cpuRatios.map((r) => r.toFixed(2)).join(', ')}, median ${cpuRatio.toFixed(2)}; DuckDB ${(bare.cpuSeconds / sql.cpuSeconds).toFixed(2)}× bare papaparse`);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
    console.log(`identical counts for all ${subjects.length.toLocaleString('en')} subjects`);
    console.log(`streamed: ratio ${ratio} to bare papaparse (target >= 0.5), peak RSS ${Math.round(Math.max(...pairs.map(([, s]) => s.maxRssMb)))} MB (target < 400): ${ratio >= 0.5 && pairs.every(([, s]) => s.maxRssMb < 400) ? 'met' : 'NOT met'}`);
    console.log(`DuckDB (${sql.caps}): ${(bare.seconds / sql.seconds).toFixed(2)}× bare papaparse's rate, peak RSS ${Math.round(sql.maxRssMb)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await runChild(process.argv[3], process.argv[4]);
else await main();
