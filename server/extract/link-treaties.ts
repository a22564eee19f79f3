/**
 * Treaty mentions: gazetteer names, unknown named treaties ("the Minsk Protocol", "Tratado de X"),
 * descriptive ones ("the 1961 treaty", "perjanjian tahun 1961 dan 2000-2001"), references ("the
 * pact", "perjanjian tersebut"), resolved against the gazetteer and the article's focus; and
 * supersession from each language's replace verbs, typed by basis. The steps are modules of their
 * own: `find-treaty-mentions.ts`, `resolve-treaty-mentions.ts`, `relate-replacements.ts`, with the
 * lexicon's patterns in `treaty-patterns.ts`.
 */
import type { ReplacesBasis } from '../domain/extraction';
import type { Gazetteer, GazetteerTreaty } from './gazetteer';
import type { TreatyNoun } from './lexicons';
import type { ActorMention, TreatyNameMatch } from './recognize-actors';
import type { DateMention } from './resolve-dates';
import type { StageInput } from './stage-input';
import { findTreatyMentions, sentenceIndex, treatyMention } from './find-treaty-mentions';
import {
  findReplaceVerbs,
  markReplacedObjects,
  newPhraseStart,
  relateReplacements,
  replaceVerbStarts,
  type ReplaceVerb,
} from './relate-replacements';
import { foldText, isSpace, nameKeys } from './fold-text';
import { linkCalledNames, mergeTreaty, resolveTreatyMentions, type Resolution } from './resolve-treaty-mentions';
import { nounOf, treatyPatterns, type TreatyPatterns } from './treaty-patterns';
import { plane } from './bmp-patterns';
import { mergeNameVariants, replaceEither } from './merge-name-variants';

// patterns of the functions below, compiled once here: a transpiler targeting Node writes a `\p{..}` literal as
// `new RegExp(..)`, which a function would then run on every call
const CAPITAL = plane(/\p{Lu}/u);
const LOWERCASE_WORD_AFTER = plane(/^(\s+\p{Ll}+)?/u);
const WORD_RUN = plane(/[\p{L}\p{N}]+/gu);
const SPACES_AFTER = /^\s+/u;
const LETTER_OR_DIGIT = plane(/[\p{L}\p{N}]/u);
const LOWER_START = plane(/^\p{Ll}/u);
/** The word right after a treaty noun ("el convenio| anterior|", "perjanjian| lama|"). */
const EARLIER_WORD_AFTER = plane(/^\s+(\p{L}+)/u);
/** A name of two words, a treaty noun and an acronym, either way round: "Perjanjian BCA", "AJCEP Agreement". */
const NOUN_AND_ACRONYM = plane(
  /^(?:(\p{L}+)\s+(\p{Lu}[\p{Lu}\p{N}-]{1,10})|(\p{Lu}[\p{Lu}\p{N}-]{1,10})\s+(\p{L}+))$/u,
);

export { hasTreatyNoun } from './treaty-patterns';

type TreatyMentionKind = 'name' | 'named' | 'descriptive' | 'previous' | 'reference' | 'bare' | 'indefinite';

export interface TreatyMention {
  kind: TreatyMentionKind;
  start: number;
  end: number;
  sentence: number;
  /** Resolved treaty id, or null. */
  treatyId: string | null;
  /** More treaties a range mention covers ("2000-2001"). */
  also: string[];
  noun: TreatyNoun | null;
  years: [number, number] | null;
  /** Date mentions that belong to this treaty's description, not to an event. */
  dateSpans: { start: number; end: number }[];
  /** The object of a replace verb: background, not the article's focus. */
  replacedObject: boolean;
  /** What an unnamed agreement is about, around its noun ("the August peace agreement", "accord de libre-échange"). */
  described?: { start: number; end: number };
  /** A protocol's name that holds the name of the treaty it belongs to ("Protocol Additional to the Agreement ..."). */
  holdsTreaty?: boolean;
  /** Where a name ends before the year after it that says which ("Food Aid Convention| 1999"). */
  yearFrom?: number;
  /** Where a name starts after the year before it that says which ("the 1985| Supplementary Treaty"). */
  nameFrom?: number;
  /** Where the states joined by dashes that open a name end ("the U.S.-Sri Lanka| Open Skies Agreement"). */
  partiesEnd?: number;
  /** Resolved to a new treaty named by those words. */
  byDescription?: boolean;
  /**
   * The states a treaty noun is named by ("the tax treaty| with Australia|", "the U.S.-Mexico| protocol"), whether
   * the text calls it new or in force, and the name it goes by.
   */
  partners?: { ids: string[]; age: 'new' | 'old' | null; name: string };
}

