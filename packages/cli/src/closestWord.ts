/** The optimal-string-alignment distance: edits, with a swap of two neighbours counted as one (`inptu` → `input`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The candidate a mistyped word most likely meant, compared without case: the one at
 * the smallest edit distance, if that distance is small for the word's length (at most
 * one edit in four characters, and at least one); otherwise `undefined`, so that a word
 * unlike every candidate gets no misleading suggestion. A candidate the word begins
 * (`--exp` for `--explain`) counts as close.
 *
 * @example
 * closestWord('--inptu', ['--input', '--org', '--out']) // '--input'
 * closestWord('--colour', ['--input']) // undefined
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(lower.replace(/^-+/, '').length / 4));
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    const distance = other.startsWith(lower) && lower.replace(/^-+/, '').length >= 3 ? 0 : editDistance(lower, other);
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
