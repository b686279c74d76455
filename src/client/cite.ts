/**
 * "Cite this article" in the browser: the access date becomes the reader's
 * today, in the Chicago entry and in the BibTeX and RIS downloads. Without
 * JavaScript the page keeps the day it was built.
 */
import { withAccessDay } from '../lib/citation.ts';
import { chicagoDay, localDay } from '../lib/dates.ts';

const PREFIX = /^(data:[^,]*,)(.*)$/s;

for (const block of document.querySelectorAll<HTMLElement>('.cite[data-accessed]')) {
  const built = block.dataset['accessed'] ?? '';
  const today = localDay(new Date());
  if (built === today) continue;
  for (const time of block.querySelectorAll<HTMLTimeElement>('time.accessed')) {
    time.dateTime = today;
    time.textContent = chicagoDay(today);
  }
  for (const link of block.querySelectorAll<HTMLAnchorElement>('a[download][href^="data:"]')) {
    const [, prefix, encoded] = PREFIX.exec(link.getAttribute('href') ?? '') ?? [];
    if (prefix === undefined || encoded === undefined) continue;
    link.setAttribute('href', prefix + encodeURIComponent(withAccessDay(decodeURIComponent(encoded), built, today)));
  }
  block.dataset['accessed'] = today;
}
