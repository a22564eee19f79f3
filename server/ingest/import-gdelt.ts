import countryCodes from 'country-code-lookup';
import countries from 'i18n-iso-countries';
import { createCountryActors } from '../../seed/gazetteer/countries';
import { DatabaseQueryError } from '../db/errors';
import type { Executor, TxRunner } from '../db/executor';
import type { ActorKindValue } from '../db/model';
import {
  createGdeltEvents,
  findGdeltEvents,
  mergeGdeltActors,
  mergeGdeltEventPlaces,
  mergeGdeltEvents,
  mergeGdeltParticipants,
  mergeGdeltPlaces,
  type GdeltActorRow,
  type GdeltEventRow,
  type GdeltPlaceRow,
} from '../db/writes/gdelt-writes';
import type { GdeltActor, GdeltEvent } from './formats/gdelt-event';
import { placeIdOf, slugOf } from './identity';
import type { GdeltItem } from './read-sources';

export interface GdeltImportOptions {
  /** Rows per transaction (default 10000: measured faster than 5000 and within the 1k-10k guidance). */
  batchSize?: number;
  /**
   * Batches written at the same time (default 1; the next batch is still read and parsed while
   * one writes). Two in flight made Neo4j spend 18-25 CPU s per 100k new events instead of
   * 15-19 s on two cores, for no more events/s (bench:ingest, quiet, five runs each); more may
   * pay on a machine with more cores.
   */
  concurrency?: number;
  /** Called after each committed batch with the running totals. */
  onBatch?: (progress: GdeltImportSummary) => void;
}

export interface GdeltImportSummary {
  /** Rows read (valid or not). */
  rows: number;
  /** Events written (merged). */
  events: number;
  rejected: number;
  /** The first rejected rows with file:line and the reason (at most 100). */
  errors: string[];
  batches: number;
}

let countryNames: Map<string, string> | null = null;

/** The gazetteer's canonical English name of a country ("Russia", not "Russian Federation"), so GDELT and articles agree. */
function countryName(iso2: string): string | undefined {
  countryNames ??= new Map(
    createCountryActors().flatMap((a) => (a.iso2 ? [[a.iso2, a.name] as [string, string]] : [])),
  );
  return countryNames.get(iso2) ?? countries.getName(iso2, 'en');
}

/** CAMEO country codes that are not the ISO 3166 alpha-3 code of the state (CAMEO codebook, country codes). */
const CAMEO_NOT_ISO: Readonly<Record<string, string>> = { ROM: 'RO', ZAR: 'CD', TMP: 'TL' };

/**
 * Geography codes GDELT writes that country-code-lookup does not resolve: the Gaza Strip is
 * Palestine's; AE is what GDELT writes for the United Arab Emirates (FIPS 10-4 says TC; 108 rows
 * of the seed's real export), VM Vietnam, YI the old "Serbia and Montenegro" code (Serbia).
 */
const FIPS_EXTRA: Readonly<Record<string, string>> = { GZ: 'PS', AE: 'AE', VM: 'VN', YI: 'RS' };

/** The ISO 3166 alpha-2 code of a FIPS 10-4 country code (GDELT's geography: "RS" is Russia, "KN" North Korea, "UP" Ukraine), or null. */
export function fipsToIso2(fips: string | null): string | null {
  if (!fips || !/^[A-Z]{2}$/.test(fips)) return null;
  let iso2 = isoOfFips.get(fips);
  if (iso2 === undefined) {
    iso2 = FIPS_EXTRA[fips] ?? countryCodes.byFips(fips)?.iso2 ?? null;
    isoOfFips.set(fips, iso2);
  }
  return iso2;
}

/** byFips scans the country list; a GDELT day asks for the same few hundred codes 300k times. */
const isoOfFips = new Map<string, string | null>();

/**
 * Whether a CAMEO code names one organisation (IGO/NGO codes such as IGOUNO, the United Nations;
 * a region such as EUR whose country code is itself) rather than a role. Role codes without a
 * country (GOV, COP, MNC, EDU..., and lowercase ethnic codes such as "kur") say what kind of actor
 * it is, not which: in a real export GOV is "Minist Of Finance" on one row and "Minist Of Home
 * Affairs" on the next, MNC "Corelogic" and "Occidental Petroleum".
 */
