/**
 * Plain-text articles as they usually arrive: paragraphs separated by blank
 * lines, often a headline line, a "By …" line and a wire-style dateline
 * ("LONDON, Sept. 10 (Reuters) -") at the top, and a publisher's copyright
 * line at the end, which belongs in `copyright`. What is read from the shape
 * of the text is a guess: it fills only what the command line and the batch
 * metadata leave open, and the summary lists it so a person can check it.
 */
import {
  ABBREVIATED_LEGAL_FORM,
  AFTER_NAME_BY,
  bylineNames,
  COLON_BYLINE_LABELS,
  INDIC,
  INDIC_WORD,
  LABEL_COLON,
  NOUN_BYLINE_LABELS,
  OLEH,
  REPORTED_FOR,
  ROMANIAN_BY,
  startsWithRole,
  SWAHILI_BYLINE,
  deskAgency,
  deskNote,
  isDeskCredit,
  isUnspacedByline,
  joinedNames,
  leadingByline,
  looksLikeName,
  NEWS_AGENCIES,
  isAgencyAsWritten,
  UNCASED_BY,
  UNSPACED_SCRIPT,
  isWroteByline,
  LABELLED_NAME,
  TEXT_BYLINE,
  GREEK_BYLINE,
  isShoutedName,
} from './bylines.ts';
import { isShareRowLine, isTeaserLine } from './teasers.ts';
import { joinLineHyphens } from './line-hyphens.ts';
import { photoCredit, photoCreditNote } from './photo-credits.ts';
import { UPDATED, withoutHourWord } from './meta-line.ts';
import { paragraphsToMarkdown, splitParagraphs } from './to-markdown.ts';
import { ENDS_IN_PUNCTUATION, HEAD_LINE_WIDTH, nonEmptyLines } from './text-lines.ts';
import { PUBLISHED_LABEL_SOURCE } from './dates.ts';
import {
  FRANC_TELLS_APART,
  PAGE_GUESS_TEXT,
  SHORT_GUESS_TEXT,
  textLanguage,
  toldFromArchiveLanguage,
} from './language.ts';
import { ImportError, type FoundArticle, type FoundFields } from './types.ts';
import {
  BEFORE_DAY,
  isPlaceAndDate,
  monthAndDay,
  onlyDateWords,
  writtenDate,
  type DateReading,
} from '../lib/written-dates.ts';
import { endsSentence, SENTENCE_STOPS, UNSPACED_STOPS } from '../lib/full-stops.ts';
import { languageScript, primaryLanguage } from '../lib/language-tags.ts';

// Chinese papers' "not to be reprinted without permission": 未經授權不得轉載, 未经许可不得转载、复制, 請勿轉載.
const CHINESE_NO_REPRINT =
  '(?:未[經经](?:授[權权]|許可|许可|同意)[，,]?\\s*)?(?:不得|請勿|请勿|禁止)(?:轉載|转载|複製|复制|重製|翻印)(?:[、或及與与](?:轉載|转载|複製|复制|重製|翻印|使用|散布|改寫|改写))*';
// "All rights reserved" in the languages the site ships (and Hindi, Urdu, Pashto, Bengali, Tamil, Polish, Dutch, Czech,
// Slovak, Turkish, Swedish, Malay and Swahili, whose clippings carry it too): a notice may open with it, and often ends with it.
const RIGHTS_OPENING =
  'all rights reserved\\b|tous droits réservés|alle rechte vorbehalten|todos (?:los derechos reservados|os direitos reservados)|جميع الحقوق محفوظة|' +
  'tutti i diritti riservati|все права защищены|(?:усі|всі) права захищені|wszelkie prawa zastrzeżone|alle rechten voorbehouden|' +
  'všechna práva vyhrazena|všetky práva vyhradené|tüm hakları saklıdır|alla rättigheter förbehållna|hak cipta terpelihara|haki zote zimehifadhiwa|' +
  'सर्वाधिकार सुरक्षित(?: हैं)?|جملہ حقوق محفوظ(?: ہ[یي]ں| ہے)?|ټول حقونه خوندي (?:دي|دی)|' +
  // Bengali "all rights reserved"; Tamil "all rights are protected" (பாதுகாக்கப்பட்டவை, or பாதுகாக்கப்பட்டுள்ளன).
  'সর্ব\\s?স্বত্ব সংরক্ষিত|அனைத்து உரிமைகளும் பாதுகாக்கப்பட்(?:டவை|டுள்ளன)';
// "All rights (are) reserved" in Serbian, Croatian ("pridržana") and Bosnian ("zaštićena", protected), in Latin
// letters and Cyrillic. It closes a notice ("© 2009 Јужне новине. Сва права задржана.") or opens one before its ©
// ("Sva prava zadržana © Južne novine 2018.").
const SOUTH_SLAVIC_RIGHTS =
  'sva prava (?:su )?(?:zadržana|pridržana|zaštićena)|сва права (?:су )?(?:задржана|заштићена)';
// The same in Danish, Norwegian, Finnish, Hungarian, Romanian, Indonesian, Greek, Vietnamese, Hebrew and Thai, where it
// opens a notice only before the holder's name (RIGHTS_THEN_HOLDER): "Minden jog fenntartva, mondta az ügyvéd" is a
// sentence.
const RIGHTS_CLOSING =
  'alle rettigheder forbeholdes|alle rettigheder forbeholdt|alle rettigheter (?:reservert|forbeholdt|forbeholdes)|' +
  'kaikki oikeudet pidätetään|minden jog fenntartva|' +
  'toate drepturile rezervate|hak cipta dilindungi(?: undang-undang)?|' +
  // Greek, with or without the article, in capitals without accents too: "Με την επιφύλαξη παντός δικαιώματος".
  'με (?:την )?επιφ[υύ]λαξη (?:π[αά]ντ[οό]ς|κ[αά]θε) δικαι[ωώ]ματος|' +
  '(?:mọi|tất cả các) quyền được bảo lưu|כל הזכויות שמורות|สงวนลิขสิทธิ์|' +
  // Serbian, Croatian ("pridržana") and Bosnian, in Latin letters and Cyrillic: "all rights (are) reserved".
  SOUTH_SLAVIC_RIGHTS;
// Persian "all (material and moral) rights (of this site) are reserved", as a Persian keyboard types it or an
// Arabic one (كليه حقوق, with Arabic's ي and ك).
const PERSIAN_RIGHTS =
  '(?:[کك]ل[یي]ه|تمام[یي]|همه(?:\\u200c[یي])?)\\s+حقوق(?:\\s+[^.\\n]{1,40}?)?\\s+محفوظ(?:\\s+|\\u200c)?(?:است|م[یي][\\u200c ]?باشد)';
// Amharic "its right is protected by law" (መብቱ በሕግ የተጠበቀ ነው, ሕ or ህ as each writer spells it) and "all rights are
// reserved" (ሁሉም መብቶች የተጠበቁ ናቸው): whole sentences, taken only where they close the notice ("… መብቱ በሕግ የተጠበቀ
// ነው ብለዋል", "… is protected by law, they said", is a story's).
const AMHARIC_RIGHTS = 'መብቱ\\s+በ[ሕህ]ግ\\s+የተጠበቀ\\s+ነው|ሁሉም\\s+መብቶች(?:\\s+በ[ሕህ]ግ)?\\s+የተጠበቁ\\s+ናቸው';
// Czech and Slovak "(written) consent" and "forbidden", "not allowed", which their warnings against reuse hold.
const CONSENT = '(?:souhlasu|svolení|povolení|súhlasu|povolenia)';
const FORBIDDEN = '(?:zakázán[oa]|zakázan[éá]|není (?:dovoleno|povoleno)|nie je (?:dovolené|povolené))';
// Czech and Slovak nouns of reusing: taking over, publishing, spreading, copying, using, reproducing.
const CZECH_SLOVAK_REUSE =
  '(?:převzetí|přebírání|publikování|šíření|kopírování|užití|použití|rozšiřování|reprodukce|preberanie|prebratie|' +
  'šírenie|kopírovanie|publikovanie|použitie|rozširovanie|reprodukovanie)';
// Serbian, Croatian and Bosnian nouns of reusing (taking over, passing on, copying, publishing) and what they reuse,
// the site's own: its content, texts, articles, material, news, pictures.
const SOUTH_SLAVIC_REUSE =
  '(?:preuzimanje|prenošenje|prenosenje|kopiranje|objavljivanje|umnožavanje|преузимање|преношење|копирање|објављивање|умножавање)' +
  '(?:\\s+(?:i|или|ili|и)\\s+\\S+)?\\s+(?:(?:dijela|dela|дела|delova|dijelova|делова)\\s+)?(?:sadržaja|tekstova|teksta|članaka|materijala|vesti|vijesti|fotografija|садржаја|текстова|текста|чланака|материјала|вести|фотографија)';
