const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LITERALS = ['true', 'false', 'null'];
/** Deeper nesting is reported where it starts rather than followed (the scan recurses). */
const MAX_DEPTH = 2000;

/**
 * Where JSON text first goes wrong, as a character index (the length of the text when it
 * stops early), or `undefined` for valid JSON. `JSON.parse` names a position for some
 * mistakes only, and in words that change between Node versions; a person needs the
 * line and column of every mistake, so the text is scanned by the grammar of RFC 8259.
 * Only called once a parse has failed.
 *
 * @example
 * jsonErrorPosition('{"a": x}') // 6
 * jsonErrorPosition('[1, 2,]') // 6
 */
export function jsonErrorPosition(text: string): number | undefined {
  let i = 0;
  const skip = (): void => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        const e = text[i + 1];
        if (e !== undefined && ESCAPES.has(e)) i += 2;
        else if (e === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else return false;
        continue;
      }
      i++;
    }
    return false;
  };
  const literal = (): boolean => {
    for (const word of LITERALS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const word = LITERALS.find((w) => w[0] === text[i]) ?? '';
    let k = 0;
    while (k < word.length && text[i + k] === word[k]) k++;
    i += k;
    return false;
  };
  // Members of an object or elements of an array, after the opening bracket.
  const container = (close: '}' | ']', depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    i++;
    skip();
    if (text[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      skip();
      if (close === '}') {
        if (text[i] !== '"' || !string()) return false;
        skip();
        if (text[i] !== ':') return false;
        i++;
      }
      if (!value(depth)) return false;
      skip();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] !== close) return false;
      i++;
      return true;
    }
  };
  const value = (depth: number): boolean => {
    skip();
    const c = text[i];
    if (c === '{') return container('}', depth + 1);
    if (c === '[') return container(']', depth + 1);
    if (c === '"') return string();
    if (c === 't' || c === 'f' || c === 'n') return literal();
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text) === null) return false;
    i = NUMBER.lastIndex;
    return true;
  };
  if (!value(0)) return i;
  skip();
  return i < text.length ? i : undefined;
}
