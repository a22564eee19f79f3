/**
 * The extraction pipeline: language → sentences → dates → mentions → treaties → events → facts.
 * Pure: the caller passes the text, the publication date and a compiled gazetteer.
 */
import {
  GAZETTEER_TREATIES_REFERENCE,
  type ExtractedActor,
  type ExtractedEvent,
  type ExtractedTreaty,
  type ExtractionResult,
  type KnownTreatyFacts,
  type Span,
} from '../domain/extraction';
import { parsePartialDate, type PartialDate } from '../domain/calendar';
import { hasSurrogate, planeText, plane } from './bmp-patterns';
import { classifyEvents } from './classify-events';
import { dateForTrigger } from './event-dates';
import { findTriggers } from './find-triggers';
import { detectLanguage } from './detect-language';
import { foldText } from './fold-text';
import type { Gazetteer, GazetteerActor, GazetteerTreaty } from './gazetteer';
import { LEXICONS } from './lexicons';
import { linkTreaties, type LinkedTreaties } from './link-treaties';
import { recognizeActors, type RecognizedActors } from './recognize-actors';
import { resolveDates, type DateMention } from './resolve-dates';
import { splitSentences } from './split-sentences';
import type { EventCandidate, EventModel } from './event-scorer';

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD (or YYYY-MM, YYYY), for "yesterday", "on Wednesday", "last year". */
  published?: string;
  gazetteer: Gazetteer;
  /** The learned event scorer; `null` for the rules alone. */
  eventModel?: EventModel | null;
  /** Receives every event candidate with its features (scripts/train-events.ts). */
  onEventCandidates?: (candidates: EventCandidate[]) => void;
}

/** Texts longer than this are refused with a warning rather than slowing a batch down. */
export const MAX_TEXT_LENGTH = 1_000_000;