// The warning against reuse that goes with a rights notice, in the languages of its phrases: English "Not for
// redistribution", "Reproduction without permission is prohibited", "This material may not be published…"; Polish
// "reprint only with the editors' consent"; German "reprint (copying) only with permission"; French, Spanish,
// Portuguese and Italian "reproduction forbidden", Italian "reproduction reserved"; Czech and Slovak "taking over
// (spreading…) the content without written consent is forbidden"; Greek "republishing (reproducing) is forbidden".
const REUSE_WARNING =
  'not for (?:re)?(?:distribution|publication)|' +
  // Russian, Ukrainian, Azerbaijani, Uzbek and Kazakh "when using (quoting, reprinting) the materials, a link is
  // required", as the region's sites close their notices.
  'при (?:полном или частичном )?(?:использовании|цитировании|перепечатке) (?:[^.\\n]{0,30}? )?материал[^.\\n]{0,60}?(?:ссылка|гиперссылка)[^.\\n]{0,60}?обязательна|' +
  "при (?:повному або частковому )?(?:використанні|цитуванні|передруку) (?:[^.\\n]{0,30}? )?матеріал[^.\\n]{0,60}?посилання[^.\\n]{0,60}?обов[ʼ'’]язкове|" +
  'materiallardan (?:istifadə zamanı|istifadə edərkən)[^.\\n]{0,40}?(?:istinad|keçid) (?:mütləqdir|vacibdir|zəruridir)|' +
  'materiallardan foydalanilganda[^.\\n]{0,40}?(?:havola|manba)[^.\\n]{0,30}?(?:shart|majburiy)|' +
  'материалдарды пайдаланғанда[^.\\n]{0,40}?сілтеме[^.\\n]{0,20}?міндетті|' +
  '(?:any )?(?:reproduction|redistribution|republication)(?: (?:or|and) (?:reproduction|redistribution|republication|distribution))?' +
  '(?: (?:in whole or in part|of (?:this|these|the|its) [^.\\n]{1,30}?))?(?: without[^.\\n]{0,60}?)? (?:is )?(?:strictly )?' +
  '(?:prohibited|forbidden|not permitted)(?: without[^.\\n]{0,60})?|' +
  'this (?:material|article|content|story) may not be (?:published|reproduced|republished|redistributed)[^.\\n]{0,80}|' +
  'przedruk (?:wyłącznie|tylko|jedynie) za (?:pisemną )?zgodą (?:redakcji|wydawcy)|' +
  '(?:nachdruck|vervielfältigung|weiterverbreitung|weiterverwendung)[^.\\n]{0,40}? (?:nur|ausschließlich) mit ' +
  '[^.\\n]{0,40}?(?:genehmigung|zustimmung|erlaubnis)[^.\\n]{0,40}|' +
  '(?:toute )?reproduction[^.\\n]{0,40}? (?:est )?(?:strictement )?interdite[^.\\n]{0,60}|' +
  '(?:queda )?prohibida (?:su|la) reproducción[^.\\n]{0,60}|(?:é )?proibida a (?:sua )?reprodução[^.\\n]{0,60}|' +
  '(?:è )?vietata la riproduzione[^.\\n]{0,40}|riproduzione riservata|' +
  `(?:(?:jakékoliv|jakékoli|akékoľvek|další|ďalšie)\\s+)*${CZECH_SLOVAK_REUSE}\\s[^.\\n]{0,120}?` +
  `(?:bez\\s[^.\\n]{0,80}?${CONSENT}[^.\\n]{0,80}?${FORBIDDEN}|${FORBIDDEN}[^.\\n]{0,40}?bez\\s[^.\\n]{0,80}?${CONSENT}[^.\\n]{0,60})|` +
  'απαγορε[υύ]εται (?:αυστηρ[αά] )?η (?:[^.\\n]{0,40}? )?(?:αναδημοσ[ιί]ευση|αναπαραγωγ[ηή])[^.\\n]{0,120}|' +
  // Serbian, Croatian and Bosnian: "taking over (passing on, copying) the content (texts) is forbidden without…",
  // "… allowed only with the source named", in Latin letters and Cyrillic.
  `(?:(?:strogo )?zabranjeno (?:je )?|(?:строго )?забрањено (?:је )?)?${SOUTH_SLAVIC_REUSE}[^.\\n]{0,100}?` +
  '(?:zabranjeno|забрањено|nije dozvoljeno|nije dopušteno|није дозвољено|(?:dozvoljeno|dopušteno|дозвољено) (?:je |је )?(?:samo|isključivo|само|искључиво))[^.\\n]{0,80}|' +
  `(?:strogo )?zabranjeno (?:je )?${SOUTH_SLAVIC_REUSE}[^.\\n]{0,100}|(?:строго )?забрањено (?:је )?${SOUTH_SLAVIC_REUSE}[^.\\n]{0,100}`;
// A reuse warning on a line of its own ("Redistribution of the footage is strictly prohibited."): a story may close on
// one as well as a notice. It is the notice's only beside one (takeCopyright), or where what it forbids reusing is
// the site's own (warnsOfOwnContent).
const WARNING_ALONE = new RegExp(`^(?:${REUSE_WARNING})[.。]?$`, 'iu');
// What a warning forbids reusing, where it names it: English "of the footage", Czech and Slovak the word after the
// noun of reusing ("Použití pesticidů…", "Převzetí obsahu…"), Greek the genitive after it ("η αναπαραγωγή των εγγράφων").
const REUSE_OBJECT = new RegExp(
  String.raw`(?:reproduction|redistribution|republication|distribution)\s+of\s+(\S+(?:\s+\S+)?)|` +
    String.raw`${CZECH_SLOVAK_REUSE}(?:\s+(?:nebo|či|alebo|a)\s+${CZECH_SLOVAK_REUSE})*\s+(?!(?:je|jsou|bez)\s)([\p{L}\p{M}]+)|` +
    String.raw`(?:αναδημοσ[ιί]ευση|αναπαραγωγ[ηή])\s+(τ(?:ου|ης|ων)\s+\S+)`,
  'iu',
);
// The site's own, as a warning names it: its content, articles, texts, material, the site or page (Czech, Slovak,
// English, Greek).
const OWN_CONTENT =
  /(?<![\p{L}\p{M}])(?:obsah\p{L}*|čl[aá]n[eo]?k\p{L}*|text(?:u|ů|y|ov|ech|s)?|materi[aá]l\p{L}*|content|articles?|this\s+(?:web\s?)?(?:site|page)|website|περιεχ\p{L}*|[άα]ρθρ\p{L}*|κε[ίι]μεν\p{L}*|υλικ\p{L}*|ιστοσελ\p{L}*|ιστ[οό]τοπ\p{L}*)(?![\p{L}\p{M}])/iu;

/**
 * Whether a reuse warning alone on its line is a notice by itself: it forbids reusing the site's own content
 * ("Převzetí obsahu je bez písemného souhlasu zakázáno."), or names nothing ("Reproduction without permission is
 * prohibited."); not "Použití pesticidů bez souhlasu úřadu je zakázáno." (using pesticides), a story's sentence.
 */
function warnsOfOwnContent(warning: string): boolean {
  const object = REUSE_OBJECT.exec(warning);
  const named = object?.[1] ?? object?.[2] ?? object?.[3];
  return named === undefined || OWN_CONTENT.test(named);
}

// Those phrases, and the other notices a line may open or close with (Chinese, Korean and Persian, whose clippings
// carry them too). Japanese papers write "reproduction without permission is forbidden" (無断転載を禁じます, 無断転載・複製禁止).
const OPENING_RIGHTS =
  `${RIGHTS_OPENING}|` +
  // Thai "copyright reserved" before the © or the year it opens a notice with ("สงวนลิขสิทธิ์ © 2567 …"), and the
  // Persian phrase before a © ("کلیه حقوق محفوظ است © ۱۴۰۲ …").
  'สงวนลิขสิทธิ์(?=\\s*(?:[©ⓒ]|[0-9๐-๙]{4}|พ\\.ศ\\.))|' +
  `${PERSIAN_RIGHTS}(?=\\s*[©ⓒ])|` +
  `(?:${SOUTH_SLAVIC_RIGHTS})(?=\\s*(?:[©ⓒ]|\\d{4}))|` +
  // These only where they close the notice: "همه حقوق زنان … محفوظ است و دولت …" is a sentence. Persian: "all
  // (material and moral) rights (of this site) are reserved".
  `(?:${RIGHTS_CLOSING}|` +
  // Vietnamese: "name the source when republishing (this site's news)".
  'ghi rõ nguồn\\b[^.\\n]{0,80}|' +
  // The warning against reuse that follows "All rights reserved", a sentence of its own: "…the draft is not for
  // publication." is the story's.
  `(?<=^|[.!?]\\s+)(?:${REUSE_WARNING})|` +
  // Thai "copyright reserved", with the warning that may follow it: "do not republish (copy, reproduce) without leave".
  'สงวนลิขสิทธิ์\\s+ห้าม(?:นำไป|คัดลอก|ทำซ้ำ|เผยแพร่)[^\\n]{0,80}?อนุญาต|' +
  // The Thai warning alone, closing a notice after the holder's name: "… do not republish without permission".
  '(?<=\\s)ห้าม(?:นำไป|คัดลอก|ทำซ้ำ|เผยแพร่)[^\\n]{0,80}?อนุญาต|' +
  `${PERSIAN_RIGHTS}|${AMHARIC_RIGHTS})` +
  '(?=[.。።]?\\s*$)|' +
  '(?:(?:本|当|掲載)?(?:記事|写真|画像|図表|サイト|コンテンツ)(?:[・、](?:記事|写真|画像|図表))*の)?' +
  '無断(?:転載|複製)(?:[・、]?(?:転載|複製|転用))*(?:を)?禁(?:じます|止)|' +
  '版[权權]所有(?:[，,、\\s]*(?:侵[权權]必究|翻印必究))?|侵[权權]必究|무단\\s?전재(?:\\s?(?:및|[·-])\\s?재배포)?\\s?금지';
