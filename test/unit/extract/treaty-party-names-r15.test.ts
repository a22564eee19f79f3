import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/**
 * One treaty named twice: by its noun and its two parties only ("the Convention between France and Chile") and by its
 * official name with the same two parties ("the Convention between the Government of the French Republic and the
 * Government of the Republic of Chile for the avoidance of double taxation"). Agency-style sentences written for the test.
 */
function namesOf(text: string): string[] {
  return extractArticle(text, { gazetteer: testGazetteer(), published: '2024-03-05' }).treaties.map((t) => t.name);
}

describe('a treaty named by its noun and parties, and by its official name', () => {
  const CASES: [text: string, name: string][] = [
    [
      'PARIS, 4 March - The Council of Ministers approved the Convention between France and Chile on Wednesday. The Convention between the Government of the French Republic and the Government of the Republic of Chile for the avoidance of double taxation was signed in Santiago on 7 June 2004.',
      'Convention between the Government of the French Republic and the Government of the Republic of Chile for the avoidance of double taxation',
    ],
    [
      'MADRID, 4 mar - El Consejo de Ministros aprobó el miércoles el Convenio entre España y México. El Convenio entre el Reino de España y los Estados Unidos Mexicanos para evitar la doble imposición fue firmado en Madrid el 24 de julio de 1992.',
      'Convenio entre el Reino de España y los Estados Unidos Mexicanos para evitar la doble imposición',
    ],
    [
      "PARIS, 4 mars - Le Conseil des ministres a approuvé mercredi la Convention entre la France et le Chili. La Convention entre le Gouvernement de la République française et le Gouvernement de la République du Chili en vue d'éviter les doubles impositions a été signée à Santiago le 7 juin 2004.",
      "Convention entre le Gouvernement de la République française et le Gouvernement de la République du Chili en vue d'éviter les doubles impositions",
    ],
    [
      'JAKARTA - DPR menyetujui Perjanjian antara Indonesia dan Singapura pada hari Rabu. Perjanjian antara Pemerintah Republik Indonesia dan Pemerintah Republik Singapura tentang Penghindaran Pajak Berganda ditandatangani di Singapura pada 4 Februari 2020.',
      'Perjanjian antara Pemerintah Republik Indonesia dan Pemerintah Republik Singapura tentang Penghindaran Pajak Berganda',
    ],
    [
      'МОСКВА, 4 марта. Госдума ратифицировала Соглашение между Россией и Казахстаном. Соглашение между Правительством Российской Федерации и Правительством Республики Казахстан о военном сотрудничестве было подписано в Москве 7 июня 2004 года.',
      'Соглашение между Правительством Российской Федерации и Правительством Республики Казахстан о военном сотрудничестве',
    ],
  ];
  it('extractArticle("the Convention between A and B" ... its official name between A and B) gives one treaty', () => {
    for (const [text, name] of CASES) expect(namesOf(text), text).toEqual([name]);
  });

  it('extractArticle(a short name and two official names between the same parties) merges nothing', () => {
    const names = namesOf(
      'PARIS, 4 March - Parliament approved the Agreement between France and Chile. The Agreement between the Government of the French Republic and the Government of the Republic of Chile on air services was signed on 7 June 2004. The Agreement between the Government of the French Republic and the Government of the Republic of Chile on youth mobility was signed on 8 June 2004.',
    );
    expect(names).toContain('Agreement between France and Chile');
  });
});