const DATELINE = plane(
  /(?:^|\n)[ \t]*(?:\p{Lu}[\p{Lu}\p{M} .'-]{1,30}|\p{Lu}[\p{Ll}]+(?: \p{Lu}[\p{Ll}]+)?)(?:,[ \t]*\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?,[ \t]*$/u,
);

/** The date of a dateline at the start of a paragraph, if the text has one in its first lines. */
function findDateline(text: string, dates: DateMention[]): DateMention | null {
  for (const d of dates) {
    if (d.start > 400) break;
    if (d.value && d.value.precision !== 'day') continue;
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    const before = text.slice(Math.max(0, lineStart - 1), d.start);
    if (DATELINE.test(before)) return d;
  }
  return null;
}

/** How many lines open a page, where its heading and date lines stand. */
const HEADING_LINES = 6;
/** How many words beside its date a date line may hold ("Publié le", "Sunday,", "NEWS |", "Madrid,"). */
const DATE_LINE_WORDS = 3;
const WORD = plane(/[\p{L}\p{N}]+/gu);

/**
 * The date standing alone on one of the opening lines of a page ("12 de agosto de 2019", "Publié le 12 août 2008",
 * "Minggu, 20 Oktober 2019", "15 мая 2023 года"), given to the day: the page's own date.
 */
function headingDate(text: string, dates: DateMention[]): PartialDate | null {
  let lineStart = 0;
  for (let n = 0; n < HEADING_LINES && lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    NON_SPACE.lastIndex = lineStart;
    const firstNonSpace = NON_SPACE.exec(text);
    if (firstNonSpace && firstNonSpace.index < lineEnd) {
      n++;
      const d = dates.find(
        (x) => x.start >= lineStart && x.end <= lineEnd && x.value?.precision === 'day' && !x.endValue,
      );
      if (d?.value) {
        const before = wordCount(text, lineStart, d.start, DATE_LINE_WORDS);
        if (before >= 0 && wordCount(text, d.end, lineEnd, DATE_LINE_WORDS - before) >= 0) return d.value;
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

const NON_SPACE = /\S/g;

/**
 * How many words stand in text[from, to), counted only up to `limit + 1`: -1 once there are more than `limit`
 * (a line that is more than a date may be long: a page of one line). A word cut by `to` counts as one.
 */
function wordCount(text: string, from: number, to: number, limit: number): number {
  WORD.lastIndex = from;
  let n = 0;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) if (++n > limit) return -1;
  return n;
}

const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\r?\n((?:[A-Za-z_][\w-]*[ \t]*:[^\n]*\r?\n)*?)---[ \t]*(?:\r?\n|$)/;

/**
 * A YAML-style front matter block at the very start of the text (`---`, `key: value` lines, `---`):
 * its fields, and the text with the block blanked by spaces (newlines kept), so that offsets still
 * point into the original text and nothing is extracted from the metadata.
 */
function stripFrontMatter(text: string): { text: string; fields: Record<string, string> } | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  const blanked = m[0].replace(/[^\r\n]/g, ' ');
  return { text: blanked + text.slice(m[0].length), fields };
}

function empty(warnings: string[], language: ExtractionResult['language'] = null): ExtractionResult {
  return { language, actors: [], events: [], treaties: [], warnings };
}

/** Whether a gazetteer's data holds a surrogate (then no article is extracted with plane patterns), by gazetteer. */
const gazetteerSurrogates = new WeakMap<Gazetteer, boolean>();

function gazetteerHasSurrogate(gazetteer: Gazetteer): boolean {
  let has = gazetteerSurrogates.get(gazetteer);
  if (has === undefined) {
    has = hasSurrogate(JSON.stringify(gazetteer.data));
    gazetteerSurrogates.set(gazetteer, has);
  }
  return has;
}

/** Extracts actors, events and treaties from one article. Never throws for bad text: it warns. */
export function extractArticle(original: string, options: ExtractOptions): ExtractionResult {
  // every string the stages read comes from the text, the lexicons or the gazetteer: where none holds a surrogate,
  // the patterns of `plane` run their smaller Basic-Multilingual-Plane forms
  const was = planeText(!hasSurrogate(original) && !gazetteerHasSurrogate(options.gazetteer));
  try {
    return extractText(original, options);
  } finally {
    planeText(was);
  }
}

function extractText(original: string, options: ExtractOptions): ExtractionResult {
  const warnings: string[] = [];
  // front matter: metadata, not article text; its publication date stands in for a missing one
  const front = stripFrontMatter(original);
  const text = front ? front.text : original;
  if (front && options.published === undefined) {
    const p = front.fields.publishedat ?? front.fields.published ?? front.fields.date;
    const day = p ? /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(p) : null;
    if (day) options = { ...options, published: day[1]! };
  }
  if (text.trim().length === 0) return empty(['empty text']);
  if (text.length > MAX_TEXT_LENGTH)
    return empty([`text too long: ${text.length} characters (limit ${MAX_TEXT_LENGTH})`]);
  // eslint-disable-next-line no-control-regex
  const control = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (control > 0 && control / text.length > 0.001) return empty(['binary or non-text content']);
  let published: ReturnType<typeof parsePartialDate> = null;
  if (options.published !== undefined) {
    published = parsePartialDate(options.published);
    if (!published) warnings.push(`invalid published date: ${options.published} (expected YYYY-MM-DD)`);
  }
  const folded = foldText(text);
  const guess = detectLanguage(text, folded);
  if (!guess.language) return empty([guess.reason ?? 'unsupported language']);
  const language = guess.language;
  const lexicon = LEXICONS[language];
  const { gazetteer } = options;

  const sentences = splitSentences(text);
  let dates = resolveDates(text, folded, lexicon, published);
  // a news dateline ("BRUSSELS, April 5, 2023 –", "JAKARTA, 16/11/2020 (ANTARA) –") dates the article
  const dateline = findDateline(text, dates);
  // a page with no publication date of its own: a date standing alone on one of its opening lines ("Sunday, January 9,
  // 2005", "Madrid, 22 de abril de 2013") is its date and the day of its news; a dateline that opens the text's first
  // paragraph only anchors what the text dates relative to it (agency copy tells the day before's news under it)
  const pageDate = published ? null : headingDate(text, dates);
  const anchor = published ? null : (pageDate ?? dateline?.value);
  if (anchor) {
    published = anchor;
    dates = resolveDates(text, folded, lexicon, published);
  }
  if (dateline) dates = dates.filter((d) => d.start !== dateline.start);
  const recognized = recognizeActors({ text, folded, language, lexicon, sentences, dates, gazetteer, published });
  const triggers = findTriggers(folded, lexicon, sentences);

  const articleCountries = new Set<string>();
  for (const m of recognized.mentions)
    if (recognized.actors.get(m.actorId)?.kind === 'country') articleCountries.add(m.actorId);
  const signingDates = new Map<number, { year: number; month: number | null; day: number | null }>();
  const signingTriggers: {
    start: number;
    end: number;
    sentence: number;
    date: { year: number; month: number | null; day: number | null } | null;
  }[] = [];
  const signingNouns: { start: number; end: number; sentence: number }[] = [];
  for (const h of triggers) {
    if (h.rule.type !== 'treaty_signing') continue;
    const d = dateForTrigger(folded, dates, lexicon, sentences[h.sentence]!, h);
    const date = d?.value ? { year: d.value.year, month: d.value.month, day: d.value.day } : null;
    if (!h.rule.nominal) signingTriggers.push({ start: h.start, end: h.end, sentence: h.sentence, date });
    else signingNouns.push({ start: h.start, end: h.end, sentence: h.sentence });
    if (date && !signingDates.has(h.sentence)) signingDates.set(h.sentence, date);
  }
  const linked = linkTreaties({
    text,
    folded,
    language,
    lexicon,
    sentences,
    dates,
    actorMentions: recognized.mentions,
    treatyMatches: recognized.treatyMatches,
    gazetteer,
    articleCountries,
    signingDates,
    places: recognized.places,
    signingTriggers,
    signingNouns,
  });
  const events = classifyEvents({
    text,
    folded,
    language,
    lexicon,
    sentences,
    dates,
    triggers,
    actors: recognized.actors,
    actorMentions: recognized.mentions,
    places: recognized.places,
    treatyMentions: linked.mentions,
    treaties: linked.treaties,
    gazetteer,
    published,
    publicationDay: options.published !== undefined ? parsePartialDate(options.published) : pageDate,
    eventModel: options.eventModel ?? null,
    ...(options.onEventCandidates ? { onEventCandidates: options.onEventCandidates } : {}),
  });

  // output assembly lives in functions of its own: V8 optimises several small functions far sooner than one large one
  const actors = actorsOut(text, gazetteer, recognized);
  const treaties = treatiesOut(text, gazetteer, recognized, linked, events);
  return { language, actors, events, treaties, warnings };
}

/**
 * Every actor mentioned, with the forms written and their spans, in order of first mention; a known actor's aliases
 * add the gazetteer's names for it (as a treaty's do), so that "Государственный департамент" is also "United States
 * Department of State" and "Sergueï Lavrov" also "Sergei Lavrov" to whoever reads the output.
 */
function actorsOut(text: string, gazetteer: Gazetteer, recognized: RecognizedActors): ExtractedActor[] {
  const actorOut = new Map<string, ExtractedActor>();
  // each actor's aliases as a set beside the array, which keeps their order
  const aliasSets = new Map<string, Set<string>>();
  for (const m of recognized.mentions) {
    const rec = recognized.actors.get(m.actorId);
    if (!rec) continue;
    let a = actorOut.get(rec.id);
    let seen = aliasSets.get(rec.id);
    if (!a || !seen) {
      a = {
        id: rec.id,
        name: rec.name,
        kind: rec.kind,
        aliases: [],
        iso2: rec.iso2,
        offices: rec.offices,
        mentions: [],
        confidence: 0,
      };
      seen = new Set();
      actorOut.set(rec.id, a);
      aliasSets.set(rec.id, seen);
    }
    const quote = text.slice(m.start, m.end);
    if (!seen.has(quote)) {
      seen.add(quote);
      a.aliases.push(quote);
    }
    a.mentions!.push({ quote, start: m.start, end: m.end });
    a.confidence = Math.max(a.confidence ?? 0, m.confidence);
  }
  for (const a of actorOut.values()) {
    const known = gazetteer.actors.get(a.id);
    if (!known) continue;
    const seen = aliasSets.get(a.id)!;
    // the known names come once each: none needs adding to the quotes seen
    for (const n of knownNames(known)) if (n !== a.name && !seen.has(n)) a.aliases.push(n);
  }
  return [...actorOut.values()].sort((a, b) => a.mentions![0]!.start - b.mentions![0]!.start);
}

const KNOWN_NAMES = new WeakMap<GazetteerActor, string[]>();
/** A gazetteer actor's name and its names in every language, in that order, each once and none empty; memoised per actor. */
function knownNames(known: GazetteerActor): string[] {
  let names = KNOWN_NAMES.get(known);
  if (!names)
    KNOWN_NAMES.set(known, (names = [...new Set([known.name, ...Object.values(known.names).flat()])].filter(Boolean)));
  return names;
}

/** The treaties the text names, with signature, parties and lineage; chronological, then by first mention. */
function treatiesOut(
  text: string,
  gazetteer: Gazetteer,
  recognized: RecognizedActors,
  linked: LinkedTreaties,
  events: ExtractedEvent[],
): ExtractedTreaty[] {
  const treatyOut: ExtractedTreaty[] = [];
  for (const rec of linked.treaties.values()) {
    if (!rec.emitted) continue;
    const ms = linked.mentions.filter((m) => m.treatyId === rec.id);
    const spans: Span[] = ms.map((m) => ({ quote: text.slice(m.start, m.end), start: m.start, end: m.end }));
    const aliases: string[] = [];
    for (const m of ms) {
      const q = text.slice(m.start, m.end);
      if (!aliases.includes(q)) aliases.push(q);
    }
    for (const a of rec.aliases ?? []) if (!aliases.includes(a)) aliases.push(a);
    const first = ms.find((m) => m.kind === 'name' || m.kind === 'named' || m.kind === 'descriptive') ?? ms[0];
    // only what the text states: its dated signing or the year it gives the treaty, its signatories
    // (entry into force and end stay with the gazetteer: an entry-into-force event is not reliably this treaty's)
    const signing = events.find((e) => e.treaty === rec.id && e.type === 'treaty_signing' && e.date);
    const parties = new Set<string>();
    if (signing) for (const n of signing.actors) if (recognizedKind(recognized, n) === 'country') parties.add(n);
    const signed = signing?.date ?? (first?.years ? String(first.years[0]) : null);
    treatyOut.push({
      id: rec.id,
      name: rec.name,
      aliases,
      kind: rec.kind,
      signed,
      inForceFrom: null,
      endedOn: null,
      parties: [...parties],
      ...(rec.unnamed ? { unnamed: true as const } : {}),
      replaces: rec.replaces.map((r) => r.as ?? treatyName(gazetteer, linked, r.id)),
      replacesBasis: rec.replaces[0]?.basis ?? null,
      ...(rec.replaces.length
        ? {
            replacesBases: Object.fromEntries(
              rec.replaces.map((r) => [r.as ?? treatyName(gazetteer, linked, r.id), r.basis]),
            ),
          }
        : {}),
      quote: first ? text.slice(first.start, first.end) : '',
      start: first?.start,
      end: first?.end,
      mentions: spans,
      confidence: rec.gazetteer ? 0.9 : 0.6,
      ...(rec.gazetteer ? { known: knownFacts(gazetteer, rec.gazetteer) } : {}),
    });
  }
  // chronological by what the text says, else by what the gazetteer says
  treatyOut.sort((a, b) => signedYear(a).localeCompare(signedYear(b)) || (a.start ?? 0) - (b.start ?? 0));
  return treatyOut;
}

function treatyName(gazetteer: Gazetteer, linked: LinkedTreaties, id: string): string {
  return linked.treaties.get(id)?.name ?? gazetteer.treaties.get(id)?.name ?? id;
}

function recognizedKind(recognized: RecognizedActors, name: string): string | null {
  for (const a of recognized.actors.values()) if (a.name === name) return a.kind;
  return null;
}

function signedYear(t: ExtractedTreaty): string {
  return (t.signed ?? t.known?.signed ?? '9999').slice(0, 4);
}

/** What the gazetteer states about a known treaty, sourced to it rather than to the article. */
function knownFacts(gazetteer: Gazetteer, t: GazetteerTreaty): KnownTreatyFacts {
  const parties: KnownTreatyFacts['parties'] = [];
  for (const id of t.parties) {
    const a = gazetteer.actors.get(id);
    if (a) parties.push({ id, name: a.name, kind: a.kind, iso2: a.iso2 ?? null });
  }
  return {
    reference: GAZETTEER_TREATIES_REFERENCE,
    signed: t.signed,
    inForceFrom: t.inForce ?? null,
    endedOn: t.ended ?? null,
    parties,
    replaces: (t.replaces ?? []).flatMap((r) => {
      const old = gazetteer.treaties.get(r.id);
      if (!old) return [];
      const { id, name, kind, signed } = old;
      return [{ id, name, kind, basis: r.basis, signed, inForceFrom: old.inForce ?? null, endedOn: old.ended ?? null }];
    }),
  };
}
