/**
 * Marks the searched words on an article opened from the search page
 * (`?highlight=battery+electric`, a phrase in quotes, see src/search/highlight.ts), and offers a
 * button to clear them. Loaded by site.ts only when the parameter is there.
 * Text nodes are split with DOM calls; nothing is parsed as HTML, and no
 * inline script or style is needed (the CSP forbids them).
 */
import { highlightWords, HIGHLIGHT_PARAM, separateWords, wordRanges } from '../search/highlight.ts';
import '../styles/highlight.css';
import { readInterface } from '../i18n/client.ts';
import { quotedQuery } from '../search/results.ts';

/** The bar's words, in the site's language (the article page carries them: InterfaceMessages.astro). */
const { t, data } = readInterface();

/**
 * Wraps each matched word of the text nodes under `root` in `<mark class="search-hit">`; returns how many.
 * Text in a part of `root` the search does not read (`data-pagefind-ignore`) is left as it is.
 */
function markWords(root: Element, words: readonly string[]): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const skipped = node.parentElement?.closest('script, style, mark, [hidden], [data-pagefind-ignore]');
      return skipped && root.contains(skipped) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let count = 0;
  for (const node of nodes) {
    const ranges = wordRanges(node.data, words);
    // From the end, so earlier offsets stay valid while the node is split.
    for (const [start, end] of ranges.reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      word.replaceWith(mark);
      mark.append(word);
      count += 1;
    }
  }
  return count;
}

function clear(bar: HTMLElement): void {
  for (const mark of document.querySelectorAll('mark.search-hit')) mark.replaceWith(...mark.childNodes);
  document.querySelector('[data-pagefind-body]')?.normalize();
  bar.remove();
  const url = new URL(location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url.href);
}

const words = highlightWords(location.search);
const body = document.querySelector('[data-pagefind-body]');
/**
 * Marks the words under `root`; a phrase split by the page's markup (`place du <em>Marché</em>`) is found
 * whole in no text node: its words are marked then.
 */
const markIn = (root: Element) => markWords(root, words) || markWords(root, separateWords(words));
// The article's text, and the writers' names in its byline, which the search also reads (src/search/record.ts)
// though the byline is kept out of the indexed text.
const marked = body ? [body, ...body.querySelectorAll('a[rel~="author"]')].reduce((n, root) => n + markIn(root), 0) : 0;
if (words.length > 0 && marked > 0) {
  // A bar fixed to the bottom of the window: it covers nothing it would push, so nothing moves.
  const bar = document.createElement('div');
  bar.className = 'highlight-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', t('highlight.clear'));
  const text = document.createElement('span');
  // The message quotes the words itself: a phrase's own quotes are not shown again around them.
  const shown = quotedQuery(new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '', t);
  text.textContent = t('highlight.showing', { words: shown });
  const marks = [...document.querySelectorAll<HTMLElement>('mark.search-hit')];
  const next = document.createElement('button');
  next.type = 'button';
  next.className = 'secondary';
  next.textContent = t('highlight.next');
  // Which match the button brought into view, "2 / 5", in the interface's digits; read out as it changes.
  const position = document.createElement('span');
  position.className = 'highlight-position';
  position.setAttribute('aria-live', 'polite');
  const number = new Intl.NumberFormat(data.lang);
  let shownMark = -1;
  next.addEventListener('click', () => {
    marks[shownMark]?.classList.remove('current');
    shownMark = (shownMark + 1) % marks.length;
    const mark = marks[shownMark];
    mark?.classList.add('current');
    mark?.scrollIntoView({ block: 'center' });
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
  if ((arrived ?? 'navigate') === 'navigate' && window.scrollY === 0 && !marks.some(onScreen)) next.click();
}

/** Whether an element shows, at least in part, in the window as it is. */
function onScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}
