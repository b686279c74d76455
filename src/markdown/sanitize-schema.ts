/**
 * What HTML an article may carry. Imported news is untrusted: GitHub's schema
 * (hast-util-sanitize's default) already drops script, style, iframe, event
 * handlers and any URL scheme but http(s), mailto and relative; we add the
 * elements newsrooms use for captions and quotes. It keeps `<input type=checkbox disabled>`
 * for GFM task lists; raw `<input>`s never reach it (rehype-raw-when-present.ts drops them).
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const articleSanitizeSchema: Schema = {
  ...defaultSchema,
  // Drop the contents of these, not just the tags (a stylesheet is not prose).
  strip: ['script', 'style', 'template', 'noscript'],
  // remark-rehype already prefixes footnote ids with `user-content-`; prefixing
  // ids again here would break footnote links, so ids are kept and made unique
  // by rehype-unique-ids instead. `name` is still prefixed: on images and forms
  // it would clobber `document` properties.
  clobber: ['name'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'cite', 'abbr', 'mark', 'small', 'time'],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    time: ['dateTime'],
    blockquote: ['cite'],
  },
};
