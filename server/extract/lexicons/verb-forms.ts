/**
 * The finite forms of regular Spanish and French verbs in the tenses news tells an act in, generated from their
 * infinitives (folded: lowercase, no accents), as regular expression sources for trigger rules: a verb listed as one
 * form misses the others ("afirmó" but not "afirmaba", "a signé" but not "viennent de signer").
 */

/** Which forms a verb takes besides its past and present of the third person. */
export interface VerbFormOptions {
  /**
   * The present of the third person ("firma", "firman", "visite"), off where the singular is also a noun the lexicon reads
   * apart, or where the present tells a stance rather than the news (a statute's "considers", "juge").
   */
  readonly present?: boolean;
  /** Reflexive: "se reunió", "s'est entretenu", "acaban de reunirse". */
  readonly pronominal?: boolean;
  /** Transitive: the passive of the past ("fue firmado", "ont été bombardées", "vient d'être signé"). */
  readonly passive?: boolean;
}

/** A regular Spanish infinitive: its stem and its conjugation's vowel. */
function spanishStem(infinitive: string): [string, 'a' | 'e' | 'i'] {
  const m = /^(.+)([aei])r$/u.exec(infinitive);
  if (!m) throw new Error(`invalid Spanish infinitive: ${infinitive}`);
  return [m[1]!, m[2] as 'a' | 'e' | 'i'];
}

/**
 * The endings of the preterite, imperfect and (when asked) present of the third person; the first person is a joint
 * statement's, which the lexicons read apart ("reiteramos", "réitérons").
 */
function spanishEndings(vowel: 'a' | 'e' | 'i', present: boolean): string[] {
  if (vowel === 'a') return ['o', 'aron', 'aba', 'aban', ...(present ? ['a', 'an'] : [])];
  return ['io', 'ieron', 'ia', 'ian', ...(present ? ['e', 'en'] : [])];
}

const ES_PERFECT = '(?:ha|han|habia|habian|hubo|hubieron)';
const ES_PASSIVE = '(?:fue|fueron|ha sido|han sido|habia sido|habian sido)';
const ES_RECENT = 'acab(?:a|an|aba|aban|o|aron) de';

/**
 * Spanish: for each infinitive the preterite, present and imperfect ("firmó", "firman", "firmaba"), the perfect and
 * pluperfect ("ha firmado", "habían firmado"), the recent past ("acaban de firmar"); the reflexive forms of a
 * pronominal verb ("se reunió", "se han reunido", "acaba de reunirse") and the passive of a transitive one ("fue
 * firmado", "fueron firmadas", and "se firmó").
 */
export function spanishVerbForms(infinitives: readonly string[], options: VerbFormOptions = {}): string {
  const simple: string[] = [];
  const participles: string[] = [];
  for (const infinitive of infinitives) {
    const [stem, vowel] = spanishStem(infinitive);
    simple.push(`${stem}(?:${spanishEndings(vowel, options.present ?? true).join('|')})`);
    participles.push(`${stem}${vowel === 'a' ? 'ad' : 'id'}`);
  }
  const finite = simple.join('|');
  const participle = `(?:${participles.join('|')})`;
  const infinitive = `(?:${infinitives.join('|')})`;
  const arms = options.pronominal
    ? [
        `se (?:${finite})`,
        `se ${ES_PERFECT} ${participle}o`,
        `${ES_RECENT} ${infinitive}se`,
        `se ${ES_RECENT} ${infinitive}`,
      ]
    : [finite, `${ES_PERFECT} ${participle}o`, `${ES_RECENT} ${infinitive}`];
  // the passive with "ser" and the reflexive passive ("se firmó un acuerdo", "se firmaron dos convenios")
  if (options.passive) arms.push(`${ES_PASSIVE} ${participle}(?:o|a|os|as)`, `se (?:${finite})`);
  return arms.join('|');
}

/** A regular French infinitive of the first group: its stem. */
function frenchStem(infinitive: string): string {
  const m = /^(.+)er$/u.exec(infinitive);
  if (!m) throw new Error(`invalid French infinitive: ${infinitive}`);
  return m[1]!;
}

/** A subject pronoun after its verb: "a-t-il", "ont-ils", "affirme-t-elle". */
const FR_INVERTED = '(?:-t-(?:il|elle|on)|-(?:il|elle|on|ils|elles))?';
/** The adverbs French puts between an auxiliary and its participle: "a fermement condamné", "ont déjà signé". */
const FR_INSERTED =
  "(?:(?:\\p{L}{3,}ment|deja|aussi|egalement|encore|enfin|bien|notamment|ensuite|toutefois|pourtant|d'ailleurs|a nouveau|de nouveau|tout juste|pour sa part|pour leur part|de son cote|de leur cote),? )?";
const FR_HAVE = `(?:a|ont|avait|avaient|eut|eurent)${FR_INVERTED}`;
const FR_BE_REFLEXIVE = `(?:s'est|se sont|s'etait|s'etaient)${FR_INVERTED}`;
const FR_PASSIVE = `(?:a ete|ont ete|avait ete|avaient ete|fut|furent|(?:vient|viennent|venait|venaient) d'etre)`;
const FR_RECENT = `(?:vien(?:t|nent)|venai(?:t|ent))${FR_INVERTED} d(?:e |')`;

/**
 * French, first group: for each infinitive the present, simple past and imperfect ("signe", "signèrent", "signait"),
 * the present inverted after a quote ("affirme-t-il"), the perfect and pluperfect with an adverb between and the
 * subject inverted ("a fermement condamné", "a-t-il déclaré", "avaient signé"), the recent past ("viennent de signer");
 * the reflexive forms of a pronominal verb ("se rencontrent", "se sont rencontrés", "vient de se rencontrer") and the
 * passive of a transitive one ("a été signé", "ont été bombardées", "vient d'être ratifié").
 */
export function frenchVerbForms(infinitives: readonly string[], options: VerbFormOptions = {}): string {
  const simple: string[] = [];
  const stems: string[] = [];
  for (const infinitive of infinitives) {
    const stem = frenchStem(infinitive);
    stems.push(stem);
    const present = options.present ?? true;
    // "jugea", "partageait": a stem in g keeps its sound before a and o with an e
    const soft = stem.endsWith('g') ? 'e' : '';
    simple.push(
      `${stem}(?:erent|${soft}ait|${soft}aient|${soft}a(?:-t-(?:il|elle|on))?${present ? '|e|ent|ent-(?:ils|elles)|e-t-(?:il|elle|on)' : ''})`,
    );
  }
  const finite = simple.join('|');
  const participle = `(?:${stems.join('|')})e`;
  const infinitive = `(?:${infinitives.join('|')})`;
  const agreed = `${participle}(?:e|s|es)?`;
  const arms = options.pronominal
    ? [`(?:se |s')(?:${finite})`, `${FR_BE_REFLEXIVE} ${FR_INSERTED}${agreed}`, `${FR_RECENT}(?:se |s')${infinitive}`]
    : [finite, `${FR_HAVE} ${FR_INSERTED}${participle}`, `${FR_RECENT}${infinitive}`];
  if (options.passive) arms.push(`${FR_PASSIVE} ${FR_INSERTED}${agreed}`);
  return arms.join('|');
}
