/**
 * Feeds (RSS 2.0 and 1.0, Atom, JSON Feed): one article per entry, with its
 * title, date, authors, categories as tags, link as source URL and content
 * (or summary, or a video's Media RSS description) as body. The feed's own
 * title names the source.
 */
import { XMLParser } from 'fast-xml-parser';
import { decodeEntities } from '../lib/entities.ts';
import { isLater, toArticleDate } from './dates.ts';
import { dateReading, onlyDateWords, writtenDate, type DateReading } from '../lib/written-dates.ts';
import { datelineOf } from './read-text.ts';
import {
  hastToMarkdown,
  htmlToPlainText,
  paragraphsToMarkdown,
  parseHtmlFragment,
  splitParagraphs,
  type MarkdownBody,
} from './to-markdown.ts';
import { entryOrigin, ImportError, type FoundArticle, type FoundFields } from './types.ts';
import { httpUrl, siteLabel } from '../lib/urls.ts';
import { bylineNames, deskAgency, deskNote } from './bylines.ts';
import { comparableWords, samePublicationName } from './compare-text.ts';
import { fileInItsScript, inItsScript, scriptName, textLanguage } from './language.ts';
import { creditPicture, dropPhotoCredits } from './photo-credits.ts';
import { dropControlRows } from './page-furniture.ts';
import { captionPicture, captionTexts, dropUnshownPictures, type LeftOutPicture } from './unshown-pictures.ts';
import { dropFeedTeasers } from './teasers.ts';
import { shortened } from './complete.ts';

/** One entry of a feed: an article, or why it could not be one. */
export type FeedEntry = { ok: true; article: FoundArticle } | { ok: false; origin: string; reason: string };

type Node = Record<string, unknown>;

/** What every feed format is reduced to before conversion. */
interface RawEntry {
  title?: string;
  /** The publisher's identifier for the entry: RSS guid, Atom id, JSON Feed id. */
  id?: string;
  link?: string;
  /** Base URL for the entry's relative links (xml:base on the content or entry), when the feed gives one. */
  base?: string;
  published?: string;
  updated?: string;
  authors: string[];
  tags: string[];
  /** HTML, or plain text when `bodyFormat` says so. */
  body?: string;
  /**
   * How a plain-text body is laid out: in paragraphs at blank lines (`text`), or a paragraph a line (`lines`: a
   * video's description, whose every line break is meant).
   */
  bodyFormat?: 'text' | 'lines';
  summary?: string;
  /** The lead picture, when the feed names what it shows (a video's thumbnail, by the video's title). */
  image?: { src: string; alt: string };
  /**
   * The entry's own language, where a feed of several gives one an entry (RSS `<dc:language>`, Atom `xml:lang`,
   * JSON Feed 1.1 `language`): it wins over the feed's.
   */
  lang?: string;
}

interface RawFeed {
  title?: string;
  /** The site the feed belongs to (RSS channel link, Atom alternate link, JSON Feed home_page_url), the last base for relative links. */
  home?: string;
  copyright?: string;
  lang?: string;
  entries: RawEntry[];
}

// Markup-bearing elements are kept raw: their escaping (entities, CDATA, inline XHTML) is resolved per format below.
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  htmlEntities: true,
  stopNodes: ['*.title', '*.description', '*.encoded', '*.content', '*.summary', '*.rights', '*.copyright'],
  isArray: (name) => ['item', 'entry', 'category', 'link', 'author', 'creator', 'contributor'].includes(name),
});

/**
 * Reads a feed file into entries. Throws an ImportError when the file is not
 * a feed at all; an entry without text is reported on its own.
 */
export async function readFeed(source: string, origin: string): Promise<FeedEntry[]> {
  const feed = source.trimStart().startsWith('{') ? jsonFeed(source) : xmlFeed(source);
  if (feed.entries.length === 0) throw new ImportError('the feed has no entries: nothing to import');
  const entries = await Promise.all(
    feed.entries.map((entry, index) => toArticle(feed, entry, entryOrigin(origin, index + 1))),
  );
  // A feed that declares no language (heise's Atom feed) is read for it, all its entries together that give none
  // of their own: each alone is too short to tell. The guess fills only what nothing else gives (--lang wins).
  const unsaid = (entry: FeedEntry) =>
    entry.ok && entry.article.fields.lang === undefined && entry.article.guessed?.lang === undefined;
  const lang = feed.lang
    ? undefined
    : textLanguage(
        entries
          .filter(unsaid)
          .map((entry) => (entry.ok ? entry.article.text : ''))
          .join('\n'),
      );
  if (!lang) return entries;
  const why = `language "${lang}" read from the feed's text (the feed declares none; --lang sets it)`;
  return entries.map((entry) =>
    entry.ok && unsaid(entry)
      ? {
          ok: true,
          article: {
            ...entry.article,
            guessed: { ...entry.article.guessed, lang },
            guessedWhy: { ...entry.article.guessedWhy, lang: why },
          },
        }
      : entry,
  );
}

