import { describe, expect, it } from 'vitest';
import { extractedTreaties as treaties, extractedTreatyNames as names } from './shared-gazetteer';

describe('extractArticle: instruments that extend or amend a treaty, named with it, five languages', () => {
  it('extractArticle("the protocol extending the Agreement ...") names the protocol with its treaty, and the treaty on its own', () => {
    const cases: [string, string, string][] = [
      [
        'The cabinet approved the Protocol extending the Agreement on Scientific Cooperation between Canada and Chile.',
        'Protocol extending the Agreement on Scientific Cooperation between Canada and Chile',
        'Agreement on Scientific Cooperation between Canada and Chile',
      ],
      [
        'El Consejo de Ministros aprobó el Protocolo de prórroga del Convenio de Cooperación Científica entre España y Chile.',
        'Protocolo de prórroga del Convenio de Cooperación Científica entre España y Chile',
        'Convenio de Cooperación Científica entre España y Chile',
      ],
      [
        "Le Conseil des ministres a examiné le protocole portant prorogation de l'Accord de coopération culturelle entre la France et le Maroc.",
        "Protocole portant prorogation de l'Accord de coopération culturelle entre la France et le Maroc",
        'Accord de coopération culturelle entre la France et le Maroc',
      ],
      [
        'Kabinet membahas protokol perpanjangan Persetujuan Kerja Sama Ilmiah antara Indonesia dan Chili.',
        'Protokol perpanjangan Persetujuan Kerja Sama Ilmiah antara Indonesia dan Chili',
        'Persetujuan Kerja Sama Ilmiah antara Indonesia dan Chili',
      ],
      [
        'Правительство одобрило протокол о продлении действия Соглашения о научном сотрудничестве между Россией и Чили.',
        'Протокол о продлении действия Соглашения о научном сотрудничестве между Россией и Чили',
        'Соглашение о научном сотрудничестве между Россией и Чили',
      ],
    ];
    for (const [text, protocol, treaty] of cases)
      expect(names(text), text).toEqual(expect.arrayContaining([protocol, treaty]));
  });

  it('extractArticle("протокол о продлении срока действия соглашения между правительством A и правительством B об ... от <date>") keeps the long name to its date, and names the agreement by the rest of it', () => {
    const text =
      'Правительство одобрило проект закона «О ратификации протокола о продлении срока действия соглашения между правительством Российской Федерации и правительством Китайской Народной Республики об уведомлениях о запусках баллистических ракет и космических аппаратов от 13 октября 2009 года».';
    const got = names(text);
    expect(got).toContain(
      'Протокол о продлении срока действия соглашения между правительством Российской Федерации и правительством Китайской Народной Республики об уведомлениях о запусках баллистических ракет и космических аппаратов от 13 октября 2009 года',
    );
    expect(got).toContain(
      'Соглашение между правительством Российской Федерации и правительством Китайской Народной Республики об уведомлениях о запусках баллистических ракет и космических аппаратов от 13 октября 2009 года',
    );
  });

  it('extractArticle("protokol perubahan Indonesia-Japan Economic Partnership Agreement (IJEPA)") names the amended treaty written in another language, with its acronym', () => {
    const got = treaties(
      'Kedua menteri membahas penyelesaian protokol perubahan Indonesia-Japan Economic Partnership Agreement (IJEPA) di Jakarta.',
    );
    const treaty = got.find((t) => t.name === 'Indonesia-Japan Economic Partnership Agreement');
    expect(treaty?.aliases).toContain('IJEPA');
    const protocol = got.find((t) => t.name === 'Protokol perubahan Indonesia-Japan Economic Partnership Agreement');
    expect(protocol?.aliases).not.toContain('IJEPA');
  });
});

describe('extractArticle: names written in another language, and acronyms inside names', () => {
  it('extractArticle("perjanjian Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA)") takes the capitalized words before the acronym as the name', () => {
    const got = treaties(
      'Keduanya membahas pelaksanaan perjanjian Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA) yang berlaku sejak 2020.',
    );
    expect(got.map((t) => t.name)).toContain(
      'Perjanjian Indonesia-Australia Comprehensive Economic Partnership Agreement',
    );
    expect(got[0]?.aliases).toContain('IA-CEPA');
  });

  it('extractArticle("Perjanjian Penghindaran Pajak Berganda (P3B) Indonesia-Singapura") keeps the parties dashed after the acronym, in Indonesian and Spanish', () => {
    const cases: [string, string, string][] = [
      [
        'Pemerintah membahas Perjanjian Penghindaran Pajak Berganda (P3B) Indonesia-Singapura di Jakarta pada Jumat.',
        'Perjanjian Penghindaran Pajak Berganda (P3B) Indonesia-Singapura',
        'P3B Indonesia-Singapura',
      ],
      [
        'Los ministros revisaron el Convenio para Evitar la Doble Imposición (CDI) España-México en Madrid el lunes.',
        'Convenio para Evitar la Doble Imposición (CDI) España-México',
        'CDI España-México',
      ],
    ];
    for (const [text, name, alias] of cases) {
      const t = treaties(text).find((x) => x.name === name);
      expect(t?.aliases, text).toContain(alias);
    }
  });
});

