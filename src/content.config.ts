// Wiring only: the article collection, read by our loader (see src/content/article-loader.ts).
import { defineCollection } from 'astro:content';
import { articleLoader } from './content/article-loader.ts';

const articles = defineCollection({
  loader: articleLoader({ base: process.env['CLIPPINGS_CONTENT_DIR'] ?? 'content/articles' }),
});

export const collections = { articles };
