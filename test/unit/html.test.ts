import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { html, trusted } from '../../src/render/html.ts';

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
        const unescape = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
        const [attribute, content] = inner.split('">');
        expect(unescape(attribute!)).toBe(text);
        expect(unescape(content!)).toBe(text + list.join(''));
      }),
    );
  });
});
