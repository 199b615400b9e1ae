/* global process */
/** Whether a process of this machine is still running (a signal 0 probes without sending anything). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as { code?: unknown }).code !== "ESRCH";
  }
}
