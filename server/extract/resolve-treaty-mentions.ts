/**
 * Resolves treaty mentions against the gazetteer and each other, in text order, keeping the
 * treaty the article is about (its focus): a near name becomes the known treaty, "the 1961 treaty"
 * the known treaty of that year that fits the sentence, "the pact" the focus or the treaty signed
 * that day, "a treaty" signed here a known one or a new one.
 */
import type { Gazetteer, GazetteerTreaty } from './gazetteer';
import type { Lexicon, TreatyNoun } from './lexicons';
import type { LinkInput, TreatyMention, TreatyRecord } from './link-treaties';
import { foldText, nameKeys, tokenKey } from './fold-text';
import {
  foldedNames,
  matchKnownNames,
  signedParts,
  signedYear,
  treatyNameKeys,
  type PartiesInName,
} from './known-treaties';
import { nominativeName } from './nominative-name';
import { lastWord } from './patterns';
import { wordBeforeSpace, type ReplaceVerb } from './relate-replacements';
import { toSlug } from './slug';
import { nounOf, type TreatyPatterns } from './treaty-patterns';
import { plane } from './bmp-patterns';

// patterns of the functions below, compiled once here: a transpiler targeting Node writes a `\p{..}` literal as
// `new RegExp(..)`, which a function would then run on every call
const CAPITAL_START = plane(/^\p{Lu}/u);
const LOWER_WORD_AFTER = plane(/^\s+(\p{Ll}{4,})(?![\p{L}])/u);
const WORD_RUN = plane(/[\p{L}\p{N}]+/gu);
const LETTER_RUN = plane(/\p{L}+/gu);

