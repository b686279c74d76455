/**
 * The known name a mistyped one was most likely meant to be, for "did you
 * mean …?" hints: `titel` → `title`, `autors` → `authors`, `Date` → `date`.
 */

/**
 * Edits between two words: insertions, deletions, substitutions and swaps of
 * neighbours (optimal string alignment distance), by code point.
 * @example editDistance('titel', 'title') // 1
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  // Three rows are all the recurrence reads: the one before last, the last, and this one.
  let before = new Array<number>(y.length + 1).fill(0);
  let last = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    before = last;
    last = row;
  }
  return last[y.length]!;
}

/**
 * The one known name within a third of the typed name's length in edits (two
 * at most, case aside), or undefined when none is that close or two are.
 * @example closestName('autors', ['title', 'authors', 'date']) // 'authors'
 * @example closestName('colour', ['title', 'date']) // undefined
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const most = Math.min(2, Math.floor([...word].length / 3));
  let found: string | undefined;
  let nearest = Infinity;
  let tied = false;
  for (const name of known) {
    const distance = editDistance(word, name.toLowerCase());
    if (distance < nearest) [found, nearest, tied] = [name, distance, false];
    else if (distance === nearest) tied = true;
  }
  return found !== undefined && nearest <= most && !tied ? found : undefined;
}
