/** What a reader must know before reading a round's numbers: it was a sample, or its method changed. */
import { html, type Html } from '../../src/render/html.ts';
import { formatInteger, KIND_LABEL } from '../../src/view/format.ts';
import type { Coverage, RoundPage, RoundSummary } from '../../src/view/pages.ts';

/** "Putaran 2025 menilai sampel: 38 dari 38 provinsi, 56 dari 98 kota, …" */
export function sampleNote(round: Pick<RoundSummary, 'year' | 'sample'>, coverage: readonly Coverage[]): Html {
  if (!round.sample) return html``;
  const parts = coverage.map((c) => `${formatInteger(c.assessed)} dari ${formatInteger(c.registered)} ${KIND_LABEL[c.kind].toLowerCase()}`);
  return html`
<p class="note sample-round">Putaran ${round.year} hanya menilai <strong>sampel</strong>, bukan semua instansi: ${parts.join(', ')}. Instansi yang tidak dinilai tidak punya hasil ${round.year}; peringkat dan rata-rata hanya mencakup yang dinilai.</p>`;
}

/** The round changed method: nothing in it is compared with the rounds before. */
export function methodNote(round: Pick<RoundPage, 'year' | 'method' | 'methodChange'>): Html {
  const m = round.methodChange;
  if (!m) return html``;
  return html`
<p class="note method-change"><strong>Metode penilaian berubah.</strong> Putaran ${round.year} memakai metode “${round.method}”, sedangkan putaran ${m.previousYear} dan sebelumnya memakai “${m.previousMethod}”. Nilai, peringkat dan kategorinya tidak sebanding, karena itu situs ini tidak menampilkan perubahan nilai atau peringkat dari ${m.previousYear} ke ${round.year}.</p>`;
}
