import type { RegionPage } from './pages.ts';
import { byName } from '../model/results.ts';
import { KINDS, type Region } from '../domain/types.ts';

/** `/wilayah/`: every region page A–Z, the way to a region that needs no search box and no JavaScript. */
export interface RegionIndexEntry {
  label: string;
  url: string;
  code: string;
  /** "Kabupaten, Jawa Barat" */
  context: string;
}

export interface RegionIndexGroup {
  letter: string;
  /** Anchor id on the page. */
  id: string;
  entries: RegionIndexEntry[];
}

const KIND_ORDER = new Map(KINDS.map((k, i) => [k, i]));

/** Sorted by the name without its kind, so Kabupaten Bogor and Kota Bogor sit together under B. */
export function regionIndex(pages: readonly RegionPage[], regions: ReadonlyMap<string, Pick<Region, 'name'>>): RegionIndexGroup[] {
  const rawName = (p: RegionPage) => regions.get(p.code)!.name;
  const sorted = [...pages].sort((a, b) => byName(rawName(a), rawName(b)) || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || (a.code < b.code ? -1 : 1));
  const groups: RegionIndexGroup[] = [];
  for (const p of sorted) {
    const first = rawName(p).normalize('NFKD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    let group = groups[groups.length - 1];
    if (!group || group.letter !== letter) groups.push((group = { letter, id: letter === '#' ? 'lain' : `huruf-${letter.toLowerCase()}`, entries: [] }));
    group.entries.push({ label: p.name, url: p.url, code: p.code, context: p.province ? `${p.kindLabel}, ${p.province.name}` : p.kindLabel });
  }
  return groups;
}
