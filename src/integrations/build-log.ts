/**
 * Astro's log (`logger` in astro.config.mjs): Astro's own terminal output,
 * except for its line per page. Astro names every page it writes, with the
 * time it took. Here:
 * - the pages (and feeds: every route's file) an incremental build kept as
 *   they were are summed up in one line (a rebuild of a 10,000-article archive
 *   named 12,000 unchanged pages, burying the pages that did change);
 * - the first files rendered are named, then a line is written every
 *   thousand, then the total. A cold build of 100,000 articles wrote
 *   232,000 messages, each a write of its own, and with pages rendered side
 *   by side (build.concurrency) each page's time was printed after another
 *   page's name: the times said nothing, so they are left out.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLog from 'astro/logger/node';

/** Astro starts a page's line with its path, then ends it once the page is done. */
const PAGE_LINE = /[├└]─/;
/** How Astro ends the line of a page it kept from the last build. */
const KEPT_ENDING = /\((cached|restored)\)/;
/** How Astro ends the line of a page it rendered: the time alone (`(+12ms)`, `(+1.20s)`), colours aside. */
const TIME_ENDING = /^(\s|\x1b\[[\d;]*m)*\(\+[\d.]+m?s\)(\s|\x1b\[[\d;]*m)*$/;
/** Rendered pages named one by one before the log counts them instead. */
export const NAMED_PAGES = 20;
/** Rendered pages between two lines of the count. */
export const PAGES_PER_COUNT = 1000;

/**
 * Passes every message to `out`, except the lines of pages: each page's line
 * is held until the next message says whether the page was kept (Astro
 * writes a kept page's line and its ending back to back). Kept pages are
 * counted; rendered pages are named up to {@link NAMED_PAGES}, then counted
 * with a line every {@link PAGES_PER_COUNT}. The sums are written before the
 * next message that is not about a page.
 */
export function withPagesSummed(out: AstroLoggerDestination): AstroLoggerDestination {
  let held: AstroLoggerMessage | undefined;
  let kept = 0;
  let rendered = 0;
  const line = (message: string) => out.write({ label: 'build', level: 'info', message, newLine: true });
  const count = (n: number) => n.toLocaleString('en');
  const onRendered = (page: AstroLoggerMessage) => {
    rendered++;
    if (rendered <= NAMED_PAGES) out.write({ ...page, newLine: true });
    else if (rendered % PAGES_PER_COUNT === 0) line(`${count(rendered)} files rendered…`);
  };
  const writeSums = () => {
    // Files, not pages: feeds render as routes too, and Astro's own closing count is of HTML pages.
    if (rendered > NAMED_PAGES) line(`${count(rendered)} files rendered (pages and feeds)`);
    if (kept > 0) line(`${count(kept)} unchanged file${kept === 1 ? '' : 's'} kept from the last build`);
    rendered = kept = 0;
  };
  /** The page line still held is a rendered page's; then the sums. */
  const finish = () => {
    if (held) onRendered(held);
    held = undefined;
    writeSums();
  };
  return {
    write(message) {
      const page = held;
      held = undefined;
      if (page && message.label === 'SKIP_FORMAT' && KEPT_ENDING.test(message.message)) {
        kept++;
        return;
      }
      if (page) onRendered(page);
      if (message.label === null && !message.newLine && PAGE_LINE.test(message.message)) {
        held = message;
        return;
      }
      // A rendered page's time: it may come after other pages' lines, so it names no page.
      if (message.label === 'SKIP_FORMAT' && TIME_ENDING.test(message.message)) return;
      if (message.label !== 'SKIP_FORMAT') writeSums();
      out.write(message);
    },
    flush() {
      finish();
      return out.flush?.();
    },
    close() {
      finish();
      return out.close?.();
    },
  };
}

/** The logger Astro loads: its own terminal output, pages summed. */
export default function buildLog(config?: Parameters<typeof nodeLog>[0]): AstroLoggerDestination {
  return withPagesSummed(nodeLog(config));
}
