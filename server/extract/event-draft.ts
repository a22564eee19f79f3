/**
 * What the events stage reads (the outputs of the earlier stages) and the draft event it builds
 * before repeats are merged.
 */
import type { EventType, Modality } from '../domain/extraction';
import type { PartialDate } from '../domain/calendar';
import type { Gazetteer } from './gazetteer';
import type { TriggerRule } from './lexicons';
import type { ActorMention, ActorRecord, PlaceMention } from './recognize-actors';
import type { TriggerHit } from './find-triggers';
import type { Sentence } from './split-sentences';
import type { TreatyMention, TreatyRecord } from './link-treaties';
import type { StageInput } from './stage-input';
import type { DateMention } from './resolve-dates';
import type { EventPatterns } from './event-patterns';
import type { ArticleVoice } from './article-voice';
import type { EventCandidate, EventModel } from './event-scorer';

export interface ClassifyInput extends StageInput {
  triggers: TriggerHit[];
  actors: Map<string, ActorRecord>;
  actorMentions: ActorMention[];
  places: PlaceMention[];
  treatyMentions: TreatyMention[];
  treaties: Map<string, TreatyRecord>;
  gazetteer: Gazetteer;
  published?: PartialDate | null;
  /** The publication date the caller gave (not one read from a dateline): the day of the news the article reports. */
  publicationDay?: PartialDate | null;
  /** The learned event scorer, if any: which events to keep, which dropped triggers to keep after all. */
  eventModel?: EventModel | null;
  /** Receives every event candidate with its features (training the scorer). */
  onEventCandidates?: (candidates: EventCandidate[]) => void;
}

/** An event before repeats are merged: its trigger rule, sentence and span, and whether its date is its own. */
export interface Draft {
  type: EventType;
  rule: TriggerRule;
  date: PartialDate | null;
  endDate: PartialDate | null;
  actors: string[];
  place: string | null;
  treaty: string | null;
  modality: Modality;
  sentence: Sentence;
  start: number;
  end: number;
  confidence: number;
  ownDate: boolean;
  /** Undated, but reported as the news of the article's day: dated by publication once repeats are merged. */
  newsDay?: boolean;
  /** The guest of one of several meetings received one after another: another guest is another meeting. */
  guest?: string;
  /** The person who made a statement: the one nearest before its verb, else right after it. */
  speaker?: string;
  /** Speech told as earlier than the news ("had said", "Ранее ... заявил"), undated: the same speaker going on is that speech. */
  earlier?: boolean;
  /** The others who speak with the speaker ("the two ministers welcomed"): one statement with each one's own. */
  coSpeakers?: string[];
  /**
   * The others on the speaker's side, named before the verb ("Lavrov and Wang said"; the ministry of "The Ministry of
   * Foreign Affairs of Spain condemned", whose state is the speaker): speakers in the output's roles, not in merging.
   */
  subjectSpeakers?: string[];
  /** The statement the page is, named by its header ("Statement by Ambassador ..."): its body's words are that statement's. */
  page?: boolean;
  /** The page's statement, signed by a body rather than a person ("Communiqué de presse du Conseil ..."). */
  bodyPage?: boolean;
  /** Speech told inside a meeting ("during the meeting, X said"): the meeting's content, dropped when the text tells a meeting. */
  inMeeting?: boolean;
  /** An event noun before or after a copula ("C'était sa première visite"): the event told last of its type, told again. */
  restates?: boolean;
  /** An event noun with a demonstrative ("this visit", "pertemuan tersebut"): the act of its kind told before, on a date that agrees. */
  retells?: boolean;
}

/** A draft's fields, each one required: the literal below fails to type-check when Draft gains a field it lacks. */
type AllDraftFields = { [K in keyof Required<Draft>]: Draft[K] };

/**
 * The same draft with every field, the optional ones undefined until a stage sets them, in one order: drafts written
 * with only the fields each site needs, and given `speaker`, `newsDay`, ... later, came in many hidden classes, and the
 * stages that read them were deoptimised and compiled again when they met one more (docs/performance.md, Round 19).
 * Every draft is made here or copied from one made here (`{ ...d, actors }` keeps its class).
 */
export function uniformDraft(d: Draft): Draft {
  const out: AllDraftFields = {
    type: d.type,
    rule: d.rule,
    date: d.date,
    endDate: d.endDate,
    actors: d.actors,
    place: d.place,
    treaty: d.treaty,
    modality: d.modality,
    sentence: d.sentence,
    start: d.start,
    end: d.end,
    confidence: d.confidence,
    ownDate: d.ownDate,
    newsDay: d.newsDay,
    guest: d.guest,
    speaker: d.speaker,
    earlier: d.earlier,
    coSpeakers: d.coSpeakers,
    page: d.page,
    bodyPage: d.bodyPage,
    restates: d.restates,
    retells: d.retells,
    subjectSpeakers: d.subjectSpeakers,
    inMeeting: d.inMeeting,
  };
  return out;
}

/** The mentions of each sentence, indexed once per article. */
export interface ActorIndex {
  mentionsOf(s: Sentence): ActorMention[];
  /** The actors of a sentence that can take part in an event (not the media), in order. */
  participantsOf(s: Sentence): string[];
  /** The first person named in a sentence. */
  personOf(s: Sentence): string | null;
}

/** The state of the events stage over one article, carried from sentence to sentence. */
export interface ArticleScope {
  input: ClassifyInput;
  c: EventPatterns;
  index: ActorIndex;
  drafts: Draft[];
  /** The last event with a date of its own: later undated remarks of the same news take it. */
  lastDated: Draft | null;
  /** The speakers of statements dated only by the article's day. */
  newsDaySpeakers: Set<string>;
  /** The last person named: the speaker a pronoun stands for. */
  lastPerson: string | null;
  /** The speaker of the last statement: a verb with no subject at all ("Expresa también ...") goes on in that voice. */
  lastSpeaker: string | null;
  /** Whether the last statement was told as earlier than the news ("had said"): "He added" goes on in that time. */
  lastEarlier: boolean;
  /** Dates right after a background participle ("подписанный в 2000 году") end before this offset. */
  backgroundUntil: number;
  /** Dates that date no event: a treaty's name, a background participle, "since 2000". */
  excluded: (d: DateMention) => boolean;
  /** Whether a date is the news of the article's day (within a week of publication). */
  isNews: (d: PartialDate) => boolean;
  articleActors: Set<string>;
  /** The article's own voice, when it has one (a statement header, or the first actor named). */
  voice: ArticleVoice | null;
  /** The treaty the text is about: its signing is news even when told as "X, signed in 1946". */
  mainTreaty: string | null;
  /** Drafts the rules dropped, and why (a modality, no speaker, undated): kept only when a learned scorer asks for them. */
  rejected: Rejected[] | null;
}

/** A draft the rules dropped: the learned event scorer may keep it. */
interface Rejected {
  draft: Draft;
  why: string;
}

/** One sentence as the events stage sees it. */
export interface SentenceScope {
  s: Sentence;
  sText: string;
  hits: TriggerHit[];
  participants: string[];
  pronoun: boolean;
  prevSentence: Sentence | undefined;
  /** The participants of the previous sentence, when this one names none. */
  carried: string[];
  treatyHere: TreatyMention[];
  placeHere: PlaceMention | undefined;
  /** The actors between a trigger's neighbouring verbs. */
  regionActors: (h: TriggerHit) => string[];
}
