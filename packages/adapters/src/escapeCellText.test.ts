import { describe, expect, it } from 'vitest';
import { escapeCellText, isFormulaLike, unescapeCellText } from './escapeCellText.js';

describe('escapeCellText', () => {
  it.each(['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", "''+x"])('escapes %j and undoes it', (text) => {
    expect(isFormulaLike(text)).toBe(!text.startsWith("'"));
    const escaped = escapeCellText(text);
    expect(escaped).toBe(`'${text}`);
    expect(unescapeCellText(escaped)).toBe(text);
  });
  it.each(['张三', 'E1001', "it's", "'quoted'", ''])('leaves %j alone', (text) => {
    expect(isFormulaLike(text)).toBe(false);
    expect(escapeCellText(text)).toBe(text);
    expect(unescapeCellText(text)).toBe(text);
  });
});
