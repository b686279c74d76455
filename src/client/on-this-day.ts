/**
 * Fills /on-this-day/ from the reader's own calendar: fetches today's
 * `on-this-day/MM-DD.json` (and 29 February's on 28 February of a common year)
 * and lists earlier years' articles.
 */
import { entriesForToday, type OnThisDayEntry } from '../lib/on-this-day.ts';
import { monthDayKey } from '../lib/dates.ts';
import { withBase } from '../lib/urls.ts';
import { siteBase } from './base.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function show(container: HTMLElement): Promise<void> {
  const now = new Date();
  const [year, month, day] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  const files = new Map<string, OnThisDayEntry[]>();
  const keys = month === 2 && day === 28 ? [monthDayKey(2, 28), monthDayKey(2, 29)] : [monthDayKey(month, day)];
  await Promise.all(
    keys.map(async (key) => {
      const response = await fetch(withBase(siteBase(), `/on-this-day/${key}.json`));
      if (!response.ok) throw new Error(`on-this-day/${key}.json: HTTP ${response.status}`);
      files.set(key, (await response.json()) as OnThisDayEntry[]);
    }),
  );
  const entries = entriesForToday((key) => files.get(key) ?? [], year, month, day);
  // The reader's own date, in the site's day-month form (Intl, to keep date-fns out of the bundle).
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' }).format(now);
  container.replaceChildren();
  container.append(element('p', entries.length === 0 ? `Nothing in the archive was published on ${today} in earlier years.` : `${entries.length} ${entries.length === 1 ? 'article' : 'articles'} published on ${today} in earlier years:`));
  if (entries.length === 0) return;
  const list = element('ol');
  list.className = 'article-list';
  for (const entry of entries) {
    const item = element('li');
    const kicker = element('p', `${entry.day.slice(0, 4)} · ${entry.section}`);
    kicker.className = 'kicker';
    const heading = element('h2');
    const link = element('a', entry.title);
    link.href = withBase(siteBase(), entry.url);
    heading.append(link);
    item.append(kicker, heading);
    list.append(item);
  }
  container.append(list);
}

const container = document.getElementById('on-this-day');
if (container) {
  show(container).catch((error: unknown) => {
    container.textContent = `The list for today could not be loaded (${String(error)}). Browse the archive by date instead.`;
  });
}
