/**
 * News pages saved from a browser: Readability (extract-article.ts) cuts the
 * story out of the page, our own reader (page-metadata.ts) takes its metadata
 * from what the publisher declared, and the story's HTML then goes through
 * the importer's sanitizer and Markdown conversion. A page whose story is
 * only in its JSON-LD `articleBody` still imports.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { extractArticle } from './extract-article.ts';
import { chooseImageSources, type LocalImages } from './images.ts';
import { placeLeadPicture } from './lead-image.ts';
import { removeNode } from './hast-tree.ts';
import { readPageMetadata } from './page-metadata.ts';
import { datelineOf } from './read-text.ts';
import { hastToMarkdown, paragraphsToMarkdown, parseHtmlFragment, splitParagraphs } from './to-markdown.ts';
import { ImportError, type FoundArticle } from './types.ts';
import { dropTeasers } from './teasers.ts';
import { creditPicture, dropPhotoCredits } from './photo-credits.ts';
import { captionPicture, captionTexts, dropUnshownPictures } from './unshown-pictures.ts';
import { inItsScript, PAGE_GUESS_TEXT, readsUnlike, scriptName, SHORT_GUESS_TEXT, textLanguage } from './language.ts';
import { dateReading, writtenDate, type DateReading } from '../lib/written-dates.ts';
import { comparableWords } from './compare-text.ts';
import { firstBlock, splitBrokenLines, unwrapLines } from './story-lines.ts';
import {
  boldHeadline,
  titleAround,
  declaresHeadline,
  printedHeadline,
  printedOverDate,
  readStoryHead,
} from './story-head.ts';
import {
  predates,
  takeClosingByline,
  takeClosingSignature,
  takeClosingTags,
  takeTrailingCopyright,
} from './story-end.ts';
import { dropCommentHeadings, dropLinkMenus } from './page-furniture.ts';

const documentParser = unified().use(rehypeParse);

/** How a page's images are handled. */
export interface HtmlOptions {
  /** Copies images saved next to the page into the site and says where they went; without it, images stay where they are. */
  localImages?: LocalImages;
}

