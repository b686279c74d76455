/** French typography: « » with narrow no-break spaces (U+202F) inside, and before ; : ! ? */
import { describe, expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';

const NNBSP = '\u202f';

describe('remark-typography in French', () => {
  test('quotes become guillemets with narrow no-break spaces; apostrophes stay apostrophes', async () => {
    const { html } = await renderArticleBody({ markdown: `"Nous sommes prêts", a lancé l'élue.`, lang: 'fr' });
    expect(html).toBe(`<p>«${NNBSP}Nous sommes prêts${NNBSP}», a lancé l’élue.</p>`);
  });

  test('spaces typed inside the quotes and before ; : ! ? become narrow no-break spaces', async () => {
    const { html } = await renderArticleBody({ markdown: `Il a dit " oui " : vraiment ? Oui !`, lang: 'fr-CA' });
    expect(html).toBe(`<p>Il a dit «${NNBSP}oui${NNBSP}»${NNBSP}: vraiment${NNBSP}? Oui${NNBSP}!</p>`);
  });

  test('quotes pair across emphasis', async () => {
    const { html } = await renderArticleBody({ markdown: `Le mot "*jamais*" revient.`, lang: 'fr' });
    expect(html).toBe(`<p>Le mot «${NNBSP}<em>jamais</em>${NNBSP}» revient.</p>`);
  });
});
