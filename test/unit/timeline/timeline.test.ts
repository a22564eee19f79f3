import { describe, expect, it } from 'vitest';
import { toSpan } from '../../../server/timeline/timeline';

describe('toSpan', () => {
  const treaty = (over: Partial<Parameters<typeof toSpan>[0]['treaty']> = {}) => ({
    id: 't',
    name: 'T',
    unnamed: false,
    aliases: [],
    kind: null,
    signedOn: '2000-02-09',
    inForceFrom: '2000-10',
    endedOn: null,
    status: 'IN_FORCE',
    days: { signedOn: '2000-02-09', inForceFrom: '2000-10-01', endedOn: null },
    ...over,
  });
  it('toSpan ends a span at its earliest replacement, or its end, or leaves it open', () => {
    expect(
      toSpan({
        treaty: treaty(),
        replacedBy: [
          { id: 'b', on: '2024-12-04', basis: 'LEGAL' },
          { id: 'c', on: '2020-01-01', basis: 'SUCCESSOR' },
        ],
        partyIds: ['country:RU'],
      }),
    ).toMatchObject({
      start: '2000-02-09',
      startKind: 'SIGNED',
      end: '2020-01-01',
      endKind: 'REPLACED',
      replacedBy: ['b', 'c'],
      replacements: [
        { treatyId: 'b', basis: 'LEGAL', effectiveOn: '2024-12-04' },
        { treatyId: 'c', basis: 'SUCCESSOR', effectiveOn: '2020-01-01' },
      ],
      parties: ['country:RU'],
    });
    expect(
      toSpan({
        treaty: treaty({
          endedOn: '1996',
          days: { signedOn: null, inForceFrom: '1961-09-10', endedOn: '1996-01-01' },
          signedOn: null,
          inForceFrom: '1961-09-10',
        }),
        replacedBy: [],
        partyIds: [],
      }),
    ).toMatchObject({ start: '1961-09-10', startKind: 'IN_FORCE', end: '1996', endKind: 'ENDED' });
    expect(toSpan({ treaty: treaty(), replacedBy: [], partyIds: [] })).toMatchObject({ end: null, endKind: 'OPEN' });
  });
});
