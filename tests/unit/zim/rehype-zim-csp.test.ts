import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { metaContentSecurityPolicy } from '../../../src/security/headers.ts';
import rehypeZimCsp, { zimContentSecurityPolicy } from '../../../src/zim/rehype-zim-csp.ts';

const run = (html: string) =>
  String(unified().use(rehypeParse).use(rehypeZimCsp).use(rehypeStringify).processSync(html));

describe('rehype-zim-csp', () => {
  test("the ZIM's policy is the site's, with images and scripts from the archive only", () => {
    expect(zimContentSecurityPolicy).toBe(
      metaContentSecurityPolicy
        .replace("img-src 'self' https:", "img-src 'self'")
        .replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self'"),
    );
  });

  test('the page gets the policy; an image on another site becomes a link to it; local images stay', () => {
    const html = run(
      `<html><head><meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}"></head><body><figure><img src="https://news.example/quay.jpg" alt="The quay"><figcaption>Quay</figcaption></figure><img src="/images/quay.svg" alt=""><picture><source srcset="https://news.example/q.webp"><img src="/q.png" alt=""></picture></body></html>`,
    );
    expect(html).toBe(
      `<html><head><meta http-equiv="Content-Security-Policy" content="${zimContentSecurityPolicy.replaceAll("'", '&#x27;')}"></head><body><figure><a href="https://news.example/quay.jpg" rel="noopener noreferrer" class="zim-remote-image">Image (online): The quay</a><figcaption>Quay</figcaption></figure><img src="/images/quay.svg" alt=""><picture><img src="/q.png" alt=""></picture></body></html>`,
    );
  });

  test('a page without a policy gets one', () => {
    expect(run('<html><head><title>x</title></head><body></body></html>')).toContain(
      `<head><meta http-equiv="Content-Security-Policy" content="${zimContentSecurityPolicy.replaceAll("'", '&#x27;')}"><title>`,
    );
  });
});
