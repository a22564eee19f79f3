/* eslint-disable @typescript-eslint/no-explicit-any -- test responses are checked field by field */
import { afterAll, beforeAll } from 'vitest';
import { readConfig } from '../../server/config';
import type { Executor } from '../../server/db/executor';
import { createPactlineYoga, type PactlineYoga } from '../../server/graphql/create-yoga';
import { openTestDatabase, resetDatabase } from './database';

/**
 * A small Russia–DPRK graph for the API tests, written with Cypher that follows
 * server/db/model.ts exactly (labels, relationship types, Date + precision, UPPER_CASE enums,
 * aliasText, sources on lineage and party edges). Offsets into article texts are computed here,
 * so quotes always match the text.
 */
export const ARTICLES = {
  signingEn: {
    id: 'article:en-signing',
    url: 'https://example.test/en/putin-kim-sign',
    title: 'Putin and Kim sign comprehensive strategic partnership treaty',
    source: 'Example Wire',
    language: 'en',
    publishedAt: '2024-06-19',
    text: 'PYONGYANG — Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership on Wednesday, 19 June 2024. The treaty replaces the 2000 treaty, Russian officials said.',
    quote:
      'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership on Wednesday, 19 June 2024.',
    claimed: '2024-06-19',
  },
  signingId: {
    id: 'article:id-signing',
    url: 'https://example.test/id/putin-kim-teken-pakta',
    title: 'Putin dan Kim teken pakta kemitraan strategis',
    source: 'Contoh Berita',
    language: 'id',
    publishedAt: '2024-06-19',
    text: 'Presiden Rusia Vladimir Putin dan pemimpin Korut Kim Jong Un meneken pakta kemitraan strategis komprehensif kemarin (18/6/2024) di Pyongyang.',
    quote:
      'Presiden Rusia Vladimir Putin dan pemimpin Korut Kim Jong Un meneken pakta kemitraan strategis komprehensif kemarin (18/6/2024) di Pyongyang.',
    claimed: '2024-06-18',
  },
  signingRu: {
    id: 'article:ru-signing',
    url: 'https://example.test/ru/dogovor',
    title: 'Путин и Ким Чен Ын подписали договор о всеобъемлющем стратегическом партнёрстве',
    source: 'Пример',
    language: 'ru',
    publishedAt: '2024-06-20',
    text: 'Владимир Путин и Ким Чен Ын 19 июня 2024 года подписали Договор о всеобъемлющем стратегическом партнёрстве.',
    quote:
      'Владимир Путин и Ким Чен Ын 19 июня 2024 года подписали Договор о всеобъемлющем стратегическом партнёрстве.',
    claimed: '2024-06-19',
  },
  explainer1961: {
    id: 'article:en-1961',
    url: 'https://example.test/en/1961-treaty',
    title: 'The 1961 treaty explained',
    source: 'Example Wire',
    language: 'en',
    publishedAt: '2024-06-18',
    text: 'The Soviet Union and North Korea signed the Treaty of Friendship, Co-operation and Mutual Assistance on 6 July 1961. It lapsed in 1996 and was followed by the 2000 treaty, which the 2024 partnership treaty replaces (AND that is final).',
    quote:
      'The Soviet Union and North Korea signed the Treaty of Friendship, Co-operation and Mutual Assistance on 6 July 1961.',
    claimed: '1961-07-06',
  },
} as const;

export const IDS = {
  russia: 'country:RU',
  northKorea: 'country:KP',
  sovietUnion: 'country:SU',
  indonesia: 'country:ID',
  usa: 'country:US',
  putin: 'person:vladimir-putin',
  kim: 'person:kim-jong-un',
  lonely: 'country:NZ',
  china: 'country:CN',
  treatyChina1961: 'treaty:china-dprk-1961',
  treaty1961: 'treaty:ussr-dprk-friendship-1961',
  treaty2000: 'treaty:russia-dprk-friendship-2000',
  treaty2024: 'treaty:russia-dprk-comprehensive-strategic-partnership-2024',
  signing2024: 'event:treaty_signing:treaty:russia-dprk-comprehensive-strategic-partnership-2024',
  signing1961: 'event:treaty_signing:treaty:ussr-dprk-friendship-1961',
} as const;

