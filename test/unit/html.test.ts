import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { html, trusted } from '../../src/render/html.ts';

/** The entities html() writes: its five escapes and the punctuation it names (src/render/latin1.ts). */
const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  amp: '&',
  ndash: '–',
  mdash: '—',
  minus: '−',
  rarr: '→',
  rsaquo: '›',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

describe('html (every template’s escaping)', () => {
  it('escapes text, keeps HTML it made, joins lists, prints nothing for null, undefined and false', () => {
    const name = `<script>alert("x")</script> & 'y'`;
    const row = (s: string) => html`<li>${s}</li>`;
    expect(html`<p title="${name}">${name}</p>`.text).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
    expect(html`<ul>${['a', '<b>'].map(row)}</ul>`.text).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
    expect(html`${null}${undefined}${false}|${0}|${80.85}`.text).toBe('|0|80.85');
    expect(html`<div>${trusted('<p>markdown</p>')}</div>`.text).toBe('<div><p>markdown</p></div>');
    expect(String(html`<b>${'&'}</b>`)).toBe('<b>&amp;</b>');
  });

  it('never lets text open a tag or leave an attribute, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.string()), (text, list) => {
        const out = html`<a title="${text}">${text}${list}</a>`.text;
        const inner = out.slice('<a title="'.length, -'</a>'.length);
        expect(inner.replace('">', '')).not.toMatch(/[<>"']/);
        // Escaping is reversible: the reader sees exactly the text.
        const unescape = (s: string) =>
          s.replace(/&(#x[0-9a-f]+|[a-z]+|#39);/g, (_, e: string) => (e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : ENTITIES[e]!));
        const [attribute, content] = inner.split('">');
        expect(unescape(attribute!)).toBe(text);
        expect(unescape(content!)).toBe(text + list.join(''));
      }),
    );
  });

  it('writes every character beyond Latin-1 as a reference: in text, in a template’s own words and in trusted HTML', () => {
    const dash = (s: string) => html`<p title="${s}">2016–2024 ${s} ${trusted(`<em>${s}</em>`)}</p>`.text;
    expect(dash('A–Z − 😀 é')).toBe(
      '<p title="A&ndash;Z &minus; &#x1f600; é">2016&ndash;2024 A&ndash;Z &minus; &#x1f600; é <em>A&ndash;Z &minus; &#x1f600; é</em></p>',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(dash(text)).toMatch(/^[\0-\xff]*$/);
      }),
    );
  });
});
