import { describe, expect, it } from 'vitest';
import { indonesian, nextScore, rawCells, replaceScore, withMarker } from '../../bench/preview.ts';

describe('the preview benchmark: edits of staff files', () => {
  it('changes one score and leaves every other byte of a comma file as it was', () => {
    const text = 'code,name,score,predikat\n11,Aceh,79.09,\n18,Lampung,88.49,\n18.72,"Metro, Kota",84.43,\n';
    expect(replaceScore(text, '18', 88.86)).toBe('code,name,score,predikat\n11,Aceh,79.09,\n18,Lampung,88.86,\n18.72,"Metro, Kota",84.43,\n');
    expect(replaceScore(text, '18.72', 84.8)).toBe('code,name,score,predikat\n11,Aceh,79.09,\n18,Lampung,88.49,\n18.72,"Metro, Kota",84.80,\n');
  });

  it('keeps a spreadsheet export: BOM, semicolons, decimal comma, CRLF, quotes, spaces, header case', () => {
    const text = '\uFEFF Code ;Name;SCORE\r\n11;Aceh;67,22\r\n\r\n12 ; "Sumatera; Utara" ; "62,07" \r\n';
    expect(replaceScore(text, '12', 62.44)).toBe('\uFEFF Code ;Name;SCORE\r\n11;Aceh;67,22\r\n\r\n12 ; "Sumatera; Utara" ; "62,44" \r\n');
    expect(replaceScore(text, '11', 100)).toBe('\uFEFF Code ;Name;SCORE\r\n11;Aceh;100,00\r\n\r\n12 ; "Sumatera; Utara" ; "62,07" \r\n');
  });

  it('refuses a code the file does not have, or a file without a score column', () => {
    expect(() => replaceScore('code,name,score\n11,Aceh,80\n', '12', 81)).toThrow(/no row for 12/);
    expect(() => replaceScore('code,name,nilai\n11,Aceh,80\n', '11', 81)).toThrow(/no code or score column/);
  });

  it('cuts a line at delimiters outside quotes only', () => {
    expect(rawCells('a,"b,c", d ,', ',')).toEqual(['a', '"b,c"', ' d ', '']);
  });

  it('picks a new score within 0–100 that the page does not show yet', () => {
    expect(indonesian(80.85)).toBe('80,85');
    expect(nextScore(80.85, () => false)).toBe(81.22);
    expect(nextScore(99.9, () => false)).toBe(99.53);
    expect(nextScore(80.85, (s) => s === '81,22' || s === '80,48')).toBe(81.26);
  });

  it('adds the marker as the last paragraph of a narrative', () => {
    expect(withMarker('---\ncode: "18"\n---\n\n## Profil\n\nTeks.\n', 'penanda')).toBe('---\ncode: "18"\n---\n\n## Profil\n\nTeks.\n\npenanda\n');
    expect(withMarker('---\r\ncode: "18"\r\n---\r\n\r\nTeks.', 'penanda')).toBe('---\r\ncode: "18"\r\n---\r\n\r\nTeks.\r\n\r\npenanda\r\n');
  });
});
