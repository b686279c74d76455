/**
 * Bylines as pages and plain text print them ("By Ada Quill and Bram Ott",
 * "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)") turned into
 * author names. Connecting words are known in the major European languages;
 * anything that does not look like a person's name (a handle, a date, a URL)
 * is left out rather than published as an author.
 */
import { isNewspaperName, isOrganisationCredit } from '../lib/citation.ts';
import { endsSentence } from '../lib/full-stops.ts';
import { ETHIOPIC_LETTERS } from '../lib/ethiopic-letters.ts';
import { PUBLISHED_LABEL_SOURCE } from './dates.ts';

/** Thai names of a paper's own desks: the editorial office, the news department, the news desk. */
const THAI_DESKS = 'กองบรรณาธิการ|ฝ่ายข่าว|โต๊ะข่าว';

/** The scripts of India and Sri Lanka, none of them with capitals: a character-class body (their vowel signs are theirs). */
export const INDIC = String.raw`\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}`;
/** A word in one of those scripts, the joiners Bengali writes within some (র‍্যাব) with it. */
export const INDIC_WORD = String.raw`[${INDIC}\u200c\u200d]+`;
/**
 * The roles a South Asian paper credits instead of a writer: reporter, correspondent, representative, bureau, desk.
 * Hindi संवाददाता, प्रतिनिधि, रिपोर्टर, ब्यूरो, डेस्क; Marathi प्रतिनिधी; Bengali প্রতিবেদক, প্রতিনিধি, সংবাদদাতা,
 * রিপোর্টার, করেসপন্ডেন্ট, ব্যুরো, ডেস্ক; Tamil நிருபர், செய்தியாளர் (and their plurals); Telugu ప్రతినిధి, విలేకరి;
 * Kannada ಪ್ರತಿನಿಧಿ, ವರದಿಗಾರ; Malayalam ലേഖകൻ, പ്രതിനിധി; Gujarati પ્રતિનિધિ, સંવાદદાતા. A regular-expression alternation.
 */
const INDIC_ROLES =
  'संवाददाता|प्रतिनिधि|रिपोर्टर|ब्यूरो|डेस्क|प्रतिनिधी|' +
  'প্রতিবেদক|প্রতিনিধি|সংবাদদাতা|রিপোর্টার|করেসপন্ডেন্ট|ব্যুরো|ডেস্ক|' +
  'நிருபர்|நிருபர்கள்|செய்தியாளர்|செய்தியாளர்கள்|' +
  'ప్రతినిధి|విలేకరి|ಪ್ರತಿನಿಧಿ|ವರದಿಗಾರ|ലേഖകൻ|പ്രതിനിധി|પ્રતિનિધિ|સંવાદદાતા';
/** Words a desk's credit opens with: own, our, staff, special, senior (Bengali, Hindi, Tamil, Malayalam, Telugu…). */
const INDIC_DESK_WORDS =
  'নিজস্ব|আমাদের|স্টাফ|বিশেষ|জ্যেষ্ঠ|हमारे|हमारी|हमारा|निज|विशेष|वरिष्ठ|स्टाफ|நமது|எமது|சிறப்பு|സ്വന്തം|ప్రత్యేక|ನಮ್ಮ|અમારા';
/**
 * A credit to a role or a desk alone, as South Asian papers print one in the place of a byline: the role after
 * a word such as "own", "our", "staff", "special", a place, or both (Bengali "নিজস্ব প্রতিবেদক", own reporter;
 * "সিলেট প্রতিনিধি", Sylhet correspondent; "স্টাফ রিপোর্টার"; Tamil "நமது நிருபர்", our reporter; Hindi "हमारे
 * संवाददाता"; Malayalam "സ്വന്തം ലേഖകൻ"), or Tamil's news division (செய்திப் பிரிவு), perhaps with the place filed
 * from after a comma ("নিজস্ব প্রতিবেদক, ঢাকা"). It names no one. Two other words before the role are a name
 * ("রফিকুল ইসলাম প্রতিনিধি") or a title ("জাতিসংঘে স্থায়ী প্রতিনিধি", permanent representative at the UN).
 */
const INDIC_DESK_CREDIT = new RegExp(
  String.raw`^(?:(?:(?:${INDIC_DESK_WORDS})\s+)?(?:${INDIC_WORD}\s+)?(?:${INDIC_ROLES})|(?:${INDIC_WORD}\s+)?செய்திப்\s?பிரிவு)(?:\s*,\s*${INDIC_WORD})?$`,
  'u',
);
/** A word in the Arabic script, with the marks written on its letters and Persian's zero-width non-joiner. */
const ARABIC_SCRIPT_WORD = String.raw`[\p{Script=Arabic}\p{M}\u200c]+`;
/**
 * The roles and desks Urdu and Persian papers credit instead of a writer: Urdu نمائندہ (correspondent), نامہ نگار,
 * رپورٹر, ڈیسک (desk), بیورو (bureau); Persian خبرنگار (reporter), گزارشگر, گروه (desk, "group"), سرویس (service),
 * تحریریه (editorial office), with the ي an Arabic keyboard types. A regular-expression alternation.
 */
const URDU_PERSIAN_ROLES =
  'نمائندہ|نمائندے|نامہ[\\s\\u200c]?نگار|رپورٹر|ڈیسک|بیورو|خبرنگار|خبرنگاران|گزارشگر|گروه|گروہ|سرو[یي]س|تحر[یي]ر[یي]ه';
/**
 * A credit to a role or a desk alone, as Urdu and Persian papers print one: the role after one word ("ویب ڈیسک", web
 * desk; "اسٹاف رپورٹر", staff reporter), perhaps after "our" ("ہمارے نامہ نگار"), or before one, as both languages
 * set an adjective or an owner after the noun ("نمائندہ خصوصی", special correspondent; "گروه خبری", news desk;
 * "سرویس اجتماعی", society desk; "خبرنگار ایرنا", IRNA's reporter), perhaps with the place filed from after a comma.
 * It names no one; two words after the role may be a name ("خبرنگار نرگس کاظمی").
 */
const URDU_PERSIAN_DESK_CREDIT = new RegExp(
  String.raw`^(?:(?:ہمارے|ہماری)\s+)?(?:${ARABIC_SCRIPT_WORD}\s+)?(?:${URDU_PERSIAN_ROLES})(?:\s+${ARABIC_SCRIPT_WORD})?(?:\s*[,،]\s*${ARABIC_SCRIPT_WORD})?$`,
  'u',
);
/** Whether a line is a credit to a role or a desk as South Asian and Iranian papers print one (no "By" before it). */
const isRoleCredit = (text: string) => INDIC_DESK_CREDIT.test(text) || URDU_PERSIAN_DESK_CREDIT.test(text);

// The place a South Asian or Iranian writer filed from, after the name and a comma (Urdu's and Persian's ، too):
// "মো. রফিকুল ইসলাম, চট্টগ্রাম", "எஸ். கலைச்செல்வி, மதுரை", "रमेश कुमार, भोपाल", "زبیر خٹک، کوئٹہ". One word after
// a name in those scripts: a second writer's name has two words or an initial ("க. முருகன், எஸ். கலைச்செல்வி").
const INDIC_FILED_FROM = new RegExp(
  String.raw`(?<=[${INDIC}][^,\n]*)\s*,\s*${INDIC_WORD}[^\S\n]*$|(?<=\p{Script=Arabic}[^,،\n]*)\s*[,،]\s*${ARABIC_SCRIPT_WORD}[^\S\n]*$`,
  'gmu',
);

/**
 * Labels a byline opens with before a colon, where the word alone would not tell a byline: Hindi "संवाददाता:"
 * (correspondent), "लेखक:", "रिपोर्ट:"; Urdu "نامہ نگار:", "تحریر:", "رپورٹ:"; Persian "نویسنده:" (writer),
 * "خبرنگار:" (reporter), "گزارش:"; Pashto "لیکوال:" (writer); Turkish "Haber:" (news), "Yazan:", "Muhabir:", "Hazırlayan:" ("Haber Merkezi",
 * the news desk, is no byline). A regular-expression alternation.
 */