export interface TreatyRecord {
  id: string;
  name: string;
  kind: string | null;
  gazetteer: GazetteerTreaty | null;
  /** What it replaces; `as` is the name the text gives the older treaty where it names it ("the Treaty of Moscow"). */
  replaces: { id: string; basis: ReplacesBasis; as?: string }[];
  /** Treaties named in the text but not emitted on their own (a declaration covered by "2000-2001"). */
  emitted: boolean;
  /** Other names it goes by that the text implies: "Бишкекский протокол" for "Бишкекский протокол о прекращении огня". */
  aliases?: string[];
  /** The text gives it no name, only its kind and year ("signed an agreement" in 2019): its name is made up from them. */
  unnamed?: true;
}

export interface LinkedTreaties {
  mentions: TreatyMention[];
  treaties: Map<string, TreatyRecord>;
}

export interface LinkInput extends StageInput {
  actorMentions: ActorMention[];
  treatyMatches: TreatyNameMatch[];
  gazetteer: Gazetteer;
  /** Actor ids of countries mentioned in the article. */
  articleCountries: Set<string>;
  /** Dates of signing triggers by sentence, to resolve "the pact signed on 19 June". */
  signingDates: Map<number, { year: number; month: number | null; day: number | null }>;
  /** Places named in the text (a name stops before "in <city>"). */
  places?: { start: number; end: number }[];
  /** Where the signing verbs are, to tell "signed an agreement" from "an agreement". */
  /** Signing verbs with the date each one takes in its sentence. */
  signingTriggers: {
    start: number;
    end: number;
    sentence: number;
    date?: { year: number; month: number | null; day: number | null } | null;
  }[];
  /** Signing nouns ("the signature of", "la firma de", "penandatanganan", "подписание"). */
  signingNouns?: { start: number; end: number; sentence: number }[];
  /** Known bilateral treaties whose name the text gives to a treaty of another pair of states (`ownMatches`). */
  foreignTreaties?: Set<string>;
}

/** Finds, resolves and relates the treaty mentions of a text. */
export function linkTreaties(input: LinkInput): LinkedTreaties {
  const { folded, lexicon: lex, sentences, gazetteer } = input;
  const c = treatyPatterns(lex);
  const foreignTreaties = new Set<string>();
  const treatyMatches = ownMatches(input, foreignTreaties);
  // Object.assign, not `{ ...input, foreignTreaties }`: a spread that adds a property gives its object a map of its own
  // every time (V8 11), and every stage below then read a new shape of input each article (docs/performance.md, Round 19)
  input = Object.assign({}, input, { foreignTreaties });
  const mentions = findTreatyMentions({ ...input, treatyMatches }, c, replaceVerbStarts(c, folded));
  // mark objects of replace verbs first, so that they do not become the focus
  const replaceAt = findReplaceVerbs(c, folded, sentences, mentions);
  endBeforeVerbs(input, replaceAt, mentions);
  addElidedObjects(input, c, replaceAt, mentions);
  addElidedSubjects(input, c, replaceAt, mentions);
  addAcronymObjects(input, c, replaceAt, mentions);
  markReplacedObjects(replaceAt, mentions);
  dropUnreplacedNouns(mentions);
  dateEarlierObjects(input, c, mentions);
  const resolution = resolveTreatyMentions(input, c, mentions, replaceAt);
  linkCalledNames(input, c, mentions, resolution);
  linkAcronymNames(input, mentions, resolution);
  relateReplacements(input, c, mentions, replaceAt, resolution);
  mergeRepeatedNew(input, c, mentions, resolution);
  mergePartyNames(input, c, mentions, resolution);
  mergeSameNames(input, mentions, resolution);
  mergeNameVariants(input, mentions, resolution);
  const { treaties } = resolution;
  // a treaty is emitted when some mention names it, alone or in a range ("deklarasi bersama tahun 2000-2001" is both declarations)
  // ("perjanjian tahun 1961 dan 2000-2001" names agreements: the declarations of those years stay lineage only)
  const own = new Set(
    mentions.flatMap((mm) =>
      mm.treatyId ? [mm.treatyId, ...mm.also.filter((id) => sameKind(gazetteer, mm, id))] : [],
    ),
  );
  for (const t of treaties.values()) t.emitted = own.has(t.id);
  // "the new Agreement", "el nuevo Convenio", "perjanjian baru": a treaty the text calls new goes by that name too
  // (a treaty noun only: "RCEP baru akan berlaku" is "RCEP will only take effect")
  // ("the new Tax Agreement between A and B": "new Tax Agreement", the short name with its new word)
  for (const mm of mentions) {
    const rec = mm.treatyId ? treaties.get(mm.treatyId) : undefined;
    if (!rec || !mm.noun || mm.kind === 'descriptive' || mm.kind === 'previous') continue;
    const from = newPhraseStart(input, c, mm);
    if (from === null) continue;
    const written = input.text.slice(mm.start, mm.end);
    const end = from === mm.start ? describedNewEnd(input, c, mm) : mm.end;
    const names =
      from === mm.start
        ? [input.text.slice(from, end)]
        : [written, ...(rec.aliases ?? []).filter((a) => written.startsWith(a))].map(
            (n) => input.text.slice(from, mm.start) + n,
          );
    for (const alias of names) if (!(rec.aliases ??= []).includes(alias.trim())) rec.aliases.push(alias.trim());
  }
  return { mentions, treaties };
}

