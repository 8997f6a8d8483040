import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/ingest/markdown.ts';
import { regionSearchRecord } from '../../src/view/search-record.ts';
import type { RegionPage } from '../../src/view/pages.ts';

describe('markdownText (narratives in the search index)', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownText('# Judul\n\nPelayanan **sangat** baik, lihat [laporan](https://contoh.id) dan `kode`.\n\n- satu\n- dua\n')).toBe(
      'Judul Pelayanan sangat baik, lihat laporan dan kode . satu dua',
    );
  });

  it('keeps text that looks like HTML as text', () => {
    expect(markdownText('a <b>tebal</b> & c')).toBe('a <b>tebal</b> & c');
  });
});

describe('regionSearchRecord', () => {
  const page = {
    url: '/wilayah/kabupaten-bogor/',
    code: '32.01',
    name: 'Kabupaten Bogor',
    kindLabel: 'Kabupaten',
    province: { name: 'Provinsi Jawa Barat', url: '/wilayah/provinsi-jawa-barat/' },
    description: 'Kabupaten Bogor: nilai 80,85, Zona Hijau (2023).',
    narratives: [{ title: 'Catatan 2023', year: 2023, html: '<p>Naik tajam.</p>', text: 'Naik tajam.' }],
    corrections: [{ id: 'r1', date: '2024-01-05', year: 2023, text: 'Nilai diperbaiki.', html: 'Nilai diperbaiki.' }],
  } as unknown as RegionPage;

  it('holds what the page is found by: name, kind, province, code, latest result, narratives and corrections', () => {
    expect(regionSearchRecord(page)).toEqual({
      url: '/wilayah/kabupaten-bogor/',
      title: 'Kabupaten Bogor',
      content:
        'Kabupaten Bogor. Kabupaten di Provinsi Jawa Barat, kode 32.01. Kabupaten Bogor: nilai 80,85, Zona Hijau (2023). ' +
        'Catatan 2023 Naik tajam. Ralat: Nilai diperbaiki.',
    });
  });
});
