/**
 * Lays out the folder zimwriterfs packs: the built site's files that belong in
 * the ZIM (src/zim/select.ts), every HTML page rewritten (src/zim/page.ts),
 * and the illustration. The built site itself is never touched.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { listFiles } from '../lib/list-files.ts';
import { illustrationPng } from './illustration.ts';
import { zimPage } from './page.ts';
import { inZim } from './select.ts';
import type { MessageKey } from '../i18n/locales/en.ts';
import type { Translate } from '../i18n/translate.ts';

/** The welcome page and illustration, as paths in the staging folder (zimwriterfs wants them relative). */
export const WELCOME = 'index.html';
export const ILLUSTRATION = 'zim-illustration-48x48.png';
/** The site icon the illustration is drawn from. */
export const ICON = 'favicon.svg';

export interface StageResult {
  /** Files in the staging folder, illustration included. */
  files: number;
  /** HTML pages among them. */
  pages: number;
  /** Article pages (the ones Kiwix's full-text index holds). */
  articles: number;
  /** Files of the built site left out. */
  leftOut: number;
}

/**
 * Copies `dist` into `staging` (which must be empty or absent) as the ZIM's content; `t` words
 * what the ZIM's pages say of their own (its search page) in the site's language.
 */
export async function stageSite(
  dist: string,
  staging: string,
  base: string,
  t?: Translate<MessageKey>,
): Promise<StageResult> {
  if (!existsSync(join(dist, WELCOME)))
    throw new Error(`${join(dist, WELCOME)} is missing: build the site first (npm run build).`);
  if (!existsSync(join(dist, ICON)))
    throw new Error(
      `${join(dist, ICON)} is missing: the ZIM's illustration is drawn from the site icon public/${ICON}. Add one (a square SVG).`,
    );
  const all = await listFiles(dist);
  const kept = new Set(all.filter(inZim));
  const result: StageResult = { files: kept.size + 1, pages: 0, articles: 0, leftOut: all.length - kept.size };
  const made = new Set<string>();
  const folder = async (file: string) => {
    const dir = dirname(file);
    if (made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    made.add(dir);
  };
  for (const path of kept) {
    const from = join(dist, path);
    const to = join(staging, path);
    await folder(to);
    if (!path.endsWith('.html')) {
      await copyFile(from, to);
      continue;
    }
    const { html, article } = zimPage(await readFile(from, 'utf8'), { page: path, base, inZim: (p) => kept.has(p), t });
    result.pages++;
    if (article) result.articles++;
    await writeFile(to, html);
  }
  await writeFile(join(staging, ILLUSTRATION), illustrationPng(await readFile(join(dist, ICON)), `public/${ICON}`));
  return result;
}