/** A word after spaces: " signé". */
const NEXT_WORD = plane(/^\s+(\p{L}+)/u);
/** A state's abbreviation: "US", "UK". */
const ABBREVIATION = /^[A-Z]{2,3}$/u;
/** An acronym in brackets right after a name: " (ALECU)", " (CUSFTA)". */
const ACRONYM_AFTER = plane(/^\s?\((\p{Lu}[\p{Lu}\p{N}-]{1,10})\)/u);
/** An acronym in brackets inside a name, and the parties after it: "... (P3B) Indonesia-Singapura". */
const ACRONYM_INSIDE = plane(/\s\((\p{Lu}[\p{Lu}\p{N}-]{1,10})\)\s+(\p{Lu}\S*(?:\s\p{Lu}\S*){0,3})$/u);
/** An opening bracket after a noun: " (signed in 1975)". */
const OPEN_BRACKET = /^\s*\(/u;
/** A noun's clause: up to the next punctuation. */
const CLAUSE = /^[^,;:.!?()"“”«»]+/u;
/** The dashes that join the parties opening a name ("U.S.-Sri Lanka", "EU/Chile"). */
const PARTY_DASHES = /[-‐–/]/u;

/**
 * An unknown name whose words are all in a longer unknown name of the same text is that treaty
 * written short: "договор о гарантиях безопасности" in the headline, "Договор о гарантиях
 * безопасности в рамках Союзного государства" in the text. Named mentions are few per article.
 */
function longerNames(
  mentions: TreatyMention[],
  text: string,
  ownName: (name: string) => string | null,
  partnerName: (name: string) => { head: string; partner: string } | null,
  isNew: (at: number) => boolean,
  lex: Lexicon,
): Map<TreatyMention, TreatyMention> {
  const named = mentions
    .filter((mm) => mm.kind === 'named')
    .map((mm) => ({ mm, keys: new Set(nameKeys(text.slice(mm.start, mm.end))) }));
  const plain = plainKeys(lex);
  const telling = named.map((b) => tellingKeys(b.keys, plain, lex));
  const out = new Map<TreatyMention, TreatyMention>();
  // "the Timor Sea Treaty" is the "Timor Sea Treaty between A and B" named before, not "Treaty ... in the Timor Sea"
  const own = named.map((b) => {
    const o = ownName(text.slice(b.mm.start, b.mm.end));
    return o ? new Set(nameKeys(o)) : null;
  });
  // the names that a year after them tells apart ("Food Aid Convention| 1999"), without the year
  const undated = named.map((b) =>
    b.mm.yearFrom === undefined
      ? null
      : nameKeys(text.slice(b.mm.nameFrom ?? b.mm.start, b.mm.yearFrom))
          .sort()
          .join(' '),
  );
  for (const a of named) {
    // "la convention de Paris", the text naming "la Convention de Paris de 1919": the one treaty of that name with a
    // year (a treaty not replaced is no older one of its name: "the new Protocol replaces the Protocol of 1988")
    if (a.mm.yearFrom === undefined && undated.some((u) => u !== null)) {
      const keys = [...a.keys].sort().join(' ');
      const dated = named.filter(
        (b, k) => undated[k] === keys && (a.mm.replacedObject || !b.mm.replacedObject) && b.mm.years,
      );
      if (dated.length && dated.every((b) => b.mm.years![0] === dated[0]!.mm.years![0])) {
        out.set(a.mm, dated[0]!.mm);
        continue;
      }
    }
    const i = own.findIndex(
      (o, k) => o && named[k] !== a && o.size === a.keys.size && [...a.keys].every((x) => o.has(x)),
    );
    // "the Association Agreement" is the "EU-Chile Association Agreement" of the same text: its name after its parties
    const j =
      i >= 0 || a.mm.partiesEnd !== undefined
        ? -1
        : named.findIndex((b) => {
            // (the replaced "Association Agreement" is the "existing EU-Chile Association Agreement", not a new one)
            if (b.mm.partiesEnd === undefined || (b.mm.replacedObject !== a.mm.replacedObject && isNew(b.mm.start)))
              return false;
            const rest = nameKeys(text.slice(b.mm.partiesEnd, b.mm.end));
            return rest.length === a.keys.size && rest.every((x) => a.keys.has(x));
          });
    if (j >= 0) {
      out.set(a.mm, named[j]!.mm);
      continue;
    }
    if (i >= 0) {
      out.set(a.mm, named[i]!.mm);
      continue;
    }
    // "the Extradition Treaty with the Republic of Chile" is the "Extradition Treaty between the Government of A and
    // the Government of the Republic of Chile" of the same text: the same own name, and the partner among its parties
    const p = partnerName(text.slice(a.mm.start, a.mm.end));
    if (p) {
      const head = new Set(nameKeys(p.head));
      const partner = nameKeys(p.partner);
      const k = own.findIndex(
        (o, j) =>
          o &&
          named[j] !== a &&
          o.size === head.size &&
          [...head].every((x) => o.has(x)) &&
          partner.length > 0 &&
          partner.every((x) => named[j]!.keys.has(x)),
      );
      if (k >= 0) {
        out.set(a.mm, named[k]!.mm);
        continue;
      }
    }
    // "la Convención de Lomé" and "el Convenio Lomé", "... and the Republic of Chile" and "... and Republic of Chile":
    // names of one kind whose words differ only in function words and the noun are one treaty, written as the longer
    const ai = named.indexOf(a);
    const same = named.find(
      (b, k) =>
        b !== a &&
        b.mm.noun?.kind === a.mm.noun?.kind &&
        // (a replaced name is another treaty: a memorandum replaces the memorandum of the same words it renews)
        b.mm.replacedObject === a.mm.replacedObject &&
        !b.mm.holdsTreaty === !a.mm.holdsTreaty &&
        b.mm.end - b.mm.start >= a.mm.end - a.mm.start &&
        (b.mm.end - b.mm.start > a.mm.end - a.mm.start || k < ai) &&
        sameKeys(telling[k]!, telling[ai]!),
    );
    if (same) {
      out.set(a.mm, same.mm);
      continue;
    }
    // "el Acuerdo Global", the text naming "el Acuerdo Global Modernizado UE-México": a name of two words that open
    // the one longer name of the text is that treaty
    if (a.keys.size === 2 && telling[ai]!.size) {
      const written = nameKeys(text.slice(a.mm.start, a.mm.end));
      const opened = named.filter(
        (b) =>
          b !== a &&
          b.mm.replacedObject === a.mm.replacedObject &&
          b.keys.size > 2 &&
          startsWith(nameKeys(text.slice(b.mm.start, b.mm.end)), written),
      );
      if (opened.length === 1) {
        out.set(a.mm, opened[0]!.mm);
        continue;
      }
    }
    if (a.keys.size < 3) continue;
    let best: { mm: TreatyMention; keys: Set<string> } | null = null;
    for (const b of named) {
      // "Second Protocol Amending the Treaty on Extradition ...": the treaty a protocol's name holds is another one
      if (b.mm.holdsTreaty) continue;
      // "replaces the Memorandum of Understanding ... of 1985": the older treaty of the same name is another one
      if (b.mm.replacedObject !== a.mm.replacedObject) continue;
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
  // a short name of a name that is itself a short name is the longest one's
  for (const [a, b] of out) {
    let to = b;
    for (let n = 0; n < named.length && out.has(to) && out.get(to) !== a; n++) to = out.get(to)!;
    out.set(a, to);
  }
  return out;
}

const PLAIN_KEYS = new WeakMap<Lexicon, Set<string>>();

/** The keys of a language's function words (its stopwords), built once per lexicon. */
function plainKeys(lex: Lexicon): Set<string> {
  let keys = PLAIN_KEYS.get(lex);
  if (!keys) {
    keys = new Set(lex.stopwords.map(tokenKey));
    PLAIN_KEYS.set(lex, keys);
  }
  return keys;
}

/** The keys of a name that tell it apart: not its function words, not its treaty nouns. */
function tellingKeys(keys: Set<string>, plain: Set<string>, lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const k of keys) if (!plain.has(k) && !nounOf(lex, k)) out.add(k);
  return out;
}

function sameKeys(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
}

function startsWith(long: string[], short: string[]): boolean {
  return long.length > short.length && short.every((k, i) => long[i] === k);
}

/** The year a signing participle right after a description gives ("... signed in 2001", "... signé avec X en 1995"), or null. */
export function participleYear(input: LinkInput, c: TreatyPatterns, from: number, limit: number): number | null {
  if (!c.signedIn) return null;
  const d = input.dates.find(
    (x) =>
      x.value &&
      x.hasYear &&
      x.start >= from &&
      x.start < limit &&
      x.start - from <= 110 &&
      c.signedIn!.test(input.folded.slice(from, x.start)),
  );
  return d?.value?.year ?? null;
}

/** The treaties the mentions resolve to, how to add one, and the treaty each sentence was about. */
export interface Resolution {
  treaties: Map<string, TreatyRecord>;
  ensure: (id: string, name?: string, kind?: string | null) => TreatyRecord;
  focusAt: Map<number, string | null>;
}

/** Resolves every mention (setting its treatyId), in text order; replace verbs' objects never become the focus. */
export function resolveTreatyMentions(
  input: LinkInput,
  c: TreatyPatterns,
  mentions: TreatyMention[],
  replaceAt: ReplaceVerb[],
): Resolution {
  const { text, folded, lexicon: lex, sentences, gazetteer, articleCountries } = input;
  const g = lex.grammar;
  const connectors = new Set(lex.connectors);
  // "Договор между Российской Федерацией и Соединенными Штатами Америки о мерах ...": the known name without its parties
  const between = new Set(lex.between);
  const joins = new Set(g.conjunctions);

  // resolution, in text order, keeping the article's focus treaty
  const treaties = new Map<string, TreatyRecord>();

  let focus: string | null = null;
  const subjectSet = new Set<number>();
  const replaceSubjects = new Map<number, string | null>();
  const focusAt = new Map<number, string | null>();
  // the treaties named by their kind and states so far
  const partnered: { id: string; kind: string; ids: string[]; age: 'new' | 'old' | null }[] = [];
  // the steps are methods, not closures bound to names: tsx names each of those (keepNames) every time it is made
  const steps = {
    // unknown names close to a known one ("советско-корейского Договора о дружбе, сотрудничестве и взаимной помощи")
    mentionedParty(id: string) {
      return (
        articleCountries.has(id) ||
        (id === 'country:SU' && articleCountries.has('country:RU')) ||
        (id === 'country:RU' && articleCountries.has('country:SU'))
      );
    },
    /** Whether a treaty is between two states one of which the text never names while it names another one. */
    otherPair(parties: readonly string[]): boolean {
      return (
        parties.length === 2 &&
        !parties.every(steps.mentionedParty) &&
        [...articleCountries].some((id) => !parties.includes(id) && !steps.formerOf(id, parties))
      );
    },
    /** Whether a treaty has parties none of which the text names, while it names some state. */
    noneNamed(parties: readonly string[]): boolean {
      return parties.length > 0 && articleCountries.size > 0 && !parties.some(steps.mentionedParty);
    },
    /** Whether a state is the former or later form of one of the parties (the USSR for Russia, and back). */
    formerOf(id: string, parties: readonly string[]): boolean {
      return (
        (id === 'country:RU' && parties.includes('country:SU')) ||
        (id === 'country:SU' && parties.includes('country:RU'))
      );
    },
    withoutParties(mm: TreatyMention): PartiesInName | null {
      const inside = input.actorMentions.filter((a) => a.start >= mm.start && a.end <= mm.end);
      if (!inside.length) return null;
      let bare = '';
      let p = mm.start;
      for (const a of inside) {
        bare += `${folded.slice(p, a.start)} `;
        p = a.end;
      }
      bare += folded.slice(p, mm.end);
      const words = bare.split(/\s+/u).filter((w) => w && !between.has(w) && !joins.has(w));
      return { text: words.join(' '), parties: [...new Set(inside.map((a) => a.actorId))] };
    },
    sameState(p: string, q: string) {
      return p === q || (p === 'country:SU' && q === 'country:RU') || (p === 'country:RU' && q === 'country:SU');
    },
    partiesFit(id: string, named: string[]): boolean {
      const parties = gazetteer.treaties.get(id)?.parties ?? [];
      return named.every((n) => parties.some((p) => steps.sameState(p, n)));
    },
    ensure(id: string, name?: string, kind?: string | null, unnamed = false): TreatyRecord {
      let r = treaties.get(id);
      if (!r) {
        const g = gazetteer.treaties.get(id) ?? null;
        r = {
          id,
          name: g?.name ?? name ?? id,
          kind: g?.kind ?? kind ?? null,
          gazetteer: g,
          replaces: [],
          emitted: true,
          ...(unnamed && !g ? { unnamed: true as const } : {}),
        };
        treaties.set(id, r);
      }
      return r;
    },
    inLineageOf(t: GazetteerTreaty, subject: string | null): boolean {
      const subj = subject ? gazetteer.treaties.get(subject) : undefined;
      return !!(subj?.replaces?.some((r) => r.id === t.id) || subj?.related?.includes(t.id));
    },
    scoreCandidate(t: GazetteerTreaty, ctxWords: string[], noun: TreatyNoun | null, subject: string | null): number {
      let s = 0;
      if (steps.inLineageOf(t, subject)) s += 10;
      const overlap = t.parties.filter(steps.mentionedParty).length;
      s += overlap >= 2 || (overlap === 1 && t.parties.length === 1) ? 4 : overlap;
      const names = foldedNames(t);
      for (const w of ctxWords) if (w.length > 3 && names.includes(w)) s += 1;
      if (noun && t.kind === noun.kind) s += 1;
      if (treaties.has(t.id)) s += 6;
      return s;
    },
    byYears(y1: number, y2: number) {
      return gazetteer.data.treaties.filter((t) => {
        const y = signedYear(t);
        return y >= y1 && y <= y2;
      });
    },
    // an unknown name as the treaty is called: without its article, in the nominative
    namedName(mm: TreatyMention): string {
      const name = nominativeName(text.slice(mm.start, mm.end).replace(c.leadingArticle, ''), lex);
      // ("replaces the Fisheries Agreement signed on 2 November 2007": a name its signing participle dates takes the year)
      return mm.yearFrom === mm.end && mm.nameFrom === undefined && mm.years ? `${name} (${mm.years[0]})` : name;
    },
    // the words of a name up to its treaty noun, where words before the noun name it and its parties follow "between"
    ownName(name: string): string | null {
      const b = c.betweenWord.exec(name);
      if (!b) return null;
      const head = name.slice(0, b.index);
      const words = head.split(/\s+/u);
      return words.length >= 2 && words.some((w) => nounOf(lex, foldText(w))) && CAPITAL_START.test(words[0]!)
        ? head
        : null;
    },
    // "Extradition Treaty| with |the Republic of Chile": a name and its partner
    partnerName(name: string): { head: string; partner: string } | null {
      const w = c.partnerWord.exec(name);
      return w ? { head: name.slice(0, w.index), partner: name.slice(w.index + w[0].length) } : null;
    },
    nextNamed(from: number): string | null {
      for (const mm of mentions) if (mm.start > from && !mm.replacedObject && mm.kind === 'name') return mm.treatyId;
      for (const mm of mentions)
        if (mm.start > from && !mm.replacedObject && mm.kind === 'named')
          return `treaty:${toSlug(steps.namedName(mm))}`;
      return null;
    },
    /** The one treaty of a kind the text names with a year after its name ("el Convenio de Lugano (2007)"), or null. */
    datedNamed(kind: string, year: number): string | null {
      const ids = new Set(
        mentions
          .filter(
            (x) =>
              x.kind === 'named' &&
              !x.replacedObject &&
              x.yearFrom !== undefined &&
              x.noun?.kind === kind &&
              x.years?.[0] === year,
          )
          .map((x) => `treaty:${toSlug(steps.namedName(longerName.get(x) ?? x))}`),
      );
      return ids.size === 1 ? [...ids][0]! : null;
    },
    // "the 1961 treaty": the known treaty of those years that the sentence fits best, else a new one
    resolveDescriptive(mm: TreatyMention, ctxWords: string[], subject: string | null): void {
      const [y1, y2] = mm.years!;
      // "le traité du 22 janvier 1963": a month or day the text gives must be the known treaty's signature
      const span = mm.dateSpans[0];
      const said = span ? input.dates.find((d) => d.start === span.start)?.value : null;
      const cands = steps
        .byYears(y1, y2)
        .filter((t) => {
          // "the 2001 treaty" of a text about Russia and Iran is no Russian–Chinese treaty of that year: a known treaty
          // between two states, one of which the text never names while it names another, is not the one described
          // ("временное соглашение 2018 года" of a text about Iran is not the USMCA: none of its parties is named)
          if (steps.otherPair(t.parties) || steps.noneNamed(t.parties)) return false;
          if (!said || said.month === null || y1 !== y2) return true;
          const [, mo, d] = signedParts(t);
          return mo === said.month && (said.day === null || d === said.day);
        })
        .map((t) => ({ t, s: steps.scoreCandidate(t, ctxWords, mm.noun, subject) }))
        .filter((x) => x.s >= 4)
        .sort((a, b) => b.s - a.s || (a.t.signed ?? '').localeCompare(b.t.signed ?? ''));
      if (cands.length) {
        const top = cands[0]!.s;
        const inLineage = cands.filter((x) => steps.inLineageOf(x.t, subject));
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
        steps.ensure(primary.id);
        for (const id of mm.also) steps.ensure(id).emitted = false;
      } else {
        const kind = mm.noun?.kind ?? 'treaty';
        const label = `${steps.partiesLabel(mm.sentence)}${kind.charAt(0).toUpperCase()}${kind.slice(1)} (${y1 === y2 ? y1 : `${y1}–${y2}`})`;
        mm.treatyId = `treaty:${toSlug(`${kind}-${y1}${y1 === y2 ? '' : `-${y2}`}`)}`;
        steps.ensure(mm.treatyId, label, kind, true);
      }
    },
    // "the 1995 agreement" of a text about two states, or of a sentence that names two: "US–Switzerland Agreement (1995)",
    // the states as bilateral agreements are called (their abbreviation where the gazetteer has one); empty otherwise
    partiesLabel(si: number): string {
      const here = new Set<string>();
      for (const a of input.actorMentions)
        if (a.sentence === si && gazetteer.actors.get(a.actorId)?.kind === 'country') here.add(a.actorId);
      const ids = here.size === 2 ? [...here] : articleCountries.size === 2 ? [...articleCountries] : [];
      if (ids.length !== 2) return '';
      return `${ids.map((id) => shortStateName(gazetteer, id)).join('–')} `;
    },
    // "the treaty", "el acuerdo": the treaty signed on the sentence's signing date, the focus, or the next one named
    resolveReference(mm: TreatyMention): void {
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
            : treaties.has(t.id) ||
                (t.parties.length > 0 &&
                  t.parties.filter(steps.mentionedParty).length >= Math.min(2, t.parties.length));
        });
        const ranked = cands.sort(
          (a, b) =>
            Number(treaties.has(b.id)) - Number(treaties.has(a.id)) ||
            b.parties.filter(steps.mentionedParty).length - a.parties.filter(steps.mentionedParty).length,
        );
        if (ranked.length) picked = ranked[0]!.id;
      }
      // "las declaraciones", "the agreements": several treaties, not the one the text is about
      const written = folded.slice(mm.start, mm.end);
      const plural =
        lex.treatyNouns.some((n) => written !== n.form && written.startsWith(n.form) && /s$/u.test(written)) ||
        g.pluralNouns.includes(written);
      if (
        !picked &&
        !plural &&
        (!focus || mm.replacedObject || steps.joinedToDescribed(mm) || steps.replacesFocus(mm)) &&
        mm.described
      ) {
        // "the August peace agreement", "l'accord d'association": an agreement the text only describes
        // ("qui vient remplacer l'accord de défense conclu ...": what is replaced is not the treaty in focus)
        steps.describedAgreement(mm);
        return;
      }
      mm.treatyId = picked ?? (plural ? null : (focus ?? steps.nextNamed(mm.end)));
      if (mm.treatyId && gazetteer.treaties.has(mm.treatyId)) steps.ensure(mm.treatyId);
    },
    // " signé avec le Kazakhstan en 1995": a signing participle right after a description, to the clause's end
    participleClause(from: number): string {
      const first = NEXT_WORD.exec(folded.slice(from, from + 24));
      if (!first || !c.signedWord?.test(first[1]!)) return '';
      const clause = CLAUSE.exec(text.slice(from, Math.min(text.length, from + 100)));
      return clause && clause[0].length < 100 ? clause[0].trimEnd() : '';
    },
    // an agreement named by what the text says it is about, the same one wherever the text says it again
    describedAgreement(mm: TreatyMention): void {
      const d = mm.described!;
      // "el nuevo tratado de extradición", "le nouveau traité de défense": "new" before it says which
      const before = wordBeforeSpace(folded, Math.max(0, d.start - 16), d.start);
      const fresh =
        before && d.start === mm.start && c.newWord.test(folded.slice(before.start, before.end))
          ? before.start
          : d.start;
      // "l'accord de défense| conclu lors de l'indépendance de Djibouti|", "the agreement| signed in 2001|": a replaced one is
      // told apart from the new one by its participle clause, or the year the participle gives
      const clause = mm.replacedObject ? steps.participleClause(d.end) : '';
      const year = mm.replacedObject && !clause ? participleYear(input, c, d.end, sentences[mm.sentence]!.end) : null;
      const written = text.slice(fresh, d.end) + clause;
      const name = written.replace(/\s+/gu, ' ') + (year && !/\d{4}/u.test(written) ? ` (${year})` : '');
      mm.start = d.start;
      mm.end = d.end;
      mm.treatyId = `treaty:${toSlug(name.toLowerCase())}`;
      mm.byDescription = true;
      // a description is no name: two texts that each sign "an air transport agreement" need not sign the same one
      const rec = steps.ensure(mm.treatyId, name.charAt(0).toUpperCase() + name.slice(1), mm.noun?.kind ?? null, true);
      // "double tax agreement between A and B": the words before "between" are its short name
      const b = c.betweenWord.exec(name);
      const head = b ? name.slice(0, b.index).trim() : '';
      if (head.includes(' ') && !(rec.aliases ??= []).includes(head)) rec.aliases.push(head);
    },
    // "the signing of| a convention on ...", "la signature d'une convention ... et d'une| convention ...": a signing
    // noun right before, or an agreement described after one and joined to this one by "and"
    signingNounBefore(mm: TreatyMention): boolean {
      const words = [connectors, lex.indefinite, g.conjunctions] as const;
      if (input.signingNouns?.some((t) => t.sentence === mm.sentence && onlyWordsOf(words, folded, t.end, mm.start)))
        return true;
      return steps.joinedToDescribed(mm);
    },
    // "The Cotonou Agreement expired. The new partnership agreement will replace the Cotonou Agreement": the subject of a
    // replace verb whose object is the treaty in focus is another treaty
    replacesFocus(mm: TreatyMention): boolean {
      const r = replaceAt.find((x) => x.sentence === mm.sentence && x.at >= mm.end);
      if (!r || r.passive || r.cease || r.span || !focus) return false;
      // (the object named: "the agreement" after the verb may be any of them)
      const object = mentions.find((x) => x.sentence === mm.sentence && x.start >= r.end);
      if (!object || !(object.kind === 'name' || object.kind === 'named')) return false;
      if (object.treatyId === focus) return true;
      const said = folded.slice(object.start, object.end);
      return mentions.some(
        (x) =>
          x.treatyId === focus &&
          x.end <= mm.start &&
          (x.kind === 'name' || x.kind === 'named') &&
          folded.slice(x.start, x.end) === said,
      );
    },
    // "perjanjian ekstradisi dan| perjanjian bantuan hukum": right after another agreement the text describes, over
    // "and" and articles
    joinedToDescribed(mm: TreatyMention): boolean {
      const prev = mentions.findLast((x) => x.sentence === mm.sentence && x.end <= mm.start && x !== mm);
      return (
        !!prev?.byDescription &&
        prev.noun?.kind === mm.noun?.kind &&
        onlyWordsOf([connectors, lex.indefinite, g.conjunctions, g.articles], folded, prev.end, mm.start) &&
        (folded.slice(prev.end, mm.start).match(LETTER_RUN) ?? []).some((w) => g.conjunctions.includes(w))
      );
    },
    // an indefinite treaty noun after a signing verb: a known treaty that fits, or a new one
    resolveIndefinite(mm: TreatyMention): void {
      // "firmaron un memorando trilateral": a new agreement, named by what it is and when
      // "signed a protocol", "a protocol signed in Mexico City on 10 December 2019": the date of that verb, not of the sentence's first one
      const beforeNoun = input.signingTriggers.filter(
        (t) =>
          t.sentence === mm.sentence &&
          mm.start >= t.end &&
          mm.start - t.end < 60 &&
          !/[.;:!?]/.test(folded.slice(t.end, mm.start)),
      );
      // "a peace treaty has been signed": the participle after the noun, its description and auxiliaries
      const tail = Math.max(mm.end, mm.described?.end ?? mm.end);
      const participle = input.signingTriggers.find(
        (t) =>
          t.sentence === mm.sentence &&
          t.start >= mm.end &&
          (t.start - mm.end <= 3 || (t.start >= tail && onlyAuxiliaries(g.auxiliaries, folded.slice(tail, t.start)))),
      );
      const ownVerb = participle ?? beforeNoun[beforeNoun.length - 1];
      const said = ownVerb?.date ?? input.signingDates.get(mm.sentence);
      // "signed a defence treaty to replace the protocol of 1977": the year of the treaty it replaces is not its own
      const sd =
        said &&
        mentions.some(
          (o) =>
            o.sentence === mm.sentence &&
            o.start >= mm.end &&
            o.replacedObject &&
            o.years !== null &&
            o.years[0] <= said.year &&
            said.year <= o.years[1],
        )
          ? undefined
          : said;
      const after = beforeNoun.length > 0 || !!participle;
      // "Indonesia dan Singapura telah menandatangani perjanjian ekstradisi", no date given: the agreement as described
      // ("des négociations pour la signature d'une convention d'extradition": after a signing noun too)
      if (
        !sd &&
        (after || steps.signingNounBefore(mm)) &&
        mm.described &&
        !g.similar.includes(lastWord(folded.slice(Math.max(0, mm.start - 20), mm.start)))
      ) {
        steps.describedAgreement(mm);
        mm.kind = 'bare';
        return;
      }
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
          steps.ensure(mm.treatyId);
          return;
        }
        if (fits.length > 1) return;
        // "A finales de 2007 se firmó un Convenio sobre ...", the text naming "el Convenio de Lugano (2007)": the one treaty
        // of the same kind the text names with that year
        const dated = steps.datedNamed(mm.noun.kind, sd.year);
        if (dated) {
          mm.treatyId = dated;
          mm.kind = 'reference';
          return;
        }
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
          const name = steps.namedName(longerName.get(namedNext) ?? namedNext);
          mm.treatyId = `treaty:${toSlug(name)}`;
          steps.ensure(mm.treatyId, name.charAt(0).toUpperCase() + name.slice(1), namedNext.noun?.kind ?? null);
          mm.kind = 'reference';
          return;
        }
        const kind = mm.noun.kind;
        let end = mm.end;
        const adj = LOWER_WORD_AFTER.exec(text.slice(mm.end, mm.end + 30));
        if (
          adj &&
          g.adjectiveAfterNoun &&
          !connectors.has(adj[1]!) &&
          !lex.relativeWords?.includes(adj[1]!) &&
          !g.isVerbish(adj[1]!, undefined) &&
          !c.participleEnding.test(adj[1]!)
        )
          end = mm.end + adj[0].length;
        // "un tratado de extradición", "un acuerdo de cese al fuego bilateral y nacional": what it is about
        if (g.complementEnd) end = Math.max(end, g.complementEnd(text, mm.end, sentences[mm.sentence]!.end));
        mm.end = end;
        // "a new civilian nuclear cooperation agreement": the words before the noun that say what it is about
        if (mm.described && mm.described.start < mm.start) mm.start = mm.described.start;
        mm.treatyId = `treaty:${toSlug(`${kind}-${sd.year}-${text.slice(mm.start, end)}`)}`;
        steps.ensure(
          mm.treatyId,
          `${steps.partiesLabel(mm.sentence)}${kind.charAt(0).toUpperCase()}${kind.slice(1)} (${sd.year})`,
          kind,
          true,
        );
        mm.kind = 'bare';
        // "Le Canada signe un accord concernant les modifications ..." in the headline: the same words, read before the
        // text dated the signing, are this agreement
        const words = folded.slice(mm.start, mm.end);
        for (const x of mentions)
          if (x !== mm && x.byDescription && !x.replacedObject && folded.slice(x.start, x.end) === words)
            x.treatyId = mm.treatyId;
      }
    },
    // "menggantikan perjanjian yang sudah habis masa berlakunya", "replaces the agreement that expired in 2009":
    // a replaced treaty the text only describes, named by its clause, another one than the treaty the text is about
    describedTreaty(mm: TreatyMention): boolean {
      if (!mm.noun || !lex.relativeWords?.length) return false;
      if (!mm.replacedObject || !(mm.kind === 'bare' || mm.kind === 'reference')) return false;
      const limit = Math.min(sentences[mm.sentence]!.end, mm.end + 100);
      const clause = CLAUSE.exec(folded.slice(mm.end, limit));
      const words = clause ? (clause[0].match(WORD_RUN) ?? []) : [];
      if (words.length < 3 || !lex.relativeWords.includes(words[0]!)) return false;
      mm.end += clause![0].trimEnd().length;
      const name = text.slice(mm.start, mm.end);
      mm.treatyId = `treaty:${toSlug(name)}`;
      steps.ensure(mm.treatyId, name.charAt(0).toUpperCase() + name.slice(1), mm.noun.kind);
      return true;
    },
    // "the tax treaty with Australia": the treaty the text names whose name holds those states, the one it named so
    // before ("the U.S.-Australia protocol", "the existing income tax treaty with Australia"), or a new one
    resolvePartnered(mm: TreatyMention): void {
      const { ids, age, name } = mm.partners!;
      const kind = mm.noun?.kind ?? 'treaty';
      for (const x of mentions) {
        if (x === mm || !x.treatyId || !(x.kind === 'name' || x.kind === 'named')) continue;
        if ((age === 'old' && !x.replacedObject) || (age === 'new' && x.replacedObject)) continue;
        const known = gazetteer.treaties.get(x.treatyId);
        if (!sameKindLoosely(x.noun?.kind ?? known?.kind ?? null, kind)) continue;
        const holds = ids.every(
          (id) =>
            known?.parties.some((p) => steps.sameState(p, id)) ||
            input.actorMentions.some((a) => a.actorId === id && a.start >= x.start && a.end <= x.end),
        );
        if (holds) {
          mm.treatyId = x.treatyId;
          return;
        }
      }
      // "The new agreement with South Korea complies ...": the treaty the text is about, where it was named otherwise
      if (
        age !== 'old' &&
        !mm.replacedObject &&
        focus &&
        !partnered.some((p) => p.id === focus) &&
        sameKindLoosely(treaties.get(focus)?.kind ?? null, kind)
      ) {
        mm.treatyId = focus;
        return;
      }
      const fits = partnered.filter(
        (p) =>
          p.kind === kind &&
          (p.age === age || !p.age || !age) &&
          (ids.every((id) => p.ids.includes(id)) || p.ids.every((id) => ids.includes(id))),
      );
      const same = fits.find((p) => p.age === age) ?? fits.find((p) => p.age === 'new') ?? fits[0];
      if (same) {
        same.age ??= age;
        mm.treatyId = same.id;
        return;
      }
      // "the existing treaty (signed in 1975)": the year its participle gives tells it from the new one
      const bracket = OPEN_BRACKET.exec(text.slice(mm.end, mm.end + 4));
      const year = participleYear(input, c, mm.end + (bracket?.[0].length ?? 0), sentences[mm.sentence]!.end);
      const titled = name.charAt(0).toUpperCase() + name.slice(1) + (year ? ` (${year})` : '');
      mm.treatyId = `treaty:${toSlug(`${kind} ${age ?? ''} ${[...ids].sort().join(' ')}`)}`;
      const rec = steps.ensure(mm.treatyId, titled, kind);
      partnered.push({ id: mm.treatyId, kind, ids, age });
      // "acuerdo de alto el fuego| alcanzado entre Israel y Hamás": what it is about is a name of it too
      const d = mm.described ? text.slice(mm.described.start, mm.described.end) : '';
      if (d.includes(' ') && !(rec.aliases ??= []).includes(d)) rec.aliases.push(d);
    },
    resolveMention(mm: TreatyMention): void {
      if (!focusAt.has(mm.sentence)) focusAt.set(mm.sentence, focus);
      if (!mm.partners && steps.describedTreaty(mm)) return;
      const aliasOf = (mm as TreatyMention & { aliasOf?: TreatyMention }).aliasOf;
      const ctxWords =
        mm.kind === 'descriptive'
          ? (folded.slice(sentences[mm.sentence]!.start, sentences[mm.sentence]!.end).match(LETTER_RUN) ?? [])
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
          // "se firmó en 2007 un Convenio sobre la competencia judicial ...", the text naming "el Convenio de Lugano (2007)":
          // a name after an indefinite article, signed in the year the text names a treaty of its kind with, is that one
          const sd = mm.yearFrom === undefined && mm.noun ? input.signingDates.get(mm.sentence) : undefined;
          const indefinite = lex.indefinite.includes(lastWord(folded.slice(Math.max(0, mm.start - 12), mm.start)));
          const dated = sd && indefinite ? steps.datedNamed(mm.noun!.kind, sd.year) : null;
          if (dated) {
            mm.treatyId = dated;
            const written = text.slice(mm.start, mm.end);
            const rec = steps.ensure(dated);
            if (!(rec.aliases ??= []).includes(written)) rec.aliases.push(written);
            break;
          }
          const name = steps.namedName(longerName.get(mm) ?? mm);
          mm.treatyId = `treaty:${toSlug(name)}`;
          const rec = steps.ensure(mm.treatyId, name.charAt(0).toUpperCase() + name.slice(1), mm.noun?.kind ?? null);
          const short = lex.grammar.shortName?.(name) ?? null;
          if (short && !(rec.aliases ??= []).includes(short)) rec.aliases.push(short);
          // "Timor Sea Treaty between the Government of A and the Government of B": the name before "between" is its short name
          const own = steps.ownName(name);
          if (own && !(rec.aliases ??= []).includes(own)) rec.aliases.push(own);
          // "the U.S.-Jamaica Air Transport Agreement": its name without the parties that open it too
          const unparted = mm.partiesEnd === undefined ? '' : text.slice(mm.partiesEnd, mm.end).trim();
          if (unparted && !(rec.aliases ??= []).includes(unparted)) rec.aliases.push(unparted);
          // "Accord de libre-échange Canada-Ukraine (ALECU)", "Strategic Partnership Agreement (SPA)": the acronym in brackets is its name too
          // (not a protocol's whose name ends in its treaty's: "protokol perubahan Indonesia-Japan ... Agreement (IJEPA)")
          const acronym = mm.holdsTreaty
            ? null
            : ACRONYM_AFTER.exec(text.slice(mm.end, Math.min(text.length, mm.end + 16)));
          if (acronym && !(rec.aliases ??= []).includes(acronym[1]!)) rec.aliases.push(acronym[1]!);
          // "Perjanjian Penghindaran Pajak Berganda (P3B) Indonesia-Singapura": the acronym with the parties after it too
          const inner = ACRONYM_INSIDE.exec(name);
          if (inner)
            for (const a of [`${inner[1]!} ${inner[2]!}`, inner[1]!])
              if (!(rec.aliases ??= []).includes(a)) rec.aliases.push(a);
          // "the Treaty of Friendship of 1950": its name without the year too, where no other year goes with that name here
          const undated = mm.yearFrom === undefined ? null : undatedNames.get(mm);
          if (undated && !(rec.aliases ??= []).includes(undated)) rec.aliases.push(undated);
          break;
        }
        case 'descriptive':
          steps.resolveDescriptive(mm, ctxWords, subject);
          break;
        case 'previous': {
          const base = focus ? gazetteer.treaties.get(focus) : undefined;
          const pred = base?.replaces?.[0]?.id ?? base?.related?.[0];
          if (pred) {
            mm.treatyId = pred;
            steps.ensure(pred);
          }
          break;
        }
        case 'reference':
        case 'bare':
          // ("l'accord de partenariat classique signé avec le Kazakhstan en 1995" replaced: named by its clause)
          if (mm.partners && !(mm.replacedObject && mm.described)) steps.resolvePartnered(mm);
          else steps.resolveReference(mm);
          break;
        case 'indefinite':
          steps.resolveIndefinite(mm);
          break;
      }
      // the focus is the treaty a sentence is about: its first name (the subject), not later objects
      // "It builds on the Canada–United States FTA": the object of amend/follow/build-on is background, not the new focus
      // ("It followed the START I treaty, ...; the proposed START II treaty ...": both are objects of "followed")
      const relatedObject = c.notReplace.test(folded.slice(sentences[mm.sentence]!.start, mm.start));
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
      if (mm.treatyId && (mm.kind === 'name' || mm.kind === 'named')) steps.ensure(mm.treatyId);
    },
  };
  matchKnownNames(
    mentions,
    text,
    treatyNameKeys(gazetteer),
    (id, near) => {
      const parties = gazetteer.treaties.get(id)?.parties ?? [];
      // ("договор о добрососедстве" of a text about Russia and China is no Russian–Korean treaty: a name that is only
      // near a known bilateral one needs both its parties where the text names another state)
      if (near && steps.otherPair(parties)) return false;
      return parties.length === 0 || (parties.some(steps.mentionedParty) && !input.foreignTreaties?.has(id));
    },
    steps.withoutParties,
    steps.partiesFit,
    // "the Canada-Peru Free Trade Agreement" is not the Canada–U.S. one: the parties that open a name are its own
    // (a part that is no actor the text names is a party no known treaty can be seen to have: "Canada-Peru")
    (mm) => {
      if (mm.partiesEnd === undefined) return null;
      const ids = input.actorMentions
        .filter((a) => a.start >= mm.start && a.end <= mm.partiesEnd!)
        .map((a) => a.actorId);
      const parts = text.slice(mm.start, mm.partiesEnd).split(PARTY_DASHES).length;
      return ids.length >= parts ? ids : [...ids, ''];
    },
  );
  const longerName = longerNames(
    mentions,
    text,
    steps.ownName,
    steps.partnerName,
    (at) => c.newWord.test(lastWord(folded.slice(Math.max(0, at - 16), at))),
    lex,
  );
  // the names a year after them tells apart, without that year, where the text gives that name one year only
  const undatedNames = new Map<TreatyMention, string>();
  const yearsOf = new Map<string, Set<number>>();
  for (const mm of mentions) {
    if (mm.yearFrom === undefined || !mm.years) continue;
    const name = nominativeName(
      text.slice(mm.nameFrom ?? mm.start, mm.yearFrom).replace(c.leadingArticle, ''),
      lex,
    ).trim();
    undatedNames.set(mm, name);
    const key = nameKeys(name).join(' ');
    yearsOf.set(key, (yearsOf.get(key) ?? new Set()).add(mm.years[0]));
  }
  for (const [mm, name] of undatedNames) if (yearsOf.get(nameKeys(name).join(' '))!.size > 1) undatedNames.delete(mm);
  for (const mm of mentions) steps.resolveMention(mm);
  return { treaties, ensure: steps.ensure, focusAt };
}

