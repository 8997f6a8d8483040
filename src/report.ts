import { formatProblem, type Problem } from './ingest/problems.ts';

/** Print problems as `path:line: message`, errors to stderr, and a one-line verdict. */
export function reportProblems(problems: readonly Problem[], log: (line: string) => void = console.error): void {
  const sorted = [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  for (const p of sorted) log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0) log(`${errors} kesalahan, ${warnings} peringatan. Perbaiki kesalahan di atas lalu jalankan lagi; situs yang sudah ada tidak diubah.`);
  else if (warnings > 0) log(`${warnings} peringatan (tidak menghentikan build).`);
}
