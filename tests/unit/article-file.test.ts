/**
 * An article file's two steps give the same outcome in a worker thread as in
 * this one: checking gives its validated fields (never its body) or every
 * problem of a broken file, and no parse at all for a file that still
 * digests to its stored entry; rendering writes the body under its digest
 * and refuses a file edited since it was checked.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMITS } from '../../src/lib/limits.ts';
import { WorkerBatches } from '../../src/lib/worker-batches.ts';
import { renderArticleBody } from '../../src/markdown/pipeline.ts';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import {
  articleDigest,
  checkArticleFile,
  renderArticleFile,
  runArticleTask,
  type ArticleFileSetup,
  type ArticleFileTask,
  type CheckOutcome,
  type CheckTask,
  type RenderOutcome,
  type RenderTask,
} from '../../src/content/article-file.ts';

const workerFile = fileURLToPath(new URL('../../src/content/article-worker.ts', import.meta.url));

let dir: string;
let setup: ArticleFileSetup;
const tasks: CheckTask[] = [];

const article = (i: number, extra = '') =>
  `---\ntitle: "Harbour story ${i}"\ndate: 2024-05-${String((i % 28) + 1).padStart(2, '0')}\nsection: Local\n${extra}---\n\nThe ferry left at dawn, story ${i}, with "quotes" -- and a [link](https://example.org/${i}).\n\n## Part ${i}\n\n- one\n- two\n${i % 3 === 0 ? '\nSee <a href=/2020/>2020</a>.\n' : ''}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-article-file-'));
  const bodiesDir = join(dir, 'bodies');
  await mkdir(bodiesDir);
  const publicDir = join(dir, 'public');
  await mkdir(join(publicDir, 'images'), { recursive: true });
  await writeFile(join(publicDir, 'images', 'quay.jpg'), 'a picture');
  setup = {
    fingerprint: 'test',
    limits: DEFAULT_BODY_LIMITS,
    siteLang: 'en',
    bodiesDir,
    publicDir,
    outDir: join(dir, 'dist'),
    base: '/',
  };
  for (let i = 0; i < 9; i++) {
    const path = join(dir, `story-${i}.md`);
    // Story 5 is written with Windows line ends and a byte-order mark, as some exports are.
    const text = article(i, i === 4 ? 'draft: true\n' : i === 7 ? 'lang: fr\n' : '');
    await writeFile(path, i === 5 ? `\uFEFF${text.replace(/\n/g, '\r\n')}` : text);
    tasks.push({ step: 'check', path, file: `content/story-${i}.md` });
  }
  const broken = join(dir, 'broken.md');
  await writeFile(broken, '---\ntitle: ""\ndate: 2024-13-40\n---\n\nText.\n');
  tasks.push({ step: 'check', path: broken, file: 'content/broken.md' });
  tasks.push({ step: 'check', path: join(dir, 'missing.md'), file: 'content/missing.md' });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The render task for a checked article, as the loader makes it. */
function renderTask(task: CheckTask, checked: CheckOutcome): RenderTask {
  if (checked.kind !== 'article') throw new Error(`expected an article, got ${checked.kind}`);
  const { digest, hash, article } = checked;
  return { step: 'render', path: task.path, file: task.file, digest, hash, lang: article.frontmatter.lang };
}

async function inWorkers(workers: number, round: ArticleFileTask[]): Promise<(CheckOutcome | RenderOutcome)[]> {
  const out: (CheckOutcome | RenderOutcome)[] = [];
  const pool = new WorkerBatches((task: ArticleFileTask) => runArticleTask(task, setup), {
    workerFile,
    workerData: setup,
    workers,
    minimumForWorkers: 1,
    batchSize: 3,
  });
  try {
    await pool.each(round, (index, outcome) => (out[index] = outcome));
  } finally {
    await pool.close();
  }
  return out;
}

