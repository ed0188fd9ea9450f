// The same appraisal from CommonJS, for HR systems that still require() their dependencies.
const { compile, appraiseSync } = require('@kaohe/core');
const { getPreset, presetSchemes } = require('@kaohe/presets');

const entry = getPreset('tech-support-center/presales-engineer');
const compiled = compile(entry.scheme, { schemes: presetSchemes });
const result = appraiseSync(compiled, {
  subject: 'TSC-004',
  period: '2026-Q3',
  facts: { projectsApproved: 10, projectsWon: 6, salesTargetAchievement: '0.95' },
  ratings: { P3: 8, P4: { projectManager: 9, sales: 8 }, P5: 9 },
});
console.log(JSON.stringify({ total: result.total, band: result.band && result.band.id, hash: result.scheme.hash }));