describe('extractArticle: a replaced treaty of the same name told apart by its signing date', () => {
  it('extractArticle("the new X replaces the X of <day>") keeps two treaties and the replacement, where the language names a treaty by its date', () => {
    const cases: [string, string, string][] = [
      [
        'El nuevo Convenio de Pesca deroga el Convenio de Pesca del 2 de noviembre de 2007.',
        'Convenio de Pesca',
        'Convenio de Pesca del 2 de noviembre de 2007',
      ],
      [
        "Le nouvel Accord de pêche abroge l'Accord de pêche du 2 novembre 2007.",
        'Accord de pêche',
        'Accord de pêche du 2 novembre 2007',
      ],
      [
        'Новое Соглашение о рыболовстве отменяет и заменяет Соглашение о рыболовстве от 12 мая 1995 года.',
        'Соглашение о рыболовстве',
        'Соглашение о рыболовстве от 12 мая 1995 года',
      ],
    ];
    for (const [text, name, old] of cases) {
      const got = treaties(text);
      expect(got.find((t) => t.name === name)?.replaces, text).toEqual([old]);
      expect(
        got.map((t) => t.name),
        text,
      ).toContain(old);
    }
  });

  it('extractArticle("the new X replaces the X signed on <day>") names the replaced one with its year, in every language with a signing participle', () => {
    const cases: [string, string, string][] = [
      [
        'The new Fisheries Agreement repeals the Fisheries Agreement signed on 2 November 2007.',
        'Fisheries Agreement',
        'Fisheries Agreement (2007)',
      ],
      [
        'El nuevo Convenio de Pesca deroga el Convenio de Pesca firmado el 2 de noviembre de 2007.',
        'Convenio de Pesca',
        'Convenio de Pesca (2007)',
      ],
      [
        "Le nouvel Accord de pêche abroge l'Accord de pêche signé le 2 novembre 2007.",
        'Accord de pêche',
        'Accord de pêche (2007)',
      ],
      [
        'Новое Соглашение о рыболовстве отменяет Соглашение о рыболовстве, подписанное 2 ноября 2007 года.',
        'Соглашение о рыболовстве',
        'Соглашение о рыболовстве (2007)',
      ],
    ];
    for (const [text, name, old] of cases)
      expect(treaties(text).find((t) => t.name === name)?.replaces, text).toEqual([old]);
  });

  it('extractArticle("the Fisheries Agreement signed on 2 November 2007") with no replace verb keeps the name without its year', () => {
    expect(names('The Fisheries Agreement signed on 2 November 2007 entered into force on Monday.')).toContain(
      'Fisheries Agreement',
    );
  });
});

describe('extractArticle: an instrument added to a treaty holds its name, as a protocol does', () => {
  it('extractArticle("replaces the Convenio Complementario al Convenio ...") names the supplement with its treaty and replaces only the supplement', () => {
    const cases: [string, string, string][] = [
      [
        'El nuevo Convenio de Seguridad Social entre España y Chile sustituye al Convenio Complementario al Convenio General de Seguridad Social de 1977.',
        'Convenio de Seguridad Social entre España y Chile',
        'Convenio Complementario al Convenio General de Seguridad Social de 1977',
      ],
      [
        "Le nouvel Accord de sécurité sociale entre la France et le Chili remplace l'Accord Complémentaire à la Convention Générale de Sécurité Sociale de 1977.",
        'Accord de sécurité sociale entre la France et le Chili',
        'Accord Complémentaire à la Convention Générale de Sécurité Sociale de 1977',
      ],
      [
        'The new Social Security Agreement between Canada and Chile replaces the Supplementary Agreement to the General Convention on Social Security of 1977.',
        'Social Security Agreement between Canada and Chile',
        'Supplementary Agreement to the General Convention on Social Security of 1977',
      ],
    ];
    for (const [text, name, old] of cases)
      expect(treaties(text).find((t) => t.name === name)?.replaces, text).toEqual([old]);
  });
});

describe('extractArticle: the EU constitution by the names the press gives it', () => {
  it('extractArticle("... akan menggantikan draft Konstitusi Uni Eropa") replaces the Treaty establishing a Constitution for Europe', () => {
    const got = treaties(
      'Para pemimpin Uni Eropa membahas Perjanjian Reformasi Uni Eropa di Lisabon. Dokumen ini akan menggantikan draft Konstitusi Uni Eropa yang ditolak pada tahun 2005.',
    );
    expect(got.map((t) => t.name)).toContain('Treaty establishing a Constitution for Europe');
    expect(got.flatMap((t) => t.replaces)).toEqual(['Konstitusi Uni Eropa']);
  });
});
