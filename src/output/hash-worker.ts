/**
 * The thread of hashFilesAside (src/output/manifest.ts): hashes the files it
 * is given and answers with their SHA-256, in their order. Run by Node's type
 * stripping, outside Astro's module graph: it imports only modules Node loads
 * as they are.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { hashFile } from './manifest.ts';

const { dir, files } = workerData as { dir: string; files: string[] };
parentPort?.postMessage(files.map((file) => hashFile(join(dir, file))));
