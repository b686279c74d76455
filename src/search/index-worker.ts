/**
 * A worker thread that indexes one search shard. Pagefind's Node API keeps one
 * Pagefind process per module instance, and that process indexes about one
 * shard at a time: two shards given to it together took as long as one after
 * the other. A worker thread has its own module instance, so its own Pagefind
 * process, and shards in two workers index on two cores. Started by
 * src/search/indexer.ts as a plain file run by Node's type stripping, outside
 * Astro's Vite module graph: it must only import modules Node can load as they are.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexSite, type IndexOptions, type IndexReply } from './indexer.ts';

try {
  const result = await indexSite(workerData as IndexOptions);
  parentPort?.postMessage({ ok: true, result } satisfies IndexReply);
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  } satisfies IndexReply);
}
