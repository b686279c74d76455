import { expect, test } from 'vitest';
import { readArticleSource } from '../../src/content/read-article.ts';
import { typesetFields } from '../../src/content/typeset-fields.ts';

const read = (frontmatter: string, siteLang?: string) => {
  const result = readArticleSource('a.md', `---\n${frontmatter}\n---\nBody.\n`, undefined, siteLang);
  if (!('article' in result)) throw new Error(JSON.stringify(result.problems));
  return typesetFields(result.article.frontmatter);
};

const NNBSP = '\u202f';

test('a French headline, standfirst, caption, credit and correction get French typography', () => {
  const fm = read(
    [
      `title: 'Le conseil vote : "une année charnière"'`,
      `dek: "Les impôts doublent ; l'opposition s'abstient !"`,
      'date: 2024-05-12',
      'section: Ville',
      'authors: ["Léa O\'Neil"]',
      'tags: ["l\'été"]',
      `image: { src: /a.svg, alt: "Le port", caption: "La criée : vue du quai", credit: "Photo : L'Écho" }`,
      `corrections: [{ date: 2024-05-13, text: "Une version parlait de 3 km ; il s'agit de 4 km." }]`,
    ].join('\n'),
    'fr',
  );
  expect(fm.title).toBe(`Le conseil vote${NNBSP}: «${NNBSP}une année charnière${NNBSP}»`);
  expect(fm.dek).toBe(`Les impôts doublent${NNBSP}; l’opposition s’abstient${NNBSP}!`);
  expect(fm.image?.caption).toBe(`La criée${NNBSP}: vue du quai`);
  expect(fm.image?.credit).toBe(`Photo${NNBSP}: L’Écho`);
  expect(fm.corrections[0]?.text).toBe(`Une version parlait de 3 km${NNBSP}; il s’agit de 4 km.`);
  // Names make URLs and filters: as written.
  expect(fm.authors).toEqual(["Léa O'Neil"]);
  expect(fm.tags).toEqual(["l'été"]);
});

test('an English headline gets curly quotes; an article in another language than the site keeps its own', () => {
  expect(read(`title: "Ferry's \\"last\\" run"\ndate: 2024-05-12\nsection: Port`).title).toBe('Ferry’s “last” run');
  expect(read(`title: 'Der "letzte" Lauf'\ndate: 2024-05-12\nsection: Hafen\nlang: de`, 'fr').title).toBe(
    'Der „letzte“ Lauf',
  );
});