/** Kinds of treaty that one text may call by either noun ("the agreement", "the treaty"). */
const LOOSE_KINDS = new Set(['treaty', 'agreement', 'pact', 'accord', 'convention']);
/** Whether two treaty kinds may name one treaty: the same, or both loose ones. */
/** A state's name as bilateral agreements abbreviate it ("US", "UK"): its shortest English name of two or three capitals, else its name. */
function shortStateName(gazetteer: Gazetteer, id: string): string {
  const a = gazetteer.actors.get(id);
  let short: string | null = null;
  for (const n of a?.names.en ?? []) if (ABBREVIATION.test(n) && (!short || n.length < short.length)) short = n;
  return short ?? a?.name ?? id;
}

function sameKindLoosely(a: string | null, b: string): boolean {
  return a === b || (a !== null && LOOSE_KINDS.has(a) && LOOSE_KINDS.has(b));
}

/** Whether a short gap (at most 16 characters, no stop) holds only words of the lists: "| of a |", "| d'une |", "| et d'une |". */
function onlyWordsOf(
  lists: readonly (ReadonlySet<string> | readonly string[])[],
  folded: string,
  from: number,
  to: number,
): boolean {
  if (from > to || to - from > 16) return false;
  const gap = folded.slice(from, to);
  if (/[.;:!?()]/u.test(gap)) return false;
  for (const w of gap.match(LETTER_RUN) ?? [])
    if (!lists.some((l) => (l instanceof Set ? l.has(w) : (l as readonly string[]).includes(w)))) return false;
  return true;
}