export const COLON_BYLINE_LABELS =
  'संवाददाता|लेखक|लेखिका|रिपोर्ट|रिपोर्टर|प्रस्तुति|نامہ نگار|تحریر|رپورٹ|رپورٹر|نو[یي]سنده|خبرنگار|گزارشگر|گزارش|' +
  // Pashto writer, reporter ("لیکوال:", "خبریال:"), with the ي and ك an Arabic keyboard types; Kazakh "Авторы",
  // Georgian "ავტორი", Armenian "Հեղինակ" (before its ՝), Azerbaijani "Müəllif", Uzbek "Muallif" ("Муаллиф"), Kazakh
  // and Slovene "Avtor": only before a colon ("Avtor knjige je Janez Novak" is a sentence).
  'ل[یي][کك]وال|خبر[یي]ال|авторы|ავტორი|հեղինակ|müəllif|muallif|муаллиф|avtor|' +
  // Bengali reporter, writer, "has written", correspondent, representative; Tamil reporter, correspondent, "who
  // wrote", the article's writer.
  'প্রতিবেদক|লেখক|লেখিকা|লিখেছেন|সংবাদদাতা|প্রতিনিধি|செய்தியாளர்|நிருபர்|எழுதியவர்|கட்டுரையாளர்|' +
  'haber|yazan|yazar|muhabir|haz[ıi]rlayan|' +
  // Vietnamese: "Bài và ảnh: …" (words and pictures), "Bài: … - Ảnh: …", "Tin, ảnh: …" (never "Tin:" alone: English
  // "Tin: steady"), reporter, author, "by".
  'bài(?:\\s*(?:và|,)\\s*ảnh)?|tin\\s*(?:và|,)\\s*ảnh|(?:nhóm )?phóng viên|tác giả|thực hiện|' +
  // Indonesian and Malay: "by", writer, report, reporter; Swahili "by" (readText writes it with a colon, in a
  // Swahili story only: "Na Hye Won" is a Korean name).
  'oleh|penulis|laporan|pewarta|wartawan|na|' +
  // Thai: writer, "story and pictures", reporter; story and report only before a name of two words or a desk
  // ("เรื่อง:" is also a letter's "Subject:", "รายงาน:" a report's lead-in).
  'ผู้เขียน|เรื่องและภาพ|ผู้สื่อข่าว|นักข่าว|' +
  `(?:เรื่อง|รายงาน)(?=\\s*:\\s*(?:[\\u0e00-\\u0e7f]{1,20}\\s+[\\u0e00-\\u0e7f]{1,25}|${THAI_DESKS})\\s*$)|` +
  // Amharic reporter, writer (its ጸ and ፀ, ሐ and ሀ, ሃ spelled as each writer spells them), "reporter" borrowed.
  'ዘጋቢ|[ጸፀ][ሐሀሃሓ]ፊ|ሪፖርተር|' +
  // Serbian, Croatian and Bosnian "writes" and "(they) write", in Latin letters and Cyrillic ("Piše: Marko Savić",
  // "Пишу: Јелена Јовановић и Милан Петровић"), and "prepared by" ("Priredila: Ana Horvat"): verbs that open a
  // sentence as often ("Piše da je…"), so only before a colon.
  'piše|pišu|пише|пишу|priredi(?:o|la|li)|приреди(?:о|ла|ли)';
/**
 * The marks a label of COLON_BYLINE_LABELS takes before the name: a colon, Ethiopic's wordspace ፡ and colon ፥,
 * which Amharic papers set there ("ዘጋቢ፡ ዮናስ መኮንን"), or Armenian's ՝ ("Հեղինակ՝ Անի Սարգսյան"). A character-class body.
 */
export const LABEL_COLON = ':፡፥՝';
/**
 * Nouns a byline opens with, before a colon in a line of its own ("Autor: …"): author in English, French, Italian,
 * German, Spanish, Polish ("Autorka", "Autorzy", authors), Romanian ("Autori", authors), Hungarian ("Szerző",
 * "Szerzők") and Russian; Polish "Tekst i zdjęcia" (words and pictures), "Opracowanie"/"Opracował" (compiled by);
 * Czech "Připravil", "Text a foto"; Hungarian "Szöveg" (text); Oromo "Barreessaa" (writer); Norwegian and Danish
 * "Tekst" and "Tekst og foto" (bilde, billede: picture); Finnish "Teksti", "Teksti ja kuva(t)" (text and picture),
 * "Kirjoittaja" (writer); Swedish "Text och foto" (bild: picture; "Text:" alone, a word of English too, is
 * TEXT_BYLINE's); Northern Sami "Čálli" (writer); Serbian, Croatian and Bosnian "Autor", "Autorka", Croatian
 * "Autorica", in Latin letters and Cyrillic ("Аутор", "Ауторка"), and "Tekst i foto" / "Текст и фото" (words and
 * pictures; fotografije, slike: pictures). A regular-expression alternation.
 */
export const NOUN_BYLINE_LABELS = String.raw`autor(?:a|in|ka|zy|ki|i|ica)?|author|auteur|autore|автор(?:ка)?|аутор(?:ка|ица|и)?|tekst(?:\s+(?:i|og)\s+(?:zdjęcia|foto|fot\.?|fotografije|slike|bilder?|billeder?))?|текст\s+и\s+(?:фото|фотографије|слике)|teksti(?:\s+ja\s+kuvat?)?|kirjoittaja|text\s+(?:a|och)\s+(?:foto|bild(?:er)?)|opracowanie|opracował[a]?|připravil[a]?|szerző[k]?|szöveg|barreessaa|čálli`;
/**
 * The labels of a picture's credit, after the writer's in a byline's line ("Teksti: Matti Virtanen Kuva: Anni
 * Salo") or on a line of its own (photo-credits.ts): English "Photo(s)"; "Foto(s)" as German, Polish, Czech and the
 * Nordic languages write it; Finnish "Kuva(t)", Swedish "Bild(er)", Norwegian "Bilde(r)", Danish "Billede(r)",
 * Northern Sami "Govva(t)"; "Фото" as Serbian, Russian and Ukrainian write it in Cyrillic; Kazakh "Сурет", Uzbek
 * "Сурат" ("Surat"), Kyrgyz "Сүрөт", Georgian "ფოტო", Armenian "Լուսանկարը". A regular-expression alternation.
 */
export const PHOTO_LABELS = String.raw`photos?|fotos?|kuvat?|bild(?:er)?|bilder?|billeder?|govvat?|фото|сурет|сурат|surat|сүрөт|ფოტო|լուսանկար(?:ը|ները)?`;
/**
 * A name as a byline writes it after a label that is a common word too: two to four words, each a capital and lower
 * case or an initial ("Anna Lindqvist", "A. Lindqvist"), a particle perhaps between them ("Lena af Klint"). A
 * regular-expression source.
 */
export const LABELLED_NAME = String.raw`(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?:\s+(?:(?:af|av|von|van|de|der|den)\s+)?(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)){1,3}`;
/**
 * "Text:" before the writer's name, as Swedish papers credit one ("Text: Anna Lindqvist", "Text: Anna Lindqvist och
 * Erik Öberg", perhaps with the photographer's credit after it, "Text: Anna Lindqvist Foto: Erik Öberg"). In English
 * the word labels many another line ("Text: the full statement"), so only names, and nothing else, make it a byline.
 * Case matters: no `i` flag.
 * @example TEXT_BYLINE.test('Text: Anna Lindqvist') // true
 * @example TEXT_BYLINE.test('Text: the full statement') // false
 * @example TEXT_BYLINE.test("Text: Obama's Victory Speech") // false
 */
