/**
 * Which of Chinese's two scripts a text is written in: Simplified (`Hans`, the
 * mainland and Singapore) or Traditional (`Hant`, Taiwan, Hong Kong and Macau).
 * Told by the common characters each script writes its own way (这/這, 国/國):
 * a news story holds dozens of them, so a short list decides, with no model
 * and no full conversion table. Not a converter: searching one script for the
 * other's forms would need the whole table (OpenCC's), which this is not.
 */

// Pairs of characters, Simplified above Traditional, among the most frequent in news text. Each is written only
// in its own script (台, 后, 里, 面, 干 are left out: Traditional text writes them too).
const SIMPLIFIED =
  '这个们国来时说会为发对经过还进开关长门问东车现实间点万与业学动没见种产从当应头机气无电书区华将题让认总报条场数济议决众队记统达责义导级称员县处务难码维网读钱边军样么号计渔启岁乡厅闻讯纪录运输际础质则馆图传农亿环节预险专阳创历风湾飞显铁线术结组织给约价银广药医师标规类战罗蓝兰龙鸟鱼马';
const TRADITIONAL =
  '這個們國來時說會為發對經過還進開關長門問東車現實間點萬與業學動沒見種產從當應頭機氣無電書區華將題讓認總報條場數濟議決眾隊記統達責義導級稱員縣處務難碼維網讀錢邊軍樣麼號計漁啟歲鄉廳聞訊紀錄運輸際礎質則館圖傳農億環節預險專陽創歷風灣飛顯鐵線術結組織給約價銀廣藥醫師標規類戰羅藍蘭龍鳥魚馬';

const SIMPLIFIED_ONLY = new Set(SIMPLIFIED);
const TRADITIONAL_ONLY = new Set(TRADITIONAL);

/**
 * The script of a Chinese text: `Hans` or `Hant` when at least two of its
 * characters are written one script's way and three times as many as the
 * other's (a Traditional story quoting a mainland name stays Traditional);
 * undefined for a text that does not tell (too short, mixed, not Chinese).
 * @example hanScript('上海港集装箱吞吐量创新高，这是历史纪录。') // 'Hans'
 * @example hanScript('基隆港郵輪旅客人數創新高，這是歷史紀錄。') // 'Hant'
 * @example hanScript('Harbour news') // undefined
 */
export function hanScript(text: string): 'Hans' | 'Hant' | undefined {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED_ONLY.has(char)) simplified++;
    else if (TRADITIONAL_ONLY.has(char)) traditional++;
  }
  if (simplified >= 2 && simplified >= traditional * 3) return 'Hans';
  if (traditional >= 2 && traditional >= simplified * 3) return 'Hant';
  return undefined;
}

/** The pairs, for a test that each is written one way in each script. */
export const SCRIPT_PAIRS: readonly [simplified: string, traditional: string][] = [...SIMPLIFIED].map((char, at) => [
  char,
  [...TRADITIONAL][at] ?? '',
]);
