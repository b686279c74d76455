/**
 * What `astro dev` hears from the content loader, held on `globalThis`
 * because the loader and the pages may run in different module instances:
 * - that the articles changed: the dev integration reloads the browser (the
 *   pages read our own store, src/content/article-store.ts, which Astro does
 *   not watch);
 * - that an article is broken. The build stops on it; the dev server keeps
 *   running. The loader reports its error here, every page throws it
 *   (src/layouts/BaseLayout.astro), and Astro shows it in its error overlay
 *   with the build's own message; the browser reloads when the error appears
 *   or goes.
 */

interface ContentErrorState {
  /** Set by the dev integration: this process is `astro dev`. */
  dev?: boolean;
  error?: Error | undefined;
  /** Called when the articles or the error change (set by the dev integration). */
  onChange?: (() => void) | undefined;
}

const KEY = Symbol.for('clippings.content-error');
const holder = globalThis as typeof globalThis & { [KEY]?: ContentErrorState };
const state: ContentErrorState = (holder[KEY] ??= {});

/** The loader's latest outcome: its error, or undefined once the content loads again. */
export function reportContentError(error: unknown): void {
  const next = error === undefined ? undefined : error instanceof Error ? error : new Error(typeof error === 'string' ? error : JSON.stringify(error));
  const changed = next?.message !== state.error?.message;
  state.error = next;
  if (changed) state.onChange?.();
}

/** The loader stored new articles: the dev server reloads the browser. */
export function reportContentChanged(): void {
  state.onChange?.();
}

/** Throws the loader's error, if the content is broken (so the page shows it). */
export function throwIfContentBroken(): void {
  if (state.error) throw state.error;
}

/** Called by the dev integration: errors are to be shown, not thrown; `listener` hears of changes. */
export function watchContentErrors(listener: () => void): void {
  state.dev = true;
  state.onChange = listener;
}

/** Whether this process is the dev server (where a broken article must not stop anything). */
export function isDevServer(): boolean {
  return state.dev === true;
}
