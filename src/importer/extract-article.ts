/**
 * Cuts the story out of a saved news page with Mozilla's Readability (the
 * extractor behind Firefox's Reader View) over linkedom's light DOM. Scoring
 * paragraphs, link density and class words is Readability's job; this module
 * only runs it, and when it finds nothing, says what the page did contain so
 * the person importing can judge. Metadata is read elsewhere (page-metadata.ts)
 * from the untouched page: Readability rewrites the DOM it is given.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { SENTENCE_STOPS, UNSPACED_STOPS } from '../lib/full-stops.ts';
import { SPACE_BETWEEN_SENTENCES } from '../lib/word-characters.ts';

/** What Readability found: the story's HTML and its own guesses at metadata. */
export interface Extracted {
  /** The article body as HTML (a fragment). */
  html: string;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  /** The story's plain text (src/importer/language.ts reads it when the page's languages disagree). */
  text?: string;
}

/** No story: what was looked for and what the page held, worded for a person. */
export interface NotExtracted {
  reason: string;
}

/**
 * Runs Readability on a page. Returns the story, or why there is none.
 * @example extractArticle('<html><body><article><p>…500 characters of prose…</p></article></body></html>').html // '<div id="readability-page-1" …><p>…</p></div>'
 */
export function extractArticle(html: string): Extracted | NotExtracted {
  const { document } = parseHTML(html);
  dropFormBoxes(document);
  unwrapEmbeddedPosts(document);
  dropHiddenCaptionLabels(document);
  fontsToSpans(document);
  dropPageControls(document);
  dropMenuCells(document);
  // Links are resolved later, against the page's canonical URL, by the Markdown conversion.
  const result = new Readability(document, { keepClasses: false }).parse();
  const content = result?.content?.trim();
  if (result && content && hasProse(result.textContent ?? '')) {
    return {
      html: content,
      ...optional('title', result.title),
      ...optional('byline', result.byline),
      ...optional('siteName', result.siteName),
      ...optional('publishedTime', result.publishedTime),
      ...optional('lang', result.lang),
      ...optional('text', result.textContent),
    };
  }
  // Readability wants a few hundred characters of prose; a short story in a plain page is still a story.
  const plain = plainContainer(html);
  if (plain) return { html: plain };
  return {
    reason: `Readability found no block of readable text, nor did a look at <article>, <main> and <body> without menus and asides (${describePage(html)})`,
  };
}

/** A button's words that offer a subscription or a newsletter: "Subscribe", "Sign up", "Suscribirme", "S'abonner". */
const SIGN_UP_BUTTON =
  /^\s*(?:subscri(?:be|ption)|sign\s?up|suscr[ií]b|abonn|newsletter|bolet[ií]n|inscr[ií]b|assin|anmelden|abonnieren)/iu;

/** Characters of text beside a form up to which its box is the form's own: a heading, a line of small print. */
const FORM_BOX_TEXT = 160;

/** Characters of text (spaces aside) a form box holds at most: a sign-up box's heading, fields and small print. */
const FORM_BOX_MAX = 600;

/**
 * Removes each form with the box around it that says little else: "Sign up
 * for our newsletter" above an address field, set between a story's
 * paragraphs. Readability drops the form and, where its DOM allows, the box;
 * the heading could otherwise stay as a line of the story. A form the reader
 * writes in or signs in with (a comment box, a login) goes whatever its size:
 * under a short story, Readability's last try takes the longest block, and a
 * blog's comment form, with its labels for every way to sign in, can be it.
 * A form that holds the story stays: ASP.NET WebForms pages wrap the whole
 * page in one. A sign-up box set without a form (an address field, a "Subscribe" button, as scripts send them) goes
 * as one does.
 */
function dropFormBoxes(document: Document): void {
  const page = textLength(document.body ?? document.documentElement);
  // A sign-up box set without a form, as scripts send it: an address field, or a button offering the subscription.
  const formless = [...document.querySelectorAll('input[type=email], button')].filter(
    (field) => !field.closest('form') && (field.tagName === 'INPUT' || SIGN_UP_BUTTON.test(field.textContent ?? '')),
  );
  for (const form of [...document.querySelectorAll('form'), ...formless]) {
    if (!form.isConnected) continue;
    const formText = textLength(form);
    if (!isFormBox(formText, page, form.querySelector(WRITING_FIELD) !== null)) continue;
    let box: Element = form;
    while (
      box.parentElement &&
      !['BODY', 'HTML', 'ARTICLE', 'MAIN'].includes(box.parentElement.tagName) &&
      // A short story beside the form says little too, but its headline and its <article> mark it.
      !box.parentElement.querySelector(STORY_MARK) &&
      textLength(box.parentElement) - formText <= FORM_BOX_TEXT
    )
      box = box.parentElement;
    box.remove();
  }
}

