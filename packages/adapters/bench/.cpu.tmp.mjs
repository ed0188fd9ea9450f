const { ticketEventFacts, ticketProfile } = await import('../dist/index.js');
const c0 = process.cpuUsage(); const t = performance.now();
const c = await ticketEventFacts(process.argv[2], ticketProfile('sheet', 'tech-support-center/after-sales-supervisor'), { until: '2026-10-01T00:00:00+08:00' });
const cpu = process.cpuUsage(c0);
console.log(c.size, 'clock', ((performance.now() - t) / 1000).toFixed(2), 'cpu', ((cpu.user + cpu.system) / 1e6).toFixed(2));
