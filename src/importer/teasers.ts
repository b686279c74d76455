/**
 * Links to other stories set in a saved page's story ("Read more: Cracks
 * found in the sea wall", "RELATED: …", "Lire aussi : …", "Continue reading
 * →", a blog's "The post … appeared first on …"). They point at pages the
 * archive does not hold, and read as stray headlines in the middle of the
 * story, so the importer drops them. A block goes only when a teaser's label
 * opens it and what follows is a link: prose that merely starts with
 * "Related" or says "read more about it in the report" stays. A feed's entry
 * keeps them: it is the publisher's summary as sent, and its "Related: …"
 * line is often a good part of its few words; only a label that says "read
 * this too" and nothing else ("Pročitajte još: …"), and a link sharing the
 * story ("Podeli na Facebooku"), go from it. A newsletter or subscription
 * offer set as a line of its own ("[Get the morning briefing in your inbox.]")
 * goes the same way.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { endsSentence } from '../lib/full-stops.ts';
import { BETWEEN_WORDS } from '../lib/word-characters.ts';

/**
 * The labels that say "read this other story" and nothing else, for plain text, where no link tells a teaser:
 * "Related: court filings" or "See also: § 3" may be the story's own words.
 */
const READ_ALSO_LABELS = [
  'read (?:also|more|next)',
  'also read',
  '(?:à )?lire aussi',
  'lesen sie auch',
  'leia também',
  'le[ae] también',
  'leggi anche',
  'lees ook',
  'baca juga',
  'soma pia',
  'czytaj (?:także|też|również)',
  'čtěte (?:také|též)',
  '(?:pre)?čítajte (?:si )?(?:aj|tiež)',
  // Greek "read also", "read more", in capitals without their accents too.
  'διαβ[αά]στε (?:επ[ιί]σης|ακ[οό]μ[ηα])',
  'xem thêm',
  'читайте (?:также|тоже)',
  'اقرأ (?:أيضا|أيضاً|ايضا)',
  '(?:यह|ये) भी पढ़ें',
  'یہ بھی (?:پڑھیں|پڑھیے)',
  // Thai "read more", "read on"; Hebrew "read also"; Korean "read this too".
  'อ่านเพิ่มเติม',
  'อ่านต่อ',
  'קר(?:או|א) גם',
  '함께 (?:보면 좋은|읽으면 좋은) 기사',
  // Amharic "read more" (more, read!), "to read more".
  'ተጨማሪ (?:ያንብቡ|ለማንበብ)',
  // Romanian "read also" (ș with the comma below or the cedilla, or none); Hungarian "read (this too)", "related
  // article(s)", which name nothing but another story.
  'cite[șşs]te (?:și|şi|si)',
  'olvassa el(?: ezt is)?',
  'olvasd el(?: ezt is)?',
  'kapcsolódó (?:cikk(?:ek)?|hírek?)',
  // Finnish "read also", "read more"; Swedish, Norwegian and Danish "read also" and "read more" (Swedish "även" too).
  'lue (?:myös|lisää)',
  'läs (?:också|även|mer)',
  'les (?:også|mer)',
  'læs (?:også|mere)',
  // Serbian, Croatian and Bosnian "read (this) too", "read more", in Latin letters (with their marks or, as the web
  // often types them, without) and Cyrillic; and "related" ("Povezano:", "Povezane vijesti:", "Повезани текстови:"),
  // which, unlike English "Related", no sentence of a story opens with before a colon.
  'pro[čc]itajte (?:jo[šs]|i|tako[đd]er?|vi[šs]e)',
  'pro[čc]itaj (?:jo[šs]|i)',
  'прочитајте (?:још|и|такође|више)',
  'прочитај (?:још|и)',
  'povezan[oaie](?: (?:vesti|vijesti|članci|clanci|tekstovi))?',
  'повезан[оаие](?: (?:вести|чланци|текстови))?',
  'vezane (?:vesti|vijesti)',
  // Azerbaijani, Uzbek (its oʻ typed with any apostrophe), Kazakh, Kyrgyz, Georgian and Armenian "read also".
  'həmçinin oxuyun',
  "shuningdek o[ʻ‘'’`]?qing",
  'шунингдек ўқинг',
  'оқи(?:ңыз)? отырыңыз',
  'дагы окуңуз',
  'ასევე წაიკითხეთ',
  'կարդացեք նաև',
];

