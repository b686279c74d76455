/**
 * One copy of each string kept, detached from the text it was cut from.
 *
 * V8 represents a substring as a slice of its parent: a link read from a page
 * keeps the whole page's HTML alive for as long as the link is kept.
 * Verification keeps a few dozen links per page, and so held every page it
 * read (45 KB a page, 565 MB at 10,000 articles). Most of those links are the
 * same on every page (navigation, listings), so one copy each also saves the
 * per-page copies.
 */
export class StringPool {
  private readonly kept = new Map<string, string>();

  /** The pool's copy of `text`: a fresh string the first time, the same one after. */
  own(text: string): string {
    let copy = this.kept.get(text);
    if (copy === undefined) {
      // A round trip through JSON builds the string anew, without the parent (and keeps lone surrogates).
      copy = JSON.parse(JSON.stringify(text)) as string;
      this.kept.set(copy, copy);
    }
    return copy;
  }

  /** How many different strings are kept. */
  get size(): number {
    return this.kept.size;
  }
}
