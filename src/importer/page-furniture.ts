/**
 * A site's furniture left in a story when Readability takes too wide a block: its menus and breadcrumb trail, and
 * the readers' comments under a heading that counts them.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { visit, EXIT, SKIP } from 'unist-util-visit';
import { removeNode } from './hast-tree.ts';
import { isInline } from './story-lines.ts';
import { isShareAddress, labelsNothing, letters, NETWORK_NAMES, SHARE_WORDS } from './teasers.ts';

/**
 * A site's menus, left in when Readability takes too wide a block ("Home ·
 * Local · Sports · Business"): what the page itself marks as navigation,
 * `<nav>` and ARIA menus, a line that is only a control's link going
 * nowhere (`href="#"`), and a breadcrumb trail printed with its marks. Lists of links in the story are left alone: a
 * reading list can look like a menu.
 */
export function dropLinkMenus(story: Root): void {
  for (const menu of selectAll('nav, [role=menu], [role=menubar], [role=navigation]', story)) removeNode(story, menu);
  // A page's control left as a line of its own: a link that goes nowhere ("Enlarge Image", "Show more").
  for (const block of selectAll('p, div, li, span', story)) {
    const links = selectAll('a', block);
    const text = hastToString(block).replace(/\s+/g, ' ').trim();
    if (
      links.length > 0 &&
      links.every(
        (link) =>
          link.properties.href !== undefined && /^(?:#|javascript:.*)?$/is.test(String(link.properties.href).trim()),
      ) &&
      links
        .map((link) => hastToString(link))
        .join('')
        .replace(/\s+/g, '') === text.replace(/\s+/g, '')
    )
      removeNode(story, block);
  }
  for (const block of selectAll('p, div', story))
    if (isBreadcrumb(block) || isControlRow(block)) removeNode(story, block);
  for (const line of leadingLinkColumn(story)) removeNode(story, line);
}

/** Links of the site's menu a column holds: three at least, as one or two may open a story ("By Ana Kovač"). */
const FEWEST_MENU_LINKS = 3;

/**
 * The lines of a menu column that opens the story, where a page set out as a table (its menu in a cell beside the
 * story's) had both cells taken as the story: lines at the start, before any other text, each only a short link to
 * another page ("Strona główna", "Kraj", "Świat", "Archiwum"), three or more of them. Read after the page's `<br>`
 * lines are set apart (splitBrokenLines), each line an element of its own. None where the story opens otherwise.
 */
function leadingLinkColumn(story: Root): Element[] {
  const lines: Element[] = [];
  visit(story, 'element', (node: Element) => {
    const text = hastToString(node).replace(/\s+/g, ' ').trim();
    // A container of lines, or an empty element (a spacer picture, a <br>): the lines inside or after it.
    if (text === '' || !node.children.every(isInline)) return undefined;
    if (!isMenuLink(node, text)) return EXIT;
    lines.push(node);
    return SKIP;
  });
  // Writers' names, a line each ("Ana Kovač", "Jan Nowak"), are a byline's links, not a menu's.
  const names = lines.filter((line) => /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u.test(hastToString(line).trim()));
  return lines.length >= FEWEST_MENU_LINKS && names.length * 2 < lines.length ? lines : [];
}

/** Whether a line is only one link, of a few words, to another page (not a jump within it, "#top"). */
function isMenuLink(line: Element, text: string): boolean {
  const links = selectAll('a[href]', line);
  if (links.length !== 1 && !(line.tagName === 'a' && line.properties.href !== undefined)) return false;
  const link = links[0] ?? line;
  const href = String(link.properties.href).trim();
  return hastToString(link).replace(/\s+/g, ' ').trim() === text && isShortStep(text) && !href.startsWith('#');
}

/**
 * The words of a link that works the page, not one that leads to a story: print, send (to a friend), e-mail, share,
 * recommend, in English, German, French, Spanish, Portuguese, Italian, and Serbian, Croatian and Bosnian in Latin
 * letters and Cyrillic ("Štampa", "Ispiši", "Pošalji prijatelju", "Пошаљи пријатељу", "Preporuči"), Turkish
 * ("yazdır", "arkadaşına gönder", "Haberi paylaş"), Greek ("Εκτύπωση", "Αποστολή σε φίλο") and Vietnamese ("In bài",
 * "Gửi cho bạn bè", "Chia sẻ"); and a network's name, which a row of them shares the story on.
 */
const CONTROL_WORDS = new RegExp(
  '^(?:print(?: (?:this|article|story|page))?|printer[- ]friendly(?: version)?|e-?mail(?: (?:this|article|story))?|' +
    '(?:send|e-?mail)(?: (?:this|article|story))?(?: to a friend)?|share|recommend|drucken|versenden|senden|teilen|' +
    'imprimer|envoyer(?: à un ami)?|partager|imprimir|enviar(?: a un amigo)?|compartir|compartilhar|stampa|invia|' +
    'condividi|' +
    '[šs]tampa(?:j|jte)?|штампа(?:ј|јте)?|ispi[šs]i|ispis|pdf|' +
    'po[šs]alji(?:te)?(?: (?:prijatelju|e-?mailom|mejlom|e-?poštom))?|пошаљи(?:те)?(?: (?:пријатељу|мејлом|е-поштом))?|' +
    'preporu[čc]i(?:te)?|препоручи(?:те)?|pod(?:e|ije)li(?:te)?|подели(?:те)?|' +
    '(?:haberi )?(?:yazd[ıi]r|g[öo]nder|payla[şs])|arkada[şs][ıi]na (?:g[öo]nder|[öo]ner)|e-?posta(?: ile)? g[öo]nder|' +
    'εκτύπωση|αποστολή(?: σε φίλο)?|κοινοποίηση|in(?: bài(?: viết)?)?|gửi(?: bài)?(?: cho bạn bè)?|chia sẻ|e-?posta)$',
  'iu',
);

/**
 * A network's name as a link's words: in a row of controls, one that shares the story (its address says so, or a
 * control of the row does: "Haberi paylaş | Twitter"); in a row of networks' names alone, a story's links to someone's
 * accounts ("Facebook | Twitter" of the city hall), which stay.
 */
const NETWORK_NAME = new RegExp(`^(?:${NETWORK_NAMES})$`, 'iu');

/** Words a row of controls may set before its links: "Bu haberi" (this story: print, send), "Share:", "Paylaş:". */
const CONTROL_ROW_LABEL = new RegExp(`^(?:bu haberi|this (?:story|article)|share this|${SHARE_WORDS})?\\s*:?$`, 'iu');

/** The marks a row of controls sets between its links: bars, dots, slashes, dashes. */
const CONTROL_SEPARATORS = /[|｜·•/–—-]+/g;

/**
 * Whether a block is a row of the page's controls, each a link whose words work the page (CONTROL_WORDS), with
 * nothing but bars or dots between them, perhaps after a label: "Штампа | Пошаљи пријатељу", "Print · E-mail", "Bu
 * haberi yazdır | arkadaşına gönder". Two links at least: a link alone may be the story's.
 * @example // <p><a href="/stampa.php?id=7">Štampa</a> | <a href="/posalji.php?id=7">Pošalji prijatelju</a></p> → true
 */
function isControlRow(block: Element): boolean {
  const links = selectAll('a', block);
  if (links.length < 2) return false;
  let rest = hastToString(block);
  let control = false;
  for (const link of links) {
    const words = hastToString(link).replace(/\s+/g, ' ').trim();
    const network = NETWORK_NAME.test(words);
    if (!network && !CONTROL_WORDS.test(words)) return false;
    control ||= !network || isShareAddress(link.properties.href);
    rest = rest.replace(hastToString(link), ' ');
  }
  const label = rest.replace(CONTROL_SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
  // A label before networks' names says they share ("Paylaş: Facebook | Twitter").
  return CONTROL_ROW_LABEL.test(label) && (control || label !== '');
}

/** Takes out of a feed's entry each row of the page's controls it kept (isControlRow: "Haberi paylaş | Twitter"). */
export function dropControlRows(tree: Root): void {
  for (const block of selectAll('p, div', tree)) if (isControlRow(block)) removeNode(tree, block);
}

/** A step of a trail: a name of a few words ("Local news"), never a sentence. */
function isShortStep(step: string): boolean {
  const words = step.trim().split(/\s+/);
  return words.length <= 3 && step.trim().length <= 40 && !/[.!?。«»‹›„“”"]/u.test(step.trim());
}

/** A class that names a breadcrumb trail: "breadcrumb", "breadcrumbs", "c-breadcrumb__list". */
const BREADCRUMB_CLASS = /breadcrumb/i;

// The marks a trail of links is printed with: "Home > News > Story", "HOME ＞ …", "Accueil › Actualités".
const TRAIL_MARK = /\s*[>＞›»]\s*/;

/**
 * Whether a block is a breadcrumb trail, printed with its marks: three steps or more,
 * each a link but the last (the page itself, often unlinked), and nothing else; or two short
 * steps or more in a block whose class says it is one.
 * @example // <p><a href="/">HOME</a> ＞ <a href="/seminar">Seminars</a> ＞ NSF 2019</p> → true
 */
function isBreadcrumb(block: Element): boolean {
  const text = hastToString(block).replace(/\s+/g, ' ').trim();
  if (text.length > 200) return false;
  const steps = text.split(TRAIL_MARK).filter((step) => step.trim() !== '');
  // A block the page itself names a breadcrumb need not link its steps, when they are short names ("Home › News").
  // (Marks alone say nothing: German and French quote with » « and › ‹.)
  if (
    steps.length >= 2 &&
    BREADCRUMB_CLASS.test(String(block.properties['className'] ?? '')) &&
    steps.every(isShortStep)
  )
    return true;
  const linked = new Set(selectAll('a[href]', block).map((link) => hastToString(link).replace(/\s+/g, ' ').trim()));
  return steps.length >= 3 && steps.slice(0, -1).every((step) => linked.has(step.trim()));
}

/**
 * Words a blog sets over its comments, counted or not (Hungarian "Hozzászólások", Romanian "Comentarii", Serbian,
 * Croatian and Bosnian "Komentari", "Коментари", and "komentara" after a count or "nema", none, too).
 */
const COMMENTS =
  '(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|hozzászólás(?:ok)?|kommentek?|comentari(?:i|u)|komentar(?:i|a)?|коментар(?:и|а)?)';
/** A count of none: the heading says nothing follows (Hungarian "nincs", Romanian "niciun", Serbian "nema", none). */
const NONE = '(?:no|0|keine|aucun|sin|nessun|geen|nincs|niciun|nici un|nema|нема)';
/** "Leave a comment" in Serbian, Croatian and Bosnian: leave, write, add, send (your) comment. */
const LEAVE_COMMENT =
  '(?:ostavite|ostavi|napi[šs]ite|napi[šs]i|dodajte|dodaj|po[šs]aljite|оставите|остави|напишите|напиши|додајте|додај|пошаљите)' +
  '\\s+(?:(?:va[šs]|svoj|ваш|свој)\\s+)?(?:komentar|коментар)';

/**
 * A heading that only announces comments: "3 Comments", "No comments", "Keine Kommentare",
 * "Leave a reply", "Comments are closed". Counts of replies and responses too, but not a bare
 * "Response", which may be a section of the story.
 */
// A <div> or <p> that is only these words is a heading too, as a page's styles make it one.
const COMMENTS_HEADING = new RegExp(
  `^(?:(?:#?\\d+|${NONE}|one)\\s+(?:${COMMENTS}|responses?|replies|reactions)|${COMMENTS}(?:\\s*\\(\\d+\\))?|leave a (?:reply|comment)|(?:post|write|add) a comment|schreibe(?:n sie)? einen kommentar|kommentar (?:verfassen|schreiben|erstellen)|laisser un commentaire|deja (?:un|tu) comentario|${LEAVE_COMMENT}|(?:comments are|kommentare sind) (?:closed|geschlossen))\\s*[:.!]?$`,
  'iu',
);
/** One that says there are none, or no more can be written. */
const NO_COMMENTS = new RegExp(
  `^(?:${NONE}\\s+${COMMENTS}|(?:comments are|kommentare sind) (?:closed|geschlossen))`,
  'iu',
);

/** Whether a block is a heading, or a line of its own, that only announces comments. */
function isCommentsHeading(block: Element): boolean {
  return (
    /^(?:h[1-6]|p|div)$/.test(block.tagName) && COMMENTS_HEADING.test(hastToString(block).replace(/\s+/g, ' ').trim())
  );
}

/** A count of comments, one at least: "3 Comments", "Hozzászólások (2)", "One comment". */
const SOME_COMMENTS = /(?<!\d)[1-9]\d*(?!\d)|^one\s/iu;

/**
 * Headings over a blog's comments that the extract kept without them ("3 Comments" closing the
 * story, "No comments" in the line of date and section over it): no line of the story. Readers'
 * comments that did come along, under a heading that counts them ("2 Comments", "Hozzászólások
 * (2)", "Comentarii (3)") after the story's text, go with it: the heading and all that follows, to
 * the story's end, are the readers', not the story's. Under a heading that does not count them
 * ("Comments"), which a story may set over a section of its own, what follows stays, the heading
 * with it, so that it is not read as the story's last lines.
 */
export function dropCommentHeadings(story: Root): void {
  const inTables = new Set<Element>(selectAll('table *', story));
  const counted = selectAll('h1, h2, h3, h4, h5, h6, p, div', story).find((block) => {
    const line = hastToString(block).replace(/\s+/g, ' ').trim();
    if (inTables.has(block) || !isCommentsHeading(block) || !SOME_COMMENTS.test(line)) return false;
    // After the story's text, not a count printed over it ("5 Comments" under the headline).
    const before = lettersBefore(story, block);
    return before > letters(hastToString(story)) - before - letters(line);
  });
  if (counted) cutFrom(story, counted);
  visit(story, 'element', (node: Element, index, parent) => {
    // A table's cells are its data: a column may be headed "Comment".
    if (node.tagName === 'table') return SKIP;
    if (!parent || index === undefined || !isCommentsHeading(node)) return undefined;
    const none = NO_COMMENTS.test(hastToString(node).replace(/\s+/g, ' ').trim());
    if (!none && !labelsNothing(parent.children, index, isCommentsHeading)) return SKIP;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/** Letters and digits of the story before an element of it, in reading order. */
function lettersBefore(story: Root, target: Element): number {
  let count = 0;
  visit(story, (node) => {
    if (node === target) return EXIT;
    if (node.type === 'text') count += letters(node.value);
    return undefined;
  });
  return count;
}

/** Removes an element and all that follows it to the end of the tree; whether it was there. */
function cutFrom(parent: Root | Element, target: Element): boolean {
  for (const [at, child] of parent.children.entries()) {
    if (child === target || (child.type === 'element' && cutFrom(child, target))) {
      parent.children.splice(child === target ? at : at + 1);
      return true;
    }
  }
  return false;
}
