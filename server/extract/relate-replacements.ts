/**
 * Supersession: each language's replace verbs ("replaces", "was replaced by", "ceased to be in
 * effect", "menggantikan", "заменит"), not negated, relate the treaty they are about to the treaties
 * they replace, typed by basis; amend, follow and rename verbs relate nothing.
 */
import type { ReplacesBasis } from '../domain/extraction';
import { hasSurrogate, plane } from './bmp-patterns';
import type { Sentence } from './split-sentences';
import type { Gazetteer } from './gazetteer';
import type { LinkInput, TreatyMention, TreatyRecord } from './link-treaties';
import { sentenceIndex, treatyMention } from './find-treaty-mentions';
import { participleYear, type Resolution } from './resolve-treaty-mentions';
import { followsWordChar, matchesAt } from './pattern-prefixes';
import { nounOf, type TreatyPatterns } from './treaty-patterns';
import { toSlug } from './slug';
import { nominativeName } from './nominative-name';
import { wordStartMatches } from './word-start-matches';
import { codePointBefore, isLetterCodePoint, isSpace } from './fold-text';

// patterns of the functions below, compiled once here: a transpiler targeting Node writes a `\p{..}` literal as
// `new RegExp(..)`, which a function would then run on every call
const LOWERCASE_GAP = plane(/^[\s\p{Ll}]*$/u);
const LETTER = plane(/\p{L}/u);
const FIRST_WORD = plane(/^[\p{L}-]+\s+/u);
const LOWERCASE_WORD_AFTER = plane(/^(\s+\p{Ll}+)?/u);
const LOWERCASE_START = plane(/^\p{Ll}/u);
const WORD_AFTER = plane(/^\s+(\p{L}+)/u);
const SHORT_GAP = plane(/^\s*(?:\p{L}{1,4}\s*)?$/u);
const WORD_BETWEEN = plane(/^\s+(\p{L}+)\s+/u);
const WORD_PAIR_AFTER = plane(/^\s+(\p{L}+)\s+(\p{L}+)(?![\p{L}\p{N}])/u);
const WORD_RUN = plane(/[\p{L}\p{N}]+/gu);
const WORD_BEFORE_APOSTROPHE = plane(/(\p{L}+)['’]$/u);
/** A letter right after a pronoun: "its| new" is a determiner, not the pronoun "it". */
const WORD_AFTER_NOUN = plane(/^\p{L}/u);
const NON_WORD_RUNS = plane(/[^\p{L}\p{N}]+/gu);

/** Capitalized words that name a place: "Cotonú", "Buenos Aires". */
const PLACE_NAME = plane(/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u);
const SPACES_AFTER = /^\s+/u;
/** An acronym right before a verb: "The new |ASA| will replace". */
const ACRONYM_BEFORE = plane(/(?<![\p{L}\p{N}])(\p{Lu}{2,}[\p{Lu}\p{N}-]*)\s*$/u);

/** An acronym in brackets after a name: " (START)". */
const BRACKETED = plane(/^\s*\(\p{Lu}[\p{Lu}\p{N} .-]{1,12}\)/u);

/** A replace verb ("replaces", "was replaced by", "ceased to be in effect") and its sentence. */
export interface ReplaceVerb {
  sentence: number;
  at: number;
  end: number;
  basis: ReplacesBasis;
  passive: boolean;
  cease: boolean;
  /** "the transition from X to Y": the replaced treaties are inside the match, the new one right after it. */
  span: boolean;
}

/**
 * The replace verbs of a text, not negated, each read once. A span ("replacing X with Y") holds only where a
 * treaty noun follows it ("replaces the Agreement ... with| respect to taxes" is the plain verb).
 */
export function findReplaceVerbs(
  c: TreatyPatterns,
  folded: string,
  sentences: Sentence[],
  mentions: readonly TreatyMention[],
): ReplaceVerb[] {
  const replaceAt: ReplaceVerb[] = [];
  const wide = hasSurrogate(folded);
  // spans, cessations and passive forms first ("from X to Y", "ceased to be in effect", "was replaced by"), so that a verb
  // inside them is not read twice
  // a verb is looked for only at the word starts where one of its literal prefixes stands (none: it is not there)
  const starts = c.replaceStarts(folded);
  const verbs = c.replace.map((r, i) => ({ r, at: starts[i]! })).filter(({ at }) => !at || at.length > 0);
  for (const { r, at } of verbs.sort(
    ({ r: a }, { r: b }) =>
      Number(b.span) - Number(a.span) || Number(b.cease) - Number(a.cease) || Number(b.passive) - Number(a.passive),
  )) {
    // a verb starts a word: a match inside one is dropped, and the search goes on from its next character
    const matches = at
      ? matchesAt(wide ? r.sticky : r.bmpSticky, folded, at, (m) => !followsWordChar(folded, m.index))
      : wordStartMatches(wide ? r.re : r.bmpRe, folded);
    for (const rm of matches) {
      const si = sentenceIndex(sentences, rm.index);
      const before = folded.slice(Math.max(sentences[si]!.start, rm.index - 25), rm.index);
      // ("hasta que no lo sustituya", ", пока его не заменит": an expletive negation after "until" negates nothing)
      if (
        c.negation.test(before.split(/\s+/).slice(-3).join(' ')) &&
        !c.untilNot?.test(folded.slice(Math.max(sentences[si]!.start, rm.index - 60), rm.index))
      )
        continue;
      // "rather than replacing it", "au lieu de le remplacer", "en vez de reemplazarlo"
      if (c.insteadOf?.test(before)) continue;
      if (replaceAt.some((x) => rm.index < x.end && x.at < rm.index + rm[0].length)) continue;
      // "утрачивают силу" replaces only where the new treaty takes effect: "со дня вступления в силу нового договора"
      // "Tous les accords signés le 2 avril 1960 sont abrogés" in a treaty's own text: the present treaty repeals them
      if (
        r.requires &&
        !r.requires.test(folded.slice(sentences[si]!.start, sentences[si]!.end)) &&
        !r.requiresInText?.test(folded)
      )
        continue;
      const end = rm.index + rm[0].length;
      if (r.span && !mentions.some((mm) => mm.start >= end && mm.start - end <= 12)) continue;
      replaceAt.push({
        sentence: si,
        at: rm.index,
        end: rm.index + rm[0].length,
        basis: r.basis,
        passive: r.passive,
        cease: r.cease,
        span: r.span,
      });
    }
  }
  return replaceAt;
}

/**
 * Where the replace verbs other than spans start, read before the treaty mentions (which a span needs): tried only at
 * the word starts where one of its literals stands, as `findReplaceVerbs` does.
 */
export function replaceVerbStarts(c: TreatyPatterns, folded: string): number[] {
  const found: number[] = [];
  const wide = hasSurrogate(folded);
  const starts = c.replaceStarts(folded);
  for (let i = 0; i < c.replace.length; i++) {
    const r = c.replace[i]!;
    const at = starts[i];
    if (r.span || (at && at.length === 0)) continue;
    const matches = at
      ? matchesAt(wide ? r.sticky : r.bmpSticky, folded, at, (m) => !followsWordChar(folded, m.index))
      : wordStartMatches(wide ? r.re : r.bmpRe, folded);
    for (const m of matches) found.push(m.index);
  }
  return found;
}

/** The treaty mentions that are objects of a replace verb: what is replaced, or what loses force. */
export function markReplacedObjects(replaceAt: ReplaceVerb[], mentions: TreatyMention[]): void {
  for (const r of replaceAt) {
    if (r.span) {
      for (const mm of mentions) if (mm.start >= r.at && mm.start < r.end) mm.replacedObject = true;
      continue;
    }
    if (r.cease) {
      // the treaties that lose force: those before the verb ("X, Y and Z ceased to be in effect"), else after it ("утратили силу X, Y")
      const own = mentions.filter((mm) => mm.sentence === r.sentence && mm.kind !== 'reference' && mm.kind !== 'bare');
      const before = own.filter((mm) => mm.end <= r.at);
      for (const mm of before.length ? before : own.filter((mm) => mm.start >= r.end)) mm.replacedObject = true;
      continue;
    }
    for (const mm of mentions)
      if (mm.sentence === r.sentence && (r.passive ? mm.end <= r.at : mm.start >= r.end)) mm.replacedObject = true;
  }
}

/**
 * The name the text gives a replaced known treaty, when a mention names or describes it ("the Treaty
 * of Moscow", "perjanjian tahun 1961"), with an acronym in brackets and the year that say which
 * ("Perjanjian Pengurangan Senjata Strategis (START) tahun 1991"); null for references ("the pact").
 */
function writtenName(
  input: LinkInput,
  c: TreatyPatterns,
  o: TreatyMention,
  recordName: string | undefined,
): string | null {
  const { text, dates, sentences } = input;
  // an unknown name is already the record's name (in the nominative where the language inflects names), unless the
  // text writes it short ("the Timor Sea Treaty" of "Timor Sea Treaty between A and B")
  if (o.kind === 'named' && o.end > o.start && recordName) {
    const written = text.slice(o.start, o.end).trim();
    // ("the Fisheries Agreement signed on 2 November 2007": a name its participle dated is already told apart by its year)
    if (o.yearFrom === o.end && o.nameFrom === undefined && recordName.startsWith(written)) return recordName;
    // "Tous les Accords de coopération signés le 2 avril 1960 ... sont abrogés": a short name says which with the year its
    // participle gives, as a described one does (a long official name says it already)
    const on = c.signedOnDate;
    const dated = on && dates.find((d) => d.value && d.hasYear && d.start > o.end && d.start - o.end <= 40);
    const year =
      dated &&
      !/\d{4}/u.test(recordName) &&
      recordName.split(/\s+/u).length <= 3 &&
      on.test(input.folded.slice(o.end, dated.start))
        ? dated.value!.year
        : null;
    if (year) return `${recordName.startsWith(written) ? written : recordName} (${year})`;
    // "придет на смену Соглашению о партнерстве": a name the text inflects is the name as written, which the older
    // treaty's record keeps as one of its names (its own name is in the nominative)
    if (input.lexicon.treatyNounCases && written !== recordName && !recordName.startsWith(written)) return written;
    return recordName.startsWith(written) && recordName.length > written.length ? written : null;
  }
  if (o.end <= o.start || !(o.kind === 'name' || o.kind === 'descriptive')) return null;
  let end = o.end;
  // a name with the year that says which ("... (START) tahun 1991", "Treaty of 1924"); an acronym alone adds nothing
  if (!o.years) {
    const from = o.end + (BRACKETED.exec(text.slice(o.end, o.end + 24))?.[0].length ?? 0);
    const limit = sentences[o.sentence]?.end ?? text.length;
    const year = dates.find((d) => d.hasYear && d.start >= from && d.start - from <= 12 && d.end <= limit);
    const gap = year ? text.slice(from, year.start) : '';
    // ("replaced NAFTA in 2020", "sustituyó al TLCAN en 2020", "menggantikan NAFTA pada 2020": a year that says when is no
    // part of the name; the lexicon's gaps tell which from when, as for a described treaty)
    const which = !gap.trim() || (c.yearOfGap ? c.yearOfGap.test(gap) : true);
    if (year && which && !c.yearWhenGap?.test(` ${gap} `) && LOWERCASE_GAP.test(gap) && !/\s\S+\s+\S/u.test(gap))
      end = year.end;
  }
  const written = text.slice(o.start, end).trim();
  // "le traité Sort signé en 2002": a noun dated by its participle says which treaty, but is no name
  // ("dan 2000-2001": a year alone is no name either)
  return o.kind === 'descriptive' && !(/\d/.test(written) && LETTER.test(written)) ? null : written;
}

/**
 * The word before the whitespace that ends `text[from, to)`: what `/([\p{L}-]+)\s+$/u` captures in
 * `text.slice(from, to)` (start and end of the capture), read backwards instead of trying the pattern at every
 * position of the slice; null where it finds none.
 */
export function wordBeforeSpace(text: string, from: number, to: number): { start: number; end: number } | null {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === to) return null;
  let start = end;
  while (start > from) {
    const cp = codePointBefore(text, start, from);
    if (cp !== 45 && !isLetterCodePoint(cp)) break;
    start -= cp > 0xffff ? 2 : 1;
  }
  return start < end ? { start, end } : null;
}

/**
 * Where a "new" treaty's description starts: the new word before the noun, over the lowercase words
 * between ("a new civilian nuclear cooperation| agreement", "Ce nouvel accord"), or the noun itself
 * when the language puts "new" after it ("perjanjian baru"); null when it is not called new.
 */
export function newPhraseStart(input: LinkInput, c: TreatyPatterns, m: TreatyMention): number | null {
  const { text, folded, sentences } = input;
  // "a new nuclear cooperation agreement" already taken with its words: the mention starts with "new"
  const first = FIRST_WORD.exec(folded.slice(m.start, m.end));
  if (first && c.newBefore.test(first[0])) return m.start;
  // "perjanjian baru", "perjanjian ekstradisi baru": the noun, what it is about, then "new"
  const after = LOWERCASE_WORD_AFTER.exec(text.slice(m.end, m.end + 24))![0].length;
  if (
    c.newAfter.test(folded.slice(m.end, m.end + 10)) ||
    c.newAfter.test(folded.slice(m.end + after, m.end + after + 10))
  )
    return m.start;
  const sentStart = sentences[m.sentence]!.start;
  let p = m.start;
  for (let k = 0; k < 5; k++) {
    const w = wordBeforeSpace(text, Math.max(sentStart, p - 30), p);
    if (!w) return null;
    const at = w.start;
    if (c.newBefore.test(folded.slice(Math.max(sentStart, at - 1), p))) return at;
    // only lowercase words (what it is about) stand between "new" and the noun; a name, a determiner, a verb or another
    // treaty noun ends the search ("новое соглашение придёт на смену| Договору": "new" is the other noun's)
    const word = folded.slice(at, w.end);
    if (
      !LOWERCASE_START.test(text.slice(at, w.end)) ||
      input.lexicon.determinersBefore.includes(word) ||
      input.lexicon.grammar.isVerbish(word, undefined) ||
      nounOf(input.lexicon, word)
    )
      return null;
    p = at;
  }
  return null;
}

/**
 * Where an unnamed treaty's description ends: the language's complement ("accord de coopération
 * monétaire") and its parties ("treaty between the United States and Great Britain").
 */
function describedEnd(input: LinkInput, c: TreatyPatterns, m: TreatyMention, limit: number): number {
  const { text, folded, lexicon: lex, actorMentions } = input;
  let end = lex.grammar.complementEnd?.(text, m.end, limit) ?? m.end;
  // "the current Treaty and Protocol": a second instrument joined to the noun is one description with it
  const pair = end === m.end ? WORD_PAIR_AFTER.exec(folded.slice(end, Math.min(limit, end + 30))) : null;
  if (pair && lex.grammar.conjunctions.includes(pair[1]!) && nounOf(lex, pair[2]!)) end += pair[0].length;
  // "perjanjian ekstradisi baru": a word and "new" after the noun
  const after = LOWERCASE_WORD_AFTER.exec(text.slice(end, end + 24))![0].length;
  const isNew = c.newAfter.exec(folded.slice(end + after, Math.min(limit, end + after + 10)));
  if (isNew) end += after + isNew[0].length;
  else if ((c.newAfter.exec(folded.slice(end, Math.min(limit, end + 10)))?.[0].length ?? 0) > 0)
    end += c.newAfter.exec(folded.slice(end, end + 10))![0].length;
  // "perjanjian lama", "el acuerdo anterior", "l'accord précédent", "el Tratado vigente": "previous" or "in force" after
  // the noun
  const prev = WORD_AFTER.exec(folded.slice(end, Math.min(limit, end + 24)));
  if (prev && (lex.previous.includes(prev[1]!) || lex.inForce.includes(prev[1]!))) end += prev[0].length;
  // "предыдущий договор от 1991 года", "the agreement of 1974": the year that says which
  const year = input.dates.find((d) => d.hasYear && d.start >= end && d.start - end <= 8 && d.end <= limit);
  if (year) {
    const gap = folded.slice(end, year.start);
    const which = c.yearOfGap ? c.yearOfGap.test(gap) : SHORT_GAP.test(gap);
    if (which && !c.yearWhenGap?.test(` ${gap} `)) end = year.end;
  }
  const between = WORD_BETWEEN.exec(folded.slice(end, end + 20));
  if (between && lex.between.includes(between[1]!)) {
    // "between A and B": two actors joined by the language's "and"
    const a = actorMentions.find((x) => x.start >= end + between[0].length && x.start - end - between[0].length <= 5);
    const b = a && actorMentions.find((x) => x.start > a.end && x.start - a.end <= 8);
    if (a && b && lex.grammar.conjunctions.includes(folded.slice(a.end, b.start).trim())) end = b.end;
  }
  return end;
}

/**
 * "signed a new civilian nuclear cooperation agreement to replace the existing agreement", "Ce nouvel
 * accord remplace le précédent accord du 4 décembre 1973", "Новое соглашение заменит предыдущий
 * договор": a new treaty and the one it replaces that the text only describes, each named by its
 * description, where no known or named treaty stands for them.
 */
function describeAroundVerb(
  input: LinkInput,
  c: TreatyPatterns,
  mentions: TreatyMention[],
  r: ReplaceVerb,
  resolution: Resolution,
): void {
  if (r.passive) {
    describePassiveAgent(input, c, mentions, r, resolution);
    return;
  }
  if (r.cease || r.span) return;
  const { ensure, focusAt } = resolution;
  const { text, folded } = input;
  if (describePronounAgent(input, c, mentions, r, ensure)) return;
  const subj = mentions.filter((mm) => mm.end <= r.at && mm.sentence === r.sentence).pop();
  const obj =
    mentions.find((mm) => mm.start >= r.end && mm.sentence === r.sentence) ?? namedByPlace(input, c, mentions, r);
  // "It replaces the existing accord": with no treaty before the verb, the object the text calls in force or earlier is
  // another treaty than the one in focus, whose name a reference borrowed
  if (!subj && obj && pronounSubject(input, r)) describeCalledObject(input, c, r, obj, resolution);
  if (!subj || !obj || !unnamedIn(r, subj)) return;
  // "cette nouvelle convention de droit aérien privé destinée à remplacer l'actuelle convention de Varsovie": a new
  // treaty the text describes replaces a named one; it is not that one, whatever a reference borrowed
  if (!unnamedIn(r, obj)) {
    if (!obj.treatyId || (subj.treatyId && subj.treatyId !== obj.treatyId)) return;
    const from = newPhraseStart(input, c, subj);
    if (from === null) return;
    const focus = focusAt.get(r.sentence) ?? null;
    if (focus && focus !== obj.treatyId) {
      subj.treatyId = focus;
      ensure(focus);
      return;
    }
    const end = Math.max(subj.end, describedEnd(input, c, subj, r.at));
    const name = text.slice(from, end).trimEnd();
    subj.start = from;
    subj.end = end;
    subj.treatyId = `treaty:${toSlug(name)}`;
    ensure(subj.treatyId, name.charAt(0).toUpperCase() + name.slice(1), subj.noun!.kind);
    return;
  }
  if (subj.treatyId && obj.treatyId && subj.treatyId !== obj.treatyId) return;
  // nothing but determiners and describing words between the verb and the replaced noun
  if (/[,;:()]/.test(text.slice(r.end, obj.start)) || obj.start - r.end > 40) return;
  // "signed a defence treaty meant to replace the protocol of 1977": a treaty introduced by an indefinite article that
  // replaces another is a new one, as one called new is
  const from = newPhraseStart(input, c, subj) ?? (subj.kind === 'indefinite' ? subj.start : null);
  // "The new Treaty and Protocol ... will replace the current Treaty and Protocol": a reference the text calls current or
  // previous is another treaty than the subject whose name it borrowed
  const current =
    from === null &&
    subj.treatyId !== null &&
    subj.treatyId === obj.treatyId &&
    obj.kind === 'reference' &&
    describedAs(input, obj, r.end) !== null;
  if (from === null && !current) return;
  // "The new extradition treaty with Malta would replace ...": in a text about a treaty, the new one is that
  // treaty, and a reference it replaces only borrowed it
  const focus = focusAt.get(r.sentence) ?? null;
  const objOwn = obj.kind === 'descriptive';
  if (!subj.treatyId && focus && (focus !== obj.treatyId || !objOwn)) {
    subj.treatyId = focus;
    ensure(focus);
  }
  // both taken for one treaty: a reference replaced borrowed the subject's treaty ("The new treaty [the text's]
  // would replace the outdated treaty"); a subject referring to a dated treaty borrowed the object's
  // ("Ce nouvel accord remplace le précédent accord du 4 décembre 1973")
  const same = subj.treatyId !== null && subj.treatyId === obj.treatyId;
  // the new one's description ends before the verb
  // (a subject already taken by its own words is taken again from "new": "un| nuevo acuerdo de pesca")
  if (from !== null && (subj.treatyId === null || (same && objOwn) || subj.byDescription)) {
    const nounStart = subj.start;
    describeMention(input, c, subj, from, r.at, false, ensure);
    // "un traité de coopération ... appelé à se substituer au protocole ... Ce nouveau traité de coopération ...": the
    // same description elsewhere, taken on its own words before this clause was read, is this treaty
    const words = folded.slice(nounStart, subj.end).trim();
    for (const mm of mentions)
      if (mm !== subj && mm.byDescription && !mm.replacedObject && folded.slice(mm.start, mm.end).trim() === words)
        mm.treatyId = subj.treatyId;
  }
  if (obj.treatyId === null || (same && !objOwn)) describeObject(input, c, r, obj, ensure);
}

/**
 * "The 1974 agreement is replaced by the new treaty", "queda derogado por un nuevo convenio firmado el lunes", "est remplacé
 * par le nouveau traité", "digantikan oleh perjanjian baru", "заменено новым соглашением": a passive verb's agent right
 * after it that the text only calls new stands for no treaty named elsewhere, whatever the replaced one lent it: it is the
 * treaty the text is about or, with none, a new one named by its description.
 */
function describePassiveAgent(
  input: LinkInput,
  c: TreatyPatterns,
  mentions: TreatyMention[],
  r: ReplaceVerb,
  resolution: Resolution,
): void {
  const agent = mentions.find((mm) => mm.sentence === r.sentence && mm.start >= r.end);
  if (!agent || !unnamedIn(r, agent)) return;
  const gap = input.folded.slice(r.end, agent.start);
  if (/[,;:()]/.test(gap) || (gap.match(WORD_RUN) ?? []).length > 3) return;
  const replaced = mentions.filter((mm) => mm.sentence === r.sentence && mm.end <= r.at && mm.treatyId).pop();
  if (agent.treatyId && agent.treatyId !== replaced?.treatyId) return;
  const from = newPhraseStart(input, c, agent) ?? (agent.kind === 'indefinite' ? agent.start : null);
  if (from === null) return;
  const focus = resolution.focusAt.get(r.sentence) ?? null;
  if (focus && focus !== replaced?.treatyId) {
    agent.treatyId = focus;
    resolution.ensure(focus);
    return;
  }
  // ("заменено новым соглашением": the name in the nominative, where the language inflects it)
  const end = Math.max(agent.end, describedEnd(input, c, agent, input.sentences[r.sentence]!.end));
  const written = input.text.slice(from, end).trimEnd();
  const name = nominativeName(written.charAt(0).toUpperCase() + written.slice(1), input.lexicon);
  agent.start = from;
  agent.end = end;
  agent.treatyId = `treaty:${toSlug(name)}`;
  resolution.ensure(agent.treatyId, name, agent.noun!.kind);
}

/** Names a mention by its description from `start` (with the year its participle gives, where `dated`) as a new treaty. */
function describeMention(
  input: LinkInput,
  c: TreatyPatterns,
  mm: TreatyMention,
  start: number,
  limit: number,
  dated: boolean,
  ensure: Resolution['ensure'],
): void {
  const { text } = input;
  const end = Math.max(mm.end, describedEnd(input, c, mm, limit));
  // "l'accord de partenariat classique signé avec le Kazakhstan en 1995": the year its participle gives says which
  const year = dated ? participleYear(input, c, end, limit) : null;
  const name = text.slice(start, end).trimEnd() + (year && !/\d{4}/u.test(text.slice(start, end)) ? ` (${year})` : '');
  mm.start = start;
  mm.end = end;
  mm.treatyId = `treaty:${toSlug(name)}`;
  ensure(mm.treatyId, name.charAt(0).toUpperCase() + name.slice(1), mm.noun!.kind);
}

/** Names a replace verb's object by the words before its noun, after the verb's determiners ("the| existing agreement"). */
function describeObject(
  input: LinkInput,
  c: TreatyPatterns,
  r: ReplaceVerb,
  obj: TreatyMention,
  ensure: Resolution['ensure'],
): void {
  const { text, folded } = input;
  let start = obj.start;
  const words = text.slice(r.end, obj.start).split(/(\s+)/);
  let p = r.end;
  for (const w of words) {
    const f = folded.slice(p, p + w.length);
    p += w.length;
    if (/^\s*$/.test(w) || input.lexicon.determinersBefore.includes(f) || c.leadingArticle.test(`${f} `)) continue;
    start = p - w.length;
    // "l'|actuel accord": an elided article stays out too
    const k = f.search(/['’]/u);
    if (k > 0 && input.lexicon.determinersBefore.includes(f.slice(0, k))) start += k + 1;
    break;
  }
  // ("sustituye a todos los acuerdos anteriores", "replaces all previous agreements": from the earlier word, past any
  // quantifier)
  const earlier = obj.kind === 'previous' ? earlierSpan(input, obj, r.end) : null;
  describeMention(
    input,
    c,
    obj,
    earlier?.start ?? Math.min(start, obj.start),
    input.sentences[r.sentence]!.end,
    true,
    ensure,
  );
}

/**
 * "It replaces the existing accord", "Il remplace l'accord actuel": a reference right after a replace verb with no
 * treaty before it, which the text calls in force or earlier and which resolved to the treaty in focus (or to none), is
 * the older treaty, named by its description.
 */
function describeCalledObject(
  input: LinkInput,
  c: TreatyPatterns,
  r: ReplaceVerb,
  obj: TreatyMention,
  resolution: Resolution,
): void {
  if ((obj.kind !== 'reference' && obj.kind !== 'bare') || !obj.noun || obj.partners) return;
  if (/[,;:()]/.test(input.text.slice(r.end, obj.start)) || obj.start - r.end > 40) return;
  const focus = resolution.focusAt.get(r.sentence) ?? null;
  if (obj.treatyId !== null && obj.treatyId !== focus) return;
  if (describedAs(input, obj, r.end) === null) return;
  describeObject(input, c, r, obj, resolution.ensure);
}

/**
 * "until a new convention replaces it", "hasta que lo sustituya un nuevo convenio", "пока его не заменит новый договор":
 * a verb whose object is a pronoun and whose subject is a treaty the text only calls new; that treaty is named by its
 * description (the pronoun's treaty is related to it by `relateReplace`). False where the verb is not such a one.
 */
function describePronounAgent(
  input: LinkInput,
  c: TreatyPatterns,
  mentions: TreatyMention[],
  r: ReplaceVerb,
  ensure: Resolution['ensure'],
): boolean {
  const pronoun = pronounObject(input, r);
  if (!pronoun) return false;
  const { text, folded } = input;
  // after a clitic the subject may follow the verb ("lo sustituya un nuevo convenio"); else it stands before it
  const next = mentions.find((mm) => mm.sentence === r.sentence && mm.start >= r.end);
  const postposed =
    pronoun === 'before' &&
    next &&
    !/[,;:()]/.test(folded.slice(r.end, next.start)) &&
    (folded.slice(r.end, next.start).match(WORD_RUN) ?? []).length <= 3;
  const subj = postposed ? next : mentions.filter((mm) => mm.sentence === r.sentence && mm.end <= r.at).pop();
  // (a reference called new only borrowed the treaty named before it: "jusqu'à ce qu'une nouvelle convention la remplace")
  if (!subj || !unnamedIn(r, subj) || (subj.treatyId && subj.kind !== 'reference')) return false;
  const from = newPhraseStart(input, c, subj);
  if (from === null) return false;
  const end = Math.max(subj.end, describedEnd(input, c, subj, postposed ? input.sentences[r.sentence]!.end : r.at));
  const name = text.slice(from, end).trimEnd();
  subj.start = from;
  subj.end = end;
  subj.treatyId = `treaty:${toSlug(name)}`;
  ensure(subj.treatyId, name.charAt(0).toUpperCase() + name.slice(1), subj.noun!.kind);
  return true;
}

/**
 * Whether a replace verb with no treaty before it has a pronoun or no subject of its own ("It will replace",
 * "Sustituirá al", "После вступления в силу он заменит"): no determiner among the three words before it, or a
 * determiner with no noun after it ("This replaces", "Este reemplazará") or with a noun that stands for the treaty
 * ("Ce texte remplace", "El documento sustituye"), and no actor before it in the sentence.
 * "Russia terminated the X", "the government repealed the X" are a state's acts, not a treaty's.
 */
function pronounSubject(input: LinkInput, r: ReplaceVerb): boolean {
  const { text, folded, sentences, lexicon: lex, actorMentions } = input;
  const start = sentences[r.sentence]!.start;
  const end = modalStart(lex, folded, start, r.at);
  const words = (folded.slice(start, end).match(WORD_RUN) ?? []).slice(-3);
  const k = words.length;
  // ("The new ASA will replace", "El nuevo CDI sustituye": an acronym the text gave a treaty in brackets stands for it)
  const acronym = k > 0 ? ACRONYM_BEFORE.exec(text.slice(Math.max(start, end - 20), end)) : null;
  const standsIn =
    k > 0 &&
    ((isDeterminer(lex, words[k - 1]!) && !lex.relativeWords?.includes(words[k - 1]!)) ||
      (k > 1 && isDeterminer(lex, words[k - 2]!) && !!lex.treatyStandIns?.includes(words[k - 1]!)) ||
      (!!acronym && text.includes(`(${acronym[1]!})`)));
  return (
    (standsIn || !words.some((w) => isDeterminer(lex, w))) &&
    !actorMentions.some((a) => a.sentence === r.sentence && a.end <= r.at)
  );
}

const MODALS = new WeakMap<LinkInput['lexicon'], string[]>();

/**
 * Where the auxiliaries, future and modal words right before a replace verb start ("The document| will |replace", "El
 * documento| debe |sustituir", "Le texte| va |remplacer", "Документ| должен |заменить"): what stands before them is the
 * verb's subject; `at` when there are none.
 */
function modalStart(lex: LinkInput['lexicon'], folded: string, from: number, at: number): number {
  let words = MODALS.get(lex);
  if (!words) {
    words = [...new Set([...lex.grammar.auxiliaries, ...lex.future, ...lex.irrealis])].sort(
      (a, b) => b.length - a.length,
    );
    MODALS.set(lex, words);
  }
  let end = at;
  for (let k = 0; k < 4; k++) {
    while (end > from && isSpace(folded.charCodeAt(end - 1))) end--;
    const w = words.find(
      (x) => folded.endsWith(x, end) && (end - x.length === from || isSpace(folded.charCodeAt(end - x.length - 1))),
    );
    if (!w) break;
    end -= w.length;
  }
  return end;
}

function isDeterminer(lex: LinkInput['lexicon'], w: string): boolean {
  return lex.determinersBefore.includes(w) || lex.grammar.articles.includes(w);
}

/**
 * Whether a replace verb's object is a pronoun: a clitic right before it ("lo sustituya", "le remplace") or a pronoun
 * right after it or on it ("replaces it", "menggantikannya"); null otherwise.
 */
function pronounObject(input: LinkInput, r: ReplaceVerb): 'before' | 'after' | null {
  const p = input.lexicon.replacedPronouns;
  if (!p) return null;
  const { folded, text } = input;
  let w = p.before?.length ? wordBeforeSpace(folded, Math.max(0, r.at - 8), r.at) : null;
  // ", пока его не заменит": the clitic before an expletive negation (a negated verb is no replace verb at all)
  if (w && input.lexicon.negation.includes(folded.slice(w.start, w.end)))
    w = wordBeforeSpace(folded, Math.max(0, w.start - 8), w.start);
  if (w && p.before!.includes(folded.slice(w.start, w.end))) return 'before';
  // an elided clitic: "l'abroge", "l’a remplacé"
  if (p.before?.length && /['’]$/u.test(text.slice(Math.max(0, r.at - 3), r.at))) {
    const e = WORD_BEFORE_APOSTROPHE.exec(folded.slice(Math.max(0, r.at - 4), r.at));
    if (e && p.before.includes(`${e[1]}'`)) return 'before';
  }
  const verb = folded.slice(r.at, r.end);
  if (p.suffixes?.some((s) => verb.endsWith(s))) return 'after';
  const next = WORD_AFTER.exec(folded.slice(r.end, r.end + 12));
  return next &&
    p.after?.includes(next[1]!) &&
    !WORD_AFTER_NOUN.test(folded.slice(r.end + next[0].length, r.end + next[0].length + 2))
    ? 'after'
    : null;
}

/** A mention that stands for a treaty a pronoun refers to, at the start of the verb's sentence. */
function pronounMention(r: ReplaceVerb, treatyId: string): TreatyMention {
  return treatyMention('name', r.at, r.at, r.sentence, null, { treatyId, replacedObject: true });
}

/** Whether a mention opens an aside after a comma or a bracket: ", alongside the X", ", junto con el X", ", наряду с X". */
function inAside(input: LinkInput, sentStart: number, mm: TreatyMention): boolean {
  const { folded, lexicon: lex } = input;
  const gap = folded.slice(Math.max(sentStart, mm.start - 80), mm.start);
  const k = Math.max(gap.lastIndexOf(','), gap.lastIndexOf('('));
  if (k < 0) return false;
  const words = ` ${gap.slice(k + 1).trim()} `;
  return lex.grammar.alongside.some((w) => words.startsWith(` ${w} `));
}

/** A treaty noun of a replace verb's sentence that names no treaty: one the text only describes. */
function unnamedIn(r: ReplaceVerb, mm: TreatyMention): boolean {
  return mm.sentence === r.sentence && !!mm.noun && mm.kind !== 'name' && mm.kind !== 'named' && mm.also.length === 0;
}

/** Relates the subject of each replace verb to the treaties it replaces (on the resolution's records). */
export function relateReplacements(
  input: LinkInput,
  c: TreatyPatterns,
  mentions: TreatyMention[],
  replaceAt: ReplaceVerb[],
  resolution: Resolution,
): void {
  const { folded } = input;
  for (const r of replaceAt)
    if (!c.notReplace.test(folded.slice(r.at, r.end))) describeAroundVerb(input, c, mentions, r, resolution);
  for (const r of replaceAt) {
    // "X, which will cease to have effect and be replaced by Y": the verb that names the new treaty says which one it is,
    // not the treaty the text names most
    if (r.cease && replaceAt.some((x) => x.sentence === r.sentence && x.passive && !x.cease && x.at > r.at)) continue;
    relateReplace(input, c, mentions, resolution, r);
  }
}

/** Relates the subject of one replace verb to the treaties it replaces. */
function relateReplace(
  input: LinkInput,
  c: TreatyPatterns,
  mentions: TreatyMention[],
  resolution: Resolution,
  r: ReplaceVerb,
): void {
  const { folded, sentences, gazetteer } = input;
  const { treaties, ensure, focusAt } = resolution;
  const sent = sentences[r.sentence]!;
  // "replaces all previous agreements": the earlier treaties the text names only as earlier, one treaty named by those
  // words while the verb has a subject
  const earlier = r.span ? [] : earlierObjects(input, mentions, r);
  const inSent = mentions.filter((mm) => mm.sentence === r.sentence && mm.treatyId);
  // a span's own words are the verb before the first replaced treaty: "replace the X, as amended in 1962, by Y"
  // describes X, it amends nothing
  const inside = r.span ? inSent.find((mm) => mm.start >= r.at && mm.start < r.end) : undefined;
  if (c.notReplace.test(folded.slice(r.at, inside?.start ?? r.end))) return;
  const before = inSent.filter((mm) => mm.end <= r.at);
  const after = inSent.filter((mm) => mm.start >= r.end);
  let subject: string | null;
  let objects: TreatyMention[];
  if (r.span) {
    // "the transition from X to Y": X inside the match, Y right after it (past a determiner)
    objects = inSent.filter((mm) => mm.start >= r.at && mm.start < r.end);
    // ("sustituir el Convenio existente ... por un nuevo Convenio": a reference among the replaced only borrowed a name)
    const next = after.find(
      (mm) => !objects.some((o) => o.kind !== 'reference' && o.kind !== 'bare' && o.treatyId === mm.treatyId),
    );
    subject = next && next.start - r.end <= 12 ? next.treatyId : null;
  } else if (r.cease) {
    // the treaty the text is about replaces the ones that lose force
    objects = inSent.filter((mm) => mm.replacedObject);
    const lost = new Set(objects.map((o) => o.treatyId));
    // "со дня вступления в силу нового договора", "with its entry into force": the treaty the text names most
    const counts = new Map<string, number>();
    for (const mm of mentions)
      if (mm.treatyId && !lost.has(mm.treatyId)) counts.set(mm.treatyId, (counts.get(mm.treatyId) ?? 0) + 1);
    subject = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    if (subject && objects.every((o) => o.treatyId === subject)) return;
  } else if (r.passive) {
    // "was replaced by the X", "fue sustituido en 2023 por el X": the agent right after the verb, not a treaty further on
    // ("The minister was replaced by his deputy after the X expired")
    const agent = after[0];
    const gap = agent ? folded.slice(r.end, agent.start) : '';
    subject = agent && !/[,;:()]/.test(gap) && (gap.match(WORD_RUN) ?? []).length <= 3 ? agent.treatyId : null;
    objects = before.length ? [before[before.length - 1]!] : [];
    // "It was replaced by X": the treaty the text was about
    const about = focusAt.get(r.sentence) ?? null;
    if (!objects.length && about)
      objects = [
        treatyMention('name', sent.start, sent.start, r.sentence, null, { treatyId: about, replacedObject: true }),
      ];
  } else if (pronounObject(input, r)) {
    // "until the new X replaces it", "hasta que lo sustituya el nuevo X", "jusqu'à ce que le nouvel X le remplace",
    // "X yang baru menggantikannya": the pronoun is the treaty named before, the subject the one before the verb or,
    // after a clitic, the one right after it ("lo sustituya el nuevo X")
    const agent = after[0];
    const gap = agent ? folded.slice(r.end, agent.start) : '';
    const postposed =
      pronounObject(input, r) === 'before' && agent && !/[,;:()]/.test(gap) && (gap.match(WORD_RUN) ?? []).length <= 3;
    const subjMention = postposed ? agent : before.pop();
    subject = subjMention?.treatyId ?? null;
    const prior = before.filter((mm) => mm.treatyId !== subject && !mm.replacedObject).pop();
    const about = focusAt.get(r.sentence) ?? null;
    objects = prior ? [prior] : about && about !== subject ? [pronounMention(r, about)] : [];
  } else {
    // "Negotiations for the SPA launched, alongside the CETA, with a view to replacing X": a treaty in an aside is not the subject
    const subjMention = before.filter((mm) => !inAside(input, sent.start, mm)).pop() ?? null;
    subject = subjMention?.treatyId ?? null;
    // ("Perjanjian itu akan menggantikan ...": a reference that took the focus stands for the treaty signed too)
    if (subjMention?.kind === 'reference' && subject === (focusAt.get(r.sentence) ?? null))
      subject = signedAntecedent(input, mentions, sent.start, subject) ?? subject;
    // "El nuevo acuerdo reemplaza ...", "the new treaty replaces ...": the treaty the text names most, not the last one named
    if (subjMention && !subjMention.replacedObject && saysNew(c, folded, sent.start, subjMention)) {
      // "the new agreement": the most recent treaty the text names (by its known signature), not the last one referred to
      const lost = new Set(after.map((o) => o.treatyId));
      const named = [
        ...new Set(
          mentions
            .filter((mm) => mm.treatyId && !lost.has(mm.treatyId) && (mm.kind === 'name' || mm.kind === 'named'))
            .map((mm) => mm.treatyId!),
        ),
      ];
      const newest = named.sort(
        (a, b) => knownSignedYear(treaties, gazetteer, b) - knownSignedYear(treaties, gazetteer, a),
      )[0];
      if (newest && knownSignedYear(treaties, gazetteer, newest) > 0) subject = newest;
    }
    // a treaty noun before the verb ("The new agreement will replace") or a pronoun ("It will replace") is the subject
    const nounBefore = mentions.some((mm) => mm.sentence === r.sentence && mm.end <= r.at);
    if (!subject && (nounBefore || pronounSubject(input, r))) {
      // "It superseded ...", "Ini menggantikan ...": the treaty the text was about before this sentence
      subject = focusAt.get(r.sentence) ?? null;
      // ("X was signed on Monday. The rules of Y stay. It will replace ...": a pronoun stands for the treaty signed, not
      // for one named since in passing)
      if (!nounBefore) subject = signedAntecedent(input, mentions, sent.start, subject) ?? subject;
      if (subject === null) {
        for (const mm of mentions) {
          if (mm.start >= sent.start) break;
          if (mm.treatyId && !mm.replacedObject && (mm.kind === 'name' || mm.kind === 'named')) subject = mm.treatyId;
        }
      }
    }
    // "... menggantikan NAFTA, dan terkadang disebut sebagai "NAFTA 2.0"": what the subject is called is no object
    // ("replaces none of the earlier agreements": a negative determiner replaces nothing)
    const called = input.lexicon.describedAs;
    const none = input.lexicon.negativeDeterminers ?? [];
    objects = [];
    let from = r.end;
    for (const o of after) {
      // ("sustituye al Convenio Complementario al Convenio de ...": the treaty a replaced instrument's name holds stays)
      if (after.some((x) => x !== o && x.holdsTreaty && x.start <= o.start && o.end <= x.end)) continue;
      const gap = ` ${folded.slice(from, o.start).replace(NON_WORD_RUNS, ' ')} `;
      if (called.some((w) => gap.includes(` ${w} `)) || none.some((w) => gap.includes(` ${w} `))) break;
      objects.push(o);
      from = o.end;
    }
    const byPlace = objects.length || earlier.length ? null : namedByPlace(input, c, mentions, r);
    if (byPlace) objects.push(byPlace);
  }
  if (!subject) {
    for (const e of earlier) e.mention.treatyId = null;
    return;
  }
  for (const e of earlier) ensure(e.mention.treatyId!, e.name, e.mention.noun!.kind);
  const subj = ensure(subject);
  for (const o of objects) {
    for (const id of [o.treatyId!, ...o.also]) {
      if (id === subject || subj.replaces.some((x) => x.id === id)) continue;
      const known = subj.gazetteer?.replaces?.find((x) => x.id === id);
      // a text saying the old treaties lose force on the new one's entry into force states a legal basis
      let basis = r.cease ? r.basis : (known?.basis ?? r.basis);
      // a treaty that had already ended cannot be ended by a later one's clause: "replaces the 1961 treaty" (lapsed in 1996) is a claim
      const ended = gazetteer.treaties.get(id)?.ended;
      const signed = subj.gazetteer?.signed;
      if (basis === 'legal' && ended && signed && ended < signed) basis = 'declared';
      const as = id === o.treatyId ? writtenName(input, c, o, treaties.get(id)?.name) : null;
      subj.replaces.push(as ? { id, basis, as } : { id, basis });
      const old = ensure(id);
      // "the existing agreement", "el acuerdo anterior": what the text calls an unknown replaced treaty is one of its names
      const called = id === o.treatyId && !old.gazetteer ? describedAs(input, o, r.passive ? sent.start : r.end) : null;
      if (called && !(old.aliases ??= []).includes(called)) old.aliases.push(called);
      // the name as written is one of the older treaty's names, so that a reader can resolve it
      if (as && !(old.aliases ??= []).includes(as)) old.aliases.push(as);
    }
  }
}

/**
 * "un nuevo Acuerdo que sucederá al de Cotonú", "succède à celui de Cotonou", "replaces the one of Lomé": words for a
 * treaty noun and a place right after a replace verb stand for the treaty the text names elsewhere by that place ("el
 * Acuerdo de Cotonú"); null where it names none.
 */
function namedByPlace(
  input: LinkInput,
  c: TreatyPatterns,
  mentions: TreatyMention[],
  r: ReplaceVerb,
): TreatyMention | null {
  const re = c.elidedNamed;
  if (!re) return null;
  const { text, folded } = input;
  const at = r.end + (SPACES_AFTER.exec(folded.slice(r.end, r.end + 4))?.[0].length ?? 0);
  re.lastIndex = at;
  const m = re.exec(folded);
  const place = m && PLACE_NAME.exec(text.slice(at + m[0].length, at + m[0].length + 60));
  if (!m || !place) return null;
  const key = folded.slice(at + m[0].length, at + m[0].length + place[0].length);
  return (
    mentions.find(
      (mm) =>
        mm.treatyId &&
        (mm.kind === 'name' || mm.kind === 'named') &&
        !(mm.start <= r.at && r.at < mm.end) &&
        ` ${folded.slice(mm.start, mm.end)} `.includes(` ${key} `),
    ) ?? null
  );
}

/**
 * The unresolved objects of a replace verb that the text calls earlier ("all previous agreements", "tous les accords
 * antérieurs", "todos los acuerdos anteriores", "semua perjanjian sebelumnya", "все предыдущие соглашения"), each given
 * the id of the name its earlier words make ("Previous agreements", "Accords antérieurs").
 */
function earlierObjects(
  input: LinkInput,
  mentions: TreatyMention[],
  r: ReplaceVerb,
): { mention: TreatyMention; name: string }[] {
  const found: { mention: TreatyMention; name: string }[] = [];
  for (const mm of mentions) {
    if (mm.sentence !== r.sentence || mm.treatyId || mm.kind !== 'previous' || !mm.replacedObject || !mm.noun) continue;
    if (!r.cease && (r.passive ? mm.end > r.at : mm.start < r.end)) continue;
    // ("replaces none of the earlier agreements")
    const gap = ` ${input.folded.slice(r.end, mm.start).replace(NON_WORD_RUNS, ' ')} `;
    if (!r.passive && input.lexicon.negativeDeterminers?.some((w) => gap.includes(` ${w} `))) continue;
    const name = earlierName(input, mm, r.passive || r.cease ? input.sentences[r.sentence]!.start : r.end);
    if (name) found.push({ mention: mm, name });
  }
  return found;
}

/**
 * Where the words of a treaty the text calls earlier stand: its noun with the earlier word before it, over at most one
 * describing word ("earlier| defence |agreements"), or after it ("accords| antérieurs"); null without one.
 */
function earlierSpan(input: LinkInput, o: TreatyMention, from: number): { start: number; end: number } | null {
  const { text, folded, lexicon: lex } = input;
  let start = o.start;
  let p = o.start;
  for (let k = 0; k < 2; k++) {
    const w = wordBeforeSpace(text, Math.max(from, p - 30), p);
    if (!w || !LOWERCASE_START.test(text.slice(w.start, w.end))) break;
    const word = folded.slice(w.start, w.end);
    if (lex.previous.includes(word)) {
      start = w.start;
      break;
    }
    if (lex.determinersBefore.includes(word) || lex.grammar.articles.includes(word) || nounOf(lex, word)) break;
    p = w.start;
  }
  let end = o.end;
  const after = WORD_AFTER.exec(folded.slice(o.end, o.end + 24));
  if (after && lex.previous.includes(after[1]!)) end += after[0].length;
  return start === o.start && end === o.end ? null : { start, end };
}

/** The name of a treaty the text calls earlier (`earlierSpan`), which its mention now spans and whose id it takes. */
function earlierName(input: LinkInput, o: TreatyMention, from: number): string | null {
  const span = earlierSpan(input, o, from);
  if (!span) return null;
  const name = input.text.slice(span.start, span.end);
  o.start = span.start;
  o.end = span.end;
  o.treatyId = `treaty:${toSlug(name)}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A replaced treaty the text only describes, with its describing words: the lowercase words between its determiner
 * (or the verb, `from`) and its noun ("the| existing |agreement", "le| précédent |traité") and a "previous" or "in
 * force" word after the noun ("el acuerdo anterior", "el convenio vigente"); null when there are none.
 */
function describedAs(input: LinkInput, o: TreatyMention, from: number): string | null {
  if (!o.noun || o.kind === 'name' || o.kind === 'named' || o.end <= o.start) return null;
  const { text, folded, lexicon: lex } = input;
  let start = o.start;
  for (let k = 0; k < 3; k++) {
    const w = wordBeforeSpace(text, Math.max(from, start - 30), start);
    if (!w || !LOWERCASE_START.test(text.slice(w.start, w.end))) break;
    const word = folded.slice(w.start, w.end);
    if (
      lex.determinersBefore.includes(word) ||
      lex.grammar.articles.includes(word) ||
      lex.indefinite.includes(word) ||
      lex.grammar.isVerbish(word, undefined) ||
      nounOf(lex, word)
    )
      break;
    start = w.start;
  }
  let end = o.end;
  const prev = WORD_AFTER.exec(folded.slice(o.end, o.end + 24));
  if (prev && (lex.previous.includes(prev[1]!) || lex.inForce.includes(prev[1]!))) end += prev[0].length;
  return start < o.start || end > o.end ? text.slice(start, end) : null;
}

/**
 * The treaty last named in a sentence that signs a treaty, before `before`, where the treaty in focus was last named
 * after that sentence in one that signs none; null otherwise.
 */
function signedAntecedent(
  input: LinkInput,
  mentions: readonly TreatyMention[],
  before: number,
  focus: string | null,
): string | null {
  if (!focus) return null;
  const signs = (si: number) => input.signingTriggers.some((t) => t.sentence === si);
  let signed: TreatyMention | null = null;
  let focusLast: TreatyMention | null = null;
  for (const mm of mentions) {
    if (mm.start >= before) break;
    if (!mm.treatyId || mm.replacedObject) continue;
    if (mm.treatyId === focus) focusLast = mm;
    if (signs(mm.sentence)) signed = mm;
  }
  if (!signed || !focusLast || signed.treatyId === focus) return null;
  return focusLast.sentence > signed.sentence && !signs(focusLast.sentence) ? signed.treatyId : null;
}

/** Whether "new" stands before or after a mention ("the new treaty", "el acuerdo nuevo"). */
function saysNew(c: TreatyPatterns, folded: string, sentStart: number, m: TreatyMention): boolean {
  return (
    c.newBefore.test(folded.slice(Math.max(sentStart, m.start - 12), m.start)) ||
    c.newAfter.test(folded.slice(m.end, m.end + 8))
  );
}

/** The year a treaty was signed, by its record or the gazetteer; 0 when unknown. */
function knownSignedYear(treaties: Map<string, TreatyRecord>, gazetteer: Gazetteer, id: string): number {
  return Number((treaties.get(id)?.gazetteer?.signed ?? gazetteer.treaties.get(id)?.signed ?? '0').slice(0, 4));
}
