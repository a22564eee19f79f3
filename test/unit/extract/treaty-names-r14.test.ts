import { describe, expect, it } from 'vitest';
import {
  expectOneTreatyWithAlias,
  extractedTreaties as treaties,
  extractedTreatyNames as names,
} from './shared-gazetteer';

describe('extractArticle: names kept in English by the Indonesian press', () => {
  it('extractArticle("... menandatangani Flight Information Region Agreement ...") finds the English name with its borrowed noun', () => {
    const cases: [string, string][] = [
      [
        'Indonesia dan Singapura menandatangani Flight Information Region Agreement pada Januari 2022 di Bintan.',
        'Flight Information Region Agreement',
      ],
      [
        'Kedua menteri membahas pelaksanaan Security Arrangement 1984 di perbatasan kedua negara.',
        'Security Arrangement 1984',
      ],
      [
        'Pemerintah menyambut baik berlakunya Comprehensive Economic Partnership Agreement (CEPA) dengan Australia.',
        'Comprehensive Economic Partnership Agreement',
      ],
      [
        'Kedua menteri luar negeri menandatangani Joint Communique tentang hubungan diplomatik pada 1967.',
        'Joint Communique',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });

  it('extractArticle("... the agreement ...") in Indonesian takes no lowercase English noun, nor a bare capitalized one', () => {
    expect(names('Para pejabat menyebut kesepakatan itu sebagai agreement yang penting bagi kedua negara.')).toEqual(
      [],
    );
    expect(names('Agreement itu dibahas oleh kedua delegasi di Jakarta kemarin.')).toEqual([]);
  });

  it('extractArticle("X Agreement (XA) ... Treaty XA") leaves English-order names in English alone', () => {
    expect(names('The two countries signed the Border Crossing Agreement in 2006.')).toEqual([
      'Border Crossing Agreement',
    ]);
  });
});

describe('extractArticle: a treaty noun with an acronym is the treaty that acronym abbreviates, five languages', () => {
  it('extractArticle("the X Agreement (XA) ... the XA Agreement") gives one treaty with both names', () => {
    const cases: [string, string, string][] = [
      [
        'The two countries signed the Border Crossing Agreement (BCA) in 2006. The BCA Agreement will be reviewed next year.',
        'Border Crossing Agreement',
        'BCA Agreement',
      ],
      [
        'Chile y Perú firmaron el Convenio de Cooperación Aduanera (CCA) en 2010. El Convenio CCA será revisado el próximo año.',
        'Convenio de Cooperación Aduanera',
        'Convenio CCA',
      ],
      [
        'La France et le Maroc ont signé la Convention de Coopération Douanière (CCD) en 2010. La Convention CCD sera révisée.',
        'Convention de Coopération Douanière',
        'Convention CCD',
      ],
      [
        'Kedua negara menandatangani Perjanjian Perdagangan Lintas Batas (PPLB) pada 1970. Perjanjian PPLB akan ditinjau ulang.',
        'Perjanjian Perdagangan Lintas Batas',
        'Perjanjian PPLB',
      ],
      [
        'Стороны подписали Договор о сокращении стратегических наступательных вооружений (СНВ). Договор СНВ вступил в силу в 2011 году.',
        'Договор о сокращении стратегических наступательных вооружений',
        'Договор СНВ',
      ],
    ];
    expectOneTreatyWithAlias(cases);
  });
});

/** What each treaty of a text replaces, by name. */
const lineage = (text: string) =>
  Object.fromEntries(
    treaties(text)
      .filter((t) => t.replaces.length)
      .map((t) => [t.name, t.replaces]),
  );

describe('extractArticle: lineage of a treaty under negotiation and of a described successor', () => {
  it('extractArticle("новое соглашение на замену / в замену / на смену ...") relates the new treaty to the one it is to replace', () => {
    const cases: [string, string, string][] = [
      [
        'Россия и Казахстан подписали новое соглашение на замену соглашения 1994 года.',
        'Новое соглашение',
        'соглашения 1994 года',
      ],
      [
        'Стороны подготовили новый договор в замену Договора о дружбе 1961 года, сообщили в МИД.',
        'Новый договор',
        'Договора о дружбе 1961 года',
      ],
      [
        'Новое соглашение на смену соглашению 1995 года будет подписано в июне, сообщили в МИД.',
        'Новое соглашение',
        'соглашению 1995 года',
      ],
    ];
    for (const [text, subject, object] of cases) expect(lineage(text), text).toEqual({ [subject]: [object] });
  });

  it('extractArticle("соглашение о партнерстве заменит Соглашение о ...") ends the first name before the replace verb', () => {
    const text =
      'Стороны обсудили ход переговоров. Соглашение о партнерстве заменит Соглашение о сотрудничестве 1995 года, сообщили в МИД.';
    expect(lineage(text)).toEqual({ 'Соглашение о партнерстве': ['Соглашение о сотрудничестве 1995 года'] });
  });

  it('extractArticle("Стороны договорились о ...") takes the verb of the root "договор" for no treaty', () => {
    expect(names('Президенты договорились о подписании соглашения о свободной торговле в следующем году.')).toEqual([]);
    expect(names('Министры договорятся о продлении соглашения на следующей неделе.')).toEqual([]);
  });

  it('extractArticle("The X expired. The new partnership agreement will replace the X.") makes the described agreement a treaty of its own, five languages', () => {
    const cases: [string, string, string][] = [
      [
        'The Cotonou Agreement expired in 2020 after several extensions. The new partnership agreement will replace the Cotonou Agreement, the Commission said.',
        'New partnership agreement',
        'Cotonou Agreement',
      ],
      [
        'El Acuerdo de Cotonú expiró en 2020 tras varias prórrogas. El nuevo acuerdo de asociación sustituirá al Acuerdo de Cotonú, informó la Comisión.',
        'Nuevo acuerdo de asociación',
        'Acuerdo de Cotonú',
      ],
      [
        "L'Accord de Cotonou, signé en 2000, a expiré en 2020 après plusieurs prorogations. Le nouvel accord de partenariat remplacera l'Accord de Cotonou, a indiqué la Commission.",
        'Nouvel accord de partenariat',
        'Accord de Cotonou',
      ],
      [
        'Perjanjian Cotonou berakhir pada 2020 setelah beberapa kali diperpanjang. Perjanjian kemitraan baru akan menggantikan Perjanjian Cotonou, kata Komisi.',
        'Perjanjian kemitraan baru',
        'Perjanjian Cotonou',
      ],
      [
        'Соглашение Котону истекло в 2020 году. Новое соглашение о партнерстве заменит Соглашение Котону, сообщили в Еврокомиссии.',
        'Соглашение о партнерстве',
        'Соглашение Котону',
      ],
    ];
    for (const [text, subject, object] of cases) expect(lineage(text), text).toEqual({ [subject]: [object] });
  });

  it('extractArticle("The new defence agreement replaces the agreement signed in 2011") keeps a described subject the treaty in focus when the object is only "the agreement"', () => {
    const text =
      'The Treaty of Defence Cooperation was signed in Paris on 2 July 2024. The new defence treaty replaces the treaty signed in 2011.';
    expect(names(text)).not.toContain('New defence treaty');
  });
});

describe('extractArticle: a name ends before the words that say when, five languages', () => {
  it('extractArticle("signed an agreement between A and B on X on Monday") leaves the weekday out of the name', () => {
    const cases: [string, string][] = [
      [
        'The two ministers signed an agreement between Canada and Chile on the mutual recognition of diplomas on Monday.',
        'Agreement between Canada and Chile on the mutual recognition of diplomas',
      ],
      [
        'Kedua menteri menandatangani perjanjian antara Indonesia dan Malaysia tentang pengakuan bersama ijazah pada Senin.',
        'Perjanjian antara Indonesia dan Malaysia tentang pengakuan bersama ijazah',
      ],
      [
        'Россия и Казахстан подписали соглашение о сотрудничестве в сфере образования во вторник.',
        'Соглашение о сотрудничестве в сфере образования',
      ],
      [
        'The United States and Canada signed the Agreement on Fisheries Cooperation last week.',
        'Agreement on Fisheries Cooperation',
      ],
      [
        'Los cancilleres de Chile y Perú firmaron el Acuerdo sobre Cooperación Aduanera el martes en Lima.',
        'Acuerdo sobre Cooperación Aduanera',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toEqual([name]);
  });

  it('extractArticle("el Acuerdo de Viernes Santo") keeps a capitalized weekday that names the treaty', () => {
    expect(names('El Acuerdo de Viernes Santo fue firmado en 1998 por Irlanda y el Reino Unido.')).toEqual([
      'Good Friday Agreement',
    ]);
  });
});

describe('extractArticle: an unnamed earlier treaty of two states is called by them, five languages', () => {
  it('extractArticle("... replacing the previous agreement signed in 1995") names it "A–B Agreement (1995)"', () => {
    const cases: [string, string][] = [
      [
        'Officials of the United States and Switzerland signed an air transport agreement in Bern, replacing the previous agreement signed in 1995.',
        'US–Switzerland Agreement (1995)',
      ],
      [
        'El Senado aprobó el nuevo tratado de extradición entre México y Brasil, que sustituye al de 1933.',
        'Mexico–Brazil Treaty (1933)',
      ],
      [
        "Le nouveau traité de défense entre la France et Djibouti remplace l'accord de 2011.",
        'France–Djibouti Agreement (2011)',
      ],
      [
        'Perjanjian baru antara Indonesia dan Malaysia menggantikan perjanjian tahun 1972.',
        'Indonesia–Malaysia Treaty (1972)',
      ],
      [
        'Новое соглашение между Россией и Казахстаном заменит соглашение 1994 года.',
        'Russia–Kazakhstan Agreement (1994)',
      ],
    ];
    for (const [text, name] of cases) expect(names(text), text).toContain(name);
  });

  it('extractArticle("The United States, Canada and Mexico replaced the 1994 agreement") leaves a treaty of more states unnamed by them', () => {
    expect(names('The United States, Canada and Mexico replaced the 1994 agreement.')).toEqual(['Agreement (1994)']);
  });
  it('extractArticle marks a treaty named by its kind and year `unnamed`, and no treaty the text names', () => {
    const flags = (text: string) => treaties(text).map((t) => [t.name, t.unnamed === true]);
    expect(flags('The United States, Canada and Mexico replaced the 1994 agreement.')).toEqual([
      ['Agreement (1994)', true],
    ]);
    expect(flags('Chile and Peru signed an agreement on 3 March 2019 in Lima.')).toEqual([
      ['Chile–Peru Agreement (2019)', true],
    ]);
    expect(flags('El Acuerdo de Viernes Santo fue firmado en 1998 por Irlanda y el Reino Unido.')).toEqual([
      ['Good Friday Agreement', false],
    ]);
    expect(
      flags('Los cancilleres de Chile y Perú firmaron el Acuerdo sobre Cooperación Aduanera el martes en Lima.'),
    ).toEqual([['Acuerdo sobre Cooperación Aduanera', false]]);
  });
});
