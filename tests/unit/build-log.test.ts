/**
 * Astro's log as the build writes it (src/integrations/build-log.ts): pages an
 * incremental build kept are summed up in one line; the first pages rendered
 * are named, the rest counted; every other message is passed on as Astro
 * wrote it.
 */
import type { AstroLoggerMessage } from 'astro';
import { describe, expect, test } from 'vitest';
import { NAMED_PAGES, PAGES_PER_COUNT, withPagesSummed } from '../../src/integrations/build-log.ts';

const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({
  label,
  level: 'info',
  message,
  newLine,
});
/** The two messages Astro writes for one page: its path, then how it ended. */
const page = (path: string, ending: string) => [info(null, `  ├─ ${path}`, false), info('SKIP_FORMAT', ` ${ending}`)];

/** What reaches the terminal for these messages, one string per message. */
function written(messages: AstroLoggerMessage[]): string[] {
  const out: string[] = [];
  const log = withPagesSummed({ write: (message) => out.push(message.message) });
  for (const message of messages) log.write(message);
  void log.flush?.();
  return out;
}

describe('the build log', () => {
  test('sums up kept pages in one line, before the next message that is not a page', () => {
    expect(
      written([
        info('build', 'generating static routes'),
        ...page('/a/index.html', '(cached)'),
        ...page('/b/index.html', '(+12ms)'),
        ...page('/c/index.html', '(cached)'),
        ...page('/d/index.html', '(restored)'),
        info('build', '✓ Completed in 2.84s.'),
      ]),
    ).toEqual([
      'generating static routes',
      '  ├─ /b/index.html',
      '3 unchanged files kept from the last build',
      '✓ Completed in 2.84s.',
    ]);
  });

  test('names a rendered page without its time, and says one kept page in the singular', () => {
    expect(
      written([
        info('content', 'Syncing content'),
        ...page('/a/index.html', '\x1b[2m(+3ms)\x1b[22m '),
        info('build', 'done'),
      ]),
    ).toEqual(['Syncing content', '  ├─ /a/index.html', 'done']);
    expect(written([...page('/a/index.html', '(cached)')])).toEqual(['1 unchanged file kept from the last build']);
  });

  test('pages rendered side by side are named without the times that follow them, and the sum comes after them', () => {
    // With build.concurrency, rendered pages' lines come first and their endings later.
    expect(
      written([
        info(null, '  ├─ /a/index.html', false),
        info(null, '  ├─ /b/index.html', false),
        ...page('/c/index.html', '(cached)'),
        info('SKIP_FORMAT', ' (+20ms)'),
        ...page('/d/index.html', '(cached)'),
        info('SKIP_FORMAT', ' (+31ms)'),
        info(null, '✓ Completed in 497ms.'),
      ]),
    ).toEqual([
      '  ├─ /a/index.html',
      '  ├─ /b/index.html',
      '2 unchanged files kept from the last build',
      '✓ Completed in 497ms.',
    ]);
  });

  test('a page line with no ending is still written', () => {
    expect(written([info(null, '  ├─ /a/index.html', false), info('build', 'stopped')])).toEqual([
      '  ├─ /a/index.html',
      'stopped',
    ]);
  });

  test('names the first rendered pages, then counts them, a line every thousand and the total', () => {
    const rendered = 2 * PAGES_PER_COUNT + 5;
    const lines = written([
      ...Array.from({ length: rendered }, (_, i) => page(`/p${i}/index.html`, `(+${i % 40}ms)`)).flat(),
      ...page('/kept/index.html', '(cached)'),
      info('build', '✓ Completed in 9.1s.'),
    ]);
    expect(lines.slice(0, NAMED_PAGES)).toEqual(
      Array.from({ length: NAMED_PAGES }, (_, i) => `  ├─ /p${i}/index.html`),
    );
    expect(lines.slice(NAMED_PAGES)).toEqual([
      '1,000 files rendered…',
      '2,000 files rendered…',
      '2,005 files rendered (pages and feeds)',
      '1 unchanged file kept from the last build',
      '✓ Completed in 9.1s.',
    ]);
  });

  test('an ending that says more than the time is passed on', () => {
    const notCreated = '(+2ms) (file not created, response body was empty)';
    expect(written([...page('/empty/index.html', notCreated), info('build', 'done')])).toEqual([
      '  ├─ /empty/index.html',
      ` ${notCreated}`,
      'done',
    ]);
  });
});
