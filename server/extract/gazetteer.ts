/**
 * The gazetteer: known actors, treaties and places with their names in every supported language,
 * compiled once into token tries (one per language) for fast longest-match lookup.
 */
import { LANGUAGES, type ActorKind, type Language, type ReplacesBasis } from '../domain/extraction';
import { CANONICAL_LANGUAGE, LEXICONS } from './lexicons';
import { foldText, hasCyrillic, isUpper, tokenize, tokenKey } from './fold-text';
import { plane } from './bmp-patterns';

/** Names per language; `any` applies to every language (acronyms, names written the same everywhere). */
export type Names = Partial<Record<Language | 'any', string[]>>;

export interface GazetteerActor {
  id: string;
  name: string;
  kind: ActorKind;
  iso2?: string;
  names: Names;
  /** Short forms ("Putin") that count only when unambiguous in the article. */
  short?: Names;
  offices?: { title: string; of: string | null; since?: string; until?: string }[];
  /** News agencies and broadcasters: cited as sources, never event participants. */
  media?: boolean;
  /**
   * An organ of an organization ("General Assembly" of the UN or of the OAS): `of` is the
   * organization, `bare` the names that leave it out, which mean the organ of the organization the
   * text is about. Only one organ of a kind lists its bare names among its `names` (the default). A `tied` organ's bare
   * names count only in a text that names its organization, as a state's organs' do ("the Council" of the EU).
   */
  organ?: { of: string; bare: Names; tied?: boolean };
}

export interface GazetteerTreaty {
  id: string;
  name: string;
  kind: string;
  names: Names;
  signed: string | null;
  inForce?: string | null;
  ended?: string | null;
  /** Actor ids. */
  parties: string[];
  replaces?: { id: string; basis: ReplacesBasis }[];
  /** Predecessors that are not replaced (amended, followed, renamed). */
  related?: string[];
}

export interface GazetteerPlace {
  id: string;
  name: string;
  names: Names;
  iso2?: string;
  /** A capital used for its country ("Moscow said"): the country id, by period. */
  metonym?: { id: string; until?: number; from?: number }[];
}

export interface GazetteerData {
  actors: GazetteerActor[];
  treaties: GazetteerTreaty[];
  places: GazetteerPlace[];
}

type EntryKind = 'actor' | 'treaty' | 'place';

const NO_ARTICLES: ReadonlySet<string> = new Set();
/** Per language, the articles a name of its trie (its own or an English one) may leave out where the text writes them. */
const TEXT_ARTICLES = new Map<Language, ReadonlySet<string>>(
  LANGUAGES.map((l) => [
    l,
    new Set([l, CANONICAL_LANGUAGE].flatMap((x) => LEXICONS[x].grammar.articles.map((a) => tokenKey(foldText(a))))),
  ]),
);
/** Each language's definite articles as name keys. */
const ARTICLES = new Map<Language, ReadonlySet<string>>(
  LANGUAGES.map((l) => [l, new Set(LEXICONS[l].grammar.articles.map((a) => tokenKey(foldText(a))))]),
);

interface TrieEntry {
  kind: EntryKind;
  id: string;
  /** Acronyms must match in capitals; proper names must start with a capital in the text. */
  caseRule: 'upper' | 'capital' | 'any';
  short: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: TrieEntry[];
}

export interface GazetteerMatch {
  start: number;
  end: number;
  entries: TrieEntry[];
}

export interface Gazetteer {
  data: GazetteerData;
  actors: Map<string, GazetteerActor>;
  treaties: Map<string, GazetteerTreaty>;
  places: Map<string, GazetteerPlace>;
  /** Finds every longest non-overlapping gazetteer name in a folded text. */
  match(text: string, folded: string, language: Language): GazetteerMatch[];
}

const LANGS: readonly Language[] = LANGUAGES;

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

const ACRONYM = plane(/^[\p{Lu}\d.\- ]{2,12}$/u);
/** What ends a name between two of its words: a line break or sentence punctuation, but not an abbreviation's dot ("U.S. Senate"). */
const SENTENCE_GAP = /\n|[.!?;:]\s/;
const ABBREVIATION_GAP = /^\.\s?$/;
const CAPITAL_ONLY = plane(/^[\p{Lu}]$/u);
/** A capital and a period: an initial (a module constant: a transpiler may write a `\p{..}` literal as `new RegExp`). */
const CAPITAL_PERIOD = plane(/^\p{Lu}\./u);

/** A capital letter and a period: an initial. */
function isInitial(text: string, t: { start: number; end: number }): boolean {
  return t.end - t.start === 1 && text.charAt(t.end) === '.' && isUpper(text.charAt(t.start));
}