/** Class names the common frameworks give text shown to screen readers only (Bootstrap, WordPress, Drupal, HTML5 Boilerplate…). */
const VISUALLY_HIDDEN_CLASS =
  /^(?:visually-?hidden|sr-only|screen-reader-(?:text|only)|screenreader-only|element-invisible|a11y-hidden|u-hidden-visually|assistive-text|offscreen)$/i;

/**
 * The classes a page's own `<style>` rules clip to a pixel (`clip: rect(0 0 0 0)` or
 * `clip-path: inset(50%)` with a 1px width or height): the visually-hidden rule
 * under a name its CSS-in-JS made up (`.css-1q2w3e`).
 * @example hiddenClassesInStyles('.css-1ly{position:absolute;width:1px;height:1px;clip:rect(0 0 0 0)}') // Set { 'css-1ly' }
 */
export function hiddenClassesInStyles(css: string): Set<string> {
  const hidden = new Set<string>();
  // Rules for some screens only (a credit hidden on phones) are not read; nor are rules for an element
  // inside another (`.credit .label`), which would hide that class in every figure.
  const everywhere = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  for (const [, selectors = '', rule = ''] of everywhere.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!CLIPPED_AWAY.test(rule) || !ONE_PIXEL.test(rule)) continue;
    for (const selector of selectors.split(',')) {
      const name = /^\s*\.([\w-]+)\s*$/.exec(selector)?.[1];
      if (name) hidden.add(name);
    }
  }
  return hidden;
}

/** A clip to nothing: `clip: rect(0 0 0 0)` or `rect(1px, 1px, 1px, 1px)`, `clip-path: inset(50%)`. */
const CLIPPED_AWAY = /(?:^|[;\s])clip\s*:\s*rect\(\s*(?:[01](?:px)?[\s,]*){4}\)|clip-path\s*:\s*inset\(\s*50%\s*\)/i;
/** A box a pixel wide or high. */
const ONE_PIXEL = /(?:^|[;\s])(?:width|height)\s*:\s*1px/i;

/**
 * Removes the words a picture's caption shows to screen readers only ("Credit" before the
 * photographer's name, "Image" before the picture): not part of the caption as printed, and
 * glued to its text once the page's styles are gone ("…at low tide.CreditCreditAda Quill").
 * Only inside figures: elsewhere such text may be the only copy of words set for the eye in an
 * element Readability drops (an abbreviated count beside its spelled-out form).
 */