/** Reads one saved article page. Throws an ImportError, saying what was looked for and found, when it holds no story. */
export async function readHtml(saved: string, origin: string, options: HtmlOptions = {}): Promise<FoundArticle> {
  const html = withAmpPictures(saved);
  const tree = documentParser.parse(html);
  // linkedom builds no <body> for a page written without one; the HTML parser's own reading of it does.
  const extracted = extractArticle(/<body[\s>]/i.test(html) ? html : toHtml(tree));
  const found = 'html' in extracted ? extracted : undefined;
  const metadata = readPageMetadata(tree, found);
  const { fields, articleBody, notes, updateLine, leadPicture } = metadata;
  let titleSite = metadata.titleSite;
  const url = fields.source?.url;

  let body;
  // A dateline opening a story whose page declares no date ("Житомир, 3 листопада 2007 р. — …"), as in plain text.
  let datelineDay: { date: string; why: string } | undefined;
  // A day the page's <title> gives beside the headline ("Site :: 8 May 2009 :: Headline").
  let titleDay: { date: string; why: string } | undefined;
  let printedInstead: { headline: string; title: string } | undefined;
  // A writer's name alone in italics closing the story (takeClosingSignature).
  let signatureGuess: string[] | undefined;
  const creditNotes: string[] = [];
  const pictureNotes: string[] = [];
  if (found) {
    const story = parseHtmlFragment(found.html);
    chooseImageSources(story);
    // Before local copies are made: the story's copy of the lead picture is compared by its address on the site.
    const lead = leadPicture && (await placeLeadPicture(tree, story, leadPicture, url, options.localImages));
    if (lead) fields.image = lead;
    if (options.localImages) await options.localImages.rewrite(story);
    // A page set with <br> between its lines (the headline, the date line, the byline in one block) is read line by line.
    const lines = splitBrokenLines(story);
    // Before the head is read: a menu over the story is no line of it (nor, in a page set out as a table, the menu
    // column beside the story, which would stand between the story's start and its bold headline).
    dropLinkMenus(story);
    // A page without an <h1> may set its headline in bold over the story (perhaps under its section's name), its
    // <title> naming the site before it.
    const printedLine = selectAll('h1', tree).length === 0 ? printedHeadline(story) : undefined;
    const printed = printedLine && boldHeadline(story);
    const fromTitle = printed && fields.title ? titleAround(fields.title, printed) : undefined;
    if (fromTitle) {
      fields.title = fromTitle.headline;
      titleDay = fromTitle.day;
    } else if (printed && fields.title && comparableWords(printed) !== comparableWords(fields.title)) {
      // A <title> that names the site and a section or a word of the story ("Szászfalvi Hírlap - Spitalul") over a
      // headline printed in bold with the date line under it: the printed headline is the story's, where nothing
      // else (JSON-LD, Open Graph) declares one.
      if (!declaresHeadline(tree) && printedOverDate(story, dateReading(fields.lang))) {
        printedInstead = { headline: printed, title: fields.title };
        fields.title = printed;
      }
    }
    // The site's name the <title> sets around the headline printed ("ΚΡΗΤΙΚΗ ΗΧΩ - Πλημμύρες στα Χανιά" over the
    // bold "Πλημμύρες στα Χανιά μετά από ισχυρή καταιγίδα"), where the title alone gave none.
    const titleBefore = printedInstead?.title ?? (fromTitle ? metadata.pageTitle : undefined);
    const printedSite =
      !titleSite && titleBefore && fields.title ? metadata.titleSiteAround?.(fields.title) : undefined;
    if (printedSite && titleBefore) titleSite = { name: printedSite, title: titleBefore };
    dropRepeatedTitle(story, fields.title, printedLine?.block);
    dropTeasers(story);
    dropCommentHeadings(story);
    // Before the head is read, and after the teasers (told by their pictures): a picture the archive cannot show
    // leaves no alt text or caption as the story's first lines.
    const captioned = captionPicture(
      fields.image,
      dropUnshownPictures(story, url, captionTexts(tree)),
      'the lead picture',
    );
    if (captioned.picture) fields.image = captioned.picture;
    pictureNotes.push(...captioned.notes);
    // A picture's credit on a line of its own ("Foto: Kari Nordmann", "Kuva: Lehtikuva"), away from any picture of
    // the story: the lead picture's credit where the page gives one without, else left out.
    const credited = creditPicture(fields.image, dropPhotoCredits(story), 'the lead picture');
    if (credited.picture) fields.image = credited.picture;
    creditNotes.push(...credited.notes);
    const days = [fields.date, fields.updated].flatMap((day) => (day ? [day.slice(0, 10)] : []));
    // The bold-headline reading of the story's first lines is for pages that print their headline so (no <h1>).
    const head = readStoryHead(
      story,
      { authors: fields.authors ?? [], days, section: fields.section },
      dateReading(fields.lang),
      url,
      printed !== undefined,
      printedLine?.label,
    );
    // A page that declares no date anywhere may still print it above the story.
    if (!fields.date && head.day) fields.date = head.day;
    // The update printed beside the day the story is dated ("Julkaistu 12.3.2023 | Päivitetty 13.3.2023"), where the
    // page declares none.
    if (head.updated && !fields.updated && fields.date?.slice(0, 10) === head.day?.slice(0, 10))
      fields.updated = head.updated;
    if (!fields.date) datelineDay = storyDateline(story, dateReading(fields.lang));
    // The byline printed over the story names its writer; <meta name="author"> often names the site's staff.
    if (head.authors) fields.authors = head.authors;
    if (!fields.section && head.section) fields.section = head.section;
    // The story's own tags; the page's keywords are often the whole site's.
    if (head.tags && head.tags.length > 0) fields.tags = head.tags;
    const copyright = takeTrailingCopyright(story);
    if (copyright) fields.copyright = copyright;
    // The story's own tags printed under it, as over it (head.tags).
    const closing = takeClosingTags(story);
    if (closing && !head.tags?.length) fields.tags = closing.tags;
    if (closing?.section && !fields.section) fields.section = closing.section;
    // A story signed at its end ("Írta: Nagy Erzsébet", "de Ion Popescu"), where no byline over it named the writer.
    const language = () => fields.lang ?? textLanguage(hastToString(story), SHORT_GUESS_TEXT);
    const signed = head.authors ? undefined : takeClosingByline(story, language);
    if (signed) fields.authors = signed;
    // Or a name alone in italics closing it, as papers of the 1990s signed: a guess, which the summary names.
    const signature = head.authors || signed ? undefined : takeClosingSignature(story, language, fields.authors);
    if (signature && !fields.authors) signatureGuess = signature;
    unwrapLines(story, lines);
    // A notice of years before the story's is the site's footer or template, not the story's rights.
    if (fields.copyright && predates(fields.copyright, fields.date, fields.lang)) delete fields.copyright;
    body = await hastToMarkdown(story, url);
  }
  if (!found && leadPicture) {
    const lead = await placeLeadPicture(tree, { type: 'root', children: [] }, leadPicture, url, options.localImages);
    if (lead) fields.image = lead;
  }
  if (!body?.text && articleBody) body = paragraphsToMarkdown(splitParagraphs(articleBody));
  if (!body?.text) {
    const why = 'reason' in extracted ? extracted.reason : "Readability's extract held no text once sanitized";
    throw new ImportError(`no article text found: ${why}, and the page has no JSON-LD articleBody`);
  }
  const allNotes = [
    ...(notes ?? []),
    ...pictureNotes,
    ...creditNotes,
    ...(printedInstead
      ? [
          `title "${printedInstead.headline}" as printed over the story's date line (the page's <title> says "${printedInstead.title}")`,
        ]
      : []),
  ];
  const article: FoundArticle = {
    origin,
    fields,
    body: body.markdown,
    text: body.text,
    ...(allNotes.length > 0 ? { notes: allNotes } : {}),
  };
  const guessed: NonNullable<FoundArticle['guessed']> = {};
  const guessedWhy: NonNullable<FoundArticle['guessedWhy']> = {};
  if (datelineDay) {
    guessed.date = datelineDay.date;
    guessedWhy.date = datelineDay.why;
  } else if (!fields.date && titleDay) {
    guessed.date = titleDay.date;
    guessedWhy.date = titleDay.why;
  } else if (!fields.date && updateLine) {
    // The day it was updated is the nearest the page tells: offered, and said so, rather than no date at all.
    guessed.date = updateLine.date;
    guessedWhy.date = `date ${updateLine.date} from "${updateLine.line}" (the page prints only when it was updated)`;
  }
  if (signatureGuess) {
    guessed.authors = signatureGuess;
    guessedWhy.authors = `authors ${signatureGuess.join(', ')} from the name set in italics closing the story: check it (--authors sets them)`;
  }
  // A page that names its site only in its <title> ("… | เสียงเชียงใหม่"): the name, not the address, is the source.
  if (titleSite) {
    guessed.source = { name: titleSite.name };
    guessedWhy.source = `source "${titleSite.name}" from the page's title "${titleSite.title}" (the page declares no site name; --source-name sets it)`;
  }
  // A page that declares no language (CNN's and Salon's English pages) is read for it when its story is long
  // enough to tell; otherwise, as before, it takes the archive's. The guess fills only what nothing else gives.
  const lang = fields.lang ? undefined : textLanguage(body.text, PAGE_GUESS_TEXT);
  if (lang) {
    guessed.lang = lang;
    guessedWhy.lang = `language "${lang}" read from the page's text (the page declares none; --lang sets it)`;
  }
  // A template's declaration over a story in another language written in the same letters (lang="hu" over a
  // Romanian story of a bilingual paper): the story's words decide, as they do between declarations that disagree,
  // and the summary asks to check it.
  // A language written in two scripts, declared in the one its story is not written in (a Serbian site's lang="sr"
  // over a story in Latin letters): the story's letters tell which.
  const scripted = fields.lang ? inItsScript(fields.lang, body.text) : undefined;
  const unlike = fields.lang ? readsUnlike(body.text, scripted ?? fields.lang) : undefined;
  if (unlike) {
    guessed.lang = unlike;
    guessedWhy.lang = `language "${unlike}" read from the story's text, which reads unlike the language the page declares (${fields.lang}): check it, or set --lang`;
    delete fields.lang;
  } else if (scripted) {
    guessed.lang = scripted;
    guessedWhy.lang = `language "${scripted}": the page declares ${fields.lang}, and its story is written in ${scriptName(scripted)} letters (--lang sets it)`;
    delete fields.lang;
  }
  return Object.keys(guessed).length > 0 ? { ...article, guessed, guessedWhy } : article;
}

