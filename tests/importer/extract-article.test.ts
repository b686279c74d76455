// Running Readability on a saved page: what extract-article.ts does to the page before Readability sees it.
import { describe, expect, test } from 'vitest';
import { hasProse, hiddenClassesInStyles } from '../../src/importer/extract-article.ts';

describe('classes a page’s styles hide from the eye', () => {
  test.each([
    ['.css-1q2{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);}', ['css-1q2']],
    ['.a,.hide-me{-webkit-clip:rect(0,0,0,0);clip:rect(0px, 0px, 0px, 0px);height:1px;width:1px}', ['a', 'hide-me']],
    // A label hidden inside one box only, or on narrow screens only, is not hidden everywhere.
    ['.credit .label{clip:rect(0 0 0 0);width:1px;height:1px}', []],
    ['@media (max-width:600px){.cr{clip:rect(0 0 0 0);width:1px;height:1px}}.x{color:red}', []],
    ['/* .y{} */ .z{clip:rect(0 0 0 0);width:1px}', ['z']],
    ['.sr{clip-path:inset(50%);width:1px;height:1px;overflow:hidden}', ['sr']],
    // A picture clipped for a sprite, or a 1px rule line: seen, not hidden.
    ['.logo{clip:rect(0 40px 20px 0);width:40px}.rule{height:1px;background:#ccc}', []],
  ])('%s hides %j', (css, hidden) => {
    expect([...hiddenClassesInStyles(css)]).toEqual(hidden);
  });
});

test('a sentence closed by a full stop of any script is prose: Hindi’s danda after a vowel sign, Urdu’s ۔', () => {
  expect(hasProse('पुल खोल दिया गया।')).toBe(true);
  expect(hasProse('پل کھول دیا گیا۔')).toBe(true);
  expect(hasProse('मुखपृष्ठ कृषि खेल')).toBe(false);
});