/**
 * "Border Crossing Agreement (BCA) ... Perjanjian BCA", "el Tratado de Libre Comercio (TLC) ... el tratado TLC": a
 * treaty noun with an acronym is the treaty of the text that the acronym in brackets abbreviates.
 */
function linkAcronymNames(input: LinkInput, mentions: TreatyMention[], resolution: Resolution): void {
  const { text, lexicon: lex } = input;
  for (const mm of mentions) {
    if (mm.kind !== 'named' || !mm.treatyId) continue;
    const w = NOUN_AND_ACRONYM.exec(text.slice(mm.start, mm.end));
    if (!w) continue;
    const noun = w[1] ?? w[4]!;
    const acronym = w[2] ?? w[3]!;
    if (!nounOf(lex, foldText(noun)) || noun === noun.toUpperCase()) continue;
    for (const rec of resolution.treaties.values())
      if (rec.id !== mm.treatyId && rec.aliases?.includes(acronym)) {
        mergeTreaty(mentions, resolution, mm.treatyId, rec.id);
        break;
      }
  }
}

/**
 * "signed a new income tax treaty between A and B. ... signed a new tax treaty that would replace the existing
 * agreement": the new treaties of one kind a text describes are one treaty where one description's words are some of
 * the other's; the longer description names it. Known treaties and replaced ones are left as they are.
 */
function mergeRepeatedNew(
  input: LinkInput,
  c: TreatyPatterns,
  mentions: TreatyMention[],
  resolution: Resolution,
): void {
  const { folded, gazetteer } = input;
  const fresh: { id: string; kind: string; words: string[] }[] = [];
  for (const mm of mentions) {
    const id = mm.treatyId;
    if (!id || !mm.noun || mm.replacedObject || gazetteer.treaties.has(id)) continue;
    if (mm.kind === 'name' || mm.kind === 'named') continue;
    const from = newPhraseStart(input, c, mm);
    if (from === null) continue;
    fresh.push({ id, kind: mm.noun.kind, words: folded.slice(from, mm.end).match(WORD_RUN) ?? [] });
  }
  for (let i = 1; i < fresh.length; i++) {
    const b = fresh[i]!;
    for (const a of fresh.slice(0, i)) {
      if (a.id === b.id || a.kind !== b.kind) continue;
      const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
      if (!short.words.every((w) => long.words.includes(w))) continue;
      mergeTreaty(mentions, resolution, short.id, long.id);
      for (const f of fresh) if (f.id === short.id) f.id = long.id;
      const rec = resolution.treaties.get(long.id);
      if (rec) rec.replaces = rec.replaces.filter((r) => r.id !== long.id);
    }
  }
}

