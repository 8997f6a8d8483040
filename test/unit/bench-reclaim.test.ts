/** The benchmark's reading of the kernel's page reclaim (bench/reclaim.ts): kswapd's CPU time from /proc. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reclaimSeconds } from '../../bench/reclaim.ts';

/** A /proc/<pid>/stat line: pid, (comm), state, then fields 4–17 with utime (14th) and stime (15th) as given. */
const stat = (pid: number, comm: string, utime: number, stime: number) =>
  `${pid} (${comm}) S 2 0 0 0 -1 2129984 0 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 7 0 0\n`;

describe('reclaimSeconds', () => {
  const proc = mkdtempSync(join(tmpdir(), 'proc-'));
  const add = (pid: number, text: string) => {
    mkdirSync(join(proc, String(pid)));
    writeFileSync(join(proc, String(pid), 'stat'), text);
  };
  afterAll(() => rmSync(proc, { recursive: true, force: true }));

  it('adds the user and system time of every kswapd thread, in seconds, and nothing else', () => {
    add(1, stat(1, 'systemd', 500, 700));
    add(47, stat(47, 'kswapd0', 120_000, 3_456));
    add(48, stat(48, 'kswapd1', 44, 0));
    add(90, stat(90, 'odd) (kswapd0', 9_999, 9_999)); // a name with a parenthesis is not kswapd's
    add(3, ''); // a process ended while read
    mkdirSync(join(proc, 'self'));
    expect(reclaimSeconds(proc)).toBeCloseTo((120_000 + 3_456 + 44) / 100, 6);
  });

  it('is null where /proc does not tell', () => {
    expect(reclaimSeconds(join(proc, 'missing'))).toBeNull();
    const empty = mkdtempSync(join(tmpdir(), 'proc-')); // no kswapd: not Linux's /proc
    expect(reclaimSeconds(empty)).toBeNull();
    rmSync(empty, { recursive: true, force: true });
  });
});