const TEXT_BYLINE_PATTERN = new RegExp(
  String.raw`^(?:[Tt]ext|TEXT)\s*:\s*${LABELLED_NAME}(?:\s*(?:,|&|\s(?:and|och|og|ja)\s)\s*${LABELLED_NAME})*(?:\s+(?:[Ff]oto|FOTO|[Bb]ild|BILD)\s*:\s*\S.*)?$`,
  'u',
);
/** What an English "Text:" line names that no writer is called: a document's kind, a possessive ("Obama's Victory Speech"). */
const TEXT_OF_A_DOCUMENT =
  /['’]s\b|\b(?:Full|Speech|Statement|Transcript|Remarks|Address|Letter|Interview|Report|Summary|Decision|Ruling|Agreement|Resolution|Treaty|Declaration|Video|Audio)\b/u;
/** TEXT_BYLINE_PATTERN's byline, not a document's label ("Text: Obama's Victory Speech", "Text: Full Statement"). */
export const TEXT_BYLINE = {
  test: (line: string): boolean => TEXT_BYLINE_PATTERN.test(line) && !TEXT_OF_A_DOCUMENT.test(line),
};
/**
 * "Wrote" before the writer's name, as Czech, Slovak, Polish and Hungarian papers print a byline: "Napsal Jan
 * Novák", "Napsala Jana Malá", "Napísal", "Napisała", "Írta Kovács Péter" (and "Írták", they wrote). A
 * regular-expression alternation.
 */
export const WROTE_BY = String.raw`napsal[ai]?|napísal[ai]?|napisał[a]?|napisali|írta|írták`;
// "Wrote" and the space after it, in any case.
export const WROTE_LABEL = new RegExp(String.raw`^(?:${WROTE_BY})\s*:?\s+`, 'i');
/**
 * Whether a line opens with "wrote" (WROTE_BY) before a name written with its capital: "Napsal Jan Novák", not
 * "Napsal jsem dopis starostovi" (I wrote a letter to the mayor). The capital is checked as written: under a pattern's
 * `i` flag, \p{Lu} takes a small letter too.
 * @example isWroteByline('Napsala Jana Malá') // true
 * @example isWroteByline('Napsal jsem dopis starostovi') // false
 */
export function isWroteByline(line: string): boolean {
  const text = line.trim();
  const label = WROTE_LABEL.exec(text);
  return label !== null && /^\p{Lu}/u.test(text.slice(label[0].length));
}
/**
 * An Indonesian paper's credit of its reporter, the paper named first: "Laporan wartawan Harian Pesisir, Yohanes
 * Krisnawan" (report of the Harian Pesisir reporter, …). A regular-expression source.
 */
export const REPORTED_FOR = String.raw`laporan\s+(?:wartawan|reporter|koresponden)\s+[^,\n]{2,40},`;
/**
 * Greek "by": the genitive article before the writer's name, itself in the genitive ("Του Γιώργου Παπαδόπουλου",
 * "Της Μαρίας Κ.", kept as printed), or "writes" ("Γράφει η Άννα Γεωργίου"), then a name written as one, a capital
 * and lower case: "ΤΗΣ ΑΓΙΑΣ ΣΚΕΠΗΣ" is a headline in capitals. Case matters: no `i` flag.
 */
export const GREEK_LEAD = /^(?:[Ττ]ου|[Ττ]ης|[Γγ]ράφ(?:ει|ουν)\s+(?:ο|η|οι))\s+(?=\p{Lu}\p{Ll})/u;
// Greek's "by", the genitive article, before a name in the genitive, words written as names after it (a capital, then
// lower case: a headline in capitals, "ΤΗΣ ΑΓΙΑΣ ΣΚΕΠΗΣ", or one going on in lower case, "Της Παναγίας γιορτάζει",
// is none), perhaps two writers ("Του Νίκου Ιωάννου και της Ελένης Χριστοδούλου"); or "writes" ("Γράφει η Άννα
// Γεωργίου"). Case matters here: no `i` flag.
const GREEK_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}.'’-]*`;
// What follows "Του"/"Της" in a heading's phrase, no name: "Της Μεγάλης Εβδομάδας" (of Holy Week), "Του Αγίου
// Νικολάου" (of Saint Nicholas), "Της Νέας Δημοκρατίας", "Του Υπουργείου Υγείας" (of the ministry of health).
const GREEK_GENITIVE_NOUNS = String.raw`(?:Αγίου|Αγίας|Αγίων|Μεγάλης|Μεγάλου|Νέας|Νέου|Υπουργείου|Δήμου|Περιφέρειας|Εθνικής|Εθνικού|Ελληνικής|Ελληνικού|Κυβέρνησης|Βουλής|Πανεπιστημίου|Ιεράς|Παναγίας|Χριστού|Ευρωπαϊκής|Ανατολικής|Δυτικής|Βόρειας|Νότιας)`;
export const GREEK_BYLINE = new RegExp(
  String.raw`^(?:(?:[Ττ]ου|[Ττ]ης)\s+(?!${GREEK_GENITIVE_NOUNS}\s)${GREEK_NAME}(?:\s+(?:και\s+(?:του|της)\s+)?${GREEK_NAME}){1,5}|[Γγ]ράφ(?:ει|ουν)\s+(?:ο|η|οι)\s+${GREEK_NAME}(?:\s+${GREEK_NAME}){0,5})$`,
  'u',
);
// A name in capitals, as Vietnamese papers sign a story above or below it ("NGUYỄN THỊ HOA"): three or four words,
// the first a Vietnamese family name (a few dozen names are most Vietnamese people's), so that a line in capitals
// of any other kind stays the story's: "ÉDITION SPÉCIALE DU SOIR", "CIĄG DALSZY NASTĄPI JUTRO", "TP HỒ CHÍ MINH",
// "THỪA THIÊN HUẾ", "TIN LIÊN QUAN KHÁC".
const SHOUTED_NAME = /^\p{Lu}+(?: \p{Lu}+){2,3}$/u;
const VIETNAMESE_FAMILY_NAMES = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào đoàn trịnh mai lương ' +
    'tạ trương lâm hà cao chu vương tô thái quách triệu kiều la lưu văn tăng lục châu'
  ).split(' '),
);
/**
 * Middle names most Vietnamese names have as their second word (Văn, Thị, Minh, Ngọc…): what tells a name in capitals
 * ("PHẠM VĂN LONG", "NGUYỄN THỊ THU HÀ") from words in capitals a family name happens to begin ("CAO TỐC BẮC NAM",
 * expressway; "PHAN THIẾT BÌNH THUẬN", a place).
 */
const VIETNAMESE_MIDDLE_NAMES = new Set(
  (
    'văn thị hữu đức minh ngọc thanh quốc hoàng xuân anh tuấn thu hồng kim công đình quang gia bảo trung mạnh như ' +
    'phương thùy thúy hải huy duy khánh tấn thế trọng viết bá nhật diệu mỹ thành hoài thái tiến vĩnh'
  ).split(' '),
);

/** Whether a name's second word is a Vietnamese middle name (VIETNAMESE_MIDDLE_NAMES): "PHẠM VĂN LONG". */
export const hasVietnameseMiddleName = (name: string) =>
  VIETNAMESE_MIDDLE_NAMES.has((name.split(' ')[1] ?? '').toLocaleLowerCase('vi'));

/** Whether a line is a name in capitals (SHOUTED_NAME) led by a Vietnamese family name. */
export const isShoutedName = (line: string) =>
  SHOUTED_NAME.test(line) && VIETNAMESE_FAMILY_NAMES.has((line.split(' ')[0] ?? '').toLocaleLowerCase('vi'));

