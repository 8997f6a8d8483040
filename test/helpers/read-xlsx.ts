import { unzipSync, strFromU8 } from 'fflate';

/**
 * A spreadsheet read back as a reader would: unzipped (fflate), each sheet's cells with the
 * type the file gives them (`s` text, `n` number, `b` TRUE/FALSE) and their number format,
 * found through the relationships, not assumed from the writer.
 */

export interface ReadCell {
  type: 's' | 'n' | 'b';
  value: string | number | boolean;
  /** The cell's number format code (built-in formats by their code: 2 is `0.00`, 49 is `@`). */
  format: string;
  bold: boolean;
}

export interface ReadSheet {
  name: string;
  /** Rows in order; a missing cell is undefined. */
  rows: (ReadCell | undefined)[][];
  frozenRows: number;
  autoFilter: string | null;
  widths: number[];
}

export interface ReadWorkbook {
  sheets: ReadSheet[];
  properties: Record<string, string>;
  entries: Record<string, Uint8Array>;
}

const BUILT_IN_FORMATS: Record<string, string> = { '0': 'General', '1': '0', '2': '0.00', '49': '@' };

const unescape = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()]!,
  );

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = unescape(m[2]!);
  return out;
}

/** Elements `<name …>…</name>` or `<name …/>`: their attributes and inner XML. */
function elements(xml: string, name: string): { attrs: Record<string, string>; inner: string }[] {
  const re = new RegExp(`<${name}(\\s[^>]*?)?(/>|>([\\s\\S]*?)</${name}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attrs: attrs(m[1] ?? ''), inner: m[3] ?? '' }));
}

const columnIndex = (ref: string) => [...ref.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

export function readXlsx(bytes: Uint8Array): ReadWorkbook {
  const entries = unzipSync(bytes);
  const text = (path: string) => {
    const entry = entries[path];
    if (!entry) throw new Error(`no ${path} in the workbook`);
    return strFromU8(entry);
  };
  const types = text('[Content_Types].xml');
  const rootRels = elements(text('_rels/.rels'), 'Relationship');
  const workbookPath = rootRels.find((r) => r.attrs.Type!.endsWith('/officeDocument'))!.attrs.Target!;
  const workbook = text(workbookPath);
  const rels = elements(text(workbookPath.replace(/([^/]+)$/, '_rels/$1.rels')), 'Relationship');
  const target = (type: string) => rels.find((r) => r.attrs.Type!.endsWith(`/${type}`))?.attrs.Target;
  const inXl = (t: string) => `xl/${t}`;

  const strings = elements(text(inXl(target('sharedStrings')!)), 'si').map((si) =>
    unescape(
      elements(si.inner, 't')
        .map((t) => t.inner)
        .join(''),
    ),
  );
  const styles = text(inXl(target('styles')!));
  const formats = Object.fromEntries(elements(styles, 'numFmt').map((f) => [f.attrs.numFmtId!, f.attrs.formatCode!]));
  const fonts = elements(elements(styles, 'fonts')[0]!.inner, 'font').map((f) => /<b\/>|<b\s/.test(f.inner));
  const xfs = elements(elements(styles, 'cellXfs')[0]!.inner, 'xf').map((xf) => ({
    format: formats[xf.attrs.numFmtId!] ?? BUILT_IN_FORMATS[xf.attrs.numFmtId!] ?? `#${xf.attrs.numFmtId}`,
    bold: fonts[Number(xf.attrs.fontId ?? 0)] ?? false,
  }));

  const sheets = elements(workbook, 'sheet').map((s): ReadSheet => {
    const path = inXl(rels.find((r) => r.attrs.Id === s.attrs['r:id'])!.attrs.Target!);
    if (!types.includes(`PartName="/${path}"`)) throw new Error(`${path} has no content type`);
    const xml = text(path);
    const rows: (ReadCell | undefined)[][] = [];
    for (const row of elements(elements(xml, 'sheetData')[0]!.inner, 'row')) {
      const cells: (ReadCell | undefined)[] = [];
      let column = -1;
      for (const c of elements(row.inner, 'c')) {
        // A cell without a reference follows the one before it (ECMA-376 §18.3.1.4).
        column = c.attrs.r ? columnIndex(c.attrs.r) : column + 1;
        const v = elements(c.inner, 'v')[0]?.inner;
        if (v === undefined) continue;
        const style = xfs[Number(c.attrs.s ?? 0)]!;
        const type = c.attrs.t === 's' ? 's' : c.attrs.t === 'b' ? 'b' : c.attrs.t === undefined || c.attrs.t === 'n' ? 'n' : null;
        if (type === null) throw new Error(`cell ${c.attrs.r}: type ${c.attrs.t}`);
        const value = type === 's' ? strings[Number(v)]! : type === 'b' ? v === '1' : Number(v);
        cells[column] = { type, value, format: style.format, bold: style.bold };
      }
      rows[Number(row.attrs.r) - 1] = cells;
    }
    const pane = elements(xml, 'pane')[0]?.attrs;
    return {
      name: s.attrs.name!,
      rows,
      frozenRows: pane?.state === 'frozen' ? Number(pane.ySplit ?? 0) : 0,
      autoFilter: elements(xml, 'autoFilter')[0]?.attrs.ref ?? null,
      widths: elements(xml, 'col').map((c) => Number(c.attrs.width)),
    };
  });

  const core = text('docProps/core.xml');
  const properties = Object.fromEntries([...core.matchAll(/<(?:dc|dcterms|cp):(\w+)[^>]*>([^<]*)(?=<)/g)].map((m) => [m[1]!, unescape(m[2]!)]));
  return { sheets, properties, entries };
}

/** The cells' values of a sheet, `null` for a missing cell, `width` cells a row. */
export function values(sheet: ReadSheet, width: number): (string | number | boolean | null)[][] {
  return sheet.rows.map((row) => Array.from({ length: width }, (_, i) => row[i]?.value ?? null));
}