const RIGHTS_RESERVED = `${OPENING_RIGHTS}|${CHINESE_NO_REPRINT}`;
// "Copyright" written in Hindi, Urdu and Bengali (the English word) and in Tamil (பதிப்புரிமை). Bengali's and Tamil's
// open a notice only before a ©, a year or a colon: "பதிப்புரிமைச் சட்டம்…" (copyright law…) is a sentence.
const COPYRIGHT_WORDS = 'कॉपीराइट|کاپی رائٹ|কপিরাইট|பதிப்புரிமை';
const COPYRIGHT_WORD_OPENING = 'कॉपीराइट|کاپی رائٹ|(?:কপিরাইট|பதிப்புரிமை)\\s*(?:[©ⓒ:]|\\p{Nd}{4})';
// The notice's opening in those languages (a line that starts with © needs none). Chinese names the holder first as
// often ("中央社版權所有"); there, and for "not to be reprinted", the notice must also end the line: "该公司版权所有人…"
// and "禁止转载他人作品是…" are sentences.
const COPYRIGHT_LINE = new RegExp(
  `^(?:[©ⓒ]|\\(c\\)\\s|copyright\\b|bản quyền\\s+(?:[©ⓒ]|\\d{4}|thuộc về)|${OPENING_RIGHTS}|حقوق (?:النشر|الطبع)|著作権|無断転載|[<‹〈]?저작권자|${COPYRIGHT_WORD_OPENING}|(?:[\\p{Script=Han}\\p{L}\\d ]{2,20}?版[权權]所有(?:[，,、。\\s]*(?:侵[权權]必究|翻印必究|${CHINESE_NO_REPRINT}))?|${CHINESE_NO_REPRINT})[。.]?$)`,
  'iu',
);
// The closing phrase, left out when judging whether the rest reads as prose.
const CLOSING_RIGHTS = new RegExp(`(?:${RIGHTS_RESERVED})[.。।۔።]?$`, 'i');

// A notice without a © or "Copyright", a line of its own: the phrase, then the holder's name ("สงวนลิขสิทธิ์
// หนังสือพิมพ์เสียงเชียงใหม่"; Hebrew and Arabic "reserved to", "כל הזכויות שמורות לעיתון הגליל", the "to" left out), or
// the name, then after a stop, comma, bar or dash the phrase ("Harbour Gazette. All rights reserved.").
const RIGHTS_THEN_HOLDER = new RegExp(
  `^(?:${RIGHTS_OPENING}|${RIGHTS_CLOSING})\\s*[,.:;|–—-]?\\s+(?:(?<=(?:שמורות|محفوظة)\\s+)[לل](?=\\p{L}))?(.+?)[.。]?$`,
  'iu',
);
// A notice that names the holder inside it, as Urdu and Persian write one, perhaps after a © and a year: Urdu "جملہ
// حقوق بحق روزنامہ X محفوظ ہیں" (all rights reserved in X's favour), Persian "کلیه حقوق برای X محفوظ است" (… for X),
// "تمامی حقوق (مادی و معنوی) این سایت متعلق به X است" (all (material and moral) rights of this site belong to X); not
// "تمامی حقوق کارگران متعلق به …" (all the workers' rights belong to …), a sentence.
const RIGHTS_AROUND_HOLDER = new RegExp(
  '^(?:[©ⓒ]\\s*)?(?:\\p{Nd}{4}\\s*)?(?:جملہ\\s+حقوق\\s+(?:بحق|بنام)|(?:[کك]ل[یي]ه|تمام[یي]|همه(?:\\u200c[یي])?)\\s+حقوق' +
    '(?:\\s+مادی\\s+و\\s+معنوی)?(?:\\s+این\\s+[\\p{L}\\p{M}\\u200c]+)?\\s+(?:متعلق\\s+به|برا[یي]|نزد))\\s+(.+?)\\s+' +
    '(?:محفوظ(?:\\s+|\\u200c)?)?' +
    '(?:ہ[یي]ں|ہے|است|م[یي][\\u200c ]?باشد)[.۔]?$',
  'u',
);
const HOLDER_THEN_RIGHTS = new RegExp(
  `^(.+?)\\s*([,.;|–—።-])\\s*(?:${RIGHTS_OPENING}|${RIGHTS_CLOSING}|${AMHARIC_RIGHTS})[.。।۔።]?$`,
  'iu',
);
// The little words a name may hold in lower case between its capitalised ones ("Gazzetta del Porto", "Voice of the
// Coast", "Kurier & Bote"): never "is" or "said".
const NAME_PARTICLE =
  /^(?:of|the|and|for|on|in|at|de|del|della|dei|des|di|da|do|dos|das|du|la|le|les|el|los|las|van|von|der|den|het|y|e|et|und|i|w|z|na|&)$/u;
// Words a sentence closes on or opens with, which a notice's holder never is: "No, all rights reserved.", "Yes -
// all rights reserved", "The End. All rights reserved." (in the cased languages the site ships, and Hungarian's).
const NOT_A_HOLDER =
  /^(?:yes|no|ok|okay|well|so|now|then|thanks|thank you|the end|end|amen|done|note|sure|indeed|fine|right|true|oui|non|fin|merci|ja|nein|ende|danke|sí|si|não|sim|fim|gracias|grazie|obrigad[oa]|nee|einde|tak|nie|koniec|да|нет|ні|конец|кінець|ya|tidak|tamat|selesai|ndiyo|hapana|evet|hayır|son|igen|nem|vége)$/iu;

/**
 * Whether the words before a rights phrase name its holder (HOLDER_THEN_RIGHTS): in letters with capitals, a name,
 * each word capitalised save the little words between (NAME_PARTICLE), and no word a sentence closes on
 * (NOT_A_HOLDER); in scripts without capitals, where that cannot be told, the name and the phrase stand apart by a
 * stop, bar or dash, never a comma, which joins a sentence's clauses: "הוא אמר, כל הזכויות שמורות" is "he said, all
 * rights reserved".
 */
function namesHolderBefore(name: string, separator: string): boolean {
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return separator !== ',';
  const words = name.split(/\s+/);
  return (
    !NOT_A_HOLDER.test(name) &&
    words.every((word, at) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(word) || (at > 0 && NAME_PARTICLE.test(word)))
  );
}

/**
 * The holder a notice without © names (RIGHTS_THEN_HOLDER, HOLDER_THEN_RIGHTS), or one that names it inside
 * (RIGHTS_AROUND_HOLDER, © or none: "جملہ حقوق بحق روزنامہ X محفوظ ہیں"), undefined for any other line. A name
 * is five words at most and, in letters with capitals, has every word of four letters or more capitalised
 * ("Reggeli Hírlap", "Gazzetta del Porto"): "Minden jog fenntartva, mondta az ügyvéd" (said the lawyer) names no one.
 * Before the phrase, it must read as a name (namesHolderBefore): "No, all rights reserved." is a sentence.
 * @example bareNoticeHolder('สงวนลิขสิทธิ์ หนังสือพิมพ์เสียงเชียงใหม่') // 'หนังสือพิมพ์เสียงเชียงใหม่'
 */
function bareNoticeHolder(line: string): string | undefined {
  const text = line.trim();
  const around = RIGHTS_AROUND_HOLDER.exec(text);
  // Phrases alone ("สงวนลิขสิทธิ์ ห้ามนำไปเผยแพร่…", reserved, do not republish) name no one.
  if (!around && withoutClosingPhrases(text) === '') return undefined;
  const after = around ? null : RIGHTS_THEN_HOLDER.exec(text);
  const before = around || after ? null : HOLDER_THEN_RIGHTS.exec(text);
  const name = (around ?? after ?? before)?.[1]?.trim() ?? '';
  const words = name.split(/\s+/);
  const named =
    /\p{L}/u.test(name) &&
    words.length <= 5 &&
    name.length <= 60 &&
    // A © or "Copyright" makes it a notice of the usual kind, read as one (COPYRIGHT_LINE, NOTICE_WORDS).
    !/[©ⓒ]|\(c\)|copyright/i.test(name) &&
    words.every((word) => !/^\p{Ll}[\p{L}\p{M}]{3}/u.test(word)) &&
    (!before || namesHolderBefore(name, before[2] ?? ''));
  return named ? name : undefined;
}

// "Copyright" then a word in lower case other than "by" or "of": a sentence about copyright. Case matters.
const COPYRIGHT_THEN_WORD = /^[Cc]opyright\s+(?!by\b|of\b)\p{Ll}/u;

// Two sentences: a stop, three words or more, another stop (or, in scripts without spaces, a stop and more text).
const TWO_SENTENCES = new RegExp(
  `[${SENTENCE_STOPS}]["”’]?\\s+\\S+\\s+\\S+\\s+\\S+.*[${SENTENCE_STOPS}]|[${UNSPACED_STOPS}]\\s*\\S.*[${UNSPACED_STOPS}]`,
  'u',
);

/**
 * Whether a line is a copyright or rights notice rather than prose.
 * @example isCopyrightLine('© 2021 Harbour Gazette. All rights reserved.') // true
 * @example isCopyrightLine('Copyright law was the topic of the hearing, which ran late into the evening and ended without a vote.') // false
 */
export function isCopyrightLine(line: string): boolean {
  const text = line.trim();
  // A notice in words with its © and year after it ("کلیه حقوق این سایت متعلق به کابل امروز است. © ۱۴۰۲").
  const worded = withoutTrailingYear(text);
  if (worded !== text && isCopyrightLine(worded)) return true;
  // A notice is short; a long paragraph that starts with "Copyright" is an article about it.
  if (text.length > 200) return false;
  // A warning alone that forbids reusing something else is a story's sentence, unless a notice stands beside it.
  if (WARNING_ALONE.test(text) && !warnsOfOwnContent(text)) return false;
  if (bareNoticeHolder(text) !== undefined) return true;
  if (!COPYRIGHT_LINE.test(text)) return false;
  // "Copyright lawyers warned…", "Copyright law changes…": the word opens a sentence about it, not a notice.
  if (COPYRIGHT_THEN_WORD.test(text)) return false;
  // Without the phrases that close it ("… All rights reserved. Reprint only with permission."), a notice is no prose.
  return !TWO_SENTENCES.test(withoutClosingPhrases(text));
}