// A name as a Romanian byline writes it after "de": two to four words, each a capital and lower case ("Ion Popescu",
// "Ana-Maria Pop"), perhaps a second writer's after "și" (and), with the comma below or the cedilla.
const DE_NAME = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,3}`;
/**
 * Romanian "by", "de" before the writer's name ("de Ion Popescu", "De Maria Ionescu și Ion Popescu"). "De" is a word
 * of every other line in Romanian, Spanish, Portuguese, French and Dutch (the article "de"): only a line that is
 * nothing but "de" and a name of two to four capitalised words is a byline, and readText takes one only beside the
 * headline or a date line. Case matters: no `i` flag. The match is the label alone.
 * @example ROMANIAN_BY.test('de Ion Popescu') // true
 * @example ROMANIAN_BY.test('de la primărie') // false
 */
export const ROMANIAN_BY = new RegExp(String.raw`^[Dd]e\s+(?=${DE_NAME}(?:\s+(?:și|şi)\s+${DE_NAME})?\s*$)`, 'u');
/**
 * Swahili's "by", "Na", before a name of two words or more, each capitalised ("Na Juma Hamisi", "Na Juma Hamisi
 * na Amina Said"), a line of its own. Case matters (no `i` flag); readText reads it so in a Swahili story only.
 */
export const SWAHILI_BYLINE = /^Na\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:na\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,7}$/u;
/**
 * Indonesian's "by" without a colon, before a name of two words or more ("Oleh Yakobus Lede", "Oleh Maria Lumentut
 * dan Frans Wowor"): "Oleh Sentsov" is a Ukrainian name. A regular-expression source.
 */
export const OLEH = String.raw`oleh(?=\s+\S+\s+\S)`;
/** Indonesian and Malay "dan", Swahili "na" (and), in lower case between two names: "Lee Na Young" is one name. */
const LOWER_CASE_AND = / (?:dan|na) (?=\p{Lu})/gu;
/**
 * "By" before a name in scripts without capitals: Arabic بقلم, كتب (wrote), Persian به قلم, Hebrew מאת, Thai โดย
 * (alone, or after news, report, story or wrote: "ข่าวโดย", "รายงานโดย", "เรื่องโดย", "เขียนโดย") before a name as
 * Thai writes one, a given name and a family name or a desk's one word, none of them long (perhaps a role in brackets
 * after it): "โดย ทั่วไปแล้วฤดูฝนปีนี้มาเร็ว" ("generally, the rains came early…") opens a sentence.
 */
export const UNCASED_BY =
  // Tamazight in Tifinagh: ⵙⵖⵓⵔ (sɣur, "by"), ⵙ ⵓⴼⵓⵙ ⵏ (s ufus n, "by the hand of").
  'ⵙⵖⵓⵔ|ⵙ ⵓⴼⵓⵙ ⵏ|بقلم|كتبت?|كتبه|به قلم|מאת|(?:ข่าว|รายงาน|เรื่อง|เขียน)?โดย(?=\\s+[\\u0e00-\\u0e7f]{1,20}(?:\\s+[\\u0e00-\\u0e7f]{1,20}){0,2}\\s*(?:[(（]|$))|' +
  // Amharic በ ("by"), a prefix in running text (በአዲስ አበባ, in Addis Ababa), as a word of its own only before a
  // writer's name: a line of two to seven Ethiopic words (two writers joined by እና, "and").
  `በ(?=(?:\\s+[${ETHIOPIC_LETTERS}]+){2,7}\\s*$)`;
/** Hindi's "by", set after the name as a postposition ("प्रिया सिंह द्वारा") or, as web pages translate "By", before it. */
export const AFTER_NAME_BY = 'द्वारा';
const TRAILING_BY = new RegExp(`\\s+(?:${AFTER_NAME_BY})$`, 'u');

// "By" in English, French, German, Spanish/Portuguese, Italian, Dutch, Scandinavian, Polish, Czech, Ukrainian, Arabic, Hindi, Urdu,
// Persian, Turkish, Hebrew, Greek,
// alone, after a verb of writing or publishing ("Publicado por:", "Écrit par"), as Polish abbreviates "compiled by"
// ("oprac."), or as a noun ("Autor:").
const LEAD = new RegExp(
  String.raw`^(?:(?:written|reported|words|text|story|posted|published)\s+by|(?:publicado|postado|escrito|enviado)\s+por|(?:publié|écrit|rédigé)\s+par|(?:veröffentlicht|geschrieben)\s+von|(?:pubblicato|scritto)\s+da|by|par|von|por|di|da|door|av|af|przez|sɣur|sghur|s\s+ufus\s+n|${WROTE_BY}|${OLEH}|oprac\.|${REPORTED_FOR}|${NOUN_BYLINE_LABELS}|reportagem|texto?|texte|текст|${UNCASED_BY})\s*:?\s+|^(?:${COLON_BYLINE_LABELS})\s*[${LABEL_COLON}]\s*|^${AFTER_NAME_BY}\s+`,
  'i',
);

// The same in scripts written without spaces or capitals, where the label is followed by a mark or a space:
// Japanese 文・, 記者, 筆者：, 著者：, 投稿者 (poster), 取材・文; Chinese 记者, 本报记者, 作者：, 文/; Korean 글. ("文部科学省", "記者会見" are words, not labels.)
const UNSPACED_LEAD =
  /^(?:取材・文|本[报報]記者|本报记者|記者|记者|投稿者|執筆者|筆者|著者|作者|文|글)(?:\s*[・／/:：|｜]\s*|\s+)/u;
// A title after the name instead: Japanese 佐藤花子記者, Chinese 张三记者, Korean 홍길동 기자.
const UNSPACED_TITLE = /\s*(?:記者|记者|기자)$/u;
// Where a Chinese reporter filed from, after a slash: 記者王小明／台北報導 (Taiwan), 记者李华/上海报道; 綜合報導 for a
// story put together from several (∕, U+2215, is how some Big5 tables read the full-width slash). With it, the name may follow 記者 with no mark between them.
const FILED_FROM_HAN = /\s*[／/∕]\s*\p{Script=Han}{1,8}(?:報導|报导|報道|报道)$/u;
const REPORTER_LEAD = /^(?:本[報报])?(?:記者|记者)\s*(?=\p{Script=Han})/u;
// The brackets Chinese papers set such a byline in at the head of the story: （記者…報導）, 〔記者…〕, 【記者…】.
const BYLINE_BRACKETS = /^[（(〔【［[]\s*([^（）()〔〕【】［］[\]]+?)\s*[）)〕】］\]]$/u;

// A Korean reporter's title after the name (홍길동 기자, 홍길동 특파원, 홍길동 선임기자), with or without a space.
const KOREAN_ROLE = '(?:(?:선임|전문|객원|인턴|수습|사진|영상|취재|시민)?기자|특파원|논설위원|편집위원|통신원)';
// A Korean name: two to four syllables, none of them the start of the title, ending where a mark, a space or the title begins.
const KOREAN_NAME = String.raw`(?:(?!${KOREAN_ROLE})\p{Script=Hangul}){2,4}(?=[\s·・,，=]|${KOREAN_ROLE}|$)`;
/**
 * A Korean byline: perhaps "글·사진" (words and pictures) or the agency's bracket, "(서울=연합뉴스)", "[서울=뉴시스]", and
 * the place filed from ("워싱턴="), then one or more names, joined by a middle dot, a comma or a space, then the title
 * (after a space or none: group 2 holds it), perhaps with the "=" that leads into the story or the writer's address.
 */
const KOREAN_BYLINE = new RegExp(
  String.raw`^(?:[(（[]\p{Script=Hangul}{1,8}\s*=\s*[^)）\]]{1,20}[)）\]]\s*)?(?:글\s*[·・/]\s*사진|글)?\s*[:：]?\s*(?:\p{Script=Hangul}{1,8}\s*=\s*)?(${KOREAN_NAME}(?:\s*[·・,，]\s*${KOREAN_NAME}|\s+${KOREAN_NAME})*)(\s*)(${KOREAN_ROLE})(?:\s*=|\s+\S+@\S+)?$`,
  'u',
);
// A paper's department or desk before the writer, not a writer: 사회부 (society desk), 취재팀, 편집국.
const KOREAN_DEPARTMENT = /^\p{Script=Hangul}+[부팀국]$/u;
// A Korean name as most are written: a one-syllable family name most Koreans carry and two syllables, or a
// two-syllable one and one or two. A word of the byline that is not one, among words, is part of a foreign name
// written in two words ("제임스 브라운") or a place ("도쿄", "북한 주재").
const KOREAN_FAMILY_NAME =
  /^(?:(?:남궁|황보|제갈|선우|독고|사공|서문)\p{Script=Hangul}{1,2}|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉]\p{Script=Hangul}{2})$/u;

/**
 * The names of a Korean byline as Korean papers print it; undefined for any other line. A department before the
 * writer is left out (사회부); a place joined to 특파원 is where the correspondent is posted (도쿄특파원); words
 * parted by spaces are writers each only when each reads as a Korean name, else one foreign name
 * ("제임스 브라운 객원기자"); a place alone before 특파원 ("워싱턴 특파원") names no one.
 * @example koreanBylineNames('홍길동·김철수 기자') // ['홍길동', '김철수']
 * @example koreanBylineNames('(서울=연합뉴스) 홍길동 김철수 기자 =') // ['홍길동', '김철수']
 * @example koreanBylineNames('워싱턴=홍길동 특파원') // ['홍길동']
 * @example koreanBylineNames('김철수 도쿄특파원') // ['김철수']
 */
export function koreanBylineNames(line: string): string[] | undefined {
  const match = KOREAN_BYLINE.exec(line.replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  const [, written = '', gap, role = ''] = match;
  // A correspondent's credit names the posting too, which is no writer: joined to the title ("도쿄특파원") or a
  // word of its own ("홍길동 도쿄 특파원", "워싱턴 특파원", "북한 주재 특파원").
  if (role === '특파원') {
    const words = written.split(/\s*[·・,，]\s*|\s+/);
    return (gap === '' ? words.slice(0, -1) : words).filter((word) => KOREAN_FAMILY_NAME.test(word));
  }
  const names = written.split(/\s*[·・,，]\s*/).flatMap((credit) => {
    const words = credit.split(' ').filter((word) => !KOREAN_DEPARTMENT.test(word));
    return words.every((word) => KOREAN_FAMILY_NAME.test(word)) ? words : [words.join(' ')];
  });
  return names.filter(Boolean);
}

/** A byline without the brackets a Chinese paper sets it in. @example unbracketed('（記者王小明／台北報導）') // '記者王小明／台北報導' */
function unbracketed(text: string): string {
  return BYLINE_BRACKETS.exec(text)?.[1] ?? text;
}

/**
 * The names of a Chinese reporter's credit with the place filed from, undefined for any other line:
 * 記者王小明／台北報導; in brackets, where the label may go (【王小明／台北報導】, as Apple Daily set it), names of
 * two to four characters.
 * @example filedFromNames('〔記者王小明、林志明／台北報導〕') // '王小明、林志明'
 */
function filedFromNames(line: string): string | undefined {
  const text = line.replace(/\s+/g, ' ').trim();
  const inner = unbracketed(text);
  if (!FILED_FROM_HAN.test(inner)) return undefined;
  const names = inner.replace(FILED_FROM_HAN, '');
  if (REPORTER_LEAD.test(names)) return names.replace(REPORTER_LEAD, '');
  return inner !== text && /^\p{Script=Han}{2,4}(?:\s*[、，,]\s*\p{Script=Han}{2,4})*$/u.test(names)
    ? names
    : undefined;
}

/**
 * Whether a line reads as a byline in a script without capitals or spaces
 * (Chinese, Japanese, Korean): a label before the name (文・山田太郎, 記者 佐藤花子)
 * or a reporter's title after it (佐藤花子記者, 홍길동 기자), in a short line.
 * @example isUnspacedByline('文・山田太郎') // true
 * @example isUnspacedByline('記者会見は午後に開かれた。') // false
 */
export function isUnspacedByline(line: string): boolean {
  const text = unbracketed(line.replace(/\s+/g, ' ').trim());
  if (text.length > 40 || endsSentence(text)) return false;
  return (
    UNSPACED_LEAD.test(text) ||
    filedFromNames(line) !== undefined ||
    (text.length <= 16 && UNSPACED_TITLE.test(text) && !/^(?:記者|记者|기자)$/u.test(text)) ||
    KOREAN_BYLINE.test(text)
  );
}

/**
 * A Chinese reporter's byline set in brackets at the head of the story's
 * first paragraph, or a Korean agency's before its "=", and the story after
 * it; undefined when it opens otherwise.
 * @example leadingByline('（記者王小明／台北報導）颱風今天登陸。') // ['（記者王小明／台北報導）', '颱風今天登陸。']
 * @example leadingByline('(서울=연합뉴스) 홍길동 기자 = 태풍이 상륙했다.') // ['(서울=연합뉴스) 홍길동 기자 =', '태풍이 상륙했다.']
 */
export function leadingByline(paragraph: string): [byline: string, rest: string] | undefined {
  const text = paragraph.trim();
  const korean = KOREAN_LEAD_IN.exec(text);
  if (korean && koreanBylineNames(korean[0])) {
    const rest = text.slice(korean[0].length).trim();
    return rest ? [korean[0].trim(), rest] : undefined;
  }
  const match = /^[（(〔【［[][^（）()〔〕【】［］[\]\n]{3,40}[）)〕】］\]]/u.exec(text);
  if (!match || filedFromNames(match[0]) === undefined) return undefined;
  const rest = text.slice(match[0].length).trim();
  return rest ? [match[0], rest] : undefined;
}

// A Korean agency's byline leading into the story's first paragraph, up to its "=": "(서울=연합뉴스) 홍길동 기자 = …",
// "워싱턴=홍길동 특파원 = …". The place filed from comes with it, so an "=" in a sentence leads into nothing.
const KOREAN_LEAD_IN = new RegExp(String.raw`^[^=]{1,30}=[^=]{1,40}?${KOREAN_ROLE}\s*=\s*`, 'u');

/**
 * Whether a line opens as a byline does, with "By" or its like in one of the
 * languages above: what tells a byline from a name that merely stands there.
 * @example hasBylineLabel('Publicado por: Clarissa Borba') // true
 */
export function hasBylineLabel(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  return (
    // "Napsal" (wrote) only before a name: "Napsal jsem dopis…" (I wrote a letter…) is a sentence.
    (LEAD.test(text) && (!WROTE_LABEL.test(text) || isWroteByline(text))) ||
    (TRAILING_BY.test(text) && text.split(' ').length <= 7) ||
    isUnspacedByline(line) ||
    // A South Asian or Iranian paper's credit to a role ("নিজস্ব প্রতিবেদক", "نمائندہ خصوصی"): the role is the
    // byline's mark, as 기자 is in Korean.
    isRoleCredit(text) ||
    // Greek's genitive article or "writes" before a name and nothing else ("Γράφει η Μαρία Κωνσταντίνου").
    GREEK_BYLINE.test(text)
  );
}
// "with" inside parentheses: co-authors, not a note.
const WITH = /\((?:with|avec|mit|con|com|met|med|z|se)\s+([^)]*)\)/gi;
// "and" between names in the same languages (Hungarian és, Romanian și with the comma below or the cedilla; Hindi और, एवं, तथा; Urdu اور; Bengali ও, এবং; Tamil மற்றும்; Amharic
// እና) (plus "&", commas and semicolons, Arabic's, CJK's and Ethiopic's ፣ ፤, and a line break where a page set each
// credit on a line of its own).
const JOIN =
  /\s*(?:,|،|;|&|、|，|；|፣|፤|\n|\s(?:and|et|und|y|e|en|och|og|i|a|oraz|ja|sowie|és|și|şi|і|й|та|и|και(?:\s+(?:του|της))?|और|एवं|तथा|اور|ও|এবং|மற்றும்|እና)\s)\s*/i;
// Words that end a byline (what follows is a role or a date, not a name); first in a part, they mean no person is named ("Our Foreign Staff", "Last updated").
const ROLE = new RegExp(
  String.raw`^(?:staff|senior|chief|special|foreign|political|economics|business|deputy|associate|contributing|editor|reporter|correspondent|writer|columnist|journalist|photographer|photos?|updated|published|posted|aktualisiert|mis|publié|last|our|the|from|team|admin|editorial|redaktion|rédaction|redaksi|mwandishi|desk|guest|software|engineer|developer|product|program|project|manager|director|head|vice|president|professor|researcher|scientist|analyst|designer|principal|lead|intern|edited|illustrated|translated|ceo|cto|cfo|coo|founder|co-founder|cofounder)\b|^(?:${INDIC_ROLES}|نمائندہ|بیورو|${THAI_DESKS})$`,
  'i',
);

const CALENDAR_WORD =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\.?,?';
// Glued to the name's last letter: a page that printed the date right after the byline, with no space.
const GLUED_DATE_WORD = new RegExp(`(?<=\\p{Ll})(?:${CALENDAR_WORD}\\s*)+$`, 'u');
// Spaced, but only right before where the day's digits were cut ("Associated Press November 19"): "Jane May, 12" keeps May.
const DATE_WORD_BEFORE_DAY = new RegExp(`\\s${CALENDAR_WORD.replace(',?', '')}\\s$`, 'u');
// On a line of its own, whatever its commas: the line of the date under the byline ("Monday, November 18, 2019").
const DATE_LINE = new RegExp(`\\n(?:${CALENDAR_WORD}\\s*)+$`, 'u');

// Where the writer filed from, after the name: "Tom Okafor in Lagos", "Ana Ruiz à Lyon", up to the next name
// ("Sam Jones in Madrid and Stephen Burgen in Barcelona"); a place may hold a comma ("in Stanstead, Quebec").
const FILED_FROM = /\s(?:in|à)\s+\p{Lu}.*?(?=\s(?:and|et|und|&)\s|$)/gmu;

// The job titles a beat comes before, written in running text (lowercase).
const JOB_TITLE = /^(?:editor|correspondent|reporter|writer|columnist|journalist|photographer|critic)$/;

// Degrees a byline prints after the name ("Brenda Quill, MA"): a part of their own, naming nobody.
const DEGREE =
  /^(?:M\.?A|M\.?S|MSc|M\.?D|Ph\.?D|DPhil|R\.?N|MPH|MBA|B\.?A|BSc|DDS|DVM|PharmD|EdD|CPA|RDN?|LDN?|CDE|CNS|F?NP)\.?$/;

// Generational suffixes, part of the name even where a job title follows it.
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|V)$/;

// The day printed before the byline's label, as blogs and many news systems set it: "Wednesday January 18, 2017
// 10:44 am PST by Juli Clover", "January 17, 2017 at 6:08 PM ET by Kori Schulman". Only a label after digits counts.
const LEAD_AFTER_DATE = /\s(?:by|par|von|por|door|przez)\s+(?=\p{Lu})/gu;

/** The byline without the date its first line prints before its label; found label by label, in linear time. */
function withoutDateBeforeLead(text: string): string {
  const firstLine = text.slice(0, text.includes('\n') ? text.indexOf('\n') : text.length);
  for (const lead of firstLine.matchAll(LEAD_AFTER_DATE))
    if (/\d/.test(firstLine.slice(0, lead.index))) return text.slice(lead.index + lead[0].length);
  return text;
}

/**
 * Whether text ends in a byline's label ("By", "Par"…), as a label set in an
 * element of its own does.
 * @example endsInBylineLabel('By') // true
 */
export function endsInBylineLabel(text: string): boolean {
  return /(?:^|\s)(?:by|par|von|por|door|przez|av|af)\s*:?$/i.test(text.trim());
}

/**
 * Whether text begins with a writer's title or role ("Staff Writer", "Senior Correspondent").
 * @example startsWithRole('Staff Writer') // true
 */
export function startsWithRole(text: string): boolean {
  return ROLE.test(text.trim());
}

// The paper's desk, the editorial office (or board), in the languages the site ships: English, German, French, Spanish,
// Portuguese (Brazil's redação, Portugal's redacção), Italian, Polish, Indonesian, Dutch, Hindi, Urdu, Thai.
const DESK = String.raw`staff|desk|team|board|redaktion|rédaction|redacci[oó]n|reda[cç][aã]o|redacção|redazione|redakcja|redaksi|redactie|ब्यूरो|डेस्क|بیورو|${THAI_DESKS}`;
// The word a credit to no person ends with: a desk ("Staff", "Editorial desk", "la rédaction", "Redazione",
// กองบรรณาธิการ) or a role alone ("Staff Reporter"); ROLE's other words ("Our Foreign", "the editorial") or an article
// may come before it.
const NOBODY = new RegExp(String.raw`^(?:${DESK}|editor|reporter|correspondent|writer)$`, 'iu');
const DESK_WORD = new RegExp(String.raw`^(?:${DESK})$`, 'iu');
// The articles and "of the" before a desk: "la Redacción", "der Redaktion", "de redactie", "a redação", "della redazione".
const ARTICLE = /^(?:la|le|les|die|der|el|il|de|het|a|da|do|della|dalla|the)$/i;
// A team before the desk: Indonesian "Tim Redaksi", Spanish "Equipo de Redacción" ("Tim" alone is a name, so not a ROLE).
const DESK_TEAM = /^(?:tim|equipo|equipe|équipe|zespół)$/i;
// The labels of a desk's credit that bylines.ts reads only before a name of two words ("Oleh Redaksi"), and Italian's
// "edited by" ("A cura della redazione").
const DESK_LEAD = /^(?:oleh|a cura)\s+/i;

/**
 * Whether a credit names a desk or a role and no one, its label ("By", "เรื่อง:", "ข่าวโดย"…) taken off: a
 * paper's own credit, which is no author and no story either. "The" alone before a role is a publication's name
 * ("The Correspondent", "The Reporter"); before a desk, the desk ("By The Staff").
 * @example isDeskCredit('By Our Foreign Staff') // true
 * @example isDeskCredit('เรื่อง: กองบรรณาธิการ') // true
 * @example isDeskCredit('Por la Redacción') // true
 * @example isDeskCredit('নিজস্ব প্রতিবেদক, ঢাকা') // true
 * @example isDeskCredit('نمائندہ خصوصی') // true
 * @example isDeskCredit('By The Numbers') // false
 * @example isDeskCredit('The Correspondent') // false
 */
export function isDeskCredit(line: string): boolean {
  const words = line
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD, '')
    .replace(DESK_LEAD, '')
    .replace(/[\s.:]+$/, '')
    .split(' ');
  const last = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  if (isRoleCredit(words.join(' '))) return true;
  return (
    words.length <= 4 &&
    NOBODY.test(last) &&
    before.every((word) => ROLE.test(word) || ARTICLE.test(word) || DESK_TEAM.test(word)) &&
    (DESK_WORD.test(last) || !before.every((word) => ARTICLE.test(word)) || before.length === 0)
  );
}

// The news agencies a credit names ("(PAP)", "Jan Novák, ČTK", "خبرنگار ایرنا"), each as it writes itself: brackets
// also hold the kind of story ("(VIDEO)", "(UPDATED)") or a politician's party ("Donald Tusk (KO)"), in the same
// capitals.
const AGENCY_NAMES: readonly string[] = [
  ...['AP', 'AFP', 'Reuters', 'dpa', 'EFE', 'ANSA', 'Lusa', 'ANP', 'Belga', 'APA', 'SDA', 'ATS', 'Keystone', 'KNA'],
  ...['PAP', 'IAR', 'KAI', 'ČTK', 'CTK', 'TASR', 'MTI', 'STA', 'HINA', 'Tanjug', 'BTA', 'MIA', 'ATA', 'Agerpres'],
  ...['NTB', 'TT', 'STT', 'Ritzau', 'LETA', 'BNS', 'ELTA', 'TASS', 'RIA', 'Interfax', 'UNIAN', 'Ukrinform', 'AA'],
  ...['DHA', 'IHA', 'ANKA', 'IRNA', 'ISNA', 'KUNA', 'WAM', 'SPA', 'MENA', 'QNA', 'PTI', 'IANS', 'ANI', 'UNI'],
  ...['Antara', 'Bernama', 'Xinhua', 'Kyodo', 'Jiji', 'Yonhap', 'CNA', 'AAP', 'CP', 'EPA', 'PA', 'ANA', 'AMNA'],
  // Greece's and Cyprus's agencies in their letters and in Latin ones; Slovakia's other; Italy's others; Romania's.
  ...['ΑΠΕ-ΜΠΕ', 'ΑΠΕ', 'ANA-MPA', 'ΚΥΠΕ', 'SITA', 'AGI', 'Adnkronos', 'Mediafax', 'FENA', 'Notimex', 'Télam'],
  // Iran's, in Persian letters: IRNA, ISNA, ILNA, Tasnim.
  ...['ایرنا', 'ایسنا', 'ایلنا', 'تسنیم'],
];
/** The news agencies a credit names (AGENCY_NAMES), in lower case. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(AGENCY_NAMES.map((agency) => agency.toLowerCase()));
const AGENCY_SPELLINGS = new Map(AGENCY_NAMES.map((agency) => [agency.toLowerCase(), agency]));

/**
 * Whether a word names a news agency as the agency writes itself, or in capitals: "Reuters", "REUTERS", "dpa", "ČTK";
 * not "Spa", "Uni" or "Ana", words that an agency's name (SPA, UNI, ANA) spells too. What an agency alone on a line,
 * without brackets, must be.
 * @example isAgencyAsWritten('SPA') // true
 * @example isAgencyAsWritten('Spa') // false
 */
export function isAgencyAsWritten(word: string): boolean {
  const own = AGENCY_SPELLINGS.get(word.toLowerCase());
  return own !== undefined && (word === own || word === word.toUpperCase());
}

/**
 * The news agency a credit to a role names, as an Iranian paper credits an agency's reporter: "خبرنگار ایرنا"
 * (IRNA's reporter). Undefined for any other line.
 * @example deskAgency('خبرنگار ایرنا') // 'ایرنا'
 */
export function deskAgency(line: string): string | undefined {
  if (!isDeskCredit(line)) return undefined;
  return line.split(/[\s,،]+/).find((word) => NEWS_AGENCIES.has(word.toLowerCase()));
}

/** What the summary says of a credit left out for naming a desk, no writer. */
export const deskNote = (line: string) => `left out the credit "${line}", which names the paper's desk, no writer`;

