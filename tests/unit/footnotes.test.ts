import { describe, expect, test } from 'vitest';
import { localizeFootnotes } from '../../src/queries/article-body.ts';
import { renderWithSatteri } from '../../src/markdown/pipeline.ts';
import { interfaceFor } from '../../src/i18n/interface.ts';

describe('footnote labels in the site’s language', () => {
  const { html } = renderWithSatteri('La nota.[^1] Otra vez.[^1]\n\n[^1]: Según el acta del consejo.\n');
  const spanish = interfaceFor('es');
  const labels = {
    heading: spanish.t('article.footnotes'),
    back: (reference: string) => spanish.t('article.footnoteBack', { reference }),
  };

  test('the heading and every link back, as the pipeline wrote them in English, are given the site’s words', () => {
    const localized = localizeFootnotes(html, labels);
    expect(html).toContain('>Footnotes<');
    expect(localized).not.toMatch(/Footnotes|Back to reference/);
    expect(localized).toContain('<h2 class="sr-only" id="footnote-label" data-pagefind-ignore="">Notas<a');
    expect(localized).toContain('aria-label="Volver a la referencia 1"');
    expect(localized).toContain('aria-label="Volver a la referencia 1-2"');
    // The footnote's own text is the article's, untouched.
    expect(localized).toContain('Según el acta del consejo.');
  });

  test('labels in another language than the body say so; their text is escaped', () => {
    const localized = localizeFootnotes(html, {
      heading: 'Notes & "refs"',
      back: (n) => `<${n}>`,
      lang: { lang: 'ar', dir: 'rtl' },
    });
    expect(localized).toContain('data-pagefind-ignore="" lang="ar" dir="rtl">Notes &amp; &quot;refs&quot;<a');
    expect(localized).toContain('aria-label="&lt;1&gt;" lang="ar" dir="rtl"');
  });

  test('an author’s own heading that took the footnotes’ id does not keep them in English', () => {
    const clash = renderWithSatteri('## Footnote label\n\nText.[^1]\n\n[^1]: Note.\n').html;
    expect(clash).toContain('id="footnote-label"');
    const localized = localizeFootnotes(clash, labels);
    expect(localized).toContain('>Notas<a');
    expect(localized).not.toContain('>Footnotes<');
  });

  test('a body without footnotes is left as it is', () => {
    const plain = renderWithSatteri('Back to reference 1, said the clerk.').html;
    expect(localizeFootnotes(plain, labels)).toBe(plain);
  });
});