function codeIsIdentity(a: GdeltActor): boolean {
  return /^(IGO|NGO|NGM|IMG)/.test(a.code) || (a.countryCode !== null && a.code === a.countryCode);
}

/**
 * A CAMEO actor as one of our actors: states by ISO code ("RUS" → country:RU), named organisations
 * by their CAMEO code (IGOUNO → gdelt:igouno), role codes by code and name (GOV "Minist Of Finance"
 * → gdelt:gov-minist-of-finance), so two different ministries are not merged into one actor.
 */
export function toGdeltActorRow(a: GdeltActor): GdeltActorRow {
  const code = a.countryCode && /^[A-Z]{3}$/.test(a.countryCode) ? a.countryCode : null;
  const iso2 = code ? (CAMEO_NOT_ISO[code] ?? countries.alpha3ToAlpha2(code)) : undefined;
  if (iso2) {
    return {
      id: `country:${iso2}`,
      name: countryName(iso2) ?? a.name,
      kind: 'COUNTRY',
      iso2,
      gdeltCode: a.countryCode,
    };
  }
  const kind: ActorKindValue = 'ORGANIZATION';
  const key = a.code === '' ? a.name : codeIsIdentity(a) || a.name === a.code ? a.code : `${a.code} ${a.name}`;
  return {
    id: `gdelt:${slugOf(key)}`,
    name: titleCase(a.name),
    kind,
    iso2: null,
    gdeltCode: a.code || null,
  };
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

const TYPE_LABEL: Record<string, string> = {
  treaty_signing: 'Agreement signed',
  statement: 'Statement',
  meeting: 'Consultation',
  aid: 'Aid',
  protest: 'Protest',
  military_action: 'Military action',
  sanction: 'Sanction',
  other: 'Event',
};

/**
 * An ActionGeo place: its FIPS country code becomes our ISO code; a country-level place (geo type
 * 1) takes the gazetteer's canonical country name, so "Burma" and "Myanmar" are one place.
 */
export function toGdeltPlaceRow(p: NonNullable<GdeltEvent['place']>): GdeltPlaceRow {
  const iso2 = fipsToIso2(p.countryCode);
  const name = p.geoType === 1 && iso2 ? (countryName(iso2) ?? p.name) : p.name;
  return { id: placeIdOf(name), name, fips: p.countryCode, iso2, latitude: p.lat, longitude: p.long };
}

function toGdeltRows(e: GdeltEvent): {
  event: GdeltEventRow;
  actors: GdeltActorRow[];
  place: GdeltPlaceRow | null;
} {
  const a1 = e.actor1 ? toGdeltActorRow(e.actor1) : null;
  const a2 = e.actor2 ? toGdeltActorRow(e.actor2) : null;
  const signing = e.type === 'treaty_signing';
  const participants: { actor: string; role: string }[] = [];
  if (a1) participants.push({ actor: a1.id, role: signing ? 'SIGNATORY' : 'PARTICIPANT' });
  if (a2 && a2.id !== a1?.id) participants.push({ actor: a2.id, role: signing ? 'SIGNATORY' : 'TARGET' });
  const place = e.place ? toGdeltPlaceRow(e.place) : null;
  const who = [a1?.name, a2 && a2.id !== a1?.id ? a2.name : null].filter(Boolean).join(' – ');
  return {
    event: {
      id: `gdelt:${e.gdeltId}`,
      gdeltId: e.gdeltId,
      type: e.type.toUpperCase(),
      plover: e.plover,
      cameo: e.cameo,
      date: e.date,
      summary: `${TYPE_LABEL[e.type] ?? 'Event'}${who ? `: ${who}` : ''} (CAMEO ${e.cameo})`,
      quadClass: e.quadClass,
      goldstein: e.goldstein,
      numMentions: e.numMentions,
      avgTone: e.avgTone,
      sourceUrl: e.sourceUrl,
      place: place?.id ?? null,
      participants,
    },
    actors: [a1, a2].filter((a): a is GdeltActorRow => a !== null),
    place,
  };
}

interface GdeltBatch {
  events: GdeltEventRow[];
  actors: GdeltActorRow[];
  places: GdeltPlaceRow[];
}

/** True for Neo4j's refusal of a second node with the same constrained id. */
function isUniquenessConflict(error: unknown): boolean {
  return error instanceof DatabaseQueryError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/**
 * How a batch's events are written. `create`: every event is new, created with its relationships
 * (a first load: no lookup of 10,000 ids, ~5% of the write time). `split`: the events already in
 * the graph are looked up first and merged, the others created. `merge`: every event is merged.
 * A batch tries the cheapest mode that can hold and moves to the next on a uniqueness conflict;
 * the conflict fails the whole transaction, so nothing of the failed attempt is written.
 */
type WriteMode = 'create' | 'split' | 'merge';

const NEXT_MODE: Record<WriteMode, WriteMode | null> = { create: 'split', split: 'merge', merge: null };

/**
 * One batch in one transaction: actors and places, then the events as `mode` says. In `split`
 * the lookup runs inside the transaction, so a driver retry of a batch that did commit finds its
 * events and merges them.
 */
async function writeBatch(tx: TxRunner, batch: GdeltBatch, mode: WriteMode): Promise<void> {
  if (batch.actors.length > 0) await tx.run(mergeGdeltActors(batch.actors));
  if (batch.places.length > 0) await tx.run(mergeGdeltPlaces(batch.places));
  let merged = mode === 'merge' ? batch.events : [];
  let created = mode === 'create' ? batch.events : [];
  if (mode === 'split') {
    const known = new Set(
      (await tx.run<{ id: string }>(findGdeltEvents(batch.events.map((e) => e.id)))).map((r) => r.id),
    );
    merged = batch.events.filter((e) => known.has(e.id));
    created = batch.events.filter((e) => !known.has(e.id));
  }
  if (merged.length > 0) {
    await tx.run(mergeGdeltEvents(merged));
    await tx.run(mergeGdeltParticipants(merged));
    await tx.run(mergeGdeltEventPlaces(merged));
  }
  if (created.length > 0) await tx.run(createGdeltEvents(created));
}

/**
 * Imports a GDELT 2.0 events stream in big UNWIND batches: one transaction per batch (actors,
 * places, then events with their relationships), the next batch parsed while this one writes.
 * Idempotent: events keep GDELT's id, so importing a file twice leaves the same graph.
 */
export async function importGdelt(
  executor: Executor,
  stream: AsyncIterable<GdeltItem | GdeltEvent>,
  options: GdeltImportOptions = {},
): Promise<GdeltImportSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 10_000);
  const summary: GdeltImportSummary = { rows: 0, events: 0, rejected: 0, errors: [], batches: 0 };
  let events = new Map<string, GdeltEventRow>();
  let actors = new Map<string, GdeltActorRow>();
  let places = new Map<string, GdeltPlaceRow>();
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const writing: Promise<void>[] = [];

  // Once a batch met events already in the graph (a re-import, a resumed load), the next ones
  // look their events up first instead of failing a create.
  let firstMode: WriteMode = 'create';
  const writeInMode = async (batch: GdeltBatch, mode: WriteMode): Promise<void> => {
    try {
      await executor.writeTransaction((tx) => writeBatch(tx, batch, mode));
    } catch (error) {
      const next = NEXT_MODE[mode];
      if (next === null || !isUniquenessConflict(error)) throw error;
      firstMode = 'split';
      await writeInMode(batch, next);
    }
  };

  const flush = async () => {
    if (events.size === 0) return;
    const batch: GdeltBatch = {
      events: [...events.values()],
      actors: [...actors.values()],
      places: [...places.values()],
    };
    events = new Map();
    actors = new Map();
    places = new Map();
    while (writing.length >= concurrency) await writing.shift();
    const write = writeInMode(batch, firstMode).then(() => {
      summary.events += batch.events.length;
      summary.batches++;
      options.onBatch?.({ ...summary, errors: [...summary.errors] });
    });
    write.catch(() => undefined); // awaited below, in order
    writing.push(write);
  };

  for await (const item of stream) {
    summary.rows++;
    if ('error' in item) {
      summary.rejected++;
      if (summary.errors.length < 100) summary.errors.push(`${item.origin}: ${item.error}`);
      continue;
    }
    const rows = toGdeltRows('event' in item ? item.event : item);
    events.set(rows.event.id, rows.event);
    for (const a of rows.actors) if (!actors.has(a.id)) actors.set(a.id, a);
    if (rows.place && !places.has(rows.place.id)) places.set(rows.place.id, rows.place);
    if (events.size >= batchSize) await flush();
  }
  await flush();
  while (writing.length > 0) await writing.shift();
  return summary;
}
