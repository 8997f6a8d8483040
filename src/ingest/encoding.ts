import type { Problems } from './problems.ts';

/**
 * Files are read as UTF-8; bytes that are not UTF-8 (a spreadsheet's "CSV" in Windows-1252,
 * or "Unicode text", which is UTF-16) become U+FFFD. Report the first such line and say
 * how to save the file instead; true when the text is clean.
 */
export function checkUtf8(text: string, file: string, problems: Problems): boolean {
  const at = text.indexOf('\uFFFD');
  if (at === -1) return true;
  const line = text.slice(0, at).split(/\r\n|\r|\n/).length;
  problems.error(
    file,
    line,
    'berkas bukan UTF-8 (ada karakter yang tidak dapat dibaca); diharapkan teks UTF-8: simpan ulang dari spreadsheet sebagai "CSV UTF-8", atau dari editor dengan pengodean UTF-8',
  );
  return false;
}
