import { describe, expect, it } from 'vitest';
import { classifyTreatyMisses, scoreArticle, treatyHead, type Gold } from '../../../scripts/evaluation';
import { treatyMissLines } from '../../../scripts/score-extraction';

const gold = (g: Partial<Gold>): Gold => ({ actors: [], events: [], treaties: [], ...g });

describe('treatyHead', () => {
  it('treatyHead reads the last kind word before a preposition in English, the first elsewhere', () => {
    expect(treatyHead('North Atlantic Treaty Organization', 'en')).toBe('organization');
    expect(treatyHead('Law on the Ratification of the Agreement', 'en')).toBe('law');
    expect(treatyHead('Organisasi Perjanjian Laut Selatan', 'id')).toBe('organization');
    expect(treatyHead('Acuerdo de Asociación Económica', 'es')).toBe('treaty');
    expect(treatyHead('Programme de coopération culturelle', 'fr')).toBe('plan');
    expect(treatyHead('Меморандума о взаимопонимании', 'ru')).toBe('memorandum');
    expect(treatyHead('Соглашением о свободной торговле', 'ru')).toBe('treaty');
    expect(treatyHead('Blue Lagoon Understanding', 'en')).toBe('deal');
    expect(treatyHead('Velmora Outcome', 'en')).toBe('other');
  });
});

describe('classifyTreatyMisses', () => {
  const g = gold({
    actors: [{ name: 'Coral Sea Council' }],
    treaties: [
      { name: 'Treaty of Velmora on Fisheries and Maritime Boundaries', aliases_in_text: ['Velmora Treaty'] },
      { name: 'Kestrel Water Sharing Agreement', aliases_in_text: ['agreement on sharing the Kestrel water'] },
      { name: 'Ardent Accord', aliases_in_text: ['Ardent Accord'] },
      { name: 'Pelican Charter' },
      { name: 'Old Harbour Protocol', optional: true },
    ],
  });
  const body =
    'The Velmora Treaty was signed today. An agreement on sharing the Kestrel water followed. The Ardent Accord holds.';
  it('classifyTreatyMisses tells a name cut short, a name read as an actor, and a described treaty', () => {
    const s = scoreArticle(
      'x.txt',
      g,
      {
        actors: [{ name: 'Pelican Charter' }],
        treaties: [
          // matches the Ardent Accord and, loosely, nothing else
          { name: 'Ardent Accord' },
          // a part of the Velmora treaty's words: cut too short
          { name: 'Treaty of Velmora on Fisheries' },
          // a duplicate of the matched Ardent Accord under another name
          { name: 'Ardent Pact of Friendship', known: { reference: 'gazetteer:treaties' } },
          // the gold names this one as an actor
          { name: 'Coral Sea Council', unnamed: true },
          // nothing near, and a law
          { name: 'Law on Customs Duties' },
        ],
      },
      body,
    );
    expect(s.treatyMisses).toEqual([
      {
        treaty: 'Treaty of Velmora on Fisheries and Maritime Boundaries',
        reason: 'short',
        text: 'proper',
        head: 'treaty',
      },
      { treaty: 'Kestrel Water Sharing Agreement', reason: 'none', text: 'lower', head: 'treaty' },
      { treaty: 'Pelican Charter', reason: 'actor', text: 'absent', head: 'treaty' },
    ]);
    expect(s.treatySpurious).toEqual([
      { treaty: 'Treaty of Velmora on Fisheries', reason: 'short', source: 'text', head: 'treaty' },
      { treaty: 'Ardent Pact of Friendship', reason: 'dup', source: 'known', head: 'treaty' },
      { treaty: 'Coral Sea Council', reason: 'actor', source: 'unnamed', head: 'organization' },
      { treaty: 'Law on Customs Duties', reason: 'none', source: 'text', head: 'law' },
    ]);
  });
  it('classifyTreatyMisses calls a gold treaty taken when the prediction it would match went to another, long when run on', () => {
    const h = gold({
      treaties: [{ name: 'Quill Treaty' }, { name: 'Quill Treaty of 1990' }, { name: 'Marrow Convention' }],
    });
    const pred = { treaties: [{ name: 'Quill Treaty' }, { name: 'Marrow Convention on Birds and Bees' }] };
    const s = scoreArticle('y.txt', h, pred);
    const r = classifyTreatyMisses(h, pred, [[0, 0]], 'en');
    expect(r.missed.map((m) => [m.treaty, m.reason, m.text])).toEqual([
      ['Quill Treaty of 1990', 'taken', 'unknown'],
      ['Marrow Convention', 'long', 'unknown'],
    ]);
    expect(s.treatyMisses).toEqual(r.missed);
    expect(r.spurious.map((m) => m.reason)).toEqual(['long']);
  });
});

describe('treatyMissLines', () => {
  it('treatyMissLines counts each class and each dimension alone, the totals of a dimension first', () => {
    const s = scoreArticle(
      'z.txt',
      gold({ treaties: [{ name: 'Amber Treaty' }, { name: 'Birch Treaty' }] }),
      { treaties: [{ name: 'Cedar Plan' }] },
      'The Amber Treaty and the Birch Treaty.',
    );
    const lines = treatyMissLines([s], 'en ');
    expect(lines.slice(0, 3)).toContainEqual(expect.stringMatching(/^en treaty missed +\* +proper +\* +2$/));
    expect(lines[3]).toMatch(/^en treaty missed +none +proper +treaty +2$/);
    expect(lines).toContainEqual(expect.stringMatching(/^en treaty spurious +none +text +plan +1$/));
    expect(lines.join('\n')).not.toMatch(/Amber|Birch|Cedar|z\.txt/);
  });
});
