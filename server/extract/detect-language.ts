/**
 * Language: franc restricted to the supported languages (unrestricted, it reads Indonesian as
 * Javanese), then a check against each lexicon's function words, so that a text in a language we
 * do not support is reported instead of being read as the nearest supported one.
 */
import type { Language } from '../domain/extraction';
import { foldText } from './fold-text';
import { francLanguage } from './franc-language';
import { LEXICONS } from './lexicons';
import { FOREIGN_FUNCTION_WORDS, FOREIGN_SPELLING } from './lexicons/foreign';
import { plane } from './bmp-patterns';

const SUPPORTED = Object.keys(LEXICONS) as Language[];
/** franc's code of each supported language, from its lexicon. */
const FRANC_CODES: Record<string, Language> = Object.fromEntries(SUPPORTED.map((l) => [LEXICONS[l].grammar.franc, l]));
const FRANC_ONLY = Object.keys(FRANC_CODES);
/**
 * Every function word, with the supported languages whose lexicon lists it; none for a function word
 * of an unsupported language only (a foreign word: a language supported later stops counting as
 * foreign). A text's words are looked up here once.
 */
const FUNCTION_WORDS = new Map<string, Language[]>();
for (const lang of SUPPORTED)
  for (const w of new Set(LEXICONS[lang].stopwords)) FUNCTION_WORDS.set(w, [...(FUNCTION_WORDS.get(w) ?? []), lang]);
for (const w of FOREIGN_FUNCTION_WORDS) if (!FUNCTION_WORDS.has(w)) FUNCTION_WORDS.set(w, []);

export interface LanguageGuess {
  language: Language | null;
  /** Share of tokens that are function words of the guessed language. */
  confidence: number;
  reason?: string;
}

const WORDS = plane(/[\p{L}]+/gu);
/** Guesses the language of a text among the supported ones; null when it is none of them. */
export function detectLanguage(text: string, folded?: string): LanguageGuess {
  // the first characters tell the language as well as the whole text
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  const foldedSample = folded ? folded.slice(0, 1500) : foldText(sample);
  const words = (foldedSample.match(WORDS) ?? []).slice(0, 400);
  if (words.length < 3) return { language: null, confidence: 0, reason: 'too little text to tell the language' };
  let cyr = 0;
  let latin = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c >= 97 && c <= 122) latin++;
  }
  if (cyr + latin < words.length * 0.6) return { language: null, confidence: 0, reason: 'unsupported script' };
  const share = Object.fromEntries(SUPPORTED.map((l) => [l, 0])) as Record<Language, number>;
  let foreign = 0;
  for (const w of words) {
    const languages = FUNCTION_WORDS.get(w);
    if (!languages) {
      // a word spelled as a neighbouring language writes (Ukrainian "її", Serbian "још", Bulgarian "съобщи")
      if (FOREIGN_SPELLING.test(w)) foreign++;
      continue;
    }
    if (!languages.length) foreign++;
    for (const lang of languages) share[lang]++;
  }
  for (const lang of SUPPORTED) share[lang] /= words.length;
  const ranked = [...SUPPORTED].sort((a, b) => share[b] - share[a]);
  const best = ranked[0]!;
  // franc settles close calls; when the function words already agree clearly, it is not needed
  const clear = share[best] >= 0.15 && share[best] >= 3 * share[ranked[1]!];
  // a Cyrillic text is in the best-scoring language written in Cyrillic (below): franc would not change it
  const cyrillic = cyr > latin;
  const code = clear || cyrillic ? '' : francLanguage(sample, FRANC_ONLY, 10);
  let guess: Language | null = clear ? best : (FRANC_CODES[code] ?? null);
  // the lexicon overrides franc when franc is unsure or clearly contradicted
  if (!guess || share[best] > share[guess] * 2) guess = best;
  if (cyrillic) guess = ranked.find((l) => LEXICONS[l].grammar.script === 'cyrillic') ?? guess;
  const conf = share[guess];
  if (foreign / words.length > conf * 0.6)
    return {
      language: null,
      confidence: conf,
      reason: `unsupported language (function words of another language; best guess ${guess})`,
    };
  const least = LEXICONS[guess].grammar.minFunctionShare;
  const minShare = words.length < 30 ? Math.min(0.04, least) : least;
  if (conf < minShare)
    return {
      language: null,
      confidence: conf,
      reason: `unsupported language (best guess ${guess}, ${Math.round(conf * 100)}% function words)`,
    };
  return { language: guess, confidence: Math.min(1, conf * 3) };
}
