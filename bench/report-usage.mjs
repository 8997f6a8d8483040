/**
 * Preloaded into a benchmarked child (`node --import ./bench/report-usage.mjs …`):
 * on exit, writes the process's resource usage to $BENCH_USAGE_FILE. The runner reads the
 * peak memory from it when /usr/bin/time is not installed.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