/** A notice without a © and year(s) closing it, which follow a notice in words: "… است. © ۱۴۰۲", "… © 2015–2024". */
function withoutTrailingYear(text: string): string {
  return text.replace(/(?<=\S)\s*(?:[©ⓒ]|\(c\))\s*\p{Nd}{4}(?:\s*[-–—]\s*\p{Nd}{2,4})?[.。]?$/iu, '').trim();
}

/** A notice without the phrases (up to three) that close it. @example withoutClosingPhrases('© Gazette. All rights reserved.') // '© Gazette.' */
function withoutClosingPhrases(text: string): string {
  let rest = text;
  for (let phrases = 0; phrases < 3; phrases++) {
    const shorter = rest.replace(CLOSING_RIGHTS, '').trim();
    if (shorter === rest) break;
    rest = shorter;
  }
  return rest;
}

/**
 * Splits a trailing copyright notice off the paragraphs: the whole last
 * paragraph or its last line, and up to two more lines above it that are
 * notices too (isNoticeAbove: "Bản quyền © 2023 Báo Sông Lam⏎Ghi rõ nguồn
 * khi phát hành lại…"); never a story's line that only begins with the word
 * ("Copyright law changes next year."). Its holder is the last its lines name.
 * @example takeCopyright(['Text.', '© 2021 Gazette']) // { paragraphs: ['Text.'], copyright: '© 2021 Gazette', holder: 'Gazette' }
 */
export function takeCopyright(paragraphs: readonly string[]): {
  paragraphs: string[];
  copyright?: string;
  holder?: string;
} {
  const rest = [...paragraphs];
  const notices: string[] = [];
  // A notice may take two or three lines ("Bản quyền © 2023 Báo X", then "Ghi rõ nguồn khi phát hành lại…").
  while (notices.length < MOST_NOTICE_LINES) {
    const last = rest.pop();
    if (last === undefined) break;
    const lines = last.split('\n');
    const lastLine = lines.pop() ?? '';
    // A reuse warning alone goes with a notice on the line below it or above it ("© 2022 Gazette⏎Redistribution of
    // the footage is prohibited."), the line above being taken next.
    const above = (lines.at(-1) ?? rest.at(-1)?.split('\n').at(-1) ?? '').trim();
    const warning = WARNING_ALONE.test(lastLine.trim());
    const taken =
      notices.length > 0
        ? warning || (isCopyrightLine(lastLine) && isNoticeAbove(lastLine.trim()))
        : isCopyrightLine(lastLine) || (warning && isCopyrightLine(above) && isNoticeAbove(above));
    if (!taken) {
      rest.push(last);
      break;
    }
    notices.unshift(lastLine.trim());
    const before = lines.join('\n').trim();
    if (before) rest.push(before);
  }
  if (notices.length === 0) return { paragraphs: rest };
  // The holder, from the last line that names one: the paper's notice closes the story, a picture's credit
  // ("© Photo: AFP") may stand above it.
  const holder = notices.map(copyrightHolder).findLast((name) => name !== undefined);
  return { paragraphs: rest, copyright: notices.join(' '), ...(holder ? { holder } : {}) };
}

/** Lines of a rights notice taken from a story's end. */
const MOST_NOTICE_LINES = 3;
/**
 * A line above a notice that is one too: it opens with ©, or "Copyright" or "Bản quyền" and a © or a year, or ends with a rights phrase
 * ("Mọi quyền được bảo lưu."). Never "(c) tenants may appeal…", a list's third item, nor "All rights reserved for
 * the fishermen were restored.", a sentence.
 */
const NOTICE_ABOVE = /^(?:[©ⓒ]|(?:copyright|bản quyền)\s+(?:[©ⓒ]|\(c\)|\d{4}|thuộc về))/iu;
const isNoticeAbove = (line: string) => NOTICE_ABOVE.test(line) || CLOSING_RIGHTS.test(line);

