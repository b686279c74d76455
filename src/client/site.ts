/**
 * Runs on every page: registers the service worker, so the pages a reader
 * opens stay readable offline, and marks searched words on a page opened from
 * a search result (its module is loaded only then).
 */
import { registerServiceWorker } from './offline.ts';
import { siteBase } from './base.ts';
import { HIGHLIGHT_PARAM } from '../search/highlight.ts';

registerServiceWorker(siteBase());
// The offline page marks its text itself, once it has filled it in (src/client/offline-page.ts).
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM) && !document.querySelector('[data-highlight-body]')) {
  import('./highlight.ts').catch((error: unknown) => console.error('Highlighting failed:', error));
}
