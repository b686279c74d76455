/**
 * The frontmatter's prose (headline, standfirst, summary, caption, credit,
 * corrections) set in the article's typography, as its body is: « » with
 * narrow no-break spaces in French, „ “ in German, curly quotes in English.
 * Names that are identities (authors, section, tags, source) are left as
 * written: they make URLs and filters.
 */
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { typeset } from '../markdown/remark-typography.ts';
import { typographyStyle } from '../markdown/typography-styles.ts';

/**
 * The frontmatter with its prose fields typeset in `frontmatter.lang`.
 * @example typesetFields({ ...fm, lang: 'fr', title: 'Le maire : "oui"' }).title // 'Le maire\u202f: «\u202foui\u202f»'
 */
export function typesetFields(frontmatter: ArticleFrontmatter): ArticleFrontmatter {
  const style = typographyStyle(frontmatter.lang);
  const set = (text: string) => typeset(text, '', style);
  const { image } = frontmatter;
  return {
    ...frontmatter,
    title: set(frontmatter.title),
    ...(frontmatter.dek === undefined ? {} : { dek: set(frontmatter.dek) }),
    ...(frontmatter.summary === undefined ? {} : { summary: set(frontmatter.summary) }),
    ...(image
      ? {
          image: {
            ...image,
            alt: set(image.alt),
            ...(image.caption === undefined ? {} : { caption: set(image.caption) }),
            ...(image.credit === undefined ? {} : { credit: set(image.credit) }),
          },
        }
      : {}),
    corrections: frontmatter.corrections.map((correction) => ({ ...correction, text: set(correction.text) })),
  };
}