/** Whether a gap holds at most three words, all auxiliaries ("has been"). */
function onlyAuxiliaries(auxiliaries: readonly string[], gap: string): boolean {
  return (
    gap.length <= 40 &&
    gap
      .split(/\s+/u)
      .filter(Boolean)
      .every((w, i) => i < 3 && auxiliaries.includes(w))
  );
}

/**
 * "This agreement will succeed X and will be known as the Samoa Agreement", "Persetujuan ... (selanjutnya
 * disebut sebagai Persetujuan ASW)", "соглашение под названием «Z»": a name the text calls a treaty by is
 * that treaty, the nearest one before it in the sentence that is not replaced. A treaty the clause only
 * refers to takes the name; a named one keeps its own and the call name becomes one of its names, as a
 * known treaty does.
 */
export function linkCalledNames(
  input: LinkInput,
  c: TreatyPatterns,
  mentions: TreatyMention[],
  resolution: Resolution,
): void {
  const { folded, sentences, gazetteer } = input;
  for (const b of mentions) {
    if (!b.treatyId || !(b.kind === 'named' || b.kind === 'name' || b.kind === 'descriptive')) continue;
    const sent = sentences[b.sentence]!;
    if (!c.calledBefore.test(folded.slice(Math.max(sent.start, b.start - 40), b.start))) continue;
    const before = mentions.filter((mm) => mm.sentence === b.sentence && mm.end <= b.start && mm.treatyId);
    // "X, yang dikenal dengan NAFTA", "X, known as Y": a relative clause or an apposition names the treaty just before
    const nearest = before[before.length - 1];
    const relative = nearest && c.appositionGap.test(folded.slice(nearest.end, b.start));
    const a = relative ? nearest : before.findLast((mm) => !mm.replacedObject);
    if (!a?.treatyId || a.treatyId === b.treatyId) continue;
    const named = a.kind === 'named' || a.kind === 'name';
    const aKnown = gazetteer.treaties.has(a.treatyId);
    const bKnown = gazetteer.treaties.has(b.treatyId);
    // "the outdated extradition treaty ..., signed on April 17, 1900 (the ``1900 Treaty'')": a year's short name
    // defined in brackets is the treaty named or described before it, whatever known treaty the year fits
    if (b.kind === 'descriptive') {
      if (!(named || a.byDescription)) continue;
      const written = input.text.slice(b.start, b.end);
      mergeTreaty(mentions, resolution, b.treatyId, a.treatyId, false);
      const rec = resolution.ensure(a.treatyId);
      if (!(rec.aliases ??= []).includes(written)) rec.aliases.push(written);
      continue;
    }
    if (aKnown && bKnown) continue;
    const keepA = aKnown || (named && !bKnown);
    if (!keepA && aKnown) continue;
    mergeTreaty(mentions, resolution, keepA ? b.treatyId : a.treatyId, keepA ? a.treatyId : b.treatyId);
  }
}

/** Every mention of one treaty becomes a mention of another, with its lineage and its name as an alias. */
export function mergeTreaty(
  mentions: TreatyMention[],
  resolution: Resolution,
  from: string,
  to: string,
  withName = true,
): void {
  if (from === to) return;
  for (const mm of mentions) if (mm.treatyId === from) mm.treatyId = to;
  for (const [si, id] of resolution.focusAt) if (id === from) resolution.focusAt.set(si, to);
  const old = resolution.treaties.get(from);
  const rec = resolution.ensure(to);
  if (!old) return;
  for (const r of old.replaces) if (!rec.replaces.some((x) => x.id === r.id)) rec.replaces.push(r);
  if (withName && !/\(\d{4}/u.test(old.name) && !(rec.aliases ??= []).includes(old.name)) rec.aliases.push(old.name);
}
