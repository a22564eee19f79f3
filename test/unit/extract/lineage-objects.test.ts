import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { OPENING, lineageOf, testGazetteer } from './shared-gazetteer';

/**
 * Objects of replace verbs that name no treaty: treaties a text names only as earlier ("all previous agreements", "tous
 * les accords antérieurs", "todos los acuerdos anteriores", "semua perjanjian sebelumnya", "все предыдущие
 * соглашения") or by a word that stands for the noun and a year ("al firmado en 1991", "the one signed in 1991"); and
 * treaty names that a replace verb ends. Sentences written for the test, after an opening sentence that settles the
 * language.
 */
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
      expect(lineageOf(language, sentence), sentence).toEqual({ [newer]: [older] });
  });

  it('extractArticle("all previous agreements" with no replace verb) gives no treaty for them', () => {
    const r = extractArticle(
      `${OPENING.fr!}Le Traité de partenariat de défense a été signé hier. Tous les accords antérieurs ont été publiés.`,
      { gazetteer: testGazetteer(), published: '2024-05-01' },
    );
    expect(r.treaties.map((t) => t.name)).toEqual(['Traité de partenariat de défense']);
  });
});

describe('a replaced treaty named by a word that stands for its noun and a year', () => {
  const CASES: [language: string, sentence: string, newer: string, older: string][] = [
    [
      'en',
      'The new tax treaty replaces the one in effect since 1980.',
      'New tax treaty',
      'the one in effect since 1980',
    ],
    ['en', 'The new treaty will supersede that of 1991.', 'New treaty', 'that of 1991'],
    [
      'es',
      'El nuevo tratado, que sustituye al firmado en 1991, fue ratificado ayer.',
      'Nuevo tratado',
      'al firmado en 1991',
    ],
    [
      'es',
      'El nuevo tratado reemplazará al suscrito en 1991 entre ambos países.',
      'Nuevo tratado',
      'al suscrito en 1991',
    ],
    [
      'fr',
      'Le nouveau traité, qui remplace celui signé en 1991, a été ratifié hier.',
      'Nouveau traité',
      'celui signé en 1991',
    ],
    ['fr', 'Le nouveau traité remplacera celui de 1991.', 'Nouveau traité', 'celui de 1991'],
    [
      'ru',
      'Новый договор заменит заключенный в 1991 году между двумя странами.',
      'Новый договор',
      'заключенный в 1991 году',
    ],
  ];
  it('extractArticle("replaces the one signed in 1991", "sustituye al firmado en 1991") replaces the treaty of that year', () => {
    for (const [language, sentence, newer, older] of CASES)
      expect(lineageOf(language, sentence), sentence).toEqual({ [newer]: [older] });
  });

  it('extractArticle("menggantikan yang ditandatangani pada tahun 1991") replaces the known treaty of that year', () => {
    const r = extractArticle(`${OPENING.id!}Perjanjian START Baru menggantikan yang ditandatangani pada tahun 1991.`, {
      gazetteer: testGazetteer(),
      published: '2024-05-01',
    });
    const newStart = r.treaties.find((t) => t.name === 'New START');
    expect(newStart?.replaces).toEqual(['yang ditandatangani pada tahun 1991']);
    expect(r.treaties.map((t) => t.name).sort()).toEqual(['New START', 'START I']);
  });

  it('extractArticle("the one signed in 1991" after a verb that replaces nothing) gives no treaty for it', () => {
    for (const text of [
      'The new treaty extends the one signed in 1991.',
      'The new treaty amends the one signed in 1991.',
    ])
      expect(lineageOf('en', text), text).toEqual({});
  });
});

describe('a planned replacement whose object is a pronoun, and replacements not made', () => {
  const CASES: [language: string, sentence: string, newer: string, older: string][] = [
    [
      'en',
      'The Protocol extends the Cotonou Agreement until the new Partnership Agreement replaces it.',
      'Partnership Agreement',
      'Cotonou Agreement',
    ],
    [
      'es',
      'El Protocolo prorroga el Acuerdo de Cotonú hasta que lo sustituya el nuevo Acuerdo de Asociación.',
      'Acuerdo de Asociación',
      'Acuerdo de Cotonú',
    ],
    [
      'fr',
      "Le Protocole prolonge l'Accord de Cotonou jusqu'à ce que le nouvel Accord de partenariat le remplace.",
      'Accord de partenariat',
      'Accord de Cotonou',
    ],
    [
      'id',
      'Protokol itu memperpanjang Perjanjian Cotonou sampai Perjanjian Kemitraan yang baru menggantikannya.',
      'Perjanjian Kemitraan',
      'Perjanjian Cotonou',
    ],
  ];
  it('extractArticle("until the new X replaces it", "hasta que lo sustituya el nuevo X") makes X replace the treaty named before', () => {
    for (const [language, sentence, newer, older] of CASES)
      expect(lineageOf(language, sentence), sentence).toEqual({ [newer]: [older] });
  });

  it('extractArticle("rather than replacing it", "en vez de reemplazarlo", "au lieu de le remplacer", "none of") relates nothing', () => {
    const texts: [string, string][] = [
      ['en', 'The Protocol amends the Treaty of Friendship rather than replacing it.'],
      ['en', 'The amended Treaty of Friendship replaces none of the earlier agreements.'],
      ['es', 'Ambos gobiernos prorrogaron el Acuerdo de Pesca por diez años en vez de reemplazarlo.'],
      ['es', 'El Protocolo enmienda el Tratado de Amistad en lugar de sustituirlo.'],
      ['fr', "Le Protocole modifie le Traité d'amitié au lieu de le remplacer."],
      ['id', 'Protokol itu mengubah Perjanjian Persahabatan alih-alih menggantikannya.'],
      ['ru', 'Стороны продлили Соглашение о рыболовстве вместо того чтобы заменить его.'],
      ['ru', 'Протокол изменяет Договор о дружбе, а не заменяет его.'],
    ];
    for (const [language, text] of texts) expect(lineageOf(language, text), text).toEqual({});
  });
});

describe('a replaced treaty the text calls current, whose name the new one borrowed', () => {
  const CASES: [language: string, sentence: string, newer: string, older: string][] = [
    [
      'en',
      'The two countries signed the Fisheries Treaty of Oslo on Monday. The new Treaty and Protocol will replace the existing Treaty and Protocol.',
      'Fisheries Treaty of Oslo',
      'Existing Treaty and Protocol',
    ],
    [
      'es',
      'Los dos países firmaron el lunes el Tratado de Pesca de Oslo. El nuevo Tratado sustituirá al Tratado vigente entre ambos países.',
      'Tratado de Pesca de Oslo',
      'Tratado vigente',
    ],
    [
      'ru',
      'Две страны подписали в понедельник Договор о рыболовстве. Новый Договор заменит действующий Договор.',
      'Договор о рыболовстве',
      'Действующий Договор',
    ],
  ];
  it('extractArticle("The new Treaty will replace the current Treaty") makes the treaty the text is about replace another one', () => {
    for (const [language, sentence, newer, older] of CASES)
      expect(lineageOf(language, sentence), sentence).toEqual({ [newer]: [older] });
  });
});
