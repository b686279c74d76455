/** How each facet is named on the page, in the site's language. */
import { t } from '../i18n/site-interface.ts';
import type { Facet } from '../lib/urls.ts';

/** Stands for a name in a title made to find where the name goes in it (ListingLayout sets it apart). */
export const NAME_MARK = '\u0000';

export const FACET_LABELS: Record<
  Facet,
  { plural: string; count: (count: number) => string; title: (name: string) => string }
> = {
  sections: {
    plural: t('facet.sections'),
    count: (count) => t('facet.sections.count', { count }),
    title: (name) => name,
  },
  tags: {
    plural: t('facet.tags'),
    count: (count) => t('facet.tags.count', { count }),
    title: (name) => t('facet.tags.title', { name }),
  },
  authors: {
    plural: t('facet.authors'),
    count: (count) => t('facet.authors.count', { count }),
    title: (name) => t('facet.authors.title', { name }),
  },
  sources: {
    plural: t('facet.sources'),
    count: (count) => t('facet.sources.count', { count }),
    title: (name) => t('facet.sources.title', { name }),
  },
};
