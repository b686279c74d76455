/**
 * Astro's log as the build writes it (src/integrations/build-log.ts): pages an
 * incremental build kept are summed up in one line; every other message,
 * rendered pages included, is passed on as Astro wrote it.
 */
import type { AstroLoggerMessage } from 'astro';
import { describe, expect, test } from 'vitest';
import { withKeptPagesSummed } from '../../src/integrations/build-log.ts';

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
  const log = withKeptPagesSummed({ write: (message) => out.push(message.message) });
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
      ' (+12ms)',
      '3 unchanged pages kept from the last build',
      '✓ Completed in 2.84s.',
    ]);
  });

  test('passes everything on when no page was kept, and says one page in the singular', () => {
    const messages = [info('content', 'Syncing content'), ...page('/a/index.html', '(+3ms)'), info('build', 'done')];
    expect(written(messages)).toEqual(messages.map(({ message }) => message));
    expect(written([...page('/a/index.html', '(cached)')])).toEqual(['1 unchanged page kept from the last build']);
  });

  test('pages rendered side by side keep their endings, and the sum comes after them', () => {
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
      ' (+20ms)',
      ' (+31ms)',
      '2 unchanged pages kept from the last build',
      '✓ Completed in 497ms.',
    ]);
  });

  test('a page line with no ending is still written', () => {
    expect(written([info(null, '  ├─ /a/index.html', false), info('build', 'stopped')])).toEqual([
      '  ├─ /a/index.html',
      'stopped',
    ]);
  });
});
