/**
 * A process tree as the benchmark measures it: a process and all its descendants (Pagefind's and
 * esbuild's processes beside the build's Node), read from /proc every `everyMs`. Its peak memory
 * is the highest sum of their resident set sizes (/usr/bin/time -v reports only the largest single
 * process); its CPU is what each process had used when last seen, summed. Pagefind's process is
 * killed at the end of a build, which exits without waiting for it, so /usr/bin/time (which counts
 * only the children waited for) leaves its CPU out. Linux only; elsewhere both stay null.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = 4096;
/** Clock ticks per second of /proc's CPU times (USER_HZ): 100 on Linux. */
const TICKS = 100;

export interface ProcessStat {
  /** The command name. */
  comm: string;
  ppid: number;
  /** User + system CPU time, in seconds. */
  cpuSeconds: number;
}

/** Every process now running, from `proc`'s stat files: pid → its name, parent and CPU time. Throws when `proc` cannot be listed. */
export function processes(proc = '/proc'): Map<number, ProcessStat> {
  const out = new Map<number, ProcessStat>();
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(join(proc, name, 'stat'), 'latin1');
    } catch {
      continue; // ended meanwhile
    }
    // `pid (comm) state …`: the name may hold spaces and parentheses, so fields are counted after its last `)`.
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' '); // fields[0] is stat's third field, state
    out.set(Number(name), {
      comm: stat.slice(stat.indexOf('(') + 1, close),
      ppid: Number(fields[1]),
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS, // utime and stime, its 14th and 15th
    });
  }
  return out;
}

/** `root` and its descendants now, each with its depth below `root` (0 for itself) and CPU time. */
export function treeNow(root: number, proc = '/proc'): { pid: number; depth: number; cpuSeconds: number }[] {
  const all = processes(proc);
  const depth = new Map([[root, 0]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of all) {
      if (depth.has(pid) || !depth.has(ppid)) continue;
      depth.set(pid, depth.get(ppid)! + 1);
      grew = true;
    }
  }
  return [...depth].map(([pid, d]) => ({ pid, depth: d, cpuSeconds: all.get(pid)?.cpuSeconds ?? 0 }));
}

/** Resident bytes of these processes now. */
function rssOf(pids: Iterable<number>): number {
  let bytes = 0;
  for (const pid of pids) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) * PAGE;
    } catch {
      // ended meanwhile
    }
  }
  return bytes;
}

/** Resident bytes of `root` and its descendants now. */
export const treeRss = (root: number): number => rssOf(treeNow(root).map((p) => p.pid));

export interface TreeWatch {
  /** Stop sampling; the highest sum of resident set sizes seen, in MB (null without /proc). */
  stop(): number | null;
  /**
   * CPU seconds of the processes seen deeper than `depth` below the root, each as last seen (a
   * process's last `everyMs` before it ended is missed); null without /proc.
   */
  cpuSecondsBelow(depth: number): number | null;
}

/** Sample the tree under `pid` until stopped. */
export function watchTree(pid: number, everyMs = 100): TreeWatch {
  let peak: number | null = null;
  const seen = new Map<number, { depth: number; cpuSeconds: number }>();
  const sample = () => {
    try {
      const tree = treeNow(pid);
      for (const p of tree) seen.set(p.pid, { depth: p.depth, cpuSeconds: Math.max(p.cpuSeconds, seen.get(p.pid)?.cpuSeconds ?? 0) });
      peak = Math.max(peak ?? 0, rssOf(tree.map((p) => p.pid)));
    } catch {
      // no /proc
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak === null ? null : peak / 2 ** 20;
    },
    cpuSecondsBelow: (depth) => (seen.size === 0 ? null : [...seen.values()].reduce((sum, p) => sum + (p.depth > depth ? p.cpuSeconds : 0), 0)),
  };
}
