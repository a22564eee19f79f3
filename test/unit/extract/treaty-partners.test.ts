import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

const treaties = (text: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), published: '2025-03-04' }).treaties;
/** Each treaty as its aliases, for "which mentions are one treaty". */
const groups = (text: string) => treaties(text).map((t) => t.aliases);

describe('extractArticle: a treaty named by its kind and the states it is with', () => {
  it('extractArticle(English) tells the new treaty with one state, the one in force and the protocol with another apart', () => {
    const text =
      "The Finance Ministry welcomed the Senate's approval of the new investment treaty with Chile and the protocol " +
      'amending the existing investment treaty with Peru. The new treaty with Chile replaces the existing investment ' +
      'treaty between Canada and Chile. The Canada-Peru protocol will enter into force next year; the protocol with ' +
      'Peru was signed in Lima.';
    const g = groups(text);
    expect(g).toContainEqual(expect.arrayContaining(['new investment treaty with Chile', 'new treaty with Chile']));
    expect(g).toContainEqual(['existing investment treaty with Peru']);
    expect(g).toContainEqual(['existing investment treaty between Canada and Chile']);
    expect(g).toContainEqual(expect.arrayContaining(['Canada-Peru protocol', 'protocol with Peru']));
    const t = treaties(text);
    expect(t.find((x) => x.aliases.includes('new treaty with Chile'))?.replaces).toEqual([
      'Existing investment treaty between Canada and Chile',
    ]);
  });
  it('extractArticle("the new treaty and protocol with Iceland, which replace the existing treaty (signed in 1975)") names the old one by its year', () => {
    const t = treaties(
      'Provisions of the new treaty and protocol with Iceland, which replace the existing treaty (signed in 1975), include lower withholding taxes.',
    );
    const fresh = t.find((x) => x.aliases.includes('new treaty and protocol with Iceland'));
    expect(fresh?.replaces).toEqual(['Existing treaty (1975)']);
  });
  it('extractArticle("signed an agreement with China") leaves a new agreement to its signing, and a partnership is no treaty', () => {
    const names = treaties(
      'Indonesia signed an agreement with China on Monday. Both sides praised their strategic partnership with Japan.',
    ).map((t) => t.name);
    expect(names.some((n) => /with China/u.test(n))).toBe(false);
    expect(names.some((n) => /partnership/iu.test(n))).toBe(false);
  });
  it('extractArticle(Spanish) tells "el nuevo convenio con Paraguay" from "el convenio vigente con Perú"', () => {
    const g = groups(
      'El Senado aprobó el nuevo convenio de seguridad social con Paraguay y el protocolo que modifica el convenio ' +
        'vigente con Perú. El convenio con Paraguay sustituirá al convenio vigente con Paraguay.',
    );
    expect(g).toContainEqual(
      expect.arrayContaining(['nuevo convenio de seguridad social con Paraguay', 'convenio con Paraguay']),
    );
    expect(g).toContainEqual(['convenio vigente con Perú']);
    expect(g).toContainEqual(['convenio vigente con Paraguay']);
  });
  it('extractArticle(French) reads the adjectives after the noun: "la nouvelle convention fiscale avec le Chili", "la convention actuelle avec l\'Arménie"', () => {
    const g = groups(
      "Le Conseil des ministres a approuvé la nouvelle convention fiscale avec le Chili et l'avenant à la convention " +
        "actuelle avec l'Arménie. La convention avec le Chili entrera en vigueur en 2026.",
    );
    expect(g).toContainEqual(
      expect.arrayContaining(['nouvelle convention fiscale avec le Chili', 'convention avec le Chili']),
    );
    expect(g).toContainEqual(["convention actuelle avec l'Arménie"]);
  });
  it('extractArticle(Indonesian) names "perjanjian ekstradisi dengan Singapura", first word of a sentence too', () => {
    const g = groups(
      'DPR menyetujui perjanjian ekstradisi dengan Singapura dan protokol perubahan atas perjanjian perdagangan dengan ' +
        'Malaysia. Perjanjian ekstradisi dengan Singapura akan berlaku tahun depan.',
    );
    expect(g).toContainEqual(
      expect.arrayContaining(['perjanjian ekstradisi dengan Singapura', 'Perjanjian ekstradisi dengan Singapura']),
    );
    expect(g.flat()).toContain('protokol perubahan atas perjanjian perdagangan dengan Malaysia');
  });
  it('extractArticle(Russian) names "соглашение с Китаем" and "действующему договору с Казахстаном" without the preposition', () => {
    const g = groups(
      'Государственная Дума одобрила соглашение с Китаем о сотрудничестве в области образования и протокол к ' +
        'действующему договору с Казахстаном. Соглашение с Китаем вступит в силу в следующем году.',
    );
    expect(g).toContainEqual(expect.arrayContaining(['соглашение с Китаем', 'Соглашение с Китаем']));
    expect(g).toContainEqual(['действующему договору с Казахстаном']);
  });
});

describe('extractArticle: agreements described after a signing noun, and two of them joined by "and"', () => {
  const quotes = (text: string) => treaties(text).map((t) => t.quote);
  it('extractArticle("negotiations on the signing of a convention on X and a convention on Y") gives both, in every language', () => {
    const cases: [string, string[]][] = [
      [
        'The two delegations began negotiations on the signing of a convention on mutual legal assistance in criminal matters and a convention on extradition.',
        ['convention on mutual legal assistance in criminal matters', 'convention on extradition'],
      ],
      [
        'Las delegaciones iniciaron negociaciones para la firma de un convenio de asistencia judicial en materia penal y de un convenio de extradición.',
        ['convenio de asistencia judicial en materia penal', 'convenio de extradición'],
      ],
      [
        "Les délégations ont entamé des négociations en vue de la signature d'une convention d'entraide judiciaire en matière pénale et d'une convention d'extradition.",
        ["convention d'entraide judiciaire en matière pénale", "convention d'extradition"],
      ],
      [
        'Kedua delegasi memulai perundingan untuk penandatanganan perjanjian ekstradisi dan perjanjian bantuan hukum timbal balik.',
        ['perjanjian ekstradisi', 'perjanjian bantuan hukum timbal balik'],
      ],
      [
        'Делегации начали переговоры о подписании соглашения о взаимной правовой помощи и договора о выдаче.',
        ['соглашения о взаимной правовой помощи', 'договора о выдаче'],
      ],
    ];
    for (const [text, expected] of cases) expect(quotes(text).sort(), text).toEqual([...expected].sort());
  });
});
