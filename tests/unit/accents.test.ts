// Month names typed without their letters' accents (src/lib/accents.ts).
import { expect, test } from 'vitest';
import { withoutAccents } from '../../src/lib/accents.ts';

test('accents over and under letters go, whatever the script, and the letters stay', () => {
  expect(withoutAccents('août')).toBe('aout');
  expect(withoutAccents('ΜΑΪΟΥ')).toBe('ΜΑΙΟΥ');
  expect(withoutAccents('Φεβρουαρίου')).toBe('Φεβρουαριου');
  expect(withoutAccents('Şubat')).toBe('Subat');
  expect(withoutAccents('Tháng Mười')).toBe('Thang Muoi');
  expect(withoutAccents('mai')).toBe('mai');
  // A letter of its own, not an accented one: kept.
  expect(withoutAccents('Ağustos ı')).toBe('Agustos ı');
  expect(withoutAccents('październik ł')).toBe('pazdziernik ł');
  // Dari's hamza above; Hindi's nukta, which many keyboards leave out.
  expect(withoutAccents('سنبلهٔ')).toBe('سنبله');
  expect(withoutAccents('फ़रवरी')).toBe('फरवरी');
});

test('the vowel signs that spell words in the scripts of India and South-East Asia stay', () => {
  for (const word of ['जून', 'जनवरी', 'มิถุนายน', 'ဇူလိုင်'] as const) expect(withoutAccents(word), word).toBe(word);
});
