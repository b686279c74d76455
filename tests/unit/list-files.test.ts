import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  finishFileStates,
  hasFiles,
  isArticleFile,
  listArticleFiles,
  listFiles,
  listFilesAhead,
  listFilesAside,
  listFileStates,
} from '../../src/lib/list-files.ts';
import { fileState } from '../../src/lib/file-memo.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-list-files-'));
  for (const file of [
    'index.html',
    '2024/05/01/a/index.html',
    '2024/05/b.md',
    'empty/.keep',
    'pagefind/fragment/x.pf_fragment',
  ])
    await mkdir(join(dir, file, '..'), { recursive: true }).then(() => writeFile(join(dir, file), 'x'));
  await mkdir(join(dir, 'no-files/inside'), { recursive: true });
  await symlink(join(dir, 'index.html'), join(dir, 'link.html'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('listFiles', () => {
  it('lists every file at any depth, `/`-separated and relative to the folder, and no folder or link', async () => {
    expect((await listFiles(dir)).sort()).toEqual([
      '2024/05/01/a/index.html',
      '2024/05/b.md',
      'empty/.keep',
      'index.html',
      'pagefind/fragment/x.pf_fragment',
    ]);
  });

  it('lists a sub-folder relative to itself', async () => {
    expect(await listFiles(join(dir, '2024'))).toEqual(expect.arrayContaining(['05/01/a/index.html', '05/b.md']));
    expect(await listFiles(join(dir, '2024'))).toHaveLength(2);
  });

  it('lists nothing for a folder that does not exist', async () => {
    expect(await listFiles(join(dir, 'missing'))).toEqual([]);
  });
});

describe('listFileStates', () => {
  it('gives each listed file its size and the state memos compare', async () => {
    const seen = await listFileStates(dir);
    expect([...seen.keys()].sort()).toEqual((await listFiles(dir)).sort());
    expect(seen.get('index.html')).toEqual({ size: 1, state: fileState(join(dir, 'index.html')) });
  });

  it('sees a rewritten file as changed', async () => {
    const before = (await listFileStates(dir)).get('2024/05/b.md');
    await writeFile(join(dir, '2024/05/b.md'), 'longer');
    const after = (await listFileStates(dir)).get('2024/05/b.md');
    expect(after?.size).toBe(6);
    expect(after?.state).not.toBe(before?.state);
  });

  it('lists nothing for a folder that does not exist', async () => {
    expect((await listFileStates(join(dir, 'missing'))).size).toBe(0);
  });
});

describe('listFilesAside', () => {
  it('lists in a thread of its own what listFiles lists here', async () => {
    const worker = join(import.meta.dirname, '../../src/lib/list-files-worker.ts');
    expect((await listFilesAside(dir, worker)).sort()).toEqual((await listFiles(dir)).sort());
  });

  it('lists here when the thread cannot run', async () => {
    expect((await listFilesAside(dir, join(dir, 'no-such-worker.ts'))).sort()).toEqual((await listFiles(dir)).sort());
  });
});

describe('hasFiles', () => {
  it('finds a file at any depth, and only the files it is asked to count', () => {
    expect(hasFiles(dir)).toBe(true);
    expect(hasFiles(join(dir, 'no-files'))).toBe(false);
    expect(hasFiles(join(dir, 'missing'))).toBe(false);
    expect(hasFiles(dir, (path) => path.endsWith('.pf_fragment'))).toBe(true);
    expect(hasFiles(dir, (path) => path === 'index.html')).toBe(true);
    expect(hasFiles(dir, (path) => path.endsWith('.xml'))).toBe(false);
  });
});

describe('listArticleFiles', () => {
  it('lists Markdown files, sorted, skipping parts that start with _ or .', async () => {
    await mkdir(join(dir, 'content/_drafts'), { recursive: true });
    await mkdir(join(dir, 'content/2023'), { recursive: true });
    for (const file of [
      'content/2023/z.md',
      'content/2023/a.md',
      'content/2023/jekyll.markdown',
      'content/2023/WINDOWS.MD',
      'content/_drafts/d.md',
      'content/.x.md',
      'content/_notes.txt',
      'content/n.txt',
      'content/2023/photo.jpg',
    ])
      await writeFile(join(dir, file), 'x');
    const others: string[] = [];
    expect(await listArticleFiles(join(dir, 'content'), others)).toEqual([
      '2023/WINDOWS.MD',
      '2023/a.md',
      '2023/jekyll.markdown',
      '2023/z.md',
    ]);
    // What is neither an article nor a note is told, so that it is not left out unsaid.
    expect(others).toEqual(['2023/photo.jpg', 'n.txt']);
    expect(isArticleFile('2024/_drafts/a.md')).toBe(false);
    expect(isArticleFile('2024/05/a.markdown')).toBe(true);
    expect(isArticleFile('2024/05/a.md.txt')).toBe(false);
  });

  it('lists a link to a Markdown file as an article, but does not follow a link to a folder', async () => {
    await mkdir(join(dir, 'kept/2019'), { recursive: true });
    await writeFile(join(dir, 'kept/2019/elsewhere.md'), 'x');
    await mkdir(join(dir, 'linked/2024'), { recursive: true });
    await writeFile(join(dir, 'linked/2024/own.md'), 'x');
    await symlink(join(dir, 'kept/2019/elsewhere.md'), join(dir, 'linked/2024/elsewhere.md'));
    await symlink(join(dir, 'linked/2024/gone.md'), join(dir, 'linked/2024/broken.md'));
    // A link back up the tree would make the walk endless if it were followed.
    await symlink(join(dir, 'linked'), join(dir, 'linked/2024/loop'));
    expect(await listArticleFiles(join(dir, 'linked'))).toEqual(['2024/elsewhere.md', '2024/own.md']);
  });
});

describe('a listing of some folders ahead, finished later', () => {
  it('gives what one look at the whole folder gives now, after files were removed or changed and the rest was written', async () => {
    const site = await mkdtemp(join(tmpdir(), 'clippings-ahead-'));
    const write = async (file: string, text = 'x') => {
      await mkdir(join(site, file, '..'), { recursive: true });
      await writeFile(join(site, file), text);
    };
    for (const file of ['2024/05/01/a/index.html', '2024/05/01/b/index.html', 'tags/x/index.html', 'gone/index.html'])
      await write(file);
    await write('index.html');
    await write('pagefind/old.pf_index');
    // Ahead: the page folders only, as another thread lists them (its text crosses between threads).
    const ahead = await listFilesAhead(site, ['2024', 'tags', 'gone']);
    expect(ahead.folders).toEqual(['2024', 'tags', 'gone']);
    expect(ahead.text.split('\n').sort()).toEqual([
      '2024/05/01/a/index.html',
      '2024/05/01/b/index.html',
      'gone/index.html',
      'tags/x/index.html',
    ]);
    // Then the build goes on: the prune removes a page and a folder, a page's file changes (a link to
    // it made and removed changes its inode's time), the later steps write at the top and a bundle.
    await rm(join(site, '2024/05/01/b'), { recursive: true });
    await rm(join(site, 'gone'), { recursive: true });
    await write('tags/x/index.html', 'rewritten, longer');
    await write('index.html', 'a longer home page');
    await write('sitemap.xml');
    await rm(join(site, 'pagefind'), { recursive: true });
    await write('pagefind-2024/new.pf_index');
    const finished = await finishFileStates(site, ahead);
    const now = await listFileStates(site);
    expect([...finished.keys()].sort()).toEqual([...now.keys()].sort());
    for (const [file, stat] of now) expect(finished.get(file), file).toEqual(stat);
    await rm(site, { recursive: true, force: true });
  });

  it('a listing ahead of no folder finishes as a look at everything', async () => {
    const ahead = await listFilesAhead(dir, []);
    expect(ahead.text).toBe('');
    expect(await finishFileStates(dir, ahead)).toEqual(await listFileStates(dir));
  });
});
