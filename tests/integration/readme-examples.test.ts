/**
 * The README's "Add an article" example builds exactly as written: the test
 * copies the example and the path it names out of README.md into a fixture
 * archive and builds it. An edit that breaks the example fails here.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture, BUILDS, projectRoot } from '../helpers/build.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

test(
  'the "Add an article" example builds, at the address the README gives, without a warning',
  { timeout: 180_000 },
  async () => {
    const section = readme.slice(readme.indexOf('## Article format'));
    const example = /```markdown\n([\s\S]*?)```/.exec(section)?.[1];
    const path = /Create `content\/articles\/([^`]+\.md)`/.exec(section)?.[1];
    const address = /to see it at http:\/\/localhost:4321(\/[^ ,]+)/.exec(section)?.[1];
    expect(example, 'README has an article example').toBeDefined();
    expect(path, 'README names where to put it').toBeDefined();
    expect(address, 'README says where it appears').toBeDefined();
    mkdirSync(BUILDS, { recursive: true });
    const articles = join(mkdtempSync(join(BUILDS, 'readme-')), 'articles');
    mkdirSync(dirname(join(articles, path as string)), { recursive: true });
    writeFileSync(join(articles, path as string), example as string);
    const site = await buildFixture({ content: articles });
    expect(site.code, site.output).toBe(0);
    expect(site.output).not.toMatch(/\[WARN\] \[clippings-articles\]/);
    expect(site.has(`${(address as string).slice(1)}index.html`)).toBe(true);
  },
);