/**
 * "Договор о сокращении стратегических наступательных потенциалов (Договор о СНП) ... Договор о СНП является ...": a
 * name one treaty bears, or the text gives it in a mention, that another mention made a treaty of its own is that
 * treaty: an unknown one goes into the known one, else into the one named first. Names of one word, or of a
 * treaty noun and function words only, tell nothing; a treaty and one it replaces stay apart.
 */
function mergeSameNames(input: LinkInput, mentions: TreatyMention[], resolution: Resolution): void {
  const { text, gazetteer, lexicon: lex } = input;
  const owner = new Map<string, string>();
  const order: string[] = [];
  for (const mm of mentions) if (mm.treatyId && !order.includes(mm.treatyId)) order.push(mm.treatyId);
  // known treaties first, then in the order of their first mention
  order.sort((a, b) => Number(!gazetteer.treaties.has(a)) - Number(!gazetteer.treaties.has(b)));
  for (const id of order) {
    const rec = resolution.treaties.get(id);
    if (!rec) continue;
    // (not the short names derived from its name: "Memorandum Saling Pengertian" is each memorandum's "antara ...")
    const names = [rec.name];
    for (const mm of mentions)
      if (mm.treatyId === id && (mm.kind === 'name' || mm.kind === 'named')) names.push(text.slice(mm.start, mm.end));
    let into: string | undefined;
    const keys: string[] = [];
    for (const n of names) {
      const k = tellingName(n, lex);
      if (!k) continue;
      keys.push(k);
      const o = owner.get(k);
      if (o && o !== id && !into && !gazetteer.treaties.has(id) && !replaceEither(resolution, o, id)) into = o;
    }
    if (into) {
      mergeTreaty(mentions, resolution, id, into);
      for (const k of keys) if (!owner.has(k)) owner.set(k, into);
      continue;
    }
    for (const k of keys) if (!owner.has(k)) owner.set(k, id);
  }
}

/** A name's keys joined, where it has two or more and one that is neither a treaty noun nor a function word; else null. */
function tellingName(name: string, lex: LinkInput['lexicon']): string | null {
  const keys = nameKeys(name);
  if (keys.length < 2) return null;
  if (!keys.some((k) => !nounOf(lex, k) && !lex.stopwords.includes(k))) return null;
  return keys.join(' ');
}

/** A name with "between" and two parties after it: those parties, and whether nothing but them follows its noun. */
interface PartyName {
  id: string;
  kind: string;
  parties: string;
  /** Only the noun, "between", the parties, articles and "and": "Convention entre la France et le Chili". */
  short: boolean;
}

/**
 * "la Convention entre la France et le Chili" and "la convention entre le Gouvernement de la République française et le
 * Gouvernement de la République du Chili en vue d'éviter les doubles impositions": a name that is only a treaty noun and
 * its two parties after "between" is a short name of the one other treaty of that kind the text names between the same
 * two parties. Known treaties are left as they are.
 */
function mergePartyNames(input: LinkInput, c: TreatyPatterns, mentions: TreatyMention[], resolution: Resolution): void {
  const named: PartyName[] = [];
  for (const mm of mentions) {
    const p = mm.kind === 'named' && mm.treatyId && mm.noun ? partyName(input, c, mm) : null;
    if (p && !named.some((x) => x.id === p.id)) named.push(p);
  }
  for (const a of named) {
    if (!a.short) continue;
    const longer = named.filter((b) => !b.short && b.kind === a.kind && b.parties === a.parties);
    if (longer.length === 1) mergeTreaty(mentions, resolution, a.id, longer[0]!.id);
  }
}

function partyName(input: LinkInput, c: TreatyPatterns, mm: TreatyMention): PartyName | null {
  const { text, folded, lexicon: lex, actorMentions, gazetteer } = input;
  if (gazetteer.treaties.has(mm.treatyId!)) return null;
  const b = c.betweenWord.exec(text.slice(mm.start, mm.end));
  if (!b) return null;
  const from = mm.start + b.index + b[0].length;
  const inside = actorMentions.filter((x) => x.start >= from && x.end <= mm.end);
  const ids = [...new Set(inside.map((x) => x.actorId))].sort();
  if (ids.length !== 2) return null;
  const g = lex.grammar;
  const head = folded.slice(mm.start, mm.start + b.index).match(WORD_RUN) ?? [];
  let short = head.length === 1 && nounOf(lex, head[0]!) !== null;
  for (let p = from, k = 0; short && k <= inside.length; k++) {
    const to = inside[k]?.start ?? mm.end;
    for (const w of folded.slice(p, to).match(WORD_RUN) ?? [])
      if (w.length > 1 && !g.articles.includes(w) && !g.conjunctions.includes(w)) short = false;
    p = Math.max(p, inside[k]?.end ?? to);
  }
  return { id: mm.treatyId!, kind: mm.noun!.kind, parties: ids.join(' '), short };
}

