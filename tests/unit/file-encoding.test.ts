import { describe, expect, it } from 'vitest';
import { notUtf8Problem } from '../../src/content/file-encoding.ts';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('notUtf8Problem', () => {
  it('accepts UTF-8, with or without a byte-order mark, whatever its script', () => {
    expect(notUtf8Problem(Buffer.from('---\ntitle: Café, 東京, مرحبا, 🦀\n---\n'))).toBeUndefined();
    expect(notUtf8Problem(Buffer.from('\uFEFF---\ntitle: A\n---\n'))).toBeUndefined();
    // A replacement character written on purpose is text like any other.
    expect(notUtf8Problem(Buffer.from('title: A \uFFFD B'))).toBeUndefined();
  });

  it('names the first unreadable byte of a Windows-1252 or Latin-1 file with its line and column', () => {
    const problem = notUtf8Problem(latin1('---\ntitle: "Café du port"\n---\n\nLe café a fermé.\n'));
    expect(problem).toMatch(/^is not UTF-8 text: byte 0xE9 at line 2, column 12 cannot be read; save it as UTF-8/);
  });

  it('counts columns in characters, after UTF-8 letters on the same line', () => {
    const bytes = Buffer.concat([Buffer.from('title: 東京 '), latin1('é')]);
    expect(notUtf8Problem(bytes)).toMatch(/byte 0xE9 at line 1, column 11 /);
  });

  it('says a UTF-16 file is one', () => {
    const notepad = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ntitle: A\n', 'utf16le')]);
    expect(notUtf8Problem(notepad)).toMatch(/^is UTF-16 text, not UTF-8: save it as UTF-8/);
  });

  it.each([
    ['an overlong form', [0x41, 0xc0, 0xaf], 2],
    ['a surrogate', [0x41, 0x42, 0xed, 0xa0, 0x80], 3],
    ['a character cut short at the end', [0x41, 0xe6, 0x9d], 2],
    ['a lone continuation byte', [0x41, 0x80], 2],
  ])('finds %s', (_, bytes, column) => {
    expect(notUtf8Problem(Uint8Array.from(bytes))).toMatch(new RegExp(`at line 1, column ${column} `));
  });
});