async function toArticle(feed: RawFeed, entry: RawEntry, origin: string): Promise<FeedEntry> {
  // Relative links mean what the feed's xml:base says, else what they mean on the feed's own site.
  const base = absolute(entry.base, feed.home) ?? httpUrl(feed.home) ?? httpUrl(entry.link);
  const link = httpUrl(absolute(entry.link, base));
  // A picture's credit on a line of its own ("Foto: Kari Nordmann"), which the entry's body loses.
  const credits: string[] = [];
  const leftOut: LeftOutPicture[] = [];
  const body = await entryBody(entry.body, entry.bodyFormat, base, credits, leftOut);
  const summary = entry.summary ? await entryBody(entry.summary, undefined, base) : undefined;
  const main = body?.text ? body : summary;
  if (!main?.text) {
    const named = entry.title ? ` "${entry.title}"` : '';
    return {
      ok: false,
      origin,
      reason: `the entry${named} has no text (no content, description or summary): nothing to import`,
    };
  }
  const fields: FoundFields = {};
  if (entry.title) fields.title = entry.title;
  // A summary next to full content is the standfirst.
  if (main === body && summary?.text) fields.dek = summary.text;
  // A date as RSS and Atom write it, else as people do (Chinese sites' 2019年7月1日 08:00, 民國108年7月1日): its day.
  // Written in words, in the entry's or the feed's language first ("listopada" is October in Croatian).
  const reading = dateReading(entry.lang ?? feed.lang);
  const feedDate = (text: string | undefined) =>
    text ? (toArticleDate(text) ?? writtenDate(text, reading)) : undefined;
  const date = feedDate(entry.published);
  if (date) fields.date = date;
  const updated = feedDate(entry.updated);
  if (date && updated && isLater(updated, date)) fields.updated = updated;
  const authors = authorNames(entry.authors, feed.title);
  if (authors.length > 0) fields.authors = authors;
  if (entry.tags.length > 0) fields.tags = entry.tags;
  if (entry.image) fields.image = entry.image;
  // The entry's picture takes the caption of the text's opening picture the archive cannot show, where it has none.
  const captioned = captionPicture(fields.image, leftOut, "the entry's picture");
  if (captioned.picture) fields.image = captioned.picture;
  // The entry's picture takes the credit its text gave on a line of its own, where it has none.
  const credited = creditPicture(fields.image, credits, "the entry's picture");
  if (credited.picture) fields.image = credited.picture;
  const creditNotes = [...captioned.notes, ...credited.notes];
  // A guid that is the link itself adds nothing; one that differs is what tells two entries with one link apart.
  const id = entry.id && entry.id !== entry.link && entry.id !== link ? entry.id : undefined;
  const publication = feed.title ? feedPublication(feed.title, feed.home) : undefined;
  if (publication || link || id)
    fields.source = {
      ...(publication ? { name: publication } : {}),
      ...(link ? { url: link } : {}),
      ...(id ? { id } : {}),
    };
  if (feed.copyright) fields.copyright = feed.copyright;
  // A credit to an agency's reporter ("خبرنگار ایرنا") is no author, as under a text's headline.
  const desks = entry.authors.filter((author) => deskAgency(author)).map((author) => deskNote(author.trim()));
  const notes = [...desks, ...(main === body ? creditNotes : [])];
  const article: FoundArticle = {
    origin,
    fields,
    body: main.markdown,
    text: main.text,
    ...(notes.length > 0 ? { notes } : {}),
  };
  // An entry's own language stands. The feed's is every entry's that gives none, unless the entry is written in
  // letters that language does not use (an English item in a Bengali feed): then the letters tell it, as they do
  // for a short text in the archive (fileInItsScript), and the summary says so.
  if (entry.lang) {
    // Declared in the one script of its language the text is not written in (sr over Latin letters): the letters tell.
    const scripted = inItsScript(entry.lang, main.text);
    if (scripted) {
      article.guessed = { ...article.guessed, lang: scripted };
      article.guessedWhy = {
        ...article.guessedWhy,
        lang: `language "${scripted}": the entry declares ${entry.lang}, and its text is written in ${scriptName(scripted)} letters (--lang sets it)`,
      };
    } else fields.lang = entry.lang;
  } else if (feed.lang) {
    fileInItsScript(article, feed.lang, 'feed');
    if (!article.guessed?.lang) fields.lang = feed.lang;
  }
  // An entry without a date (RSS 0.91 has no <pubDate>) may open with one, as a text's dateline does ("2009. október
  // 12. - A városháza…"): offered, and said so.
  const opening = date ? undefined : openingDate(main.text, reading);
  if (opening) {
    article.guessed = { ...article.guessed, date: opening.date };
    article.guessedWhy = {
      ...article.guessedWhy,
      date: `date ${opening.date} inferred from "${opening.written}" opening the entry's text (the entry gives no date; --date sets it)`,
    };
  }
  const lang = fields.lang ?? article.guessed?.lang;
  // A microblog's posts (Mastodon's RSS, JSON Feed's untitled items) have no title: their first sentence is one.
  const headline = entry.title ? undefined : headlineFromText(main.text, lang);
  if (!headline) return { ok: true, article };
  const why = `title "${headline}" from the entry's first sentence (the entry has no title; --title sets one)`;
  article.guessed = { ...article.guessed, title: headline };
  article.guessedWhy = { ...article.guessedWhy, title: why };
  return { ok: true, article };
}