/**
 * Labels news sites set before a link to another story, in the languages the archive serves and a few more: those
 * that say "read this too" (READ_ALSO_LABELS), and those that may also be a story's own words ("Related", "See also").
 */
const TEASER_LABEL = [
  ...READ_ALSO_LABELS,
  // English
  'related(?: stories| story| articles?| posts?| coverage| content| reading| news| links?)?',
  'see also',
  'more on this(?: story| topic)?',
  'more coverage',
  "don[’']?t miss",
  'recommended(?: reading)?',
  'must read',
  'continue reading',
  'keep reading',
  'read the (?:full|whole) (?:story|article)',
  'full story',
  'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)',
  '(?:more )?recommended for you',
  'most (?:read|popular|viewed|shared)',
  'trending(?: now| stories)?',
  'more (?:stories|news|headlines)',
  'top stories',
  'further reading',
  // French, German, Spanish, Portuguese, Italian, Dutch
  '(?:à )?lire (?:également|la suite)',
  '(?:à )?voir aussi',
  'sur le même sujet',
  'lesen sie (?:mehr|weiter)',
  'auch interessant',
  'das könnte sie auch interessieren',
  'vous (?:aimerez|pourriez aimer) aussi',
  'te recomendamos',
  'más noticias',
  'você (?:pode|também pode) gostar',
  'mehr zum thema',
  'weiterlesen',
  'siehe auch',
  'leer más',
  '(?:también )?(?:te|le) puede interesar',
  'ver también',
  'relacionad[ao]s?',
  'leia mais',
  'veja também',
  'saiba mais',
  'leggi pure',
  'lees meer',
  // Indonesian and Malay, Swahili, Polish, Czech, Turkish, Vietnamese
  'baca selengkapnya',
  '(?:artikel|berita) terkait',
  'soma zaidi',
  'habari (?:zaidi|zinazohusiana)',
  'czytaj więcej',
  'zobacz (?:także|też|również)',
  // Hungarian "see also", Romanian "related articles": a story's own words too ("Lásd még: 3. §").
  'lásd még',
  // Serbian, Croatian and Bosnian "see also", "more news" (a story's own words too: "Vidi i: član 3.").
  'vidi(?:te)? (?:i|jo[šs]|tako[đd]er?)',
  'види(?:те)? (?:и|још|такође)',
  'jo[šs] (?:vesti|vijesti)',
  'још вести',
  'articole (?:similare|asemănătoare|legate)',
  // Czech and Slovak "related articles"; Greek "see also", "related articles", "related news".
  'související (?:články|zprávy)',
  'súvisiace (?:články|správy)',
  'δε[ιί]τε (?:επ[ιί]σης|ακ[οό]μ[ηα])',
  'σχετικ[αά] [αά]ρθρα',
  'σχετικ[εέ]ς ειδ[ηή]σεις',
  // Turkish "related story" and "read also": İ spelled out, as a case-blind pattern does not fold it to i.
  '[iİ]lgili haber(?:ler)?',
  '(?:ayrıca|bunu da) okuyun',
  'bunlar da ilginizi çekebilir',
  'tin liên quan',
  // Arabic, Russian, Japanese, Chinese
  'اقرأ المزيد',
  'مواضيع ذات صلة',
  'ذات صلة',
  'по теме',
  '関連記事',
  'あわせて読みたい',
  // Chinese in both scripts: 相關新聞 and 延伸閱讀 (Taiwan, Hong Kong), 相关新闻 and 延伸阅读 (the mainland).
  '相[关關](?:阅读|閱讀|新闻|新聞|报道|報導|報道|文章)',
  '延伸[阅閱][读讀]',
  '推[荐薦][阅閱][读讀]',
  '更多(?:新闻|新聞|报道|報導)',
  // Hindi, Urdu
  '(?:इसे|इन्हें) भी पढ़ें',
  '(?:और|आगे) पढ़ें',
  'संबंधित (?:ख़बरें|ख़बर|खबरें|खबर|लेख)',
  'مزید (?:پڑھیں|پڑھیے)',
].join('|');

