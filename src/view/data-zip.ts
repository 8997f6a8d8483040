import type { SiteSettings } from '../domain/types.ts';
import type { DataIndex } from './dataset-downloads.ts';
import { formatDate } from './format.ts';
import type { FileOut, WrittenFiles } from './outputs.ts';
import { urls } from './urls.ts';
import { zipFiles } from './zip.ts';

/**
 * `data/semua-data.zip`: every CSV, JSON and XLSX download of `/data/`, byte for byte as
 * published, and a short README.txt first. Made when written, after the files it holds,
 * which it reads back piece by piece (made again only when they were not written, as in
 * tests): a national site's data is hundreds of megabytes, never held whole or made twice.
 */

export const ZIP_README = 'README.txt';

/** The files of `/data/` that go in the zip: its CSV, JSON and XLSX downloads. */
const IN_ZIP = /^\/data\/[^/]+\.(csv|json|xlsx)$/;

const nameOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

export function dataZip(files: readonly FileOut[], readme: string, date: string): FileOut {
  const entries = files.filter((f) => IN_ZIP.test(f.url)).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return {
    url: urls.dataZip(),
    content: (written?: WrittenFiles) =>
      zipFiles(
        [
          { name: ZIP_README, content: () => readme },
          ...entries.map((f) => ({ name: nameOf(f.url), content: () => written?.(f.url) ?? f.content(written), stored: f.url.endsWith('.xlsx') })),
        ],
        date,
      ),
  };
}

/** The rounds' sources: one line when every round names the same. */
function sources(rounds: DataIndex['rounds']): string[] {
  const named = rounds.filter((r) => r.source);
  if (named.length === 0) return [];
  if (named.length === rounds.length && named.every((r) => r.source === named[0]!.source)) return [`Sumber hasil setiap putaran: ${named[0]!.source}`];
  return named.map((r) => `- ${r.year}: ${r.source}`);
}

/** README.txt of the zip, in Indonesian: what each file is, how to open it, the licence, the source and how to cite. */
export function zipReadme(index: DataIndex, site: Pick<SiteSettings, 'title' | 'url' | 'publisher' | 'sampleData'>): string {
  const abs = (path: string) => `${site.url}${path}`;
  const latest = index.rounds[0];
  const year = latest?.published ? Number(latest.published.slice(0, 4)) : (latest?.year ?? '');
  const lines = [
    `Data ${site.title}`,
    '',
    `Hasil Penilaian Kepatuhan Standar Pelayanan Publik ${site.publisher}: semua berkas data situs ${abs(index.url)} dalam satu arsip.`,
    ...(site.sampleData ? ['', 'DATA CONTOH. Nilai di berkas ini hanya ilustrasi, bukan hasil resmi. Jangan dikutip.'] : []),
    '',
    'ISI',
    '',
    `- ${nameOf(index.allXlsx)}, ${nameOf(index.allCsv)}, ${nameOf(index.allJson)}: semua putaran dalam satu berkas, satu baris per hasil, kolom year pertama.`,
    ...index.rounds.map(
      (r) => `- ${nameOf(r.xlsx)}, ${nameOf(r.csv)}, ${nameOf(r.json)}: ${r.title}${r.published ? `, diumumkan ${formatDate(r.published)}` : ''}.`,
    ),
    `- ${nameOf(index.dataPackage)}: paket data Frictionless (setiap berkas, kolom, tipe dan lisensinya), untuk program.`,
    '',
    'CARA MEMBUKA',
    '',
    '- XLSX: buka langsung dengan Excel, LibreOffice Calc atau Google Sheets. Kode tetap teks (32.10 tidak menjadi 32,1), nilai berupa angka dengan dua desimal. Lembar "Keterangan" menjelaskan setiap kolom.',
    '- CSV: pemisah koma, titik desimal, UTF-8. Di spreadsheet berbahasa Indonesia pakailah XLSX, atau impor CSV dengan pemisah koma, titik sebagai pemisah desimal dan kolom code sebagai teks.',
    '- JSON: untuk program dan skrip; null berarti tidak berlaku.',
    '',
    `Arti setiap kolom: ${abs(index.url)} dan ${abs(index.readme)}.`,
    '',
    'LISENSI',
    '',
    `Data hasil penilaian: ${index.license.name}${index.license.url ? ` (${index.license.url})` : ''}. Boleh dipakai ulang; sebutkan ${site.publisher} dan alamat situs ini.`,
    'Nama dan kode wilayah: idn-area-data (https://github.com/fityannugroho/idn-area-data), lisensi Open Database License (ODbL) 1.0.',
    '',
    'SUMBER',
    '',
    `${site.publisher}, ${abs(index.url)}`,
    ...sources(index.rounds),
    '',
    'CARA MENGUTIP',
    '',
    `${site.publisher}. (${year}). Data ${site.title}. Diakses <tanggal akses>, dari ${abs(index.url)}`,
    '',
  ];
  // CRLF: Notepad of older Windows shows a file with bare LF as one line.
  return lines.join('\r\n');
}