/**
 * "le Traité de partenariat de défense| abroge et remplace ...", "el nuevo tratado de defensa| sustituye a ...": a
 * name or a description read on over lowercase words ends before a replace verb, which starts the predicate.
 */
function endBeforeVerbs(input: LinkInput, replaceAt: readonly ReplaceVerb[], mentions: TreatyMention[]): void {
  for (const r of replaceAt)
    for (const mm of mentions) {
      // ("the Protocol replacing the X with the Y" is a protocol's name, its verb a span)
      if (r.span || mm.sentence !== r.sentence || !mm.noun || r.at < mm.start + mm.noun.form.length) continue;
      if (r.at < mm.end) mm.end = spaceBefore(input.text, mm.start, r.at);
      const d = mm.described;
      if (d && d.start <= mm.start && r.at < d.end)
        mm.described = { start: d.start, end: spaceBefore(input.text, d.start, r.at) };
    }
}

/**
 * "que sustituye al| firmado en 1991", "replaces the one| signed in 1991", "remplace celui| de 1991", "menggantikan
 * yang| ditandatangani pada 1991", "заменит подписанный| в 1991 году": right after a replace verb, words that stand
 * for a treaty noun and the year that says which are a treaty described by that year, of the kind of the treaty before
 * the verb. Tried only at the end of a replace verb.
 */
