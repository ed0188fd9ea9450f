import { describe, expect, it } from 'vitest';
import { parseBoolean } from './parseBoolean.js';

describe('parseBoolean', () => {
  it.each(['是', 'yes', 'YES', 'Y', 'true', 'TRUE', '1', '✓', '√', '✔', 'ｙｅｓ'])('reads %j as true', (v) => {
    expect(parseBoolean(v)).toBe(true);
  });
  it.each(['否', 'no', 'No', 'n', 'false', 'FALSE', '0', '✗', '×'])('reads %j as false', (v) => {
    expect(parseBoolean(v)).toBe(false);
  });
  it('takes spreadsheet booleans and 1/0 numbers', () => {
    expect(parseBoolean(true)).toBe(true);
    expect(parseBoolean(false)).toBe(false);
    expect(parseBoolean(1)).toBe(true);
    expect(parseBoolean(0)).toBe(false);
    expect(parseBoolean(2)).toBeNull();
  });
  it.each(['也许', 'maybe', '', '是的吧'])('refuses %j', (v) => {
    expect(parseBoolean(v)).toBeNull();
  });
});
