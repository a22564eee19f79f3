/**
 * franc's answer, computed faster: `franc(value, { only, minLength })` from franc-min, with franc's own
 * data (its trigram models and script expressions) and franc's own arithmetic, but with the trigrams
 * counted in a Map and each model read from a Map instead of franc's sorted tuple lists and plain
 * objects. Language detection ran franc on most French, Spanish and Indonesian articles, and franc
 * was up to a sixth of their extraction time. `test/unit/extract/franc-language.test.ts` holds it to
 * franc's answers.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants (franc-min 6.2.0, index.js). */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** Per script, the models of its languages in franc's order; a model maps a trigram to its rank. */
const MODELS = new Map<string, [string, Map<string, number>][]>(
  Object.entries(data).map(([script, languages]) => [
    script,
    Object.entries(languages).map(([name, trigrams]) => {
      const list = trigrams.split('|');
      const model = new Map<string, number>();
      // as franc: the first place of a trigram in the list is its rank
      for (let weight = list.length - 1; weight >= 0; weight--) model.set(list[weight]!, weight);
      return [name, model] as [string, Map<string, number>];
    }),
  ]),
);

const LATIN = new RegExp(expressions.Latin!.source, 'g');
const SURROGATE = /[\uD800-\uDFFF]/;

/** franc's script with the most characters in `value` (the first of equals, in franc's order) and its share. */
function topScript(value: string): [string | undefined, number] {
  // Without surrogates every match is one code unit, and no other script's expression matches a Latin
  // character of the Basic Multilingual Plane (franc-language.test.ts): more than half Latin is the top script.
  if (!SURROGATE.test(value)) {
    const latin = value.length - value.replace(LATIN, '').length;
    if (latin * 2 > value.length) return ['Latin', latin / value.length];
  }
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const found = value.match(expressions[script]!);
    const count = (found ? found.length : 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** The trigrams of `value` padded and cleaned as franc does (trigram-utils), with their counts. */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const gram = cleaned.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** The language franc names first for `value` among `only` ('und' when it names none). */
export function francLanguage(value: string, only: readonly string[], minLength: number): string {
  if (!value || value.length < minLength) return 'und';
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  const models = script === undefined ? undefined : MODELS.get(script);
  if (!script || !models) return !script || share === 0 || !only.includes(script) ? 'und' : script;
  const candidates = models.filter(([name]) => only.includes(name));
  if (!candidates.length) return 'und';
  const counts = trigramCounts(sample);
  let best = 'und';
  let bestDistance = Infinity;
  for (const [name, model] of candidates) {
    let distance = 0;
    for (const [gram, count] of counts) {
      const rank = model.get(gram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    // franc sorts the distances with a stable sort and takes the first: the first of equals wins
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best;
}
