import { escapeHtml } from './escape.ts';
import { zipFiles } from './zip.ts';

/**
 * A spreadsheet (Office Open XML, .xlsx) written directly: the few parts Excel and
 * LibreOffice need, typed cells and the styles they use, made row by row into a zip
 * (src/view/zip.ts), so a sheet of a million rows is never held whole. Why not a library:
 * docs/data-format.md, "Spreadsheets".
 */

/** How a column's cells are written: text (shown as typed, `32.10` keeps its zero), a whole number, a number shown with two decimals, or TRUE/FALSE. */
export type CellType = 'text' | 'integer' | 'decimal' | 'boolean';

export interface Column {
  header: string;
  type: CellType;
  /** In characters, as Excel counts them. */
  width: number;
  /** Bold text (labels). */
  bold?: boolean;
  /** Long text wrapped in its cell. */
  wrap?: boolean;
}

/** A cell's value; null and undefined leave the cell empty. */
export type Cell = string | number | boolean | null | undefined;

export interface Sheet {
  /** At most 31 characters, none of \ / ? * [ ] : */
  name: string;
  columns: readonly Column[];
  /** When true, the first row holds the headers, bold, frozen while scrolling, with a filter. */
  header: boolean;
  rows: Iterable<readonly Cell[]>;
}

/** The workbook's document properties (File → Properties). */
export interface Properties {
  title: string;
  subject: string;
  creator: string;
  description: string;
  keywords: string;
  /** YYYY-MM-DD, from the data: the properties' dates and the zip's, so the bytes never change from one build to the next. */
  date: string;
}

/** Excel's rows per sheet, the header included. */
export const MAX_ROWS = 1_048_576;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Indices into the styles' cellXfs (STYLES below). */
const STYLE = { general: 0, decimal: 1, header: 2, text: 3, wrap: 4, bold: 5 } as const;

/** Number format 2 is Excel's built-in `0.00`: shown with the reader's own decimal separator. 49 is `@`, text: an edited code stays text. */
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
`;

/** Characters XML 1.0 cannot hold (the ingest refuses them; this is the last guard), and Excel's longest cell text. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_TEXT = 32_767;

/** Text for an XML element or attribute: escaped by the one escaper, characters XML cannot hold replaced. */
export function xmlText(s: string): string {
  const text = s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
  return escapeHtml(text.replace(NOT_XML, '\uFFFD'));
}

/** A, B, …, Z, AA, AB, … */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The workbook's strings, each stored once (`xl/sharedStrings.xml`); cells refer to them by index. */
class SharedStrings {
  readonly index = new Map<string, number>();
  uses = 0;
  add(s: string): number {
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) this.index.set(s, (i = this.index.size));
    return i;
  }
  *xml(): Generator<string> {
    yield `${HEAD}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.index.size}">`;
    for (const s of this.index.keys()) yield /^\s|\s$/.test(s) ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>` : `<si><t>${xmlText(s)}</t></si>`;
    yield '</sst>';
  }
}

function cellStyle(c: Column): number {
  if (c.type === 'decimal') return STYLE.decimal;
  if (c.type !== 'text') return STYLE.general;
  return c.bold ? STYLE.bold : c.wrap ? STYLE.wrap : STYLE.text;
}

/** Points per line of text in the default font (Calibri 11): Excel's default row height. */
const LINE = 15;

/**
 * The height of a row whose wrapped text takes more than a line, from its length and the
 * column's width (about a character per unit of width); spreadsheets do not grow a row for
 * its wrapped text on opening a file.
 */
function rowHeight(columns: readonly Column[], wrapped: readonly number[], row: readonly Cell[]): string {
  let lines = 1;
  for (const i of wrapped) {
    const v = row[i];
    if (typeof v === 'string') lines = Math.max(lines, Math.ceil(v.length / columns[i]!.width));
  }
  return lines > 1 ? ` ht="${lines * LINE}" customHeight="1"` : '';
}

/** One sheet's XML, row by row; `done(rows)` is told how many rows it had. */
function* sheetXml(sheet: Sheet, strings: SharedStrings, first: boolean, done: (rows: number) => void): Generator<string> {
  const names = sheet.columns.map((_, i) => columnName(i));
  const styles = sheet.columns.map(cellStyle);
  const last = names[names.length - 1] ?? 'A';
  yield `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}>`;
  yield sheet.header
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '<selection activeCell="A1" sqref="A1"/>';
  yield '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>';
  yield sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  yield '</cols><sheetData>';
  let r = 0;
  if (sheet.header) {
    r++;
    yield `<row r="1">${sheet.columns.map((c) => `<c t="s" s="${STYLE.header}"><v>${strings.add(c.header)}</v></c>`).join('')}</row>`;
  }
  const wrapped = sheet.columns.flatMap((c, i) => (c.wrap ? [i] : []));
  for (const row of sheet.rows) {
    r++;
    let xml = `<row r="${r}"${rowHeight(sheet.columns, wrapped, row)}>`;
    let next = 0;
    for (let i = 0; i < sheet.columns.length; i++) {
      const v = row[i];
      if (v === null || v === undefined || v === '') continue;
      const type = sheet.columns[i]!.type;
      // A cell without a reference is the one after the cell before it (ECMA-376 §18.3.1.4,
      // as Excel, LibreOffice and Google Sheets read it): only a cell after an empty one names its place.
      const c = i === next ? '<c' : `<c r="${names[i]}${r}"`;
      next = i + 1;
      if (typeof v === 'number' && Number.isFinite(v) && (type === 'integer' || type === 'decimal'))
        xml += type === 'decimal' ? `${c} s="${STYLE.decimal}"><v>${v}</v></c>` : `${c}><v>${v}</v></c>`;
      else if (typeof v === 'boolean' && type === 'boolean') xml += `${c} t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `${c} t="s" s="${type === 'text' ? styles[i] : STYLE.text}"><v>${strings.add(String(v))}</v></c>`;
    }
    yield `${xml}</row>`;
  }
  if (r > MAX_ROWS) throw new Error(`xlsx: sheet "${sheet.name}" has ${r} rows; a sheet holds at most ${MAX_ROWS}`);
  yield sheet.header && r > 1 ? `</sheetData><autoFilter ref="A1:${last}${r}"/></worksheet>` : '</sheetData></worksheet>';
  done(r);
}

