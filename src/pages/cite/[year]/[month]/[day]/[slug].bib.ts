/** /cite/YYYY/MM/DD/<slug>.bib: the article as a BibTeX entry. */
import type { APIContext } from 'astro';
import { citationFile, citationFilePaths } from '../../../../../data/citation-files.ts';

export const getStaticPaths = citationFilePaths;
export const GET = (context: APIContext): Response => citationFile('bib', context);
