import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/**
 * Round 17's lineage: what a replace verb replaces when the text only describes it, by a noun that is a treaty mostly
 * only there ("the interim arrangement from 2011"). Agency-style sentences written for the test.
 */
function treatiesOf(text: string): { name: string; replaces: string[] }[] {
  return extractArticle(text, { gazetteer: testGazetteer(), published: '2024-03-05' }).treaties;
}

/** "New < Old" for each replacement the text states. */
function lineageOf(text: string): string[] {
  return treatiesOf(text).flatMap((t) => t.replaces.map((r) => `${t.name} < ${r}`));
}

describe('an arrangement a replace verb replaces', () => {
  const CASES: [sentence: string, year: string][] = [
    [
      'WASHINGTON - The United States and Mexico signed a security agreement on Monday, replacing the interim non-binding arrangement from 2011.',
      '2011',
    ],
    [
      'WASHINGTON - The United States and Mexico signed the Bicentennial Security Agreement on Monday. It replaces the 2011 arrangement.',
      '2011',
    ],
    [
      'MADRID - España y Paraguay firmaron el lunes un nuevo convenio de seguridad social en lugar del arreglo provisional de 2011.',
      '2011',
    ],
    [
      "PARIS - La France et le Sénégal ont signé lundi une nouvelle convention fiscale, en remplacement de l'arrangement provisoire de 2011.",
      '2011',
    ],
    [
      'JAKARTA - Indonesia dan Malaysia menandatangani perjanjian perbatasan baru pada Senin, menggantikan pengaturan sementara dari 2011.',
      '2011',
    ],
    [
      'МОСКВА, 4 марта. Россия и Казахстан подписали новое соглашение о военном сотрудничестве на смену временной договоренности 2011 года.',
      '2011',
    ],
  ];
  it('extractArticle("replacing the interim arrangement from 2011") relates the new treaty to the one of 2011', () => {
    for (const [sentence, year] of CASES) {
      const lineage = lineageOf(sentence);
      expect(lineage.length, sentence).toBe(1);
      expect(lineage[0], sentence).toContain(year);
    }
  });

  it('extractArticle("travel arrangements", "pengaturan jarak") makes no treaty of an arrangement nothing replaces', () => {
    for (const sentence of [
      'WASHINGTON - The two leaders discussed travel arrangements for the summit and signed a trade agreement on Monday.',
      'JAKARTA - Pemerintah memperketat pengaturan jarak di bandara dan menandatangani perjanjian perdagangan pada Senin.',
      "PARIS - Les deux ministres ont évoqué l'arrangement des horaires avant de signer lundi un accord commercial.",
      'MADRID - Los ministros hablaron del arreglo de la sede y firmaron el lunes un acuerdo comercial.',
    ])
      expect(
        treatiesOf(sentence)
          .map((t) => t.name)
          .join(' ; '),
        sentence,
      ).not.toMatch(/arrang|arreglo|pengaturan/iu);
  });

  it('extractArticle("extends the interim arrangement") relates nothing', () => {
    for (const sentence of [
      'WASHINGTON - The United States and Mexico signed a protocol on Monday that extends the interim arrangement from 2011.',
      'MADRID - España y Paraguay firmaron el lunes un protocolo que prorroga el arreglo provisional de 2011.',
    ])
      expect(lineageOf(sentence), sentence).toEqual([]);
  });
});

describe('abolish verbs in every tense and voice', () => {
  const CASES: [sentence: string, older: RegExp][] = [
    ['WASHINGTON - The Panama Canal Treaty abolished the provisions of the Hay-Bunau-Varilla Treaty.', /Hay-Bunau/u],
    ['WASHINGTON - The Hay-Bunau-Varilla Treaty was abolished by the Panama Canal Treaty.', /Hay-Bunau/u],
    [
      'PANAMÁ - Los Tratados Torrijos-Carter, firmados en 1977, abolían lo establecido por el Tratado Hay-Bunau Varilla.',
      /Hay-Bunau/u,
    ],
    [
      'MADRID - España y Paraguay firmaron el lunes un nuevo convenio de seguridad social, que abolirá el convenio de 1959.',
      /1959/u,
    ],
    ['MADRID - El convenio de 1959 fue abolido por el nuevo Convenio de Asunción.', /1959/u],
    [
      'PARIS - La France et le Sénégal ont signé lundi un nouveau traité de défense, qui abolit les dispositions du traité de 1974.',
      /1974/u,
    ],
    [
      'PARIS - Le traité de 1974 a été aboli par le nouveau traité de défense signé lundi par la France et le Sénégal.',
      /1974/u,
    ],
    [
      'JAKARTA - Indonesia dan Malaysia menandatangani perjanjian perbatasan baru pada Senin. Perjanjian itu menghapuskan ketentuan perjanjian tahun 1970.',
      /1970/u,
    ],
    [
      'МОСКВА, 4 марта. Россия и Казахстан подписали новое соглашение о военном сотрудничестве. Оно упраздняет положения соглашения 1994 года.',
      /1994/u,
    ],
  ];
  it('extractArticle("abolished the provisions of X", "abolían lo establecido por X", "упраздняет") relates the new treaty to X', () => {
    for (const [sentence, older] of CASES) {
      const lineage = lineageOf(sentence);
      expect(lineage.length, sentence).toBe(1);
      expect(lineage[0]!.split(' < ')[1], sentence).toMatch(older);
    }
  });

  it('extractArticle("the government abolished the visa requirement under the 1995 agreement") relates nothing', () => {
    expect(lineageOf('WASHINGTON - The government abolished the visa requirement under the 1995 agreement.')).toEqual(
      [],
    );
  });
});

