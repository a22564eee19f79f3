import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/** The treaty names of a text written for the test. */
const names = (text: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), published: '2025-01-20' }).treaties.map((t) => t.name);

describe('extractArticle: a name many pairs of states give their treaties', () => {
  it("extractArticle(...) reads a known bilateral name as the text's own treaty where a third state signs it", () => {
    const cases: [string, string][] = [
      [
        'Russia and Iran signed the Treaty on Comprehensive Strategic Partnership on Friday in Moscow. ' +
          'The Comprehensive Strategic Partnership Treaty has no mutual defence clause.',
        'Treaty on Comprehensive Strategic Partnership',
      ],
      [
        'Россия и Иран подписали Договор о всеобъемлющем стратегическом партнерстве в пятницу. ' +
          'Договор о всеобъемлющем стратегическом партнерстве вступит в силу после ратификации.',
        'Договор о всеобъемлющем стратегическом партнерстве',
      ],
    ];
    for (const [text, name] of cases) {
      const got = names(text);
      expect(got, text).not.toContain('Treaty on Comprehensive Strategic Partnership between Russia and North Korea');
      expect(
        got.some((n) => n.startsWith(name)),
        text,
      ).toBe(true);
    }
  });

  it('extractArticle(...) keeps the known treaty where the text names both its parties', () => {
    const got = names(
      'Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership in Pyongyang, and Iran watched.',
    );
    expect(got).toContain('Treaty on Comprehensive Strategic Partnership between Russia and North Korea');
  });
});

describe('extractArticle: a capitalized name that lists what it is about', () => {
  it('extractArticle(...) reads on over a comma list that a conjunction closes', () => {
    const cases: [string, string][] = [
      [
        'Los ministros recordaron que el Tratado de Amistad, Cooperación y Asistencia Mutua fue firmado en Varsovia.',
        'Tratado de Amistad, Cooperación y Asistencia Mutua',
      ],
      [
        'Para menteri mengenang Perjanjian Persahabatan, Perdagangan dan Navigasi yang ditandatangani di Manila.',
        'Perjanjian Persahabatan, Perdagangan dan Navigasi',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });

  it('extractArticle(...) reads on over a comma before the conjunction and over any "and" of the language', () => {
    const cases: [string, string][] = [
      [
        'Kedua menteri menandatangani Protokol tentang Persyaratan Pemeriksaan, Karantina, dan Sanitasi Ikan pada Selasa.',
        'Protokol tentang Persyaratan Pemeriksaan, Karantina, dan Sanitasi Ikan',
      ],
      [
        'Kedua menteri menandatangani Nota Kesepahaman Pertukaran Pelajar serta Kerja Sama Riset pada Selasa.',
        'Nota Kesepahaman Pertukaran Pelajar serta Kerja Sama Riset',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });

  it('extractArticle(...) does not read states listed after a comma into the name', () => {
    const got = names('El Tratado de Velmora, Portugal y España firmaron una declaración el lunes.');
    expect(got.some((n) => n.includes('Portugal'))).toBe(false);
  });
});

describe('extractArticle: a lowercase field phrase inside a capitalized name', () => {
  it('extractArticle(...) reads on over "with respect to", "en materia de", "di bidang" to the capitalized words after', () => {
    const cases: [string, string][] = [
      [
        'Veloria and Chile signed the Convention for the Avoidance of Double Taxation with respect to Taxes on Income on Monday.',
        'Convention for the Avoidance of Double Taxation with respect to Taxes on Income',
      ],
      [
        'Veloria y Chile firmaron el Convenio para Evitar la Doble Imposición en materia de Impuestos sobre la Renta el lunes.',
        'Convenio para Evitar la Doble Imposición en materia de Impuestos sobre la Renta',
      ],
      [
        'Veloria dan Chile menandatangani Nota Kesepahaman Kerja Sama di bidang Energi Terbarukan pada Senin.',
        'Nota Kesepahaman Kerja Sama di bidang Energi Terbarukan',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });

  it('extractArticle(...) stops before a field phrase followed by lowercase words', () => {
    const got = names('Veloria signed the Velmora Protocol with respect to fishing rights on Monday.');
    expect(got).toContain('Velmora Protocol');
  });
});