/** A label, then a colon (Ethiopic's ፡ and ፥ too), dash, bar, arrow or opening quote, or nothing. */
const TEASER_OPENING = new RegExp(`^(?:${TEASER_LABEL})\\s*(?:[:：፡፥՝|»›>→\\-–—“"«‘'.…]+\\s*)?`, 'iu');
/** A label and its mark with nothing else: what stands before a teaser's link. */
const TEASER_LABEL_ALONE = new RegExp(`${TEASER_OPENING.source}$`, 'iu');

/** WordPress's line under every post in its feeds, and an Indonesian network's under a story it syndicates. */
const POSTED_FIRST =
  /^the post .+ appeared first on .+$|^artikel ini telah (?:tayang|terbit|dipublikasikan|diterbitkan) di .+$/iu;

/** Such a label and the mark after it, a colon, dash, bar or arrow. */
const TEASER_MARKED = new RegExp(`^(?:${READ_ALSO_LABELS.join('|')})\\s*[:：፡፥՝|»›>→\\-–—]+\\s*`, 'iu');
/**
 * The networks and messengers share buttons name, as a button's words say them: one list for the rows of buttons
 * copied as text here and the rows of links page-furniture.ts reads.
 */
export const NETWORK_NAMES =
  'facebook|twitter|x|whatsapp|telegram|linkedin|instagram|messenger|reddit|pinterest|viber|zalo|vk|weibo|line|' +
  'فيسبوك|تويتر|واتساب';

/**
 * The word a share button or its row's label says, in the languages of the pages read: "Share", "Partager", Serbian
 * "Podeli" (Cyrillic "Подели"), Croatian and Bosnian "Podijeli(te)", Turkish "Paylaş", Arabic "مشاركة".
 */
export const SHARE_WORDS =
  String.raw`share|teilen|partager|partagez|compartir|compartilhar|condividi|delen|udostępnij|sdílet|zdieľať|` +
  String.raw`megosztás|pod(?:e|ije)li(?:te)?|подели(?:те)?|payla[şs]|κοινοποίηση|chia sẻ|مشاركة|شارك`;

/**
 * A page's share buttons copied with its text: a label that says "share" and networks' names alone ("Partager :
 * Facebook | Twitter | WhatsApp", "Share this: Facebook, X", "Paylaş: Facebook | Twitter", "مشاركة: فيسبوك | تويتر").
 */
const SHARED_ON = `${NETWORK_NAMES}|e-?mail`;
const SHARE_ROW_LINE = new RegExp(
  String.raw`^(?:share this(?: article| story)?|${SHARE_WORDS})\s*[:：]\s*` +
    String.raw`(?:${SHARED_ON})(?:\s*[|,·•/]\s*(?:${SHARED_ON}))*$`,
  'iu',
);

/** Whether a line of plain text is a row of share buttons copied with the story (SHARE_ROW_LINE). */
export const isShareRowLine = (line: string) => SHARE_ROW_LINE.test(squeeze(line));

/** Most characters a teaser's line runs to in plain text. */
const TEASER_LINE_MAX = 160;