const actors = [
  {
    id: IDS.russia,
    label: 'Country',
    name: 'Russia',
    kind: 'COUNTRY',
    aliases: ['Russia', 'Rusia', 'Россия', 'Russian Federation'],
    iso2: 'RU',
  },
  {
    id: IDS.northKorea,
    label: 'Country',
    name: 'North Korea',
    kind: 'COUNTRY',
    aliases: ['North Korea', 'DPRK', 'Korut', 'КНДР'],
    iso2: 'KP',
  },
  {
    id: IDS.sovietUnion,
    label: 'Country',
    name: 'Soviet Union',
    kind: 'COUNTRY',
    aliases: ['Soviet Union', 'USSR', 'СССР'],
    iso2: 'SU',
  },
  { id: IDS.indonesia, label: 'Country', name: 'Indonesia', kind: 'COUNTRY', aliases: ['Indonesia', 'RI'], iso2: 'ID' },
  {
    id: IDS.usa,
    label: 'Country',
    name: 'United States',
    kind: 'COUNTRY',
    aliases: ['United States', 'US', 'AS', 'EE. UU.'],
    iso2: 'US',
  },
  {
    id: IDS.china,
    label: 'Country',
    name: 'China',
    kind: 'COUNTRY',
    aliases: ['China', 'Tiongkok', 'Китай'],
    iso2: 'CN',
  },
  { id: IDS.lonely, label: 'Country', name: 'New Zealand', kind: 'COUNTRY', aliases: ['New Zealand'], iso2: 'NZ' },
  {
    id: IDS.putin,
    label: 'Person',
    name: 'Vladimir Putin',
    kind: 'PERSON',
    aliases: ['Vladimir Putin', 'Putin', 'Путин'],
    iso2: null,
  },
  {
    id: IDS.kim,
    label: 'Person',
    name: 'Kim Jong Un',
    kind: 'PERSON',
    aliases: ['Kim Jong Un', 'Ким Чен Ын'],
    iso2: null,
  },
];

const treaties = [
  {
    id: IDS.treaty1961,
    name: 'Treaty of Friendship, Co-operation and Mutual Assistance (1961)',
    aliases: ['the 1961 treaty'],
    kind: 'BILATERAL',
    status: 'ENDED',
    signedOn: '1961-07-06',
    signedPrecision: 'day',
    inForceFrom: '1961-09-10',
    inForcePrecision: 'day',
    endedOn: '1996-09-10',
    endedPrecision: 'day',
  },
  {
    id: IDS.treatyChina1961,
    name: 'Sino-North Korean Mutual Aid and Cooperation Friendship Treaty',
    aliases: ['the Sino-DPRK treaty'],
    kind: 'BILATERAL',
    status: 'IN_FORCE',
    signedOn: '1961-07-11',
    signedPrecision: 'day',
    inForceFrom: '1961-09-10',
    inForcePrecision: 'day',
    endedOn: null,
    endedPrecision: null,
  },
  {
    id: IDS.treaty2000,
    name: 'Treaty on Friendship, Good-Neighbourliness and Cooperation (2000)',
    aliases: ['the 2000 treaty'],
    kind: 'BILATERAL',
    status: 'SUPERSEDED',
    signedOn: '2000-02-09',
    signedPrecision: 'day',
    inForceFrom: '2000-10-01',
    inForcePrecision: 'month',
    endedOn: null,
    endedPrecision: null,
  },
  {
    id: IDS.treaty2024,
    name: 'Treaty on Comprehensive Strategic Partnership',
    aliases: ['pakta kemitraan strategis komprehensif', 'Договор о всеобъемлющем стратегическом партнёрстве'],
    kind: 'BILATERAL',
    status: 'IN_FORCE',
    signedOn: '2024-06-19',
    signedPrecision: 'day',
    inForceFrom: '2024-12-04',
    inForcePrecision: 'day',
    endedOn: null,
    endedPrecision: null,
  },
];

