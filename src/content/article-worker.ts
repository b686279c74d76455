/**
 * A worker thread that checks article files and renders their bodies
 * (article-file.ts), so a cold build uses every core for the costliest part
 * of loading an archive. Started by the loader through src/lib/worker-batches.ts
 * as a plain file run by Node's type stripping, outside Astro's Vite module
 * graph: it must only import modules Node can load as they are.
 */
import { workerData } from 'node:worker_threads';
import { answerBatches } from '../lib/worker-batches.ts';
import { runArticleTask, type ArticleFileSetup, type ArticleFileTask } from './article-file.ts';

const setup = workerData as ArticleFileSetup;
answerBatches((task: ArticleFileTask) => runArticleTask(task, setup));
