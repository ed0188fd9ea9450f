// The packed packages from CommonJS: require() gets the same API and results as import.
const assert = require('node:assert/strict');
const { compile, appraiseSync, toDecimal, KaoheError, isKaoheError } = require('@kaohe/core');
const { getPreset, presetSchemes } = require('@kaohe/presets');
const { toDecimalString } = require('@kaohe/adapters');
const { EXIT } = require('@kaohe/cli');

const example = require('./readme-example.json');
const entry = getPreset(example.preset);
const result = appraiseSync(compile(entry.scheme, { schemes: presetSchemes }), example.input);
assert.deepEqual([result.total, result.band && result.band.id], [example.total, example.band]);
assert.equal(toDecimal('0.95').minus('0.90').toString(), '0.05');
assert.equal(toDecimalString('1,234.50'), '1234.5');
assert.equal(typeof EXIT, 'object');

let error;
try {
  compile({});
} catch (caught) {
  error = caught;
}
assert.ok(error instanceof KaoheError && isKaoheError(error), 'compile({}) throws a KaoheError');
console.log('cjs ok');
