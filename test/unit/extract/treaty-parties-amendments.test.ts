import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/** The treaties of a text written for the test, by name with their aliases. */
const treaties = (text: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties.map((t) => ({
    name: t.name,
    aliases: t.aliases ?? [],
  }));
const names = (text: string) => treaties(text).map((t) => t.name);

describe('extractArticle: the states joined by dashes that open a treaty name', () => {
  it('extractArticle("the U.S.-Kenya Air Transport Agreement") keeps the parties in the name, with the name after them as an alias', () => {
    const cases: [string, string, string][] = [
      [
        'The two delegations reviewed the U.S.-Kenya Air Transport Agreement in Nairobi on Tuesday.',
        'U.S.-Kenya Air Transport Agreement',
        'Air Transport Agreement',
      ],
      [
        'Officials said the EU-Chile Association Agreement had served both sides well.',
        'EU-Chile Association Agreement',
        'Association Agreement',
      ],
      [
        'The ministers discussed the 2010 U.S.-Peru bilateral Open Skies Agreement on Monday.',
        '2010 U.S.-Peru bilateral Open Skies Agreement',
        'Open Skies Agreement',
      ],
    ];
    for (const [text, name, alias] of cases) {
      const t = treaties(text).find((x) => x.name === name);
      expect(t, text).toBeDefined();
      expect(t!.aliases, text).toContain(alias);
    }
  });

  it('extractArticle("the Association Agreement ... the existing EU-Chile Association Agreement") is one treaty', () => {
    const text =
      'The Council agreed to open talks on a modernised agreement to replace the Association Agreement. ' +
      'The modernisation of the existing EU-Chile Association Agreement will take two years.';
    expect(names(text).filter((n) => n.includes('Association Agreement'))).toEqual(['EU-Chile Association Agreement']);
  });

  it('extractArticle("the U.S.-Canada Agreement") names no treaty of its own: the parties and the noun alone', () => {
    expect(names('The ministers welcomed the U.S.-Canada Agreement signed last year.')).not.toContain(
      'U.S.-Canada Agreement',
    );
  });

  it('extractArticle("the Canada-Peru Free Trade Agreement") is no known treaty of other parties whose name holds the same words', () => {
    expect(names('The minister said the existing Canada-Peru Free Trade Agreement would be modernized.')).toEqual([
      'Canada-Peru Free Trade Agreement',
    ]);
  });
});

describe('extractArticle: an amendment named by the treaty it amends, five languages', () => {
  it('extractArticle("an amendment to the 2011 U.S.-Kenya Air Transport Agreement") names the amendment and the amended treaty', () => {
    const cases: [string, string, string][] = [
      [
        'The two delegations agreed on the text of an amendment to the 2011 U.S.-Kenya Air Transport Agreement on Tuesday.',
        'Amendment to the 2011 U.S.-Kenya Air Transport Agreement',
        '2011 U.S.-Kenya Air Transport Agreement',
      ],
      [
        'Officials said the United States and Peru signed an agreement to amend the U.S.-Peru Air Transport Agreement in Lima.',
        'Agreement to amend the U.S.-Peru Air Transport Agreement',
        'U.S.-Peru Air Transport Agreement',
      ],
      [
        "Les deux pays ont signé lundi un amendement à la Convention de Chicago sur l'aviation civile.",
        'Amendement à la Convention de Chicago',
        'Convention on International Civil Aviation',
      ],
      [
        'Los dos países firmaron el lunes una enmienda al Acuerdo de Cartagena en Lima.',
        'Enmienda al Acuerdo de Cartagena',
        'Acuerdo de Cartagena',
      ],
      [
        'Kedua negara menandatangani perubahan atas Persetujuan Perdagangan Preferensial Indonesia-Pakistan pada hari Senin.',
        'Perubahan atas Persetujuan Perdagangan Preferensial Indonesia-Pakistan',
        'Persetujuan Perdagangan Preferensial Indonesia-Pakistan',
      ],
      [
        'Стороны подписали в понедельник поправки к Договору о дружбе и сотрудничестве между Россией и Вьетнамом.',
        'Поправки к Договору о дружбе и сотрудничестве между Россией и Вьетнамом',
        'Договор о дружбе и сотрудничестве между Россией и Вьетнамом',
      ],
    ];
    for (const [text, amendment, amended] of cases)
      expect([...names(text)].sort(), text).toEqual([amendment, amended].sort());
  });

  it('extractArticle("an amendment to the treaty", "an amendment to the Defense Authorization Act") names no amendment', () => {
    for (const text of [
      'The two countries signed an amendment to the treaty on Monday.',
      'The Senate passed an amendment to the Defense Authorization Act on Monday.',
      'Les députés ont adopté un amendement à la Convention lundi.',
    ])
      expect(
        names(text).filter((n) => /^(?:amendment|amendement)/iu.test(n)),
        text,
      ).toEqual([]);
  });
});

describe('extractArticle: an official name between two sides, with their member states and side words', () => {
  it('extractArticle("between the European Communities and their Member States, of the one part, and Georgia, of the other part") keeps both sides in the name, in every language that writes them', () => {
    const cases: [string, string][] = [
      [
        'The Council approved the Europe Agreement establishing an association between the European Communities and their Member States, of the one part, and Romania, of the other part, on Monday.',
        'Europe Agreement establishing an association between the European Communities and their Member States, of the one part, and Romania, of the other part',
      ],
      [
        "Le Conseil a approuvé l'accord de partenariat et de coopération entre les Communautés européennes et leurs États membres, d'une part, et la Géorgie, d'autre part.",
        "Accord de partenariat et de coopération entre les Communautés européennes et leurs États membres, d'une part, et la Géorgie, d'autre part",
      ],
      [
        "Le Conseil a approuvé l'accord établissant une association entre la Communauté européenne et ses États membres, d'une part, et la République du Chili, d'autre part.",
        "Accord établissant une association entre la Communauté européenne et ses États membres, d'une part, et la République du Chili, d'autre part",
      ],
      [
        'El Gobierno aprobó el Acuerdo de Asociación entre la Unión Europea y la Comunidad Europea de la Energía Atómica y sus Estados miembros, por una parte, y Ucrania, por otra, el lunes.',
        'Acuerdo de Asociación entre la Unión Europea y la Comunidad Europea de la Energía Atómica y sus Estados miembros, por una parte, y Ucrania, por otra',
      ],
      [
        'Dewan menyetujui Persetujuan Kemitraan antara Uni Eropa dan negara-negara anggotanya, di satu pihak, dan Republik Indonesia, di pihak lain, pada hari Senin.',
        'Persetujuan Kemitraan antara Uni Eropa dan negara-negara anggotanya, di satu pihak, dan Republik Indonesia, di pihak lain',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });

  it('extractArticle("l\'accord de partenariat et de coopération (APC) entre ...") takes the parties after its acronym as a name of it', () => {
    const text =
      "Le Conseil a approuvé l'accord de partenariat et de coopération (APC) entre les Communautés européennes et leurs États membres, d'une part, et la Géorgie, d'autre part.";
    expect(treaties(text).flatMap((t) => t.aliases)).toContain(
      "accord de partenariat et de coopération (APC) entre les Communautés européennes et leurs États membres, d'une part, et la Géorgie, d'autre part",
    );
  });

  it('extractArticle("l\'accord de partenariat dans le secteur de la pêche entre ...") goes on over the field it is in, and stops at a weekday', () => {
    expect(
      names(
        "Le Conseil a approuvé l'accord de partenariat dans le secteur de la pêche entre l'Union européenne et la République de Maurice.",
      ),
    ).toContain(
      "Accord de partenariat dans le secteur de la pêche entre l'Union européenne et la République de Maurice",
    );
    const aliases = treaties(
      "La France et le Mali ont signé un accord de coopération dans le domaine de l'énergie lundi.",
    ).flatMap((t) => t.aliases);
    expect(aliases).toContain("accord de coopération dans le domaine de l'énergie");
    expect(aliases.some((a) => a.includes('lundi'))).toBe(false);
  });
});

describe('extractArticle: a year before a name, where the language puts it there', () => {
  it('extractArticle("the 1985 Supplementary Treaty ... the Supplementary Treaty") keeps the year in the name, one treaty', () => {
    const text =
      'Extradition between the two states rests on the 1985 Supplementary Treaty. The Supplementary Treaty disapplied the political offence exception.';
    const found = treaties(text).filter((t) => t.name.includes('Supplementary Treaty'));
    expect(found.map((t) => t.name)).toEqual(['1985 Supplementary Treaty']);
    expect(found[0]!.aliases).toContain('Supplementary Treaty');
  });

  it('extractArticle("signed in 1985 Supplementary Treaty") takes no year that is not after a determiner', () => {
    expect(names('The two states signed in 1985 Supplementary Treaty texts.')).not.toContain(
      '1985 Supplementary Treaty',
    );
  });
});
