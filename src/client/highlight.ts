/**
 * Marks the searched words on an article opened from the search page
 * (`?highlight=battery+electric`, a phrase in quotes, see src/search/highlight.ts), and offers a
 * button to clear them. Loaded by site.ts only when the parameter is there.
 * Text nodes are split with DOM calls; nothing is parsed as HTML, and no
 * inline script or style is needed (the CSP forbids them).
 */
import { highlightWords, HIGHLIGHT_PARAM, markedNeedles, pieceRanges } from '../search/highlight.ts';
import '../styles/highlight.css';
import { readInterface } from '../i18n/client.ts';
import { quotedQuery } from '../search/results.ts';

/** The bar's words, in the site's language (the article page carries them: InterfaceMessages.astro). */
const { t, data } = readInterface();

/**
 * Where text runs on without a break: a phrase may cross the markup inside one (`place du <em>Marché</em>`),
 * never the end of a paragraph, a list item, a writer's name or a footnote's number.
 */
const RUN_BREAKS =
  'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, td, th, pre, div, sup, sub, a[rel~="author"]';
/** Parts of a page the marks leave alone: what the search does not read, and marks already there. */
const LEFT_ALONE = 'script, style, mark, [hidden], [data-pagefind-ignore]';
/** Elements that end a run where they stand, as Pagefind reads them: a line break, a picture, a rule. */
const BREAKING = new Set(['BR', 'IMG', 'HR', 'WBR']);

/**
 * The text nodes under `root`, in runs that read on (see RUN_BREAKS). Text in a part of `root` left alone
 * (LEFT_ALONE) is left out, and breaks the run it stands in.
 */
function textRuns(root: Element): Text[][] {
  const leftAlone = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    const skipped = element?.closest(LEFT_ALONE);
    return skipped !== null && skipped !== undefined && root.contains(skipped);
  };
  // Text nodes, and the elements that break a run (returned only to end it).
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE)
        return leftAlone(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      return BREAKING.has((node as Element).tagName) || (node !== root && leftAlone(node))
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_SKIP;
    },
  });
  const runs: Text[][] = [];
  let last: Element | undefined;
  let broken = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      broken = true;
      continue;
    }
    const found = node.parentElement?.closest(RUN_BREAKS);
    const block = found && root.contains(found) ? found : root;
    if (broken || block !== last) runs.push([]);
    runs.at(-1)?.push(node as Text);
    last = block;
    broken = false;
  }
  return runs;
}

/** Wraps each match in `<mark class="search-hit">` (one per text node it covers); returns each match's marks. */
function markRuns(runs: readonly Text[][], words: readonly string[], lang: string | undefined): HTMLElement[][] {
  const matches: HTMLElement[][] = [];
  for (const run of runs) {
    const slices = pieceRanges(
      run.map((node) => node.data),
      words,
      lang,
    );
    const first = matches.length;
    // From the end, so earlier offsets in a node stay valid while it is split.
    for (const { piece, start, end, match } of slices.reverse()) {
      const node = run[piece];
      if (!node) continue;
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      word.replaceWith(mark);
      mark.append(word);
      (matches[first + match] ??= []).unshift(mark);
    }
  }
  return matches.filter(Boolean);
}

function clear(bar: HTMLElement): void {
  for (const mark of document.querySelectorAll('mark.search-hit')) mark.replaceWith(...mark.childNodes);
  document.querySelector('[data-pagefind-body], [data-highlight-body]')?.normalize();
  bar.remove();
  const url = new URL(location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url.href);
}

const words = highlightWords(location.search);
// An article's body, or the text the offline page shows of an article this browser never kept.
const body = document.querySelector('[data-pagefind-body], [data-highlight-body]');
// The article's text, and the writers' names in its byline, which the search also reads (src/search/record.ts)
// though the byline is kept out of the indexed text.
const runs = body ? [body, ...body.querySelectorAll('a[rel~="author"]')].flatMap(textRuns) : [];
// The article's language: a Persian article's words are marked however its yeh and kaf were typed.
const lang = body?.closest('[lang]')?.getAttribute('lang') ?? undefined;
const matches =
  words.length > 0
    ? markRuns(
        runs,
        markedNeedles(
          runs.map((run) => run.map((node) => node.data)),
          words,
          lang,
        ),
        lang,
      )
    : [];
if (matches.length > 0) {
  // A bar fixed to the bottom of the window: it covers nothing it would push, so nothing moves.
  const bar = document.createElement('div');
  bar.className = 'highlight-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', t('highlight.clear'));
  const text = document.createElement('span');
  // The message quotes the words itself: a phrase's own quotes are not shown again around them.
  const shown = quotedQuery(new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '', t);
  text.textContent = t('highlight.showing', { words: shown });
  // In the page's order (the byline's names were marked after the text), each match its marks.
  const marks = matches.sort((a, b) =>
    a[0] && b[0] && a[0].compareDocumentPosition(b[0]) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1,
  );
  const next = document.createElement('button');
  next.type = 'button';
  next.className = 'secondary';
  next.textContent = t('highlight.next');
  // Which match the button brought into view, "2 / 5", in the interface's digits (as its messages write every number:
  // src/i18n/translate.ts); read out as it changes.
  const position = document.createElement('span');
  position.className = 'highlight-position';
  position.setAttribute('aria-live', 'polite');
  const number = new Intl.NumberFormat(data.lang, { numberingSystem: data.digits });
  let shownMark = -1;
  next.addEventListener('click', () => {
    for (const mark of marks[shownMark] ?? []) mark.classList.remove('current');
    shownMark = (shownMark + 1) % marks.length;
    const match = marks[shownMark] ?? [];
    for (const mark of match) mark.classList.add('current');
    match[0]?.scrollIntoView({ block: 'center' });
    position.textContent = `${number.format(shownMark + 1)} / ${number.format(marks.length)}`;
  });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = t('highlight.clear');
  button.addEventListener('click', () => clear(bar));
  bar.append(text, ' ', next, ' ', position, ' ', button);
  document.body.append(bar);
  // Opened from the results with every match below the first screen (a name in the tenth paragraph):
  // the first one is brought into view. Not when the reader comes back or reloads, which keep their place.
  const arrived = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
  if ((arrived ?? 'navigate') === 'navigate' && window.scrollY === 0 && !marks.some((match) => match.some(onScreen)))
    next.click();
}

/** Whether an element shows, at least in part, in the window as it is. */
function onScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
