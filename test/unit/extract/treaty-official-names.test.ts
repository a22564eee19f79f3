import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/** The names of the treaties of a text written for the test. */
const names = (text: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties.map((t) => t.name);

describe('extractArticle: official names with the parties a treaty is between, five languages', () => {
  it('extractArticle("l\'Accord de coopération entre la République française et la République malgache") keeps both parties, each after its article', () => {
    const cases: [string, string][] = [
      [
        "Le porte-parole a dit que l'Accord de coopération entre la France et l'Union européenne a été signé lundi.",
        "Accord de coopération entre la France et l'Union européenne",
      ],
      [
        "Le porte-parole a dit que l'Accord de coopération entre la République française et la République malgache a été signé lundi.",
        'Accord de coopération entre la République française et la République malgache',
      ],
      [
        'El portavoz dijo que el Convenio de cooperación entre el Reino de España y la República Argentina fue firmado el lunes.',
        'Convenio de cooperación entre el Reino de España y la República Argentina',
      ],
      [
        'The spokesman said the Cooperation Agreement between the French Republic and the Malagasy Republic was signed on Monday.',
        'Cooperation Agreement between the French Republic and the Malagasy Republic',
      ],
      [
        'Juru bicara mengatakan bahwa Persetujuan Kerja Sama antara Pemerintah Republik Indonesia dan Pemerintah Republik Chili telah ditandatangani pada hari Senin.',
        'Persetujuan Kerja Sama antara Pemerintah Republik Indonesia dan Pemerintah Republik Chili',
      ],
      [
        'Представитель заявил, что Соглашение о сотрудничестве между Российской Федерацией и Французской Республикой подписано в понедельник.',
        'Соглашение о сотрудничестве между Российской Федерацией и Французской Республикой',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });
});
