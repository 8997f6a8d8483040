import type { Narrative, Page, SiteSettings } from '../domain/types.ts';
import { SLUG } from '../domain/slug.ts';
import { readCorrections } from './corrections.ts';
import { lineOfKey, markdownText, optionalString, readFrontMatter, renderMarkdown, reportExternalImages, writtenScalar } from './markdown.ts';
import type { Problems } from './problems.ts';

/** Read `content/regions/**.md`: a region's general profile or its story in one round. */
export function readNarrative(text: string, file: string, codes: Set<string>, years: Set<number>, problems: Problems): Narrative | null {
  const fm = readFrontMatter(text, file, problems);
  if (!fm) return null;
  // YAML reads `code: 32.10` as the number 32.1: take the code as written.
  const code = typeof fm.data.code === 'number' ? (writtenScalar(text, 'code') ?? String(fm.data.code)) : optionalString(fm.data.code);
  let ok = true;
  if (!code) {
    problems.error(file, fm.bodyLine > 1 ? 2 : 1, 'kunci "code" tidak ada; diharapkan kode wilayah dari data/regions.csv di front matter (mis. code: "18.72")');
    ok = false;
  } else if (codes.size > 0 && !codes.has(code)) {
    // an empty registry could not be read: its own errors say why
    problems.error(file, lineOfKey(text, 'code'), `kode "${code}" tidak ada di data/regions.csv; diharapkan kode dari registri`);
    ok = false;
  }
  let year: number | null = null;
  if (fm.data.year !== undefined && fm.data.year !== null) {
    year = Number(fm.data.year);
    if (!Number.isInteger(year) || !years.has(year)) {
      problems.error(
        file,
        lineOfKey(text, 'year'),
        `tahun "${String(fm.data.year)}" bukan putaran penilaian; diharapkan salah satu putaran yang ada: ${[...years].sort().join(', ')}`,
      );
      ok = false;
    }
  }
  const corrections = readCorrections(fm.data.corrections, text, file, problems);
  reportExternalImages(fm, file, problems);
  if (!ok) return null;
  return { code: code!, year, title: optionalString(fm.data.title), html: renderMarkdown(fm.body), text: markdownText(fm.body), file, corrections };
}

/** Read `content/pages/*.md`: about, methodology and the like. */
export function readPage(text: string, file: string, fallbackSlug: string, problems: Problems): Page | null {
  const fm = readFrontMatter(text, file, problems);
  if (!fm) return null;
  const title = optionalString(fm.data.title);
  const slug = optionalString(fm.data.slug) ?? fallbackSlug;
  let ok = true;
  if (!title) {
    problems.error(file, fm.bodyLine > 1 ? 2 : 1, 'kunci "title" tidak ada; diharapkan judul halaman di front matter (mis. title: Metodologi)');
    ok = false;
  }
  if (!SLUG.test(slug)) {
    problems.error(file, lineOfKey(text, 'slug') ?? 1, `slug "${slug}" tidak sah; diharapkan huruf kecil, angka dan tanda hubung`);
    ok = false;
  }
  reportExternalImages(fm, file, problems);
  if (!ok) return null;
  return { slug, title: title!, description: optionalString(fm.data.description), html: renderMarkdown(fm.body) };
}

export const DEFAULT_SITE: SiteSettings = {
  title: 'Peta Kepatuhan Pelayanan Publik',
  description: 'Hasil Penilaian Kepatuhan Standar Pelayanan Publik oleh Ombudsman Republik Indonesia.',
  url: 'https://example.org',
  sampleData: false,
  publisher: 'Ombudsman Republik Indonesia',
  socialCards: true,
  dataLicense: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.id' },
};

/** Read `content/site.md`: the site's settings (front matter only). */
export function readSite(text: string, file: string, problems: Problems): SiteSettings {
  const fm = readFrontMatter(text, file, problems);
  if (!fm) return DEFAULT_SITE;
  const d = fm.data;
  const url = (optionalString(d.url) ?? DEFAULT_SITE.url).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(url))
    problems.error(file, lineOfKey(text, 'url'), `url "${url}" tidak sah; diharapkan alamat situs, mis. https://kepatuhan.ombudsman.go.id`);
  const flag = (key: 'sampleData' | 'socialCards'): boolean => {
    if (d[key] === undefined) return DEFAULT_SITE[key];
    if (typeof d[key] === 'boolean') return d[key];
    problems.error(file, lineOfKey(text, key), `${key} "${String(d[key])}" tidak sah; diharapkan true atau false`);
    return DEFAULT_SITE[key];
  };
  // `dataLicense` and `dataLicenseUrl`: the default is Creative Commons Attribution 4.0.
  const license = (): SiteSettings['dataLicense'] => {
    const name = optionalString(d.dataLicense);
    const link = optionalString(d.dataLicenseUrl);
    if (link !== null && !/^https?:\/\/\S+$/.test(link)) {
      problems.error(file, lineOfKey(text, 'dataLicenseUrl'), `dataLicenseUrl "${link}" bukan alamat web; diharapkan https://… (naskah lisensinya)`);
    }
    if (name === null) return DEFAULT_SITE.dataLicense;
    return { name, url: link ?? '' };
  };
  return {
    title: optionalString(d.title) ?? DEFAULT_SITE.title,
    description: optionalString(d.description) ?? DEFAULT_SITE.description,
    url,
    sampleData: flag('sampleData'),
    publisher: optionalString(d.publisher) ?? DEFAULT_SITE.publisher,
    socialCards: flag('socialCards'),
    dataLicense: license(),
  };
}
