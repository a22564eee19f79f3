import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { lineageOf, OPENING, testGazetteer } from './shared-gazetteer';

/**
 * Replacements told as taking a place ("take the place of", "tomar el lugar de", "prendre la place de", "mengambil
 * alih peran", "занять место"), by a future treaty ("the future agreement", "будущее соглашение"), and until a new
 * treaty replaces the one in force ("until a new X replaces it", "hasta que lo sustituya", "пока его не заменит"):
 * sentences written for the test, after an opening sentence that settles the language.
 */
const TAKES_PLACE: [language: string, newer: string, older: string, sentences: string[]][] = [
  [
    'en',
    'Bergen Whaling Convention',
    'Tromso Whaling Convention',
    [
      'The Bergen Whaling Convention is to take the place of the Tromso Whaling Convention.',
      'The Bergen Whaling Convention took the place of the Tromso Whaling Convention in 2011.',
    ],
  ],
  [
    'es',
    'Convenio Ballenero de Bergen',
    'Convenio Ballenero de Tromso',
    [
      'El Convenio Ballenero de Bergen tomará el lugar del Convenio Ballenero de Tromso.',
      'El Convenio Ballenero de Bergen tomó el lugar del Convenio Ballenero de Tromso en 2011.',
      'El Convenio Ballenero de Bergen ocupa el lugar del Convenio Ballenero de Tromso.',
    ],
  ],
  [
    'fr',
    'Convention de Bergen',
    'Convention de Tromso',
    [
      'La Convention de Bergen sur la chasse à la baleine prendra la place de la Convention de Tromso.',
      'La Convention de Bergen sur la chasse à la baleine a pris la place de la Convention de Tromso en 2011.',
    ],
  ],
  [
    'id',
    'Konvensi Perburuan Paus Bergen',
    'Konvensi Perburuan Paus Tromso',
    [
      'Konvensi Perburuan Paus Bergen akan mengambil alih peran Konvensi Perburuan Paus Tromso.',
      'Konvensi Perburuan Paus Bergen mengambil alih posisi Konvensi Perburuan Paus Tromso pada 2011.',
    ],
  ],
  [
    'ru',
    'Договор о рыболовстве между Россией и Норвегией',
    'Договора о торговле между СССР и Финляндией',
    [
      'В 2011 году Договор о рыболовстве между Россией и Норвегией занял место Договора о торговле между СССР и Финляндией.',
      'Договор о рыболовстве между Россией и Норвегией займет место Договора о торговле между СССР и Финляндией.',
    ],
  ],
];

describe('extractArticle: a treaty that takes the place of another, five languages', () => {
  for (const [language, newer, older, sentences] of TAKES_PLACE)
    it(`extractArticle(${language}: "take the place of" in its tenses) makes ${newer} replace ${older}`, () => {
      for (const s of sentences) expect(lineageOf(language, s), s).toEqual({ [newer]: [older] });
    });
  it('extractArticle("придет на смену Договору ...") replaces the treaty by its name as written, which the older treaty keeps', () => {
    const text = `${OPENING.ru}Договор о рыболовстве между Россией и Норвегией придет на смену Договору о торговле между СССР и Финляндией.`;
    const treaties = extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties;
    const newer = treaties.find((t) => t.replaces.length)!;
    expect(newer.replaces).toEqual(['Договору о торговле между СССР и Финляндией']);
    const older = treaties.find((t) => t !== newer)!;
    expect(older.name).toBe('Договор о торговле между СССР и Финляндией');
    expect(older.aliases).toContain('Договору о торговле между СССР и Финляндией');
  });
});

describe('extractArticle: a future treaty that will replace one in force, five languages', () => {
  const CASES: [language: string, sentence: string, newer: string, older: string][] = [
    [
      'en',
      'The future agreement will replace the Fisheries Partnership Agreement, which entered into force in 1999.',
      'Future agreement',
      'Fisheries Partnership Agreement',
    ],
    [
      'es',
      'El futuro acuerdo sustituirá al Acuerdo de Asociación Pesquera, que entró en vigor en 1999.',
      'Futuro acuerdo',
      'Acuerdo de Asociación Pesquera',
    ],
    [
      'fr',
      'Le futur accord remplacera la Convention de Tromso, entrée en vigueur en 1999.',
      'Futur accord',
      'Convention de Tromso',
    ],
    [
      'id',
      'Perjanjian mendatang akan menggantikan Perjanjian Kemitraan Perikanan yang berlaku sejak 1999.',
      'Perjanjian mendatang',
      'Perjanjian Kemitraan Perikanan',
    ],
    [
      'ru',
      'Будущее соглашение придет на смену действующему Соглашению о партнерстве, которое вступило в силу в 1999 году.',
      'Будущее соглашение',
      'Соглашению о партнерстве',
    ],
  ];
  it('extractArticle("the future agreement will replace X") names the new treaty by its description and relates it to X', () => {
    for (const [language, s, newer, older] of CASES) expect(lineageOf(language, s), s).toEqual({ [newer]: [older] });
  });
});

