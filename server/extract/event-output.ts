/**
 * A merged draft as the extraction result gives it: names, roles, a summary and its sentence.
 */
import type { EventType, ExtractedEvent } from '../domain/extraction';
import { formatPartialDate } from '../domain/calendar';
import type { ActorRecord } from './recognize-actors';
import type { TreatyRecord } from './link-treaties';
import type { Draft } from './event-draft';
import type { Gazetteer } from './gazetteer';

const TYPE_LABEL: Record<EventType, string> = {
  treaty_signing: 'signing',
  ratification: 'ratification',
  entry_into_force: 'entry into force',
  withdrawal: 'withdrawal',
  accession: 'accession',
  meeting: 'meeting',
  statement: 'statement',
  military_action: 'military action',
  sanction: 'sanctions',
  aid: 'aid',
  protest: 'protest',
  election: 'election',
  other: 'event',
};

/**
 * Who speaks in a statement: its speaker, those who speak with it or beside it in its subject, and the states and bodies
 * the speaking persons hold office for ("NATO Secretary General Jens Stoltenberg told"), when they are among its actors.
 * The others named are what is spoken of or to (TARGET): "In his address to the Federal Assembly, Putin said" is
 * Putin's statement, not the Assembly's. Undefined when the statement has no speaker of its own among its actors.
 */
function statementSpeakers(d: Draft, actors: Map<string, ActorRecord>): Set<string> | undefined {
  if (d.type !== 'statement' || !d.speaker || !d.actors.includes(d.speaker)) return undefined;
  const speakers = new Set([d.speaker, ...(d.coSpeakers ?? []), ...(d.subjectSpeakers ?? [])]);
  const offices = new Set<string>();
  for (const id of speakers) for (const o of actors.get(id)?.offices ?? []) if (o.of) offices.add(o.of);
  for (const id of d.actors) if (offices.has(actors.get(id)?.name ?? '')) speakers.add(id);
  return speakers;
}

/** A place's host: the country it lies in, for the years it did (Moscow: the Soviet Union until 1991). */
interface Host {
  id: string;
  name: string;
  from?: number;
  until?: number;
}

const HOSTS = new WeakMap<Gazetteer, ReadonlyMap<string, readonly Host[]>>();

/** The host countries of each gazetteer place that belongs to one (a capital, a place with its country code), by name. */
function placeHosts(gazetteer: Gazetteer): ReadonlyMap<string, readonly Host[]> {
  let hosts = HOSTS.get(gazetteer);
  if (hosts) return hosts;
  const found = new Map<string, Host[]>();
  for (const p of gazetteer.places.values()) {
    const periods = p.metonym ?? (p.iso2 ? [{ id: `country:${p.iso2}` }] : []);
    const list: Host[] = [];
    for (const { id, from, until } of periods) {
      const country = gazetteer.actors.get(id);
      if (country) list.push({ id, name: country.name, ...(from ? { from } : {}), ...(until ? { until } : {}) });
    }
    if (list.length) found.set(p.name, list);
  }
  HOSTS.set(gazetteer, (hosts = found));
  return hosts;
}

/** The country a place lay in in a year (today's, when the year is unknown). */
function hostIn(periods: readonly Host[] | undefined, year: number | undefined): Host | undefined {
  return periods?.find((h) =>
    year === undefined ? h.until === undefined : (h.from ?? -Infinity) <= year && year <= (h.until ?? Infinity),
  );
}

/**
 * Whether an actor hosts a meeting held in its own country: the country, or a person holding one of its offices
 * ("Kim Jong Un met Vladimir Putin in Pyongyang": North Korea and Kim host).
 */
function hosts(a: ActorRecord, host: Host | undefined): boolean {
  if (!host) return false;
  return a.kind === 'country' ? a.id === host.id : a.kind === 'person' && a.offices.some((o) => o.of === host.name);
}

/** The event as the extraction result gives it. */
export function toEvent(
  d: Draft,
  text: string,
  actors: Map<string, ActorRecord>,
  treaties: Map<string, TreatyRecord>,
  gazetteer: Gazetteer,
): ExtractedEvent {
  const names = d.actors.map((id) => actors.get(id)?.name ?? id);
  const speakers = statementSpeakers(d, actors);
  const host = d.type === 'meeting' && d.place ? hostIn(placeHosts(gazetteer).get(d.place), d.date?.year) : undefined;
  const roles: Record<string, string> = {};
  for (const id of d.actors) {
    const a = actors.get(id);
    if (!a) continue;
    roles[a.name] =
      d.type === 'treaty_signing' || d.type === 'accession' || d.type === 'ratification'
        ? 'SIGNATORY'
        : d.type !== 'statement'
          ? hosts(a, host)
            ? 'HOST'
            : 'PARTICIPANT'
          : speakers
            ? speakers.has(id)
              ? 'SPEAKER'
              : 'TARGET'
            : a.kind === 'person' || Object.keys(roles).length === 0
              ? 'SPEAKER'
              : 'TARGET';
  }
  const treatyName = d.treaty ? (treaties.get(d.treaty)?.name ?? null) : null;
  const quote = text.slice(d.sentence.start, d.sentence.end);
  return {
    type: d.type,
    plover: d.rule.plover,
    cameo: d.rule.cameo,
    date: d.date ? formatPartialDate(d.date) : null,
    datePrecision: d.date ? d.date.precision : null,
    endDate: d.endDate ? formatPartialDate(d.endDate) : null,
    place: d.place,
    actors: names,
    roles,
    treaty: d.treaty,
    modality: d.modality,
    summary: `${TYPE_LABEL[d.type]}${names.length ? `: ${names.join(', ')}` : ''}${treatyName ? ` (${treatyName})` : ''}${d.date ? `, ${formatPartialDate(d.date)}` : ''}`,
    quote,
    start: d.sentence.start,
    end: d.sentence.end,
    confidence: Math.round(d.confidence * 100) / 100,
  };
}
