/** How each facet is named on the page. */
import type { Facet } from '../lib/urls.ts';

export const FACET_LABELS: Record<Facet, { singular: string; plural: string; title: (name: string) => string }> = {
  sections: { singular: 'Section', plural: 'Sections', title: (name) => name },
  tags: { singular: 'Tag', plural: 'Tags', title: (name) => `Tagged “${name}”` },
  authors: { singular: 'Author', plural: 'Authors', title: (name) => `By ${name}` },
  sources: { singular: 'Source', plural: 'Sources', title: (name) => `From ${name}` },
};
