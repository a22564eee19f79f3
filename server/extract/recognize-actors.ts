/**
 * Mentions of persons, countries and organizations: the gazetteer (with Russian stems and
 * capitals used for their country), title patterns for people not in it ("Perdana Menteri Jepang
 * Fumio Kishida"), and "Name (ACRONYM)" organizations.
 */
import type { ActorKind } from '../domain/extraction';
import type { Gazetteer, GazetteerActor, GazetteerMatch } from './gazetteer';
import type { Lexicon } from './lexicons';
import type { DateMention } from './resolve-dates';
import type { Sentence } from './split-sentences';
import { foldText, isUpper, nameKeys, tokenize, tokenKey } from './fold-text';
import { sharedAlternation, sharedWords } from './patterns';
import { toSlug } from './slug';
import type { StageInput } from './stage-input';

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

export interface RecognizedActors {
  actors: Map<string, ActorRecord>;
  mentions: ActorMention[];
  places: PlaceMention[];
  treatyMatches: TreatyNameMatch[];
}

export interface RecognizeInput extends StageInput {
  gazetteer: Gazetteer;
  /** Publication date: "Moscow" is the USSR before 1992 and Russia after. */
  published?: { year: number } | null;
}

/** Portfolios between a title and a name: "Menteri Perdagangan Agus Suparmanto", "Trade Minister". */
const PORTFOLIOS = new Set(sharedWords('portfolios'));
/** Capitalized words that are never part of a person's name (every language's). */
const NOT_NAMES = new Set(sharedWords('notNames'));
/** Institutions (every language's): "ministry", "kementerian". */
const INSTITUTIONS = new Set(sharedWords('institutions'));
const LANGUAGE_WORDS = sharedWords('languageWords');
/** "Russian language", "bahasa", "язык" after a demonym: a language, not a country. */
const LANGUAGE_NOUN = new RegExp(`^\\s+(?:${sharedAlternation('languageNouns')})`, 'iu');
/** "of the", "de", "dari" between a title and its country or name (every language's). */
const TITLE_OF = new RegExp(`^[\\s,]*(?:(?:${sharedAlternation('titleOf')})\\s+)*`, 'iu');
/** Portfolios joined by "and": "Menteri Hukum dan HAM". */
const PORTFOLIO = new RegExp(
  `^(\\p{Lu}[\\p{L}-]+)(?:\\s+(?:${sharedAlternation('portfolioAnd')})(?=\\s+\\p{Lu}))?\\s+(?=\\p{L})`,
  'u',
);
/** Stems that begin a state's formal name: "republic", "reino", "республика". */
const STATE_NOUN = new RegExp(`^(?:${sharedAlternation('stateNouns')})`, 'u');
const ROMAN_AFTER = /^\s+(?:I{1,3}|IV|V|VI{0,3}|\d)\b/;
// a period ends a name ("Richard Marles. Menurut Marles") except after an initial or an abbreviation ("K. Shanmugam", "Marcos Jr.")
const NAME_TOKEN = "\\p{Lu}(?:\\p{L}{0,2}\\.|[\\p{L}'’\\-]*)";
const NAME_LINK = `(?:${sharedAlternation('nameLinks')})`;
const NAME_RE = new RegExp(`^(${NAME_TOKEN}(?:\\s+(?:${NAME_LINK}\\s+)?${NAME_TOKEN}){0,4})`, 'u');
/** Two or three capitalized words, a comma, an article or "former" and at most two lowercase words: what stands before an apposed title. */
const APPOSED_NAME = new RegExp(
  `(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}),\\s+(?:(?:${sharedAlternation('apposedTitleLead')})\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$`,
  'u',
);
/** What recognition derives from a lexicon, built once per lexicon. */
interface Compiled {
  titles: RegExp;
  ledBy: RegExp;
  /** Words of titles ("prime", "minister"), which are never part of a name. */
  titleWords: Set<string>;
  /** The last word of each title ("minister" of "prime minister"), which a surname may follow. */
  titleEnds: string[];
  kinBefore: RegExp | null;
  kinAfter: RegExp | null;
}
const COMPILED = new Map<Lexicon, Compiled>();

