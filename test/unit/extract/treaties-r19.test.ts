import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/** The treaty names of a text written for the test. */
const names = (text: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), published: '2025-01-20' }).treaties.map((t) => t.name);

describe('extractArticle: one treaty, one entry', () => {
  it('extractArticle(...) reads an agreement described in lowercase, then named with its parties, as one treaty', () => {
    const cases: [string, string][] = [
      [
        'Britain and India signed a free trade agreement on Thursday. ' +
          'The UK-India Free Trade Agreement will cut tariffs on whisky.',
        'UK-India Free Trade Agreement',
      ],
      [
        'Chile y Perú firmaron un acuerdo de integración fronteriza el lunes. ' +
          'El Acuerdo de Integración Fronteriza Chile-Perú entrará en vigor en marzo.',
        'Acuerdo de Integración Fronteriza Chile-Perú',
      ],
      [
        'Le Maroc et la France ont signé lundi un accord de coopération militaire. ' +
          "L'Accord de coopération militaire Maroc-France sera ratifié en mai.",
        'Accord de coopération militaire Maroc-France',
      ],
      [
        'Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan pada Kamis. ' +
          'Perjanjian Kerja Sama Pertahanan Indonesia-Australia itu akan diratifikasi.',
        'Perjanjian Kerja Sama Pertahanan Indonesia-Australia',
      ],
      [
        'Россия и Сербия в пятницу подписали соглашение о взаимной защите инвестиций. ' +
          'Соглашение о взаимной защите инвестиций Россия-Сербия вступит в силу в мае.',
        'Соглашение о взаимной защите инвестиций',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toEqual([name]);
  });

  it('extractArticle(...) reads a name written with other function words or another noun of its kind as one treaty', () => {
    const cases: [string, string][] = [
      [
        'Los ministros recordaron la Convención de Cartagena sobre pesca. ' +
          'El Convenio de Cartagena sobre pesca protege las poblaciones de peces.',
        'Convención de Cartagena',
      ],
      [
        "Le ministre a présenté l'Amendement de la Convention sur les pêches. " +
          "L'amendement à la Convention sur les pêches entre en vigueur en mai.",
        'Amendement de la Convention sur les pêches',
      ],
    ];
    for (const [text, name] of cases) {
      const got = names(text);
      expect(got, text).toContain(name);
      expect(
        got.filter((n) => n !== name && !n.startsWith('Convention')),
        text,
      ).toEqual([]);
    }
  });

  it('extractArticle(...) keeps apart two treaties where one name has more words of its own', () => {
    const got = names(
      'The two ministers signed the Agreement on Cooperation in Health and the Agreement on Cooperation in Education ' +
        'on Monday in Hanoi. The Agreement on Cooperation in Health enters into force in May.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Agreement on Cooperation in Health', 'Agreement on Cooperation in Education']),
    );
  });

  it('extractArticle(...) keeps apart an amendment and the treaty it amends', () => {
    const got = names(
      'On Monday the parties signed the Agreement amending the Open Skies Agreement. ' +
        'The Open Skies Agreement was signed in 2010.',
    );
    expect(got.some((n) => n.startsWith('Agreement amending the Open Skies Agreement'))).toBe(true);
    expect(got).toContain('Open Skies Agreement');
  });
});