const parties = [
  { actor: IDS.sovietUnion, treaty: IDS.treaty1961, sources: [ARTICLES.explainer1961.id] },
  { actor: IDS.northKorea, treaty: IDS.treaty1961, sources: [ARTICLES.explainer1961.id] },
  { actor: IDS.china, treaty: IDS.treatyChina1961, sources: [] },
  { actor: IDS.northKorea, treaty: IDS.treatyChina1961, sources: [] },
  { actor: IDS.russia, treaty: IDS.treaty2000, sources: [] },
  { actor: IDS.northKorea, treaty: IDS.treaty2000, sources: [] },
  { actor: IDS.russia, treaty: IDS.treaty2024, sources: [ARTICLES.signingEn.id] },
  { actor: IDS.northKorea, treaty: IDS.treaty2024, sources: [ARTICLES.signingEn.id] },
];

const replaces = [
  {
    from: IDS.treaty2000,
    to: IDS.treaty1961,
    basis: 'SUCCESSOR',
    effectiveOn: null,
    effectivePrecision: null,
    sources: [ARTICLES.explainer1961.id],
  },
  {
    from: IDS.treaty2024,
    to: IDS.treaty2000,
    basis: 'LEGAL',
    effectiveOn: '2024-12-04',
    effectivePrecision: 'day',
    sources: [ARTICLES.signingEn.id, ARTICLES.explainer1961.id],
  },
];

type P = { actor: string; role: string };
const event = (
  id: string,
  type: string,
  date: string,
  precision: string,
  participants: P[],
  extra: { treaty?: string; place?: string; modality?: string; summary?: string; confidence?: number } = {},
) => ({
  id,
  type,
  date,
  datePrecision: precision,
  participants,
  treaty: extra.treaty ?? null,
  place: extra.place ?? null,
  modality: extra.modality ?? 'ASSERTED',
  summary: extra.summary ?? `${type} ${date}`,
  confidence: extra.confidence ?? 0.9,
  plover: type === 'MEETING' ? 'CONSULT' : 'AGREE',
  cameo: type === 'MEETING' ? '040' : '057',
});

export const EVENTS = [
  event(
    IDS.signing1961,
    'TREATY_SIGNING',
    '1961-07-06',
    'day',
    [
      { actor: IDS.sovietUnion, role: 'SIGNATORY' },
      { actor: IDS.northKorea, role: 'SIGNATORY' },
    ],
    {
      treaty: IDS.treaty1961,
      place: 'place:moscow',
      summary: 'The Soviet Union and North Korea sign the 1961 treaty of friendship',
    },
  ),
  event(
    'event:entry_into_force:treaty:ussr-dprk-friendship-1961',
    'ENTRY_INTO_FORCE',
    '1961-09-10',
    'day',
    [
      { actor: IDS.sovietUnion, role: 'PARTICIPANT' },
      { actor: IDS.northKorea, role: 'PARTICIPANT' },
    ],
    { treaty: IDS.treaty1961 },
  ),
  event(
    'event:treaty_signing:treaty:russia-dprk-friendship-2000',
    'TREATY_SIGNING',
    '2000-02-09',
    'day',
    [
      { actor: IDS.russia, role: 'SIGNATORY' },
      { actor: IDS.northKorea, role: 'SIGNATORY' },
    ],
    {
      treaty: IDS.treaty2000,
      place: 'place:pyongyang',
      summary: 'Russia and North Korea sign the 2000 friendship treaty',
    },
  ),
  event(
    'event:meeting:2000-07-19:country:KP|country:RU|person:vladimir-putin',
    'MEETING',
    '2000-07-19',
    'day',
    [
      { actor: IDS.russia, role: 'PARTICIPANT' },
      { actor: IDS.northKorea, role: 'HOST' },
      { actor: IDS.putin, role: 'PARTICIPANT' },
    ],
    { place: 'place:pyongyang', summary: 'Putin visits Pyongyang' },
  ),
  event(
    'event:sanction:2019:country:KP|country:US',
    'SANCTION',
    '2019-01-01',
    'year',
    [
      { actor: IDS.usa, role: 'PARTICIPANT' },
      { actor: IDS.northKorea, role: 'TARGET' },
    ],
    { summary: 'United States sanctions on North Korea' },
  ),
  event(
    'event:statement:2023-05:country:ID|country:RU',
    'STATEMENT',
    '2023-05-01',
    'month',
    [
      { actor: IDS.indonesia, role: 'SPEAKER' },
      { actor: IDS.russia, role: 'PARTICIPANT' },
    ],
    { summary: 'Indonesia and Russia discuss trade', confidence: 0.6 },
  ),
  event(
    'event:meeting:2023-09-13:person:kim-jong-un|person:vladimir-putin',
    'MEETING',
    '2023-09-13',
    'day',
    [
      { actor: IDS.putin, role: 'HOST' },
      { actor: IDS.kim, role: 'PARTICIPANT' },
      { actor: IDS.russia, role: 'HOST' },
      { actor: IDS.northKorea, role: 'PARTICIPANT' },
    ],
    { summary: 'Putin meets Kim at Vostochny cosmodrome' },
  ),
  event(
    IDS.signing2024,
    'TREATY_SIGNING',
    '2024-06-19',
    'day',
    [
      { actor: IDS.putin, role: 'SIGNATORY' },
      { actor: IDS.kim, role: 'SIGNATORY' },
      { actor: IDS.russia, role: 'SIGNATORY' },
      { actor: IDS.northKorea, role: 'SIGNATORY' },
    ],
    {
      treaty: IDS.treaty2024,
      place: 'place:pyongyang',
      summary: 'Putin and Kim sign the comprehensive strategic partnership treaty',
    },
  ),
  event(
    'event:ratification:treaty:russia-dprk-comprehensive-strategic-partnership-2024',
    'RATIFICATION',
    '2024-11-01',
    'month',
    [{ actor: IDS.russia, role: 'PARTICIPANT' }],
    { treaty: IDS.treaty2024, summary: 'The State Duma ratifies the partnership treaty' },
  ),
  event(
    'event:entry_into_force:treaty:russia-dprk-comprehensive-strategic-partnership-2024',
    'ENTRY_INTO_FORCE',
    '2024-12-04',
    'day',
    [
      { actor: IDS.russia, role: 'PARTICIPANT' },
      { actor: IDS.northKorea, role: 'PARTICIPANT' },
    ],
    { treaty: IDS.treaty2024 },
  ),
  event(
    'event:meeting:2025:country:KP|country:RU',
    'MEETING',
    '2025-01-01',
    'year',
    [
      { actor: IDS.russia, role: 'PARTICIPANT' },
      { actor: IDS.northKorea, role: 'PARTICIPANT' },
    ],
    { modality: 'PLANNED', summary: 'A planned summit in Moscow' },
  ),
];