/** `xl/workbook.xml`: the sheets in order, and the filter range of each sheet with headers (Excel's own name for it). */
function workbookXml(sheets: readonly Sheet[], rows: readonly number[]): string {
  const filters = sheets.flatMap((s, i) =>
    s.header && rows[i]! > 1
      ? [
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText(s.name)}'!$A$1:$${columnName(s.columns.length - 1)}$${rows[i]}</definedName>`,
        ]
      : [],
  );
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${filters.length ? `<definedNames>${filters.join('')}</definedNames>` : ''}</workbook>`
  );
}

function contentTypes(sheets: number): string {
  const part = (name: string, type: string) => `<Override PartName="${name}" ContentType="application/vnd.openxmlformats-${type}+xml"/>`;
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    part('/xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main') +
    Array.from({ length: sheets }, (_, i) => part(`/xl/worksheets/sheet${i + 1}.xml`, 'officedocument.spreadsheetml.worksheet')).join('') +
    part('/xl/styles.xml', 'officedocument.spreadsheetml.styles') +
    part('/xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings') +
    part('/docProps/core.xml', 'package.core-properties') +
    '</Types>'
  );
}

const ROOT_RELS =
  `${HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
  '</Relationships>';

function workbookRels(sheets: number): string {
  const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${target}"/>`;
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    Array.from({ length: sheets }, (_, i) => rel(i + 1, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('') +
    rel(sheets + 1, 'styles', 'styles.xml') +
    rel(sheets + 2, 'sharedStrings', 'sharedStrings.xml') +
    '</Relationships>'
  );
}

function coreXml(p: Properties): string {
  const when = `${p.date}T00:00:00Z`;
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xmlText(p.title)}</dc:title><dc:subject>${xmlText(p.subject)}</dc:subject><dc:creator>${xmlText(p.creator)}</dc:creator>` +
    `<cp:keywords>${xmlText(p.keywords)}</cp:keywords><dc:description>${xmlText(p.description)}</dc:description><dc:language>id-ID</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The workbook's bytes, in pieces as they are made; the same sheets and properties give the same bytes. */
export function xlsx(sheets: readonly Sheet[], properties: Properties): Iterable<Uint8Array> {
  const strings = new SharedStrings();
  const rows: number[] = [];
  return zipFiles(
    [
      { name: '[Content_Types].xml', content: () => contentTypes(sheets.length) },
      { name: '_rels/.rels', content: () => ROOT_RELS },
      { name: 'docProps/core.xml', content: () => coreXml(properties) },
      { name: 'xl/_rels/workbook.xml.rels', content: () => workbookRels(sheets.length) },
      { name: 'xl/styles.xml', content: () => STYLES },
      ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, content: () => sheetXml(sheet, strings, i === 0, (n) => (rows[i] = n)) })),
      // After the sheets: the strings they used, and the filter ranges from their row counts.
      { name: 'xl/sharedStrings.xml', content: () => strings.xml() },
      { name: 'xl/workbook.xml', content: () => workbookXml(sheets, rows) },
    ],
    properties.date,
  );
}
