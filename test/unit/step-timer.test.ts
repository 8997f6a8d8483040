import { afterEach, describe, expect, it } from 'vitest';
import { STEP_PREFIX, stepTimer } from '../../src/step-timer.ts';

describe('stepTimer', () => {
  const saved = process.env.BUILD_TIMINGS;
  afterEach(() => {
    if (saved === undefined) delete process.env.BUILD_TIMINGS;
    else process.env.BUILD_TIMINGS = saved;
  });

  it('prints nothing unless BUILD_TIMINGS is set', () => {
    delete process.env.BUILD_TIMINGS;
    const lines: string[] = [];
    stepTimer('utama', (l) => lines.push(l))('unduhan');
    expect(lines).toEqual([]);
  });

  it('prints each step with its thread and the seconds since the process started, in order', () => {
    process.env.BUILD_TIMINGS = '1';
    const lines: string[] = [];
    const step = stepTimer('pembantu 1', (l) => lines.push(l));
    step('tampilan (view) dibuat');
    step('halaman wilayah');
    const pattern = new RegExp(`^\\${STEP_PREFIX} pembantu 1: (.+) (\\d+\\.\\d\\d) s$`);
    const parsed = lines.map((l) => pattern.exec(l));
    expect(parsed.map((m) => m?.[1])).toEqual(['tampilan (view) dibuat', 'halaman wilayah']);
    const [first, second] = parsed.map((m) => Number(m![2]));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThanOrEqual(first!);
    expect(second).toBeLessThanOrEqual(process.uptime() + 0.005); // printed rounded to 0.01 s
  });
});
