/**
 * Opening built pages in Chromium the way the browser tests check them:
 * console errors, uncaught exceptions, CSP violations and requests leaving
 * the site's origin are collected, and axe-core audits a page.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, ConsoleMessage, Frame, Page, Request, ViewportSize } from 'playwright-core';
import { onTestFinished } from 'vitest';

/** What a test attached to a reused tab, undone when the test ends ({@link reusedTab}). */
const detachers = new WeakMap<Page, (() => void)[]>();
/** Pages that already carry the CSP-violation reporter, so a reused tab does not report twice. */
const reporting = new WeakSet<Page>();

/** Records problems on a page from now on; returns the list it fills. */
export async function watchProblems(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) problems.push(message.text());
  };
  const onPageError = (error: Error) => problems.push(String(error));
  const onRequest = (request: Request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
      problems.push(`request outside the origin: ${request.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  detachers.get(page)?.push(() => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
  });
  if (!reporting.has(page)) {
    reporting.add(page);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
  }
  return problems;
}

/** The tab each browser or context lends its tests ({@link reusedTab}), and those lent to a running test. */
const tabs = new WeakMap<Browser | BrowserContext, Page>();
const lent = new WeakSet<Page>();

/**
 * A tab the test files of one browser (or context) take turns with, instead of a new one per test:
 * a new tab starts a renderer process and compiles the site's scripts again. Measured on the search
 * fixture (20 visits to a search, 2-core machine): a new tab 1.2 s and 0.9 s of CPU a visit, a reused
 * one 0.45 s and 0.5 s. Each test gets it clean: when the test ends, whatever it attached
 * ({@link watchProblems}, routes) is removed, its site's storage cleared, the viewport put back, and
 * the tab left on about:blank; after a test that visited several sites the tab is closed and the next
 * test gets a new one. A browser's tab has a context without service workers. Tests that need a fresh
 * context (a fixed clock, service workers) or add init scripts open their own page.
 */
export async function reusedTab(owner: Browser | BrowserContext, viewport?: ViewportSize): Promise<Page> {
  let page = tabs.get(owner);
  if (!page || page.isClosed()) {
    // A browser's tab gets a context of its own without service workers: a built page registers one, which
    // would answer the next test's requests from its cache, past any route the test sets.
    page =
      'newContext' in owner
        ? await (await owner.newContext({ serviceWorkers: 'block' })).newPage()
        : await owner.newPage();
    tabs.set(owner, page);
  }
  const tab = page;
  // Asked again within the same test (a loop of visits): the same tab, cleaned once at its end.
  if (lent.has(tab)) {
    if (viewport) await tab.setViewportSize(viewport);
    return tab;
  }
  lent.add(tab);
  const visited = new Set<string>();
  const onNavigated = (frame: Frame) => {
    if (frame === tab.mainFrame() && /^https?:/.test(frame.url())) visited.add(new URL(frame.url()).origin);
  };
  const before = tab.viewportSize();
  detachers.set(tab, [() => tab.off('framenavigated', onNavigated)]);
  tab.on('framenavigated', onNavigated);
  if (viewport) await tab.setViewportSize(viewport);
  onTestFinished(async () => {
    lent.delete(tab);
    if (tab.isClosed()) return;
    // Whatever the test set on the page that cannot be unset (init scripts, a clock, emulated media) goes with it:
    // such tests open their own page. Those it can unset are undone below.
    for (const detach of detachers.get(tab) ?? []) detach();
    detachers.delete(tab);
    // Storage belongs to the site, and session storage to the tab too: what one test's visit kept
    // (the result it opened) must not reach the next test. A page can clear its own site's; a test
    // that visited several sites leaves storage only a new tab is rid of.
    const ended = /^https?:/.test(tab.url()) ? new URL(tab.url()).origin : undefined;
    if (visited.size > 1 || (visited.size === 1 && !visited.has(ended ?? ''))) {
      await tab.close();
      return;
    }
    if (ended)
      await tab.evaluate(() => {
        sessionStorage.clear();
        localStorage.clear();
      });
    await tab.unrouteAll({ behavior: 'ignoreErrors' });
    await tab.emulateMedia({ colorScheme: null, media: null, reducedMotion: null });
    await tab.goto('about:blank');
    if (before) await tab.setViewportSize(before);
  });
  return tab;
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
 * default every rule axe runs by default. axe's source is evaluated through the DevTools protocol:
 * only that evaluation is exempt from the page's CSP (a script tag would be refused), and what axe
 * does afterwards runs under it, so audited pages keep their CSP.
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

/** A page that walks a series of a site's pages, and every problem it has recorded ({@link watchProblems}). */
export interface AuditPage {
  page: Page;
  problems: string[];
}

/**
 * A page for {@link auditPage}, keeping the site's CSP. One page serves a whole series of
 * audits: a new page costs Chromium about half a second.
 */
export async function newAuditPage(browser: Browser, origin: string): Promise<AuditPage> {
  const page = await browser.newPage();
  return { page, problems: await watchProblems(page, origin) };
}

/** What one audited load found: each list empty when all is well. */
export interface Audit {
  /** Console errors, CSP violations and requests leaving the origin while the page loaded and settled. */
  problems: string[];
  /** axe's violations: every default rule in the light scheme, the colour rules again in the dark one. */
  light: string[];
  dark: string[];
  /** Anything logged while axe ran: axe's own doing, not the site's, told apart so neither hides the other. */
  duringAxe: string[];
}

/**
 * Loads one address on an audit page and checks it: the problems its loading logged, then axe in
 * both colour schemes with that one load (the document is the same; only its colours change).
 * `ready` waits for what the page shows after its scripts run, such as search results.
 */
export async function auditPage(
  { page, problems }: AuditPage,
  url: string,
  ready: (page: Page) => Promise<void> = async () => {},
): Promise<Audit> {
  problems.length = 0;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await ready(page);
  const loaded = problems.splice(0);
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, COLOUR_RULES);
  return { problems: loaded, light, dark, duringAxe: problems.splice(0) };
}
