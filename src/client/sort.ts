/**
 * Entry point of assets/js/sort.js: tables marked `data-sortable` get a button in each column
 * header (Enter, Space or click) that sorts the body rows; `aria-sort` says which column and
 * which way, and a polite live region says it aloud. Without JavaScript the table is unchanged.
 * Set-up touches only the header row, with one listener per table: the body's cells are read
 * on the first sort, so a table of thousands of rows costs no more at load than one of ten.
 * How cells compare: ./sort-values.ts.
 */
import { cellValue, sortOrder, type Direction } from './sort-values.ts';

function sortTable(table: HTMLTableElement, column: number, direction: Direction): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  const values = rows.map((r) => {
    const cell = r.cells[column];
    return cell ? cellValue(cell.dataset.sortValue, cell.textContent ?? '') : null;
  });
  const fragment = document.createDocumentFragment();
  for (const i of sortOrder(values, direction)) fragment.append(rows[i]!);
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

/**
 * The header's own content stays in place as an invisible, hidden-from-assistive-technology copy
 * that keeps the column's width, and the button lies over the whole cell holding the content
 * itself (its name); the arrow is the cell's ::after, there from the first paint (site.css).
 * So adding the buttons changes no column width, and no row of a long table is laid out again.
 */
function enhance(table: HTMLTableElement): void {
  const row = table.tHead?.rows[0];
  if (!row) return;
  const headers = [...row.cells];
  for (const th of headers) {
    if (th.dataset.sort === 'none') continue;
    const keep = document.createElement('span');
    keep.className = 'sort-keep';
    keep.setAttribute('aria-hidden', 'true');
    for (const node of th.childNodes) keep.append(node.cloneNode(true));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(keep, button);
  }
  row.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button.sort-button') : null;
    const th = button?.parentElement;
    if (!button || !(th instanceof HTMLTableCellElement)) return;
    const direction: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    sortTable(table, th.cellIndex, direction);
    for (const other of headers) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
    const words = direction === 'ascending' ? 'urutan naik' : 'urutan turun';
    announcer().textContent = `${table.caption?.textContent?.trim() ?? 'Tabel'}: diurutkan menurut ${(button.textContent ?? '').trim()}, ${words}.`;
  });
  table.classList.add('sortable');
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
