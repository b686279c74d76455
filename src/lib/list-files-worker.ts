/**
 * The thread of listFilesAside (src/lib/list-files.ts): lists the folder it is
 * given and answers with its files. Run by Node's type stripping, outside
 * Astro's module graph: it imports only modules Node loads as they are.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { listFiles } from './list-files.ts';

parentPort?.postMessage(await listFiles(workerData as string));
