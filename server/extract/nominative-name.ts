/**
 * The nominative of an unknown treaty name written in an oblique case: "Договором о дружбе ... между
 * СССР и Финляндией" → "Договор о дружбе ... между СССР и Финляндией", "Бишкекского протокола" →
 * "Бишкекский протокол". Only the head noun and the capitalized adjectives before it inflect; the
 * words after the noun are governed by it and keep their case. The noun forms come from the
 * lexicon (`treatyNounCases`), so a language without cases has nothing to do here.
 */
import type { Lexicon, NounGender } from './lexicons';
import { plane } from './bmp-patterns';

// patterns of the functions below, compiled once here: a transpiler targeting Node writes a `\p{..}` literal as
// `new RegExp(..)`, which a function would then run on every call
const CAPITAL_START = plane(/^\p{Lu}/u);

const FOLD = /[\u0300-\u036f]/g;
const fold = (w: string): string => w.toLowerCase().normalize('NFD').replace(FOLD, '');

/** Singular adjective endings, longest first, so that the stem is what remains. */
const ADJ_ENDINGS = /(?:ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ое|ее|ий|ый)$/u;
/** Plural adjective endings: a plural adjective goes with a plural noun, which is left as written. */
const ADJ_PLURAL = /(?:ых|их|ые|ие)$/u;
const VELAR_OR_SIBILANT = /[кгхжшчщ]$/u;

function adjectiveFor(adj: string, gender: NounGender): string | null {
  if (ADJ_PLURAL.test(adj) && !/(?:ий|ый)$/u.test(adj)) return null;
  const m = ADJ_ENDINGS.exec(adj);
  if (!m) return null;
  const stem = adj.slice(0, m.index);
  if (gender === 'f') return `${stem}ая`;
  if (gender === 'n') return `${stem}ое`;
  return `${stem}${VELAR_OR_SIBILANT.test(stem) ? 'ий' : 'ый'}`;
}

/** The name with its head noun (and the capitalized adjectives before it) in the nominative; the name itself when it already is, or when the lexicon has no cases. */
export function nominativeName(name: string, lex: Lexicon): string {
  const cases = lex.treatyNounCases;
  if (!cases) return name;
  const words = name.split(' ');
  const head = words.findIndex((w) => w !== '' && cases[fold(w)] !== undefined);
  if (head < 0) return name;
  const [nominative, gender] = cases[fold(words[head]!)]!;
  if (fold(words[head]!) === nominative) return name;
  const out = [...words];
  for (let i = 0; i < head; i++) {
    const adj = adjectiveFor(out[i]!, gender);
    if (adj === null) return name;
    out[i] = adj;
  }
  const written = words[head]!;
  out[head] = CAPITAL_START.test(written) ? nominative.charAt(0).toUpperCase() + nominative.slice(1) : nominative;
  return out.join(' ');
}
