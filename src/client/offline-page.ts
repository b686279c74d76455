/**
 * The page the service worker serves offline in place of one this browser
 * never kept. Opened from a search result, it shows that article's text as
 * the search index holds it (src/client/opened-result.ts).
 */
import { textDirection } from '../i18n/direction.ts';
import { openedResult } from './opened-result.ts';
import { HIGHLIGHT_PARAM } from '../search/highlight.ts';

const result = openedResult(location.href);
const section = document.getElementById('offline-article');
if (result && section) {
  const title = document.getElementById('offline-article-title');
  const meta = document.getElementById('offline-article-meta');
  const text = document.getElementById('offline-article-text');
  if (title) title.textContent = result.title;
  if (meta) meta.textContent = result.meta;
  if (text) text.textContent = result.text;
  // The article's own language and direction, inside the interface's.
  for (const own of [title, text]) {
    if (own && result.lang) {
      own.lang = result.lang;
      own.dir = textDirection(result.lang);
    }
  }
  section.hidden = false;
  // Opened from a search result: its words are marked in the text, as on the article itself.
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM))
    import('./highlight.ts').catch((error: unknown) => console.error('Highlighting failed:', error));
}
