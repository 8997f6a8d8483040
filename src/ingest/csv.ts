import { parse } from 'csv-parse/sync';
import type { Problems } from './problems.ts';

/** A data row with its values keyed by normalised header name and its line in the file. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  /** Header names, lower-cased and trimmed. */
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
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
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

/**
 * Parse a CSV file as staff's spreadsheets produce it (BOM, CRLF, `;` or `,`, stray
 * spaces, empty lines, header case). Returns null and reports when it cannot be read.
 */
export function readCsv(text: string, file: string, problems: Problems): CsvTable | null {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    problems.error(file, err.lines ?? null, `berkas CSV tidak dapat dibaca: ${err.message}`);
    return null;
  }
  const [header, ...data] = records;
  if (!header) {
    problems.error(file, null, 'berkas kosong; diharapkan baris judul kolom dan data');
    return null;
  }
  const columns = header.record.map((c) => c.trim().toLowerCase());
  const rows: CsvRow[] = [];
  for (const { record, info } of data) {
    if (record.length > columns.length && record.slice(columns.length).some((v) => v !== '')) {
      problems.error(file, info.lines, `baris memiliki ${record.length} kolom, judul hanya ${columns.length}; periksa pemisah (, atau ;) dan tanda kutip`);
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => (values[c] = record[i] ?? ''));
    rows.push({ line: info.lines, values });
  }
  return { columns, headerLine: header.info.lines, rows };
}

/** Report each required column the table lacks; true when all are present. */
export function requireColumns(table: CsvTable, required: string[], file: string, problems: Problems): boolean {
  const missing = required.filter((c) => !table.columns.includes(c));
  for (const c of missing) {
    problems.error(file, table.headerLine, `kolom wajib "${c}" tidak ada; judul kolom yang ditemukan: ${table.columns.join(', ')}`);
  }
  return missing.length === 0;
}
