/**
 * The build's warnings about articles that look wrong (no words in the body, a date after today, a folder of
 * another month), said on every build: the first few of each kind in full, the rest counted in one line (an
 * archive imported with thousands of dateless clippings would otherwise print thousands of lines).
 */

export class DoubtWarnings {
  static readonly SHOWN = 20;
  #counts = new Map<string, number>();
  #logger: { warn(message: string): void };
  constructor(logger: { warn(message: string): void }) {
    this.#logger = logger;
  }

  add(kind: string, message: string): void {
    const count = (this.#counts.get(kind) ?? 0) + 1;
    this.#counts.set(kind, count);
    if (count <= DoubtWarnings.SHOWN) this.#logger.warn(message);
  }

  /** One line per kind with more than were shown. */
  summarize(): void {
    for (const [kind, count] of this.#counts)
      if (count > DoubtWarnings.SHOWN) this.#logger.warn(`…and ${count - DoubtWarnings.SHOWN} more articles ${kind}`);
  }
}