// What a notice holds besides the holder's name: its markers, years ("1998–2024"), a "by".
// A year in any script's digits: ২০২৪, ۱۴۰۲, 2024.
const NOTICE_WORDS = new RegExp(
  `[©ⓒ]|\\(c\\)|\\bcopyright\\b|\\bcopr\\.|bản quyền(?:\\s+thuộc về)?|${RIGHTS_RESERVED}|حقوق (?:النشر|الطبع)(?: محفوظة)?|著作権|無断転載|저작권자|${COPYRIGHT_WORDS}|(?<![\\p{L}\\p{M}\\p{N}])(?:\\p{Nd}{4}|[\u1369-\u137c]{2,6})(?:\\s*[-–—]\\s*\\p{Nd}{2,4})?(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);
const RIGHTS_PHRASE = new RegExp(RIGHTS_RESERVED, 'i');

/**
 * Who a copyright notice names as the holder: the publication a clipping came
 * from, as a rule ("© Copyright Harbour Gazette 2022. All rights reserved.").
 * What follows "All rights reserved" (a reuse warning) is not part of it; a
 * notice naming no one, or more than a short name, gives none.
 * @example copyrightHolder('Copyright 2021 The Coast Wire. All rights reserved. Not for redistribution.') // 'The Coast Wire'
 * @example copyrightHolder('© 2021. All rights reserved.') // undefined
 * @example copyrightHolder('© «Северная газета», 2010. Все права защищены.') // 'Северная газета'
 */
export function copyrightHolder(written: string): string | undefined {
  const notice = withoutTrailingYear(written.trim());
  const rights = RIGHTS_PHRASE.exec(notice);
  const part = bareNoticeHolder(notice) ?? (rights && rights.index > 0 ? notice.slice(0, rights.index) : notice);
  const holder = part
    .replace(NOTICE_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.:;|–—。、，・।۔،؛።፣፤<‹〈-]+|[\s,:;|–—。、，・।۔،؛።፣፤>›〉-]+$/gu, '')
    .replace(/^by\s+/i, '')
    // The stops of sentences the notice's phrases were taken out of ("Gazette. [Reproduction prohibited.]"): one.
    .replace(/(?:\s*\.){2,}$/u, '.')
    .replace(SENTENCE_STOP, '')
    .replace(/[\s,:;،؛]+$/u, '')
    // A name in quotation marks («Северная газета», „Die Woche"): the name is inside them.
    .replace(/^[«"“„‹「『]\s*([^«»"“”„‹›「」『』]+?)\s*[»"”“›」』]$/u, '$1')
    .trim();
  const words = holder.split(' ');
  return /\p{L}/u.test(holder) && words.length <= 8 && holder.length <= 80 ? holder : undefined;
}

/**
 * The stop of the sentence a holder's name closes; not an initial's ("Ada Q.", "L.P.") or an abbreviated legal form's,
 * which is the name's ("Brněnský kurýr, s.r.o.", "Harbour Media Ltd.").
 */
const SENTENCE_STOP = new RegExp(String.raw`(?<!(?:^|[\s,.])\p{Lu}|(?:^|[\s,])(?:${ABBREVIATED_LEGAL_FORM}))\.$`, 'u');

/** What helps read a plain-text article. */
export interface TextOptions {
  /** A year known from elsewhere (the file's path), for datelines that give only month and day. */
  year?: string | undefined;
  /** The archive's language (site.json `lang`): a story in another script is read for its own. */
  siteLang?: string | undefined;
  /** How the archive's dates read, when its language tells: a slashed date's order (06/02/2023), its month names. */
  reading?: DateReading | undefined;
}

// A capital after the word, in scripts that have capitals; Arabic, Devanagari and Urdu have none. A noun label takes
// a colon ("Автор: …", "संवाददाता: …", "نامہ نگار: …"); Hindi may set "by" after the name ("प्रिया सिंह द्वारा").
const BYLINE_LINE = new RegExp(
  String.raw`^(?:(?:by|par|von|por|di|door|av|af|przez|sɣur|sghur|${OLEH}|oprac\.)\s+\p{Lu}|${REPORTED_FOR}\s*\p{Lu}|(?:${NOUN_BYLINE_LABELS})\s*[${LABEL_COLON}]\s*(?:\p{Lu}|\p{Script=Georgian})|(?:${UNCASED_BY})(?:\s*[:：]\s*|\s+)\p{L}|(?:${COLON_BYLINE_LABELS})\s*[${LABEL_COLON}]\s*\p{L})|^\p{L}[\p{L}\p{M}]*(?: [\p{L}\p{M}]+){0,5} (?:${AFTER_NAME_BY})$`,
  'iu',
);
// "LONDON, Sept. 10 (Reuters) -", "PARIS (AFP) —", "NEW YORK, March 3, 1998 --", "MADRID, 14 feb (EFE).-" (a stop
// before the dash, as Spanish-language agencies write it), and in Arabic, which has no
// capitals and writes its own comma: "الساحل، 15 أبريل 2024 (أ ف ب) -".
const DATELINE =
  /^(\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?|\p{Script=Arabic}[\p{Script=Arabic} ]{1,40})(?:[,،]\s*([^()\n]{3,30}?))?\s*(?:\(([^)\n]{2,30})\))?\s*\.?(?:-{1,2}|–|—)\s/u;

// A place in ordinary case (or in a script without capitals: "होशंगाबाद, 12 मार्च 2019 —"), then a whole date:
// "Житомир, 12 березня 2003 р. —", "Lyon, 4 mai 2015 –". Taken only
// when the date reads (writtenDate), since "Paris, the city of light — " is prose.
// The place may name its province or country after a comma ("Rembang, Jawa Tengah, 3 Februari 2024 —").
const PLACE_DATELINE =
  /^((?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,2}(?:,\s*\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,2})?)[,،፣]\s*([^()\n]{6,40}?)\s*(?:\(([^)\n]{2,30})\))?\s*\.?(?:-{1,2}|–|—)\s/u;

// A Chinese agency's dateline: the agency (a name ending in 社: 中央社, 新华社, 中新社), the place and the day run
// together and close with 電/电 ("cabled"), perhaps in brackets and with the reporter after it:
// 【中央社台北2019年3月12日電】, 新华社上海3月12日电（记者李华）, （中央社記者王小明台北12日電）. The day is required:
// "合作社理事長說電價…" is prose.
const HAN_DATELINE =
  /^[【〔［[（(]?\s*(\p{Script=Han}{1,5}社)\p{Script=Han}{0,12}?\s*([\d０-９][\d０-９年月\s]{0,12}日)\s*[電电]\s*[】〕］\]）)]?(?:\s*[（(]\s*(?:記者|记者)\s*([^（）()]{2,30})[）)])?[\s，,：:]*/u;

/** A dateline opening a story: its text as written, the agency it credits, the reporters a Chinese one names. */
export interface Dateline {
  text: string;
  agency?: string | undefined;
  byline?: string | undefined;
}

/**
 * The dateline a story opens with: a wire one ("LONDON, Sept. 10 (Reuters) -", 【中央社台北2019年3月12日電】), or a
 * place in ordinary case followed by a whole date, as local papers print them.
 * @example datelineOf('Житомир, 12 березня 2003 р. — Ремонт…')?.text // 'Житомир, 12 березня 2003 р. — '
 * @example datelineOf('新华社上海3月12日电（记者李华）上海港…') // { text: '新华社上海3月12日电（记者李华）', agency: '新华社', byline: '李华' }
 */
export function datelineOf(lead: string, reading?: DateReading): Dateline | undefined {
  const han = HAN_DATELINE.exec(lead);
  if (han) return { text: han[0], agency: han[1], byline: han[3] };
  const wire = DATELINE.exec(lead);
  if (wire) return { text: wire[0], agency: wire[3] };
  const place = PLACE_DATELINE.exec(lead);
  const written = place?.[2]?.trim() ?? '';
  // Nothing but a date, perhaps with the word for "year" after it ("р.", "року", "г."): so that
  // "Smith, 45, said on 3 May 2015 — …" is no dateline.
  const date = written.replace(/(?<=\d{4})\s+\p{L}[\p{L}\p{M}]{0,3}\.?$/u, '');
  return place && onlyDateWords(date) && writtenDate(written, reading)
    ? { text: place[0], agency: place[3] }
    : undefined;
}

// A writer's name after a dash, on a line of its own under the headline or closing the story ("- रमेश कुमार",
// "— Ada Quill"): one to four words, nothing else.
const SIGNED_NAME = /^[-–—]\s*(\p{L}[\p{L}\p{M}'’.]*(?: [\p{L}\p{M}'’.]+){0,3})$/u;

// A line of a list, as plain text writes one: "- item", "* item", "1. item".
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s/u;

// A news agency's credit on a line of its own under the headline, alone or after the writer's name, as Polish,
// Czech, Greek, Italian or German papers print it: "(PAP)", "Anna Nowak (PAP)", "(ČTK)", "(ANSA)", "(AFP/PAP)", the
// agency's name alone, without brackets ("ΑΠΕ-ΜΠΕ", "Reuters"), or after the writer's and a comma, slash or dash
// ("Jan Novák, ČTK", "Anna Nowak / PAP"; a name of two words at least: "Brno, ČTK" names a place).
const AGENCIES = String.raw`\p{L}{2,10}(?:-\p{L}{2,10})?(?:\/\p{L}{2,10}(?:-\p{L}{2,10})?)*`;
const WRITER = (fewestWords: number) => String.raw`\p{L}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){${fewestWords - 1},3}`;
const AGENCY_LINE = new RegExp(
  String.raw`^(?:(${WRITER(1)})\s+)?\((${AGENCIES})\)$|^(?:(${WRITER(2)})(?:\s*[,/]|\s[-–—])\s*)?(${AGENCIES})$`,
  'u',
);

/**
 * The agency and the writer a credit line names ("Anna Nowak (PAP)", "Jan Novák, ČTK", "Sam Jones, Reuters"),
 * undefined for any other line. Without brackets, the agency is written as it writes itself or in capitals
 * ("Reuters", "SPA"; "Spa" is a word). One word before the brackets is the place filed from, a wire's dateline
 * ("Praha (ČTK)"), which `place` holds. (Two words before a comma are read as a writer, as most such lines are: a
 * place of two words, "Hradec Králové, ČTK", is then taken for one, which no rule of letters tells apart.)
 */
function agencyCredit(line: string): { agency: string; writer?: string; place?: string } | undefined {
  const credit = AGENCY_LINE.exec(line.trim());
  const bracketed = credit?.[2] !== undefined;
  const writer = credit?.[1] ?? credit?.[3];
  const agency = credit?.[2] ?? credit?.[4];
  if (!agency || (writer !== undefined && !looksLikeName(writer))) return undefined;
  const named = (part: string) => (bracketed ? NEWS_AGENCIES.has(part.toLowerCase()) : isAgencyAsWritten(part));
  if (!agency.split('/').every(named)) return undefined;
  // One word before the agency's brackets is a place too, as a wire's dateline writes it: "Praha (ČTK)".
  const place = bracketed && !writer?.includes(' ');
  if (writer !== undefined && place) return { agency, place: writer };
  return { agency, ...(writer ? { writer } : {}) };
}

const isBylineLine = (line: string) =>
  BYLINE_LINE.test(line) ||
  TEXT_BYLINE.test(line) ||
  isWroteByline(line) ||
  GREEK_BYLINE.test(line) ||
  SIGNED_NAME.test(line) ||
  isUnspacedByline(line);

/**
 * A Swahili story's byline lines ("Na Juma Hamisi") written with the colon the label takes elsewhere ("Na: Juma
 * Hamisi"), so they read as bylines; in any other text such a line is left as it is ("Na Hye Won", a Korean name).
 */
function swahiliBylines(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((line) => SWAHILI_BYLINE.test(line.trim()))) return text;
  if (primaryLanguage(textLanguage(text, SHORT_GUESS_TEXT) ?? '') !== 'sw') return text;
  return lines
    .map((line) => (SWAHILI_BYLINE.test(line.trim()) ? line.replace(/^(\s*Na)\s+/u, '$1: ') : line))
    .join('\n');
}

/** The names a byline line gives, a dash before a signed name left out. */
function lineNames(line: string): string[] {
  return bylineNames(SIGNED_NAME.exec(line)?.[1] ?? line);
}

// A name of two to four capitalised words ("Олена Коваль", "Ada Quill", Vietnamese "Lê Thị Thu Hà"), allowing
// "O'Neill", "Jean-Luc", and initials before the surname ("О. Коваль", "A. B. Quill"); four only with a letter
// beyond ASCII, as Vietnamese names have ("New York City Council" is no one).
const BARE_NAME =
  /^(?:\p{Lu}\p{Ll}+(?:['’-]\p{L}\p{Ll}+)*|\p{Lu}\.)(?: (?:\p{Lu}\p{Ll}+(?:['’-]\p{L}\p{Ll}+)*|\p{Lu}\.)){0,2} \p{Lu}\p{Ll}+(?:['’-]\p{L}\p{Ll}+)*$/u;
const isBareName = (line: string) => BARE_NAME.test(line) && (line.split(' ').length < 4 || /[^\x00-\x7f]/.test(line));
/**
 * Two or three such names joined by "and" or commas: "Jana Malá a Petr Veselý", "Άννα Γεωργίου και Νίκος Ιωάννου". A
 * line that lists people or things reads so too ("Donald Trump and Joe Biden", "New York Times, Washington Post"): it
 * is a byline only with a newsroom's other cue beside it, a date line or an agency's credit (isBylineCue).
 */
const isBareNames = (line: string) => {
  const names = joinedNames(line);
  return names.length >= 2 && names.length <= 3 && names.every(isBareName);
};

// In a script without capitals (Persian, Arabic, Hebrew, Hindi) a name shows no case: two or three words of letters
// alone ("مریم حسینی"), the Persian zero-width non-joiner within them.
const UNCASED_NAME = /^[\p{Lo}\p{M}\u200c]+(?: [\p{Lo}\p{M}\u200c]+){1,2}$/u;
// A name in a script of India or Sri Lanka, with the initials those papers print before it (Bengali মো., ড.; Tamil
// க., எஸ்.) and perhaps the place filed from after a comma: "মো. রফিকুল ইসলাম, চট্টগ্রাম", "எஸ். கலைச்செல்வி, மதுரை".
const INDIC_NAME = new RegExp(
  String.raw`^((?:[${INDIC}]{1,4}\.\s?){0,2}${INDIC_WORD}(?: ${INDIC_WORD}){0,2})(\s*,\s*${INDIC_WORD})?$`,
  'u',
);
/**
 * Whether a line is such a name: two to four words, an initial counted as one ("க. முருகன்"), or one word before the
 * place ("கலைச்செல்வி, மதுரை": Tamil writers often sign with a given name alone). One word alone is a place.
 */
function isIndicName(line: string): boolean {
  const [, name, place] = INDIC_NAME.exec(line) ?? [];
  const words = name?.split(/\s+|(?<=\.)(?=\S)/u).length ?? 0;
  return words <= 4 && (words >= 2 || (words === 1 && place !== undefined));
}
// Words of a desk's or an agency's credit, no person's: news, agency, service, desk, report, photo (خبرگزاری مهر,
// سرویس سیاسی, أخبار محلية, חדשות חוץ, समाचार डेस्क).
const CREDIT_WORD =
  /(?:^|\s)(?:خبرگزاری|سرویس|گروه|اخبار|أخبار|خبر|گزارش|عکس|وكالة|قسم|خدمة|חדשות|מדור|סוכנות|समाचार|ब्यूरो|डेस्क)(?:\s|$)/u;

/** Whether a headline is written in sentence case: some word of it in lower case. */
const inSentenceCase = (headline: string) => /(?:^|\s)\p{Ll}/u.test(headline.trim());

/**
 * Whether a line under a headline is a writer's name printed alone, as many
 * papers set a byline. Only under a headline written in sentence case (some
 * word of it in lower case): under a Title Case headline ("Harbour Wall
 * Rebuilt⏎After Storm") a line of capitalised words may be the headline's
 * second line, so it is never taken for a name there. In a script without
 * capitals, only with the date line below it (`next`), which a second line of
 * the headline or a standfirst does not have.
 * @example isNameUnderHeadline('Олена Коваль', 'Міст через Тетерів відкриють навесні') // true
 * @example isNameUnderHeadline('After Storm', 'Harbour Wall Rebuilt') // false
 * @example isNameUnderHeadline('مریم حسینی', 'زلزله شهر را لرزاند', '۸ بهمن ۱۴۰۱') // true
 */
export function isNameUnderHeadline(line: string, headline: string, next?: string, reading?: DateReading): boolean {
  const name = line.trim();
  if (isBareName(name) || isShoutedName(name)) return inSentenceCase(headline);
  return (
    (UNCASED_NAME.test(name) || isIndicName(name)) &&
    !CREDIT_WORD.test(name) &&
    next !== undefined &&
    isDateLine(next.trim(), reading)
  );
}

// Chinese, Japanese and Korean write a sentence without spaces: there a line is a date line only when it holds
// nothing but the date (its weekday, its time), never a lead paragraph that starts with one.
// Elsewhere a short line: six words, besides a label that says what the date is ("Publicado em", "Published on").
// A date written in many words ("Thứ Sáu, ngày 14 tháng 7 năm 2023", Friday, day 14, month 7, year 2023) is one
// as long as it holds nothing but the date.
const isDateLine = (line: string, reading?: DateReading) =>
  writtenDate(line, reading) !== undefined &&
  (UNSPACED_SCRIPT.test(line)
    ? onlyDateWords(line)
    : line.replace(PUBLISHED_LABEL, '').split(/\s+/).length <= 6 || (line.length <= 60 && dateWordsOnly(line)));
const PUBLISHED_LABEL = new RegExp(`^${PUBLISHED_LABEL_SOURCE}\\s*`, 'i');
/**
 * Whether a line is a place and a date (isPlaceAndDate), the story's dateline; not a label and a date, which a day
 * with its stop may follow without a comma: "Aktualizováno 15. března 2024" (updated) names no place.
 */
const isPlaceAndDateLine = (line: string, reading?: DateReading) =>
  isPlaceAndDate(line, reading) && !PUBLISHED_LABEL.test(line) && !UPDATED.test(line.split(/\s/)[0] ?? '');
/** Whether a date line holds nothing but the date, after a label that says what the date is ("Published on"). */
const dateWordsOnly = (line: string) => onlyDateWords(line.replace(PUBLISHED_LABEL, '').replace(BEFORE_DAY, ''));

/**
 * The news agency a byline credits in brackets after the writer's name, as a wire's story is signed: "Haber: Deniz
 * Aksoy (AA)", "Anna Nowak (PAP)", "(EFE/AFP)".
 * @example bracketedAgency('Haber: Deniz Aksoy (AA)') // 'AA'
 * @example bracketedAgency('Ada Quill (photos)') // undefined
 */
function bracketedAgency(line: string): string | undefined {
  const bracketed = /\(([^()]+)\)\s*$/u.exec(line)?.[1]?.trim();
  return bracketed && bracketed.split('/').every((part) => NEWS_AGENCIES.has(part.trim().toLowerCase()))
    ? bracketed
    : undefined;
}

/** Most words a date closing a byline's line runs to: a weekday, the day, month and year, a time and its word. */
const CLOSING_DATE_WORDS = 8;

/**
 * The day a line closes with, after other words (a byline's names): its longest ending that is nothing but a date,
 * a time perhaps after it ("3. 11. 2019. u 23:40", "3 May 2021 at 10:00"); undefined when it closes otherwise.
 * @example dateClosing('Piše: Marko Savić, 3. 11. 2019. u 23:40') // '2019-11-03'
 */
function dateClosing(line: string, reading?: DateReading): string | undefined {
  const words = line.trim().split(/\s+/);
  let day: string | undefined;
  for (let count = 1; count <= Math.min(CLOSING_DATE_WORDS, words.length - 1); count++) {
    const ending = words.slice(-count).join(' ');
    if (!onlyDateWords(withoutHourWord(ending))) continue;
    day = writtenDate(ending, reading) ?? day;
  }
  return day;
}

/**
 * Whether a line beside names joined under a headline (isBareNames) is what makes them a byline, as a newsroom prints
 * it: a date line ("Jana Malá a Petr Veselý⏎Brno 15. března 2024") or an agency's credit.
 */
const isBylineCue = (line: string | undefined, reading?: DateReading) =>
  line !== undefined &&
  !line.trim().includes('\n') &&
  (isDateLine(line.trim(), reading) || agencyCredit(line.trim()) !== undefined);

/**
 * A credit under a label this reader does not know: one word and its colon, then names alone ("Izveštava: Jelena
 * Jovanović", "Reportage: Ada Quill and Bram Ott"). Under the headline or beside a date line it is no line of the
 * story's first paragraph: the headline and the date line around it are still read, and it stays in the story, as
 * nothing says it names the writer.
 */
const LABELLED_CREDIT = new RegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}]{2,20}\s*:\s*${LABELLED_NAME}(?:\s*(?:,|&|\s\p{Ll}{1,3}\s)\s*${LABELLED_NAME})*$`,
  'u',
);

