/**
 * A picture's credit printed as a line of its own: "Kuva: Pekka Lahti", "Foto: Erik Öberg", "Bilde: NTB",
 * "Billede: Ritzau Scanpix", "Photo: Ada Quill". It names who made a picture, no words of the story: in a plain
 * text there is no picture left for it to credit, and on a saved page or in a feed's entry it stands away from
 * the picture (under the byline, closing the story) or where the picture was never kept. Such a line is left out,
 * said in the summary, or given to the page's lead picture that has no credit; a credit set right under a picture
 * of the story stays with it, and a caption that ends in one ("Low tide. Photo: Ada Quill") is the caption's.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { isAgencyAsWritten, PHOTO_LABELS } from './bylines.ts';
import { removeNode } from './hast-tree.ts';
import { innermostBlocks } from './story-lines.ts';
import { CLOSES_SENTENCE } from './text-lines.ts';
import { MAX_TEXT_LENGTH } from '../lib/limits.ts';
import { spaceApartParts } from './to-markdown.ts';
import type { FoundFields } from './types.ts';

/** The label and its colon opening the line ("Kuva:", "FOTO:"), in any case. */
const LABEL = new RegExp(String.raw`^(?:${PHOTO_LABELS})\s*[:՝]\s*`, 'iu');
/**
 * Where the credit names more than one maker: a slash, comma, semicolon, "&" or "and" in the Nordic languages, English,
 * German, and Serbian, Croatian and Bosnian (i, и), or "via" ("AFP via Getty Images").
 */
const BETWEEN_MAKERS = /\s*(?:[/,;&]|\s(?:and|ja|och|og|und|i|и|via)\s)\s*/u;
/**
 * A word of a maker's name, as written: a capital (a name, "Lehtikuva", an agency's "NTB", an initial "K."), a
 * brand's small letter before a capital ("iStock"), or a family name's particle ("af", "von", "de").
 */
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}+\p{Lu}[\p{L}\p{M}]*|\p{Script=Georgian}+|af|av|von|van|de|der|den|da|di|du|la|le)$/u;
/** How Georgian family names end: Beridze, Kapanadze, Japaridze; Lomidze; Gelashvili; Gamsakhurdia; Zhvania… */
const GEORGIAN_FAMILY_NAME = /(?:ძე|შვილი|ია|უა|ავა|ანი|ელი|ონი)$/u;
/** An article opening a caption (English, German, Swedish, Norwegian, Danish, Dutch), never a maker's name. */
const CAPITALISED_ARTICLE = /^(?:The|A|An|Der|Die|Das|Ein|Eine|Det|Het)\s/u;
/** Most words and characters a credit runs to: longer, the line is a sentence that opens with the word. */
const MOST_WORDS = 8;
const MOST_CHARACTERS = 80;

/**
 * Picture libraries, whose name marks a line as a picture's credit even with no label ("iStockphoto", "Steven Puetzer
 * | The Image Bank | Getty Images", "Photo by Ada Quill on Unsplash"), among makers' names only.
 */
const PICTURE_LIBRARY =
  /^(?:Getty ?Images|iStock(?:photo)?|Shutterstock|Alamy(?: Stock Photo)?|Unsplash|Pexels|Pixabay|Adobe ?Stock|Dreamstime|Depositphotos|123RF|The Image Bank|AP Photo|picture[ -]alliance|imago(?: images)?|Scanpix|Lehtikuva|PA (?:Images|Wire))$/iu;
/**
 * An agency's picture desk in capitals before the photographer's name, as its picture credits write it: "REUTERS/Ada
 * Quill", "AFP PHOTO/…". Written as the agency's name ("Reuters/Ipsos", "AFP/Reuters", "EFE/Madrid"), it credits a
 * poll, a story or a dateline.
 */
const AGENCY_DESK = /^(?:REUTERS|AFP(?: PHOTO)?|EPA(?:-EFE)?|ANSA|AAP|PA)\s?\/\s?(.+)$/u;
/** Between an unlabelled credit's makers: a bar, slash, dot, comma or semicolon, "via", or Unsplash's "on". */
const BETWEEN_CREDITED = /\s*(?:[/|·•,;]|\s(?:via|on)\s)\s*/u;
/** What opens an unlabelled credit: a ©, or "Photo by", "Image via", "Picture courtesy of". */
const CREDIT_OPENER =
  /^(?:[©ⓒ]\s*|\(c\)\s*|(?:photo(?:graph)?|image|picture)\s+(?:by|via|from|courtesy(?:\s+of)?)\s+)/iu;
