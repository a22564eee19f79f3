import { expect } from 'vitest';
import type { ExtractedTreaty, Language } from '../../../server/domain/extraction';
import { extractArticle } from '../../../server/extract/extract-article';
import { foldText } from '../../../server/extract/fold-text';
import { createGazetteer, type Gazetteer } from '../../../server/extract/gazetteer';
import { LEXICONS } from '../../../server/extract/lexicons';
import { recognizeActors } from '../../../server/extract/recognize-actors';
import { resolveDates } from '../../../server/extract/resolve-dates';
import { splitSentences } from '../../../server/extract/split-sentences';
import { loadGazetteerData } from '../../../seed/gazetteer';

let cached: Gazetteer | null = null;

/** The default gazetteer, compiled once for all tests in a file. */
export function testGazetteer(): Gazetteer {
  cached ??= createGazetteer(loadGazetteerData());
  return cached;
}

/** The events extracted from `text` (with its publication day, when given), each as "type@date[actor/actor]". */
export function extractedEvents(text: string, published?: string): string[] {
  return extractArticle(text, { gazetteer: testGazetteer(), ...(published ? { published } : {}) }).events.map(
    (e) => `${e.type}@${e.date}[${e.actors.join('/')}]`,
  );
}

/** The treaties extracted from a text written for a test, published on 1 May 2024. */
export function extractedTreaties(text: string): ExtractedTreaty[] {
  return extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties;
}

/** The names of those treaties. */
export function extractedTreatyNames(text: string): string[] {
  return extractedTreaties(text).map((t) => t.name);
}

/** Each text gives exactly one treaty, of that name, with that alias among its aliases. */
export function expectOneTreatyWithAlias(
  cases: readonly (readonly [text: string, name: string, alias: string])[],
): void {
  for (const [text, name, alias] of cases) {
    const got = extractedTreaties(text);
    expect(
      got.map((t) => t.name),
      text,
    ).toEqual([name]);
    expect(got[0]!.aliases, text).toContain(alias);
  }
}

/** What `recognizeActors` finds in `text`, with the default gazetteer and the text's own dates. */
export function recognizeIn(text: string, language: Language): ReturnType<typeof recognizeActors> {
  const folded = foldText(text);
  const lexicon = LEXICONS[language];
  return recognizeActors({
    text,
    folded,
    language,
    lexicon,
    sentences: splitSentences(text),
    dates: resolveDates(text, folded, lexicon, null),
    gazetteer: testGazetteer(),
  });
}

/** An opening sentence per language that settles the language of a made-up text before the sentence under test. */
export const OPENING: Record<string, string> = {
  en: 'The two governments said on Monday that the text was published. ',
  es: 'Los dos gobiernos dijeron el lunes que el texto fue publicado. ',
  fr: 'Les deux gouvernements ont dit lundi que le texte a été publié. ',
  id: 'Kedua pemerintah mengatakan pada hari Senin bahwa teks itu telah diterbitkan. ',
  ru: 'Оба правительства заявили в понедельник, что текст был опубликован. ',
};

/**
 * The events of a made-up sentence after its language's opening (which settles the language), without the opening's
 * own, as `extractedEvents` gives them, published on 10 April 2024.
 */
export function eventsAfterOpening(language: string, sentence: string): string[] {
  const opening = extractedEvents(OPENING[language]!, '2024-04-10');
  return extractedEvents(OPENING[language]! + sentence, '2024-04-10').filter((e) => !opening.includes(e));
}

/** The treaties each treaty of a made-up sentence (after its language's opening) replaces, by name. */
export function lineageOf(language: string, sentence: string): Record<string, string[]> {
  const r = extractArticle(OPENING[language]! + sentence, { gazetteer: testGazetteer(), published: '2024-05-01' });
  return Object.fromEntries(r.treaties.filter((t) => t.replaces.length).map((t) => [t.name, t.replaces]));
}

/** Canonical names of the actors of a kind that `recognizeIn` finds in `text`, in order of first mention. */
export function namesOf(text: string, language: Language, kind: string): string[] {
  const r = recognizeIn(text, language);
  return [
    ...new Set(
      r.mentions.filter((m) => r.actors.get(m.actorId)!.kind === kind).map((m) => r.actors.get(m.actorId)!.name),
    ),
  ];
}