/**
 * Whether a paragraph of plain text is a teaser's line: a label that says "read this too" and its mark, then
 * another story's headline or address, no sentence ("Baca juga: Harga Ikan di Pasar Turun", "Read more:
 * https://…"); a row of share buttons copied as text (SHARE_ROW_LINE); or a network's line saying where the story
 * appeared first. "Read more: the council said it would
 * decide in May." is the story's, and so is "Related: court filings" (READ_ALSO_LABEL).
 * @example isTeaserLine('Baca juga: Nelayan Kecil Khawatir') // true
 * @example isTeaserLine('Read more: the report is long, and the council will read it in May.') // false
 */
export function isTeaserLine(paragraph: string): boolean {
  const text = squeeze(paragraph);
  if (paragraph.includes('\n') || text.length > TEASER_LINE_MAX) return false;
  if (POSTED_FIRST.test(text) || SHARE_ROW_LINE.test(text)) return true;
  const label = TEASER_MARKED.exec(text);
  if (!label) return false;
  const rest = text.slice(label[0].length);
  return rest !== '' && !endsSentence(rest);
}

/** Share of what follows the label that links must cover: the rest is quotes, dashes and spaces. */
const LINKED_SHARE = 0.8;

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Letters and digits only: what a share of text is counted in. */
export const letters = (text: string) => text.replace(BETWEEN_WORDS, '').length;

/**
 * Whether a block is a teaser: a label and a link to another story, or a feed's "appeared first on" line.
 * The label stands whole before the link ("Read more: <a>…</a>") or opens the link's own words
 * ("<a>Related: …</a>", "<a>Continue reading →</a>"); a sentence whose link starts inside the
 * label's words ("Read <a>more about ad blocking</a>") is prose.
 * @example // <p><strong>Read more:</strong> <a href="/x">Cracks found in sea wall</a></p> → true
 * @example // <p>Related talks will follow in June.</p> → false
 */
export function isTeaser(block: Element): boolean {
  const linked = selectAll('a[href]', block).length > 0;
  return (
    (linked && POSTED_FIRST.test(squeeze(hastToString(block)))) ||
    isLabelledLink(block, TEASER_OPENING, TEASER_LABEL_ALONE)
  );
}

/** A label that says "read this too" and nothing else (READ_ALSO_LABELS), and its mark, alone or opening a link. */
const READ_ALSO_OPENING = new RegExp(`^(?:${READ_ALSO_LABELS.join('|')})\\s*(?:[:：፡፥՝|»›>→\\-–—“"«‘'.…]+\\s*)?`, 'iu');
const READ_ALSO_ALONE = new RegExp(`${READ_ALSO_OPENING.source}$`, 'iu');

/**
 * Whether a block is a teaser as {@link isTeaser} reads one, its label one that says "read this too" and nothing
 * else ("Pročitajte još: <a>…</a>", "Lue myös: …"): what a feed's entry drops, where "Related: …" stays.
 */
export function isReadAlsoTeaser(block: Element): boolean {
  return isLabelledLink(block, READ_ALSO_OPENING, READ_ALSO_ALONE);
}

/** Whether a block is a label (`opening`, or `alone` before the link) and a link to another story. */
function isLabelledLink(block: Element, opening: RegExp, alone: RegExp): boolean {
  const links = selectAll('a[href]', block);
  const [first] = links;
  if (!first) return false;
  const text = squeeze(hastToString(block));
  const before = squeeze(textBefore(block, first));
  const linked = linkedLetters(links);
  if (before === '') return opening.test(squeeze(hastToString(first))) && linked >= letters(text) * LINKED_SHARE;
  if (!alone.test(before)) return false;
  const rest = letters(text) - letters(before);
  return rest > 0 && linked >= rest * LINKED_SHARE;
}

/**
 * A link that shares the story on a social network, or by mail, in its words: "Share on Facebook", "Teilen",
 * "Partager sur X", Serbian "Podeli na Facebooku".
 */