/**
 * The day a dateline opening the story gives ("Житомир, 3 листопада 2007 р. —",
 * "LONDON, Sept. 10, 2015 (Reuters) -"), read as plain text's is; the dateline stays in the body.
 */
function storyDateline(story: Root, reading: DateReading): { date: string; why: string } | undefined {
  const lead = firstBlock(story);
  const written = lead
    ? datelineOf(`${hastToString(lead).replace(/\s+/g, ' ').trim()} `, reading)?.text.trim()
    : undefined;
  const date = written ? writtenDate(written, reading) : undefined;
  return written && date ? { date, why: `date ${date} from the dateline "${written}"` } : undefined;
}

/** An AMP page's pictures, `<amp-img>` and `<amp-anim>`, which the story's reader and the converter know as `<img>`. */
const AMP_PICTURE = /<(\/?)amp-(?:img|anim)(?=[\s>/])/giu;

/**
 * A page saved from its AMP version with its pictures as `<img>`, which they stand for: the reader and the Markdown
 * converter knew no `<amp-img>`, and a saved AMP page's story lost its pictures ("it has no address").
 * @example withAmpPictures('<amp-img src="a.jpg" alt="Pier"></amp-img>') // '<img src="a.jpg" alt="Pier"></img>'
 */
function withAmpPictures(html: string): string {
  return html.replace(AMP_PICTURE, '<$1img');
}

/**
 * A heading, or the story's first paragraph, that repeats the headline (the
 * title is in the frontmatter, and the site prints it); or the headline
 * printed in bold under the section's name (`printed`).
 */
function dropRepeatedTitle(story: Root, title: string | undefined, printed?: Element): void {
  if (!title) return;
  const heading = selectAll('h1, h2', story)[0];
  if (heading && comparableWords(hastToString(heading)) === comparableWords(title)) return removeNode(story, heading);
  const first = printed ?? firstBlock(story);
  if (first && comparableWords(hastToString(first)) === comparableWords(title)) removeNode(story, first);
}
