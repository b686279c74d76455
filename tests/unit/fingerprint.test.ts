/**
 * The cache fingerprints follow the code: a file the reading code imports
 * (in any folder) changes the reading fingerprint, and so does any file in
 * a folder that code lives in; a folder it never imports from does not.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pipelineFingerprint, readingFingerprint } from '../../src/content/fingerprint.ts';

let root: string;

async function project(files: Record<string, string>): Promise<string> {
  root = await mkdtemp(join(tmpdir(), 'clippings-fingerprint-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const base = {
  'src/content/read-article.ts': "import { a } from '../helpers/a.ts';\n",
  'src/content/article-loader.ts': "import { read } from './read-article.ts';\n",
  'src/helpers/a.ts': 'export const a = 1;\n',
  'src/helpers/b.ts': 'export const b = 1;\n',
  'src/elsewhere/c.ts': 'export const c = 1;\n',
  'src/markdown/pipeline.ts': "import { p } from '../helpers/a.ts';\nconst later = () => import('./lazy.ts');\n",
  'src/markdown/lazy.ts': 'export const lazy = 1;\n',
};

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readingFingerprint', () => {
  it.each([
    ['a file the reading code imports', 'src/helpers/a.ts', true],
    ['another file in a folder the reading code imports from', 'src/helpers/b.ts', true],
    ['a file in a folder the reading code never imports from', 'src/elsewhere/c.ts', false],
  ])('changes with %s: %s', async (_what, file, changes) => {
    const dir = await project(base);
    const before = await readingFingerprint(dir);
    await writeFile(join(dir, file), 'export const changed = 2;\n');
    expect((await readingFingerprint(dir)) !== before).toBe(changes);
  });
});

describe('pipelineFingerprint', () => {
  it.each([
    ['a file the pipeline imports', 'src/helpers/a.ts', true],
    ['a file the pipeline loads only when needed (dynamic import)', 'src/markdown/lazy.ts', true],
    ['a file beside it that the pipeline does not import', 'src/helpers/b.ts', false],
  ])('changes with %s: %s', async (_what, file, changes) => {
    const dir = await project(base);
    const before = await pipelineFingerprint(dir, '/');
    await writeFile(join(dir, file), 'export const changed = 2;\n');
    expect((await pipelineFingerprint(dir, '/')) !== before).toBe(changes);
  });

  it('changes with the base', async () => {
    const dir = await project(base);
    expect(await pipelineFingerprint(dir, '/')).not.toBe(await pipelineFingerprint(dir, '/archive/'));
  });
});