describe('extractArticle: a treaty in force until a new one replaces it, five languages', () => {
  const CASES: [language: string, sentence: string, newer: string, older: string][] = [
    [
      'en',
      'The Tromso Whaling Convention will remain in force until a new convention replaces it.',
      'New convention',
      'Tromso Whaling Convention',
    ],
    [
      'es',
      'El Convenio Ballenero de Tromso seguirá vigente hasta que lo sustituya un nuevo convenio.',
      'Nuevo convenio',
      'Convenio Ballenero de Tromso',
    ],
    [
      'es',
      'El Convenio Ballenero de Tromso seguirá vigente hasta que no lo sustituya el Convenio Ballenero de Bergen.',
      'Convenio Ballenero de Bergen',
      'Convenio Ballenero de Tromso',
    ],
    [
      'fr',
      "La Convention de Tromso restera en vigueur jusqu'à ce qu'une nouvelle convention la remplace.",
      'Nouvelle convention',
      'Convention de Tromso',
    ],
    [
      'fr',
      "La Convention de Tromso restera en vigueur avant qu'une nouvelle convention ne la remplace.",
      'Nouvelle convention',
      'Convention de Tromso',
    ],
    [
      'id',
      'Konvensi Perburuan Paus Tromso tetap berlaku sampai Konvensi Perburuan Paus Bergen menggantikannya.',
      'Konvensi Perburuan Paus Bergen',
      'Konvensi Perburuan Paus Tromso',
    ],
    [
      'ru',
      'Договор о торговле между СССР и Финляндией будет действовать, пока его не заменит новый договор.',
      'Новый договор',
      'Договор о торговле между СССР и Финляндией',
    ],
    [
      'ru',
      'Договор о торговле между СССР и Финляндией сохранит силу до тех пор, пока его не заменит Договор о рыболовстве между Россией и Норвегией.',
      'Договор о рыболовстве между Россией и Норвегией',
      'Договор о торговле между СССР и Финляндией',
    ],
  ];
  it('extractArticle("until a new X replaces it", "hasta que no lo sustituya", "пока его не заменит") relates the new treaty to the one in force', () => {
    for (const [language, s, newer, older] of CASES) expect(lineageOf(language, s), s).toEqual({ [newer]: [older] });
  });
  it('extractArticle("the new treaty has not yet replaced it", "пока не заменил") still relates nothing', () => {
    const NOT: [string, string][] = [
      ['es', 'El Convenio Ballenero de Bergen no sustituye al Convenio Ballenero de Tromso.'],
      [
        'ru',
        'Договор о рыболовстве между Россией и Норвегией пока не заменил Договор о торговле между СССР и Финляндией.',
      ],
      ['fr', 'La Convention de Bergen ne remplace pas la Convention de Tromso.'],
      ['id', 'Konvensi Perburuan Paus Bergen belum menggantikan Konvensi Perburuan Paus Tromso.'],
    ];
    for (const [language, s] of NOT) expect(lineageOf(language, s), s).toEqual({});
  });
});

describe('extractArticle: "the one with X" that replaces a treaty named by its year, three languages', () => {
  const CASES: [text: string, newer: string, older: string][] = [
    [
      'The three air services agreements were signed in 2016 with Kenya, Ghana and Senegal. The one with Kenya replaces an agreement of 1962.',
      'Agreement with Kenya',
      'agreement of 1962',
    ],
    [
      'Los tres acuerdos aéreos se firmaron en 2016 con Kenia, Ghana y Senegal. El firmado con Kenia sustituye a un acuerdo de 1962.',
      'Acuerdo firmado con Kenia',
      'acuerdo de 1962',
    ],
    [
      'Les trois accords aériens ont été signés en 2016 avec le Kenya, le Ghana et le Sénégal. Celui avec le Kenya remplace un accord de 1962 devenu obsolète.',
      'Accord avec le Kenya',
      'accord de 1962',
    ],
  ];
  it('extractArticle("The one with Kenya replaces an agreement of 1962") names the agreement with Kenya and relates it to the one of 1962', () => {
    for (const [text, newer, older] of CASES) {
      const treaties = extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties;
      const lineage = Object.fromEntries(treaties.filter((t) => t.replaces.length).map((t) => [t.name, t.replaces]));
      expect(lineage, text).toEqual({ [newer]: [older] });
    }
  });
  it('extractArticle("The one with Kenya" with no replace verb, or after no treaty) makes no treaty of the pronoun', () => {
    const TEXTS = [
      'The three agreements were signed in 2016 with Kenya, Ghana and Senegal. The one with Kenya is the longest.',
      'The minister met three delegations in 2016. The one with Kenya replaces an agreement of 1962.',
    ];
    for (const text of TEXTS) {
      const treaties = extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties;
      expect(
        treaties.filter((t) => t.replaces.length),
        text,
      ).toEqual([]);
      expect(
        treaties.map((t) => t.name).filter((n) => n.includes('Kenya')),
        text,
      ).toEqual([]);
    }
  });
});

describe('extractArticle: a replaced treaty named by its place only ("al de Cotonú"), three languages', () => {
  const CASES: [text: string, newer: string, older: string][] = [
    [
      'The Bergen Convention expires in 2020. The new agreement will replace the one of Bergen.',
      'New agreement',
      'Bergen Convention',
    ],
    [
      'El Acuerdo de Bergen expira en 2020. Las partes rubricaron en 2021 un nuevo acuerdo que sucederá al de Bergen.',
      'Nuevo acuerdo',
      'Acuerdo de Bergen',
    ],
    [
      "L'Accord de Bergen expire en 2020. Le nouvel accord succède à celui de Bergen.",
      'Nouvel accord',
      'Accord de Bergen',
    ],
  ];
  it('extractArticle("the new agreement will replace the one of Bergen") relates it to the treaty the text names by Bergen', () => {
    for (const [text, newer, older] of CASES) {
      const treaties = extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties;
      const lineage = Object.fromEntries(treaties.filter((t) => t.replaces.length).map((t) => [t.name, t.replaces]));
      expect(lineage, text).toEqual({ [newer]: [older] });
    }
  });
  it('extractArticle("the one of Kenya" where no treaty is named by Kenya) relates nothing', () => {
    const text = 'The Bergen Convention expires in 2020. The new agreement will replace the one of Kenya.';
    const treaties = extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-01' }).treaties;
    expect(treaties.filter((t) => t.replaces.length)).toEqual([]);
  });
});
