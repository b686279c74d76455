/**
 * Reading one article file gives the same outcome in a worker thread as in
 * this one: its validated data, its rendered body written under its digest,
 * every problem of a broken file, and no parse at all for a file that still
 * digests to its stored entry.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMITS } from '../../src/lib/limits.ts';
import { runInWorkers } from '../../src/lib/worker-batches.ts';
import { renderArticleBody } from '../../src/markdown/pipeline.ts';
import {
  articleDigest,
  readArticleFile,
  type ArticleFileOutcome,
  type ArticleFileSetup,
  type ArticleFileTask,
} from '../../src/content/article-file.ts';

const workerFile = fileURLToPath(new URL('../../src/content/article-worker.ts', import.meta.url));

let dir: string;
let setup: ArticleFileSetup;
const tasks: ArticleFileTask[] = [];

const article = (i: number, extra = '') =>
  `---\ntitle: "Harbour story ${i}"\ndate: 2024-05-${String((i % 28) + 1).padStart(2, '0')}\nsection: Local\n${extra}---\n\nThe ferry left at dawn, story ${i}, with "quotes" -- and a [link](https://example.org/${i}).\n\n## Part ${i}\n\n- one\n- two\n${i % 3 === 0 ? '\nSee <a href=/2020/>2020</a>.\n' : ''}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-article-file-'));
  const bodiesDir = join(dir, 'bodies');
  await mkdir(bodiesDir);
  setup = { fingerprint: 'test', limits: DEFAULT_BODY_LIMITS, siteLang: 'en', bodiesDir };
  for (let i = 0; i < 9; i++) {
    const path = join(dir, `story-${i}.md`);
    await writeFile(path, article(i, i === 4 ? 'draft: true\n' : ''));
    tasks.push({ path, file: `content/story-${i}.md` });
  }
  const broken = join(dir, 'broken.md');
  await writeFile(broken, '---\ntitle: ""\ndate: 2024-13-40\n---\n\nText.\n');
  tasks.push({ path: broken, file: 'content/broken.md' });
  tasks.push({ path: join(dir, 'missing.md'), file: 'content/missing.md' });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function inWorkers(workers: number): Promise<ArticleFileOutcome[]> {
  const out: ArticleFileOutcome[] = [];
  await runInWorkers(
    tasks,
    (task) => readArticleFile(task, setup),
    (index, outcome) => (out[index] = outcome),
    {
      workerFile,
      workerData: setup,
      workers,
      minimumForWorkers: 1,
      batchSize: 3,
    },
  );
  return out;
}

describe('readArticleFile', () => {
  it('gives validated data and writes the rendered body under its digest', async () => {
    const outcome = await readArticleFile(tasks[1] as ArticleFileTask, setup);
    if (outcome.kind !== 'article') throw new Error(`expected an article, got ${outcome.kind}`);
    expect(outcome.article).toMatchObject({ file: 'content/story-1.md', slug: 'story-1', url: '/2024/05/02/story-1/' });
    expect(outcome.article.frontmatter.title).toBe('Harbour story 1');
    expect(outcome.article).not.toHaveProperty('body');
    const text = await readFile(tasks[1]?.path as string, 'utf8');
    const { html, ...lead } = await renderArticleBody({ markdown: text.slice(text.indexOf('---', 3) + 4), lang: 'en' });
    expect(outcome.rendered).toEqual(lead);
    expect(await readFile(join(setup.bodiesDir, `${outcome.digest}.html`), 'utf8')).toBe(html);
  });

  it('does not render a draft', async () => {
    const outcome = await readArticleFile(tasks[4] as ArticleFileTask, setup);
    expect(outcome.kind).toBe('article');
    expect(outcome).not.toHaveProperty('rendered');
  });

  it('reports every problem of a broken file, and an unreadable one', async () => {
    const broken = await readArticleFile(tasks[9] as ArticleFileTask, setup);
    if (broken.kind !== 'problems') throw new Error(`expected problems, got ${broken.kind}`);
    expect(broken.problems.map(({ field }) => field).sort()).toEqual(['date', 'section', 'title']);
    expect(broken.problems.every(({ file }) => file === 'content/broken.md')).toBe(true);
    expect(await readArticleFile(tasks[10] as ArticleFileTask, setup)).toMatchObject({ kind: 'unreadable' });
  });

  it('does not parse a file that still digests to its stored entry', async () => {
    const first = await readArticleFile(tasks[2] as ArticleFileTask, setup);
    if (first.kind !== 'article') throw new Error(`expected an article, got ${first.kind}`);
    const again = await readArticleFile({ ...(tasks[2] as ArticleFileTask), stored: first.digest }, setup);
    expect(again).toEqual({ kind: 'unchanged', digest: first.digest, hash: first.hash });
    // The digest follows the text, the path and the fingerprint.
    expect(articleDigest('test', 'content/story-2.md', first.hash)).toBe(first.digest);
    expect(articleDigest('other', 'content/story-2.md', first.hash)).not.toBe(first.digest);
    expect(articleDigest('test', 'content/elsewhere.md', first.hash)).not.toBe(first.digest);
  });

  it('gives the same outcomes in worker threads as in this thread, each matched to its file', async () => {
    const here = await inWorkers(0);
    expect(here.map(({ kind }) => kind)).toEqual([...Array(9).fill('article'), 'problems', 'unreadable']);
    expect(await inWorkers(2)).toEqual(here);
  });

  it('stops, in a worker as here, when a body cannot be written', async () => {
    const nowhere = { ...setup, bodiesDir: join(dir, 'no-such-folder') };
    const run = (workers: number) =>
      runInWorkers(
        tasks.slice(0, 4),
        (task) => readArticleFile(task, nowhere),
        () => {},
        {
          workerFile,
          workerData: nowhere,
          workers,
          minimumForWorkers: 1,
          batchSize: 2,
        },
      );
    await expect(run(0)).rejects.toThrow(/ENOENT.*no-such-folder/);
    await expect(run(2)).rejects.toThrow(/ENOENT.*no-such-folder/);
  });
});