/** A note after a credit: "(Composite)", "(File)", "(Illustration)". */
const CREDIT_NOTE = /\s*\((?:composite|file|files|illustration|archive|handout)\)$/iu;

/**
 * The maker a line credits when it is a picture's credit and nothing else: the label and its colon, then names
 * (each a capitalised word or a few, perhaps joined: "Järvenrannan Sanomat / Anni Salo"), no digits, no sentence;
 * or, with no label, such names of which one is a picture library's (PICTURE_LIBRARY).
 * Undefined for any other line ("Foto: the council's plans for the harbour were shown on Monday.").
 * @example photoCredit('Kuva: Pekka Lahti') // 'Pekka Lahti'
 * @example photoCredit('Foto: NTB') // 'NTB'
 * @example photoCredit('Image by Getty Images') // 'Getty Images'
 * @example photoCredit('Kuva: kaupunki esitteli suunnitelmat maanantaina.') // undefined
 */
export function photoCredit(line: string): string | undefined {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > MOST_CHARACTERS) return undefined;
  const label = LABEL.exec(text);
  if (!label) return libraryCredit(text);
  // A © before the maker's name, a stop after it ("Foto: Kari Nordmann.").
  const credit = text
    .slice(label[0].length)
    .replace(/^[©ⓒ]\s*/u, '')
    .replace(/(?<!(?:^|\s)\p{Lu})\.$/u, '')
    .trim();
  if (!credit || /\d/u.test(credit)) return undefined;
  const makers = credit.split(BETWEEN_MAKERS);
  const words = makers.flatMap((maker) => maker.split(' '));
  // An agency in the small letters it writes itself in ("dpa") is a maker too.
  const named = makers.every((maker) => isAgencyAsWritten(maker) || madeByName(maker));
  return named && words.length <= MOST_WORDS ? credit : undefined;
}

/**
 * Whether a credit's part is a maker's name: at most three capitalised words, not opening with an article ("Mayor
 * Opens New Bridge" and "Der Bürgermeister" are a caption's words in title case or German's capitals).
 */
function madeByName(maker: string): boolean {
  const parts = maker.split(' ');
  // Georgian has no capitals to tell a name: two or three words, the last a family name's ending (-ძე, -შვილი, -ია,
  // -უა, -ავა, -ანი, -ელი, -ონი); "ფოტო: მეტროს ახალი სადგური" is a caption.
  if (/^\p{Script=Georgian}/u.test(maker))
    return (
      parts.length >= 2 &&
      parts.length <= 3 &&
      parts.every((word) => NAME_WORD.test(word)) &&
      GEORGIAN_FAMILY_NAME.test(parts.at(-1) ?? '')
    );
  return (
    /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(maker) &&
    parts.length <= 4 &&
    parts.filter((word) => /^\p{Lu}/u.test(word)).length <= 3 &&
    !CAPITALISED_ARTICLE.test(maker) &&
    parts.every((word) => NAME_WORD.test(word))
  );
}

/**
 * An unlabelled credit naming a picture library: its makers' names only, as a labelled credit's (madeByNames), once
 * its ©, "Photo by" or "(Composite)" is set aside; the library's own name may be written in any case ("iStockphoto").
 * @example libraryCredit('© Archive Photos/Moveipix/Getty Images') // 'Archive Photos/Moveipix/Getty Images'
 * @example libraryCredit('Getty Images reported a loss.') // undefined
 */
function libraryCredit(text: string): string | undefined {
  const credit = text.replace(CREDIT_OPENER, '').replace(CREDIT_NOTE, '').trim();
  const makers = credit.split(BETWEEN_CREDITED).filter((maker) => maker !== '');
  const library = (maker: string) => PICTURE_LIBRARY.test(maker);
  // After the desk, a photographer: two to four words of a name, no place ("REUTERS/Madrid") and no agency.
  const photographer = AGENCY_DESK.exec(credit)?.[1]?.trim();
  const desk =
    photographer !== undefined &&
    photographer.split(' ').length >= 2 &&
    madeByName(photographer) &&
    !makers.slice(1).some((maker) => isAgencyAsWritten(maker) || library(maker));
  if (!(makers.some(library) || desk)) return undefined;
  return makers.every((maker) => library(maker) || isAgencyAsWritten(maker) || madeByName(maker)) &&
    makers.flatMap((maker) => maker.split(' ')).length <= MOST_WORDS
    ? credit
    : undefined;
}

