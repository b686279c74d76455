/**
 * Astro's log (`logger` in astro.config.mjs): Astro's own terminal output,
 * except that the pages an incremental build kept as they were are summed up
 * in one line instead of named one per line. A rebuild of a 10,000-article
 * archive named 12,000 unchanged pages; writing those lines took 0.2 s of
 * the build, and they buried the pages that did change.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLog from 'astro/logger/node';

/** Astro starts a page's line with its path, then ends it once the page is done. */
const PAGE_LINE = /[├└]─/;
/** How Astro ends the line of a page it kept from the last build. */
const KEPT_ENDING = /\((cached|restored)\)/;

/**
 * Passes every message to `out`, but holds each page's line until the next
 * message says whether the page was kept; kept pages are counted, and the
 * count is written before the next message that is neither a page's line nor
 * a page's ending. Astro writes a kept page's line and its ending back to
 * back; a rendered page's ending comes later, after other pages' lines when
 * pages render side by side (build.concurrency), and is passed on as it comes.
 */
export function withKeptPagesSummed(out: AstroLoggerDestination): AstroLoggerDestination {
  let held: AstroLoggerMessage | undefined;
  let kept = 0;
  const writeKept = () => {
    if (kept === 0) return;
    out.write({
      label: 'build',
      level: 'info',
      message: `${kept} unchanged page${kept === 1 ? '' : 's'} kept from the last build`,
      newLine: true,
    });
    kept = 0;
  };
  return {
    write(message) {
      const page = held;
      held = undefined;
      // The ending of the page line held: counted when the page was kept, else written with it.
      if (page && message.label === 'SKIP_FORMAT') {
        if (KEPT_ENDING.test(message.message)) kept++;
        else {
          out.write(page);
          out.write(message);
        }
        return;
      }
      if (page) out.write(page);
      if (message.label === null && !message.newLine && PAGE_LINE.test(message.message)) {
        held = message;
        return;
      }
      if (message.label !== 'SKIP_FORMAT') writeKept();
      out.write(message);
    },
    flush() {
      if (held) out.write(held);
      held = undefined;
      writeKept();
      return out.flush?.();
    },
    close() {
      if (held) out.write(held);
      held = undefined;
      writeKept();
      return out.close?.();
    },
  };
}

/** The logger Astro loads: its own terminal output, kept pages summed. */
export default function buildLog(config?: Parameters<typeof nodeLog>[0]): AstroLoggerDestination {
  return withKeptPagesSummed(nodeLog(config));
}
