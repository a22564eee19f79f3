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
  const nounRe = new RegExp(noun, 'u');
  const participleRe = new RegExp(participle, 'u');
  const copulaRe = new RegExp(`(?:^|\\s)${copula}\\s+(?:\\p{L}+\\s+){0,3}$`, 'u');
  return (before, word) => {
    if (!participleRe.test(word) || !nounRe.test(before)) return false;
    return !copulaRe.test(before.replace(nounRe, ' '));
  };
}

/** The words that tell where "what a treaty is about" ends in one language (`aboutEnd`). */
export interface AboutWords {
  /** The opener at the slice's start: "relativo a", "portant sur", "sobre" before an article. */
  readonly opener: RegExp;
  /** The next lowercase word at the slice's start, the word in group 1. */
  readonly nextWord: RegExp;
  /** Articles and links, which do not end the span themselves. */
  readonly links: ReadonlySet<string>;
  /** Words that open another clause. */
  readonly stops: ReadonlySet<string>;
  /** A word the language's grammar reads as a verb. */
  readonly isVerbish: (word: string) => boolean;
  /** A participle's ending (on words of more than four letters): "proposées", "firmados" open a clause. */
  readonly participle: RegExp;
}

/**
 * Where what a treaty is about ends, after its opener: "Convenio| relativo a la competencia judicial|, ...",
 * "Convention| relative à la circulation et au séjour des personnes| signée le ..."; `from` where there is no word of
 * its own.
 */
export function aboutEnd(words: AboutWords, text: string, from: number, limit: number): number {
  const open = words.opener.exec(text.slice(from, Math.min(limit, from + 24)));
  if (!open) return from;
  let p = from + open[0].length;
  let end = from;
  for (let k = 0; k < 14; k++) {
    const w = words.nextWord.exec(text.slice(p, Math.min(limit, p + 32)));
    if (!w) break;
    const word = w[1]!;
    if (words.stops.has(word) || words.isVerbish(word) || (word.length > 4 && words.participle.test(word))) break;
    p += w[0].length;
    if (!words.links.has(word)) end = p;
  }
  return end;
}