/** What the summary says of a credit left out. */
export const photoCreditNote = (line: string) =>
  `left out the picture credit "${line}", a line of its own: no picture of the story beside it`;

/** A story's picture, as its fields hold it. */
type Picture = NonNullable<FoundFields['image']>;

/**
 * Credit lines taken out of a story (dropPhotoCredits), given to its picture: the first maker a line names goes to
 * a picture without a credit (`whose`: "the lead picture", "the entry's picture"), short enough for the field; every
 * other line is said left out. Returns the picture, credited or as it was, and what the summary says of each line.
 */
export function creditPicture(
  picture: Picture | undefined,
  lines: readonly string[],
  whose: string,
): { picture: Picture | undefined; notes: string[] } {
  let credited = picture;
  const notes = lines.map((line) => {
    const maker = photoCredit(line);
    if (!credited || credited.credit || !maker || maker.length > MAX_TEXT_LENGTH['image credit'])
      return photoCreditNote(line);
    credited = { ...credited, credit: maker };
    return `picture credit "${maker}" for ${whose}, from the line "${line}"`;
  });
  return { picture: credited, notes };
}

/** A block's text, its spaces made one. */
const lineOf = (block: Element) => hastToString(block).replace(/\s+/g, ' ').trim();

/**
 * Removes from a story the lines that are a picture's credit alone (photoCredit), and returns them as printed.
 * Not a credit in a figure (its caption's), in a block that holds the picture, or right under a block that is only
 * a picture: that one credits the picture beside it, which is kept.
 */
export function dropPhotoCredits(story: Root): string[] {
  const inFigure = new Set(selectAll('figure *, figcaption', story));
  const taken: string[] = [];
  // Past the story's first sentence, a library's name alone with no label is the story's word ("Unsplash", a
  // subheading of a story about free pictures): only over it is it the credit of a picture taken out (the lead
  // picture's). A photographer's name beside it ("Win McNamee/Getty Images") credits a picture anywhere.
  let prose = false;
  for (const block of innermostBlocks(story, 'p, div')) {
    if (inFigure.has(block) || selectAll('img, picture, video', block).length > 0) continue;
    const line = lineOf(block);
    const credit = photoCredit(line);
    const credited = credit !== undefined && (!prose || LABEL.test(line) || credit.split(BETWEEN_CREDITED).length >= 2);
    prose ||= CLOSES_SENTENCE.test(line);
    if (!credited || underPicture(story, block)) continue;
    removeNode(story, block);
    taken.push(line);
  }
  return taken;
}

/** Whether the element before a block (spaces aside) is a picture with no words: the credit is that picture's. */
function underPicture(story: Root, block: Element): boolean {
  const parent = [story, ...selectAll('*', story)].find((node) => node.children.includes(block));
  if (!parent) return false;
  const before = parent.children
    .slice(0, parent.children.indexOf(block))
    .findLast((node) => node.type !== 'text' || node.value.trim() !== '');
  return (
    before?.type === 'element' &&
    (['img', 'picture', 'figure', 'video'].includes(before.tagName) ||
      selectAll('img, picture, video', before).length > 0) &&
    (before.tagName === 'figure' || lineOf(before) === '')
  );
}

/** What a caption says under a picture: its words, and who holds the picture. */
export interface PictureCaption {
  caption?: string;
  /** The photographer or agency, when the caption marks who holds the picture. */
  credit?: string;
}

/** What in a caption names who holds the picture: schema.org's `copyrightHolder`, `creditText`, `creator`. */
const CREDIT = '[itemprop~=copyrightHolder], [itemprop~=creditText], [itemprop~=creator]';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A caption's text and its credit, apart when the caption marks the credit, its parts spaced
 * as the page sets them apart (`<span>…tide.</span><span>Ada Quill</span>` is "…tide. Ada Quill").
 * @example // <figcaption><span>Low tide.</span><span itemprop="copyrightHolder">Ada Quill</span></figcaption> → { caption: 'Low tide.', credit: 'Ada Quill' }
 */
export function captionParts(element: Element): PictureCaption {
  // A copy: the figure stays in the story when it is not the lead picture's.
  const figcaption = structuredClone(element);
  spaceApartParts(figcaption);
  const creditElement = select(CREDIT, figcaption);
  const credit = creditElement ? squeeze(hastToString(creditElement)) : '';
  if (creditElement) removeNode(figcaption, creditElement);
  const caption = squeeze(hastToString(figcaption));
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}