const SHARE_LINK = new RegExp(
  String.raw`^(?:${SHARE_WORDS})(?:\s+(?:this|on|via|auf|sur|en|no|su|op|na|przez|на)(?:\s+[\p{L}\p{N}+.-]+){1,2})?$`,
  'iu',
);

/**
 * Where a link shares the page it is on, whatever its words or picture: Facebook's sharer, X's (Twitter's) intent,
 * LinkedIn's, Hatena's bookmark, LINE's, WhatsApp's, Telegram's, Pinterest's, Reddit's, VK's, Weibo's, Pocket's,
 * Tumblr's, Xing's, a mail with only a subject.
 */
const SHARE_ADDRESS = new RegExp(
  String.raw`^(?:(?:https?:)?//(?:[\w-]+\.)*(?:facebook\.com/(?:sharer(?:/sharer\.php)?|share\.php|dialog/(?:share|feed))|` +
    String.raw`(?:twitter|x)\.com/(?:intent/(?:tweet|post)|share)|linkedin\.com/(?:shareArticle|sharing/share-offsite|cws/share)|` +
    String.raw`line\.me/(?:R/msg/text|lineit/share|social-plugin/share)|` +
    String.raw`t(?:elegram)?\.me/share/url|pinterest\.[a-z.]+/pin/create(?:/button)?|reddit\.com/submit|vk\.com/share\.php|` +
    String.raw`service\.weibo\.com/share/share\.php|getpocket\.com/(?:save|edit)|tumblr\.com/(?:widgets/share/tool|share)|` +
    String.raw`xing\.com/(?:spi/shares/new|social/share/spi))(?=[/?#]|$)|` +
    // Hatena's bookmark of the page, its address after "entry/".
    String.raw`(?:https?:)?//b\.hatena\.ne\.jp/(?:entry/|add\b)|` +
    // WhatsApp's share of a text; its "send?phone=" and wa.me/<number> open a chat with someone, a contact's link.
    String.raw`(?:https?:)?//(?:api\.|web\.)?whatsapp\.com/send/?\?(?:[^#]*&)?text=|(?:https?:)?//wa\.me/\?text=|mailto:\?)`,
  'i',
);

/** Whether a link's address shares the page it is on (SHARE_ADDRESS). */
export function isShareAddress(href: unknown): boolean {
  return typeof href === 'string' && SHARE_ADDRESS.test(href.trim());
}

/**
 * Whether a block is a link that shares the story and nothing else ("<a>Podeli na Facebooku</a>"), known by its
 * words or by its address (a share button's picture, "このエントリーをはてなブックマークに追加" as its alt text): a
 * control of the page left in the story, or in a feed's entry. A sentence that names sharing is prose.
 * @example // <p><a href="https://facebook.com/share">Podeli na Facebooku</a></p> → true
 * @example // <p><a href="https://b.hatena.ne.jp/entry/…"><img alt="…"></a></p> → true
 */
/** Most words a share button's link runs to ("Share on Facebook", "Gửi qua Zalo cho bạn bè"). */
const SHARE_BUTTON_WORDS = 6;

export function isShareLink(block: Element): boolean {
  const text = squeeze(hastToString(block));
  if (text !== '' && SHARE_LINK.test(text) && isAllLink(block)) return true;
  const links = selectAll('a[href]', block);
  // A button's few words or its picture's alone: a sentence linked to share ("click to tweet") is the story's quote.
  return (
    links.length > 0 &&
    links.every((link) => isShareAddress(link.properties.href)) &&
    (letters(text) === 0 || (text.split(' ').length <= SHARE_BUTTON_WORDS && isAllLink(block)))
  );
}

/**
 * Drops from a feed's entry the blocks that only point at another story with a label that says so and nothing else
 * (isReadAlsoTeaser), and the links that share it (isShareLink): a "Related: …" line, often a good part of an
 * entry's few words, stays.
 */
