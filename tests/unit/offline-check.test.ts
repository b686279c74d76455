import { describe, expect, test } from 'vitest';
import { storeProblem, type ResponseFacts } from '../../src/search/offline-check.ts';

const good: ResponseFacts = {
  ok: true,
  status: 200,
  type: 'basic',
  contentType: 'application/octet-stream',
  bytes: 120,
};

describe('storeProblem: what Keep offline refuses to store', () => {
  test('a whole file of the listed size is stored', () => {
    expect(storeProblem('pagefind/index/en_1.pf_index', 120, good)).toBeUndefined();
    expect(
      storeProblem('search/', 5_000, { ...good, contentType: 'text/html; charset=utf-8', bytes: 5_100 }),
    ).toBeUndefined();
  });

  test.each([
    [
      'an error status',
      'offline.json',
      { ...good, ok: false, status: 500 },
      'offline.json: the server answered HTTP 500',
    ],
    [
      'an unreadable response',
      'pagefind/pagefind.js',
      { ...good, type: 'opaque' },
      'pagefind/pagefind.js: the response cannot be read (opaque)',
    ],
    [
      'an error page sent with 200',
      'pagefind/fragment/en_1.pf_fragment',
      { ...good, contentType: 'text/html' },
      'pagefind/fragment/en_1.pf_fragment: the server sent a web page instead of the file (an error page?)',
    ],
    [
      'a cut-off file',
      'pagefind/index/en_1.pf_index',
      { ...good, bytes: 60 },
      'pagefind/index/en_1.pf_index: 60 bytes arrived, 120 were expected',
    ],
    ['an empty page', 'search/', { ...good, contentType: 'text/html', bytes: 0 }, 'search/: the file arrived empty'],
  ])('%s is refused, naming the file and what failed', (_, path, response, message) => {
    expect(storeProblem(path, 120, response)).toBe(message);
  });
});
