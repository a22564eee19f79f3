import type { Language } from '../../domain/extraction';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { id } from './id';
import { ru } from './ru';
import type { Lexicon } from './types';

export type { Lexicon, NounGender, TriggerRule, TreatyNoun } from './types';

/** Every supported language's lexicon. */
export const LEXICONS: Record<Language, Lexicon> = { en, id, ru, es, fr };

/** The language of the canonical names (the gazetteer's, the actors' and treaties' output names). */
export const CANONICAL_LANGUAGE: Language = 'en';
