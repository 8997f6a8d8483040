import { KINDS, type Kind, type Region } from '../domain/types.ts';
import { defaultSlug, doubledSlug, SLUG } from '../domain/slug.ts';
import { readCsv, requireColumns } from './csv.ts';
import type { Problems } from './problems.ts';

const CODE = /^[A-Za-z0-9.-]+$/;
/** Kemendagri codes: `18` for a province, `18.03` for a kabupaten or kota. */
const KEMENDAGRI: Partial<Record<Kind, { pattern: RegExp; example: string }>> = {
  provinsi: { pattern: /^\d{2}$/, example: '18' },
  kabupaten: { pattern: /^\d{2}\.\d{2}$/, example: '18.03' },
  kota: { pattern: /^\d{2}\.\d{2}$/, example: '18.72' },
};
const OPTIONAL = ['province', 'slug', 'former_slugs'];
const REQUIRED = ['code', 'name', 'kind'];

interface Located<T> {
  value: T;
  line: number;
}

/** Read `data/regions.csv`, the registry of everything that can be assessed. */
export function readRegions(text: string, file: string, problems: Problems): Region[] {
  const table = readCsv(text, file, problems);
  if (!table) return [];
  const complete = requireColumns(table, REQUIRED, file, problems);
  // Unknown columns are named even when a required one is missing: `nama` is often the missing `name`.
  for (const c of table.columns) {
    if (!REQUIRED.includes(c) && !OPTIONAL.includes(c)) {
      problems.warn(file, table.headerLine, `kolom "${c}" tidak dikenal dan diabaikan; kolom yang dikenal: ${[...REQUIRED, ...OPTIONAL].join(', ')}`);
    }
  }
  if (!complete) return [];

  const regions: Located<Region>[] = [];
  const byCode = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const code = values.code ?? '';
    const name = values.name ?? '';
    const kind = (values.kind ?? '').toLowerCase();
    let ok = true;
    if (!CODE.test(code)) {
      problems.error(
        file,
        line,
        code === ''
          ? 'kode kosong; diharapkan kode Kemendagri (mis. 18 atau 18.03) atau kode lain dari huruf, angka, titik dan tanda hubung'
          : `kode "${code}" tidak sah; diharapkan huruf, angka, titik atau tanda hubung (mis. 18.03)`,
      );
      ok = false;
    } else if (byCode.has(code)) {
      problems.error(file, line, `kode "${code}" sudah dipakai di baris ${byCode.get(code)}; setiap kode hanya boleh satu baris`);
      ok = false;
    }
    if (name === '') {
      problems.error(file, line, 'nama kosong; diharapkan nama tanpa jenisnya (mis. Lampung Utara)');
      ok = false;
    }
    if (!(KINDS as readonly string[]).includes(kind)) {
      problems.error(file, line, `jenis "${values.kind}" tidak dikenal; diharapkan salah satu dari ${KINDS.join(', ')}`);
      ok = false;
    }
    const slug = values.slug ? values.slug : defaultSlug(kind, name);
    if (values.slug && !SLUG.test(values.slug)) {
      problems.error(file, line, `slug "${values.slug}" tidak sah; diharapkan huruf kecil, angka dan tanda hubung (mis. kota-metro)`);
      ok = false;
    }
    const formerSlugs = (values.former_slugs ?? '')
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    for (const s of formerSlugs.filter((s) => !SLUG.test(s))) {
      problems.error(file, line, `slug lama "${s}" tidak sah; diharapkan huruf kecil, angka dan tanda hubung, dipisah dengan |`);
      ok = false;
    }
    if (!byCode.has(code)) byCode.set(code, line);
    if (!ok) continue;
    const province = values.province ? values.province : null;
    regions.push({ line, value: { code, name, kind: kind as Kind, province, slug, formerSlugs } });
  }

  if (table.rows.length === 0)
    problems.error(
      file,
      table.headerLine,
      'registri tidak berisi satu wilayah pun; diharapkan satu baris per provinsi, kabupaten, kota, kementerian atau lembaga',
    );
  checkProvinces(regions, file, problems);
  checkCodeFormats(regions, file, problems);
  checkSlugs(regions, file, problems);
  keepDoubledSlugs(regions);
  return regions.map((r) => r.value);
}

