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
