// Wiring only: the article collection, read by our loader (see src/content/article-loader.ts).
import { defineCollection } from 'astro:content';
import { articleLoader } from './content/article-loader.ts';
import { settingsFrom } from './settings.ts';

const articles = defineCollection({
  loader: articleLoader({ base: settingsFrom().contentDir }),
});

export const collections = { articles };
