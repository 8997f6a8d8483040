import type { Region, Round, Score } from '../domain/types.ts';
import { readCsv, requireColumns } from './csv.ts';
import { parseScore } from './number.ts';
import type { Problems } from './problems.ts';
import { RESERVED_COLUMNS } from './rounds.ts';

/** Read `data/scores/YYYY.csv`: one row per region assessed in the round. */
export function readScores(text: string, file: string, round: Round, regions: Map<string, Region>, problems: Problems): Score[] {
  const table = readCsv(text, file, problems);
  if (!table || !requireColumns(table, ['code', 'score'], file, problems)) return [];
  const declared = new Set(round.dimensions.map((d) => d.key));
  for (const c of table.columns) {
    if (!RESERVED_COLUMNS.includes(c) && !declared.has(c)) {
      problems.warn(
        file,
        table.headerLine,
        `kolom "${c}" tidak dinyatakan sebagai dimensi putaran ${round.year} dan diabaikan; nyatakan di content/rounds/${round.year}.md bila perlu`,
      );
    }
  }
  for (const d of round.dimensions) {
    if (!table.columns.includes(d.key))
      problems.warn(file, table.headerLine, `dimensi "${d.key}" dinyatakan untuk putaran ${round.year} tetapi kolomnya tidak ada`);
  }
  const dimensions = round.dimensions.filter((d) => table.columns.includes(d.key));
  const predicates = new Map(round.predicates.map((p) => [p.key, p]));
  const withPredicates = table.columns.includes('predikat');
  if (withPredicates && predicates.size === 0) {
    problems.error(
      file,
      table.headerLine,
      `kolom predikat ada, padahal putaran ${round.year} tidak menyatakan predicates; nyatakan di content/rounds/${round.year}.md (mis. predicates: [{ key: tm, label: Tanpa Maladministrasi }]) atau hapus kolomnya`,
    );
  }
  // A header alone (as `npm run new-round` leaves it) would publish an empty ranking.
  if (table.rows.length === 0) {
    problems.error(
      file,
      null,
      `belum ada nilai: berkas hanya berisi judul kolom; isi satu baris per wilayah yang dinilai, atau bila putaran ${round.year} belum siap terbit, pindahkan berkas ini dan content/rounds/${round.year}.md keluar dari folder proyek`,
    );
  }

  const seen = new Map<string, number>();
  const scores: Score[] = [];
  for (const { line, values } of table.rows) {
    const code = values.code ?? '';
    const region = regions.get(code);
    let ok = true;
    if (!region) {
      // An empty registry could not be read; its own errors say why, so codes are not judged against it.
      if (code === '' || regions.size > 0)
        problems.error(file, line, code === '' ? 'kode kosong; diharapkan kode dari data/regions.csv' : unknownCode(code, regions));
      ok = false;
    } else if (seen.has(code)) {
      problems.error(file, line, `kode "${code}" muncul lagi; sudah ada di baris ${seen.get(code)}, padahal setiap wilayah hanya boleh satu baris per putaran`);
      ok = false;
    } else {
      seen.set(code, line);
      const name = values.name ?? '';
      if (name !== '' && !sameName(name, region)) {
        problems.warn(
          file,
          line,
          `nama "${name}" tidak sama dengan registri untuk kode ${code}; diharapkan "${region.name}" atau "${displayKind(region)} ${region.name}" (nilainya tetap dipakai)`,
        );
      }
    }
    const score = parseScore(values.score ?? '');
    if (!score.ok) {
      problems.error(file, line, `kolom score: ${score.message}`);
      ok = false;
    }
    const dims: Record<string, number> = dimensions.length > 0 ? {} : NO_DIMENSIONS;
    for (const d of dimensions) {
      const raw = values[d.key] ?? '';
      if (raw.trim() === '') continue; // a sub-score may be missing for one region
      const v = parseScore(raw);
      if (v.ok) dims[d.key] = v.value;
      else {
        problems.error(file, line, `kolom ${d.key}: ${v.message}`);
        ok = false;
      }
    }
    let predicate: string | null = null;
    const written = withPredicates && predicates.size > 0 ? (values.predikat ?? '').trim() : '';
    if (written !== '') {
      predicate = written.toLowerCase();
      if (!predicates.has(predicate)) {
        const keys = [...predicates.values()].map((p) => `${p.key} (${p.label})`).join(', ');
        problems.error(file, line, `kolom predikat: "${written}" bukan key predikat putaran ${round.year}; diharapkan salah satu dari ${keys}, atau kosong`);
        ok = false;
      }
    }
    if (ok && score.ok) scores.push({ code, score: score.value, predicate, dimensions: dims });
  }
  return scores;
}

/** The sub-scores of a round without any: one object for all its rows (a site of every village has 300,000 of them). */
const NO_DIMENSIONS: Record<string, number> = Object.freeze({});

/**
 * Spreadsheets store `32.10` as the number 32.1 unless the column is text: when adding
 * the lost zero gives a registry code, say so.
 */
function unknownCode(code: string, regions: Map<string, Region>): string {
  const message = `kode "${code}" tidak ada di data/regions.csv; diharapkan kode dari registri`;
  const padded = /^\d+\.\d$/.test(code) ? `${code}0` : null;
  return padded && regions.has(padded) ? `${message} (mungkin ${padded}: spreadsheet menghapus angka 0 di belakang; format kolom code sebagai teks)` : message;
}

/** Names in score files are for the reader; accept them with or without the kind ("Kota Metro"). */
function sameName(name: string, region: Region): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  const n = norm(name);
  return n === norm(region.name) || n === norm(`${region.kind} ${region.name}`);
}

const displayKind = (region: Region) => region.kind.charAt(0).toUpperCase() + region.kind.slice(1);