export function dropFeedTeasers(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!TEASER_BLOCKS.has(node.tagName) || !parent || index === undefined) return undefined;
    if (node.children.some((child) => child.type === 'element' && !PHRASING.has(child.tagName))) return undefined;
    if (!isReadAlsoTeaser(node) && !isShareLink(node)) return SKIP;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/** Words of a newsletter or subscription offer, in a link's words; the languages of the teaser labels. */
// Words of the offer itself, not of any sign-up: "Sign up for the city's flood alerts" is a line of the story.
const PROMO_WORDS =
  /newsletter|infolettre|bolet[ií]n|subscri(?:be|ption)|in(?:to)? your inbox|abonn|suscr[ií](?:be|pci)|assine|assinatura/iu;
/** The same offer in a link's address: `/newsletters/…`, `/subscribe`, `/abonnement`. */
const PROMO_ADDRESS = /newsletter|subscri|abonn/i;
/** Most words an offer's line runs to: a sentence of the story that links a newsletter is longer. */
const PROMO_MAX_WORDS = 30;

/**
 * Whether a block is an offer of a newsletter or a subscription: a short line whose link
 * offers one, set in brackets or parentheses or all, or nearly all, a link. A sentence of the
 * story that mentions a newsletter, with a link on a few of its words, is prose.
 * @example // <p><em>[Start your day with us:</em> <a href="/newsletters/morning">Get the briefing in your inbox</a>.]</p> → true
 * @example // <p>The council said in its <a href="/newsletter">newsletter</a> that the pier would reopen.</p> → false
 */
export function isPromo(block: Element): boolean {
  const links = selectAll('a[href]', block);
  const text = squeeze(hastToString(block));
  if (links.length === 0 || text.split(' ').length > PROMO_MAX_WORDS) return false;
  const offers = links.some(
    (link) => PROMO_WORDS.test(hastToString(link)) || PROMO_ADDRESS.test(String(link.properties['href'])),
  );
  return offers && (/^[[(].*[\])][.!]?$/su.test(text) || linkedLetters(links) >= letters(text) * LINKED_SHARE);
}

/**
 * An advertisement's label, alone on its line between paragraphs, in the languages of the teaser labels: Czech and
 * Slovak "inzerce", "inzercia", Greek "διαφήμιση" (in capitals without its accent too), Russian and Ukrainian "реклама",
 * Arabic "إعلان", Urdu "اشتہار", Persian "تبلیغات" and "آگهی".
 */
const AD_WORD =
  '(?:advertisement|advertising|anzeige|werbung|publicit[ée]|publicidad|publicidade|pubblicit[àa]|reklam[aąy]|inzerce|inzercia|διαφ[ηή]μιση|реклама|إعلان|اشتہار|تبل[یي]غات|آگه[یي]|广告|広告)';
// "The story continues below", "Scroll to continue with content", and Polish "the rest of the article below"
// ("Reklama - dalsza część artykułu poniżej").
const CONTINUES =
  '(?:(?:the\\s+)?(?:story|article|text)\\s+continues|scroll\\s+(?:down\\s+)?to\\s+continue(?:\\s+with\\s+content)?|dalsza\\s+część\\s+(?:artykułu|tekstu))';
const AD_LABEL = new RegExp(
  `^(?:${AD_WORD}(?:\\s*[-–—:|/]?\\s*${CONTINUES}(?:\\s+(?:below|after|poniżej))?)?|${CONTINUES}\\s+(?:below|after|pod)\\s+(?:the\\s+|this\\s+)?${AD_WORD})$`,
  'iu',
);

/**
 * Whether a block is only the label of an advertisement the page set in the story
 * ("Advertisement - story continues below", "Story continues below advertisement", "Anzeige"):
 * the advertisement is gone, its label says nothing. A sentence about advertising is prose.
 */
export function isAdLabel(block: Element): boolean {
  return AD_LABEL.test(squeeze(hastToString(block)));
}

