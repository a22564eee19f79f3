import { describe, expect, it } from 'vitest';
import { expectOneTreatyWithAlias, extractedTreatyNames as names } from './shared-gazetteer';

describe('extractArticle: one treaty written two ways in one text', () => {
  it('extractArticle(...) takes names of one kind that differ only in function words and the noun for one treaty', () => {
    const cases: [string, string][] = [
      [
        'The Harbour Agreement between the Republic of Veloria and the Kingdom of Marn was praised on Monday. ' +
          'Officials said the Harbour Agreement between Republic of Veloria and Kingdom of Marn would help fishermen.',
        'Harbour Agreement between the Republic of Veloria and the Kingdom of Marn',
      ],
      [
        'La Convención de Tarvia sobre Pesca Fluvial fue adoptada por los ministros. ' +
          'Los expertos dicen que el Convenio Tarvia sobre Pesca Fluvial protege los ríos.',
        'Convención de Tarvia sobre Pesca Fluvial',
      ],
      [
        'La Convention de Tarvia sur la Pêche fluviale a été saluée par les ministres. ' +
          'Selon les experts, la Convention sur la Pêche fluviale de Tarvia protège les rivières.',
        'Convention de Tarvia sur la Pêche',
      ],
      [
        'Para menteri menandatangani Perjanjian Tarvia tentang Perikanan Sungai pada Senin. ' +
          'Para ahli menilai Perjanjian Perikanan Sungai Tarvia melindungi sungai.',
        'Perjanjian Tarvia tentang Perikanan Sungai',
      ],
    ];
    for (const [text, name] of cases) {
      const got = names(text);
      expect(got, text).toContain(name);
      expect(got, text).toHaveLength(1);
    }
  });

  it('extractArticle(...) takes a two-word name that opens the one longer name of the text for that treaty', () => {
    const cases: [string, string][] = [
      [
        'The ministers welcomed the Velmora Accord on Coastal Fisheries. The Velmora Accord will enter into force next year.',
        'Velmora Accord on Coastal Fisheries',
      ],
      [
        'Los ministros celebraron el Acuerdo Integral Veloria-Marn. El Acuerdo Integral entrará en vigor el próximo año.',
        'Acuerdo Integral Veloria-Marn',
      ],
      [
        "Les ministres ont salué l'Accord Velmora de Coopération Maritime. L'Accord Velmora entrera en vigueur l'an prochain.",
        'Accord Velmora de Coopération Maritime',
      ],
      [
        'Para menteri menandatangani Perjanjian Velmora Kerja Sama Maritim pada Senin. Perjanjian Velmora akan berlaku tahun depan.',
        'Perjanjian Velmora Kerja Sama Maritim',
      ],
      [
        'Министры подписали Соглашение Велмора о морском сотрудничестве. Соглашение Велмора вступит в силу в следующем году.',
        'Соглашение Велмора о морском сотрудничестве',
      ],
    ];
    for (const [text, name] of cases) {
      const got = names(text);
      expect(got, text).toContain(name);
      expect(got, text).toHaveLength(1);
    }
  });

  it('extractArticle(...) keeps apart two names whose telling words differ, and a new treaty from the one it replaces', () => {
    expect(
      names(
        'The Harbour Agreement of Veloria was praised. The Harbour Agreement of Marn was criticised by the opposition.',
      ),
    ).toHaveLength(2);
    expect(names('The new Velmora Protocol replaces the Velmora Protocol of 1988, the ministers said.')).toHaveLength(
      2,
    );
  });

  it('extractArticle(...) takes a name the text gives a treaty in brackets, written again later, for that treaty', () => {
    const cases: [string, string, string][] = [
      [
        'Министры подписали Договор о сокращении морских вооружений (Договор о СМВ) в понедельник. ' +
          'Договор о СМВ является первым шагом к миру, заявили эксперты.',
        'Договор о сокращении морских вооружений',
        'Договор о СМВ',
      ],
      [
        'Министры подписали Соглашение о морском рыболовстве (Соглашение о МР) в понедельник. ' +
          'Эксперты считают, что Соглашением о МР довольны обе стороны.',
        'Соглашение о морском рыболовстве',
        'Соглашением о МР',
      ],
      [
        'Les ministres ont signé le Traité sur la réduction des armes navales (Traité RAN) lundi. ' +
          'Le Traité RAN est un premier pas, selon les experts.',
        'Traité sur la réduction des armes navales',
        'Traité RAN',
      ],
      [
        'Para menteri menandatangani Perjanjian tentang Pengurangan Senjata Laut (Perjanjian PSL) pada Senin. ' +
          'Perjanjian PSL merupakan langkah pertama, kata para ahli.',
        'Perjanjian tentang Pengurangan Senjata Laut',
        'Perjanjian PSL',
      ],
    ];
    expectOneTreatyWithAlias(cases);
  });

  it('extractArticle(...) reads the proper name after a lowercase complement into the name, not a person', () => {
    const cases: [string, string][] = [
      [
        'Le Canada veut que le Traité du fleuve Velmora reste bénéfique pour les deux pays.',
        'Traité du fleuve Velmora',
      ],
      ['Los ministros quieren que el Tratado del río Velmora siga vigente.', 'Tratado del río Velmora'],
      ["La France et le Marn ont signé l'Accord du lac Tarvia lundi.", 'Accord du lac Tarvia'],
    ];
    for (const [text, name] of cases) expect(names(text), text).toEqual([name]);
    expect(names('Le nouveau Traité de coopération Emmanuel Macron l’a signé hier.')).toEqual([
      'Traité de coopération',
    ]);
  });

  it('extractArticle(...) reads the body a constitutive treaty founds into its name', () => {
    const cases: [string, string][] = [
      [
        'The government ratified the Convention establishing a Regional Fisheries Agency on Monday.',
        'Convention establishing a Regional Fisheries Agency',
      ],
      [
        "Le gouvernement a ratifié lundi la Convention portant création d'une Agence régionale de la pêche.",
        "Convention portant création d'une Agence",
      ],
      [
        'El Gobierno ratificó el lunes el Convenio por el que se crea la Agencia Regional de Pesca.',
        'Convenio por el que se crea la Agencia Regional de Pesca',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toEqual([name]);
  });
});