function alt(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

function compiled(lex: Lexicon): Compiled {
  let c = COMPILED.get(lex);
  if (!c) {
    c = {
      titles: new RegExp(`(?:${alt(lex.titles)})(?![\\p{L}\\p{N}])`, 'gu'),
      ledBy: new RegExp(`(?:${alt(lex.ledBy)})(?![\\p{L}\\p{N}])`, 'gu'),
      titleWords: new Set(lex.titles.flatMap((t) => t.split(' ')).filter((w) => w.length > 3)),
      titleEnds: lex.titles.map((t) => t.split(' ').pop()!),
      // "ayah Kim Jong Un", "the father of X", "X's father", "отец Ким Чен Ына": another person, unnamed here
      kinBefore: lex.kinshipBefore?.length
        ? new RegExp(
            `(?:^|[^\\p{L}])(?:${lex.kinshipBefore.join('|')})\\s+(?:(?:${sharedAlternation('kinshipArticles')})\\s+)?$`,
            'u',
          )
        : null,
      kinAfter: lex.kinshipAfter ? new RegExp(lex.kinshipAfter, 'u') : null,
    };
    COMPILED.set(lex, c);
  }
  return c;
}

function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo));
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

/** Whether the word before an offset (in folded text) is one of the given words. */
function precededBy(folded: string, start: number, words: string[]): boolean {
  let i = start - 1;
  while (i >= 0 && (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 10 || folded.charCodeAt(i) === 9)) i--;
  if (i === start - 1) return false;
  const end = i + 1;
  while (i >= 0 && end - i < 30 && LETTER.test(folded.charAt(i))) i--;
  return end - i > 1 && words.includes(folded.slice(i + 1, end));
}
const LETTER = /\p{L}/u;

const DL_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const DL_LINK = `(?:${sharedAlternation('datelineLinks')})`;
/** "MOSCÚ/KIEV", "SANTIAGO DE CHILE", "AUCKLAND (Nueva Zelanda)", "НЬЮ-ЙОРК": the places a dateline names */
const DATELINE_PLACE = new RegExp(
  `^[ \\t]*(${DL_WORD}(?:(?:[ \\t]+(?:${DL_LINK}[ \\t]+)?|[ \\t]*/[ \\t]*)${DL_WORD}){0,3}(?:[ \\t]*\\((?!\\p{Lu}+\\))[^()\\n]{2,40}\\))?)` +
    // then an agency or a date and a dash: ", 20 jun (EFE).", ", 19 июня. /ТАСС/.", " (ANTARA) -", ", June 19 —"
    `(?=[ \\t]*(?:,[^\\n]{1,40}?(?:\\(\\p{Lu}[\\p{L}-]+\\)|/\\p{Lu}[\\p{L}-]+/|[ \\t][-–—][ \\t])|\\(\\p{Lu}[\\p{L}-]+\\)[ \\t]*[-–—:]))`,
  'u',
);

/**
 * Dateline regions near the start of an article: the places where the news was filed, never actors
 * of its events ("Seoul (ANTARA) -", "SEÚL, 20 jun (EFE).", "МОСКВА, 19 июня. /ТАСС/.").
 */
