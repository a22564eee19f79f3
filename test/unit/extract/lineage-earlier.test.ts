import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/**
 * Treaties a text names only as earlier ("all previous agreements", "tous les accords antérieurs", "todos los acuerdos
 * anteriores", "semua perjanjian sebelumnya", "все предыдущие соглашения"), objects of a replace verb, and treaty
 * names that a replace verb ends. Sentences written for the test, after an opening sentence that settles the language.
 */
const OPENING: Record<string, string> = {
  en: 'The two governments said on Monday that the text was published. ',
  es: 'Los dos gobiernos dijeron el lunes que el texto fue publicado. ',
  fr: 'Les deux gouvernements ont dit lundi que le texte a été publié. ',
  id: 'Kedua pemerintah mengatakan pada hari Senin bahwa teks itu telah diterbitkan. ',
  ru: 'Оба правительства заявили в понедельник, что текст был опубликован. ',
};

/** The treaties each treaty of a text replaces, by name. */
function lineage(language: string, sentence: string): Record<string, string[]> {
  const r = extractArticle(OPENING[language]! + sentence, { gazetteer: testGazetteer(), published: '2024-05-01' });
  return Object.fromEntries(r.treaties.filter((t) => t.replaces.length).map((t) => [t.name, t.replaces]));
}

describe('earlier treaties named only as earlier', () => {
  const CASES: [language: string, sentence: string, newer: string, older: string][] = [
    [
      'en',
      'The Defence Partnership Treaty signed in Paris replaces all earlier agreements on defence.',
      'Defence Partnership Treaty',
      'Earlier agreements',
    ],
    [
      'en',
      'The new defence treaty between France and Gabon repeals and replaces all previous agreements between them.',
      'New defence treaty between France and Gabon',
      'Previous agreements',
    ],
    [
      'fr',
      'Le Traité de partenariat de défense abroge et remplace tous les accords antérieurs entre les deux pays.',
      'Traité de partenariat de défense',
      'Accords antérieurs',
    ],
    [
      'fr',
      'Le traité de défense entre la France et le Gabon remplace les conventions précédentes.',
      'Traité de défense entre la France et le Gabon',
      'Conventions précédentes',
    ],
    [
      'es',
      'El Tratado de Asociación de Defensa deroga y sustituye todos los acuerdos anteriores entre ambos países.',
      'Tratado de Asociación de Defensa',
      'Acuerdos anteriores',
    ],
    [
      'es',
      'El nuevo tratado de defensa sustituye a todos los convenios previos.',
      'Nuevo tratado de defensa',
      'Convenios previos',
    ],
    [
      'id',
      'Perjanjian Kemitraan Pertahanan menggantikan semua perjanjian sebelumnya antara kedua negara.',
      'Perjanjian Kemitraan Pertahanan',
      'Perjanjian sebelumnya',
    ],
    [
      'ru',
      'Договор о партнерстве в области обороны заменяет все предыдущие соглашения между двумя странами.',
      'Договор о партнерстве в области обороны',
      'Предыдущие соглашения',
    ],
    [
      'ru',
      'Договор о партнерстве в области обороны придет на смену всем прежним соглашениям.',
      'Договор о партнерстве в области обороны',
      'Прежним соглашениям',
    ],
  ];
  it('extractArticle("X replaces all previous agreements") makes X replace one treaty named by its earlier words', () => {
    for (const [language, sentence, newer, older] of CASES)
      expect(lineage(language, sentence), sentence).toEqual({ [newer]: [older] });
  });

  it('extractArticle("all previous agreements" with no replace verb) gives no treaty for them', () => {
    const r = extractArticle(
      `${OPENING.fr!}Le Traité de partenariat de défense a été signé hier. Tous les accords antérieurs ont été publiés.`,
      { gazetteer: testGazetteer(), published: '2024-05-01' },
    );
    expect(r.treaties.map((t) => t.name)).toEqual(['Traité de partenariat de défense']);
  });
});