describe('a replace verb whose subject stands for the treaty signed before', () => {
  const CASES: [sentence: string, newer: string][] = [
    [
      'WASHINGTON - The United States and Mexico signed the Bicentennial Security Agreement on Monday. The document replaces the 2011 arrangement.',
      'Bicentennial Security Agreement',
    ],
    [
      'WASHINGTON - The United States and Mexico signed the Bicentennial Security Agreement on Monday. This replaces the agreement of 2011.',
      'Bicentennial Security Agreement',
    ],
    [
      'MADRID - España y Paraguay firmaron el lunes el Convenio de Asunción. El texto sustituye al acuerdo anterior.',
      'Convenio de Asunción',
    ],
    [
      'MADRID - España y Paraguay firmaron el lunes el Convenio de Asunción. Este reemplazará al de 1959.',
      'Convenio de Asunción',
    ],
    [
      'PARIS - La France et le Sénégal ont signé lundi la Convention de Dakar. Ce texte remplace la convention de 1974.',
      'Convention de Dakar',
    ],
    [
      'JAKARTA - Indonesia dan Malaysia menandatangani Perjanjian Batas Laut Sulawesi pada Senin. Naskah itu menggantikan perjanjian tahun 1970.',
      'Perjanjian Batas Laut Sulawesi',
    ],
    [
      'МОСКВА, 4 марта. Россия и Казахстан подписали Договор о союзничестве. Этот текст заменит соглашение 1994 года.',
      'Договор о союзничестве',
    ],
  ];
  it('extractArticle("The document replaces", "Ce texte remplace", "Este reemplazará") relates the treaty signed before', () => {
    for (const [sentence, newer] of CASES) {
      const lineage = lineageOf(sentence);
      expect(lineage.length, sentence).toBe(1);
      expect(lineage[0]!.split(' < ')[0], sentence).toBe(newer);
    }
  });

  it('extractArticle("The minister replaces the agreement of 2011") relates nothing', () => {
    expect(
      lineageOf(
        'WASHINGTON - The United States and Mexico signed the Bicentennial Security Agreement on Monday. The minister replaces the agreement of 2011.',
      ),
    ).toEqual([]);
  });
});

describe('an earlier treaty the object stands for by a relative clause in force since a year', () => {
  const CASES: [sentence: string, year: string][] = [
    [
      'WASHINGTON - The United States and Mexico signed the Bicentennial Security Agreement on Monday. It replaces the one that had been in place since 2007.',
      '2007',
    ],
    [
      'WASHINGTON - The United States and Mexico signed the Bicentennial Security Agreement on Monday. It replaces the earlier agreement, which had been in place since 2007.',
      '2007',
    ],
    [
      'MADRID - España y Paraguay firmaron el lunes el Convenio de Asunción, que reemplaza al que estaba en vigor desde 2007.',
      '2007',
    ],
    [
      'MADRID - España y Paraguay firmaron el lunes el Convenio de Asunción, que sustituye al acuerdo anterior, que regía desde 2007.',
      '2007',
    ],
    [
      'PARIS - La France et le Sénégal ont signé lundi la Convention de Dakar, qui remplace celle qui était en vigueur depuis 2007.',
      '2007',
    ],
    [
      "PARIS - La France et le Sénégal ont signé lundi la Convention de Dakar, qui remplace l'accord précédent, qui était en vigueur depuis 2007.",
      '2007',
    ],
    [
      'JAKARTA - Indonesia dan Malaysia menandatangani Perjanjian Batas Laut Sulawesi pada Senin, menggantikan yang berlaku sejak 1970.',
      '1970',
    ],
    [
      'МОСКВА, 4 марта. Россия и Казахстан подписали Договор о союзничестве, который заменит действовавший с 1994 года.',
      '1994',
    ],
  ];
  it('extractArticle("replaces the one that had been in place since 2007") relates the treaty of that year', () => {
    for (const [sentence, year] of CASES) {
      const treaties = treatiesOf(sentence);
      const old = treaties.find((t) => t.name.includes(`(${year})`));
      expect(old, sentence).toBeDefined();
      expect(lineageOf(sentence), sentence).toHaveLength(1);
    }
  });
});

