/**
 * Treaty mentions: gazetteer names, unknown named treaties ("the Minsk Protocol", "Tratado de X"),
 * descriptive ones ("the 1961 treaty", "perjanjian tahun 1961 dan 2000-2001"), references ("the
 * pact", "perjanjian tersebut"), resolved against the gazetteer and the article's focus; and
 * supersession from each language's replace verbs, typed by basis.
 */
import type { ReplacesBasis } from '../domain/extraction';
import type { Gazetteer, GazetteerTreaty } from './gazetteer';
import type { Lexicon, TreatyNoun } from './lexicons';
import type { ActorMention, TreatyNameMatch } from './recognize-actors';
import type { DateMention } from './resolve-dates';
import type { Sentence } from './split-sentences';
import { nameKeys } from './fold-text';
import { foldedNames, matchKnownNames, signedParts, signedYear, treatyNameKeys } from './known-treaties';
import { nominativeName } from './nominative-name';
import { toSlug } from './slug';
import type { StageInput } from './stage-input';
import { orNever } from './patterns';

export type TreatyMentionKind = 'name' | 'named' | 'descriptive' | 'previous' | 'reference' | 'bare' | 'indefinite';

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
}

export interface TreatyRecord {
  id: string;
  name: string;
  kind: string | null;
  gazetteer: GazetteerTreaty | null;
  replaces: { id: string; basis: ReplacesBasis }[];
  /** Treaties named in the text but not emitted on their own (a declaration covered by "2000-2001"). */
  emitted: boolean;
  /** Other names it goes by that the text implies: "Бишкекский протокол" for "Бишкекский протокол о прекращении огня". */
  aliases?: string[];
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
}

interface Compiled {
  nouns: RegExp;
  replace: { re: RegExp; basis: ReplacesBasis; passive: boolean; cease: boolean; requires: RegExp | null }[];
  notReplace: RegExp;
  negation: RegExp;
  /** What runs from a treaty noun through its signing participle to a year: "firmado por la URSS ... en". */
  signedIn: RegExp | null;
  yearOfGap: RegExp | null;
  yearWhenGap: RegExp | null;
  andYear: RegExp;
  participleEnding: RegExp;
  newBefore: RegExp;
  newAfter: RegExp;
  leadingArticle: RegExp;
  appositionGap: RegExp;
}
const COMPILED = new Map<Lexicon, Compiled>();