export function datelineRegions(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const first = text.search(/\S/);
  if (first < 0) return out;
  let lineStart = text.lastIndexOf('\n', first) + 1;
  while (lineStart < text.length && lineStart <= first + 600) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const m = DATELINE_PLACE.exec(line);
    if (m) {
      const lead = m[0].length - m[1]!.length;
      out.push({ start: lineStart + lead, end: lineStart + m[0].length });
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Organs by their folded bare names ("asamblea general" → the UN's and the OAS's), built once per gazetteer. */
const ORGANS_BY_BARE = new WeakMap<Gazetteer, Map<string, GazetteerActor[]>>();
function organsByBare(gazetteer: Gazetteer): Map<string, GazetteerActor[]> {
  let m = ORGANS_BY_BARE.get(gazetteer);
  if (!m) {
    m = new Map();
    for (const a of gazetteer.actors.values()) {
      for (const n of Object.values(a.organ?.bare ?? {}).flat()) {
        const key = foldText(n);
        const list = m.get(key) ?? [];
        if (!list.includes(a)) list.push(a);
        m.set(key, list);
      }
    }
    ORGANS_BY_BARE.set(gazetteer, m);
  }
  return m;
}

/**
 * "la Asamblea General del organismo" in an article about the OAS is the OAS General Assembly, not
 * the UN's: an organ named without its organization belongs to the organization mentioned last
 * before it (or first after it) among those that have such an organ; with none of them mentioned,
 * the default (the UN's) stays.
 */
function resolveOrgans(
  text: string,
  mentions: ActorMention[],
  gazetteer: Gazetteer,
  addActor: (id: string) => ActorRecord | null,
): void {
  const byBare = organsByBare(gazetteer);
  if (byBare.size === 0) return;
  for (const m of mentions) {
    if (!gazetteer.actors.get(m.actorId)?.organ) continue;
    const organs = byBare.get(foldText(text.slice(m.start, m.end)).replace(/\s+/g, ' '));
    if (!organs || organs.length < 2) continue;
    const owner = (x: ActorMention) => organs.find((o) => o.organ!.of === x.actorId || (o.id === x.actorId && x !== m));
    let pick: GazetteerActor | undefined;
    for (const x of mentions) {
      if (x === m) continue;
      const o = owner(x);
      if (!o) continue;
      if (x.start < m.start) pick = o;
      else if (!pick) {
        pick = o;
        break;
      } else break;
    }
    if (pick && pick.id !== m.actorId && addActor(pick.id)) m.actorId = pick.id;
  }
}

/** Recognizes actor, place and treaty-name mentions in a whole text. */
export function recognizeActors(input: RecognizeInput): RecognizedActors {
  const { text, folded, language, lexicon, sentences, dates, gazetteer } = input;
  const matches = gazetteer.match(text, folded, language);
  const actors = new Map<string, ActorRecord>();
  const mentions: ActorMention[] = [];
  const places: PlaceMention[] = [];
  const treatyMatches: TreatyNameMatch[] = [];
  const taken: { start: number; end: number }[] = [];

  const addActor = (id: string): ActorRecord | null => {
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
  };

  const datelines = datelineRegions(text);
  const inDateline = (m: { start: number; end: number }) => datelines.some((d) => m.start >= d.start && m.end <= d.end);
  const fullSeen = new Set<string>();
  const shortPending: { m: GazetteerMatch; ids: string[] }[] = [];
  // "President George Bush" in 1992 is George H. W. Bush: among persons of one name, those in office when the text is about
  const inOfficeAt = (ids: string[], at: number): string[] => {
    if (ids.length < 2 || !ids.every((id) => gazetteer.actors.get(id)?.kind === 'person')) return ids;
    const sentence = sentenceAt(sentences, at);
    const year =
      eraNear(
        dates.filter((d) => sentenceAt(sentences, d.start) === sentence),
        at,
      ) ??
      input.published?.year ??
      eraNear(dates, at);
    if (year === null) return ids;
    const fits = ids.filter((id) =>
      (gazetteer.actors.get(id)?.offices ?? []).some(
        (o) => (!o.since || Number(o.since.slice(0, 4)) <= year) && (!o.until || Number(o.until.slice(0, 4)) >= year),
      ),
    );
    return fits.length === 1 ? fits : ids;
  };
  // the loop bodies here are functions of their own: V8 optimises several small functions far sooner than one large one
  const recognizeMatch = (m: GazetteerMatch): void => {
    if (ROMAN_AFTER.test(text.slice(m.end, m.end + 6))) return;
    const treaty = m.entries.find((e) => e.kind === 'treaty');
    const actorFull = m.entries.filter((e) => e.kind === 'actor' && !e.short);
    const actorShort = m.entries.filter((e) => e.kind === 'actor' && e.short);
    const place = m.entries.find((e) => e.kind === 'place');
    const sentence = sentenceAt(sentences, m.start);
    // a dateline names where the story was filed: a place, even when it names a country ("MÉXICO, 1 ene (EFE)")
    if (!treaty && inDateline(m)) {
      if (place) {
        const p = gazetteer.places.get(place.id)!;
        places.push({ placeId: p.id, name: p.name, start: m.start, end: m.end, sentence, locative: false });
      }
      taken.push(m);
      return;
    }
    if (treaty && actorFull.length === 0) {
      treatyMatches.push({ treatyId: treaty.id, start: m.start, end: m.end });
      taken.push(m);
      return;
    }
    if (actorFull.length) {
      const id = inOfficeAt([...new Set(actorFull.map((e) => e.id))], m.start)[0]!;
      // "bahasa Inggris", "на английском языке": a language, not a country
      if (precededBy(folded, m.start, LANGUAGE_WORDS)) return;
      addActor(id);
      fullSeen.add(id);
      mentions.push({ actorId: id, start: m.start, end: m.end, sentence, metonym: false, confidence: 0.9 });
      taken.push(m);
      return;
    }
    if (place) {
      const p = gazetteer.places.get(place.id)!;
      const locative = precededBy(folded, m.start, lexicon.locative);
      // "SEOUL, June 19 —", "Seoul (ANTARA) -": a dateline names where the story was filed
      const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
      if (text.slice(lineStart, m.start).trim() === '' && /^\s*(?:,|\(|[-–—])/.test(text.slice(m.end, m.end + 3))) {
        places.push({ placeId: p.id, name: p.name, start: m.start, end: m.end, sentence, locative: false });
        taken.push(m);
        return;
      }
      taken.push(m);
      if (p.metonym && !locative) {
        const year =
          eraNear(
            dates.filter((d) => sentenceAt(sentences, d.start) === sentence),
            m.start,
          ) ??
          input.published?.year ??
          eraNear(dates, m.start);
        const pick = p.metonym.find((x) =>
          year === null
            ? x.until === undefined
            : (x.until === undefined || year <= x.until) && (x.from === undefined || year >= x.from),
        );
        if (pick && addActor(pick.id)) {
          mentions.push({ actorId: pick.id, start: m.start, end: m.end, sentence, metonym: true, confidence: 0.6 });
          return;
        }
      }
      places.push({ placeId: p.id, name: p.name, start: m.start, end: m.end, sentence, locative });
      return;
    }
    if (actorShort.length) shortPending.push({ m, ids: [...new Set(actorShort.map((e) => e.id))] });
  };
  for (const m of matches) recognizeMatch(m);
  // short forms ("Putin"): only when the article names the person in full, or one candidate fits
  const countriesSeen = new Set(mentions.map((x) => x.actorId));
  const recognizeShort = ({ m, ids }: { m: GazetteerMatch; ids: string[] }): void => {
    // a demonym ("French voters", "el Senado mexicano") names the country, unless it names a language
    const country = ids.find((id) => gazetteer.actors.get(id)?.kind === 'country');
    if (country) {
      const after = text.slice(m.end, m.end + 12);
      if (/^\s*[:)]/.test(after) || LANGUAGE_NOUN.test(after) || /^-language/.test(after)) return;
      // "советско-корейский": the first half of a compound adjective
      const firstHalf = lexicon.grammar.compoundFirstHalf;
      if (firstHalf && /^-\p{L}/u.test(after) && new RegExp(firstHalf, 'u').test(text.slice(m.start, m.end))) return;
      addActor(country);
      mentions.push({
        actorId: country,
        start: m.start,
        end: m.end,
        sentence: sentenceAt(sentences, m.start),
        metonym: true,
        confidence: 0.6,
      });
      taken.push(m);
      return;
    }
    let pick = ids.filter((id) => fullSeen.has(id));
    if (pick.length === 0 && ids.length > 1)
      pick = inOfficeAt(ids, m.start).length === 1 ? inOfficeAt(ids, m.start) : [];
    if (pick.length === 0 && ids.length === 1) {
      const g = gazetteer.actors.get(ids[0]!);
      const of = g?.offices?.[0]?.of;
      const titled = precededBy(folded, m.start, compiled(lexicon).titleEnds);
      const s = sentences[sentenceAt(sentences, m.start)]!;
      // an unambiguous surname is the person, except a capitalized word opening an English sentence ("Begin")
      const clear = m.end - m.start >= 4 && (m.start > s.start || !lexicon.grammar.capitalizedSentenceStart);
      if (titled || (of && countriesSeen.has(of)) || clear) pick = ids;
    }
    if (pick.length !== 1) return;
    addActor(pick[0]!);
    mentions.push({
      actorId: pick[0]!,
      start: m.start,
      end: m.end,
      sentence: sentenceAt(sentences, m.start),
      metonym: false,
      confidence: 0.75,
    });
    taken.push(m);
  };
  for (const pending of shortPending) recognizeShort(pending);

  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && t.start < e);
  const knownAt = (pos: number) => mentions.find((x) => x.start <= pos && pos < x.end);

  // persons after titles or "led by": "Perdana Menteri Jepang Fumio Kishida", "presidido por Jorge ..."
  const { titles, ledBy, titleWords, kinBefore, kinAfter } = compiled(lexicon);
  const personAfter = (pos: number, needTwo: boolean) => {
    let p = pos;
    let demonymSkipped = false;
    // skip "of the", "de", the country or organization of the title, a comma
    for (let guard = 0; guard < 6; guard++) {
      const rest = text.slice(p);
      const ws = TITLE_OF.exec(rest)![0];
      const at = p + ws.length;
      const known = knownAt(at);
      if (known && known.start === at) {
        // "President Donald Trump, the first Arab states": the title's person is the known one
        if (actors.get(known.actorId)?.kind === 'person') return;
        p = known.end;
        needTwo = false;
        continue;
      }
      // "Menteri Hukum dan HAM", "ministro de Comercio neozelandés, ...": portfolios, joined by "and", before a name or a demonym
      const portfolio = PORTFOLIO.exec(text.slice(at));
      if (
        portfolio &&
        PORTFOLIOS.has(
          portfolio[1]!
            .toLowerCase()
            .normalize('NFKD')
            .replace(/[\u0300-\u036f]/g, ''),
        )
      ) {
        p = at + portfolio[0].length;
        continue;
      }
      // "ministro de Comercio neozelandés, Damien O'Connor": a demonym (once), then the name
      const demonym = /^(\p{Ll}{3,}),?\s+(?=\p{Lu})/u.exec(text.slice(at));
      if (demonym && !demonymSkipped && lexicon.grammar.demonymAfterTitle) {
        demonymSkipped = true;
        p = at + demonym[0].length - 1;
        continue;
      }
      // "Председатель ЦИК Элла Памфилова", "juru bicara KPU Hasyim": an organization's acronym between title and name
      const acronym = /^(\p{Lu}{2,6}),?\s+(?=\p{Lu}\p{Ll})/u.exec(text.slice(at));
      if (acronym) {
        p = at + acronym[0].length;
        continue;
      }
      p = at;
      break;
    }
    const m = NAME_RE.exec(text.slice(p));
    if (!m) return;
    let name = m[1]!.replace(/[.,]$/, '');
    const start = p;
    let end = p + name.length;
    // stop the name before a known entity or a capitalized function word
    const parts = name.split(/\s+/);
    let keep = parts.length;
    let offset = 0;
    for (let i = 0; i < parts.length; i++) {
      const at = start + offset;
      if (i > 0 && (knownAt(at) || overlaps(at, at + parts[i]!.length))) {
        keep = i;
        break;
      }
      offset += parts[i]!.length + 1;
    }
    if (keep === 0) return;
    name = parts.slice(0, keep).join(' ');
    end = start + name.length;
    while (/[\s,]$/.test(name)) name = name.slice(0, -1);
    if (overlaps(start, end)) return;
    const honor = lexicon.honorifics;
    const words = name.split(/\s+/);
    while (words.length > 1 && honor.includes(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
    if (words.length < (needTwo ? 2 : 1)) return;
    if (words.some((w) => lexicon.stopwords.includes(w.toLowerCase()))) return;
    // "el comandante del ELN, ...": an acronym is an organization, not a person's name
    if (words.every((w) => /^\p{Lu}{2,}$/u.test(w))) return;
    // "juru bicara Kementerian Luar Negeri": an institution, not a person
    const firstWord = words[0]!
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '');
    if (lexicon.orgNouns.includes(firstWord) || INSTITUTIONS.has(firstWord)) return;
    // "Prime Minister Brian Mulroney" from an earlier title, "Исламской Республики", "Asia": not a name
    const folds = words.map((w) =>
      w
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[.,]$/, ''),
    );
    if (folds.some((w) => titleWords.has(w) || NOT_NAMES.has(w) || PORTFOLIOS.has(w) || STATE_NOUN.test(w))) return;
    const canonical = words.join(' ');
    // stems, so that "Мурат Нуртлеу" and "Мурата Нуртлеу" are one person
    const keys = nameKeys(canonical);
    // "As acting president, Wickremesinghe": the surname of a person already named in full
    const known = keys.length === 1 ? surnames.get(keys[0]!)?.at(-1) : undefined;
    const id = known ?? `person:${toSlug(keys.join(' '))}`;
    if (!actors.has(id)) actors.set(id, { id, name: canonical, kind: 'person', iso2: null, media: false, offices: [] });
    if (keys.length >= 2) addSurname(keys[keys.length - 1]!, id);
    mentions.push({ actorId: id, start, end, sentence: sentenceAt(sentences, start), metonym: false, confidence: 0.6 });
    taken.push({ start, end });
  };
  // "Redwan Hussien, national security adviser to ...", "Luis Almagro, secretario general de la OEA": a name, a comma, then its title
  const personBefore = (titleAt: number): void => {
    const from = Math.max(0, titleAt - 60);
    const ap = APPOSED_NAME.exec(text.slice(from, titleAt));
    if (!ap) return;
    const start = from + ap.index;
    if (overlaps(start, start + ap[1]!.length) || knownAt(start)) return;
    personAfter(start, true);
  };
  // headlines in Title Case give no reliable names
  const headlineCache = new Map<number, boolean>();
  const isHeadline = (i: number): boolean => {
    let h = headlineCache.get(i);
    if (h === undefined) {
      const s = sentences[i]!;
      const ws = text
        .slice(s.start, s.end)
        .split(/\s+/)
        .filter((w) => /^\p{L}/u.test(w));
      h =
        ws.length >= 4 &&
        !/[.!?:;]["”»)]?$/.test(text.slice(s.start, s.end)) &&
        ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length > 0.6;
      headlineCache.set(i, h);
    }
    return h;
  };
  // surname key → the people named in full who bear it, in order of discovery
  const surnames = new Map<string, string[]>();
  const addSurname = (key: string, id: string) => {
    const ids = surnames.get(key);
    if (!ids) surnames.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const re of [titles, ledBy]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) !== null) {
      if (m.index > 0 && /[\p{L}\p{N}]/u.test(folded.charAt(m.index - 1))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const end = m.index + m[0].length;
      if (overlaps(m.index, end)) continue;
      if (isHeadline(sentenceAt(sentences, m.index))) continue;
      personAfter(end, re === ledBy);
      if (re === titles && lexicon.grammar.nameBeforeTitle) personBefore(m.index);
    }
  }

  // people named without a title whose surname recurs alone: "a week after Gotabaya Rajapaksa fled ... forcing Rajapaksa to flee"
  const NAME_SEQ =
    /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}(?![\p{L}\p{N}'’-])/gu;
  const capitalized = new Map<string, number[]>();
  // the capitalized words of the text, tokenized once for the name passes below
  const capTokens = tokenize(folded).filter((tk) => isUpper(text.charAt(tk.start)));
  for (const tk of capTokens)
    capitalized.set(tokenKey(tk.text), [...(capitalized.get(tokenKey(tk.text)) ?? []), tk.start]);
  const notNameWord = (w: string) => {
    const f = w
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '');
    return (
      lexicon.stopwords.includes(f) ||
      titleWords.has(f) ||
      NOT_NAMES.has(f) ||
      PORTFOLIOS.has(f) ||
      INSTITUTIONS.has(f) ||
      lexicon.orgNouns.includes(f) ||
      lexicon.months.some((m) => m.includes(f)) ||
      lexicon.weekdays.some((d) => d.includes(f)) ||
      lexicon.treatyNouns.some((n) => f.startsWith(n.form))
    );
  };
  let nm: RegExpExecArray | null;
  NAME_SEQ.lastIndex = 0;
  while ((nm = NAME_SEQ.exec(text)) !== null) {
    const start = nm.index;
    const end = start + nm[0].length;
    const si = sentenceAt(sentences, start);
    const s = sentences[si]!;
    if (overlaps(start, end) || isHeadline(si) || /^[\s"“«(]*$/.test(text.slice(s.start, start))) continue;
    const words = nm[0].split(' ');
    if (words.some(notNameWord)) continue;
    const last = words[words.length - 1]!;
    if (last.length < 4) continue;
    const again = (capitalized.get(tokenKey(foldText(last))) ?? []).filter(
      (x) => (x < start || x >= end) && !overlaps(x, x + last.length),
    );
    if (!again.length) continue;
    const keys = nameKeys(nm[0]);
    const id = `person:${toSlug(keys.join(' '))}`;
    if (!actors.has(id)) actors.set(id, { id, name: nm[0], kind: 'person', iso2: null, media: false, offices: [] });
    if (keys.length >= 2) addSurname(keys[keys.length - 1]!, id);
    mentions.push({ actorId: id, start, end, sentence: si, metonym: false, confidence: 0.5 });
    taken.push({ start, end });
  }

  // later mentions by surname alone: "Manalo said", "Нуртлеу заявил", "dijo Petro" (people of the gazetteer named in full too);
  // a surname two people share ("Juan Orlando Hernández", "Tony Hernández") is the one named last before it
  for (const m of mentions) {
    if (actors.get(m.actorId)?.kind !== 'person') continue;
    const keys = nameKeys(text.slice(m.start, m.end));
    if (keys.length >= 2) addSurname(keys[keys.length - 1]!, m.actorId);
  }
  const fullBefore = (ids: string[], at: number): string => {
    let before: ActorMention | undefined;
    let after: ActorMention | undefined;
    for (const m of mentions) {
      if (!ids.includes(m.actorId) || !/\s/u.test(text.slice(m.start, m.end))) continue;
      if (m.start < at) {
        if (!before || m.start > before.start) before = m;
      } else if (!after || m.start < after.start) after = m;
    }
    return (before ?? after)?.actorId ?? ids[0]!;
  };
  if (surnames.size) {
    for (const t of capTokens) {
      const ids = surnames.get(tokenKey(t.text));
      if (!ids || overlaps(t.start, t.end)) continue;
      const id = ids.length === 1 ? ids[0]! : fullBefore(ids, t.start);
      mentions.push({
        actorId: id,
        start: t.start,
        end: t.end,
        sentence: sentenceAt(sentences, t.start),
        metonym: false,
        confidence: 0.5,
      });
      taken.push({ start: t.start, end: t.end });
    }
  }

  // later mentions by the first name alone, as Malay, Ethiopian or Korean names are shortened: "kata Anwar", "Abiy welcomed", "Jokowi dan Lee";
  // only a first name that one person named in full has, and not before another capitalized word (another full name)
  const given = new Map<string, string | null>();
  for (const m of mentions) {
    if (actors.get(m.actorId)?.kind !== 'person') continue;
    const first = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(text.slice(m.start, m.end))?.[1];
    if (!first || notNameWord(first) || lexicon.honorifics.includes(first.toLowerCase())) continue;
    const key = tokenKey(foldText(first));
    const prev = given.get(key);
    given.set(key, prev === undefined || prev === m.actorId ? m.actorId : null);
  }
  if (given.size) {
    for (const t of capTokens) {
      const id = given.get(tokenKey(t.text));
      if (!id || overlaps(t.start, t.end) || /^\s+\p{Lu}/u.test(text.slice(t.end, t.end + 3))) continue;
      mentions.push({
        actorId: id,
        start: t.start,
        end: t.end,
        sentence: sentenceAt(sentences, t.start),
        metonym: false,
        confidence: 0.5,
      });
      taken.push({ start: t.start, end: t.end });
    }
  }

  // organizations written "Long Name (ACRONYM)" or "ACRONYM (Long Name)"
  const ORG =
    /((?:\p{Lu}[\p{L}-]+)(?:\s+(?:\p{Lu}[\p{L}-]+|\p{Ll}{1,4}))*\s+\p{Lu}[\p{L}-]+)\s+\((\p{Lu}{3,10})\)|(?<![\p{L}])(\p{Lu}{3,10})\s+\(((?:\p{Lu}[\p{L}-]+)(?:\s+(?:\p{Lu}[\p{L}-]+|\p{Ll}{1,4}))*)\)/gu;
  // only where an acronym stands next to parentheses: the pattern above backtracks a lot elsewhere
  const windows: [number, number][] = [];
  const ACR = /\((\p{Lu}{3,10})\)|\p{Lu}{3,10}\s+\(/gu;
  let am: RegExpExecArray | null;
  // both forms need a parenthesis: most articles have none, and the pattern then need not run at all
  if (text.includes('('))
    while ((am = ACR.exec(text)) !== null)
      windows.push([Math.max(0, am.index - 150), Math.min(text.length, am.index + am[0].length + 150)]);
  let om: RegExpExecArray | null;
  for (const [from, to] of windows) {
    const slice = text.slice(from, to);
    ORG.lastIndex = 0;
    while ((om = ORG.exec(slice)) !== null) {
      om.index += from;
      const long = om[1] ?? om[4]!;
      const acr = om[2] ?? om[3]!;
      const longStart = om[1] ? om.index : om.index + om[0].indexOf('(') + 1;
      const acrStart = om[1] ? om.index + om[0].lastIndexOf('(') + 1 : om.index;
      if (overlaps(acrStart, acrStart + acr.length)) continue;
      const words = long.split(/\s+/).map((w) =>
        w
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, ''),
      );
      const first = words.find((w) => !['la', 'el', 'los', 'las', 'the', 'le'].includes(w)) ?? '';
      const isTreaty = lexicon.treatyNouns.some((n) => first.startsWith(n.form));
      // "Центральная избирательная комиссия России (ЦИК)": the head noun may follow its adjectives
      // "Tigray People's Liberation Front (TPLF)": or last, as English puts it
      if (
        isTreaty ||
        !(
          words.slice(0, 3).some((w) => lexicon.orgNouns.includes(w)) ||
          lexicon.orgNouns.includes(words[words.length - 1]!)
        )
      )
        continue;
      const id = `org:${toSlug(acr)}`;
      if (!actors.has(id))
        actors.set(id, { id, name: acr, kind: 'organization', iso2: null, media: false, offices: [] });
      const sentence = sentenceAt(sentences, acrStart);
      mentions.push({
        actorId: id,
        start: acrStart,
        end: acrStart + acr.length,
        sentence,
        metonym: false,
        confidence: 0.6,
      });
      if (!overlaps(longStart, longStart + long.length))
        mentions.push({
          actorId: id,
          start: longStart,
          end: longStart + long.length,
          sentence,
          metonym: false,
          confidence: 0.6,
        });
      taken.push({ start: acrStart, end: acrStart + acr.length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  resolveOrgans(text, mentions, gazetteer, addActor);
  // bare acronyms of organizations found above, elsewhere in the text
  // kinship words before or after a person ("ayah Kim Jong Un", "X's father"): another person, unnamed here
  const kept = mentions.filter((m) => {
    if (actors.get(m.actorId)?.kind !== 'person') return true;
    if (kinBefore?.test(folded.slice(Math.max(0, m.start - 40), m.start))) return false;
    if (kinAfter?.test(folded.slice(m.end, m.end + 30))) return false;
    return true;
  });
  return { actors, mentions: kept, places, treatyMatches };
}