describe('checkArticleFile', () => {
  it('gives the validated fields without the body', () => {
    const outcome = checkArticleFile(tasks[1] as CheckTask, setup);
    if (outcome.kind !== 'article') throw new Error(`expected an article, got ${outcome.kind}`);
    expect(outcome.article).toMatchObject({ file: 'content/story-1.md', slug: 'story-1', url: '/2024/05/02/story-1/' });
    expect(outcome.article.frontmatter).toMatchObject({ title: 'Harbour story 1', lang: 'en' });
    expect(outcome.article).not.toHaveProperty('body');
  });

  it('reports every problem of a broken file, and an unreadable one', () => {
    const broken = checkArticleFile(tasks[9] as CheckTask, setup);
    if (broken.kind !== 'problems') throw new Error(`expected problems, got ${broken.kind}`);
    expect(broken.problems.map(({ field }) => field).sort()).toEqual(['date', 'section', 'title']);
    expect(broken.problems.every(({ file }) => file === 'content/broken.md')).toBe(true);
    expect(checkArticleFile(tasks[10] as CheckTask, setup)).toMatchObject({ kind: 'unreadable' });
  });

  it('names a picture public/ lacks with the fields broken beside it, in one outcome', async () => {
    const path = join(dir, 'pictures.md');
    await writeFile(
      path,
      '---\ntitle: Quay\ndate: 2024-05-01\nimage: { src: /images/gone.jpg, alt: Gone }\n---\n\n![Quay](/images/quay.jpg)\n\n![Boats](/images/boats.jpg)\n',
    );
    const outcome = checkArticleFile({ step: 'check', path, file: 'content/pictures.md' }, setup);
    if (outcome.kind !== 'problems') throw new Error(`expected problems, got ${outcome.kind}`);
    expect(outcome.problems).toEqual([
      { file: 'content/pictures.md', field: 'section', message: expect.any(String) },
      {
        file: 'content/pictures.md',
        field: 'image.src',
        message: '/images/gone.jpg is not in public/: add public/images/gone.jpg, or fix the link',
      },
      {
        file: 'content/pictures.md',
        field: 'body',
        message:
          'line 9 shows /images/boats.jpg, which is not in public/: add public/images/boats.jpg, or fix the link',
      },
    ]);
  });

  it('does not ask a draft for its pictures (it is not built), and finds one kept in the output folder', async () => {
    const draft = join(dir, 'draft-pictures.md');
    await writeFile(
      draft,
      '---\ntitle: Pending\ndate: 2024-05-01\nsection: Local\ndraft: true\n---\n\n![Soon](/images/soon.jpg)\n',
    );
    expect(checkArticleFile({ step: 'check', path: draft, file: 'content/draft.md' }, setup)).toMatchObject({
      kind: 'article',
    });
    await mkdir(join(setup.outDir, 'downloads'), { recursive: true });
    await writeFile(join(setup.outDir, 'downloads', 'chart.png'), 'a chart');
    const kept = join(dir, 'kept-pictures.md');
    await writeFile(
      kept,
      '---\ntitle: Chart\ndate: 2024-05-01\nsection: Local\n---\n\n![Chart](/downloads/chart.png)\n',
    );
    expect(checkArticleFile({ step: 'check', path: kept, file: 'content/kept.md' }, setup)).toMatchObject({
      kind: 'article',
    });
  });

  it('does not parse a file that still digests to its stored entry', () => {
    const first = checkArticleFile(tasks[2] as CheckTask, setup);
    if (first.kind !== 'article') throw new Error(`expected an article, got ${first.kind}`);
    const again = checkArticleFile({ ...(tasks[2] as CheckTask), stored: first.digest }, setup);
    expect(again).toEqual({ kind: 'unchanged', digest: first.digest, hash: first.hash });
    // The digest follows the text, the path and the fingerprint.
    expect(articleDigest('test', 'content/story-2.md', first.hash)).toBe(first.digest);
    expect(articleDigest('other', 'content/story-2.md', first.hash)).not.toBe(first.digest);
    expect(articleDigest('test', 'content/elsewhere.md', first.hash)).not.toBe(first.digest);
  });
});

describe('renderArticleFile', () => {
  it.each([1, 3, 5, 7])('writes story %i rendered as the pipeline renders its body, and gives its lead', async (i) => {
    const task = tasks[i] as CheckTask;
    const outcome = await renderArticleFile(renderTask(task, checkArticleFile(task, setup)), setup);
    if (outcome.kind !== 'rendered') throw new Error(`expected a rendered body, got ${outcome.kind}`);
    const split = splitFrontmatter(await readFile(task.path, 'utf8'));
    if (!split.ok) throw new Error(split.problem);
    const lang = i === 7 ? 'fr' : 'en';
    const { html, ...lead } = await renderArticleBody({ markdown: split.body, lang });
    expect(outcome.rendered).toEqual(lead);
    expect(lead.wordCount).toBeGreaterThan(10);
    const digest = articleDigest('test', task.file, (checkArticleFile(task, setup) as { hash: string }).hash);
    expect(await readFile(join(setup.bodiesDir, `${digest}.html`), 'utf8')).toBe(html);
  });

  it('refuses a file edited since it was checked, naming it', async () => {
    const path = join(dir, 'edited.md');
    await writeFile(path, article(20));
    const task: CheckTask = { step: 'check', path, file: 'content/edited.md' };
    const render = renderTask(task, checkArticleFile(task, setup));
    await writeFile(path, article(21));
    expect(await renderArticleFile(render, setup)).toEqual({
      kind: 'problems',
      problems: [
        {
          file: 'content/edited.md',
          field: '',
          message: expect.stringContaining('changed while the build was reading it'),
        },
      ],
    });
  });

  it('throws when a body cannot be written, in a worker as here', async () => {
    const task = tasks[1] as CheckTask;
    const render = renderTask(task, checkArticleFile(task, setup));
    const nowhere = { ...setup, bodiesDir: join(dir, 'no-such-folder') };
    await expect(renderArticleFile(render, nowhere)).rejects.toThrow(
      /the rendered body of content\/story-1\.md could not be written: ENOENT.*no-such-folder/,
    );
    const pool = new WorkerBatches((t: ArticleFileTask) => runArticleTask(t, nowhere), {
      workerFile,
      workerData: nowhere,
      workers: 1,
      minimumForWorkers: 1,
    });
    await expect(pool.each([render], () => {})).rejects.toThrow(/ENOENT.*no-such-folder/);
    await pool.close();
  });
});

describe('in worker threads', () => {
  // Worker threads load the Markdown pipeline first: seconds on a busy two-core machine.
  it('checks and renders as in this thread, each outcome matched to its file', { timeout: 30_000 }, async () => {
    const here = await inWorkers(0, tasks);
    expect(here.map(({ kind }) => kind)).toEqual([...Array(9).fill('article'), 'problems', 'unreadable']);
    expect(await inWorkers(2, tasks)).toEqual(here);
    const renders = tasks.slice(0, 9).map((task, i) => renderTask(task, here[i] as CheckOutcome));
    const rendered = await inWorkers(0, renders);
    expect(rendered.every(({ kind }) => kind === 'rendered')).toBe(true);
    expect(await inWorkers(2, renders)).toEqual(rendered);
  });
});