const NON_LETTER = plane(/[^\p{L}]/gu);
function caseRuleOf(name: string, kind: EntryKind): TrieEntry['caseRule'] {
  const letters = name.replace(NON_LETTER, '');
  if (ACRONYM.test(name) && letters.length <= 8 && letters === letters.toUpperCase()) return 'upper';
  if (kind === 'treaty') return 'any';
  const first = name.charAt(0);
  return isUpper(first) ? 'capital' : 'any';
}

const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/;

/**
 * Russian fleeting vowels: "Египет" is "Египта" in the genitive; add the key without the vowel. Only for a name whose
 * last word itself ends so ("Перу" has the stem "пер" but no fleeting vowel: "ПРО" is not Peru).
 */
function keyVariants(keys: string[], lastWord: string): string[][] {
  const out: string[][] = [keys];
  const last = keys[keys.length - 1];
  if (last && last === lastWord && hasCyrillic(last) && /[^аеёиоуыэюяй][ео][^аеёиоуыэюяйь]$/.test(last)) {
    out.push([...keys.slice(0, -1), last.slice(0, -2) + last.slice(-1)]);
  }
  return out;
}

/**
 * The keys of a name without the articles inside it ("organizacion de los estados americanos" → "organizacion de estados
 * americanos", "office of the united states ..." → "office of united states ..."): news writes a body's name with or
 * without them. Never its first or last word.
 */
function withoutInnerArticles(keys: string[], articles: ReadonlySet<string>): string[] | null {
  if (articles.size === 0 || !keys.some((k, i) => i > 0 && i < keys.length - 1 && articles.has(k))) return null;
  return keys.filter((k, i) => i === 0 || i === keys.length - 1 || !articles.has(k));
}

/**
 * `fallback`: an English name in another language's trie, which gives way to that language's own names of the same words.
 * `articles`: the definite articles of the name's language, which an actor's name may leave out inside it.
 */
function insert(
  root: TrieNode,
  name: string,
  entry: TrieEntry,
  fallback = false,
  articles: ReadonlySet<string> = NO_ARTICLES,
): void {
  const words = tokenize(foldText(name));
  const keys = words.map((t) => tokenKey(t.text));
  if (keys.length === 0) return;
  const variants = keyVariants(keys, words[words.length - 1]!.text);
  const bare = withoutInnerArticles(keys, articles);
  if (bare) variants.push(bare);
  // a Cyrillic word ending in a consonant is the stem of its oblique cases ("Тамим" → "Тамимом"), whatever the stemmer
  // takes off its nominative ("тамим" → "там")
  const oblique = words.map((t, i) => (CONSONANT_END.test(t.text) ? t.text : keys[i]!));
  if (oblique.some((k, i) => k !== keys[i])) variants.push(oblique);
  for (const variant of variants) {
    let node = root;
    for (const k of variant) {
      let child = node.next.get(k);
      if (!child) {
        child = newNode();
        node.next.set(k, child);
      }
      node = child;
    }
    // "América" is the Americas in Spanish, whatever the English "America" means
    if (fallback && node.entries.some((e) => e.kind !== 'treaty' && e.id !== entry.id)) continue;
    if (!node.entries.some((e) => e.id === entry.id && e.kind === entry.kind && e.caseRule === entry.caseRule))
      node.entries.push(entry);
  }
}

/** A language's own names of an entry (and those written the same everywhere). */
function namesFor(names: Names | undefined, language: Language): string[] {
  if (!names) return [];
  return [...(names.any ?? []), ...(names[language] ?? [])];
}

/** The canonical language's names, recognised in every other language's text too, but for the language's own abbreviations. */
function fallbackNames(names: Names | undefined, language: Language): string[] {
  if (!names || language === CANONICAL_LANGUAGE) return [];
  const own = LEXICONS[language].ownAbbreviations;
  const canonical = names[CANONICAL_LANGUAGE] ?? [];
  return own ? canonical.filter((n) => !own.includes(n)) : canonical;
}

/** A hash of a key from its length and first and last code units, which a filter of a trie's first keys is indexed by. */
export function keyHash(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  return ((key.charCodeAt(0) * 31 + key.charCodeAt(n - 1)) * 31 + n) & 0xffff;
}

/**
 * The hashes of the keys under a trie's root: a token whose key's hash is not set starts no name, which the match
 * learns without hashing the whole token for the root's map (most tokens of a text start none).
 */
