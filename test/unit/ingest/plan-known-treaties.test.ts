import { describe, expect, it } from 'vitest';
import type { GazetteerActor, GazetteerTreaty } from '../../../server/extract/gazetteer';
import { GAZETTEER_REFERENCE, planKnownTreaties } from '../../../server/ingest/plan-known-treaties';

const actors: GazetteerActor[] = [
  { id: 'country:RU', name: 'Russia', kind: 'country', iso2: 'RU', names: { en: ['Russia'] } },
  { id: 'country:KP', name: 'North Korea', kind: 'country', iso2: 'KP', names: { en: ['North Korea'] } },
  { id: 'org:eu', name: 'European Union', kind: 'organization', names: { en: ['European Union'] } },
];

const treaty = (t: Partial<GazetteerTreaty> & Pick<GazetteerTreaty, 'id' | 'name'>): GazetteerTreaty => ({
  kind: 'treaty',
  names: {},
  signed: null,
  parties: [],
  ...t,
});

describe('planKnownTreaties', () => {
  it('planKnownTreaties(gazetteer) gives each treaty its names in every language, dates with precision, parties and typed lineage, sourced to the gazetteer', () => {
    const { plan, warnings } = planKnownTreaties({
      actors,
      treaties: [
        treaty({
          id: 't:old',
          name: 'Old Treaty',
          signed: '1961-07-06',
          ended: '1996',
          parties: ['country:RU', 'country:KP'],
          names: { en: ['Old Treaty', 'the 1961 treaty'], ru: ['Старый договор'] },
        }),
        treaty({
          id: 't:new',
          name: 'New Treaty',
          kind: 'agreement',
          signed: '2000-02',
          inForce: '2000-10-30',
          parties: ['country:RU', 'org:eu'],
          replaces: [{ id: 't:old', basis: 'successor' }],
          related: ['t:other'],
        }),
      ],
    });
    expect(warnings).toEqual([]);
    expect(plan.reference).toEqual(GAZETTEER_REFERENCE);
    expect(plan.treaties[0]).toEqual({
      id: 't:old',
      name: 'Old Treaty',
      kind: 'treaty',
      aliases: ['Old Treaty', 'the 1961 treaty', 'Старый договор'],
      signedOn: '1961-07-06',
      signedPrecision: 'day',
      inForceFrom: null,
      inForcePrecision: null,
      endedOn: '1996-01-01',
      endedPrecision: 'year',
    });
    expect(plan.treaties[1]).toMatchObject({
      kind: 'agreement',
      signedOn: '2000-02-01',
      signedPrecision: 'month',
      inForceFrom: '2000-10-30',
    });
    expect(plan.actors).toEqual([
      { id: 'country:RU', name: 'Russia', kind: 'COUNTRY', iso2: 'RU' },
      { id: 'country:KP', name: 'North Korea', kind: 'COUNTRY', iso2: 'KP' },
      { id: 'org:eu', name: 'European Union', kind: 'ORGANIZATION', iso2: null },
    ]);
    expect(plan.parties).toEqual([
      { actor: 'country:RU', treaty: 't:old' },
      { actor: 'country:KP', treaty: 't:old' },
      { actor: 'country:RU', treaty: 't:new' },
      { actor: 'org:eu', treaty: 't:new' },
    ]);
    // `related` (amends, follows) is no replacement.
    expect(plan.replaces).toEqual([{ from: 't:new', to: 't:old', basis: 'SUCCESSOR' }]);
  });

  it('planKnownTreaties skips unknown parties, lineage to unknown treaties and repeated ids, with a warning each', () => {
    const { plan, warnings } = planKnownTreaties({
      actors,
      treaties: [
        treaty({
          id: 't:a',
          name: 'A',
          parties: ['country:XX'],
          replaces: [
            { id: 't:missing', basis: 'legal' },
            { id: 't:a', basis: 'legal' },
          ],
        }),
        treaty({ id: 't:a', name: 'A again' }),
      ],
    });
    expect(plan.treaties.map((t) => t.name)).toEqual(['A']);
    expect(plan.parties).toEqual([]);
    expect(plan.replaces).toEqual([]);
    expect(warnings).toEqual([
      'party country:XX of t:a skipped: not an actor of the gazetteer',
      't:a replaces t:missing: not another treaty of the gazetteer, skipped',
      't:a replaces t:a: not another treaty of the gazetteer, skipped',
      'treaty t:a appears twice in the gazetteer; the first entry is kept',
    ]);
  });

  it('planKnownTreaties over the seed gazetteer has the Russia–DPRK lineage 1961 → 2000 (successor) → 2024 (legal) and no warnings', async () => {
    const { loadGazetteerData } = await import('../../../seed/gazetteer');
    const { plan, warnings } = planKnownTreaties(loadGazetteerData());
    expect(warnings).toEqual([]);
    expect(plan.replaces).toContainEqual({
      from: 'treaty:russia-dprk-friendship-2000',
      to: 'treaty:ussr-dprk-friendship-1961',
      basis: 'SUCCESSOR',
    });
    expect(plan.replaces).toContainEqual({
      from: 'treaty:russia-dprk-comprehensive-strategic-partnership-2024',
      to: 'treaty:russia-dprk-friendship-2000',
      basis: 'LEGAL',
    });
  });
});