// A date opening a text before a dash, as a dateline: "2009. október 12. - …", "26 octombrie 2009 – …", "09.11.2009 - …".
const OPENING_DATE = /^(\S[^\n]{4,40}?)\s+[-–—]\s+\S/u;

/**
 * The day a text opens with before a dash, its dateline, as plain text's is read (datelineOf): a date alone, or
 * a place and a date ("Kolozsvár, 2009. október 12. –"); undefined when the text opens otherwise.
 * @example openingDate('2009. október 12. - A városháza…') // { date: '2009-10-12', written: '2009. október 12.' }
 */
export function openingDate(text: string, reading: DateReading = {}): { date: string; written: string } | undefined {
  const lead = text.trimStart();
  const alone = OPENING_DATE.exec(lead)?.[1]?.trim();
  if (alone && onlyDateWords(alone)) {
    const date = writtenDate(alone, reading);
    if (date) return { date, written: alone };
  }
  const dateline = datelineOf(lead, reading)
    ?.text.replace(/\s*[-–—]+\s*$/u, '')
    .trim();
  const date = dateline ? writtenDate(dateline, reading) : undefined;
  return dateline && date ? { date, written: dateline } : undefined;
}

/** How long a headline taken from a text may run: about a headline's length, well inside the archive's limit. */
const HEADLINE_FROM_TEXT = 100;

/**
 * A headline for a text that has none: its first sentence without the full
 * stop that ends it (a question or exclamation keeps its mark), cut at a word
 * with an ellipsis when it runs longer than a headline. A reply's or repost's
 * lead-in ("@ada@social.example", "RT @ada:") and a link it opens with are no
 * headline, and a stop after an abbreviation or an initial ("Dr.", "St.",
 * "J.") or a number ("1.") ends no sentence.
 * @example headlineFromText('The council voted 7 to 2. Full story tomorrow.') // 'The council voted 7 to 2'
 * @example headlineFromText('Dr. Lee joins the board. More soon.') // 'Dr. Lee joins the board'
 */
