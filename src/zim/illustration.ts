/**
 * The ZIM's Illustration: the 48×48 PNG Kiwix shows in its library, drawn
 * from the site's SVG icon (public/favicon.svg) by resvg, so the archive's
 * icon is the same everywhere and no PNG is kept by hand.
 */
import { Resvg } from '@resvg/resvg-js';

/** ZIM metadata asks for an Illustration_48x48 PNG. */
export const ILLUSTRATION_SIZE = 48;

/** A square SVG drawn as a 48×48 PNG; throws, naming `file`, when it is not square or not SVG. */
export function illustrationPng(svg: string | Buffer, file = 'public/favicon.svg'): Buffer {
  let rendered;
  try {
    rendered = new Resvg(svg, { fitTo: { mode: 'width', value: ILLUSTRATION_SIZE } }).render();
  } catch (cause) {
    throw new Error(`${file}: cannot draw the ZIM illustration from it (${String(cause)}). It must be an SVG image.`, {
      cause,
    });
  }
  if (rendered.width !== ILLUSTRATION_SIZE || rendered.height !== ILLUSTRATION_SIZE) {
    throw new Error(
      `${file} is ${rendered.width}×${rendered.height} at 48 pixels wide, but the ZIM illustration must be square. Give the icon a square viewBox.`,
    );
  }
  return rendered.asPng();
}
