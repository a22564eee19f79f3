import countries from 'i18n-iso-countries';
import type { ExtractedActor, ExtractedEvent, ExtractionResult, Span } from '../domain/extraction';
import { parsePartialDate, startOf, type PartialDate } from '../domain/calendar';
import { ROLES, REPLACES_BASES, type ActorKindValue, type Role } from '../db/model';
import type {
  ActorRow,
  ArticlePlan,
  ArticleRow,
  EventRow,
  OfficeRow,
  PartyRow,
  ReplacesRow,
  SpanRow,
  TreatyDateColumns,
  TreatyRow,
} from '../db/writes/article-writes';
import { eventIdOf, placeIdOf, unnamedTreatyIdOf } from './identity';
import { planKnownFacts } from './plan-known-treaties';

/**
 * Entity resolution for one article: the extractor's output (ids from the gazetteer, canonical
 * names in events) becomes rows keyed by stable ids, so every alias in every language lands on
 * one node and the same event reported twice is one Event. Pure; problems become warnings.
 */
export interface PlannedArticle {
  plan: ArticlePlan;
  warnings: string[];
}

const KIND: Record<ExtractedActor['kind'], ActorKindValue> = {
  person: 'PERSON',
  country: 'COUNTRY',
  organization: 'ORGANIZATION',
};

