import { describe, expect, it } from 'vitest';
import { RESERVED_SLUGS } from '../../src/domain/reserved-slugs.ts';
import { urls } from '../../src/view/urls.ts';

describe('reserved slugs', () => {
  it('name every first path segment the site publishes under, so no page in content/pages/ can take one', () => {
    const samples: string[] = [
      urls.round(2024),
      urls.rounds(),
      urls.region('x'),
      urls.province('x'),
      urls.provinces(),
      urls.scriptDir(),
      urls.code('18'),
      urls.roundJson(2024),
      urls.regionRound('x', 2024),
      urls.regionCard('x'),
      urls.embed('x'),
      urls.regionIndex(),
      urls.dataIndex(),
      urls.searchBundle(),
    ];
    const firsts = new Set(samples.map((u) => u.split('/')[1]!));
    expect([...firsts].sort()).toEqual([...RESERVED_SLUGS].sort());
  });
});
