/**
 * Pinning a command to one processor (src/lib/cpu-pinning.ts): the CPU list
 * Linux writes is read right, and a pinned command runs on the one processor
 * its slot names, or unchanged where pinning cannot be done.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cpuPinner, parseCpuList } from '../../src/lib/cpu-pinning.ts';
import { runCommand } from '../../src/lib/run-command.ts';

describe('parseCpuList', () => {
  test('reads single processors and ranges', () => {
    expect(parseCpuList('0-2,5,8-9\n')).toEqual([0, 1, 2, 5, 8, 9]);
    expect(parseCpuList('3')).toEqual([3]);
    expect(parseCpuList('')).toEqual([]);
  });
});

describe('cpuPinner', () => {
  const printAllowed = `process.stdout.write(/Cpus_allowed_list:\\s*(.+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1])`;
  const allowed = (() => {
    try {
      return parseCpuList(/Cpus_allowed_list:\s*(.+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '');
    } catch {
      return [];
    }
  })();

  test.runIf(allowed.length > 1)('runs the command on the processor its slot names', async () => {
    const pin = cpuPinner();
    const second = pin({ command: process.execPath, args: ['-e', printAllowed] }, 1);
    expect(second.command).not.toBe(process.execPath);
    const { code, output } = await runCommand(second.command, second.args);
    expect(code).toBe(0);
    expect(output).toBe(String(allowed[1]));
  });

  test('a slot beyond the processors leaves the command as it is', () => {
    const invocation = { command: process.execPath, args: ['-e', '1'] };
    expect(cpuPinner()(invocation, 4096)).toEqual(invocation);
  });
});