function key(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function firstSpan(spans: readonly Span[] | undefined): SpanRow | null {
  if (!spans || spans.length === 0) return null;
  const s = [...spans].sort((a, b) => a.start - b.start)[0] as Span;
  return { quote: s.quote, start: s.start, end: s.end };
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/** A partial date cut to the stated precision: its first day and the precision, or nulls. */
/** A treaty's signed, in-force and ended dates (texts as extracted or in the gazetteer) as stored columns. */
export function treatyDateColumns(
  signed: string | null | undefined,
  inForce: string | null | undefined,
  ended: string | null | undefined,
): TreatyDateColumns {
  const [s, f, e] = [toStoredDate(signed), toStoredDate(inForce), toStoredDate(ended)];
  return {
    signedOn: s.date,
    signedPrecision: s.precision,
    inForceFrom: f.date,
    inForcePrecision: f.precision,
    endedOn: e.date,
    endedPrecision: e.precision,
  };
}

export function toStoredDate(
  text: string | null | undefined,
  precision?: string | null,
): { date: string | null; precision: PartialDate['precision'] | null; text: string | null } {
  if (!text) return { date: null, precision: null, text: null };
  let d = parsePartialDate(text.slice(0, 10));
  if (!d) return { date: null, precision: null, text: null };
  if (precision === 'year' && d.precision !== 'year') d = parsePartialDate(text.slice(0, 4));
  else if (precision === 'month' && d.precision === 'day') d = parsePartialDate(text.slice(0, 7));
  if (!d) return { date: null, precision: null, text: null };
  const cut = d.precision === 'year' ? 4 : d.precision === 'month' ? 7 : 10;
  return { date: startOf(d), precision: d.precision, text: startOf(d).slice(0, cut) };
}

function countryRow(id: string): ActorRow | null {
  const m = /^country:([A-Z]{2})$/.exec(id);
  const name = m ? countries.getName(m[1] as string, 'en') : undefined;
  if (!m || !name) return null;
  return {
    id,
    name,
    kind: 'COUNTRY',
    aliases: [name],
    iso2: m[1] as string,
    wikidata: null,
    mention: null,
    mentioned: false,
  };
}

export function planArticle(article: ArticleRow, extraction: ExtractionResult): PlannedArticle {
  const warnings = [...extraction.warnings];
  const actorIds = new Map<string, string>();
  const actors = new Map<string, ActorRow>();

  for (const a of extraction.actors) {
    const kind = KIND[a.kind];
    if (!kind) {
      warnings.push(`actor ${a.id} skipped: unknown kind ${JSON.stringify(a.kind)}`);
      continue;
    }
    const prev = actors.get(a.id);
    const aliases = uniq([a.name, ...(prev?.aliases ?? []), ...a.aliases]);
    actors.set(a.id, {
      id: a.id,
      name: prev?.name ?? a.name,
      kind,
      aliases,
      iso2: a.iso2 ?? prev?.iso2 ?? null,
      wikidata: null,
      mention: firstSpan([...(a.mentions ?? []), ...(prev?.mention ? [prev.mention] : [])]),
      mentioned: true,
    });
    for (const n of [a.id, a.name, ...a.aliases]) if (!actorIds.has(key(n))) actorIds.set(key(n), a.id);
  }
  const resolveActor = (name: string): string | null => actorIds.get(key(name)) ?? null;

  const offices: OfficeRow[] = [];
  for (const a of extraction.actors) {
    if (a.kind !== 'person') continue;
    for (const office of a.offices ?? []) {
      if (!office.of || !office.title) continue;
      let of = resolveActor(office.of);
      if (of === null) {
        const row = countryRow(office.of);
        if (row) {
          actors.set(row.id, actors.get(row.id) ?? row);
          of = row.id;
        }
      }
      if (of === null) {
        warnings.push(`office of ${a.id} skipped: unknown holder ${JSON.stringify(office.of)}`);
        continue;
      }
      if (!offices.some((o) => o.person === a.id && o.of === of && o.title === office.title))
        offices.push({ person: a.id, of, title: office.title });
    }
  }

  // An unnamed treaty ("signed an agreement" in 2019), as the extractor marks it, is told apart by its parties and date.
  const storedId = new Map<string, string>();
  for (const t of extraction.treaties) {
    if (storedId.has(t.id) || t.unnamed !== true) continue;
    const parties = t.parties.map(resolveActor).filter((id): id is string => id !== null);
    storedId.set(t.id, unnamedTreatyIdOf({ id: t.id, parties, signed: t.signed, articleId: article.id }));
  }
  const idOf = (t: { id: string }): string => storedId.get(t.id) ?? t.id;
  const treatyIds = new Map<string, string>();
  for (const t of extraction.treaties) treatyIds.set(key(t.id), idOf(t));
  const treaties = new Map<string, TreatyRow>();
  for (const t of extraction.treaties) {
    const spans = [
      ...(t.mentions ?? []),
      ...(t.start !== undefined && t.end !== undefined ? [{ quote: t.quote, start: t.start, end: t.end }] : []),
    ];
    treaties.set(idOf(t), {
      id: idOf(t),
      name: t.name,
      aliases: uniq([t.name, ...(treaties.get(idOf(t))?.aliases ?? []), ...t.aliases]),
      kind: t.kind ?? null,
      unnamed: t.unnamed === true,
      ...treatyDateColumns(t.signed, t.inForceFrom, t.endedOn),
      mention: firstSpan(spans),
      mentioned: true,
    });
    for (const n of [t.name, ...t.aliases]) if (!treatyIds.has(key(n))) treatyIds.set(key(n), idOf(t));
  }
  const resolveTreaty = (name: string): string | null => treatyIds.get(key(name)) ?? null;

  const parties: PartyRow[] = [];
  const replaces: ReplacesRow[] = [];
  for (const t of extraction.treaties) {
    const id = idOf(t);
    for (const p of t.parties) {
      const actor = resolveActor(p);
      if (actor === null) warnings.push(`party ${JSON.stringify(p)} of ${t.id} skipped: not an actor of this article`);
      else if (!parties.some((x) => x.actor === actor && x.treaty === id)) parties.push({ actor, treaty: id });
    }
    for (const r of t.replaces) {
      const older = resolveTreaty(r);
      if (older === null) warnings.push(`${t.id} replaces ${JSON.stringify(r)}: not a treaty of this article, skipped`);
      else if (older !== id && !replaces.some((x) => x.from === id && x.to === older)) {
        const basis = (t.replacesBases?.[r] ?? t.replacesBasis ?? 'declared').toUpperCase();
        replaces.push({
          from: id,
          to: older,
          basis: (REPLACES_BASES as readonly string[]).includes(basis) ? basis : 'DECLARED',
        });
      }
    }
  }

  const events = new Map<string, EventRow>();
  for (const e of extraction.events) {
    const row = planEvent(article.id, e, resolveActor, resolveTreaty, warnings);
    if (row === null) continue;
    const prev = events.get(row.id);
    events.set(row.id, prev ? mergeEventRows(prev, row) : row);
  }

  return {
    plan: {
      article,
      known: planKnownFacts(extraction.treaties),
      actors: [...actors.values()],
      offices,
      treaties: [...treaties.values()],
      parties,
      replaces,
      events: [...events.values()],
    },
    warnings,
  };
}

function planEvent(
  articleId: string,
  e: ExtractedEvent,
  resolveActor: (name: string) => string | null,
  resolveTreaty: (name: string) => string | null,
  warnings: string[],
): EventRow | null {
  const type = e.type.toUpperCase();
  const participants = new Map<string, Role>();
  for (const name of e.actors) {
    const id = resolveActor(name);
    if (id === null) {
      warnings.push(
        `event ${e.type} at ${e.start}: participant ${JSON.stringify(name)} is not an actor of this article, skipped`,
      );
      continue;
    }
    const roleText = (e.roles?.[name] ?? 'PARTICIPANT').toUpperCase();
    const role = ((ROLES as readonly string[]).includes(roleText) ? roleText : 'PARTICIPANT') as Role;
    const prev = participants.get(id);
    if (!prev || prev === 'PARTICIPANT') participants.set(id, role);
  }
  let treaty: string | null = null;
  if (e.treaty) {
    treaty = resolveTreaty(e.treaty);
    if (treaty === null)
      warnings.push(
        `event ${e.type} at ${e.start}: treaty ${JSON.stringify(e.treaty)} is not a treaty of this article, ignored`,
      );
  }
  const date = toStoredDate(e.date, e.datePrecision);
  const endDate = toStoredDate(e.endDate ?? null);
  const id = eventIdOf({ type, treaty, date: date.text, participants: [...participants.keys()], articleId });
  return {
    id,
    type,
    plover: e.plover || null,
    cameo: e.cameo || null,
    date: date.date,
    datePrecision: date.precision,
    endDate: endDate.date,
    modality: e.modality.toUpperCase(),
    summary: e.summary,
    confidence: e.confidence,
    treaty,
    place: e.place ? { id: placeIdOf(e.place), name: e.place } : null,
    participants: [...participants]
      .map(([actor, role]) => ({ actor, role }))
      .sort((a, b) => a.actor.localeCompare(b.actor)),
    report: { quote: e.quote, start: e.start, end: e.end, confidence: e.confidence },
  };
}

/** Two sentences of one article about the same event: one REPORTS (the more confident sentence), all participants. */
function mergeEventRows(a: EventRow, b: EventRow): EventRow {
  const [best, other] = b.confidence > a.confidence ? [b, a] : [a, b];
  const participants = new Map(best.participants.map((p) => [p.actor, p.role]));
  for (const p of other.participants)
    if (!participants.has(p.actor) || participants.get(p.actor) === 'PARTICIPANT') participants.set(p.actor, p.role);
  return {
    ...best,
    place: best.place ?? other.place,
    participants: [...participants]
      .map(([actor, role]) => ({ actor, role }))
      .sort((x, y) => x.actor.localeCompare(y.actor)),
  };
}