/** Whether a line is written in Title Case, as some papers set headlines: every word of four letters or more capitalised. */
const isTitleCase = (line: string) => /\p{Lu}/u.test(line) && !/(?:^|\s)\p{Ll}{4}/u.test(line);

/**
 * A block at the top whose lines after the first are each a byline or a date
 * ("Harbour reopens⏎By Ada Quill⏎12 May 1998", with no blank line between),
 * as its separate lines; any other paragraph as it is. The story may follow
 * in the same block ("…⏎12 May 1998⏎The harbour reopened…"): then the first
 * line must read as a headline (no closing stop) and the byline and date
 * lines be short, so that a wrapped sentence ("…⏎By the time the ferry…") is
 * never taken apart; the story's lines stay one paragraph. `unwrapped`: the
 * story under the block is set a paragraph a line, so short lines under a
 * headline are lines of their own, whatever they are. `datedBelow`: the
 * paragraph under the block opens with a dateline or is a date line.
 * @example headBlockLines('Harbour reopens\nBy Ada Quill') // ['Harbour reopens', 'By Ada Quill']
 * @example headBlockLines('Harbour reopens\nBy Ada Quill\nThe harbour reopened\non Monday.') // ['Harbour reopens', 'By Ada Quill', 'The harbour reopened\non Monday.']
 */
export function headBlockLines(
  paragraph: string,
  reading?: DateReading,
  unwrapped = false,
  datedBelow = false,
): string[] {
  const lines = nonEmptyLines(paragraph);
  const [head = ''] = lines;
  const isHeadLine = (line: string, at: number) =>
    isBylineLine(line) ||
    // A picture's credit under the byline ("Teksti: Matti Virtanen⏎Kuva: Anni Salo"), which readText leaves out.
    photoCredit(line) !== undefined ||
    // Romanian "de Ion Popescu" under the headline or beside a date line of the block (ROMANIAN_BY).
    (ROMANIAN_BY.test(line) &&
      (at === 1 || [lines[at - 1], lines[at + 1]].some((near) => isBylineCue(near, reading)))) ||
    isDateLine(line, reading) ||
    agencyCredit(line) !== undefined ||
    (at === 1 && (isNameUnderHeadline(line, head, lines[2], reading) || isDeskCredit(line))) ||
    // A credit under a label this reader does not know (LABELLED_CREDIT), beside a date line, or closing the block
    // over a paragraph that opens with one.
    (LABELLED_CREDIT.test(line) &&
      ([lines[at - 1], lines[at + 1]].some((near) => near !== undefined && isDateLine(near, reading)) ||
        (at === lines.length - 1 && datedBelow))) ||
    // Names joined, beside a date line of the block: "Jana Malá a Petr Veselý⏎11. října 2016".
    (isBareNames(line) &&
      inSentenceCase(head) &&
      [lines[at - 1], lines[at + 1]].some((near, side) => (side === 1 || at > 1) && isBylineCue(near, reading)));
  const heads = lines.length > 1 && lines.length <= 4 && lines.every((line) => line.length <= 120);
  const headline = head.length <= 120 && !ENDS_IN_PUNCTUATION.test(head);
  if (heads && lines.slice(1).every((line, at) => isHeadLine(line, at + 1))) {
    // A name alone on the second line says nothing unless the first reads as a headline.
    if (headline || isBylineLine(lines[1]!) || !isNameUnderHeadline(lines[1]!, head, lines[2], reading)) return lines;
  }
  // A text whose story is not wrapped (a paragraph a line) wraps no headline either: short lines under one are lines
  // of their own, a credit or a standfirst this reader does not know ("ویب ڈیسک") kept in the story, the headline
  // still its title. Not a line that goes on in lower case, nor a capitalised one under a Title Case headline.
  const second = lines[1] ?? '';
  const goesOn = /^\p{Ll}/u.test(second) || (isTitleCase(head) && /^\p{Lu}/u.test(second));
  if (unwrapped && heads && isHeadline(head) && !goesOn && lines.every((line) => line.length <= HEAD_LINE_WIDTH))
    return lines;
  let end = 1;
  while (end < Math.min(lines.length, 4) && lines[end]!.length <= HEAD_LINE_WIDTH && isHeadLine(lines[end]!, end))
    end++;
  return headline && end > 1 && end < lines.length
    ? [...lines.slice(0, end), lines.slice(end).join('\n')]
    : [paragraph];
}