function dropHiddenCaptionLabels(document: Document): void {
  const styled = hiddenClassesInStyles(
    [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n'),
  );
  for (const element of [...document.querySelectorAll('figure [class]')])
    if ([...element.classList].some((name) => VISUALLY_HIDDEN_CLASS.test(name) || styled.has(name))) element.remove();
}

/**
 * Turns each `<font>` into the `<span>` Readability would make of it, before
 * Readability reads the page's line breaks. It reads `<br><br>` as a paragraph
 * break and gathers the inline content after it into a `<p>`, but renames
 * `<font>` only afterwards, and does not count it as inline: on a page set in
 * `<font>` runs (`…12.06.2009</font><br><br><font>Podul…`) the paragraph stays
 * empty and goes, and the two lines run together ("12.06.2009Podul").
 */
function fontsToSpans(document: Document): void {
  for (const font of [...document.querySelectorAll('font')]) {
    const span = document.createElement('span');
    for (const { name, value } of [...font.attributes]) span.setAttribute(name, value);
    span.append(...font.childNodes);
    font.replaceWith(span);
  }
}

/** What a page sets between the links of a row or a menu: bars, dots, slashes, dashes. */
const LINK_SEPARATORS = /[|｜·•/–—-]+/g;

/** An element's text with its links' texts and the marks between them taken out: what else it says. */
function textBesideLinks(element: Element): string {
  let text = element.textContent ?? '';
  for (const link of element.querySelectorAll('a')) text = text.replace(link.textContent ?? '', ' ');
  return text.replace(LINK_SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
}

/** A link that works the page rather than leading anywhere: a script's (`javascript:print()`), or one to `#`. */
const isControl = (link: Element) => /^\s*(?:#\s*$|javascript:)/i.test(link.getAttribute('href') ?? '');

/**
 * Removes each row of the page's controls ("Nyomtatás | Elküldöm", "Print · E-mail"): links only, with bars or
 * dots between, one of them working the page (printing it through a script). Readability turns a script's link
 * into its bare words, so afterwards such a row reads as a line of the story. A row of links that all lead to
 * pages may be a story's reading list, and stays.
 */
function dropPageControls(document: Document): void {
  for (const element of [...document.querySelectorAll('body *')]) {
    if (!element.isConnected || element.tagName === 'A') continue;
    const links = [...element.querySelectorAll('a')];
    // Each link a word (a row of controls names them: "Print", "Send"); a gallery's pictures linked to a lightbox
    // through "#" are the story's.
    if (
      links.length >= 2 &&
      links.some(isControl) &&
      links.every((link) => (link.textContent ?? '').trim() !== '') &&
      !element.querySelector('img, picture, figure, video, svg') &&
      textBesideLinks(element) === ''
    )
      element.remove();
  }
}

/** Words a label over a menu's links runs to at most ("Rovatok", "Kapcsolódó cikkek:", "Most read"). */
const MENU_LABEL_WORDS = 3;
/** Words a menu's link runs to at most: a section's name or another story's headline. */
const MENU_LINK_WORDS = 12;

/**
 * Removes each cell of a page's layout table that is a menu: two links or more, each a name or a headline,
 * with nothing beside them but short labels ("Rovatok", "Legfrissebb", "Kapcsolódó cikkek:"). Pages laid out
 * with tables (the web of 2005) set their sections and latest stories in a cell beside the story's;
 * Readability, which takes a whole row when the story's cell is short, keeps them as its first lines. Only
 * tables laid out as the page (one holding, or held in, another table) are read: a data table's cell of links
 * is data.
 */
function dropMenuCells(document: Document): void {
  for (const cell of [...document.querySelectorAll('td')]) {
    const table = cell.closest('table');
    if (!cell.isConnected || !table || isDataTable(table)) continue;
    if (!table.querySelector('table') && !table.parentElement?.closest('table')) continue;
    const links = [...cell.querySelectorAll('a')].filter((link) => (link.textContent ?? '').trim() !== '');
    const labels = [...cell.querySelectorAll('b, strong, h1, h2, h3, h4, h5, h6, span, p, div')]
      .filter((element) => !element.querySelector('a') && !element.closest('a'))
      .map((element) => (element.textContent ?? '').trim())
      .filter(Boolean);
    const beside = textBesideLinks(cell);
    if (
      links.length >= 2 &&
      !cell.querySelector('table') &&
      links.every((link) => wordCount(link.textContent ?? '') <= MENU_LINK_WORDS) &&
      !hasProse(beside) &&
      labels.every((label) => wordCount(label) <= MENU_LABEL_WORDS) &&
      wordCount(beside) <= MENU_LABEL_WORDS * Math.max(1, labels.length)
    )
      cell.remove();
  }
}

/** Whether a table marks itself as one of data: headings, a caption, a summary. */
function isDataTable(table: Element): boolean {
  return table.hasAttribute('summary') || table.querySelector('th, thead, tfoot, caption') !== null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The quotes social networks' embed codes write, with the post's words, before their script replaces them. */
const EMBEDDED_POST =
  'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.mastodon-embed, blockquote.threads-post, blockquote.fb-xfbml-parse-ignore';

/**
 * Lifts each embedded post (a quoted tweet, an Instagram or Bluesky post)
 * out of the boxes that only wrap it. Pages set them in boxes named
 * "social-media-embed" or "social", which Readability discards as sharing
 * buttons, and with them the words the story quotes. A box that says
 * anything besides the post stays as it is.
 */
function unwrapEmbeddedPosts(document: Document): void {
  for (const post of [...document.querySelectorAll(EMBEDDED_POST)]) {
    const own = textLength(post);
    let box: Element = post;
    while (
      box.parentElement &&
      !['BODY', 'HTML', 'ARTICLE', 'MAIN'].includes(box.parentElement.tagName) &&
      textLength(box.parentElement) === own
    )
      box = box.parentElement;
    if (box !== post) box.replaceWith(post);
  }
}

/** What marks a story's own block, which no form box takes with it. */
const STORY_MARK = 'article, main, [role=main], h1';

/** Fields no story holds: a box to write a comment in, a password. */
const WRITING_FIELD = 'textarea, input[type=password]';

/**
 * Whether a form with this much text, on a page with that much, is a box
 * beside the story (a sign-up, a search field, a comment form) rather than
 * the page's frame: not most of the page's text, and a little text unless
 * the reader writes or signs in there.
 * @example isFormBox(120, 4000, false) // true
 * @example isFormBox(1500, 4000, true) // true: a comment form
 * @example isFormBox(3900, 4000, true) // false
 */
function isFormBox(formText: number, pageText: number, writing: boolean): boolean {
  return (writing || formText <= FORM_BOX_MAX) && formText * 2 < pageText;
}

/** Characters of an element's text, spaces aside. */
function textLength(element: Element | null | undefined): number {
  return (element?.textContent ?? '').replace(/\s+/g, '').length;
}

// A word (its vowel signs are combining marks: गया।) closed by a stop of any script.
// Chinese and Japanese set no space after their stops (。！？): a stop there ends a sentence wherever it stands.
const PROSE_SENTENCE = new RegExp(
  `\\p{L}[\\p{L}\\p{M}]+(?:[${SENTENCE_STOPS}]["'”’»)]*(?:\\s|$)|[${UNSPACED_STOPS}])`,
  'u',
);

/**
 * Whether text reads as prose rather than a menu: a sentence, or twenty words. Chinese and Japanese run the
 * next sentence, or the next paragraph's text, on after a 。 with no space.
 * @example hasProse('Stalls everywhere.') // true
 * @example hasProse('罷工今天落幕。工會表示滿意') // true
 * @example hasProse('Home News Sport') // false
 * @example hasProse('ชาวบ้านริมแม่น้ำปิงกว่าสองร้อยคนออกมาช่วยกันเก็บขยะตั้งแต่เช้าตรู่หลังระดับน้ำลดลง') // true
 */
export function hasProse(text: string): boolean {
  const clean = text.replace(/\s+/g, ' ').trim();
  return PROSE_SENTENCE.test(clean) || clean.split(' ').length >= 20 || unspacedLetters(clean) >= UNSPACED_PROSE;
}

/**
 * Letters of the scripts written without spaces or full stops (Thai, Lao, Khmer, Burmese) that make prose: Thai writes
 * a space only between clauses, so a short Thai story has neither a stop nor twenty spaced words; a menu of Thai links is a few dozen letters.
 */
const UNSPACED_PROSE = 80;
// Chinese and Japanese end their sentences with 。, which PROSE_SENTENCE reads; their menus run as long.
const UNSPACED_LETTERS = new RegExp(`[${SPACE_BETWEEN_SENTENCES}]`, 'gu');

function unspacedLetters(text: string): number {
  return text.match(UNSPACED_LETTERS)?.length ?? 0;
}

// Forms are not among them: a page may be one form (dropFormBoxes takes the boxes).
const FURNITURE =
  'script, style, noscript, template, nav, aside, header, footer, button, iframe, svg, dialog, select, input, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true]';

/** The wordiest `<article>`, else `<main>`, else `<body>`, without furniture: a fallback for pages too short for Readability. */
function plainContainer(html: string): string | undefined {
  const { document } = parseHTML(html);
  dropFormBoxes(document);
  dropPageControls(document);
  dropMenuCells(document);
  for (const element of document.querySelectorAll(FURNITURE)) element.remove();
  const articles = [...document.querySelectorAll('article')].sort(
    (a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length,
  );
  const container = articles[0] ?? document.querySelector('main, [role=main]') ?? document.body;
  if (!container || !hasProse(container.textContent ?? '')) return undefined;
  for (const heading of container.querySelectorAll('h1')) heading.remove();
  return container.innerHTML;
}

/**
 * What a page holds, in words a person can check against the file: counts of
 * paragraphs and words of visible text.
 * @example describePage('<p>One two</p>') // 'the page has 1 paragraph and 2 words of visible text'
 */
export function describePage(html: string): string {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  const paragraphs = document.querySelectorAll('p').length;
  const words = (document.body?.textContent ?? document.textContent ?? '').split(/\s+/).filter(Boolean).length;
  return `the page has ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} and ${words} word${words === 1 ? '' : 's'} of visible text`;
}

function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  const text = value?.replace(/\s+/g, ' ').trim();
  return (text ? { [key]: text } : {}) as { [P in K]?: string };
}
