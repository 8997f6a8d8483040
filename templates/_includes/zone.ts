/**
 * Badges for zones, bands and opinions, and score and rank changes: text and shape as well as
 * colour, so they read in greyscale and aloud. Nothing here ever compares results of different
 * methods: their change fields are null, and `methodBreak` says why.
 */
import { html, type Html } from '../../src/render/html.ts';
import { formatChange, formatInteger, formatPercent, formatRankChange, ZONE_LABEL } from '../../src/view/format.ts';
import { ZONES, type Result, type Zone } from '../../src/domain/types.ts';
import type { ZoneCounts } from '../../src/model/aggregates.ts';
import type { Category, CategoryCounts, Tone } from '../../src/view/categories.ts';
import type { RoundPage, Row } from '../../src/view/pages.ts';

function badge(tone: Tone, content: Html | string): Html {
  return html`<span class="zone zone-${tone}"><span class="zone-mark" aria-hidden="true"></span>${content}</span>`;
}

export function zone(z: Zone, band?: string | null, grade?: string | null): Html {
  return badge(z, html`${ZONE_LABEL[z]}${band && html`<span class="band"> · ${grade && html`${grade} · `}${band}</span>`}`);
}

/** The name of what `placement` shows: "Zona", or in a round without zones the lead of its headline ("Opini", "Kategori"). */
export function placementTerm(r: Pick<Row, 'zone' | 'headline' | 'opinion'>): string {
  return r.zone ? 'Zona' : r.headline.slice(0, r.headline.length - r.opinion.length).replace(/:\s*$/, '') || 'Hasil';
}

/** What a round's results are called in a column or a sentence: "Zona", else "Opini" where the round gives opinions with predicates, else "Kategori". */
export function roundTerm(round: Pick<RoundPage, 'zones' | 'predicates'>): 'Zona' | 'Opini' | 'Kategori' {
  return round.zones ? 'Zona' : round.predicates.length > 0 ? 'Opini' : 'Kategori';
}

/** A zone or category as a table cell in its colour, with its shape (site.css): the compact form for long tables. */
export function categoryCell(tone: Tone, text: string, after: Html | null = null): Html {
  return html`<td class="zone-${tone}">${text}${after}</td>`;
}

/** A zone or band on its own (legends, "moved from"). */
export function category(c: Pick<Category, 'tone' | 'label'>): Html {
  return badge(c.tone, c.label);
}

type Placed = Pick<Row, 'zone' | 'band' | 'grade' | 'predicate' | 'tone' | 'headline'>;

/**
 * What a result is called first: its zone (with band) where its round had zones, else its opinion
 * ("Opini: Kualitas Sedang Tanpa Maladministrasi"; without the lead in a column headed "Opini").
 */
export function placement(r: Placed & { opinion: string }, detail = true, lead = true): Html {
  if (!r.zone) {
    const text = lead ? r.headline : r.opinion;
    if (!r.predicate || !text.endsWith(` ${r.predicate}`)) return badge(r.tone, text);
    // Two word groups, each kept on one line: "Opini: Kualitas Tinggi" | "Tanpa Maladministrasi".
    const first = text.slice(0, text.length - r.predicate.length - 1);
    return badge(r.tone, html`<span class="g">${first}</span> <span class="g">${r.predicate}</span>`);
  }
  return detail ? zone(r.zone, r.predicate ? `${r.band} ${r.predicate}` : r.band, r.grade) : zone(r.zone);
}

/** A table cell per zone, green to red: its count and share of the total, "499 (88%)". */
export function zoneCountCells(counts: ZoneCounts): Html[] {
  return ZONES.map((z) => countCell(counts[z], counts.total));
}

/** The same per category of a round (zones, or bands in a round without zones). */
export function categoryCountCells(c: CategoryCounts): Html[] {
  return c.counts.map((n) => countCell(n, c.total));
}

const countCell = (n: number, total: number) => html`<td class="num">${formatInteger(n)} <span class="muted">(${formatPercent(n, total)})</span></td>`;

type Changed = Pick<Result, 'scoreChange' | 'methodBreak'>;

/** A score change; "baru" when there is no earlier score, "metode berubah" when the earlier ones are of another method. */
export function change(r: Changed | number | null): Html {
  const n = typeof r === 'object' && r !== null ? r.scoreChange : r;
  if (typeof r === 'object' && r !== null && r.methodBreak) return methodChanged();
  return n === null ? html`<span class="muted">baru</span>` : html`<span class="delta ${direction(n)}">${formatChange(n)}</span>`;
}

const methodChanged = () => html`<span class="muted">metode berubah</span>`;

type Ranked = Pick<Result, 'rank' | 'rankOf' | 'previousRank' | 'previousRankOf' | 'rankChange' | 'methodBreak'> & { previousYear: number | null };

/**
 * How a rank move is told: not at all (another method, or no earlier rank), in places moved
 * ("naik 3"), or, when the groups differ in size (a sample, new regions), where places moved
 * mean nothing, as both ranks with their sizes. Every rendering of a move goes by this.
 */
export function rankMoveKind(r: Ranked): 'method' | 'none' | 'places' | 'both ranks' {
  if (r.methodBreak) return 'method';
  if (r.previousRank === null || r.rankChange === null) return 'none';
  return r.previousRankOf === r.rankOf ? 'places' : 'both ranks';
}

/** A rank move in words ("naik 3"), or both ranks with their sizes ("16 dari 17; 2024: 91 dari 98"): see rankMoveKind. */
export function rankMove(r: Ranked): Html {
  switch (rankMoveKind(r)) {
    case 'method':
      return methodChanged();
    case 'none':
      return html`<span class="muted">–</span>`;
    case 'both ranks':
      return html`<span class="rank-pair">${formatInteger(r.rank)} dari ${formatInteger(r.rankOf)}; ${r.previousYear}: ${formatInteger(r.previousRank)} dari ${formatInteger(r.previousRankOf)}</span>`;
    case 'places':
      return html`<span class="delta ${direction(r.rankChange!)}">${formatRankChange(r.rankChange)}</span>`;
  }
}

/** "3 dari 98": a rank is never shown without the size of its group. */
export function rankOf(rank: number | null, of: number | null, noun = ''): Html {
  return rank === null ? html`–` : html`${formatInteger(rank)} <span class="of">dari ${formatInteger(of)}${noun && ` ${noun}`}</span>`;
}

function direction(n: number): string {
  return n > 0 ? 'up' : n < 0 ? 'down' : 'same';
}
