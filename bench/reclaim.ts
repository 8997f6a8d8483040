import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Clock ticks per second of /proc's CPU times (USER_HZ): 100 on Linux. */
const TICKS = 100;

/**
 * CPU seconds the kernel's page reclaim (the `kswapd` threads) has used since boot; null where
 * /proc does not tell (not Linux). It runs on the cores the build runs on: with the output on
 * tmpfs, a national site's gigabytes (and anything left there before) make it run, and a build
 * slows by what it takes (docs/performance.md, "Issue 21, stop 33").
 */
export function reclaimSeconds(proc = '/proc'): number | null {
  let ticks = 0;
  let found = false;
  let pids: string[];
  try {
    pids = readdirSync(proc).filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(join(proc, pid, 'stat'), 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // `pid (comm) state …`: the name may hold spaces and parentheses, so fields are counted after its last `)`.
    const close = stat.lastIndexOf(')');
    if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('kswapd')) continue;
    const fields = stat.slice(close + 2).split(' '); // fields[0] is stat's third field, state
    ticks += Number(fields[11]) + Number(fields[12]); // utime and stime, its 14th and 15th
    found = true;
  }
  return found ? ticks / TICKS : null;
}