// An advertisement's address, class or id: "ads.example", "/ad/", "ad-banner", "doubleclick", "sponsored". A whole
// word of it: "uploads", "road" and "lead" are none.
const AD_MARK =
  /(?:^|[^a-z])(?:ads?|adv|advert\w*|banner\w*|sponsor\w*|adserver|adservice|doubleclick|googlesyndication)(?:[^a-z]|$)/i;

/** Whether an element, or one inside it, is marked as an advertisement by its address (src, href), class or id. */
function markedAsAd(element: Element): boolean {
  return [element, ...selectAll('*', element)].some((node) =>
    ['src', 'href', 'className', 'id'].some((name) => {
      const value = node.properties[name];
      return value !== undefined && AD_MARK.test(Array.isArray(value) ? value.join(' ') : String(value));
    }),
  );
}

/**
 * Where the picture an advertisement's label stands over ends, when the label is followed by one: a block (or a link,
 * or the image itself) holding a picture and no words, its alt text empty or a label too, that is the advertisement
 * by what it is marked with (its alt text a label, its address, class or id an advertisement's: markedAsAd), or by
 * where it stands, in the advertisement's slot with the label and nothing else. An unmarked picture after a label in
 * the story is the story's, as is one with a caption or a description of its own.
 */
function adPictureAfter(siblings: Root['children'], label: number): number | undefined {
  const inSlot = siblings.filter((node) => node.type !== 'text' || node.value.trim() !== '').length === 2;
  for (let at = label + 1; at < siblings.length; at++) {
    const sibling = siblings[at]!;
    if (sibling.type === 'text' && sibling.value.trim() === '') continue;
    if (sibling.type !== 'element' || squeeze(hastToString(sibling)) !== '') return undefined;
    const images = sibling.tagName === 'img' ? [sibling] : selectAll('img', sibling);
    const alt = squeeze(String(images[0]?.properties['alt'] ?? ''));
    const advertisement = (alt === '' && (inSlot || markedAsAd(sibling))) || (alt !== '' && AD_LABEL.test(alt));
    return images.length === 1 && advertisement ? at : undefined;
  }
  return undefined;
}

/** The text of a block that comes before one of its elements. */
function textBefore(block: Element, target: Element): string {
  let text = '';
  let reached = false;
  visit(block, (node) => {
    if (reached || node === target) {
      reached = true;
      return EXIT;
    }
    if (node.type === 'text') text += node.value;
    return undefined;
  });
  return text;
}

function linkedLetters(links: Element[]): number {
  return links.reduce((sum, link) => sum + letters(hastToString(link)), 0);
}

/** Whether a block is only a teaser's label ("Related stories"), as a heading over a list of links is. */
function isTeaserLabel(block: Element): boolean {
  const text = squeeze(hastToString(block));
  return text !== '' && TEASER_OPENING.exec(text)?.[0].length === text.length;
}

/** Whether a block's words are all, or nearly all, a link's. */
function isAllLink(block: Element): boolean {
  const all = letters(hastToString(block));
  return all > 0 && linkedLetters(selectAll('a[href]', block)) >= all * LINKED_SHARE;
}

/** Whether every item of a list is a link and little else: a reading list, not the story's own list. */
function isListOfLinks(list: Element): boolean {
  const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  return items.length > 0 && items.every(isAllLink);
}

/**
 * The blocks after a teaser's label that are its headlines: a list of links, or a run of
 * paragraphs that are each a link. None when what follows is the story's own text.
 */
function headlinesAfter(siblings: Root['children'], label: number): Element[] {
  const run: Element[] = [];
  for (const sibling of siblings.slice(label + 1)) {
    if (sibling.type === 'text' && sibling.value.trim() === '') continue;
    if (sibling.type !== 'element') break;
    if (sibling.tagName === 'ul' || sibling.tagName === 'ol')
      return run.length === 0 && isListOfLinks(sibling) ? [sibling] : run;
    if (!SINGLE_LINE_BLOCKS.has(sibling.tagName) || !isAllLink(sibling)) break;
    run.push(sibling);
  }
  return run;
}

