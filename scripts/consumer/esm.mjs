// The packed packages from an ES module: the README's appraisal, and a KaoheError from the
// CommonJS build recognised by the ESM class (and the other way round).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compile, appraiseSync, toDecimal, KaoheError, isKaoheError } from '@kaohe/core';
import { getPreset, presetSchemes } from '@kaohe/presets';
import { toDecimalString } from '@kaohe/adapters';
import { EXIT } from '@kaohe/cli';

const example = JSON.parse(readFileSync(new URL('./readme-example.json', import.meta.url), 'utf8'));
const entry = getPreset(example.preset);
const result = appraiseSync(compile(entry.scheme, { schemes: presetSchemes }), example.input);
assert.deepEqual([result.total, result.band?.id], [example.total, example.band]);
assert.equal(toDecimal('0.95').minus('0.90').toString(), '0.05');
assert.equal(toDecimalString('1,234.50'), '1234.5');
assert.equal(typeof EXIT, 'object');

const cjs = createRequire(import.meta.url)('@kaohe/core');
assert.notEqual(cjs.KaoheError, KaoheError, 'require() and import must load two builds for this check to mean anything');
const fromCjs = thrown(() => cjs.compile({}));
const fromEsm = thrown(() => compile({}));
assert.ok(fromCjs instanceof KaoheError, 'an error of the CommonJS build is instanceof the ESM KaoheError');
assert.ok(fromEsm instanceof cjs.KaoheError, 'an error of the ESM build is instanceof the CommonJS KaoheError');
assert.ok(isKaoheError(fromCjs) && cjs.isKaoheError(fromEsm));
assert.ok(!(new Error('plain') instanceof KaoheError), 'a plain Error is not a KaoheError');

function thrown(run) {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a KaoheError');
}
console.log('esm ok');