export function headlineFromText(text: string, lang: string | undefined): string | undefined {
  const whole = text.replace(/\s+/g, ' ').trim();
  const flat = whole.replace(POST_LEAD_IN, '').trim() || whole;
  const segmenter = new Intl.Segmenter(lang && Intl.Segmenter.supportedLocalesOf(lang).length > 0 ? lang : undefined, {
    granularity: 'sentence',
  });
  let sentence = '';
  for (const { segment } of segmenter.segment(flat)) {
    sentence += segment;
    if (!ABBREVIATION_END.test(sentence.trim())) break;
  }
  sentence = sentence.trim().replace(/(?<![.…])[.。．।۔](?=[\p{Pe}\p{Pf}"']*$)/u, '');
  return shortened(sentence, HEADLINE_FROM_TEXT) || undefined;
}
// A reply's addressees, a repost's "RT @name:", a link: what a microblog's post may open with.
const POST_LEAD_IN = /^(?:RT\s+)?(?:@[\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}.-]+)?:?\s+)*(?:https?:\/\/\S+\s+)?/u;
// A sentence that ends on an initial or a title's abbreviation (English, French, Spanish, German, Italian, Dutch), or
// that is a list's number alone: no sentence ends there.
const ABBREVIATION_END =
  /(?:^|\s)(?:\p{Lu}|Dr|Mr|Mrs|Ms|Mme|Mlle|Me|St|Ste|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Jr|Sr|Sra|Srta|Dra|Hr|Fr|Dott|Sig|Mt|No|Nr|Inc|Ltd|Co|Ave)\.$|^\p{N}{1,3}\.$/u;

// What a feed's title adds to the publication's name: a tagline of no name ("Latest news", "Berita Terkini"), "news"
// or "latest news" in the languages the importer reads (Bengali "সর্বশেষ খবর", Tamil "சமீபத்திய செய்திகள்", Hindi
// "ताज़ा ख़बरें"…), or a page's label ("home", "blog").
const TAGLINES = [
  String.raw`(?:(?:the )?(?:latest|all|top|breaking) )?(?:(?:hindi|bangla|bengali|tamil|urdu) )?(?:news|stories|headlines|articles|posts|updates)(?: (?:feed|and analysis))?`,
  'home|blog|feed|rss|berita(?: terkini| terbaru)?|habari(?: mpya| za hivi punde)?',
  // French, German, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Hungarian, Russian, Ukrainian, Greek, Turkish.
  "(?:dernières )?(?:actualités|nouvelles)|l['’]actualité|à la une|(?:aktuelle )?nachrichten|(?:últimas )?(?:noticias|notícias)",
  '(?:ultime )?notizie|(?:laatste )?nieuws|(?:najnowsze )?wiadomości|aktualności|zprávy|aktuality|(?:friss )?hírek',
  '(?:последние )?новости|(?:останні )?новини|(?:τελευταίες )?ειδήσεις|(?:son )?haberler|son dakika(?: haberleri)?',
  // Finnish, Swedish, Norwegian, Danish, Northern Sami: (the latest, freshest) news.
  '(?:uusimmat |tuoreimmat |viimeisimmät )?uutiset|senaste (?:nytt|nyheterna|nyheter)|nyheter|siste (?:nytt|nyheter)',
  'seneste (?:nyt|nyheder)|nyheder|(?:ođđasamos |ođđa )?ođđasat',
  // Serbian, Croatian and Bosnian, in Latin letters and Cyrillic: (the latest, freshest, current, daily) news.
  '(?:najnovije |najsv(?:e|je)žije |aktu(?:e|a)lne |dnevne |sve )?(?:vesti|vijesti)|novosti',
  '(?:најновије |најсвежије |актуелне |дневне |све )?вести|новости',
  // Arabic, Persian, Urdu, Hebrew.
  '(?:آخر |أحدث )?الأخبار|أخبار|(?:آخرین )?اخبار|(?:تازہ ترین |اردو )?خبریں|חדשות',
  // Hindi, Bengali, Tamil.
  '(?:ताज़ा |ताजा |हिंदी |हिन्दी )?(?:समाचार|ख़बरें|खबरें|ख़बर|खबर)',
  '(?:সর্বশেষ |তাজা |আজকের |বাংলা )?(?:খবর|সংবাদ)',
  '(?:சமீபத்திய |இன்றைய |முக்கிய |தமிழ் )?செய்திகள்',
  // Vietnamese, Thai, Chinese, Japanese, Korean.
  'tin tức(?: mới nhất)?|tin mới(?: nhất)?|ข่าว(?:ล่าสุด)?|(?:最新|即時|即时)?(?:新闻|新聞)|(?:最新)?ニュース|(?:최신 )?뉴스',
  // Amharic and Tigrinya: (the latest, fresh, breaking, current) news.
  '(?:የቅርብ ጊዜ |ትኩስ |ሰበር |ወቅታዊ |አዳዲስ )?ዜና(?:ዎች|ታት)?',
];
const TAGLINE = new RegExp(`^(?:${TAGLINES.join('|')})$`, 'iu');
const TITLE_PARTS = /\s+[-–—|·»:]\s+/u;

/**
 * The publication a feed's title names: the part its site's address names ("Suara Nelayan - Berita Terkini" of
 * suaranelayan.id is Suara Nelayan), else the title without a tagline after it ("Coast Wire — Latest news"),
 * else the whole title.
 * @example feedPublication('Suara Nelayan - Berita Terkini', 'https://suaranelayan.id/') // 'Suara Nelayan'
 */
export function feedPublication(title: string, home: string | undefined): string {
  const parts = title.split(TITLE_PARTS).map((part) => part.trim());
  if (parts.length < 2) return title;
  const label = home ? siteLabel(home) : undefined;
  const named = label ? parts.find((part) => samePublicationName(part, label)) : undefined;
  if (named) return named;
  const [first, ...rest] = parts;
  return rest.every((part) => TAGLINE.test(part)) && first ? first : title;
}

/**
 * An entry's body, HTML or text, as Markdown. `credits`: where a picture's credit set as a line of its own in HTML
 * (dropPhotoCredits) goes, once taken out; `leftOut`: where the pictures the archive cannot show go, once taken out
 * with their captions (dropUnshownPictures).
 */
async function entryBody(
  body: string | undefined,
  format: RawEntry['bodyFormat'],
  baseUrl: string | undefined,
  credits?: string[],
  leftOut?: LeftOutPicture[],
): Promise<MarkdownBody | undefined> {
  if (!body?.trim()) return undefined;
  if (format === 'text') return paragraphsToMarkdown(splitParagraphs(body));
  if (format === 'lines') return paragraphsToMarkdown(body.split(/\r\n?|\n/).filter((line) => line.trim() !== ''));
  const tree = parseHtmlFragment(body);
  const unshown = dropUnshownPictures(tree, baseUrl, captionTexts(tree));
  if (leftOut) leftOut.push(...unshown);
  if (credits) credits.push(...dropPhotoCredits(tree));
  // "Pročitajte još: <a>…</a>", "<a>Podeli na Facebooku</a>", "Haberi paylaş | Twitter": no words of the story.
  dropFeedTeasers(tree);
  dropControlRows(tree);
  return hastToMarkdown(tree, baseUrl);
}

function xmlFeed(source: string): RawFeed {
  let doc: Node;
  try {
    doc = xml.parse(source) as Node;
  } catch (error) {
    throw new ImportError(`not a readable feed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const rss = node(doc.rss);
  if (rss) return rssFeed(node(rss.channel) ?? {}, list(node(rss.channel)?.item), xmlBase(rss) ?? xmlBase(rss.channel));
  const rdf = node(doc.RDF);
  if (rdf) return rssFeed(node(rdf.channel) ?? {}, list(rdf.item), xmlBase(rdf));
  const atom = node(doc.feed);
  if (atom) return atomFeed(atom);
  throw new ImportError('not an RSS, Atom or JSON feed (no <rss>, <feed> or JSON Feed version found)');
}

function rssFeed(channel: Node, items: unknown[], feedBase?: string): RawFeed {
  const home = list(channel.link)
    .map(scalar)
    .find((link) => link !== undefined && /^https?:/i.test(link));
  return {
    ...optional('title', markupText(channel.title)),
    ...optional('home', absolute(home, feedBase) ?? feedBase),
    ...optional('copyright', markupText(channel.copyright ?? channel.rights)),
    ...optional('lang', scalar(channel.language)),
    entries: items
      .map(node)
      .filter((item) => item !== undefined)
      .map((item) => {
        const guid = node(item.guid);
        const permalink = guid?.['@_isPermaLink'] === 'false' ? undefined : scalar(item.guid);
        const content = xmlInner(item.encoded) ?? xmlInner(textContent(item.content));
        const description = xmlInner(item.description);
        const media = mediaRss(item, false);
        return {
          ...optional('title', markupText(item.title)),
          ...optional('id', scalar(item.guid)),
          ...optional('base', absolute(xmlBase(item.encoded) ?? xmlBase(item.description) ?? xmlBase(item), feedBase)),
          ...optional(
            'link',
            list(item.link)
              .map(scalar)
              .find((link) => link !== undefined) ?? permalink,
          ),
          ...optional('published', scalar(item.pubDate) ?? scalar(item.date)),
          ...optional('lang', scalar(item.language)),
          authors: [...list(item.author), ...list(item.creator)].map(scalar).filter(isText).map(rssAuthorName),
          // Some feeds nest their categories in a <categories> element of their own.
          tags: [...list(item.category), ...list(node(item.categories)?.category)].map(scalar).filter(isText),
          ...optional('body', content ?? description ?? media.text?.body),
          ...optional('summary', content ? description : undefined),
          ...(content === undefined && description === undefined && media.text?.format
            ? { bodyFormat: media.text.format }
            : {}),
          ...(media.image ? { image: media.image } : {}),
        };
      }),
  };
}

function atomFeed(feed: Node): RawFeed {
  const feedAuthors = list(feed.author)
    .map((author) => scalar(node(author)?.name))
    .filter(isText);
  const feedBase = xmlBase(feed);
  const feedLinks = list(feed.link)
    .map(node)
    .filter((link) => link !== undefined);
  const home = scalar((feedLinks.find((link) => (link['@_rel'] ?? 'alternate') === 'alternate') ?? {})['@_href']);
  return {
    ...optional('title', markupText(feed.title)),
    ...optional('home', absolute(home, feedBase) ?? feedBase),
    ...optional('copyright', markupText(feed.rights)),
    ...optional('lang', scalar(feed['@_lang'])),
    entries: list(feed.entry)
      .map(node)
      .filter((entry) => entry !== undefined)
      .map((entry) => {
        const links = list(entry.link)
          .map(node)
          .filter((link) => link !== undefined);
        const alternate = links.find((link) => (link['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
        const authors = list(entry.author)
          .map((author) => scalar(node(author)?.name))
          .filter(isText);
        const content = atomText(entry.content);
        const summary = atomText(entry.summary);
        // YouTube's entries have neither: their text is the video's description, in Media RSS.
        const main = content ?? summary;
        const media = mediaRss(entry, true);
        // xml:base nests: the content's own, inside the entry's, inside the feed's.
        const entryBase = absolute(xmlBase(entry), feedBase) ?? feedBase;
        return {
          ...optional('title', markupText(entry.title)),
          ...optional('id', scalar(entry.id)),
          ...optional('base', absolute(xmlBase(entry.content) ?? xmlBase(entry.summary), entryBase) ?? entryBase),
          ...optional('link', absolute(scalar(alternate?.['@_href']), entryBase)),
          ...optional('published', scalar(entry.published) ?? scalar(entry.updated)),
          ...optional('updated', scalar(entry.published) ? scalar(entry.updated) : undefined),
          ...optional('lang', scalar(entry['@_lang'])),
          authors: authors.length > 0 ? authors : feedAuthors,
          tags: list(entry.category)
            .map((category) => scalar(node(category)?.['@_label']) ?? scalar(node(category)?.['@_term']))
            .filter(isText),
          ...optional('body', main?.html ?? media.text?.body),
          ...optional('summary', content ? summary?.html : undefined),
          ...(main?.isText
            ? { bodyFormat: 'text' as const }
            : !main && media.text?.format
              ? { bodyFormat: media.text.format }
              : {}),
          ...(media.image ? { image: media.image } : {}),
        };
      }),
  };
}

/**
 * An RSS item's `<content>` that holds text: Media RSS's `<media:content>`
 * (a picture or video, named by its `url`, its credit and caption inside)
 * arrives under the same name once namespaces are dropped, and is no body.
 */
function textContent(value: unknown): unknown {
  const texts = list(value).filter((element) => node(element)?.['@_url'] === undefined);
  return texts.length > 0 ? texts : undefined;
}

/**
 * What Media RSS (`media:group` and `media:*` elements) says about an item or
 * entry: YouTube's feeds carry their text only there. Its description, plain
 * text (a paragraph a line) unless its `type` is html, is a body for an entry
 * that has no other; a group's thumbnail or picture, with the group's title
 * naming what it shows, is the lead picture. A picture nothing names is left
 * out, as a page's is: alt text is never invented. An RSS item's own
 * `<media:description>` and `<media:title>` arrive as its description and
 * title once namespaces are dropped, and are read as those.
 */
function mediaRss(
  entry: Node,
  isAtom: boolean,
): { text?: { body: string; format?: 'lines' }; image?: { src: string; alt: string } } {
  const groups = list(entry.group)
    .map(node)
    .filter((group) => group !== undefined);
  const descriptions = [...groups.map((group) => group.description), ...(isAtom ? [entry.description] : [])];
  let text: { body: string; format?: 'lines' } | undefined;
  for (const description of descriptions) {
    const body = xmlInner(description);
    if (!body) continue;
    text = /html/i.test(scalar(node(description)?.['@_type']) ?? '') ? { body } : { body, format: 'lines' };
    break;
  }
  for (const group of groups) {
    const alt = markupText(group.title);
    const pictures = [
      ...list(group.thumbnail),
      ...list(group.content).filter((content) => {
        const media = node(content);
        return media?.['@_medium'] === 'image' || /^image\//i.test(scalar(media?.['@_type']) ?? '');
      }),
    ]
      .map(node)
      .map((picture) => ({ src: httpUrl(scalar(picture?.['@_url'])), width: Number(picture?.['@_width']) || 0 }))
      .filter((picture): picture is { src: string; width: number } => /^https:/i.test(picture.src ?? ''))
      .sort((a, b) => b.width - a.width);
    // The schema wants an https picture with alt text.
    if (alt && pictures[0]) return { ...(text ? { text } : {}), image: { src: pictures[0].src, alt } };
  }
  return text ? { text } : {};
}

/** An Atom text construct (`type` text, html or xhtml) as HTML or text. */
function atomText(value: unknown): { html: string; isText: boolean } | undefined {
  const element = node(value);
  const type = scalar(element?.['@_type']) ?? 'text';
  if (element?.['@_src']) return undefined; // content elsewhere: not in the feed
  const raw = typeof value === 'string' ? value : scalar(element?.['#text']);
  if (!raw) return undefined;
  if (type === 'xhtml') return { html: raw, isText: false }; // already markup; the HTML parser reads its entities
  const inner = xmlInner(raw) ?? '';
  return type === 'html' || type.endsWith('html') ? { html: inner, isText: false } : { html: inner, isText: true };
}

function jsonFeed(source: string): RawFeed {
  let feed: unknown;
  try {
    feed = JSON.parse(source);
  } catch (error) {
    throw new ImportError(`not a readable JSON Feed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const root = node(feed);
  if (!root || !/jsonfeed\.org\/version\//.test(typeof root.version === 'string' ? root.version : '')) {
    throw new ImportError('a .json file must be a JSON Feed (with "version": "https://jsonfeed.org/version/1.1")');
  }
  const feedAuthors = jsonAuthors(root);
  return {
    ...optional('title', plainTitle(root.title)),
    ...optional('home', scalar(root.home_page_url)),
    ...optional('lang', scalar(root.language)),
    entries: list(root.items)
      .map(node)
      .filter((item) => item !== undefined)
      .map((item) => {
        const authors = jsonAuthors(item);
        const html = scalar(item.content_html);
        const text = scalar(item.content_text);
        return {
          ...optional('title', plainTitle(item.title)),
          ...optional('id', scalar(item.id)),
          ...optional('link', scalar(item.url) ?? scalar(item.external_url)),
          ...optional('published', scalar(item.date_published) ?? scalar(item.date_modified)),
          ...optional('updated', scalar(item.date_published) ? scalar(item.date_modified) : undefined),
          ...optional('lang', scalar(item.language)),
          authors: authors.length > 0 ? authors : feedAuthors,
          tags: list(item.tags).map(scalar).filter(isText),
          ...optional('body', html ?? text),
          ...(html === undefined && text !== undefined ? { bodyFormat: 'text' as const } : {}),
          ...optional('summary', scalar(item.summary)),
        };
      }),
  };
}

function jsonAuthors(item: Node): string[] {
  // Version 1.1 has `authors`; 1.0 had a single `author`.
  return [...list(item.authors), ...list(item.author)].map((author) => scalar(node(author)?.name)).filter(isText);
}

/**
 * The people a feed's author fields name. Feeds put whole bylines there
 * ("Sam Jones in Madrid and Stephen Burgen in Barcelona", "Macworld Staff,
 * Glenn Fleishman"), read as a page's byline is; the feed's own name, or
 * one of its desks, is no person, nor is a news agency's reporter ("خبرنگار ایرنا", IRNA's reporter: deskAgency). A
 * field that names nobody otherwise ("heise online", "Staff and agencies", "Staff Writer") stays as the feed wrote
 * it: it is all the credit there is.
 * @example authorNames(['Ama Owusu in Accra and Kofi Mensah'], 'Coast Post') // ['Ama Owusu', 'Kofi Mensah']
 */
export function authorNames(authors: readonly string[], feedTitle: string | undefined): string[] {
  return authors.flatMap((author) => {
    if (deskAgency(author)) return [];
    const people = bylineNames(author).filter((name) => !isOwnCredit(name, feedTitle ?? ''));
    return people.length > 0 ? people : [author.replace(/\s+/g, ' ').trim()];
  });
}

/** A credit to the feed itself, or to one of its desks ("Macworld", "Macworld Staff"), not to a person. */
function isOwnCredit(name: string, feedTitle: string): boolean {
  const ownName = comparableWords(feedTitle);
  return samePublicationName(name, feedTitle) || (ownName !== '' && comparableWords(name).startsWith(`${ownName} `));
}

/**
 * The name in an RSS `<author>`, which the spec wants as an e-mail address.
 * @example rssAuthorName('desk@gazette.example (Mara Lind)') // 'Mara Lind'
 */
export function rssAuthorName(author: string): string {
  // The spec's form, an address with the name after it; a byline's own parentheses ("Ben Fisher (earlier)") stay.
  const named = /^\s*\S+@\S+\s*\(([^)]+)\)\s*$/.exec(author);
  if (named?.[1]) return named[1].trim();
  return author.replace(/\S+@\S+/, '').trim() || author.trim();
}

/**
 * The content of a raw XML element: CDATA sections as they are, XML
 * entities decoded elsewhere. @example xmlInner('a &amp;lt;b&gt; <![CDATA[<i>x</i>]]>') // 'a &lt;b> <i>x</i>'
 */
export function xmlInner(value: unknown): string | undefined {
  if (Array.isArray(value)) return firstOf(value, xmlInner);
  const raw = typeof value === 'string' ? value : scalar(node(value)?.['#text']);
  if (raw === undefined) return undefined;
  return (
    raw
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
      .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
      .join('')
      .trim() || undefined
  );
}

/** A title-like element as one line of plain text, whatever markup it carried. */
function markupText(value: unknown): string | undefined {
  if (Array.isArray(value)) return firstOf(value, markupText);
  const element = node(value);
  const inner = element?.['@_type'] === 'xhtml' ? scalar(element['#text']) : xmlInner(value);
  if (!inner) return undefined;
  return htmlToPlainText(inner).replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * A JSON Feed title: plain text by the spec, but publishing systems write it
 * with HTML's character references ("Tea &amp; cake", "&#8216;Jokes&#8217;").
 */
function plainTitle(value: unknown): string | undefined {
  const title = scalar(value);
  return title === undefined ? undefined : decodeEntities(title).replace(/\s+/g, ' ').trim() || undefined;
}

function scalar(value: unknown): string | undefined {
  if (Array.isArray(value)) return firstOf(value, scalar);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  const text = node(value)?.['#text'];
  return typeof text === 'string' ? text.trim() || undefined : undefined;
}

/**
 * The first of several same-named elements that gives a value: namespaces are
 * dropped when parsing, so RSS 1.0's `<title>` and `<dc:title>` arrive as two titles.
 */
function firstOf(values: unknown[], read: (value: unknown) => string | undefined): string | undefined {
  for (const value of values) {
    const found = read(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

function node(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function isText(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** The `xml:base` attribute of an element, if any. */
function xmlBase(value: unknown): string | undefined {
  return scalar(node(value)?.['@_base']);
}

/**
 * A reference made absolute against a base, or undefined when it cannot be.
 * @example absolute('/a/b.html', 'https://site.example/feed/') // 'https://site.example/a/b.html'
 */
function absolute(reference: string | undefined, base: string | undefined): string | undefined {
  if (!reference) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) return reference;
  return base && URL.canParse(reference, base) ? new URL(reference, base).href : undefined;
}

/** `{ key: value }` when there is a value, `{}` otherwise (exactOptionalPropertyTypes forbids `key: undefined`). */
function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
