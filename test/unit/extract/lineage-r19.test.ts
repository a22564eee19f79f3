import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

/**
 * Round 19's lineage: a passive verb whose agent the text only calls new, a year that says when a treaty was replaced,
 * a cessation beside the verb that names the new treaty, a dated treaty between states the text does not name, and a
 * subject before auxiliaries and modal words. Agency-style sentences written for the test.
 */
function treatiesOf(text: string): { name: string; replaces: string[] }[] {
  return extractArticle(text, { gazetteer: testGazetteer(), published: '2024-03-05' }).treaties;
}

/** "New < Old" for each replacement the text states. */
function lineageOf(text: string): string[] {
  return treatiesOf(text).flatMap((t) => t.replaces.map((r) => `${t.name} < ${r}`));
}

describe('a passive replace verb whose agent the text only calls new', () => {
  const CASES: [sentence: string, lineage: string][] = [
    [
      'MADRID - El convenio de seguridad social de 1977 entre España y Chile queda derogado por un nuevo convenio firmado el lunes.',
      'Nuevo convenio < Convenio de seguridad social de 1977 entre España y Chile',
    ],
    [
      'MADRID - El Tratado de Amistad entre España y Marruecos de 1991 fue sustituido por un nuevo tratado firmado el lunes en Rabat.',
      'Nuevo tratado < Tratado de Amistad entre España y Marruecos de 1991',
    ],
    [
      "PARIS - L'accord de 1974 entre la France et le Sénégal est remplacé par le nouveau traité signé lundi à Dakar.",
      'Nouveau traité < accord de 1974',
    ],
    [
      'JAKARTA - Perjanjian ekstradisi tahun 1974 antara Indonesia dan Malaysia digantikan oleh perjanjian baru yang ditandatangani pada Senin.',
      'Perjanjian baru < Perjanjian ekstradisi tahun 1974',
    ],
    [
      'МОСКВА, 4 марта. Соглашение 1994 года между Россией и Казахстаном было заменено новым соглашением, подписанным в понедельник.',
      'Новое соглашение < Соглашение 1994 года',
    ],
  ];
  it('extractArticle("is replaced by a new treaty signed on Monday") names the new treaty by its words', () => {
    for (const [sentence, lineage] of CASES) expect(lineageOf(sentence), sentence).toEqual([lineage]);
  });

  it('extractArticle("... will be replaced by the new agreement") takes the new agreement the text signed', () => {
    const text =
      'CANBERRA - Australia and Vietnam signed a new air services agreement on Tuesday. The 1995 agreement will be replaced by the new agreement.';
    expect(lineageOf(text)).toEqual(['Australia–Vietnam Agreement (2024) < 1995 agreement']);
  });

  it('extractArticle("was replaced by a new envoy") relates nothing', () => {
    const text = 'WASHINGTON - The ambassador was replaced by a new envoy after the 1995 agreement expired.';
    expect(lineageOf(text)).toEqual([]);
  });
});

describe('a year after a replaced treaty that says when', () => {
  const CASES: [sentence: string, older: string][] = [
    ['WASHINGTON - The USMCA replaced NAFTA in 2020, the White House said.', 'NAFTA'],
    ['MADRID - El T-MEC sustituyó al TLCAN en 2020.', 'TLCAN'],
    ["PARIS - L'ACEUM a remplacé l'ALENA en 2020.", 'ALENA'],
    ['JAKARTA - USMCA menggantikan NAFTA pada 2020.', 'NAFTA'],
    ['МОСКВА, 4 марта. Соглашение USMCA сменило NAFTA в 2020 году.', 'NAFTA'],
  ];
  it('extractArticle("replaced NAFTA in 2020") gives the older treaty the name the text gives it, without the year', () => {
    for (const [sentence, older] of CASES)
      expect(lineageOf(sentence), sentence).toEqual([`United States–Mexico–Canada Agreement < ${older}`]);
  });

  it('extractArticle("the Treaty of Friendship of 1950", "(START) tahun 1991") keeps the year that says which', () => {
    expect(lineageOf('WASHINGTON - The new treaty replaces the Treaty of Friendship of 1950.')).toEqual([
      'New treaty < Treaty of Friendship of 1950',
    ]);
    expect(
      lineageOf(
        'JAKARTA - Perjanjian baru itu menggantikan Perjanjian Pengurangan Senjata Strategis (START) tahun 1991.',
      ),
    ).toEqual(['Perjanjian baru < Perjanjian Pengurangan Senjata Strategis (START) tahun 1991']);
  });
});

