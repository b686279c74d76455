/**
 * Opening built pages in Chromium the way the browser tests check them:
 * console errors, uncaught exceptions, CSP violations and requests leaving
 * the site's origin are collected, and axe-core audits a page.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Records problems on a page from now on; returns the list it fills. */
export async function watchProblems(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
      problems.push(`request outside the origin: ${request.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return problems;
}

/** Records the console errors and uncaught exceptions of every page the context opens, with its URL, into `errors`. */
export function recordPageErrors(context: BrowserContext, errors: string[]): void {
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  });
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core rules whose outcome depends on colours: all a second colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's violations on the page, one line each. `rules` limits the audit to those rules; by
 * default every rule axe runs by default. axe is evaluated through the DevTools protocol, which the
 * page's CSP does not govern (a script tag would be refused), so audited pages keep their CSP.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, rules);
}

/**
 * A page that walks a series of a site's pages, auditing each with axe
 * ({@link axeViolationsInBothSchemes}) under the site's own CSP, and recording every problem
 * ({@link watchProblems}) in `problems`: clear it before each page. One page serves the whole
 * series: a new page costs Chromium about half a second.
 */
export async function newAuditPage(browser: Browser, origin: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  return { page, problems: await watchProblems(page, origin) };
}

/**
 * Audits one address in both colour schemes with one load, on a page from {@link newAuditPage}:
 * every default rule in the light scheme, then the colour rules again in the dark one (the
 * document is the same; only its colours change). `ready` waits for what the page shows after its
 * scripts run, such as search results.
 */
export async function axeViolationsInBothSchemes(
  page: Page,
  url: string,
  ready: (page: Page) => Promise<void> = async () => {},
): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await ready(page);
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, COLOUR_RULES);
  return { light, dark };
}