/**
 * Links published under the doubled default slug (`/wilayah/kementerian-kementerian-agama/`)
 * keep working: it becomes a former slug, unless some region claims it.
 */
function keepDoubledSlugs(regions: Located<Region>[]): void {
  const claimed = new Set(regions.flatMap(({ value }) => [value.slug, ...value.formerSlugs]));
  for (const { value } of regions) {
    const doubled = doubledSlug(value.kind, value.name);
    if (doubled && value.slug === defaultSlug(value.kind, value.name) && !claimed.has(doubled)) {
      value.formerSlugs.push(doubled);
      claimed.add(doubled);
    }
  }
}

/**
 * Warn about codes that do not look like Kemendagri's, or whose leading digits name
 * another province than the province column: usually a spreadsheet turned 32.10 into
 * 32.1, or a row was copied from the wrong province.
 */
function checkCodeFormats(regions: Located<Region>[], file: string, problems: Problems): void {
  const provinces = new Set(regions.filter((r) => r.value.kind === 'provinsi').map((r) => r.value.code));
  for (const { value: r, line } of regions) {
    const format = KEMENDAGRI[r.kind];
    if (format && !format.pattern.test(r.code)) {
      problems.warn(
        file,
        line,
        `kode "${r.code}" untuk ${r.kind} tidak berbentuk kode Kemendagri (mis. ${format.example}); bila spreadsheet menghapus angka 0 di belakang, format kolom code sebagai teks`,
      );
    } else if (format && r.province !== null && provinces.has(r.province) && !r.code.startsWith(`${r.province}.`)) {
      problems.warn(
        file,
        line,
        `kode "${r.code}" diawali ${r.code.split('.')[0]} tetapi kolom province berisi "${r.province}"; diharapkan provinsi yang sama dengan awal kode`,
      );
    }
  }
}

function checkProvinces(regions: Located<Region>[], file: string, problems: Problems): void {
  const provinces = new Set(regions.filter((r) => r.value.kind === 'provinsi').map((r) => r.value.code));
  for (const { value: r, line } of regions) {
    const needsProvince = r.kind === 'kabupaten' || r.kind === 'kota';
    if (needsProvince && r.province === null) {
      problems.error(file, line, `${r.kind} "${r.name}" tanpa provinsi; kolom province harus berisi kode provinsi (mis. 18)`);
    } else if (needsProvince && !provinces.has(r.province!)) {
      problems.error(
        file,
        line,
        `province "${r.province}" untuk ${r.kind} "${r.name}" bukan kode provinsi di data/regions.csv; diharapkan kode sebuah baris berjenis provinsi (mis. ${r.code.split('.')[0]})`,
      );
    } else if (!needsProvince && r.province !== null) {
      problems.warn(file, line, `kolom province diabaikan untuk jenis ${r.kind}`);
      r.province = null;
    }
  }
}

/** Slugs and former slugs share one URL space, `wilayah/<slug>/`: each may be used once. */
function checkSlugs(regions: Located<Region>[], file: string, problems: Problems): void {
  const owner = new Map<string, { line: number; code: string; former: boolean }>();
  const claims = regions.flatMap(({ value, line }) => [
    { slug: value.slug, line, code: value.code, former: false },
    ...value.formerSlugs.map((slug) => ({ slug, line, code: value.code, former: true })),
  ]);
  // Current slugs first, so a former slug that collides is the one reported.
  claims.sort((a, b) => Number(a.former) - Number(b.former) || a.line - b.line);
  for (const c of claims) {
    const prior = owner.get(c.slug);
    if (prior) {
      const what = c.former ? 'slug lama' : 'slug';
      const whose = prior.code === c.code ? 'slug wilayah ini sendiri' : `${prior.former ? 'slug lama' : 'slug'} kode ${prior.code} di baris ${prior.line}`;
      problems.error(file, c.line, `${what} "${c.slug}" bentrok dengan ${whose}; setiap slug harus unik (isi kolom slug untuk membedakan)`);
    } else {
      owner.set(c.slug, { line: c.line, code: c.code, former: c.former });
    }
  }
}
