/**
 * Ids the page around an article body uses (layout, article header and
 * footer, cite and related blocks). Article bodies never reuse them (see
 * rehype-unique-ids); an integration test checks this list against the
 * built pages, so a new id in a layout cannot slip by.
 */
/** The JSON block that hands browser scripts their interface text (src/i18n/client.ts). */
export const INTERFACE_DATA_ID = 'interface-messages';

export const PAGE_IDS: readonly string[] = [
  'main',
  'site-search',
  'related-heading',
  'corrections-heading',
  INTERFACE_DATA_ID,
];

/**
 * Set on a page's element while the page still fetches what it shows (the search page, until its
 * first results): the service worker registers only after, so its start-up downloads never
 * compete with them (src/client/offline.ts).
 */
export const PAGE_BUSY_ATTRIBUTE = 'data-page-busy';
/** Dispatched on the document when such a page is done. */
export const PAGE_SETTLED_EVENT = 'clippings:page-settled';
