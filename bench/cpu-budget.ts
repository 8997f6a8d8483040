/**
 * What a target on wall time asks of the CPU. No build takes less than its CPU time divided by the
 * cores, and this one keeps both cores of the 2-core machine busy from its first half second
 * (docs/performance.md, "Issue 21, stop 34"), so it takes little more: a target below that floor is
 * out of reach by anything but less CPU, and the line says how much less.
 */
export function cpuBudget(what: string, cpuSeconds: number, targetSeconds: number, cores: number): string {
  const floor = cpuSeconds / cores;
  const allowed = targetSeconds * cores;
  const verdict =
    floor > targetSeconds
      ? `: out of reach without ${(100 * (1 - allowed / cpuSeconds)).toFixed(0)} % less CPU`
      : `: ${(100 * (1 - floor / targetSeconds)).toFixed(0)} % to spare`;
  return (
    `${what}: its processes used ${cpuSeconds.toFixed(1)} s of CPU, so on ${cores} cores it cannot take less than ${floor.toFixed(2)} s; ` +
    `the target of ${targetSeconds.toFixed(2)} s allows ${allowed.toFixed(1)} s of CPU${verdict}`
  );
}