describe('a treaty that ceases to have effect and is replaced in one clause', () => {
  const CASES: [text: string, lineage: string][] = [
    [
      'BRUSSELS - The Association Agreement between the EU and Chile has governed relations since 2003. The Association Agreement covers political dialogue, and the Association Agreement also set up a council. The Interim Trade Agreement, which will cease to have effect and be replaced by the Advanced Framework Agreement upon the entry into force of the latter, was signed in 2023.',
      'Advanced Framework Agreement < Interim Trade Agreement',
    ],
    [
      'BRUSELAS - El Acuerdo de Asociación entre la UE y Chile rige las relaciones desde 2003. El Acuerdo de Asociación abarca el diálogo político, y el Acuerdo de Asociación creó un consejo. El Acuerdo Comercial Interino, que dejará de tener efecto y será sustituido por el Acuerdo Marco Avanzado tras la entrada en vigor de este, se firmó en 2023.',
      'Acuerdo Marco Avanzado < Acuerdo Comercial Interino',
    ],
  ];
  it('extractArticle("X, which will cease to have effect and be replaced by Y") relates Y to X only, not the treaty named most', () => {
    for (const [text, lineage] of CASES) expect(lineageOf(text), text).toEqual([lineage]);
  });
});

describe('a dated treaty between states the text does not name', () => {
  it('extractArticle("заменил договор 2001 года") in a text about Russia and Iran is no Russian–Chinese treaty', () => {
    const text =
      'МОСКВА, 4 марта. Новый договор о стратегическом партнерстве между Россией и Ираном, подписанный в пятницу, заменил договор 2001 года.';
    const names = treatiesOf(text).map((t) => t.name);
    expect(names).not.toContain('Sino-Russian Treaty of Friendship (2001)');
    expect(names).toContain('Russia–Iran Treaty (2001)');
    expect(lineageOf(text)).toHaveLength(1);
  });

  it('extractArticle("временное соглашение 2018 года") in a text about Iran is no treaty of states it never names', () => {
    const text =
      'МОСКВА, 4 марта. Соглашение о свободной торговле между ЕАЭС и Ираном заменило временное соглашение 2018 года.';
    expect(treatiesOf(text).map((t) => t.name)).not.toContain('United States–Mexico–Canada Agreement');
    expect(lineageOf(text)).toEqual(['Соглашение о свободной торговле между ЕАЭС и Ираном < соглашение 2018 года']);
  });

  it('extractArticle("договор 2001 года") in a text about Russia and China is still their treaty of 2001', () => {
    const text =
      'МОСКВА, 4 марта. Россия и Китай подписали в понедельник новый договор о добрососедстве. Документ должен заменить договор 2001 года.';
    expect(treatiesOf(text).map((t) => t.name)).toContain('Sino-Russian Treaty of Friendship (2001)');
  });
});

describe('a subject that stands for the treaty before auxiliaries and modal words', () => {
  const CASES: [text: string, lineage: string][] = [
    [
      'TEHRAN - Russia and Iran signed the Treaty on Comprehensive Strategic Partnership on Friday. The document will replace the 2001 agreement.',
      'Treaty on Comprehensive Strategic Partnership < 2001 agreement',
    ],
    [
      'MADRID - España y Marruecos firmaron el lunes el Tratado de Buena Vecindad. El documento debe sustituir al tratado de 1991.',
      'Tratado de Buena Vecindad < tratado de 1991',
    ],
    [
      'PARIS - La France et le Sénégal ont signé lundi le Traité de coopération en matière de défense. Le texte doit remplacer l’accord de 1974.',
      'Traité de coopération en matière de défense < accord de 1974',
    ],
    [
      'PARIS - La France et le Sénégal ont signé lundi le Traité de coopération en matière de défense. Le texte va remplacer l’accord de 1974.',
      'Traité de coopération en matière de défense < accord de 1974',
    ],
  ];
  it('extractArticle("The document will replace", "El documento debe sustituir", "Le texte doit remplacer") relates the treaty signed', () => {
    for (const [text, lineage] of CASES) expect(lineageOf(text), text).toEqual([lineage]);
  });

  it('extractArticle("The government will terminate", "El Gobierno debe derogar") relates nothing', () => {
    for (const text of [
      'TEHRAN - Russia and Iran signed the Treaty on Comprehensive Strategic Partnership on Friday. The government will terminate the 2001 treaty.',
      'MADRID - España y Marruecos firmaron el lunes el Tratado de Buena Vecindad. El Gobierno debe derogar el tratado de 1991.',
    ])
      expect(lineageOf(text), text).toEqual([]);
  });
});

describe('agreements named by what they are about and their year', () => {
  const CASES: [text: string, lineage: string, older: string][] = [
    [
      'PARIS - La France et le Sénégal ont signé lundi un traité. Ce traité remplace les accords de défense de 1974.',
      'France–Senegal Treaty (2024) < accords de défense de 1974',
      'France–Senegal Agreement (1974)',
    ],
    [
      'MADRID - España y Marruecos firmaron el lunes un tratado. Este tratado sustituye a los acuerdos de defensa de 1974.',
      'Spain–Morocco Treaty (2024) < acuerdos de defensa de 1974',
      'Spain–Morocco Agreement (1974)',
    ],
    [
      "PARIS - La France et le Sénégal ont signé lundi un traité. Ce traité remplace l'accord de défense de 1974.",
      'France–Senegal Treaty (2024) < accord de défense de 1974',
      'France–Senegal Agreement (1974)',
    ],
  ];
  it('extractArticle("les accords de défense de 1974", "los acuerdos de defensa de 1974") reads the year that says which', () => {
    for (const [text, lineage, older] of CASES) {
      expect(lineageOf(text), text).toEqual([lineage]);
      expect(
        treatiesOf(text).map((t) => t.name),
        text,
      ).toContain(older);
    }
  });
});

