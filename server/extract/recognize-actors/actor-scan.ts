/**
 * What the actor passes share while they read one text: the input, the actor records and mentions
 * found so far, the spans already taken, and the surnames of the people named in full.
 */
import type { ActorKind } from '../../domain/extraction';
import type { Gazetteer } from '../gazetteer';
import type { DateMention } from '../resolve-dates';
import { isTitleCase, sentenceAt } from '../split-sentences';
import type { StageInput } from '../stage-input';
import { isLowercaseUnit, nameKeys, tokenize } from '../fold-text';
import { toSlug } from '../slug';

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  iso2: string | null;
  media: boolean;
  offices: { title: string; of: string | null }[];
}

export interface ActorMention {
  actorId: string;
  start: number;
  end: number;
  sentence: number;
  /** A capital standing for its country ("Moscow said"). */
  metonym: boolean;
  confidence: number;
}

export interface PlaceMention {
  placeId: string;
  name: string;
  start: number;
  end: number;
  sentence: number;
  /** Preceded by a locative preposition ("di Pyongyang", "in Baghdad"). */
  locative: boolean;
}

export interface TreatyNameMatch {
  treatyId: string;
  start: number;
  end: number;
}

export interface RecognizeInput extends StageInput {
  gazetteer: Gazetteer;
  /** Publication date: "Moscow" is the USSR before 1992 and Russia after. */
  published?: { year: number } | null;
}

export interface ActorScan {
  input: RecognizeInput;
  actors: Map<string, ActorRecord>;
  mentions: ActorMention[];
  places: PlaceMention[];
  treatyMatches: TreatyNameMatch[];
  /** Spans that a mention, a place, a treaty name or a dateline already holds. */
  taken: { start: number; end: number }[];
  /** Surname key → the people named in full who bear it, in order of discovery. */
  surnames: Map<string, string[]>;
  /** The record of a gazetteer actor, added on its first mention; null for an unknown id. */
  addActor(id: string): ActorRecord | null;
  addSurname(key: string, id: string): void;
  /**
   * A person the gazetteer does not know, named in full (two words or more) at `start`..`end`: its record (by the
   * name's keys), its surname, its mention and its span taken.
   */
  addNamedPerson(name: string, start: number, end: number, confidence: number): void;
  /** Whether a span overlaps a taken one. */
  overlaps(start: number, end: number): boolean;
  /** The mention that covers an offset. */
  knownAt(pos: number): ActorMention | undefined;
  /** The year the text is about at an offset: a date of its sentence, else the publication year, else the nearest date. */
  yearAt(offset: number): number | null;
  /** Whether a sentence is a headline in Title Case, which gives no reliable names. */
  isHeadline(sentence: number): boolean;
  /** Whether the text writes a word (folded) in lowercase somewhere: a common word, which no name of a person is made of. */
  writesLowercase(word: string): boolean;
}

/** The year the text is about near an offset: the nearest dated mention, for "Moscow" = USSR or Russia. */
function eraNear(dates: DateMention[], offset: number): number | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (!d.value) continue;
    if (!best || Math.abs(d.start - offset) < Math.abs(best.start - offset)) best = d;
  }
  return best?.value?.year ?? null;
}

/** Adds a person to those who bear a surname (its key). */
function addSurnameTo(surnames: Map<string, string[]>, key: string, id: string): void {
  const ids = surnames.get(key);
  if (!ids) surnames.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

export function createActorScan(input: RecognizeInput): ActorScan {
  const { sentences, dates, gazetteer } = input;
  const actors = new Map<string, ActorRecord>();
  const mentions: ActorMention[] = [];
  const taken: { start: number; end: number }[] = [];
  const surnames = new Map<string, string[]>();
  let lowercase: Set<string> | null = null;
  // methods, not closures bound to names: tsx names each of those (esbuild's keepNames) every time it is made
  return {
    input,
    actors,
    mentions,
    places: [],
    treatyMatches: [],
    taken,
    surnames,
    addActor(id) {
      const existing = actors.get(id);
      if (existing) return existing;
      const g = gazetteer.actors.get(id);
      if (!g) return null;
      const rec: ActorRecord = {
        id,
        name: g.name,
        kind: g.kind,
        iso2: g.iso2 ?? null,
        media: !!g.media,
        offices: (g.offices ?? []).map((o) => ({
          title: o.title,
          of: o.of ? (gazetteer.actors.get(o.of)?.name ?? null) : null,
        })),
      };
      actors.set(id, rec);
      return rec;
    },
    addSurname(key, id) {
      addSurnameTo(surnames, key, id);
    },
    addNamedPerson(name, start, end, confidence) {
      const keys = nameKeys(name);
      const id = `person:${toSlug(keys.join(' '))}`;
      if (!actors.has(id)) actors.set(id, { id, name, kind: 'person', iso2: null, media: false, offices: [] });
      addSurnameTo(surnames, keys[keys.length - 1]!, id);
      mentions.push({ actorId: id, start, end, sentence: sentenceAt(sentences, start), metonym: false, confidence });
      taken.push({ start, end });
    },
    overlaps(s, e) {
      return taken.some((t) => s < t.end && t.start < e);
    },
    knownAt(pos) {
      return mentions.find((x) => x.start <= pos && pos < x.end);
    },
    yearAt(offset) {
      const sentence = sentenceAt(sentences, offset);
      return (
        eraNear(
          dates.filter((d) => sentenceAt(sentences, d.start) === sentence),
          offset,
        ) ??
        input.published?.year ??
        eraNear(dates, offset)
      );
    },
    writesLowercase(word) {
      if (!lowercase) {
        lowercase = new Set();
        for (const tk of tokenize(input.folded))
          if (isLowercaseUnit(input.text.charCodeAt(tk.start))) lowercase.add(tk.text);
      }
      return lowercase.has(word);
    },
    isHeadline(i) {
      return isTitleCase(input.text, sentences[i]!);
    },
  };
}
