/**
 * The worker session (src/lib/run-worker.ts): jobs run in turn in one thread,
 * which keeps what it learnt between them; a failed job or a thread that stops
 * is an error naming what happened, never a hang.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openWorker } from '../../src/lib/run-worker.ts';

let dir: string;
let workerFile: string;

type Reply = { ok: true; count: number; job: string };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clippings-run-worker-'));
  workerFile = join(dir, 'counter.mjs');
  // Counts the jobs it has done: the count shows whether two jobs shared the thread.
  await writeFile(
    workerFile,
    `import { parentPort } from 'node:worker_threads';
let count = 0;
parentPort.on('message', (job) => {
  if (job === 'exit') process.exit(3);
  if (job === 'fail') return parentPort.postMessage({ ok: false, message: 'asked to fail' });
  count++;
  setTimeout(() => parentPort.postMessage({ ok: true, count, job }), 20);
});
`,
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('openWorker', () => {
  test('jobs run one after another in the same thread, which keeps its state between them', async () => {
    const worker = openWorker<string, Reply>(workerFile, {}, 'the counter');
    expect(await worker.run('first')).toEqual({ ok: true, count: 1, job: 'first' });
    expect(await worker.run('second')).toEqual({ ok: true, count: 2, job: 'second' });
    expect(worker.stopped).toBe(false);
    await worker.close();
  });

  test("a failed job rejects with the worker's message, and the thread takes the next job", async () => {
    const worker = openWorker<string, Reply>(workerFile, {}, 'the counter');
    await expect(worker.run('fail')).rejects.toThrow('asked to fail');
    expect(await worker.run('after')).toMatchObject({ count: 1, job: 'after' });
    await worker.close();
  });

  test('a thread that stops before it answers rejects the job, and every job after it, saying so', async () => {
    const worker = openWorker<string, Reply>(workerFile, {}, 'the counter');
    await expect(worker.run('exit')).rejects.toThrow('the counter stopped (exit code 3) before it answered');
    await expect(worker.run('again')).rejects.toThrow('the counter stopped (exit code 3)');
    expect(worker.stopped).toBe(true);
  });

  test('one job at a time, and none after it is closed', async () => {
    const worker = openWorker<string, Reply>(workerFile, {}, 'the counter');
    const first = worker.run('first');
    await expect(worker.run('meanwhile')).rejects.toThrow('the counter is still doing its last job');
    expect(await first).toMatchObject({ count: 1 });
    await worker.close();
    await expect(worker.run('later')).rejects.toThrow('the counter stopped');
  });
});
