import { parse } from 'csv-parse/sync';
import { checkUtf8 } from './encoding.ts';
import { cut, type Problems } from './problems.ts';
import { NAME_MAX, textProblem } from './text.ts';

/** A data row with its values keyed by normalised header name and its line in the file. */
export interface CsvRow {
  /** First line of the record (a quoted value may span several lines). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  /** Header names, lower-cased and trimmed; columns without a name are left out. */
  columns: string[];
  /** Line of the header row, for column-level messages. */
  headerLine: number;
  rows: CsvRow[];
}

/**
 * Spreadsheets set to Indonesian export `;`. Detect per file from the header line:
 * whichever of `;` and `,` occurs more often outside quotes.
 */
export function detectDelimiter(text: string): ';' | ',' {
  const header =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n|\r/)
      .find((l) => l.trim() !== '') ?? '';
  let inQuotes = false;
  let semicolons = 0;
  let commas = 0;
  for (const ch of header) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === ';') semicolons++;
    else if (!inQuotes && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

type Parsed = { record: string[]; raw: string; info: { lines: number } };

/**
 * Parse a CSV file as staff's spreadsheets produce it (BOM, CRLF, `;` or `,`, stray
 * spaces, empty lines, header case). Returns null and reports when it cannot be read.
 */
export function readCsv(text: string, file: string, problems: Problems): CsvTable | null {
  if (!checkUtf8(text, file, problems)) return null;
  // csv-parse counts a CRLF inside a quoted value as two lines, shifting every later line
  // number: line ends are made uniform first.
  const source = text.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(source);
  let records: Parsed[];
  try {
    records = parse(source, {
      bom: true,
      delimiter,
      trim: true,
      relax_quotes: true, // `Kepulauan "Seribu"` unquoted is a value, not an error
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      info: true,
      raw: true,
    }) as unknown as Parsed[];
  } catch (e) {
    reportParseError(e as { code?: string; lines?: number; message: string }, source, delimiter, file, problems);
    return null;
  }
  const [header, ...data] = records;
  if (!header) {
    problems.error(file, null, 'berkas kosong; diharapkan baris judul kolom (mis. code,score) lalu baris data');
    return null;
  }
  const headerLine = firstLine(header);
  header.record.forEach((c, i) => checkText(c, `judul kolom ke-${i + 1}`, file, headerLine, problems));
  const names = header.record.map((c) => c.trim().toLowerCase());
  const columns: string[] = [];
  names.forEach((name, i) => {
    if (name === '') return;
    const first = names.indexOf(name);
    if (first !== i)
      problems.error(file, headerLine, `kolom "${name}" muncul dua kali di baris judul (kolom ke-${first + 1} dan ke-${i + 1}); setiap judul kolom harus unik`);
    else columns.push(name);
  });
  const unnamedWithValues = new Set<number>();
  const rows: CsvRow[] = [];
  for (const record of data) {
    const line = firstLine(record);
    const values = record.record;
    if (values.length > names.length && values.slice(names.length).some((v) => v !== '')) {
      const hint = delimiter === ',' ? '; angka berkoma desimal dalam berkas berpemisah koma harus diberi tanda kutip ("80,85")' : '';
      problems.error(
        file,
        line,
        `baris ini berisi ${values.length} nilai, sedangkan baris judul hanya ${names.length} kolom; periksa pemisah (${delimiter}) dan tanda kutip${hint}`,
      );
      continue;
    }
    const row: Record<string, string> = {};
    names.forEach((name, i) => {
      const v = values[i] ?? '';
      checkText(v, name === '' ? `kolom ke-${i + 1}` : `kolom ${cut(name)}`, file, line, problems);
      if (name === '') {
        if (v !== '') unnamedWithValues.add(i);
      } else if (!(name in row)) row[name] = v;
    });
    rows.push({ line, values: row });
  }
  for (const i of unnamedWithValues) {
    problems.warn(file, headerLine, `kolom ke-${i + 1} tidak memiliki judul; isinya diabaikan`);
  }
  return { columns, headerLine, rows };
}

/**
 * Every value of every CSV file, whatever its column: no control or invisible characters, at
 * most NAME_MAX characters (a name is part of a file name and a line of a card).
 */
function checkText(value: string, what: string, file: string, line: number, problems: Problems): void {
  const problem = textProblem(value, NAME_MAX);
  if (problem) problems.error(file, line, `${what}: ${problem}`);
}

/** csv-parse gives the line where a record ends; its raw text (after skipped blank lines) tells where it began. */
function firstLine({ raw, info }: Parsed): number {
  const body = raw.replace(/^(?:[ \t]*\n)+/, '').replace(/\n$/, '');
  return info.lines - (body.match(/\n/g)?.length ?? 0);
}

function reportParseError(err: { code?: string; lines?: number; message: string }, source: string, delimiter: string, file: string, problems: Problems): void {
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    const opened = unclosedQuoteLine(source, delimiter);
    problems.error(
      file,
      opened ?? err.lines ?? null,
      'tanda kutip (") dibuka tetapi tidak pernah ditutup; diharapkan tanda kutip penutup sebelum pemisah atau akhir baris',
    );
  } else if (err.code === 'CSV_INVALID_CLOSING_QUOTE' || err.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    problems.error(
      file,
      err.lines ?? null,
      `ada teks setelah tanda kutip penutup; diharapkan pemisah (${delimiter}) atau akhir baris. Tanda kutip di dalam nilai yang berkutip ditulis dua kali ("")`,
    );
  } else {
    problems.error(file, err.lines ?? null, `berkas CSV tidak dapat dibaca (${err.code ?? err.message}); periksa pemisah (${delimiter}) dan tanda kutip`);
  }
}

/** Line where a quoted value opens and never closes: a quote opens a value only at its start. */
function unclosedQuoteLine(source: string, delimiter: string): number | null {
  let line = 1;
  let opened: number | null = null;
  let fieldStart = true;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n') line++;
    if (opened !== null) {
      if (ch === '"' && source[i + 1] === '"') i++;
      else if (ch === '"') opened = null;
    } else if (ch === '"' && fieldStart) {
      opened = line;
      fieldStart = false;
    } else if (ch === delimiter || ch === '\n') {
      fieldStart = true;
    } else if (ch !== ' ' && ch !== '\t' && ch !== '\uFEFF') {
      fieldStart = false;
    }
  }
  return opened;
}

/** Report each required column the table lacks; true when all are present. */
export function requireColumns(table: CsvTable, required: string[], file: string, problems: Problems): boolean {
  const missing = required.filter((c) => !table.columns.includes(c));
  for (const c of missing) {
    problems.error(file, table.headerLine, `kolom wajib "${c}" tidak ada; judul kolom yang ditemukan: ${table.columns.join(', ') || '(tidak ada)'}`);
  }
  return missing.length === 0;
}
