/** /cite/YYYY/MM/DD/<slug>.ris: the article as an RIS record. */
import type { APIContext } from 'astro';
import { citationFile, citationFilePaths } from '../../../../../data/citation-files.ts';

export const getStaticPaths = citationFilePaths;
export const GET = (context: APIContext): Response => citationFile('ris', context);