export function rootFilter(keys: Iterable<string>): Uint8Array {
  const bits = new Uint8Array(0x10000);
  for (const k of keys) bits[keyHash(k)] = 1;
  return bits;
}

/** Compiles gazetteer data into per-language tries. Build it once and reuse it for every article. */
export function createGazetteer(data: GazetteerData): Gazetteer {
  const tries = new Map<Language, TrieNode>();
  const filters = new Map<Language, Uint8Array>();
  for (const lang of LANGS) {
    const root = newNode();
    for (const own of [true, false]) {
      const names = own ? namesFor : fallbackNames;
      const articles = ARTICLES.get(own ? lang : CANONICAL_LANGUAGE)!;
      for (const a of data.actors) {
        for (const n of names(a.names, lang))
          insert(root, n, { kind: 'actor', id: a.id, caseRule: caseRuleOf(n, 'actor'), short: false }, !own, articles);
        for (const n of names(a.short, lang))
          insert(root, n, { kind: 'actor', id: a.id, caseRule: caseRuleOf(n, 'actor'), short: true }, !own);
      }
      if (own)
        for (const t of data.treaties) {
          for (const n of Object.values(t.names).flat())
            insert(root, n, { kind: 'treaty', id: t.id, caseRule: caseRuleOf(n, 'treaty'), short: false });
        }
      for (const p of data.places) {
        for (const n of names(p.names, lang))
          insert(root, n, { kind: 'place', id: p.id, caseRule: caseRuleOf(n, 'place'), short: false }, !own);
      }
    }
    tries.set(lang, root);
    filters.set(lang, rootFilter(root.next.keys()));
  }
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const treaties = new Map(data.treaties.map((t) => [t.id, t]));
  const places = new Map(data.places.map((p) => [p.id, p]));

  function accepts(entry: TrieEntry, text: string, start: number, end: number): boolean {
    if (entry.caseRule === 'any') return true;
    const first = text.charAt(start);
    if (entry.caseRule === 'capital') return isUpper(first) || /\d/.test(first);
    const surface = text.slice(start, end).replace(NON_LETTER, '');
    return surface === surface.toUpperCase();
  }

  function match(text: string, folded: string, language: Language): GazetteerMatch[] {
    const root = tries.get(language);
    if (!root) return [];
    const filter = filters.get(language)!;
    const articles = TEXT_ARTICLES.get(language)!;
    const tokens = tokenize(folded);
    const keys = tokens.map((t) => tokenKey(t.text));
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = root;
      let best: GazetteerMatch | null = null;
      let bestLen = 0;
      for (let j = i; j < tokens.length && node; j++) {
        let child: TrieNode | undefined =
          j === i && filter[keyHash(keys[j]!)] === 0 ? undefined : node.next.get(keys[j]!);
        // "Organization of the Islamic Cooperation": an article the name goes on without, where the name with it ("of the
        // Petroleum ...") does not go on with the next word
        if (
          child &&
          j > i &&
          articles.has(keys[j]!) &&
          !child.next.has(keys[j + 1] ?? '') &&
          node.next.has(keys[j + 1] ?? '')
        )
          child = undefined;
        if (j > i) {
          // a middle initial that the gazetteer's name leaves out: "Antony J. Blinken", "Lloyd J. Austin", or an article
          // ("Conferencia de las Naciones Unidas" for "Conferencia de Naciones Unidas"); any other word the name does
          // not go on with ends it (before the gap is read: most words after a name's first end it)
          if (!child && !isInitial(text, tokens[j]!) && !articles.has(keys[j]!)) break;
          // names do not run across line breaks or sentence ends
          const gapStart = tokens[j - 1]!.end;
          const gapEnd = tokens[j]!.start;
          if (gapEnd - gapStart > 3) break;
          const gap = text.slice(gapStart, gapEnd);
          if (SENTENCE_GAP.test(gap) && !ABBREVIATION_GAP.test(gap)) break;
          if (!child) continue;
        }
        node = child;
        if (!node) break;
        if (node.entries.length) {
          const start = tokens[i]!.start;
          let end = tokens[j]!.end;
          if (
            text.charAt(end) === '.' &&
            CAPITAL_ONLY.test(text.charAt(end - 1)) &&
            CAPITAL_PERIOD.test(text.slice(end - 3, end))
          )
            end += 1;
          const ok = node.entries.filter((e) => accepts(e, text, start, end));
          if (ok.length) {
            best = { start, end, entries: ok };
            bestLen = j - i + 1;
          }
        }
      }
      if (best) {
        out.push(best);
        i += bestLen;
      } else i++;
    }
    return out;
  }

  return { data, actors, treaties, places, match };
}
