/**
 * A round's diff in words (Bahasa Indonesia, Indonesian number formats): headline and
 * sections of rows. The terminal and HTML reports both render this, so they never disagree.
 */
import type { Result } from '../domain/types.ts';
import { countZones } from '../model/aggregates.ts';
import { displayName, formatChange, formatInteger, formatScore } from '../view/format.ts';
import { BIG_MOVE, type Placement, type RegionChange, type RoundDiff, type SiteDiff } from './diff.ts';

export interface Cell {
  /** Column heading in HTML, prefix of the value in the terminal. */
  label: string;
  /** Empty when it does not apply to this row. */
  value: string;
}

export interface Row {
  region: string;
  cells: Cell[];
}

export interface Section {
  id: string;
  title: string;
  rows: Row[];
  /** Consequences rather than edits: the terminal shows only the first few. */
  minor: boolean;
}

export interface RoundDescription {
  year: number;
  headline: string;
  sections: Section[];
}

const arrow = (before: string, after: string) => `${before} → ${after}`;

export function regionLabel(r: Pick<Result, 'kind' | 'name' | 'code'>): string {
  return `${displayName(r)} (${r.code})`;
}

export function placementLabel(p: Placement): string {
  return p.zone ? `${p.zone}, ${p.band}${p.grade ? ` (${p.grade})` : ''}` : p.band;
}

/** "hijau 3, kuning 1, merah 0"; a round without zones by band, best first as published. */
function zoneSummary(results: readonly Result[]): string {
  if (results.some((r) => r.zone === null)) {
    const bands = new Map<string, number>();
    for (const r of results) bands.set(r.band, (bands.get(r.band) ?? 0) + 1);
    return [...bands].map(([band, n]) => `${band} ${formatInteger(n)}`).join(', ');
  }
  const c = countZones(results);
  return `hijau ${formatInteger(c.hijau)}, kuning ${formatInteger(c.kuning)}, merah ${formatInteger(c.merah)}`;
}

/** "; METODE BERUBAH (kepatuhan 2024 → opini-2025): …" */
function methodBreak(round: RoundDiff): string {
  const m = round.methodChange;
  if (!m) return '';
  const from = round.status === 'added' ? `${m.before} ${m.year}` : m.before;
  return `; METODE BERUBAH (${from} → ${m.after}): nilai dan peringkat tidak dibandingkan dengan ${round.status === 'added' ? `putaran ${m.year}` : 'yang terbit'}`;
}

function headline(round: RoundDiff): string {
  const y = `Putaran ${round.year}`;
  switch (round.status) {
    case 'added':
      return `${y}: BARU, ${formatInteger(round.countAfter)} wilayah dinilai (${zoneSummary(round.results)})${methodBreak(round)}`;
    case 'removed':
      return `${y}: AKAN HILANG dari situs (${formatInteger(round.countBefore)} wilayah terbit); berkas data/scores/${round.year}.csv tidak ada lagi`;
    case 'unchanged':
      return `${y}: tidak ada perubahan wilayah, nilai, peringkat atau zona`;
    case 'changed': {
      const n = round.added.length + round.removed.length + round.scoreChanges.length + round.placementChanges.length + round.identityChanges.length;
      if (round.methodChange) return `${y}: ${formatInteger(round.countBefore)} → ${formatInteger(round.countAfter)} wilayah${methodBreak(round)}`;
      const count = n > 0 ? `${formatInteger(n)} perubahan` : 'hanya peringkat bergeser';
      return `${y}: ${count} (${formatInteger(round.countBefore)} → ${formatInteger(round.countAfter)} wilayah)`;
    }
  }
}

const scoreCell = (r: Result): Cell => ({ label: 'nilai', value: formatScore(r.score) });
const rankCell = (r: Result): Cell => ({ label: 'peringkat', value: `${formatInteger(r.rank)} dari ${formatInteger(r.rankOf)}` });
const zoneCell = (r: Result): Cell => ({ label: 'zona', value: placementLabel({ zone: r.zone, band: r.band, grade: r.grade ?? null }) });

function changeCells(c: RegionChange): Cell[] {
  return [
    {
      label: 'nilai',
      value: c.score
        ? `${arrow(formatScore(c.score.before), formatScore(c.score.after))} (${formatChange(c.score.after - c.score.before)})`
        : formatScore(c.after.score),
    },
    { label: 'peringkat', value: c.rank ? arrow(formatInteger(c.rank.before), formatInteger(c.rank.after)) : '' },
    { label: 'zona', value: c.placement ? arrow(placementLabel(c.placement.before), placementLabel(c.placement.after)) : '' },
    { label: 'sub-nilai', value: c.dimensions.map((d) => `${d.key} ${arrow(formatScore(d.before), formatScore(d.after))}`).join(', ') },
  ];
}

