/**
 * Fills /on-this-day/ from the reader's own calendar: fetches today's
 * `on-this-day/MM-DD.json` (and 29 February's on 28 February of a common year)
 * and lists earlier years' articles, in the site's language (the page carries
 * its words and month names: src/components/InterfaceMessages.astro).
 */
import { entriesForToday, type OnThisDayEntry } from '../lib/on-this-day.ts';
import { monthDayKey } from '../lib/dates.ts';
import { inDigits } from '../lib/digits.ts';
import { withBase } from '../lib/urls.ts';
import { readInterface } from '../i18n/client.ts';
import { siteBase } from './base.ts';
import { textDirection } from '../i18n/direction.ts';

const { data: ui, t } = readInterface();
/** Figures in the interface's digits, as the build writes its dates. */
const written = (text: string) => inDigits(text, ui.digits);

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
  // The reader's own date, in the site's language, with the month names the build's date-fns locale gave.
  const dayText = written(day === 1 ? `1${t('date.firstDaySuffix')}` : String(day));
  const today = t('date.dayMonth', { day: dayText, month: ui.months[month - 1] ?? String(month), number: month });
  container.replaceChildren();
  container.append(
    element(
      'p',
      entries.length === 0
        ? t('onThisDay.none', { day: today })
        : t('onThisDay.some', { count: entries.length, day: today }),
    ),
  );
  if (entries.length === 0) return;
  const list = element('ol');
  list.className = 'article-list';
  for (const entry of entries) {
    const item = element('li');
    const kicker = element('p', `${written(entry.day.slice(0, 4))} · ${entry.section}`);
    kicker.className = 'kicker';
    const heading = element('h2');
    // A headline in another language than the page's is marked so (screen readers, fonts, direction).
    if (entry.lang) {
      heading.lang = entry.lang;
      heading.dir = textDirection(entry.lang);
    }
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
    container.textContent = t('onThisDay.failed', { error: String(error) });
  });
}
