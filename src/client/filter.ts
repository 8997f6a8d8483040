/**
 * Entry point of assets/js/filter.js: shows the filter of a kind's ranking (templates/_data-pages/peringkat-jenis.ts)
 * and hides the rows that do not match its name, province and zone (or category). The choice is kept in the
 * address (`?nama=bogor&provinsi=Jawa+Barat&zona=hijau`), so a filtered view can be linked and survives a reload.
 * Nothing is read from the rows until the reader filters (or arrives with a filter in the address), so a
 * long table costs nothing more at load. Without JavaScript the form stays hidden and every row is there.
 */

const norm = (text: string) =>
  text
    .toLocaleLowerCase('id')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface RowKey {
  row: HTMLTableRowElement;
  name: string;
  province: string;
  tone: string;
}

function keys(table: HTMLTableElement): RowKey[] {
  return [...(table.tBodies[0]?.rows ?? [])].map((row) => {
    const head = row.cells[1];
    return {
      row,
      name: norm(head?.querySelector('a')?.textContent ?? ''),
      province: head?.querySelector('small')?.textContent ?? '',
      tone: /zone-(\S+)/.exec(row.cells[3]?.className ?? '')?.[1] ?? '',
    };
  });
}

function enhance(form: HTMLElement, table: HTMLTableElement): void {
  const status = form.querySelector<HTMLElement>('.filter-status');
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
  let rows: RowKey[] | null = null;

  const apply = () => {
    const [name, province, tone] = ['name', 'province', 'tone'].map((key) => fields.find((f) => f.dataset.key === key)?.value ?? '');
    const query = norm(name!);
    rows ??= keys(table);
    let shown = 0;
    for (const r of rows) {
      const match = (!query || r.name.includes(query)) && (!province || r.province === province) && (!tone || r.tone === tone);
      r.row.hidden = !match;
      if (match) shown++;
    }
    const filtered = Boolean(query || province || tone);
    if (status) status.textContent = filtered ? (shown === 0 ? 'Tidak ada yang cocok.' : `Menampilkan ${shown} dari ${rows.length}.`) : '';
    const params = new URLSearchParams();
    for (const f of fields) if (f.value) params.set(f.name, f.value);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  };

  // A filter in the address: filled in and applied at once.
  const given = new URLSearchParams(location.search);
  let any = false;
  for (const f of fields) {
    const value = given.get(f.name);
    if (value === null) continue;
    if (f instanceof HTMLSelectElement && ![...f.options].some((o) => o.value === value)) continue;
    f.value = value;
    any = true;
  }
  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  if (any) apply();
}

for (const form of document.querySelectorAll<HTMLElement>('.filter')) {
  const table = form.nextElementSibling;
  if (table instanceof HTMLTableElement && table.hasAttribute('data-filterable')) enhance(form, table);
}