// Before a date: on, at, le, am, em, el, il, op, den, às; or a label saying what the date is, a verb of publishing
// ("Teksti: Hannu Järvinen Julkaistu 12.3.2014", "By Ada Quill Published 3 May 2021") or of updating.
const DATE_PREPOSITION = new RegExp(
  String.raw`\s(?:on|at|le|am|em|el|il|op|den|às|a las|${PUBLISHED_LABEL_SOURCE}|(?:last\s+)?updated|päivitetty|uppdaterad|oppdatert|opdateret|a[žz]urirano|ажурирано)\s*$`,
  'iu',
);

// Where a byline goes on past its writers: a separator, or an editor's or a picture's credit (PHOTO_LABELS).
const AFTER_WRITERS = new RegExp(
  String.raw`\s[|•·–—]\s|\s-\s|\||\s(?:editor|penyunting|redaktur|${PHOTO_LABELS})\s*:`,
  'iu',
);

/** Where a byline sets its parts apart: a spaced bar or dot. */
const BYLINE_PARTS = /\s[|·•]\s/u;

/**
 * The part of a byline that its label opens, where a bar or dot sets it beside others: a section's label before it
 * ("Opinion | By Ada Quill", "Opinión | Por Clara Benítez"), the day and the reading time after it ("Words by Ana
 * Ruiz · July 2, 2018 · 9 min read"); the line as it is where no part is labelled.
 * @example labelledPart('Opinion | By Ada Quill') // 'By Ada Quill'
 */
