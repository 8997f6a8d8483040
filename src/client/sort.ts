/**
 * Entry point of assets/js/sort.js: tables marked `data-sortable` get a button in each column
 * header (Enter, Space or click) that sorts the body rows; `aria-sort` says which column and
 * which way, and a polite live region says it aloud. Without JavaScript the table is unchanged.
 *
 * A cell sorts by its `data-sort-value` when present, else by its text read as an Indonesian
 * number (80,85; 1.234; −2,10; "12/98" → 12) or, in a text column, by Indonesian collation.
 * Empty cells and "–" always go last.
 */
type Value = number | string | null;
type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
const ID_NUMBER = /^([+\-−]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/;

export function readNumber(text: string): number | null {
  const m = ID_NUMBER.exec(text);
  if (!m) return null;
  const n = Number(`${m[2]!.replace(/\./g, '')}.${m[3] ?? '0'}`);
  return m[1] === '-' || m[1] === '−' ? -n : n;
}

function cellValue(cell: HTMLTableCellElement | undefined): Value {
  if (!cell) return null;
  const given = cell.dataset.sortValue;
  if (given !== undefined) {
    if (given.trim() === '') return null;
    const n = Number(given);
    return Number.isFinite(n) ? n : given;
  }
  const text = (cell.textContent ?? '').trim();
  if (text === '' || text === '–' || text === '-') return null;
  return readNumber(text) ?? text;
}

/** Numeric when most filled cells are numbers; the rest (e.g. "baru") then sort last, like empty cells. */
function columnValues(rows: HTMLTableRowElement[], column: number): Value[] {
  const raw = rows.map((r) => cellValue(r.cells[column]));
  const filled = raw.filter((v) => v !== null);
  const numeric = filled.filter((v) => typeof v === 'number').length * 2 > filled.length;
  return raw.map((v) => (numeric ? (typeof v === 'number' ? v : null) : v === null ? null : String(v)));
}

function sortTable(table: HTMLTableElement, column: number, direction: Direction): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  const values = columnValues(rows, column);
  const sign = direction === 'ascending' ? 1 : -1;
  const order = rows.map((_, i) => i).sort((a, b) => {
    const va = values[a]!;
    const vb = values[b]!;
    if (va === null || vb === null) return va === vb ? a - b : va === null ? 1 : -1;
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return sign * c || a - b; // stable: equal values keep their current order
  });
  const fragment = document.createDocumentFragment();
  for (const i of order) fragment.append(rows[i]!);
  body.append(fragment);
}

function announcer(): HTMLElement {
  let live = document.getElementById('urutan-status');
  if (!live) {
    live = document.createElement('p');
    live.id = 'urutan-status';
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');
    (document.querySelector('main') ?? document.body).append(live);
  }
  return live;
}

function enhance(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  headers.forEach((th, column) => {
    if (th.dataset.sort === 'none') return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    th.append(button);
    button.addEventListener('click', () => {
      const direction: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      sortTable(table, column, direction);
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
      const words = direction === 'ascending' ? 'urutan naik' : 'urutan turun';
      announcer().textContent = `${table.caption?.textContent?.trim() ?? 'Tabel'}: diurutkan menurut ${(button.textContent ?? '').trim()}, ${words}.`;
    });
  });
  table.classList.add('sortable');
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
