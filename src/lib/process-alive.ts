/**
 * Whether a process runs: for files named after the process writing them
 * (a half-written record, a build shared between test workers), to tell one
 * still being written from one abandoned by a process that is gone.
 */

/** Whether the process with this id runs (signal 0 is only asked, never sent). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
