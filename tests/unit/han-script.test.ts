import { describe, expect, test } from 'vitest';
import { hanScript, SCRIPT_PAIRS } from '../../src/lib/han-script.ts';

describe('hanScript', () => {
  test.each([
    ['上海国际港务集团今天发布数据，今年前两个月集装箱吞吐量再创历史新高。', 'Hans'],
    ['农业农村部今天宣布，长江流域重点水域将实行为期十年的禁捕。', 'Hans'],
    ['基隆港務分公司統計，去年郵輪旅客人次達九十六萬，創下歷史新高。', 'Hant'],
    ['颱風過境　花蓮停班停課', 'Hant'],
    // A Traditional story that quotes a mainland name or two stays Traditional.
    ['立法院今天三讀通過條例修正案，新华社也報導了這個消息，業者表示會配合。國內外都很關注這項議題的發展。', 'Hant'],
  ])('%s is %s', (text, script) => {
    expect(hanScript(text)).toBe(script);
  });

  test.each(['Harbour news', '台北', '中文', ''])('%j does not tell', (text) => {
    expect(hanScript(text)).toBeUndefined();
  });

  test('each pair is one character written two ways, each character in one pair', () => {
    const all = SCRIPT_PAIRS.flat();
    expect(
      SCRIPT_PAIRS.every(
        ([simplified, traditional]) =>
          [...simplified].length === 1 && [...traditional].length === 1 && simplified !== traditional,
      ),
    ).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });
});