const places = [
  { id: 'place:pyongyang', name: 'Pyongyang', iso2: 'KP' },
  { id: 'place:moscow', name: 'Moscow', iso2: 'RU' },
];

function reportOf(a: (typeof ARTICLES)[keyof typeof ARTICLES], event: string) {
  const start = a.text.indexOf(a.quote);
  if (start < 0) throw new Error(`quote not in text of ${a.id}`);
  return {
    article: a.id,
    event,
    quote: a.quote,
    start,
    end: start + a.quote.length,
    claimedDate: a.claimed,
    claimedPrecision: 'day',
    confidence: 0.9,
  };
}

const reports = [
  reportOf(ARTICLES.signingEn, IDS.signing2024),
  reportOf(ARTICLES.signingId, IDS.signing2024),
  reportOf(ARTICLES.signingRu, IDS.signing2024),
  reportOf(ARTICLES.explainer1961, IDS.signing1961),
];

function mentionOf(a: (typeof ARTICLES)[keyof typeof ARTICLES], target: string, quote: string) {
  const start = a.text.indexOf(quote);
  if (start < 0) throw new Error(`mention ${quote} not in ${a.id}`);
  return { article: a.id, target, quote, start, end: start + quote.length };
}

const mentions = [
  mentionOf(ARTICLES.signingEn, IDS.putin, 'Vladimir Putin'),
  mentionOf(ARTICLES.signingEn, IDS.kim, 'Kim Jong Un'),
  mentionOf(ARTICLES.signingEn, IDS.treaty2024, 'Treaty on Comprehensive Strategic Partnership'),
  mentionOf(ARTICLES.signingId, IDS.northKorea, 'Korut'),
];