function labelledPart(line: string): string {
  const parts = line.split(BYLINE_PARTS);
  return (parts.length > 1 ? parts.find((part) => LEAD.test(part.trim()))?.trim() : undefined) ?? line;
}

/**
 * The person names in a byline, in order, without repeats.
 * @example bylineNames('By Ada Quill and Bram Ott') // ['Ada Quill', 'Bram Ott']
 * @example bylineNames('Martin Untersinger (avec Damien Leloup et Morgane Tual)') // ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']
 * @example bylineNames('by Lucas Nolan22 Dec 2016651') // ['Lucas Nolan']
 * @example bylineNames('Jeff FoustMonday, November 18, 2019') // ['Jeff Foust']
 * @example bylineNames('文・山田太郎、鈴木一郎') // ['山田太郎', '鈴木一郎']
 * @example bylineNames('（記者王小明、林志明／台北報導）') // ['王小明', '林志明']
 * @example bylineNames('By ERIC TUCKER\nAssociated Press') // ['Eric Tucker']
 * @example bylineNames('Smith, J.; Jones, Kate') // ['J. Smith', 'Kate Jones']
 */
export function bylineNames(line: string): string[] {
  const byline = labelledPart(line);
  // A credit to the paper's desk names no one: "Por la Redacción" is no writer called "la Redacción".
  if (isDeskCredit(byline)) return [];
  const korean = koreanBylineNames(byline);
  if (korean) return korean;
  // Line breaks are kept (one home of a credit each): spaces and tabs become one space.
  let text =
    filedFromNames(byline) ??
    unbracketed(
      withoutDateBeforeLead(
        byline
          .replace(/[^\S\n]+/g, ' ')
          .replace(/ ?\n\s*/g, '\n')
          .trim(),
      ),
    );
  text = text
    .replace(LEAD, '')
    .replace(GREEK_LEAD, '')
    .replace(ROMANIAN_BY, '')
    .replace(TRAILING_BY, '')
    .replace(UNSPACED_LEAD, '')
    .replace(UNSPACED_TITLE, '');
  // A newspaper named on a line of its own under the writer is where they work ("By Ada Quill\nHarbour Post"); joined
  // to a name by a comma or "and", it may be a writer called Post.
  text = text
    .split('\n')
    .filter((line, index) => index === 0 || !isNewspaperName(line))
    .join('\n')
    .replace(WITH, ', $1')
    .replace(/\([^)]*\)/g, ' ')
    .replace(FILED_FROM, '')
    .replace(INDIC_FILED_FROM, '');
  // A name has no digits: a date or a count glued on ends it, and so does the
  // month or weekday that began the date ("Carrie ArnoldNovember 15", "Jeff FoustMonday").
  text = (text.split(/\d/)[0] ?? '')
    .replace(DATE_WORD_BEFORE_DAY, '')
    .replace(DATE_LINE, '')
    .replace(GLUED_DATE_WORD, '')
    // The word that led into the cut date: "Albert on 2019-02-15", "Ana em 05/10", "Jean le 4 mai".
    .replace(DATE_PREPOSITION, '');
  // Separators pages put between the byline and what follows it, and the editor's credit after the writer's
  // ("Penulis: Nona Pattinama Editor: Hendrik Latuheru") or the photographer's ("Teksti: Matti Virtanen Kuva: Anni
  // Salo"), which names no writer.
  text = text.split(AFTER_WRITERS)[0] ?? '';
  const names: string[] = [];
  for (const part of bylineParts(arabicAnd(text).replace(LOWER_CASE_AND, ' & '))) {
    const name = cleanName(part);
    // An agency's or desk's credit after a writer's name is where they work ("Ada Quill, Associated Press").
    if (name && names.some((seen) => !isOrganisationCredit(seen)) && isOrganisationCredit(name)) continue;
    if (name && !names.some((seen) => seen.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names;
}

// A family name written first, as bibliographies and library feeds do ("Smith, J.", "van der Berg, Anna"): one
// capitalised word, perhaps after its particles. No dots or digits ("HarbourPost.com" is a site) and not all capitals
// ("AFP, Reuters" are two agencies).
const PARTICLES = String.raw`(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Ll]a|[Ll]e|[Tt]er|[Tt]en|[Aa]l|[Ee]l|bin|ibn)`;
const FAMILY_NAME = new RegExp(String.raw`^(?:${PARTICLES}\s+)*\p{Lu}[\p{L}\p{M}'’-]*$`, 'u');
// The particles of the family name may instead follow the given names, as Dutch and German catalogues write
// them ("Jong, Michiel de" is Michiel de Jong; "Berg, A. van der").
const TRAILING_PARTICLES = String.raw`(?:\s${PARTICLES})*`;
// Initials alone ("J.", "J. K.", "J.-P."): never a name of their own, so always the given names of the word before.
const INITIALS = new RegExp(String.raw`^\p{Lu}\.(?:[\s-]*\p{Lu}\.)*${TRAILING_PARTICLES}$`, 'u');
// Given names after the comma: one to three capitalised words or initials ("Kate", "John Q.", "Mary-Anne").
const GIVEN_NAMES = new RegExp(
  String.raw`^(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?:\s(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)){0,2}${TRAILING_PARTICLES}$`,
  'u',
);

/**
 * The credits a line joins with "and" (in the languages of JOIN: Czech and Slovak "a", Greek "και"…), "&" or commas,
 * each as written: what tells "Jana Malá a Petr Veselý" from one name.
 * @example joinedNames('Jana Malá a Petr Veselý') // ['Jana Malá', 'Petr Veselý']
 */
export function joinedNames(line: string): string[] {
  return line
    .split(JOIN)
    .map((part) => part.trim())
    .filter(Boolean);
}

// JOIN, its separators kept in what a split returns.
const JOIN_KEPT = new RegExp(`(${JOIN.source})`, JOIN.flags);

/**
 * A byline cut into its credits, each a name in reading order. Names written
 * family name first ("Smith, J.; Jones, K.", "Smith, John and Jones, Kate",
 * "Doe, J.") are turned round ("J. Smith"): initials after a comma always
 * belong to the name before them; given names do when every credit of the
 * byline is written so, since "Alice Brown, Bob Green" or "Brown, Green and
 * White" list people at their commas.
 */
function bylineParts(text: string): string[] {
  // Credits and what separates them; only commas may separate a family name from its given names.
  const credits: string[][] = [[]];
  const pieces = text.split(JOIN_KEPT);
  let comma = true;
  for (const [at, piece] of pieces.entries()) {
    if (at % 2 === 1) {
      comma &&= piece.trim() === ',';
      continue;
    }
    if (!piece.trim()) continue;
    const last = credits.at(-1) ?? [];
    if (!comma && last.length > 0) credits.push([piece]);
    else last.push(piece);
    comma = true;
  }
  const isFamily = (part: string) =>
    FAMILY_NAME.test(part.trim()) && /\p{Ll}/u.test(part) && !ROLE.test(part.trim()) && !isOrganisationCredit(part);
  const isGiven = (part: string) =>
    INITIALS.test(part.trim()) ||
    (GIVEN_NAMES.test(part.trim()) &&
      !ROLE.test(part.trim()) &&
      !DEGREE.test(part.trim()) &&
      !isOrganisationCredit(part));
  const inverted = credits.every(
    (credit) => credit.length === 2 && isFamily(credit[0] ?? '') && isGiven(credit[1] ?? ''),
  );
  return credits.flatMap((credit) => {
    const parts: string[] = [];
    for (let at = 0; at < credit.length; at++) {
      const [part = '', next = ''] = [credit[at], credit[at + 1]];
      if (isFamily(part) && (INITIALS.test(next.trim()) || (inverted && isGiven(next)))) {
        parts.push(`${next.trim()} ${part.trim()}`);
        at++;
      } else parts.push(part);
    }
    return parts;
  });
}

/**
 * Whether a string reads as a person's name: letters, one to six words, at
 * least one capital, no address or handle.
 * @example looksLikeName('Dan Goodin') // true
 * @example looksLikeName('devindra') // false
 * @example looksLikeName('ნინო ბერიძე') // true
 */
export function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  if (words.length > 6 || text.length > 60) return false;
  if (/[@/\\:=<>{}[\]#_]|https?|www\./i.test(text)) return false;
  if (!/^\p{L}/u.test(text)) return false;
  // Scripts with capitals (Latin, Cyrillic, Greek) capitalise names; Chinese, Japanese, Arabic… have none to check,
  // nor has Georgian, whose everyday letters Unicode calls lower case (its capitals, Mtavruli, are for headings): a
  // Georgian name is two to four words.
  const georgian = /^\p{Script=Georgian}/u.test(text);
  if (georgian && (words.length < 2 || words.length > 4)) return false;
  const cased = !georgian && /[\p{Lu}\p{Ll}]/u.test(text);
  if (cased && !/\p{Lu}/u.test(text)) return false;
  // Chinese, Japanese and Korean names are a few characters; Arabic ones run longer ("عبد الرحمن بن وهب").
  if (!cased && UNSPACED_SCRIPT.test(text) && text.length > 12) return false;
  // Month and weekday names alone are what is left of a date ("Wednesday", "Dec"), not a person.
  if (words.every((word) => CALENDAR_ONLY.test(word))) return false;
  // A company's legal form ("Condé Nast Inc.", "mediagene Inc.", "Example Ltd", "サンプル株式会社") names no writer.
  if (COMPANY.test(text)) return false;
  // The label of a link to the writer's profile on a social network, read with the name ("Rebecca Hersher Twitter").
  if (SOCIAL.test(text)) return false;
  // The middle dot joins the parts of a foreign name written in Japanese (ジョン・スミス) or Chinese (约翰·史密斯).
  return words.every((word) => /^[\p{L}\p{M}'’.・·-]+$/u.test(word));
}

const CALENDAR_ONLY = new RegExp(`^${CALENDAR_WORD}$`, 'i');
/**
 * A company's legal form written with a stop, which the name keeps ("Harbour Media Ltd.", "Editora S.A.", Czech
 * "Brněnský kurýr, s.r.o.", "a. s.", "spol. s r.o."): a regular-expression alternation, without that stop.
 */
export const ABBREVIATED_LEGAL_FORM = String.raw`Inc|Ltd|Corp|Pty|Ltda|L\.L\.C|S\.A|S\.p\.A|S\.r\.l|B\.V|N\.V|K\.K|e\.\s?V|(?:s\.\s?)?r\.\s?o|a\.\s?s|v\.\s?o\.\s?s`;
const COMPANY = new RegExp(
  String.raw`(?:\s(?:${ABBREVIATED_LEGAL_FORM}|LLC|plc|PLC|GmbH|AG)\.?|株式会社|有限会社)$|^(?:株式会社|有限会社)`,
  'u',
);
const SOCIAL = /^(?:twitter|x|facebook|instagram|linkedin|threads|mastodon|bluesky|tiktok|youtube|email|e-mail|rss)$/i;

// Scripts written without spaces between words, whose names are short runs of characters.
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Arabic's "and" (و) between names, as the Arabic comma: written apart, or
 * joined to the next name as Arabic writes it ("سارة الخطيب ومحمد العلي").
 * A name may begin with و (وليد, وفاء) or hold one (بن وهب), so a joined و
 * counts only between two names of two words or more each, the first of
 * them able to end there (endsName).
 * @example arabicAnd('سارة الخطيب ومحمد العلي') // 'سارة الخطيب، محمد العلي'
 * @example arabicAnd('محمد وليد الأحمد') // 'محمد وليد الأحمد'
 * @example arabicAnd('عبد الله وليد الأحمد') // 'عبد الله وليد الأحمد'
 */
export function arabicAnd(text: string): string {
  return text
    .split(/(\s*[،,;؛\n]\s*)/u)
    .map((part, at) =>
      at % 2 === 1 ? part : splitJoinedAnd(part.replace(/(?<=\p{Script=Arabic}) و (?=\p{Script=Arabic})/gu, '، ')),
    )
    .join('');
}

// Words that begin a compound name and so never end one: بن and بنت ("son of", "daughter of"), أبو, أم, عبد (عبد الله).
const NAME_PARTICLE = /^(?:بن|بنت|ابن|ابنة|أبو|أبي|أبا|أم|عبد)$/u;

/**
 * Whether the words before a joined و may end a whole name: neither of the
 * last two is a particle, so the name is not still going on ("محمد بن وليد",
 * "أبو بكر وفيق", "عبد الله وليد" are one name each).
 */
function endsName(words: readonly string[]): boolean {
  return !NAME_PARTICLE.test(words.at(-1) ?? '') && !NAME_PARTICLE.test(words.at(-2) ?? '');
}

function splitJoinedAnd(part: string): string {
  const words = part.split(' ');
  const at = words.findIndex(
    (word, i) => i >= 2 && i <= words.length - 2 && /^و\p{Script=Arabic}{2}/u.test(word) && endsName(words.slice(0, i)),
  );
  if (at < 0) return part;
  const rest = [words[at]!.slice(1), ...words.slice(at + 1)].join(' ');
  return `${words.slice(0, at).join(' ')}، ${splitJoinedAnd(rest)}`;
}

function cleanName(part: string): string | undefined {
  const words = part
    // Ethiopic's wordspace, colon, commas and full stop too ("ዮናስ መኮንን።").
    .replace(/^[\s,.;:፡፥፣፤]+|[\s,;:፡፥፣፤።]+$/g, '')
    .split(' ')
    .filter(Boolean);
  // "The" and "Our" open a desk's credit ("Our Foreign Staff"); inside a name they are part of it ("First Dog on the Moon").
  if (words.length === 1 && DEGREE.test(words[0] ?? '')) return undefined;
  const end = words.findIndex((word, at) => ROLE.test(word) && !(at > 0 && /^(?:the|our)$/i.test(word)));
  if (end === 0) return undefined; // "Staff Writer": a role on its own
  // One word before a capitalised role: a desk's credit ("Wire Desk", "Macworld Staff"), which the word alone
  // would misname; before a lowercase one, a job title ("Transport correspondent") that names nobody.
  if (end === 1) {
    const credit = words.join(' ');
    return /^\p{Lu}/u.test(words[1] ?? '') && looksLikeName(credit) ? credit : undefined;
  }
  const joined = (end === -1 ? words : nameBeforeRole(words.slice(0, end), words[end] ?? '')).join(' ');
  // A closing full stop goes, unless it ends an initial ("Ada Q.").
  const kept = /(?:^|\s)\p{Lu}\.$/u.test(joined) ? joined : joined.replace(/\.$/, '');
  if (!kept || !looksLikeName(kept)) return undefined;
  // "JOE HILDEBRAND": shouting is typography, not the name. One short word alone is an agency's initials ("PTI", "AFP").
  return /\p{Ll}/u.test(kept) || /^\p{Lu}{2,4}$/u.test(kept)
    ? kept
    : kept
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
        // Turkish İ lowercases to i and a combining dot: a capital again at a name's start (İlker), an i inside it
        // ("DEMİR" is Demir).
        .replaceAll('i\u0307', 'i')
        .normalize('NFC');
}

/**
 * The name in the words before a job title: a title written in running text
 * (lowercase, "Environment editor", "Africa correspondent") carries its beat
 * before it, so of three words or more only the first two are the name (and a
 * generational suffix after them).
 * @example nameBeforeRole(['Ama', 'Owusu', 'Environment'], 'editor') // ['Ama', 'Owusu']
 */
function nameBeforeRole(words: string[], role: string): string[] {
  if (words.length < 3 || !JOB_TITLE.test(role)) return words;
  return SUFFIX.test(words[2] ?? '') ? words.slice(0, 3) : words.slice(0, 2);
}