/**
 * Whether a label (a teaser's, the comments') stands over nothing: the last block where it is, or
 * followed straight by a heading or another such label. What it announced was the page's, and went
 * with the rest of the page; a label followed by text ("More news:" over the story's own
 * paragraph) may be the story's.
 */
export function labelsNothing(
  siblings: Root['children'],
  label: number,
  isLabel: (block: Element) => boolean,
): boolean {
  for (const sibling of siblings.slice(label + 1)) {
    if (sibling.type === 'text' && sibling.value.trim() === '') continue;
    if (sibling.type === 'comment') continue;
    return sibling.type === 'element' && (HEADING.test(sibling.tagName) || isLabel(sibling));
  }
  return true;
}

const HEADING = /^h[1-6]$/;

/** Blocks that can each hold one headline of a teaser's list. */
const SINGLE_LINE_BLOCKS = new Set(['p', 'div', 'h3', 'h4', 'h5', 'h6']);

/** Most a card of a rail of links to other stories says: a kicker and a headline. */
const CARD_TEXT = 200;

/**
 * Whether a block is a rail of cards linking to other stories ("More from the site": each a
 * picture that links to another page, a kicker, a headline), at least three side by side.
 * A gallery's pictures link to image files, or to nothing, and are kept.
 */
function isCardRail(block: Element): boolean {
  const cards = block.children.filter((child): child is Element => child.type === 'element');
  if (cards.length < 3) return false;
  const targets = new Set<string>();
  for (const card of cards) {
    const picture = selectAll('a[href]', card).find((link) => selectAll('img', link).length > 0);
    const target = String(picture?.properties['href'] ?? '');
    if (!target || IMAGE_FILE.test(target) || letters(hastToString(card)) > CARD_TEXT) return false;
    targets.add(target);
  }
  return targets.size === cards.length;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/**
 * Drops from a story every paragraph, list item or line of its own that {@link isTeaser}, {@link isPromo} or {@link isAdLabel} finds
 * (an advertisement's label with the picture under it that is the advertisement), and a teaser's label set over a
 * list of links ("Related stories" and its headlines).
 */
export function dropTeasers(story: Root): void {
  visit(story, 'element', (node: Element, index, parent) => {
    if (!TEASER_BLOCKS.has(node.tagName) || !parent || index === undefined) return undefined;
    const headlines = isTeaserLabel(node) ? headlinesAfter(parent.children, index) : [];
    const last = headlines.at(-1);
    if (last) {
      parent.children.splice(index, parent.children.indexOf(last) - index + 1);
      return [SKIP, index];
    }
    // A label whose list the extractor already took ("Related stories" over nothing, or over the next section).
    if (isTeaserLabel(node) && labelsNothing(parent.children, index, isTeaserLabel)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'div' && isCardRail(node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // A block holding other blocks is judged by them, not as one teaser.
    if (node.children.some((child) => child.type === 'element' && !PHRASING.has(child.tagName))) return undefined;
    if (!isTeaser(node) && !isPromo(node) && !isAdLabel(node) && !isShareLink(node)) return SKIP;
    // An advertisement's label goes with the picture under it that is the advertisement.
    const end = isAdLabel(node) ? (adPictureAfter(parent.children, index) ?? index) : index;
    parent.children.splice(index, end - index + 1);
    return [SKIP, index];
  });
}

/** Blocks a teaser can be: a paragraph, a list item, a line of its own, a small heading. */
const TEASER_BLOCKS = new Set(['p', 'li', 'div', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that run inside a line of text; any other child makes its parent a container of blocks. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'img',
  'kbd',
  'mark',
  'picture',
  'q',
  's',
  'samp',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