/**
 * Reads one plain-text article. Throws an ImportError when it has no paragraph.
 * @example readText('Harbour reopens\n\nBy Ada Quill\n\nThe harbour reopened.', 'a.txt').guessed // { title: 'Harbour reopens', authors: ['Ada Quill'] }
 */
export function readText(text: string, origin: string, options: TextOptions = {}): FoundArticle {
  const { reading } = options;
  // A teaser's line between paragraphs ("Baca juga: …", "Read more: …") points at a story the archive does not
  // hold; never the first, which may be the headline. Words a layout broke at a line's end with a hyphen (text
  // copied from a PDF: "recon-⏎struction") are whole again before any line is read, the headline's too.
  const split = splitParagraphs(swahiliBylines(joinLineHyphens(text)));
  // Whether the story under the head is set a paragraph a line, as text copied from a page or an editor comes.
  const unwrapped = split.length > 1 && split.slice(1).every((paragraph) => !paragraph.includes('\n'));
  const teasers = split.filter((paragraph, index) => index > 0 && isTeaserLine(paragraph));
  const taken = takeCopyright(split.filter((paragraph) => !teasers.includes(paragraph)));
  const { copyright, holder } = taken;
  // A row of share buttons over the copyright line, in its block ("Partager : Facebook | Twitter⏎© Radio…").
  const all = taken.paragraphs.filter((paragraph, index) => index === 0 || !isShareRowLine(paragraph));
  // The lines a head block was split into: a name without capitals is read only above a date line of its own block.
  const blockLines = new Set<string>();
  const headSplit = all.flatMap((paragraph, index) => {
    const below = all[index + 1];
    const datedBelow =
      below !== undefined &&
      (datelineOf(below, reading) !== undefined || isDateLine(nonEmptyLines(below)[0] ?? '', reading));
    const lines = index < 2 ? headBlockLines(paragraph, reading, unwrapped, datedBelow) : [paragraph];
    if (lines.length > 1) for (const line of lines) blockLines.add(line);
    return lines;
  });
  // A picture's credit on a line of its own ("Kuva: Pekka Lahti", "Foto: NTB") credits a picture a text file does
  // not hold: never the first line, which may be the headline.
  const isCredit = (line: string, index: number) =>
    index > 0 && !line.trim().includes('\n') && photoCredit(line) !== undefined;
  const credits = headSplit.filter(isCredit);
  const paragraphs = headSplit.filter((line, index) => !isCredit(line, index));
  const guessed: FoundFields = {};
  const why: NonNullable<FoundArticle['guessedWhy']> = {};
  const notes: string[] = [
    ...teasers.map((line) => `left out the line pointing at another story: "${line.trim()}"`),
    ...credits.map((line) => photoCreditNote(line.trim())),
  ];

  const first = paragraphs[0];
  // A first line that is only a date is the date, never the headline.
  if (
    first !== undefined &&
    paragraphs.length > 1 &&
    isFirstLineHeadline(first, paragraphs[1]!, reading) &&
    !isDateLine(first.trim(), reading)
  ) {
    guessed.title = first.trim();
    why.title = `title "${guessed.title}" from the first line`;
    paragraphs.shift();
  }
  // A Chinese paper's byline in brackets at the head of the story, a line of its own below: （記者王小明／台北報導）颱風…
  const bracketed = paragraphs.slice(0, 2).findIndex((paragraph) => leadingByline(paragraph));
  if (bracketed >= 0) paragraphs.splice(bracketed, 1, ...leadingByline(paragraphs[bracketed]!)!);
  const sameBlock = (at: number) => {
    const next = paragraphs[at + 1];
    return next !== undefined && blockLines.has(paragraphs[at]!) && blockLines.has(next) ? next : undefined;
  };
  let creditedAgency: string | undefined;
  // Whether the line under the headline is a dateline kept in the story ("Brno 15. března 2024"): a name under it is
  // still the writer's, as it would be under the headline.
  let datelineFirst = false;
  // What the line just read was, when it was a date line (a dateline naming the place, or a date alone) or an
  // agency's credit: beside it, names joined are the byline.
  let read: 'dateline' | 'date' | 'credit' | undefined;
  for (let i = 0; i < 2 && i < paragraphs.length - 1; i++) {
    const line = paragraphs[i]?.trim() ?? '';
    const above = read;
    read = undefined;
    if (line.includes('\n') || line.length > 120) continue;
    const underHeadline = i === 0 || (i === 1 && datelineFirst);
    const credit = creditedAgency ? undefined : agencyCredit(line);
    if (credit) {
      creditedAgency = credit.agency;
      read = 'credit';
      if (credit.writer && !guessed.authors) {
        guessed.authors = [credit.writer];
        why.authors = `author ${credit.writer} from the line "${line}"`;
      }
      // A place before the agency ("Praha (ČTK)") is the story's dateline: it stays, naming no writer.
      if (credit.place === undefined) paragraphs.splice(i--, 1);
    } else if (isDeskCredit(line) && (isBylineLine(line) || (underHeadline && guessed.title))) {
      // A credit to the paper's desk names no one ("By Staff", "เรื่อง: กองบรรณาธิการ", "Editorial desk" under the
      // headline): it goes, as a byline would, and the date line below it is still read.
      notes.push(deskNote(line));
      // An agency's reporter ("خبرنگار ایرنا", IRNA's reporter): the agency is where the story came from.
      creditedAgency ??= deskAgency(line);
      paragraphs.splice(i--, 1);
    } else if (
      !guessed.authors &&
      (isBylineLine(line) ||
        // Romanian "de Ion Popescu" only under the headline or beside a date line: "de" is a word of every sentence.
        (ROMANIAN_BY.test(line) &&
          ((underHeadline && guessed.title !== undefined) ||
            above !== undefined ||
            isBylineCue(paragraphs[i + 1], reading))))
    ) {
      const names = lineNames(line);
      if (names.length === 0) continue;
      guessed.authors = names;
      why.authors = `authors ${names.join(', ')} from the line "${line}"`;
      // The day after the names, in the same line ("Piše: Marko Savić, 3. 11. 2019. u 23:40", "By Ada Quill, 3 May
      // 2021"), is the story's, as on a line of its own.
      const day = guessed.date ? undefined : dateClosing(line, reading);
      if (day) {
        guessed.date = day;
        why.date = `date ${day} from the line "${line}"`;
      }
      paragraphs.splice(i--, 1);
    } else if (
      underHeadline &&
      guessed.title &&
      !guessed.authors &&
      isBareNames(line) &&
      inSentenceCase(guessed.title) &&
      (above !== undefined || isBylineCue(paragraphs[i + 1], reading))
    ) {
      // Names joined beside a date line or an agency's credit: "Jana Malá a Petr Veselý", then "Brno 15. března 2024".
      guessed.authors = bylineNames(line);
      why.authors = `authors ${guessed.authors.join(', ')} from the line under the headline`;
      paragraphs.splice(i--, 1);
    } else if (
      underHeadline &&
      guessed.title &&
      !guessed.authors &&
      // "The" before words that name no desk (that went above) is a publication's name: "The Correspondent" stays.
      !/^the\s/i.test(line) &&
      isNameUnderHeadline(line, guessed.title, sameBlock(i), reading)
    ) {
      // A desk's credit there names no one ("Mwandishi Wetu", our correspondent): it goes, as a byline would.
      if (!startsWithRole(line)) {
        // A name in capitals is written as a name (NGUYỄN THỊ HOA, Nguyễn Thị Hoa), as bylines are, and one with
        // the place filed from after a comma is the name alone ("মো. রফিকুল ইসলাম, চট্টগ্রাম").
        guessed.authors = isShoutedName(line) || line.includes(',') ? bylineNames(line) : [line];
        why.authors = `${guessed.authors.length > 1 ? 'authors' : 'author'} ${guessed.authors.join(', ')} from the line under the headline`;
      }
      paragraphs.splice(i--, 1);
    } else if (!guessed.date && isDateLine(line, reading)) {
      guessed.date = writtenDate(line, reading) as string;
      why.date = `date ${guessed.date} from the line "${line}"`;
      // A line that says where as well ("Namur, le 8 juin 1997") stays the story's dateline: the place is news.
      // Any other (a time, a label) goes, as the date it gives is the article's.
      const placed = isPlaceAndDateLine(line, reading);
      read = placed ? 'dateline' : 'date';
      if (!placed) paragraphs.splice(i--, 1);
      else datelineFirst = i === 0;
    } else if (endsSentence(line)) {
      // The story has begun: a byline or date line below its first sentence is the story's own (a list's "- item").
      break;
    }
  }
  // The agency a byline closing the story credits in brackets ("Haber: Deniz Aksoy (AA)").
  let closingCredit: string | undefined;
  // A story signed with its byline and date in one block of lines ("Tekst: Ewa Nowak⏎15.01.2025"): its lines read
  // one by one, as the closing byline and date below are.
  const tail = paragraphs.at(-1)?.trim().split('\n') ?? [];
  if (
    paragraphs.length > 1 &&
    tail.length >= 2 &&
    tail.length <= 3 &&
    tail.every((line) => line.length <= 60 && !endsSentence(line) && !LIST_ITEM.test(line.trim())) &&
    // One byline: two are a list of names ("- Anna Nowak⏎- Piotr Zieliński" under "The winners were:").
    tail.filter((line) => isBylineLine(line.trim())).length === 1 &&
    tail.every((line) => isBylineLine(line.trim()) || isDateLine(line.trim(), reading))
  ) {
    paragraphs.pop();
    for (const line of tail.map((part) => part.trim())) {
      if (isBylineLine(line) && !guessed.authors && lineNames(line).length > 0) {
        guessed.authors = lineNames(line);
        why.authors = `authors ${guessed.authors.join(', ')} from the line "${line}" closing the story`;
        closingCredit = bracketedAgency(line);
      } else if (isBylineLine(line) && isDeskCredit(line)) {
        notes.push(deskNote(line));
      } else if (!isBylineLine(line) && !guessed.date && !isPlaceAndDateLine(line, reading)) {
        guessed.date = writtenDate(line, reading) as string;
        why.date = `date ${guessed.date} from the closing line "${line}"`;
      } else paragraphs.push(line);
    }
  }
  // A byline closing the story, as many papers sign it ("- रमेश कुमार", "بقلم شبانہ خان"). Not a sentence ("By
  // Monday, the river had fallen."), a clause after a comma, or the last item of a list ("- Warm clothes").
  const last = paragraphs.at(-1)?.trim() ?? '';
  if (
    !guessed.authors &&
    paragraphs.length > 1 &&
    last.length <= 60 &&
    !last.includes('\n') &&
    (isBylineLine(last) || isShoutedName(last)) &&
    !endsSentence(last) &&
    !/,\s*\p{Ll}/u.test(last) &&
    !LIST_ITEM.test(paragraphs.at(-2) ?? '')
  ) {
    const names = lineNames(last);
    if (names.length > 0 && names.every(looksLikeName)) {
      guessed.authors = names;
      why.authors = `authors ${names.join(', ')} from the line "${last}" closing the story`;
      paragraphs.pop();
      closingCredit = bracketedAgency(last);
    } else if (isBylineLine(last) && isDeskCredit(last)) {
      notes.push(deskNote(last));
      paragraphs.pop();
    }
  }
  // A news agency's name alone closing the story ("EFE", "(PAP)", "Reuters"), as wire stories are signed: the agency
  // is the dateline's or the source's, no line of the story.
  const closingAgency = paragraphs.length > 1 ? agencyCredit(paragraphs.at(-1)?.trim() ?? '') : undefined;
  if (closingAgency && !closingAgency.writer && !closingAgency.place) {
    paragraphs.pop();
    if (!guessed.source) {
      guessed.source = { name: closingAgency.agency };
      why.source = `source "${closingAgency.agency}" from the agency's name closing the story`;
    }
  }
  // A credit under a label this reader does not know, left in the story over its first paragraph (LABELLED_CREDIT):
  // the dateline is that paragraph's.
  const overLead = paragraphs.length > 1 && blockLines.has(paragraphs[0]!) && LABELLED_CREDIT.test(paragraphs[0]!);
  const lead = paragraphs[overLead ? 1 : 0];
  const dateline = lead ? datelineOf(lead, reading) : undefined;
  if (dateline?.byline && !guessed.authors) {
    const names = bylineNames(dateline.byline);
    if (names.length > 0) {
      guessed.authors = names;
      why.authors = `authors ${names.join(', ')} from the dateline "${dateline.text.trim()}"`;
    }
  }
  if (dateline && !guessed.date) {
    const written = dateline.text.trim();
    const full = writtenDate(written, reading);
    const partial = full ? undefined : monthAndDay(written, reading?.lang);
    const date =
      full ??
      (partial && options.year
        ? `${options.year}-${String(partial.month).padStart(2, '0')}-${String(partial.day).padStart(2, '0')}`
        : undefined);
    if (date) {
      guessed.date = date;
      why.date = `date ${date} from the dateline "${written}"${partial ? ' (year from the path)' : ''}`;
    } else if (partial) {
      notes.push(`the dateline "${written}" gives no year: date not taken from it`);
    }
  }

  // Else a date closing the story, as Chinese papers may print it (2019年3月28日, 民國108年3月15日), or a place and
  // a date, as a letter or a local paper signs it ("Bruxelles, le 11 octobre 1997"), which stays in the story.
  const closing = paragraphs.at(-1)?.trim() ?? '';
  if (!guessed.date && paragraphs.length > 1 && !closing.includes('\n') && closing.length <= 60) {
    const placed = isPlaceAndDateLine(closing, reading);
    if (isDateLine(closing, reading) && (dateWordsOnly(closing) || placed)) {
      guessed.date = writtenDate(closing, reading) as string;
      why.date = `date ${guessed.date} from the closing line "${closing}"`;
      if (!placed) paragraphs.pop();
    }
  }
  // Where the clipping came from: the publication holding its copyright, else the agency its dateline or a credit
  // line under the headline names.
  const agency = dateline?.agency?.trim();
  if (holder) {
    guessed.source = { name: holder };
    why.source = `source "${holder}" from the copyright line`;
  } else if (agency && /^\p{L}/u.test(agency)) {
    guessed.source = { name: agency };
    why.source = `source "${agency}" from the dateline "${dateline!.text.trim()}"`;
  } else if (creditedAgency) {
    guessed.source = { name: creditedAgency };
    why.source = `source "${creditedAgency}" from the agency's credit under the headline`;
  } else if (closingCredit) {
    guessed.source = { name: closingCredit };
    why.source = `source "${closingCredit}" from the agency's credit closing the story`;
  }

  if (paragraphs.length === 0) throw new ImportError('no paragraph of text found: nothing to import');
  const body = paragraphsToMarkdown(paragraphs);
  // A text says nothing of its language: read it from the story when there is enough to tell, as a page that
  // declares none is, so an English clipping in an Arabic archive is not filed as Arabic, nor a German one in an
  // English archive. In the archive's own script, only a language franc tells from the archive's: in Latin and
  // Cyrillic letters one it scores clearly apart that is no close relative (toldFromArchiveLanguage); in the
  // Arabic and Devanagari scripts none, as franc confuses Arabic with Urdu, Hindi with Marathi, more often than
  // a clipping is in another language of it. --lang wins over it.
  // A shorter story (a paragraph or two) in the archive's own letters is offered a language only where franc scores
  // the archive's far below it, and the summary asks to check it (in other letters, fileInItsScript decides).
  const short = body.text.length < PAGE_GUESS_TEXT;
  const lang = options.siteLang ? textLanguage(body.text, short ? SHORT_GUESS_TEXT : PAGE_GUESS_TEXT) : undefined;
  if (lang && options.siteLang && primaryLanguage(lang) !== primaryLanguage(options.siteLang)) {
    const script = languageScript(lang);
    const otherScript = script !== languageScript(options.siteLang);
    const told =
      (otherScript && !short) ||
      (!otherScript &&
        script !== undefined &&
        FRANC_TELLS_APART.has(script) &&
        toldFromArchiveLanguage(body.text, lang, options.siteLang));
    if (told) {
      guessed.lang = lang;
      why.lang = short
        ? `language "${lang}" guessed from a short text (${body.text.length} characters) that reads unlike the archive's language (${options.siteLang}): check it, or set --lang`
        : `language "${lang}" read from the text (a text file declares none; --lang sets it)`;
    }
  }
  // Too short to tell which language: the letters may still tell it is not the archive's (fileInItsScript).
  return {
    origin,
    fields: copyright ? { copyright } : {},
    body: body.markdown,
    text: body.text,
    ...(Object.keys(guessed).length > 0 ? { guessed, guessedWhy: why } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * Whether the first line is the headline: it reads as one, or it asks or
 * exclaims ("Will the ferry return?", "هل تعود العبّارة؟"), which a story's
 * opening sentence does too, and a byline or date line follows it.
 * @example isFirstLineHeadline('Will the ferry return?', 'By Ada Quill') // true
 * @example isFirstLineHeadline('Who pays for the ferry?', 'The council met on Monday.') // false
 */
function isFirstLineHeadline(first: string, next: string, reading?: DateReading): boolean {
  if (isHeadline(first)) return true;
  const line = first.trim();
  // Greek asks with ";" (its question mark, U+037E, is ";" once normalized): "Θα ανοίξει ξανά το οδόφραγμα;".
  const question = /\p{Script=Greek}/u.test(line) ? /[?!;\u037E]+$/u : /[?!？！؟]+$/u;
  const asks = question.test(line) && isHeadline(line.replace(question, ''));
  return asks && (isBylineLine(next.trim()) || isDateLine(next.trim(), reading));
}

/**
 * Whether a first paragraph reads as a headline: one short line, starting
 * with a letter, digit, quote or opening bracket (「早めの避難を」, 【速報】),
 * not ending in sentence punctuation of any script (`.` `。` `؟`…).
 * @example isHeadline('Harbour dredging two years late') // true
 * @example isHeadline('The harbour reopened on Monday.') // false
 * @example isHeadline('市内の小学校で避難訓練が行われた。') // false
 */
export function isHeadline(paragraph: string): boolean {
  const line = paragraph.trim();
  if (line.includes('\n') || line.length > 120 || line.split(/\s+/).length > 20) return false;
  if (
    BYLINE_LINE.test(line) ||
    TEXT_BYLINE.test(line) ||
    isWroteByline(line) ||
    GREEK_BYLINE.test(line) ||
    datelineOf(`${line} `) ||
    isCopyrightLine(line)
  )
    return false;
  // An editor's note in brackets ("(Adds quotes from minister)", "[Corrected]") is no headline; 「…」 and 【速報】 open one.
  if (/^[([（][^)\]）]*[)\]）]$/u.test(line)) return false;
  return /^[\p{L}\p{N}\p{Pi}"'„«¿¡「『【（〔《〈]/u.test(line) && !ENDS_IN_PUNCTUATION.test(line);
}
