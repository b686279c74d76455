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