function bigMoveRow(r: Result): Row {
  return {
    region: regionLabel(r),
    cells: [
      scoreCell(r),
      { label: `putaran sebelumnya`, value: `${r.previousYear}: ${formatScore(r.previousScore)}` },
      { label: 'selisih', value: formatChange(r.scoreChange) },
    ],
  };
}

/** Sections in the order staff should read them: what looks like a typo first. */
export function describeRound(round: RoundDiff): RoundDescription {
  const sections: Section[] = [
    { id: 'periksa', title: `Periksa: selisih ${BIG_MOVE} poin atau lebih dari putaran sebelumnya`, minor: false, rows: round.bigMoves.map(bigMoveRow) },
    { id: 'nilai', title: 'Nilai berubah', minor: false, rows: round.scoreChanges.map((c) => ({ region: regionLabel(c.after), cells: changeCells(c) })) },
    {
      id: 'baru',
      title: 'Wilayah baru di putaran ini',
      minor: false,
      rows: round.added.map((r) => ({ region: regionLabel(r), cells: [scoreCell(r), rankCell(r), zoneCell(r)] })),
    },
    {
      id: 'hilang',
      title: 'Wilayah hilang dari putaran ini',
      minor: false,
      rows: round.removed.map((r) => ({ region: regionLabel(r), cells: [scoreCell(r), rankCell(r), zoneCell(r)] })),
    },
    {
      id: 'zona',
      title: 'Zona atau kategori berubah, nilai sama',
      minor: false,
      rows: round.placementChanges.map((c) => ({
        region: regionLabel(c.after),
        cells: [scoreCell(c.after), { label: 'zona', value: arrow(placementLabel(c.placement!.before), placementLabel(c.placement!.after)) }],
      })),
    },
    {
      id: 'identitas',
      title: 'Nama, alamat halaman atau jenis berubah',
      minor: false,
      rows: round.identityChanges.map((c) => ({
        region: regionLabel(c.after),
        cells: [{ label: 'perubahan', value: c.identity.map((i) => `${i.field} ${arrow(i.before ?? '–', i.after ?? '–')}`).join(', ') }],
      })),
    },
    {
      id: 'peringkat',
      title: 'Peringkat bergeser akibat perubahan lain',
      minor: true,
      rows: round.rankOnlyChanges.map((c) => ({
        region: regionLabel(c.after),
        cells: [{ label: 'peringkat', value: arrow(formatInteger(c.rank!.before), formatInteger(c.rank!.after)) }],
      })),
    },
  ];
  return { year: round.year, headline: headline(round), sections: sections.filter((s) => s.rows.length > 0) };
}

/** Rounds with something to say, newest first; unchanged rounds are only listed by year. */
export function describeSite(diff: SiteDiff): { rounds: RoundDescription[]; unchanged: string | null } {
  const same = diff.rounds.filter((r) => r.status === 'unchanged').map((r) => r.year);
  return {
    rounds: diff.rounds.filter((r) => r.status !== 'unchanged').map(describeRound),
    unchanged: same.length > 0 ? `Tanpa perubahan wilayah, nilai, peringkat atau zona: putaran ${same.join(', ')}` : null,
  };
}

/** One line for the end of the report. */
export function verdict(diff: SiteDiff): string {
  if (diff.unchanged) return 'Tidak ada perubahan: data yang akan terbit sama dengan yang sudah terbit.';
  const count = (s: RoundDiff['status']) => diff.rounds.filter((r) => r.status === s).length;
  const parts = [
    count('added') > 0 ? `${count('added')} putaran baru` : '',
    count('changed') > 0 ? `${count('changed')} putaran berubah` : '',
    count('removed') > 0 ? `${count('removed')} putaran hilang` : '',
    count('unchanged') > 0 ? `${count('unchanged')} putaran tanpa perubahan` : '',
  ].filter(Boolean);
  const checks = diff.rounds.reduce((n, r) => n + r.bigMoves.length, 0);
  const warn = checks > 0 ? ` ${checks} nilai perlu diperiksa (selisih besar dari putaran sebelumnya).` : '';
  return `Ringkasan: ${parts.join(', ')}.${warn}`;
}