function addElidedObjects(
  input: LinkInput,
  c: TreatyPatterns,
  replaceAt: readonly ReplaceVerb[],
  mentions: TreatyMention[],
): void {
  const elided = c.elided;
  if (!elided) return;
  const { folded, dates, sentences } = input;
  let added = false;
  for (const r of replaceAt) {
    if (r.passive || r.cease || r.span) continue;
    const at = r.end + (SPACES_AFTER.exec(folded.slice(r.end, r.end + 4))?.[0].length ?? 0);
    if (mentions.some((mm) => mm.start >= r.end && mm.start <= at + 1)) continue;
    elided.lastIndex = at;
    let m = elided.exec(folded);
    // "replaces the previous one, signed in 1991", "sustituye al hasta ahora vigente, de 1960": earlier words, then
    // what dates them
    const earlier = m ? null : c.elidedEarlier;
    if (earlier) {
      earlier.lastIndex = at;
      m = earlier.exec(folded);
    }
    if (!m) continue;
    const end = at + m[0].length;
    const limit = sentences[r.sentence]!.end;
    const year = yearAfter(dates, end, limit);
    if (!year) continue;
    const gap = folded.slice(end, year.start);
    if (earlier ? !c.earlierDatedBy?.test(gap) : /[.;:()!?,]/u.test(gap)) continue;
    const subject = mentions.filter((mm) => mm.sentence === r.sentence && mm.end <= r.at && mm.noun).pop();
    mentions.push(
      treatyMention('descriptive', at, year.end, r.sentence, subject?.noun ?? null, {
        years: [year.value!.year, year.endValue?.year ?? year.value!.year],
        dateSpans: [{ start: year.start, end: year.end }],
      }),
    );
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Words, then an acronym, after a replace verb: "will replace| the previous ASA", "sustituye| al anterior CDI". */
const WORDS_THEN_ACRONYM = plane(/^\s+((?:[\p{L}\p{N}]+['’]?\s*){0,3}?)(\p{Lu}{2,}[\p{Lu}\p{N}-]*)(?![\p{L}\p{N}])/u);
/** The word after an acronym: "el CDI| anterior", "ASA| lama". */
const WORD_AFTER_ACRONYM = plane(/^\s+(\p{L}+)/u);
const YEAR_WORD = /^\d{4}$/u;
/** A year right after a word: "ASA of| 1995", "ASA de| 1995". */
const YEAR_NEXT = /^\s+\d{4}(?!\d)/u;

/**
 * "will replace the previous ASA", "sustituye al CDI anterior", "remplacera l'ancien ASA", "menggantikan ASA lama": an
 * acronym the text gives a treaty in brackets ("Air Services Agreement (ASA)"), called earlier or dated right after a
 * replace verb, is the older treaty of that name, which the verb replaces (named by those words).
 */
function addAcronymObjects(
  input: LinkInput,
  c: TreatyPatterns,
  replaceAt: readonly ReplaceVerb[],
  mentions: TreatyMention[],
): void {
  const { text, folded, lexicon: lex, sentences } = input;
  let added = false;
  for (const r of replaceAt) {
    if (r.passive || r.cease || r.span) continue;
    const limit = sentences[r.sentence]!.end;
    const m = WORDS_THEN_ACRONYM.exec(text.slice(r.end, Math.min(limit, r.end + 60)));
    if (!m || !text.includes(`(${m[2]!})`)) continue;
    const from = r.end + m[0].length - m[2]!.length - m[1]!.length;
    const to = r.end + m[0].length;
    if (mentions.some((mm) => mm.start < to && mm.end > r.end)) continue;
    // only determiners, earlier words and a year before it, and one of the latter two before or right after it
    const words = folded.slice(from, to - m[2]!.length).match(WORD_RUN) ?? [];
    const earlier = (w: string) => lex.previous.includes(w) || lex.inForce.includes(w) || YEAR_WORD.test(w);
    if (!words.every((w) => earlier(w) || lex.determinersBefore.includes(w) || lex.grammar.articles.includes(w)))
      continue;
    const next = WORD_AFTER_ACRONYM.exec(folded.slice(to, Math.min(limit, to + 24)));
    const after = next && earlier(next[1]!) ? next[0].length : 0;
    if (!words.some(earlier) && !after) continue;
    // ("the previous ASA rules": an acronym before a noun names no treaty)
    const w = next?.[1];
    if (
      w &&
      !after &&
      LOWER_START.test(text.slice(to + next[0].length - w.length)) &&
      !joinsName(input, c, w) &&
      !YEAR_NEXT.test(folded.slice(to + next[0].length, to + next[0].length + 8))
    )
      continue;
    // the words that call it earlier, without the determiners before them
    let start = from;
    for (const w of words) {
      if (earlier(w)) break;
      start = folded.indexOf(w, start) + w.length;
      while (start < to && !LETTER_OR_DIGIT.test(text.charAt(start))) start++;
    }
    mentions.push(treatyMention('named', start, to + after, r.sentence, null));
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether a lowercase word may follow a treaty's name: a conjunction, "between", a relative word, a verb, a date's preposition. */
function joinsName(input: LinkInput, c: TreatyPatterns, w: string): boolean {
  const { lexicon: lex } = input;
  return (
    !!c.signedWord?.test(w) ||
    lex.grammar.conjunctions.includes(w) ||
    lex.between.includes(w) ||
    !!lex.relativeWords?.includes(w) ||
    lex.datePrepositions.includes(w) ||
    lex.grammar.isVerbish(w, undefined)
  );
}

/** How far after the words for a replaced treaty the date that says which one may start. */
const REPLACED_YEAR_REACH = 60;

/** The first date with a year that starts within reach after `from` and ends by `limit` (the sentence's end). */
function yearAfter(dates: readonly DateMention[], from: number, limit: number): DateMention | undefined {
  return dates.find(
    (d) => d.value && d.hasYear && d.start >= from && d.start - from <= REPLACED_YEAR_REACH && d.end <= limit,
  );
}

/**
 * "the interim arrangement from 2011" is a treaty where a replace verb replaces it; "travel arrangements", "pengaturan
 * jarak" are not: a mention whose noun names a treaty only as a replaced one (`replacedOnly`) and which no replace verb
 * replaces is dropped (a known treaty's name stays).
 */
function dropUnreplacedNouns(mentions: TreatyMention[]): void {
  let k = 0;
  for (const mm of mentions) if (mm.kind === 'name' || mm.replacedObject || !mm.noun?.replacedOnly) mentions[k++] = mm;
  mentions.length = k;
}

/**
 * "replaces the earlier agreement, which was signed in 2000", "sustituye al convenio anterior, de abril de 1960",
 * "menggantikan perjanjian lama yang ditandatangani pada 1970": an earlier treaty a replace verb's object only
 * describes, with the words that date it after it (`earlierDatedBy`, past one earlier or in-force word after its
 * noun), is the treaty of that year, as "the 2000 agreement" is.
 */
function dateEarlierObjects(input: LinkInput, c: TreatyPatterns, mentions: TreatyMention[]): void {
  const datedBy = c.earlierDatedBy;
  if (!datedBy) return;
  const { folded, dates, sentences, lexicon: lex } = input;
  for (const mm of mentions) {
    if (!mm.replacedObject || mm.years || !mm.noun) continue;
    if (mm.kind !== 'previous' && mm.kind !== 'reference' && mm.kind !== 'bare') continue;
    // ("the Agreement signed on 16 December 1991": a capitalized noun inside a sentence refers to a treaty the text names)
    if (
      mm.kind !== 'previous' &&
      CAPITAL.test(input.text.charAt(mm.start)) &&
      input.text.slice(sentences[mm.sentence]!.start, mm.start).trim() !== ''
    )
      continue;
    // ("the outdated extradition treaty between A and B, signed on ...": a description of its own names it)
    if (mm.described && ownWords(input, mm.described)) continue;
    let from = mm.end;
    const after = EARLIER_WORD_AFTER.exec(folded.slice(from, from + 24));
    if (after && (lex.previous.includes(after[1]!) || lex.inForce.includes(after[1]!))) from += after[0].length;
    const limit = sentences[mm.sentence]!.end;
    const d = yearAfter(dates, from, limit);
    if (!d || !datedBy.test(folded.slice(from, d.start))) continue;
    // the mention does not grow, and the date stays the event's: the clause dates a signing or an entry into force,
    // which need not be the day a known treaty was signed
    mm.kind = 'descriptive';
    mm.years = [d.value!.year, d.endValue?.year ?? d.value!.year];
  }
}

/** Whether a description holds words other than its treaty noun and the words that call it earlier or in force. */
function ownWords(input: LinkInput, d: { start: number; end: number }): boolean {
  const { folded, lexicon: lex } = input;
  for (const w of folded.slice(d.start, d.end).match(WORD_RUN) ?? [])
    if (
      !nounOf(lex, w) &&
      !lex.previous.includes(w) &&
      !lex.inForce.includes(w) &&
      !lex.grammar.articles.includes(w) &&
      !lex.determinersBefore.includes(w)
    )
      return true;
  return false;
}

/**
 * "Les trois accords ont été signés avec le Kenya, le Pérou et le Chili. Celui avec le Kenya remplace un accord de
 * 1962": a pronoun with a partner state that opens a replace verb's sentence, with no treaty before the verb, stands
 * for the agreement with that state, of the kind of the treaty named in the two sentences before; it is named by that
 * kind and its partner ("Accord avec le Kenya") and resolved as any treaty named by its states.
 */
function addElidedSubjects(
  input: LinkInput,
  c: TreatyPatterns,
  replaceAt: readonly ReplaceVerb[],
  mentions: TreatyMention[],
): void {
  const re = c.elidedSubject;
  if (!re) return;
  const { text, folded, sentences, actorMentions, lexicon: lex } = input;
  let added = false;
  for (const r of replaceAt) {
    if (r.passive || r.cease || r.span) continue;
    const sent = sentences[r.sentence]!;
    if (mentions.some((mm) => mm.sentence === r.sentence && mm.start < r.at)) continue;
    const at = sent.start + (SPACES_AFTER.exec(folded.slice(sent.start, sent.start + 4))?.[0].length ?? 0);
    re.lastIndex = at;
    const m = re.exec(folded);
    if (!m) continue;
    const actor = actorMentions.find((a) => a.start === at + m[0].length && a.end <= r.at);
    if (!actor || folded.slice(actor.end, r.at).trim() !== '') continue;
    const antecedent = mentions.findLast(
      (mm) => mm.noun && mm.sentence < r.sentence && mm.sentence >= r.sentence - 2,
    )?.noun;
    const noun = antecedent && lex.treatyNouns.find((n) => n.kind === antecedent.kind && !n.stem);
    if (!noun) continue;
    // the noun as the text spells it (with its accents) where it stands in the singular, else its folded form
    const k = wordIndex(folded, noun.form);
    const written = k >= 0 ? text.slice(k, k + noun.form.length) : noun.form;
    const name = `${written.charAt(0).toUpperCase()}${written.slice(1)}${text.slice(at + m[1]!.length, actor.end)}`;
    mentions.push(
      treatyMention('reference', at, actor.end, r.sentence, noun, {
        partners: { ids: [actor.actorId], age: null, name },
      }),
    );
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Where a folded word first stands as a whole word in a folded text; -1 where it does not. */
function wordIndex(folded: string, word: string): number {
  for (let k = folded.indexOf(word); k >= 0; k = folded.indexOf(word, k + 1))
    if (!isWordChar(folded.charCodeAt(k - 1)) && !isWordChar(folded.charCodeAt(k + word.length))) return k;
  return -1;
}

/** Whether a UTF-16 unit is a letter or digit of the folded texts' Latin or Cyrillic script (NaN: none). */
function isWordChar(u: number): boolean {
  return (u >= 97 && u <= 122) || (u >= 48 && u <= 57) || (u >= 0x430 && u <= 0x44f) || u === 0x451;
}

/** Where the whitespace before `to` starts, not before `from`. */
function spaceBefore(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether a known treaty is of the kind a descriptive mention's noun names. */
function sameKind(gazetteer: Gazetteer, mm: TreatyMention, id: string): boolean {
  return mm.kind === 'descriptive' && !!mm.noun && gazetteer.treaties.get(id)?.kind === mm.noun.kind;
}

/** The same state, where the Soviet Union's treaties are Russia's too. */
function sameState(p: string, q: string): boolean {
  return p === q || (p === 'country:SU' && q === 'country:RU') || (p === 'country:RU' && q === 'country:SU');
}

/**
 * "Договор о дружественных отношениях и всеобъемлющем стратегическом партнёрстве между Россией и Монголией":
 * a known bilateral treaty's name written in lowercase holds words that many treaties share; it is that
 * treaty where the article names both its parties, or one of them and no other state in the sentence.
 */
function ownMatches(input: LinkInput, foreign: Set<string>): TreatyNameMatch[] {
  const { text } = input;
  // ("Russia and Iran signed the Treaty on Comprehensive Strategic Partnership": a capitalized name many pairs of
  // states give their treaties is not the known one of another pair where one of its sentences names a third state
  // and the article never names the other party)
  for (const t of input.treatyMatches) if (thirdState(input, t) === 'third') foreign.add(t.treatyId);
  return input.treatyMatches.filter((t) => {
    if (foreign.has(t.treatyId)) return false;
    if (CAPITAL.test(text.slice(t.start, t.end))) return true;
    const third = thirdState(input, t);
    return third === null || third === 'alone';
  });
}

/**
 * For a known bilateral treaty's name: null where the article names both its parties (or it has not two), `third`
 * where it names one of them and the name's sentence another state, `alone` where it names one and no other state
 * there, `none` where it names neither.
 */
function thirdState(input: LinkInput, t: TreatyNameMatch): 'third' | 'alone' | 'none' | null {
  const { gazetteer, articleCountries, actorMentions } = input;
  const parties = gazetteer.treaties.get(t.treatyId)?.parties ?? [];
  if (parties.length !== 2) return null;
  // the Soviet Union's treaties are Russia's too
  const named = parties.filter((p) => [...articleCountries].some((q) => sameState(p, q)));
  if (named.length === 2) return null;
  if (named.length === 0) return 'none';
  const si = sentenceIndex(input.sentences, t.start);
  const third = actorMentions.some(
    (a) =>
      a.sentence === si &&
      !parties.some((p) => sameState(p, a.actorId)) &&
      gazetteer.actors.get(a.actorId)?.kind === 'country',
  );
  return third ? 'third' : 'alone';
}

/** Where "perjanjian baru", "соглашение новое" ends: the noun, a word, then "new" after it. */
function describedNewEnd(input: LinkInput, c: TreatyPatterns, m: TreatyMention): number {
  const { text, folded } = input;
  const after = LOWERCASE_WORD_AFTER.exec(text.slice(m.end, m.end + 24))![0].length;
  for (const from of [m.end, m.end + after]) {
    const n = c.newAfter.exec(folded.slice(from, from + 10));
    if (n) return from + n[0].length;
  }
  return m.end;
}