describe('a name only near a known treaty between two states', () => {
  it('extractArticle("договором о стратегическом партнерстве") in a text about Russia and Iran is no Russian–Korean treaty', () => {
    const text =
      'МОСКВА, 4 марта. Договор 2001 года между Россией и Ираном будет заменен новым договором о стратегическом партнерстве.';
    const names = treatiesOf(text).map((t) => t.name);
    expect(names).not.toContain('Treaty on Comprehensive Strategic Partnership between Russia and North Korea');
    expect(lineageOf(text)).toEqual(['Договор о стратегическом партнерстве < Договор 2001 года']);
  });

  it('extractArticle("a treaty on strategic partnership") of Russia and North Korea is still their treaty', () => {
    for (const text of [
      'SEOUL - Russia and North Korea signed a treaty on strategic partnership on Friday.',
      'МОСКВА, 19 июня. Россия и КНДР подписали договор о всеобъемлющем стратегическом партнерстве.',
    ])
      expect(
        treatiesOf(text).map((t) => t.name),
        text,
      ).toContain('Treaty on Comprehensive Strategic Partnership between Russia and North Korea');
  });
});

describe('the one a successor verb replaces, after its preposition', () => {
  const CASES: [text: string, lineage: string][] = [
    [
      "PARIS - La France et l'Algérie ont signé lundi une convention fiscale qui succède à celle de 1982.",
      'France–Algeria Convention (2024) < celle de 1982',
    ],
    [
      'MADRID - México y Guatemala firmaron el viernes un nuevo acuerdo de cooperación fronteriza, que sucede al firmado en 1983.',
      'Nuevo acuerdo de cooperación fronteriza < al firmado en 1983',
    ],
    [
      'MADRID - México y Guatemala firmaron el viernes un nuevo acuerdo de cooperación fronteriza, que sucede al de 1983.',
      'Nuevo acuerdo de cooperación fronteriza < al de 1983',
    ],
    [
      'WASHINGTON - Mexico and Guatemala signed a new border cooperation agreement on Friday that succeeds the one signed in 1983.',
      'Mexico–Guatemala Agreement (2024) < the one signed in 1983',
    ],
  ];
  it('extractArticle("succède à celle de 1982", "sucede al firmado en 1983") relates the treaty of that year', () => {
    for (const [text, lineage] of CASES) expect(lineageOf(text), text).toEqual([lineage]);
  });

  it('extractArticle("lo que sucedió al acuerdo") makes no replacement of what happened', () => {
    const text = 'MADRID - Los ministros explicaron lo que sucedió con el acuerdo de 1983 durante la crisis.';
    expect(lineageOf(text)).toEqual([]);
  });
});

describe('an acronym the text gave a treaty, called earlier after a replace verb', () => {
  const CASES: [text: string, lineage: string][] = [
    [
      'CANBERRA - Australia and Vietnam signed a new Air Services Agreement (ASA) on Tuesday. The agreement will replace the previous ASA, which dates from 1995.',
      'Air Services Agreement < Previous ASA',
    ],
    [
      'CANBERRA - Australia and Vietnam signed a new Air Services Agreement (ASA) on Tuesday. The new ASA will replace the 1995 ASA.',
      'Air Services Agreement < 1995 ASA',
    ],
    [
      'MADRID - España y Perú firmaron el lunes un nuevo Convenio de Doble Imposición (CDI). El nuevo CDI sustituye al anterior CDI, de 1990.',
      'Convenio de Doble Imposición < Anterior CDI',
    ],
    [
      "PARIS - La France et le Vietnam ont signé mardi un nouvel Accord de services aériens (ASA). Il remplacera l'ancien ASA de 1995.",
      'Accord de services aériens < Ancien ASA',
    ],
    [
      'JAKARTA - Indonesia dan Vietnam menandatangani Perjanjian Angkutan Udara (ASA) baru pada Selasa. Perjanjian itu akan menggantikan ASA lama.',
      'Perjanjian Angkutan Udara < ASA lama',
    ],
    [
      'МОСКВА, 4 марта. Россия и Вьетнам подписали во вторник новое Соглашение о воздушном сообщении (СВС). Оно заменит прежнее СВС.',
      'Соглашение о воздушном сообщении < прежнее СВС',
    ],
  ];
  it('extractArticle("will replace the previous ASA") relates the treaty to the older one of that acronym', () => {
    for (const [text, lineage] of CASES) expect(lineageOf(text), text).toEqual([lineage]);
  });

  it('extractArticle("the previous ASA rules", an acronym given no treaty) relates nothing', () => {
    for (const text of [
      'CANBERRA - Australia and Vietnam signed a new Air Services Agreement (ASA) on Tuesday. It replaces the previous ASA rules on pricing.',
      'WASHINGTON - The United States and Mexico signed the agreement on Monday. It replaces the previous NAFTA rules on steel.',
    ])
      expect(lineageOf(text), text).toEqual([]);
  });
});
