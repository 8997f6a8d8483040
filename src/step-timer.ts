import { writeSync } from 'node:fs';

/**
 * Where a build's time goes, for whoever is making it faster (docs/performance.md, `npm run
 * bench`): with BUILD_TIMINGS set in the environment, the end of each step is printed as
 * `[waktu] <thread>: <step> <seconds> s`, counted from the start of the process (the same
 * clock on every thread). Without it, nothing is measured or printed.
 */
export function stepTimer(thread: string, log: (line: string) => void = toStandardError): (step: string) => void {
  if (!process.env.BUILD_TIMINGS) return () => {};
  return (step) => log(`${STEP_PREFIX} ${thread}: ${step} ${process.uptime().toFixed(2)} s`);
}

export const STEP_PREFIX = '[waktu]';

/** Written at once, also from a worker thread, whose console is relayed by the main thread and lost if the process exits first. */
function toStandardError(line: string): void {
  writeSync(2, `${line}\n`);
}
