/** German typography: „ “ double quotes, ‚ ‘ single quotes, apostrophes as ’. */
import { expect, test } from 'vitest';
import { renderArticleBody } from '../../../src/markdown/pipeline.ts';

test('German quotes are low-high, and an apostrophe stays one', async () => {
  const { html } = await renderArticleBody({
    markdown: `"Wir sind bereit", sagte sie. 'So geht's', rief er.`,
    lang: 'de',
  });
  expect(html).toBe('<p>„Wir sind bereit“, sagte sie. ‚So geht’s‘, rief er.</p>');
});