/** Writes the fixture graph (the database should be empty: call resetDatabase first). */
async function loadApiFixture(executor: Executor): Promise<void> {
  await executor.writeTransaction(async (tx) => {
    await tx.run({
      cypher: `UNWIND $actors AS a
CALL (a) { MERGE (n:Actor {id: a.id}) SET n.name = a.name, n.kind = a.kind, n.aliases = a.aliases, n.aliasText = reduce(s = '', x IN a.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x), n.iso2 = a.iso2 RETURN n }
CALL (n, a) { WITH n, a WHERE a.label = 'Country' SET n:Country }
CALL (n, a) { WITH n, a WHERE a.label = 'Person' SET n:Person }`,
      params: { actors },
    });
    await tx.run({
      cypher: `MATCH (p:Actor {id: $putin}), (ru:Actor {id: $russia}), (k:Actor {id: $kim}), (kp:Actor {id: $kp})
MERGE (p)-[o:HOLDS_OFFICE {title: 'President of Russia'}]->(ru) SET o.since = date('2000-05-07'), o.sincePrecision = 'day', o.sources = []
MERGE (k)-[o2:HOLDS_OFFICE {title: 'Supreme Leader of North Korea'}]->(kp) SET o2.since = date('2011-12'), o2.sincePrecision = 'month', o2.sources = []`,
      params: { putin: IDS.putin, russia: IDS.russia, kim: IDS.kim, kp: IDS.northKorea },
    });
    await tx.run({
      cypher: `UNWIND $treaties AS t
MERGE (n:Treaty {id: t.id})
SET n.name = t.name, n.aliases = t.aliases, n.aliasText = reduce(s = '', x IN t.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x), n.kind = t.kind, n.status = t.status,
  n.signedOn = date(t.signedOn), n.signedPrecision = t.signedPrecision,
  n.inForceFrom = CASE WHEN t.inForceFrom IS NULL THEN null ELSE date(t.inForceFrom) END, n.inForcePrecision = t.inForcePrecision,
  n.endedOn = CASE WHEN t.endedOn IS NULL THEN null ELSE date(t.endedOn) END, n.endedPrecision = t.endedPrecision`,
      params: { treaties },
    });
    await tx.run({
      cypher: `UNWIND $parties AS p MATCH (a:Actor {id: p.actor}), (t:Treaty {id: p.treaty}) MERGE (a)-[r:PARTY_TO]->(t) SET r.sources = p.sources`,
      params: { parties },
    });
    await tx.run({
      cypher: `UNWIND $replaces AS x MATCH (a:Treaty {id: x.from}), (b:Treaty {id: x.to})
MERGE (a)-[r:REPLACES]->(b) SET r.basis = x.basis, r.effectiveOn = CASE WHEN x.effectiveOn IS NULL THEN null ELSE date(x.effectiveOn) END, r.effectivePrecision = x.effectivePrecision, r.sources = x.sources`,
      params: { replaces },
    });
    await tx.run({
      cypher: 'UNWIND $places AS p MERGE (n:Place {id: p.id}) SET n.name = p.name, n.iso2 = p.iso2',
      params: { places },
    });
    await tx.run({
      cypher: `UNWIND $events AS e
MERGE (n:Event {id: e.id})
SET n:Reported
SET n.type = e.type, n.date = date(e.date), n.datePrecision = e.datePrecision, n.modality = e.modality, n.summary = e.summary, n.confidence = e.confidence, n.plover = e.plover, n.cameo = e.cameo
WITH n, e
CALL (n, e) { UNWIND e.participants AS p MATCH (a:Actor {id: p.actor}) MERGE (a)-[r:PARTICIPATED_IN]->(n) SET r.role = p.role }
CALL (n, e) { WITH n, e WHERE e.treaty IS NOT NULL MATCH (t:Treaty {id: e.treaty}) MERGE (n)-[:CONCERNS]->(t) }
CALL (n, e) { WITH n, e WHERE e.place IS NOT NULL MATCH (p:Place {id: e.place}) MERGE (n)-[:TOOK_PLACE_IN]->(p) }`,
      params: { events: EVENTS },
    });
    await tx.run({
      cypher: `UNWIND $articles AS a
MERGE (n:Article {id: a.id})
SET n.url = a.url, n.title = a.title, n.source = a.source, n.language = a.language, n.publishedAt = date(a.publishedAt), n.text = a.text, n.contentHash = a.id, n.ingestedAt = datetime('2026-11-26T12:00:00Z')`,
      params: { articles: Object.values(ARTICLES) },
    });
    await tx.run({
      cypher: `UNWIND $reports AS r MATCH (a:Article {id: r.article}), (e:Event {id: r.event})
MERGE (a)-[x:REPORTS]->(e) SET x.quote = r.quote, x.start = toInteger(r.start), x.end = toInteger(r.end), x.claimedDate = date(r.claimedDate), x.claimedPrecision = r.claimedPrecision, x.confidence = r.confidence`,
      params: { reports },
    });
    await tx.run({
      cypher: `UNWIND $mentions AS m MATCH (a:Article {id: m.article}), (n {id: m.target}) WHERE n:Actor OR n:Treaty
MERGE (a)-[x:MENTIONS {start: toInteger(m.start)}]->(n) SET x.quote = m.quote, x.end = toInteger(m.end)`,
      params: { mentions },
    });
  });
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions?: { code?: string }; path?: (string | number)[] }[] | undefined;
}