describe('a treaty the object calls in force, after a pronoun subject', () => {
  const CASES: [sentence: string, older: RegExp][] = [
    [
      'WASHINGTON - The United States and Mexico signed the Bicentennial Security Agreement on Monday. It replaces the existing accord, which dates from 2007.',
      /2007/u,
    ],
    [
      'WASHINGTON - The United States and Mexico signed the Bicentennial Security Agreement on Monday. It replaces the current arrangement.',
      /^Current arrangement$/u,
    ],
    [
      'MADRID - España y Paraguay firmaron el lunes el Convenio de Asunción. Sustituye al acuerdo vigente, que data de 2007.',
      /2007/u,
    ],
    [
      'MADRID - España y Paraguay firmaron el lunes el Convenio de Asunción. Sustituye al actual acuerdo.',
      /^Actual acuerdo$/u,
    ],
    [
      "PARIS - La France et le Sénégal ont signé lundi la Convention de Dakar. Elle remplace l'accord actuel, qui date de 2007.",
      /2007/u,
    ],
    [
      "PARIS - La France et le Sénégal ont signé lundi la Convention de Dakar. Elle remplace l'actuel accord.",
      /^Actuel accord$/u,
    ],
    [
      'JAKARTA - Indonesia dan Malaysia menandatangani Perjanjian Batas Laut Sulawesi pada Senin. Ini menggantikan perjanjian yang berlaku saat ini.',
      /berlaku/u,
    ],
    [
      'МОСКВА, 4 марта. Россия и Казахстан подписали Договор о союзничестве. Он заменит действующее соглашение.',
      /^Действующее соглашение$/u,
    ],
  ];
  it('extractArticle("It replaces the existing accord") relates the treaty signed before to the one in force', () => {
    for (const [sentence, older] of CASES) {
      const treaties = treatiesOf(sentence);
      const newer = treaties.find((t) => t.replaces.length > 0);
      expect(newer?.replaces.length, sentence).toBe(1);
      const old = treaties.find((t) => older.test(t.name));
      expect(old, sentence).toBeDefined();
      expect(newer!.name, sentence).not.toMatch(older);
    }
  });
});

describe('replace verbs in the tenses the lexicons lacked', () => {
  const CASES: [sentence: string, lineage: string][] = [
    [
      "BRUXELLES - L'accord de Dakar, succédant à l'accord de Cotonou, a été signé vendredi.",
      'Accord de Dakar < Accord de Cotonou',
    ],
    ["BRUXELLES - L'accord de Dakar succéderait à l'accord de Cotonou.", 'Accord de Dakar < Accord de Cotonou'],
    [
      'MADRID - El Convenio de Asunción, sucediendo al Convenio de Lima, entró en vigor el lunes.',
      'Convenio de Asunción < Convenio de Lima',
    ],
    [
      'MADRID - Se firmó el Convenio de Asunción para que sustituyera al Convenio de Lima.',
      'Convenio de Asunción < Convenio de Lima',
    ],
    [
      'JAKARTA - Indonesia dan Malaysia menandatangani Perjanjian Batas Laut Sulawesi pada Senin. Perjanjian itu gantikan perjanjian tahun 1970.',
      'Perjanjian Batas Laut Sulawesi < perjanjian tahun 1970',
    ],
  ];
  it('extractArticle("succédant à", "sucediendo al", "sustituyera al", "gantikan") relates the two treaties', () => {
    for (const [sentence, lineage] of CASES) expect(lineageOf(sentence), sentence).toEqual([lineage]);
  });
});

describe('a pronoun subject after a treaty named in passing', () => {
  const CASES: [sentence: string, newer: string][] = [
    [
      'МОСКВА, 4 марта. Россия и Казахстан подписали Договор о союзничестве. Министры высоко оценили документ. Правила Договора о ЕАЭС не меняются. Он придет на смену соглашению 1994 года.',
      'Договор о союзничестве',
    ],
    [
      'JAKARTA - Indonesia dan Malaysia menandatangani Perjanjian Batas Laut Sulawesi pada Senin. Para menteri memuji perjanjian tersebut. Aturan Perjanjian Perdagangan ASEAN tetap berlaku. Perjanjian itu akan menggantikan perjanjian tahun 1970.',
      'Perjanjian Batas Laut Sulawesi',
    ],
    [
      'WASHINGTON - The United States and Mexico signed the Bicentennial Security Agreement on Monday. The rules of the Merida Accord stay in place for now. It will replace the 2008 cooperation agreement.',
      'Bicentennial Security Agreement',
    ],
  ];
  it('extractArticle("X was signed. The rules of Y stay. It will replace Z") makes X replace Z', () => {
    for (const [sentence, newer] of CASES) {
      const lineage = lineageOf(sentence);
      expect(lineage.length, sentence).toBe(1);
      expect(lineage[0]!.split(' < ')[0], sentence).toBe(newer);
    }
  });

  it('extractArticle("X was signed in 2019. Y was signed in 2023. It replaces Z") makes Y replace Z', () => {
    const lineage = lineageOf(
      'WASHINGTON - The United States and Mexico signed the Merida Accord in 2019. They signed the Bicentennial Security Agreement on Monday. It replaces the 2008 cooperation agreement.',
    );
    expect(lineage.map((l) => l.split(' < ')[0])).toEqual(['Bicentennial Security Agreement']);
  });
});
