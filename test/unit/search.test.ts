import { describe, expect, it } from 'vitest';
import { SEARCH_EXCLUDE, withoutTables } from '../../src/search.ts';

describe('pages sent to the search index', () => {
  it('go without their tables, which the index skips anyway, and keep every other word', () => {
    const html =
      '<main data-pagefind-body><h1>Peringkat 2024</h1><p>Tabel di bawah.</p>' +
      '<table class="ranking" data-sortable>\n<caption>Kabupaten</caption><tr><td>1</td><td>Bogor</td></tr>\n</table>' +
      '<p>Antara tabel.</p><table><tr><td>Kota</td></tr></table><p>Akhir.</p></main>';
    expect(withoutTables(html)).toBe('<main data-pagefind-body><h1>Peringkat 2024</h1><p>Tabel di bawah.</p><p>Antara tabel.</p><p>Akhir.</p></main>');
    expect(SEARCH_EXCLUDE).toContain('table');
  });

  it('leave elements whose names merely start with "table" alone', () => {
    expect(withoutTables('<tablet>x</tablet>')).toBe('<tablet>x</tablet>');
  });
});
