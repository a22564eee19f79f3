import { plane } from '../bmp-patterns';
/** Pattern helpers the lexicons share. */

/**
 * "the treaty signed in 1961", "el tratado de amistad firmado por": a signing participle right after
 * an agreement noun describes it, unless a copula makes it the statement itself ("son dos tratados
 * firmados el 7 de septiembre").
 */
export function participleAfterNoun(
  noun: string,
  participle: string,
  copula: string,
): (before: string, word: string) => boolean {
  const nounRe = plane(new RegExp(noun, 'u'));
  const participleRe = plane(new RegExp(participle, 'u'));
  const copulaRe = plane(new RegExp(`(?:^|\\s)${copula}\\s+(?:\\p{L}+\\s+){0,3}$`, 'u'));
  return (before, word) => {
    if (!participleRe.test(word) || !nounRe.test(before)) return false;
    return !copulaRe.test(before.replace(nounRe, ' '));
  };
}

/** The words that tell where a new agreement's description ends in one language (`describedEnd`). */
export interface AboutWords {
  /** The opener at the slice's start: "relativo a", "portant sur", "sobre" before an article. */
  readonly opener: RegExp;
  /** The next lowercase word at the slice's start, the word in group 1. */
  readonly nextWord: RegExp;
  /**
   * A field the words go on over ("| en matière pénale", "| en materia de"): one that ends on its "de" goes on to the
   * next word.
   */
  readonly field?: RegExp;
  /** Articles and links, which do not end the span themselves. */
  readonly links: ReadonlySet<string>;
  /** Words that open another clause. */
  readonly stops: ReadonlySet<string>;
  /** A word the language's grammar reads as a verb. */
  readonly isVerbish: (word: string) => boolean;
  /** A participle's ending (on words of more than four letters): "proposées", "firmados" open a clause. */
  readonly participle: RegExp;
  /** A full date after a name (" del 29 de marzo de 1974", " du 29 mars 1974"), and how far it may reach. */
  readonly dateOf: RegExp;
  readonly dateOfReach: number;
}

/** A field that ends on its "de": its word follows. */
const OPEN_FIELD = /(?:\s(?:de|del)|d['’])$/u;
/** A relational adjective of two parties after a noun: " hispano-marroquí", " franco-sénégalaise", " germano-polonais". */
const PARTIES_ADJECTIVE = /^\s+\p{Ll}{2,}o-\p{Ll}{3,}(?![\p{L}-])/u;

/**
 * Where what a treaty is about ends, after its opener: "Convenio| relativo a la competencia judicial|, ...",
 * "Convention| relative à la circulation et au séjour des personnes| signée le ..."; `from` where there is no word of
 * its own.
 */
function aboutEnd(words: AboutWords, text: string, from: number, limit: number): number {
  const open = words.opener.exec(text.slice(from, Math.min(limit, from + 24)));
  if (!open) return from;
  let p = from + open[0].length;
  let end = from;
  for (let k = 0; k < 14; k++) {
    const field = end > from && words.field ? words.field.exec(text.slice(p, Math.min(limit, p + 32))) : null;
    if (field) {
      p += field[0].length - (/['’]$/u.test(field[0]) ? 1 : 0);
      if (!OPEN_FIELD.test(field[0])) end = p;
      continue;
    }
    const w = words.nextWord.exec(text.slice(p, Math.min(limit, p + 32)));
    if (!w) break;
    const word = w[1]!;
    if (words.stops.has(word) || words.isVerbish(word) || (word.length > 4 && words.participle.test(word))) break;
    p += w[0].length;
    if (!words.links.has(word)) end = p;
  }
  return end;
}

/**
 * Where a new agreement's description ends when it opens on what the agreement is about, or on its parties' adjective,
 * a date and what it is about ("el Convenio hispano-marroquí del 29 de marzo de 1974 sobre la circulación de
 * personas", "la Convention franco-sénégalaise du 29 mars 1974 sur ..."); `from` when it opens on neither.
 */
export function describedEnd(words: AboutWords, text: string, from: number, limit: number): number {
  const about = aboutEnd(words, text, from, limit);
  if (about > from) return about;
  const parties = PARTIES_ADJECTIVE.exec(text.slice(from, Math.min(limit, from + 40)));
  if (!parties) return from;
  let p = from + parties[0].length;
  p += words.dateOf.exec(text.slice(p, Math.min(limit, p + words.dateOfReach)))?.[0].length ?? 0;
  return Math.max(p, aboutEnd(words, text, p, limit));
}

/**
 * The words between a verb and its object when a term or a date stands between them ("prolonged for a further six
 * months, until 15 March, the restrictive measures", "prorrogó por seis meses más las sanciones"): at most `max` words,
 * none of which opens another clause (`stops`, alternatives of a regex source).
 */
export function termGap(stops: string, max: number): string {
  return `(?:(?!(?:${stops})(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}'’.-]+,? ){0,${max}}?`;
}
