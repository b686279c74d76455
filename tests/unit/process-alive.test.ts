/** isProcessAlive (src/lib/process-alive.ts): tells a running process from one that is gone. */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { isProcessAlive } from '../../src/lib/process-alive.ts';

describe('isProcessAlive', () => {
  test('is true of this process and of the first one, false of a process that has ended', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    // Process 1 exists but, run as another user, belongs to someone else: still alive.
    expect(isProcessAlive(1)).toBe(true);
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(ended).toBeGreaterThan(0);
    expect(isProcessAlive(ended)).toBe(false);
  });
});
