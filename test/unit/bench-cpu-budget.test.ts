/** The benchmark's CPU budget of a target on wall time (bench/cpu-budget.ts), against figures worked by hand. */
import { describe, expect, it } from 'vitest';
import { cpuBudget } from '../../bench/cpu-budget.ts';

describe('cpuBudget', () => {
  it('says a target is out of reach when the CPU used, spread over the cores, exceeds it, and by how much', () => {
    // 8.6 s of CPU on 2 cores: at least 4.30 s; 1.5 × a 2.6 s warm build is 3.90 s, 7.8 s of CPU: 9.3 % less.
    expect(cpuBudget('sample, first build', 8.6, 3.9, 2)).toBe(
      'sample, first build: its processes used 8.6 s of CPU, so on 2 cores it cannot take less than 4.30 s; the target of 3.90 s allows 7.8 s of CPU: out of reach without 9 % less CPU',
    );
  });

  it('says how much room is left when the CPU fits', () => {
    // 12 s of CPU on 4 cores: at least 3.00 s against 4.00 s allowed: a quarter to spare.
    expect(cpuBudget('5500', 12, 4, 4)).toBe(
      '5500: its processes used 12.0 s of CPU, so on 4 cores it cannot take less than 3.00 s; the target of 4.00 s allows 16.0 s of CPU: 25 % to spare',
    );
  });
});
