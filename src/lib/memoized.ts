/**
 * A pure function that computes each answer once.
 *
 * A build asks for the same interface text again and again: every listing
 * page writes the days, bylines and section links of the articles it lists,
 * and the same few thousand days and names recur on hundreds of thousands of
 * lines. Only for arguments drawn from a bounded set (days, facet names, lists
 * of authors): nothing is ever forgotten.
 * @example const slug = memoized((name: string) => slugify(name)); slug('City Council') // computed once
 * @example const names = memoized((list: readonly string[]) => format(list), (list) => JSON.stringify(list))
 */
export function memoized<T>(compute: (key: string) => T): (key: string) => T;
/** The same for an argument that is not a string: `keyOf` names it, equal keys for arguments with equal answers. */
export function memoized<A, T>(compute: (arg: A) => T, keyOf: (arg: A) => string): (arg: A) => T;
export function memoized<A, T>(compute: (arg: A) => T, keyOf = (arg: A) => arg as string): (arg: A) => T {
  const answers = new Map<string, T>();
  return (arg) => {
    const key = keyOf(arg);
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(arg);
      answers.set(key, answer);
    }
    return answer as T;
  };
}

/**
 * The same for arguments from an unbounded set, of which the latest few are
 * asked for again: the answers are forgotten all at once when `size` of them
 * are held. The search page reads each result's text three or four times
 * (the phrase check, its excerpt, where the excerpt stands in it), one result
 * after another, and may load thousands of results in a visit.
 * @example const readable = memoizedRecent((content: string) => restoreJoins(content), 64)
 */
export function memoizedRecent<T>(compute: (key: string) => T, size: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    if (answers.size >= size) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
