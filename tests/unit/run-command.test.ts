/**
 * runCommand (src/lib/run-command.ts): the exit code and the end of the
 * output come back whatever the code; only a command that cannot start rejects.
 */
import { describe, expect, test } from 'vitest';
import { runCommand } from '../../src/lib/run-command.ts';

const node = (script: string) => [process.execPath, ['-e', script]] as const;

describe('runCommand', () => {
  test('a failing command resolves with its code and both outputs', async () => {
    const outcome = await runCommand(...node('console.log("indexing"); console.error("disk full"); process.exit(3)'));
    expect(outcome.code).toBe(3);
    expect(outcome.output).toContain('indexing');
    expect(outcome.output).toContain('disk full');
  });

  test('only the end of a long output is kept', async () => {
    const { code, output } = await runCommand(
      ...node('for (let i = 0; i < 5000; i++) console.log("line " + i); console.log("the real error")'),
      { keep: 200 },
    );
    expect(code).toBe(0);
    expect(output.length).toBeLessThanOrEqual(200);
    expect(output).toContain('the real error');
    expect(output).not.toContain('line 0\n');
  });

  test('runs where and with what it is told', async () => {
    const { output } = await runCommand(...node('console.log(process.cwd(), process.env.CLIPPINGS_PROBE)'), {
      cwd: '/',
      env: { CLIPPINGS_PROBE: 'seen' },
    });
    expect(output.trim()).toBe('/ seen');
  });

  test('a command that does not exist rejects, saying so', async () => {
    await expect(runCommand('clippings-no-such-command', [])).rejects.toThrow(/ENOENT/);
  });
});