function esc(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function compile(lex: Lexicon): Compiled {
  let c = COMPILED.get(lex);
  if (c) return c;
  const g = lex.grammar;
  const nounAlt = [...lex.treatyNouns]
    .sort((a, b) => b.form.length - a.form.length)
    .map((n) => (n.stem ? `${esc(n.form)}\\p{L}*` : esc(n.form)))
    .join('|');
  c = {
    nouns: new RegExp(`(?:${nounAlt})(?![\\p{L}\\p{N}])`, 'gu'),
    replace: lex.replace.map((r) => ({
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${r.pattern})(?![\\p{L}\\p{N}])`, 'gu'),
      basis: r.basis,
      passive: !!r.passive,
      cease: !!r.cease,
      requires: r.requires ? new RegExp(r.requires, 'u') : null,
    })),
    notReplace: new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.notReplace.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
    negation: new RegExp(`(?<![\\p{L}\\p{N}])(?:${lex.negation.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
    signedIn: lex.signedParticiple
      ? new RegExp(
          `^[^.;:()!?]{0,80}?(?<![\\p{L}])${lex.signedParticiple}(?![\\p{L}])[^.;:()!?]*?(?<![\\p{L}])(?:${lex.grammar.signedInYear})$`,
          'u',
        )
      : null,
    yearOfGap: g.yearOfGap ? new RegExp(g.yearOfGap, 'u') : null,
    yearWhenGap: g.yearWhenGap ? new RegExp(g.yearWhenGap, 'u') : null,
    andYear: new RegExp(`^\\s*(?:${g.andYear})\\s*$`, 'u'),
    participleEnding: new RegExp(orNever(g.participleEnding), 'u'),
    newBefore: new RegExp(`(?:^|[^\\p{L}])(?:${orNever(g.newBefore)})\\s+$`, 'u'),
    newAfter: new RegExp(`^\\s+(?:${orNever(g.newAfter)})(?![\\p{L}])`, 'u'),
    leadingArticle: new RegExp(`^(?:${orNever(g.articles.join('|'))})\\s+`, 'i'),
    appositionGap: new RegExp(`[(,;:]|\\s(?:${g.orWords})\\s`, 'u'),
  };
  COMPILED.set(lex, c);
  return c;
}

function nounOf(lex: Lexicon, word: string): TreatyNoun | null {
  for (const n of lex.treatyNouns) if (n.stem ? word.startsWith(n.form) : word === n.form) return n;
  return null;
}

const CAP = /^\p{Lu}/u;
const SUCCESSOR_OF: Record<string, string> = {};

/**
 * An unknown name whose words are all in a longer unknown name of the same text is that treaty
 * written short: "договор о гарантиях безопасности" in the headline, "Договор о гарантиях
 * безопасности в рамках Союзного государства" in the text. Named mentions are few per article.
 */
function longerNames(mentions: TreatyMention[], text: string): Map<TreatyMention, TreatyMention> {
  const named = mentions
    .filter((mm) => mm.kind === 'named')
    .map((mm) => ({ mm, keys: new Set(nameKeys(text.slice(mm.start, mm.end))) }));
  const out = new Map<TreatyMention, TreatyMention>();
  for (const a of named) {
    if (a.keys.size < 3) continue;
    let best: { mm: TreatyMention; keys: Set<string> } | null = null;
    for (const b of named) {
      if (b.keys.size <= a.keys.size || (best && b.keys.size <= best.keys.size)) continue;
      let all = true;
      for (const k of a.keys)
        if (!b.keys.has(k)) {
          all = false;
          break;
        }
      if (all) best = b;
    }
    if (best) out.set(a.mm, best.mm);
  }
  return out;
}

function sentenceIndex(sentences: Sentence[], offset: number): number {
  for (const s of sentences) if (offset >= s.start && offset < s.end) return s.index;
  return sentences.length - 1;
}

function lastWord(s: string): string {
  const m = /([\p{L}]+)[^\p{L}]*$/u.exec(s);
  return m ? m[1]! : '';
}

/** Finds, resolves and relates the treaty mentions of a text. */
export function linkTreaties(input: LinkInput): LinkedTreaties {
  const { text, folded, lexicon: lex, sentences, dates, gazetteer, articleCountries } = input;
  const c = compile(lex);
  const g = lex.grammar;
  const mentions: TreatyMention[] = [];
  const covered = (s: number, e: number) =>
    input.treatyMatches.some((t) => s < t.end && t.start < e) ||
    input.actorMentions.some((a) => s < a.end && a.start < e);

  for (const t of input.treatyMatches) {
    mentions.push({
      kind: 'name',
      start: t.start,
      end: t.end,
      sentence: sentenceIndex(sentences, t.start),
      treatyId: t.treatyId,
      also: [],
      noun: null,
      years: null,
      dateSpans: [],
      replacedObject: false,
    });
  }

  const connectors = new Set(lex.connectors);
  c.nouns.lastIndex = 0;
  let m: RegExpExecArray | null;
  const claimed: { start: number; end: number }[] = [];
  // each loop body below is a function of its own: V8 optimises several small functions far sooner than one large one
  // 1. an unknown named treaty: capitalized words around a capitalized noun, or a Russian "о ..." phrase after it
  const nameExtent = (
    m: RegExpExecArray,
    si: number,
    nStart: number,
    nEnd: number,
    nounCap: boolean,
    atSentenceStart: boolean,
  ): [number, number] => {
    const sent = sentences[si]!;
    let nameStart = nStart;
    let nameEnd = nEnd;
    const titleCase = (() => {
      const ws = text
        .slice(sent.start, sent.end)
        .split(/\s+/)
        .filter((w) => /^\p{L}/u.test(w));
      return (
        ws.length >= 4 &&
        !/[.!?:;]["”»)]?$/.test(text.slice(sent.start, sent.end)) &&
        ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length > 0.6
      );
    })();
    if (nounCap && !titleCase) {
      // left: capitalized words ("Minsk Protocol", "Кэмп-Дэвидские соглашения")
      const left = /((?:\p{Lu}[\p{L}-]*\s+){1,6})$/u.exec(text.slice(Math.max(sent.start, nStart - 80), nStart));
      if (left && !atSentenceStart && g.namePrecedesNoun) {
        const words = left[1]!.trim().split(/\s+/);
        const firstWordStart = nStart - left[1]!.length;
        if (!(
          firstWordStart === sent.start &&
          words.length === 1 &&
          lex.determinersBefore.includes(words[0]!.toLowerCase())
        ))
          nameStart = firstWordStart;
        while (
          nameStart < nStart &&
          lex.determinersBefore.includes(text.slice(nameStart, text.indexOf(' ', nameStart)).toLowerCase())
        )
          nameStart = text.indexOf(' ', nameStart) + 1;
        // "в Екатеринбурге Договор о ...", "in Washington Treaty": a place or an actor before the noun is not part of its name
        for (const x of [...(input.places ?? []), ...input.actorMentions])
          if (x.start >= nameStart && x.start < nStart && x.end <= nStart)
            nameStart = Math.max(nameStart, x.end + (/^\s+/.exec(text.slice(x.end, nStart))?.[0].length ?? 0));
        // "подписали в Екатеринбурге Договор": a capitalized word after a locative preposition is where, not the name
        while (
          nameStart < nStart &&
          lex.locative.includes(lastWord(folded.slice(Math.max(sent.start, nameStart - 12), nameStart)) ?? '')
        ) {
          const sp = text.indexOf(' ', nameStart);
          if (sp < 0 || sp >= nStart) break;
          nameStart = sp + 1;
        }
      }
      // right: (connector)* Capitalized words
      let p = nEnd;
      for (;;) {
        const r = /^(,?\s+(?:(?:\p{Ll}{1,10}|,)\s+){0,2})(\p{Lu}[\p{L}\-']*)/u.exec(
          text.slice(p, Math.min(sent.end, p + 60)),
        );
        if (!r) break;
        const conn = r[1]!.trim().split(/\s+/).filter(Boolean);
        if (!conn.every((w) => w === ',' || connectors.has(w.toLowerCase()))) break;
        if (conn.includes(',') && !g.commaInNames) break;
        const wordAt = p + r[1]!.length;
        // "Perjanjian Kerja Sama Maritim di Hanoi": where it was signed is not part of its name
        if (input.places?.some((pl) => pl.start === wordAt) && conn.some((w) => lex.locative.includes(w.toLowerCase())))
          break;
        // "el Tratado del Canal y el Tratado de Neutralidad": two names
        if (nounOf(lex, folded.slice(wordAt, wordAt + r[2]!.length))) break;
        const actor = input.actorMentions.find((a) => a.start === wordAt);
        // "its Mutual Defense Treaty with Washington": the partner, not part of the name
        if (actor && conn.some((w) => g.partnerWords.includes(w.toLowerCase()))) break;
        if (actor) {
          p = actor.end;
          nameEnd = p;
          continue;
        }
        if (covered(wordAt, p + r[0].length)) break;
        p += r[0].length;
        nameEnd = p;
      }
    }
    // a lowercase "соглашение о ..." names an agreement only where the sentence signs, ratifies or ends one
    const actHere = input.signingTriggers.some((t) => t.sentence === si) || input.signingDates.has(si);
    // "Договор о дружбе ... между РФ и КНДР": words after the noun that the language's grammar makes part of the name
    if (g.nameAfterNoun && nameEnd === nEnd && (nounCap ? !atSentenceStart || actHere : actHere)) {
      const end = g.nameAfterNoun({
        text,
        nounEnd: nEnd,
        sentenceEnd: sent.end,
        noun: m[0],
        actorEndAt: (p) => input.actorMentions.find((a) => a.start === p)?.end ?? null,
      });
      if (end > nEnd) nameEnd = end;
    }
    // "Бишкекский протокол", "Минские соглашения": a place adjective before a lowercase noun
    // (like the words after the noun, only where the sentence signs, ratifies or ends one)
    if (g.placeAdjectiveBefore && !nounCap && nameStart === nStart && actHere) {
      const adj = g.placeAdjectiveBefore(text.slice(Math.max(sent.start, nStart - 40), nStart));
      if (adj > 0) nameStart = nStart - adj;
    }
    return [nameStart, nameEnd];
  };
  // 2. descriptive with a year: "perjanjian tahun 1961", "the 1961 treaty", "договор 1961 года"
  const describingDate = (
    si: number,
    nStart: number,
    nEnd: number,
  ): { desc: DateMention | null; byParticiple: boolean } => {
    const sent = sentences[si]!;
    const windowDates = dates.filter(
      (d) => d.value && d.hasYear && d.start >= nEnd && d.start - nEnd < 70 && d.start < sent.end,
    );
    let desc: DateMention | null = null;
    for (const d of windowDates) {
      const gap = folded.slice(nEnd, d.start);
      if (/[.,;:!?()"“”«»]/.test(gap)) break;
      // "the treaty of 1961" is which, "the treaty in 1979" when (the lexicon's yearOfGap);
      // "договор 1961 года" is which, "договору в 1935 году" when (yearWhenGap)
      if (c.yearOfGap && !c.yearOfGap.test(gap)) break;
      if (c.yearWhenGap?.test(` ${gap} `)) break;
      const words = gap.split(/[^\p{L}]+/u).filter(Boolean);
      if (words.length > 6) break;
      const verbish = words.some((w, i) => g.isVerbish(w, words[i - 1]));
      if (verbish) break;
      desc = d;
      break;
    }
    // "el tratado de amistad firmado por la URSS y Corea del Norte en 1961", "the treaty signed in Moscow in 1961": which treaty
    let byParticiple = false;
    if (!desc && c.signedIn) {
      const tail = folded.slice(nEnd, Math.min(sent.end, nEnd + 110));
      const pm = c.signedIn;
      const d = dates.find(
        (x) =>
          x.value &&
          x.hasYear &&
          x.start >= nEnd &&
          x.start < sent.end &&
          x.start - nEnd <= 110 &&
          pm.test(folded.slice(nEnd, x.start)),
      );
      // the participle must describe this noun, not another one after a verb ("El acuerdo sustituye al tratado ... firmado en 2000")
      const pAt = d
        ? (new RegExp(`(?<![\\p{L}])${lex.signedParticiple}(?![\\p{L}])`, 'u').exec(folded.slice(nEnd, d.start))
            ?.index ?? 0)
        : 0;
      if (
        d &&
        !/[.;:()!?]/.test(tail.slice(0, d.start - nEnd)) &&
        !lex.treatyNouns.some((n) => new RegExp(`(?<![\\p{L}])${n.form}`, 'u').test(folded.slice(nEnd, nEnd + pAt)))
      ) {
        desc = d;
        byParticiple = true;
      }
    }
    if (!desc) {
      const before = dates.find(
        (d) =>
          d.value &&
          d.hasYear &&
          d.end <= nStart &&
          nStart - d.end <= 25 &&
          !/[.;,:]/.test(folded.slice(d.end, nStart)) &&
          folded.slice(d.end, nStart).split(/\s+/).filter(Boolean).length <= 2,
      );
      // "the 1961 treaty" is English word order; elsewhere a year before the noun is when, not which
      if (before && g.yearBeforeNoun) desc = before;
    }
    return { desc, byParticiple };
  };
  const linkNoun = (m: RegExpExecArray): void => {
    const nStart = m.index;
    const nEnd = nStart + m[0].length;
    if (nStart > 0 && /[\p{L}\p{N}]/u.test(folded.charAt(nStart - 1))) {
      c.nouns.lastIndex = nStart + 1;
      return;
    }
    if (covered(nStart, nEnd) || claimed.some((x) => nStart < x.end && x.start < nEnd)) return;
    const noun = nounOf(lex, m[0]);
    if (!noun) return;
    const si = sentenceIndex(sentences, nStart);
    const sent = sentences[si]!;
    const nounCap = CAP.test(text.charAt(nStart));
    const atSentenceStart = text.slice(sent.start, nStart).trim() === '';
    // 1. unknown named treaty: capitalized words around a capitalized noun
    const [nameStart, nameEnd] = nameExtent(m, si, nStart, nEnd, nounCap, atSentenceStart);
    if (nameStart < nStart || nameEnd > nEnd) {
      mentions.push({
        kind: 'named',
        start: nameStart,
        end: nameEnd,
        sentence: si,
        treatyId: null,
        also: [],
        noun,
        years: null,
        dateSpans: [],
        replacedObject: false,
      });
      claimed.push({ start: nameStart, end: nameEnd });
      return;
    }
    // 2. descriptive with a year: "perjanjian tahun 1961", "the 1961 treaty", "договор 1961 года"
    const { desc, byParticiple } = describingDate(si, nStart, nEnd);
    const wordsBefore = folded
      .slice(Math.max(sent.start, nStart - 40), nStart)
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    const wordsAfter = folded
      .slice(nEnd, Math.min(sent.end, nEnd + 40))
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    const prevWord = wordsBefore[wordsBefore.length - 1] ?? '';
    const nextWord = wordsAfter[0] ?? '';
    const isPrevious = lex.previous.some(
      (w) => wordsBefore.slice(-3).includes(w) || wordsAfter.slice(0, 2).includes(w),
    );
    if (desc) {
      const y1 = desc.value!.year;
      const y2 = desc.endValue?.year ?? y1;
      // a participle clause is not part of the name: the mention stays on the noun ("los acuerdos de Minsk", firmados en 2014)
      const end = byParticiple ? nEnd : Math.max(nEnd, desc.end);
      const start = byParticiple ? nStart : Math.min(nStart, desc.start);
      mentions.push({
        kind: 'descriptive',
        start,
        end,
        sentence: si,
        treatyId: null,
        also: [],
        noun,
        years: [y1, y2],
        dateSpans: [{ start: desc.start, end: desc.end }],
        replacedObject: false,
      });
      claimed.push({ start, end });
      // "perjanjian tahun 1961 dan 2000-2001": a second year after "and" names another treaty
      const next = dates.find(
        (d) =>
          d.value &&
          d.start > desc!.end &&
          d.start - desc!.end < 12 &&
          c.andYear.test(folded.slice(desc!.end, d.start)),
      );
      if (next) {
        mentions.push({
          kind: 'descriptive',
          start: next.start,
          end: next.end,
          sentence: si,
          treatyId: null,
          also: [],
          noun,
          years: [next.value!.year, next.endValue?.year ?? next.value!.year],
          dateSpans: [{ start: next.start, end: next.end }],
          replacedObject: false,
        });
        claimed.push({ start: next.start, end: next.end });
      }
      return;
    }
    if (isPrevious) {
      mentions.push({
        kind: 'previous',
        start: nStart,
        end: nEnd,
        sentence: si,
        treatyId: null,
        also: [],
        noun,
        years: null,
        dateSpans: [],
        replacedObject: false,
      });
      return;
    }
    const isIndef =
      lex.indefinite.includes(prevWord) ||
      (lex.indefinite.includes(wordsBefore[wordsBefore.length - 2] ?? '') &&
        /^\p{Ll}/u.test(prevWord) &&
        !lex.determinersBefore.includes(prevWord));
    const isRef =
      lex.determinersBefore.includes(prevWord) ||
      lex.determinersAfter.includes(nextWord) ||
      (nounCap && !atSentenceStart) ||
      (nounCap && atSentenceStart && g.capitalNounIsReference);
    const generic =
      noun.kind === 'partnership' ||
      noun.kind === 'declaration' ||
      noun.kind === 'charter' ||
      (noun.kind === 'agreement' && g.genericAgreementForms.includes(m[0]));
    if (!isIndef && !isRef && (generic || (!input.signingDates.has(si) && !g.bareNounRefers))) return;
    if (generic && !isRef) return;
    // "menandatangani perjanjian ekstradisi": Indonesian has no article; a noun signed right away with what it is about is a new agreement
    const signedNew =
      g.unmarkedNewAgreement &&
      !isIndef &&
      !isRef &&
      !nounCap &&
      input.signingTriggers.some((t) => t.sentence === si && t.end <= nStart && nStart - t.end <= 2) &&
      /^\s+\p{Ll}{4,}(?![\p{L}])/u.test(text.slice(nEnd, nEnd + 24)) &&
      !connectors.has(nextWord) &&
      !lex.determinersAfter.includes(nextWord) &&
      !g.isVerbish(nextWord, undefined);
    mentions.push({
      kind: isIndef || signedNew ? 'indefinite' : isRef ? 'reference' : 'bare',
      start: nStart,
      end: nEnd,
      sentence: si,
      treatyId: null,
      also: [],
      noun,
      years: null,
      dateSpans: [],
      replacedObject: false,
    });
  };
  while ((m = c.nouns.exec(folded)) !== null) linkNoun(m);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  linkAppositions(mentions, folded, lex);
  // unknown names close to a known one ("советско-корейского Договора о дружбе, сотрудничестве и взаимной помощи")
  const mentionedParty = (id: string) =>
    articleCountries.has(id) ||
    (id === 'country:SU' && articleCountries.has('country:RU')) ||
    (id === 'country:RU' && articleCountries.has('country:SU'));
  matchKnownNames(mentions, text, treatyNameKeys(gazetteer), (id) => {
    const parties = gazetteer.treaties.get(id)?.parties ?? [];
    return parties.length === 0 || parties.some(mentionedParty);
  });

  // resolution, in text order, keeping the article's focus treaty
  const treaties = new Map<string, TreatyRecord>();
  const ensure = (id: string, name?: string, kind?: string | null): TreatyRecord => {
    let r = treaties.get(id);
    if (!r) {
      const g = gazetteer.treaties.get(id) ?? null;
      r = { id, name: g?.name ?? name ?? id, kind: g?.kind ?? kind ?? null, gazetteer: g, replaces: [], emitted: true };
      treaties.set(id, r);
    }
    return r;
  };
  const sameParty = mentionedParty;
  const inLineageOf = (t: GazetteerTreaty, subject: string | null): boolean => {
    const subj = subject ? gazetteer.treaties.get(subject) : undefined;
    return !!(subj?.replaces?.some((r) => r.id === t.id) || subj?.related?.includes(t.id));
  };
  const scoreCandidate = (
    t: GazetteerTreaty,
    ctxWords: string[],
    noun: TreatyNoun | null,
    subject: string | null,
  ): number => {
    let s = 0;
    if (inLineageOf(t, subject)) s += 10;
    const overlap = t.parties.filter(sameParty).length;
    s += overlap >= 2 || (overlap === 1 && t.parties.length === 1) ? 4 : overlap;
    const names = foldedNames(t);
    for (const w of ctxWords) if (w.length > 3 && names.includes(w)) s += 1;
    if (noun && t.kind === noun.kind) s += 1;
    if (treaties.has(t.id)) s += 6;
    return s;
  };
  const byYears = (y1: number, y2: number) =>
    gazetteer.data.treaties.filter((t) => {
      const y = signedYear(t);
      return y >= y1 && y <= y2;
    });

  let focus: string | null = null;
  const subjectSet = new Set<number>();
  const replaceSubjects = new Map<number, string | null>();
  // mark objects of replace verbs first, so that they do not become the focus
  const replaceAt = findReplaceVerbs(c, folded, sentences);
  markReplacedObjects(replaceAt, mentions);
  // an unknown name as the treaty is called: without its article, in the nominative
  const namedName = (mm: TreatyMention): string =>
    nominativeName(text.slice(mm.start, mm.end).replace(c.leadingArticle, ''), lex);
  const longerName = longerNames(mentions, text);
  const nextNamed = (from: number): string | null => {
    for (const mm of mentions) if (mm.start > from && !mm.replacedObject && mm.kind === 'name') return mm.treatyId;
    for (const mm of mentions)
      if (mm.start > from && !mm.replacedObject && mm.kind === 'named') return `treaty:${toSlug(namedName(mm))}`;
    return null;
  };
  const focusAt = new Map<number, string | null>();
  // "the 1961 treaty": the known treaty of those years that the sentence fits best, else a new one
  const resolveDescriptive = (mm: TreatyMention, ctxWords: string[], subject: string | null): void => {
    const [y1, y2] = mm.years!;
    const cands = byYears(y1, y2)
      .map((t) => ({ t, s: scoreCandidate(t, ctxWords, mm.noun, subject) }))
      .filter((x) => x.s >= 4)
      .sort((a, b) => b.s - a.s || (a.t.signed ?? '').localeCompare(b.t.signed ?? ''));
    if (cands.length) {
      const top = cands[0]!.s;
      const inLineage = cands.filter((x) => inLineageOf(x.t, subject));
      const chosen = inLineage.length ? inLineage : cands.filter((x) => x.s === top).slice(0, 1);
      const kindMatch = chosen.filter(
        (x) =>
          !mm.noun ||
          x.t.kind === mm.noun.kind ||
          mm.noun.kind === 'agreement' ||
          (mm.noun.kind === 'treaty' && x.t.kind !== 'declaration'),
      );
      const primary = (kindMatch[0] ?? chosen[0])!.t;
      mm.treatyId = primary.id;
      mm.also = chosen.map((x) => x.t.id).filter((id) => id !== primary.id);
      ensure(primary.id);
      for (const id of mm.also) ensure(id).emitted = false;
    } else {
      const kind = mm.noun?.kind ?? 'treaty';
      const label = `${kind.charAt(0).toUpperCase()}${kind.slice(1)} (${y1 === y2 ? y1 : `${y1}–${y2}`})`;
      mm.treatyId = `treaty:${toSlug(`${kind}-${y1}${y1 === y2 ? '' : `-${y2}`}`)}`;
      ensure(mm.treatyId, label, kind);
    }
  };
  // "the treaty", "el acuerdo": the treaty signed on the sentence's signing date, the focus, or the next one named
  const resolveReference = (mm: TreatyMention): void => {
    // with a signing date in the sentence, a treaty signed that day (or year) among the known ones;
    // the subject of a replace verb is not the treaty signed in the clause describing its object
    const replaceHere = replaceAt.find((r) => r.sentence === mm.sentence);
    const sd = replaceHere && mm.start < replaceHere.at ? undefined : input.signingDates.get(mm.sentence);
    let picked: string | null = null;
    if (sd && (mm.kind === 'bare' || !focus || g.referenceBySigningDate)) {
      const cands = gazetteer.data.treaties.filter((t) => {
        if (!t.signed) return false;
        const [y, mo, d] = signedParts(t);
        if (y !== sd.year) return false;
        if (sd.month !== null && mo !== sd.month) return false;
        if (sd.day !== null && d !== sd.day) return false;
        return focus
          ? treaties.has(t.id)
          : treaties.has(t.id) || t.parties.filter(sameParty).length >= Math.min(2, t.parties.length);
      });
      const ranked = cands.sort(
        (a, b) =>
          Number(treaties.has(b.id)) - Number(treaties.has(a.id)) ||
          b.parties.filter(sameParty).length - a.parties.filter(sameParty).length,
      );
      if (ranked.length) picked = ranked[0]!.id;
    }
    // "las declaraciones", "the agreements": several treaties, not the one the text is about
    const written = folded.slice(mm.start, mm.end);
    const plural =
      lex.treatyNouns.some((n) => written !== n.form && written.startsWith(n.form) && /s$/u.test(written)) ||
      g.pluralNouns.includes(written);
    mm.treatyId = picked ?? (plural ? null : (focus ?? nextNamed(mm.end)));
    if (mm.treatyId && gazetteer.treaties.has(mm.treatyId)) ensure(mm.treatyId);
  };
  // an indefinite treaty noun after a signing verb: a known treaty that fits, or a new one
  const resolveIndefinite = (mm: TreatyMention): void => {
    // "firmaron un memorando trilateral": a new agreement, named by what it is and when
    // "signed a protocol", "a protocol signed in Mexico City on 10 December 2019": the date of that verb, not of the sentence's first one
    const beforeNoun = input.signingTriggers.filter(
      (t) =>
        t.sentence === mm.sentence &&
        mm.start >= t.end &&
        mm.start - t.end < 60 &&
        !/[.;:!?]/.test(folded.slice(t.end, mm.start)),
    );
    const participle = input.signingTriggers.find(
      (t) => t.sentence === mm.sentence && t.start >= mm.end && t.start - mm.end <= 3,
    );
    const ownVerb = participle ?? beforeNoun[beforeNoun.length - 1];
    const sd = ownVerb?.date ?? input.signingDates.get(mm.sentence);
    const after = beforeNoun.length > 0 || !!participle;
    if (sd && after && mm.noun) {
      // "Reagan and Gorbachev signed a treaty" (1987): the known treaty of that year between the article's
      // parties, when exactly one fits; several fit: no new treaty either
      const here = new Set<string>();
      for (const am of input.actorMentions) {
        if (am.sentence !== mm.sentence) continue;
        const a = gazetteer.actors.get(am.actorId);
        if (a?.kind === 'country') here.add(a.id);
        else if (a?.kind === 'person' && a.offices?.[0]?.of) here.add(a.offices[0].of);
      }
      // a protocol, memorandum or declaration is not the treaty it comes with
      const loose = ['treaty', 'agreement', 'pact', 'accord', 'partnership'];
      const nounKind = mm.noun.kind;
      const fits = gazetteer.data.treaties.filter(
        (t) =>
          t.signed?.slice(0, 4) === String(sd.year) &&
          t.parties?.length &&
          (t.kind === nounKind || (loose.includes(nounKind) && loose.includes(t.kind))) &&
          t.parties.every((p) => input.articleCountries.has(p)) &&
          [...here].every((c) => t.parties!.includes(c)),
      );
      if (fits.length === 1) {
        mm.treatyId = fits[0]!.id;
        mm.kind = 'reference';
        ensure(mm.treatyId);
        return;
      }
      if (fits.length > 1) return;
      // "a similar pact": another agreement, not the one this verb signs
      if (g.similar.includes(lastWord(folded.slice(Math.max(0, mm.start - 20), mm.start)))) return;
      // "signed a defence pact on Monday. The Reciprocal Access Agreement was signed in Manila by ...": the agreement the next sentence names and signs
      const namedNext = loose.includes(nounKind)
        ? mentions.find(
            (x) =>
              x.kind === 'named' &&
              !x.replacedObject &&
              x.sentence === mm.sentence + 1 &&
              !!x.noun &&
              loose.includes(x.noun.kind) &&
              input.signingTriggers.some((t) => t.sentence === x.sentence),
          )
        : undefined;
      if (namedNext) {
        const name = namedName(longerName.get(namedNext) ?? namedNext);
        mm.treatyId = `treaty:${toSlug(name)}`;
        ensure(mm.treatyId, name.charAt(0).toUpperCase() + name.slice(1), namedNext.noun?.kind ?? null);
        mm.kind = 'reference';
        return;
      }
      const kind = mm.noun.kind;
      let end = mm.end;
      const adj = /^\s+(\p{Ll}{4,})(?![\p{L}])/u.exec(text.slice(mm.end, mm.end + 30));
      if (
        adj &&
        g.adjectiveAfterNoun &&
        !connectors.has(adj[1]!) &&
        !g.isVerbish(adj[1]!, undefined) &&
        !c.participleEnding.test(adj[1]!)
      )
        end = mm.end + adj[0].length;
      // "un tratado de extradición", "un acuerdo de cese al fuego bilateral y nacional": what it is about
      if (g.complementEnd && end === mm.end) end = g.complementEnd(text, end, sentences[mm.sentence]!.end);
      mm.end = end;
      mm.treatyId = `treaty:${toSlug(`${kind}-${sd.year}-${text.slice(mm.start, end)}`)}`;
      ensure(mm.treatyId, `${kind.charAt(0).toUpperCase()}${kind.slice(1)} (${sd.year})`, kind);
      mm.kind = 'bare';
    }
  };
  const resolveMention = (mm: TreatyMention): void => {
    if (!focusAt.has(mm.sentence)) focusAt.set(mm.sentence, focus);
    const aliasOf = (mm as TreatyMention & { aliasOf?: TreatyMention }).aliasOf;
    const ctxWords =
      mm.kind === 'descriptive'
        ? folded
            .slice(sentences[mm.sentence]!.start, sentences[mm.sentence]!.end)
            .split(/[^\p{L}]+/u)
            .filter(Boolean)
        : [];
    const replaceHere = replaceAt.find((r) => r.sentence === mm.sentence);
    const subject = replaceHere ? (replaceSubjects.get(mm.sentence) ?? focus) : null;
    switch (mm.kind) {
      case 'name':
        mm.treatyId = aliasOf?.treatyId ?? mm.treatyId;
        break;
      case 'named': {
        if (aliasOf?.treatyId) {
          mm.treatyId = aliasOf.treatyId;
          break;
        }
        const name = namedName(longerName.get(mm) ?? mm);
        mm.treatyId = `treaty:${toSlug(name)}`;
        const rec = ensure(mm.treatyId, name.charAt(0).toUpperCase() + name.slice(1), mm.noun?.kind ?? null);
        const short = lex.grammar.shortName?.(name) ?? null;
        if (short && !(rec.aliases ??= []).includes(short)) rec.aliases.push(short);
        break;
      }
      case 'descriptive':
        resolveDescriptive(mm, ctxWords, subject);
        break;
      case 'previous': {
        const base = focus ? gazetteer.treaties.get(focus) : undefined;
        const pred = base?.replaces?.[0]?.id ?? base?.related?.[0] ?? (focus ? SUCCESSOR_OF[focus] : undefined);
        if (pred) {
          mm.treatyId = pred;
          ensure(pred);
        }
        break;
      }
      case 'reference':
      case 'bare':
        resolveReference(mm);
        break;
      case 'indefinite':
        resolveIndefinite(mm);
        break;
    }
    // the focus is the treaty a sentence is about: its first name (the subject), not later objects
    // "It builds on the Canada–United States FTA": the object of amend/follow/build-on is background, not the new focus
    const relatedObject = c.notReplace.test(
      folded.slice(Math.max(sentences[mm.sentence]!.start, mm.start - 30), mm.start),
    );
    if (
      mm.treatyId &&
      (mm.kind === 'name' || mm.kind === 'named') &&
      !mm.replacedObject &&
      !relatedObject &&
      !subjectSet.has(mm.sentence)
    ) {
      focus = mm.treatyId;
      subjectSet.add(mm.sentence);
    }
    if (mm.treatyId && (mm.kind === 'reference' || mm.kind === 'bare') && !mm.replacedObject && !focus)
      focus = mm.treatyId;
    if (replaceHere && !mm.replacedObject && mm.treatyId && mm.start < replaceHere.at)
      replaceSubjects.set(mm.sentence, mm.treatyId);
    if (mm.treatyId && (mm.kind === 'name' || mm.kind === 'named')) ensure(mm.treatyId);
  };
  for (const mm of mentions) resolveMention(mm);

  // supersession
  const relateReplace = (r: ReplaceVerb): void => {
    const sent = sentences[r.sentence]!;
    const between = folded.slice(sent.start, sent.end);
    if (c.notReplace.test(folded.slice(r.at, r.end))) return;
    const inSent = mentions.filter((mm) => mm.sentence === r.sentence && mm.treatyId);
    const before = inSent.filter((mm) => mm.end <= r.at);
    const after = inSent.filter((mm) => mm.start >= r.end);
    let subject: string | null;
    let objects: TreatyMention[];
    if (r.cease) {
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
      subject = after[0]?.treatyId ?? null;
      objects = before.length ? [before[before.length - 1]!] : [];
      // "It was replaced by X": the treaty the text was about
      const about = focusAt.get(r.sentence) ?? null;
      if (!objects.length && about)
        objects = [
          {
            kind: 'name',
            start: sent.start,
            end: sent.start,
            sentence: r.sentence,
            treatyId: about,
            also: [],
            noun: null,
            years: null,
            dateSpans: [],
            replacedObject: true,
          },
        ];
    } else {
      const subjMention = before.length ? before[before.length - 1]! : null;
      subject = subjMention?.treatyId ?? null;
      // "El nuevo acuerdo reemplaza ...", "the new treaty replaces ...": the treaty the text names most, not the last one named
      const isNew = (m: TreatyMention) =>
        c.newBefore.test(folded.slice(Math.max(sent.start, m.start - 12), m.start)) ||
        c.newAfter.test(folded.slice(m.end, m.end + 8));
      if (subjMention && !subjMention.replacedObject && isNew(subjMention)) {
        // "the new agreement": the most recent treaty the text names (by its known signature), not the last one referred to
        const lost = new Set(after.map((o) => o.treatyId));
        const signedYear = (id: string) =>
          Number((treaties.get(id)?.gazetteer?.signed ?? gazetteer.treaties.get(id)?.signed ?? '0').slice(0, 4));
        const named = [
          ...new Set(
            mentions
              .filter((mm) => mm.treatyId && !lost.has(mm.treatyId) && (mm.kind === 'name' || mm.kind === 'named'))
              .map((mm) => mm.treatyId!),
          ),
        ];
        const newest = named.sort((a, b) => signedYear(b) - signedYear(a))[0];
        if (newest && signedYear(newest) > 0) subject = newest;
      }
      if (!subject) {
        // "It superseded ...", "Ini menggantikan ...": the treaty the text was about before this sentence
        subject = focusAt.get(r.sentence) ?? null;
        if (subject === null) {
          for (const mm of mentions) {
            if (mm.start >= sent.start) break;
            if (mm.treatyId && !mm.replacedObject && (mm.kind === 'name' || mm.kind === 'named')) subject = mm.treatyId;
          }
        }
      }
      objects = after;
    }
    void between;
    if (!subject) return;
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
        subj.replaces.push({ id, basis });
        ensure(id);
      }
    }
  };
  for (const r of replaceAt) relateReplace(r);
  // a treaty is emitted when some mention names it, alone or in a range ("deklarasi bersama tahun 2000-2001" is both declarations)
  // ("perjanjian tahun 1961 dan 2000-2001" names agreements: the declarations of those years stay lineage only)
  const sameKind = (mm: TreatyMention, id: string) =>
    mm.kind === 'descriptive' && !!mm.noun && gazetteer.treaties.get(id)?.kind === mm.noun.kind;
  const own = new Set(
    mentions.flatMap((mm) => (mm.treatyId ? [mm.treatyId, ...mm.also.filter((id) => sameKind(mm, id))] : [])),
  );
  for (const t of treaties.values()) t.emitted = own.has(t.id);
  return { mentions, treaties };
}

/** Apposition: "X (Russian: Y), or Z for short" — Y and Z name X. */
function linkAppositions(mentions: TreatyMention[], folded: string, lex: Lexicon): void {
  const c = compile(lex);
  const appo = new Set(lex.apposition);
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (
      a.sentence !== b.sentence ||
      !(a.kind === 'name' || a.kind === 'named') ||
      !(b.kind === 'name' || b.kind === 'named')
    )
      continue;
    const gap = folded.slice(a.end, b.start);
    if (gap.length > 60 || !c.appositionGap.test(gap)) continue;
    const words = gap
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .filter((w) => (lex.grammar.script === 'cyrillic') === /[\u0400-\u04ff]/.test(w));
    if (!words.every((w) => appo.has(w))) continue;
    // two different known treaties side by side are a list ("the 2000 Treaty of ..., the Pyongyang Declaration ..."), not one name
    if (
      a.kind === 'name' &&
      b.kind === 'name' &&
      a.treatyId &&
      b.treatyId &&
      a.treatyId !== b.treatyId &&
      words.every((w) => lex.grammar.articles.includes(w))
    )
      continue;
    // a known name on either side names both
    if (a.kind === 'named' && b.kind === 'name') {
      a.kind = 'name';
      a.treatyId = b.treatyId;
    } else (b as TreatyMention & { aliasOf?: TreatyMention }).aliasOf = a;
  }
}

/** A replace verb ("replaces", "was replaced by", "ceased to be in effect") and its sentence. */
interface ReplaceVerb {
  sentence: number;
  at: number;
  end: number;
  basis: ReplacesBasis;
  passive: boolean;
  cease: boolean;
}

/** The replace verbs of a text, not negated, each read once. */
function findReplaceVerbs(c: Compiled, folded: string, sentences: Sentence[]): ReplaceVerb[] {
  const replaceAt: ReplaceVerb[] = [];
  // cessations and passive forms first ("ceased to be in effect", "was replaced by"), so that a verb inside them is not read twice
  for (const r of [...c.replace].sort(
    (a, b) => Number(b.cease) - Number(a.cease) || Number(b.passive) - Number(a.passive),
  )) {
    r.re.lastIndex = 0;
    let rm: RegExpExecArray | null;
    while ((rm = r.re.exec(folded)) !== null) {
      const si = sentenceIndex(sentences, rm.index);
      const before = folded.slice(Math.max(sentences[si]!.start, rm.index - 25), rm.index);
      if (c.negation.test(before.split(/\s+/).slice(-3).join(' '))) continue;
      if (replaceAt.some((x) => rm!.index < x.end && x.at < rm!.index + rm![0].length)) continue;
      // "утрачивают силу" replaces only where the new treaty takes effect: "со дня вступления в силу нового договора"
      if (r.requires && !r.requires.test(folded.slice(sentences[si]!.start, sentences[si]!.end))) continue;
      replaceAt.push({
        sentence: si,
        at: rm.index,
        end: rm.index + rm[0].length,
        basis: r.basis,
        passive: r.passive,
        cease: r.cease,
      });
    }
  }
  return replaceAt;
}

/** The treaty mentions that are objects of a replace verb: what is replaced, or what loses force. */
function markReplacedObjects(replaceAt: ReplaceVerb[], mentions: TreatyMention[]): void {
  for (const r of replaceAt) {
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

/** Whether a folded text holds any of the language's treaty nouns ("Ambos tratados entraron en vigor"). */
export function hasTreatyNoun(folded: string, lex: Lexicon): boolean {
  const re = compile(lex).nouns;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m.index === 0 || !/[\p{L}\p{N}]/u.test(folded.charAt(m.index - 1))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

export { lastWord };
