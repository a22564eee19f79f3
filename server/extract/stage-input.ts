import type { Language } from '../domain/extraction';
import type { Lexicon } from './lexicons';
import type { DateMention } from './resolve-dates';
import type { Sentence } from './split-sentences';

/** What every stage after date resolution reads: the text, its folded form, its language data, sentences and dates. */
export interface StageInput {
  text: string;
  folded: string;
  language: Language;
  lexicon: Lexicon;
  sentences: Sentence[];
  dates: DateMention[];
}