/** Posts one operation to the yoga instance in-process (no port) and returns status, data and errors. */
export async function gql<T = any>(
  yoga: { fetch: (url: string, init: RequestInit) => Promise<Response> | Response },
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GqlResponse['errors'] };
  return { status: response.status, data: body.data, errors: body.errors };
}

/** The test token for mutations (at least 16 characters, as config requires). */
export const API_TOKEN = 'api-test-token-0123456789';

// ---------------------------------------------------------------- analyst questions (README)

/** "Every event between Russia and North Korea since 1961." */
export const EVENTS_BETWEEN = `{
  events(filter: { actorIds: ["country:RU", "country:KP"], from: "1961" }, first: 100) {
    totalCount
    edges { node { date type modality summary participants { role actor { name } } } }
  }
}`;

/** "Which treaties bound North Korea on 1 January 2000?" */
export const TREATIES_IN_FORCE = `{
  treaties(filter: { party: "country:KP", inForceOn: "2000-01-01" }) {
    totalCount
    edges { node { name signedOn inForceFrom endedOn parties { actor { name } } } }
  }
}`;

/** "What replaced the 1961 treaty, and on what basis?" */
export const WHAT_REPLACED = `{
  treaty(id: "treaty:ussr-dprk-friendship-1961") {
    name endedOn
    replacedBy { basis effectiveOn treaty { name signedOn } sources { title url } }
    lineage { name signedOn endedOn status }
  }
}`;

/** "How is Indonesia connected to Russia?" */
export const HOW_CONNECTED = `{
  paths(from: "country:ID", to: "country:RU", maxHops: 4) {
    length
    nodes { kind label }
    relationships { type from to }
  }
}`;

/** "Which articles say the pact was signed on the 18th, and which on the 19th?" */
export const WHO_SAYS_WHEN = `{
  events(filter: { types: [TREATY_SIGNING], treatyIds: ["treaty:russia-dprk-comprehensive-strategic-partnership-2024"] }) {
    edges { node {
      summary date
      conflicts { date sources { quote start end article { title language url publishedAt } } }
    } }
  }
}`;

/**
 * For a test file that only queries the fixture graph: opens it before the file's tests
 * (openFixtureApi) and closes the database after them. `api.yoga` is set once beforeAll ran.
 */
export function useFixtureApi(): { readonly yoga: PactlineYoga } {
  let opened: { executor: Executor; yoga: PactlineYoga } | null = null;
  beforeAll(async () => {
    opened = await openFixtureApi();
  });
  afterAll(async () => {
    await opened?.executor.close();
  });
  return {
    get yoga(): PactlineYoga {
      if (!opened) throw new Error('useFixtureApi: the fixture API is open only inside tests and hooks');
      return opened.yoga;
    },
  };
}

/** Opens the run's test database, resets it, loads this fixture graph and serves it with the real yoga server. */
export async function openFixtureApi(
  options: { clock?: () => Date } = {},
): Promise<{ executor: Executor; yoga: PactlineYoga }> {
  const executor = await openTestDatabase();
  await resetDatabase(executor);
  await loadApiFixture(executor);
  const yoga = createPactlineYoga({
    executor,
    config: readConfig({ LOG_LEVEL: 'silent' }),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { executor, yoga };
}
