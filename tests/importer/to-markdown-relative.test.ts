import { describe, expect, test } from 'vitest';
import { htmlToMarkdown } from '../../src/importer/to-markdown.ts';

describe('relative links and images', () => {
  test('are made absolute against the page address when it is known', async () => {
    const { markdown } = await htmlToMarkdown(
      '<p><a href="/news/2">next</a> <img src="pics/a.png" alt="A quay"></p>',
      'https://paper.example/news/1',
    );
    expect(markdown).toContain('[next](https://paper.example/news/2)');
    expect(markdown).toContain('![A quay](https://paper.example/news/pics/a.png)');
  });

  test('without an address, links keep their words and images their alt text, pointing nowhere', async () => {
    const { markdown } = await htmlToMarkdown(
      '<p><a href="/news/2">next</a> story <img src="x.png" alt="A bin lorry"><img src="y.png"> <a href="https://ok.example/">kept</a></p>',
    );
    expect(markdown).not.toMatch(/x\.png|y\.png|news\/2|\[next\]/);
    expect(markdown).toContain('next story A bin lorry');
    expect(markdown).toContain('https://ok.example/');
  });
});
