import type { Executor } from '../../../server/db/executor';
import { writeActors, writeArticles, writeEvents, writePlaces, writeTreaties, type EventRow } from './graph-fixture';
import { createSeededRandom } from '../../support/seeded-random';

/**
 * The graph the browser tests know by heart: the Soviet/Russian–North Korean treaties of 1961,
 * 2000 and 2024 with their lineage, the 2024 signing reported by two articles that disagree on the
 * day, planned and negated events, and some ordinary traffic between 1990 and 2024.
 */
export const KNOWN = {
  russia: 'country:RU',
  dprk: 'country:KP',
  signing2024: 'event:treaty-signing:treaty:2024-csp',
  treaty1961: 'treaty:1961-friendship',
  treaty2000: 'treaty:2000-friendship',
  /** A reference work (as the seed gazetteer is) standing as the source of the 1961 -> 2000 succession. */
  reference: 'reference:e2e-gazetteer',
  referenceTitle: 'E2E reference gazetteer',
  treaty2024: 'treaty:2024-csp',
  quote2024: 'Putin and Kim signed the Treaty on Comprehensive Strategic Partnership in Pyongyang on 19 June 2024.',
  hostileText: '<img src=x onerror="window.__pwned=1">',
} as const;

export async function writeKnownGraph(x: Executor): Promise<void> {
  await writeActors(x, [
    {
      id: KNOWN.russia,
      name: 'Russia',
      kind: 'COUNTRY',
      iso2: 'RU',
      aliases: ['Russian Federation', 'Rusia', 'Россия'],
    },
    { id: KNOWN.dprk, name: 'North Korea', kind: 'COUNTRY', iso2: 'KP', aliases: ['DPRK', 'Korut', 'КНДР'] },
    { id: 'country:CN', name: 'China', kind: 'COUNTRY', iso2: 'CN', aliases: ['PRC'] },
    { id: 'country:US', name: 'United States', kind: 'COUNTRY', iso2: 'US', aliases: ['USA', 'AS'] },
    { id: 'country:KR', name: 'South Korea', kind: 'COUNTRY', iso2: 'KR', aliases: ['ROK'] },
    { id: 'person:vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', aliases: ['Putin'] },
    { id: 'person:kim-jong-un', name: 'Kim Jong Un', kind: 'PERSON', aliases: ['Kim'] },
  ]);
  await writePlaces(x, [
    { id: 'place:pyongyang', name: 'Pyongyang', iso2: 'KP' },
    { id: 'place:moscow', name: 'Moscow', iso2: 'RU' },
  ]);
  await x.write({
    cypher: 'MERGE (r:Reference {id: $id}) SET r.title = $title, r.path = $path',
    params: { id: KNOWN.reference, title: KNOWN.referenceTitle, path: 'seed/gazetteer/README.md' },
  });
  await writeTreaties(
    x,
    [
      {
        id: KNOWN.treaty1961,
        name: 'Treaty of Friendship, Co-operation and Mutual Assistance',
        aliases: ['the 1961 treaty'],
        kind: 'ALLIANCE',
        status: 'SUPERSEDED',
        signedOn: '1961-07-06',
        signedPrecision: 'day',
        inForceFrom: '1961-09-10',
        endedOn: '1996-09-10',
      },
      {
        id: KNOWN.treaty2000,
        name: 'Treaty of Friendship, Good-Neighbourliness and Cooperation',
        aliases: ['the 2000 treaty'],
        kind: 'FRIENDSHIP',
        status: 'SUPERSEDED',
        signedOn: '2000-02-09',
        signedPrecision: 'day',
        inForceFrom: '2000-02-09',
        endedOn: '2024-12-04',
      },
      {
        id: KNOWN.treaty2024,
        name: 'Treaty on Comprehensive Strategic Partnership',
        aliases: ['kemitraan strategis komprehensif'],
        kind: 'PARTNERSHIP',
        status: 'IN_FORCE',
        signedOn: '2024-06-19',
        signedPrecision: 'day',
        inForceFrom: '2024-12-04',
        endedOn: null,
      },
    ],
    [KNOWN.russia, KNOWN.dprk].flatMap((a) =>
      [KNOWN.treaty1961, KNOWN.treaty2000, KNOWN.treaty2024].map((t) => ({ actorId: a, treatyId: t })),
    ),
    [
      {
        newId: KNOWN.treaty2000,
        oldId: KNOWN.treaty1961,
        basis: 'SUCCESSOR',
        effectiveOn: '2000-02-09',
        sources: [KNOWN.reference],
      },
      { newId: KNOWN.treaty2024, oldId: KNOWN.treaty2000, basis: 'DECLARED', effectiveOn: '2024-12-04' },
    ],
  );
  const text2024 = `Pyongyang, 20 June 2024. ${KNOWN.quote2024} The leaders said it replaces the 2000 treaty. A banner read ${KNOWN.hostileText}.`;
  const textId =
    'Presiden Rusia Vladimir Putin dan Kim Jong Un menandatangani perjanjian kemitraan strategis komprehensif pada 18 Juni 2024 di Pyongyang.';
  await writeArticles(x, [
    {
      id: 'article:en-2024',
      url: 'https://example.org/news/2024/06/20/treaty',
      title: 'Russia and North Korea sign partnership treaty',
      source: 'example.org',
      language: 'en',
      publishedAt: '2024-06-20',
      text: text2024,
    },
    {
      id: 'article:id-2024',
      url: 'https://contoh.id/berita/2024/06/19',
      title: 'Rusia dan Korut teken perjanjian',
      source: 'contoh.id',
      language: 'id',
      publishedAt: '2024-06-19',
      text: textId,
    },
    {
      id: 'article:en-1961',
      url: 'https://example.org/archive/1961',
      title: 'Moscow and Pyongyang sign a defence pact',
      source: 'example.org',
      language: 'en',
      publishedAt: '1961-07-07',
      text: 'Moscow, 7 July 1961. The Soviet Union and North Korea signed a treaty of friendship on 6 July 1961.',
    },
  ]);
  const both = [
    { id: KNOWN.russia, role: 'SIGNATORY' },
    { id: KNOWN.dprk, role: 'SIGNATORY' },
  ];
  const events: EventRow[] = [
    {
      id: 'event:treaty-signing:treaty:1961-friendship',
      type: 'TREATY_SIGNING',
      date: '1961-07-06',
      datePrecision: 'day',
      modality: 'ASSERTED',
      summary: 'The Soviet Union and North Korea sign the 1961 treaty',
      confidence: 0.95,
      participants: both,
      treatyId: KNOWN.treaty1961,
      placeId: 'place:moscow',
      reports: [
        {
          articleId: 'article:en-1961',
          quote: 'The Soviet Union and North Korea signed a treaty of friendship on 6 July 1961.',
          claimedDate: '1961-07-06',
          claimedPrecision: 'day',
        },
      ],
    },
    {
      id: 'event:treaty-signing:treaty:2000-friendship',
      type: 'TREATY_SIGNING',
      date: '2000-02-09',
      datePrecision: 'day',
      modality: 'ASSERTED',
      summary: 'Russia and North Korea sign the 2000 treaty',
      confidence: 0.9,
      participants: both,
      treatyId: KNOWN.treaty2000,
    },
    {
      id: KNOWN.signing2024,
      type: 'TREATY_SIGNING',
      date: '2024-06-19',
      datePrecision: 'day',
      modality: 'ASSERTED',
      summary: 'Putin and Kim sign the Comprehensive Strategic Partnership',
      confidence: 0.95,
      participants: [
        ...both,
        { id: 'person:vladimir-putin', role: 'SIGNATORY' },
        { id: 'person:kim-jong-un', role: 'HOST' },
      ],
      treatyId: KNOWN.treaty2024,
      placeId: 'place:pyongyang',
      reports: [
        { articleId: 'article:en-2024', quote: KNOWN.quote2024, claimedDate: '2024-06-19', claimedPrecision: 'day' },
        { articleId: 'article:id-2024', quote: textId, claimedDate: '2024-06-18', claimedPrecision: 'day' },
      ],
    },
    {
      id: 'event:ratification:2024-11',
      type: 'RATIFICATION',
      date: '2024-11',
      datePrecision: 'month',
      modality: 'ASSERTED',
      summary: 'The State Duma ratifies the partnership treaty',
      confidence: 0.8,
      participants: [{ id: KNOWN.russia, role: 'PARTICIPANT' }],
      treatyId: KNOWN.treaty2024,
    },
    {
      id: 'event:entry-into-force:treaty:2024-csp',
      type: 'ENTRY_INTO_FORCE',
      date: '2024-12-04',
      datePrecision: 'day',
      modality: 'ASSERTED',
      summary: 'The partnership treaty enters into force',
      confidence: 0.9,
      participants: both,
      treatyId: KNOWN.treaty2024,
    },
    {
      id: 'event:sanction:2024-03',
      type: 'SANCTION',
      date: '2024-03',
      datePrecision: 'month',
      modality: 'PLANNED',
      summary: 'Washington plans new sanctions on Pyongyang',
      confidence: 0.7,
      participants: [
        { id: 'country:US', role: 'PARTICIPANT' },
        { id: KNOWN.dprk, role: 'TARGET' },
      ],
    },
    {
      id: 'event:aid:2024-07-02',
      type: 'AID',
      date: '2024-07-02',
      datePrecision: 'day',
      modality: 'NEGATED',
      summary: 'Beijing denies sending aid',
      confidence: 0.6,
      participants: [
        { id: 'country:CN', role: 'PARTICIPANT' },
        { id: KNOWN.dprk, role: 'TARGET' },
      ],
    },
    {
      id: 'event:statement:1999',
      type: 'STATEMENT',
      date: '1999',
      datePrecision: 'year',
      modality: 'ASSERTED',
      summary: 'Moscow signals a new treaty',
      confidence: 0.5,
      participants: both,
    },
    {
      id: 'event:meeting:2023-09-13',
      type: 'MEETING',
      date: '2023-09-13',
      datePrecision: 'day',
      modality: 'ASSERTED',
      summary: 'Putin and Kim meet at Vostochny',
      confidence: 0.9,
      participants: [
        { id: 'person:vladimir-putin', role: 'HOST' },
        { id: 'person:kim-jong-un', role: 'PARTICIPANT' },
        ...both,
      ],
    },
  ];
  const rand = createSeededRandom(1961);
  const types = ['MEETING', 'STATEMENT', 'MILITARY_ACTION', 'SANCTION', 'AID', 'PROTEST', 'ELECTION'];
  const actors = [KNOWN.russia, KNOWN.dprk, 'country:CN', 'country:US', 'country:KR'];
  for (let i = 0; i < 60; i++) {
    const year = 1990 + Math.floor(rand() * 35);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const a = actors[Math.floor(rand() * actors.length)] as string;
    const b = actors.filter((x) => x !== a)[Math.floor(rand() * 4)] as string;
    const type = types[Math.floor(rand() * types.length)] as string;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    events.push({
      id: `event:filler:${i}`,
      type,
      date,
      datePrecision: 'day',
      modality: rand() < 0.85 ? 'ASSERTED' : 'REPORTED',
      summary: `${type.toLowerCase().replace('_', ' ')} between ${a.slice(8).toUpperCase()} and ${b.slice(8).toUpperCase()}`,
      confidence: Math.round((0.4 + rand() * 0.6) * 100) / 100,
      participants: [
        { id: a, role: 'PARTICIPANT' },
        { id: b, role: 'PARTICIPANT' },
      ],
    });
  }
  await writeEvents(x, events);
}
