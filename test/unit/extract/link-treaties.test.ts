import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { testGazetteer } from './shared-gazetteer';

const run = (text: string, published?: string) =>
  extractArticle(text, { gazetteer: testGazetteer(), ...(published ? { published } : {}) });
/** Each treaty's replaced treaties, by canonical name: a replaced name is resolved through the names and aliases, as ingest does. */
const lineage = (text: string) => {
  const treaties = run(text).treaties;
  const canonical = (written: string) => treaties.find((t) => t.name === written || t.aliases.includes(written))?.name;
  return Object.fromEntries(
    treaties.filter((t) => t.replaces.length).map((t) => [t.name, t.replaces.map((r) => canonical(r) ?? r)]),
  );
};

describe('extractArticle: treaties and lineage (the link-treaties stage)', () => {
  it('extractArticle(a Russian treaty named in the genitive and in a headline) gives one treaty, named in the nominative', () => {
    const text =
      'Россия и Белоруссия подписали договор о гарантиях безопасности\n\nПрезиденты России и Белоруссии подписали в пятницу Договор о гарантиях безопасности в рамках Союзного государства. Он дополняет Договор о создании Союзного государства. Стороны подписали также соглашение, которое продлевает действие Договора о создании Союзного государства.';
    const names = run(text, '2024-12-06').treaties.map((t) => t.name);
    expect(names).toContain('Договор о гарантиях безопасности в рамках Союзного государства');
    expect(names).not.toContain('Договор о гарантиях безопасности');
    expect(names.filter((n) => n.startsWith('Договор о создании'))).toEqual([
      'Договор о создании Союзного государства',
    ]);
    // the same words in the long name of the US–Japan treaty do not make it that treaty
    expect(names).not.toContain('Treaty of Mutual Cooperation and Security between the United States and Japan');
  });
  it('extractArticle("Бишкекский протокол о прекращении огня был подписан") keeps the place adjective and the short name', () => {
    const t = run('Бишкекский протокол о прекращении огня был подписан в мае 1994 года.', '2020-11-10').treaties[0]!;
    expect(t.name).toBe('Бишкекский протокол о прекращении огня');
    expect(t.aliases).toContain('Бишкекский протокол');
  });
  it('extractArticle("its 1951 Mutual Defense Treaty with Washington") leaves the partner out of the name', () => {
    const text =
      'Marcos would not say whether Manila would invoke its 1951 Mutual Defense Treaty with Washington. The Philippines signed a Visiting Forces Agreement with the United States in 1998.';
    const names = run(text, '2024-07-08').treaties.map((t) => t.name);
    // (the year before the name after "its" says which treaty and stays in it, as a year after a name does)
    expect(names).toEqual(expect.arrayContaining(['1951 Mutual Defense Treaty', 'Visiting Forces Agreement']));
    expect(names.some((n) => n.includes('Washington'))).toBe(false);
  });
  it('extractArticle(new unnamed agreements) are named by what they are about: "un tratado de extradición", "menandatangani perjanjian ekstradisi"; "a similar pact" is none', () => {
    const es = run(
      'Honduras y Estados Unidos firmaron un tratado de extradición en 1909. El Gobierno y el ELN firmaron este viernes un acuerdo de cese al fuego bilateral y nacional de 180 días.',
      '2023-06-09',
    ).treaties;
    expect(es.flatMap((t) => t.aliases)).toEqual(
      expect.arrayContaining(['tratado de extradición', 'acuerdo de cese al fuego bilateral y nacional de 180 días']),
    );
    const id = run(
      'Indonesia dan Singapura menandatangani perjanjian ekstradisi di Bintan, Selasa (25/1/2022).',
      '2022-01-26',
    ).treaties;
    expect(id.flatMap((t) => t.aliases)).toContain('perjanjian ekstradisi');
    expect(
      run(
        'The Philippines has a Visiting Forces Agreement with the United States, signed in 1998, and a similar pact with Australia.',
        '2024-07-08',
      ).treaties.map((t) => t.name),
    ).toEqual(['Visiting Forces Agreement']);
  });
  it('extractArticle("signed a defence pact on Monday. The Reciprocal Access Agreement was signed ...") gives one treaty, signed that Monday', () => {
    const t = run(
      'MANILA, July 8, 2024 – Japan and the Philippines signed a defence pact on Monday. The Reciprocal Access Agreement was signed in Manila by the two ministers.',
      '2024-07-08',
    ).treaties;
    expect(t.map((x) => [x.name, x.signed])).toEqual([['Reciprocal Access Agreement', '2024-07-08']]);
  });
  it('extractArticle("akan menggantikan perjanjian tahun 1961 dan 2000-2001") resolves both against the gazetteer', () => {
    const text =
      'Kesepakatan tersebut, yang digambarkan sebagai “kemitraan strategis komprehensif”, akan menggantikan perjanjian tahun 1961 dan 2000-2001, lapor TASS. Rusia dan Korea Utara menyambutnya.';
    const l = lineage(text);
    expect(l['Treaty on Comprehensive Strategic Partnership between Russia and North Korea']).toEqual(
      expect.arrayContaining([
        'Treaty of Friendship, Co-operation and Mutual Assistance (1961)',
        'Treaty of Friendship, Good-Neighbourliness and Cooperation (2000)',
      ]),
    );
  });
  it('extractArticle("replaces the 1961 treaty") is a declared claim, not a legal one: the 1961 treaty had lapsed in 1996', () => {
    const text =
      'Presiden Rusia Vladimir Putin dan Kim Jong Un menandatangani Perjanjian Kemitraan Strategis Komprehensif di Pyongyang. Menurut TASS, perjanjian itu akan menggantikan perjanjian tahun 1961 antara Uni Soviet dan Korea Utara, perjanjian persahabatan tahun 2000, serta deklarasi bersama tahun 2000-2001.';
    const t = run(text, '2024-06-20').treaties.find(
      (x) => x.name === 'Treaty on Comprehensive Strategic Partnership between Russia and North Korea',
    )!;
    // keyed by the names the text gives them
    expect(t.replacesBases).toEqual({
      'perjanjian tahun 1961': 'declared',
      'perjanjian persahabatan tahun 2000': 'legal',
      'Pyongyang Declaration (2000)': 'declared',
      'Moscow Declaration (2001)': 'declared',
    });
  });
  it('extractArticle("deklarasi bersama tahun 2000-2001") emits both declarations of the range, so both can be linked', () => {
    const text =
      'Perjanjian Kemitraan Strategis Komprehensif antara Rusia dan Korea Utara akan menggantikan perjanjian persahabatan tahun 2000 serta deklarasi bersama tahun 2000-2001.';
    expect(run(text, '2024-06-20').treaties.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Pyongyang Declaration (2000)', 'Moscow Declaration (2001)']),
    );
  });
  it('extractArticle("al tratado ... firmado en el año 2000 y a las declaraciones conjuntas de 2000 y 2001") resolves the described treaty and both declarations', () => {
    const text =
      'El Tratado de Asociación Estratégica Integral fue firmado por Rusia y Corea del Norte el 19 de junio de 2024. El acuerdo sustituye al tratado ruso-norcoreano de amistad, buena vecindad y cooperación firmado en el año 2000 y a las declaraciones conjuntas de 2000 y 2001.';
    const r = run(text, '2024-11-09');
    expect(lineage(text)).toEqual({
      'Treaty on Comprehensive Strategic Partnership between Russia and North Korea': [
        'Treaty of Friendship, Good-Neighbourliness and Cooperation (2000)',
        'Pyongyang Declaration (2000)',
        'Moscow Declaration (2001)',
      ],
    });
    // the participle describes what is replaced: no signing in 2000
    expect(r.events.filter((e) => e.type === 'treaty_signing').map((e) => e.date)).toEqual(['2024-06-19']);
  });
  it('extractArticle("amended by a protocol signed ... on 10 December 2019") dates the protocol by its own verb, not the sentence\'s first one', () => {
    const text =
      'The United States–Mexico–Canada Agreement was signed on 30 November 2018 in Buenos Aires and amended by a protocol signed in Mexico City on 10 December 2019.';
    expect(run(text, '2020-03-14').treaties.map((t) => t.name)).toContain('Protocol (2019)');
  });
  it('extractArticle("It superseded the previous treaty") replaces the predecessor the gazetteer knows', () => {
    const text =
      'The Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance was concluded between China and the Soviet Union on February 14, 1950. It superseded the previous Sino-Soviet treaty signed by the Kuomintang government.';
    expect(lineage(text)).toEqual({
      'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance': [
        'Sino-Soviet Treaty of Friendship and Alliance (1945)',
      ],
    });
  });
  it('extractArticle("amended", "renamed", "follows") gives no lineage', () => {
    expect(
      lineage(
        'The Treaty of Lisbon amended the Maastricht Treaty and renamed the Treaty of Rome. New START follows the START I treaty.',
      ),
    ).toEqual({});
  });
  it('extractArticle("New START replaced the Treaty of Moscow (SORT)") names the replaced treaty as the text does, an alias of the known one', () => {
    const r = run('New START replaced the Treaty of Moscow (SORT), which was to expire in December 2012.').treaties;
    const sort = r.find((t) => t.name === 'Strategic Offensive Reductions Treaty')!;
    expect(r.find((t) => t.name === 'New START')?.replaces).toEqual(['Treaty of Moscow']);
    expect(sort.aliases).toContain('Treaty of Moscow');
    const id = run(
      'Pakta baru itu menggantikan Perjanjian Pengurangan Senjata Strategis (START) tahun 1991. Obama dan Medvedev menandatangani New START.',
    ).treaties;
    expect(id.find((t) => t.name === 'New START')?.replaces).toEqual([
      'Perjanjian Pengurangan Senjata Strategis (START) tahun 1991',
    ]);
  });
  it('extractArticle("a strategic arms reduction treaty") is a kind of treaty, not the known treaty of that name', () => {
    const r = run(
      'SORT was a strategic arms reduction treaty between the United States and Russia until it was superseded by the New START treaty.',
    ).treaties;
    expect(r.map((t) => t.name)).not.toContain('START I');
    expect(r.find((t) => t.name === 'New START')?.replaces).toEqual(['SORT']);
  });
  it('extractArticle("Déclaration de M. Emmanuel Macron") is a speech, not a known declaration', () => {
    expect(
      run('Déclaration de M. Emmanuel Macron, président de la République, sur la situation en Ukraine.').treaties,
    ).toEqual([]);
  });
  it('extractArticle("los acuerdos de Minsk", "le traité de Maastricht") names a lowercase noun by the capitalized words after its connector', () => {
    const es = run('Todas las partes deben respetar los acuerdos de Minsk, en particular el alto el fuego.').treaties;
    expect(es.flatMap((t) => t.aliases)).toContain('acuerdos de Minsk');
    const fr = run('Le Danemark a ratifié le traité de Maastricht en 1993.').treaties;
    expect(fr.map((t) => t.name)).toEqual(['Maastricht Treaty']);
    // a state after the connector is whose agreement it is, not its name
    expect(run("La Commission a salué l'accord de la France avec ses partenaires.").treaties).toEqual([]);
  });
  it('extractArticle("menggantikan perjanjian yang sudah habis masa berlakunya") replaces a treaty the text only describes', () => {
    const r = run(
      'Senat AS menyetujui Kesepakatan Pengurangan Senjata Strategis. Kesepakatan ini menggantikan perjanjian yang sudah habis masa berlakunya, yang membatasi jumlah senjata nuklir.',
    ).treaties;
    expect(r.find((t) => t.replaces.length)?.replaces).toEqual(['Perjanjian yang sudah habis masa berlakunya']);
  });
  it('extractArticle("le traité du 22 janvier 1963") is not a known treaty signed on another day of 1963', () => {
    const r = run(
      'Le traité du 22 janvier 1963 entre la République française et la République fédérale d’Allemagne sur la coopération franco-allemande reste en vigueur.',
    ).treaties;
    expect(r.map((t) => t.name)).not.toContain('Partial Nuclear Test Ban Treaty');
  });
  it('extractArticle("the Extradition Treaty of April 9, 1924") keeps the date that completes the name', () => {
    const r = run(
      'The new Treaty, signed at Vilnius on October 23, 2001, will replace the Extradition Treaty of April 9, 1924.',
    ).treaties;
    expect(r.map((t) => t.name)).toContain('Extradition Treaty of April 9, 1924');
  });
  it('extractArticle("tidak menggantikan") (negated) gives no lineage', () => {
    expect(lineage('RCEP tidak menggantikan Persetujuan Perdagangan Barang ASEAN yang sudah ada.')).toEqual({});
  });
  it('extractArticle("T-MEC sustituye al TLCAN") replaces NAFTA', () => {
    expect(
      lineage(
        'El T-MEC es un acuerdo comercial que sustituye al Tratado de Libre Comercio de América del Norte (TLCAN).',
      ),
    ).toEqual({ 'United States–Mexico–Canada Agreement': ['North American Free Trade Agreement'] });
  });
  it('extractArticle("заменит") replaces in Russian', () => {
    expect(
      lineage(
        'Договор о всеобъемлющем стратегическом партнёрстве заменит Договор о дружбе, добрососедстве и сотрудничестве между РФ и КНДР.',
      ),
    ).toEqual({
      'Treaty on Comprehensive Strategic Partnership between Russia and North Korea': [
        'Treaty of Friendship, Good-Neighbourliness and Cooperation (2000)',
      ],
    });
  });
  it('extractArticle("It was replaced by X") makes X replace the treaty the text is about', () => {
    expect(
      lineage('The Treaty of Versailles was signed on 28 June 1919. It was replaced by the Treaty of Locarno in 1925.'),
    ).toEqual({ 'Treaty of Locarno': ['Treaty of Versailles'] });
  });
  it('extractArticle(an unknown named treaty) returns it with its name as written', () => {
    const r = run('The Treaty of Kazan was signed by Ruritania and Freedonia on 3 March 2031.');
    expect(r.treaties.map((t) => [t.name, t.id])).toEqual([['Treaty of Kazan', 'treaty:treaty-of-kazan']]);
  });
  it('extractArticle("the 1961 treaty") with no known treaty returns a descriptive one', () => {
    const r = run('Ruritania and Freedonia said the 1961 treaty would stay in force.');
    expect(r.treaties.map((t) => t.name)).toEqual(['Treaty (1961)']);
  });
  it('extractArticle(apposition) keeps "X, or Y for short" as one treaty', () => {
    const r = run(
      'The Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance, or Sino-Soviet Treaty of Friendship and Alliance for short, was signed in 1950.',
    );
    expect(r.treaties).toHaveLength(1);
    expect(r.treaties[0]!.aliases).toContain('Sino-Soviet Treaty of Friendship and Alliance');
  });
  it('extractArticle("Iraq and Turkey signed a pact of mutual cooperation") links the Baghdad Pact', () => {
    const r = run('In February 1955, Iraq and Turkey signed a "pact of mutual cooperation" in Baghdad.');
    expect(r.treaties.map((t) => t.name)).toEqual(['Baghdad Pact']);
    expect(r.events[0]).toMatchObject({ type: 'treaty_signing', date: '1955-02', treaty: 'treaty:baghdad-pact' });
  });
  it('extractArticle("firmaron un memorando trilateral") returns a new unnamed agreement', () => {
    const r = run('El 28 de junio de 2022 Turquía, Finlandia y Suecia firmaron un memorando trilateral en Madrid.');
    expect(r.treaties.map((t) => [t.name, t.aliases])).toEqual([['Memorandum (2022)', ['memorando trilateral']]]);
  });
  it('extractArticle(old treaties lose force when the new one enters into force) gives the new treaty legal lineage', () => {
    const ru =
      'Договор о всеобъемлющем стратегическом партнёрстве между Россией и КНДР вступил в силу 4 декабря 2024 года. Договор о всеобъемлющем стратегическом партнёрстве подписан в Пхеньяне. Со дня вступления договора в силу утратили силу Пхеньянская декларация от 19 июля 2000 года и Московская декларация от 4 августа 2001 года.';
    const r = run(ru).treaties.find((t) => t.replaces.length);
    expect(r?.name).toMatch(/Comprehensive Strategic Partnership/);
    expect(Object.values(lineage(ru))).toEqual([['Pyongyang Declaration (2000)', 'Moscow Declaration (2001)']]);
    expect(r?.replacesBasis).toBe('legal');
    const en =
      'The Treaty on Comprehensive Strategic Partnership entered into force on 4 December 2024. With its entry into force, the Pyongyang Declaration and the Moscow Declaration ceased to be in effect.';
    expect(Object.values(lineage(en))).toEqual([['Pyongyang Declaration (2000)', 'Moscow Declaration (2001)']]);
    // a treaty that lapses on its own replaces nothing
    expect(lineage('The 1961 treaty between the Soviet Union and North Korea ceased to be in effect in 1996.')).toEqual(
      {},
    );
  });
  it("extractArticle(an unnamed treaty signed in a known treaty's year by its parties) resolves it to the gazetteer treaty", () => {
    const r = run(
      'WASHINGTON, Dec. 8 — President Ronald Reagan and Soviet leader Mikhail Gorbachev on Tuesday signed a treaty that eliminates an entire class of nuclear missiles. The United States and the Soviet Union had negotiated since 1981.',
      '1987-12-09',
    );
    expect(r.treaties.map((t) => t.name)).toEqual(['Intermediate-Range Nuclear Forces Treaty']);
    const es = run(
      'En 1961 la Unión Soviética y Corea del Norte ya habían suscrito un tratado de asistencia mutua, que expiró en 1996.',
    );
    expect(es.treaties.map((t) => t.name)).toEqual(['Treaty of Friendship, Co-operation and Mutual Assistance (1961)']);
  });
  it('extractArticle("Canada–United States–Mexico Agreement") is the USMCA', () => {
    const r = run(
      'Bill C-4, which implements the Canada–United States–Mexico Agreement, known in Canada as CUSMA, passed the House of Commons on 13 March 2020.',
    );
    expect(r.treaties.map((t) => t.name)).toEqual(['United States–Mexico–Canada Agreement']);
  });
  it('extractArticle(a list of known treaties "X, the Y and the Z") keeps them apart', () => {
    const r = run(
      'With its entry into force, the 2000 Treaty of Friendship, Good-Neighbourliness and Cooperation, the Pyongyang Declaration of 19 July 2000 and the Moscow Declaration of 4 August 2001 ceased to be in effect.',
    );
    expect(r.treaties.map((t) => t.name)).toEqual([
      'Treaty of Friendship, Good-Neighbourliness and Cooperation (2000)',
      'Pyongyang Declaration (2000)',
      'Moscow Declaration (2001)',
    ]);
  });
  it('extractArticle("El nuevo acuerdo reemplaza al tratado ... firmado ... en 1961, así como al tratado bilateral de 2000") gives the newest treaty the lineage', () => {
    const text =
      'Rusia y Corea del Norte firmaron el Tratado de Asociación Estratégica Integral el 19 de junio de 2024. Ambos invocaron la Carta de la ONU.\n\nEl nuevo acuerdo reemplaza al tratado de amistad firmado por la Unión Soviética y Corea del Norte en 1961, así como al tratado bilateral de 2000.';
    expect(lineage(text)).toEqual({
      'Treaty on Comprehensive Strategic Partnership between Russia and North Korea': [
        'Treaty of Friendship, Co-operation and Mutual Assistance (1961)',
        'Treaty of Friendship, Good-Neighbourliness and Cooperation (2000)',
      ],
    });
  });
  it('extractArticle("It builds on X") keeps the article\'s treaty as the focus for later references', () => {
    const r = run(
      'Canada, Mexico and the United States signed the North American Free Trade Agreement on 17 December 1992. It builds on the Canada–United States Free Trade Agreement that took effect in 1989. Critics oppose the agreement.',
    );
    expect(r.treaties.find((t) => t.name === 'North American Free Trade Agreement')?.aliases).toContain('agreement');
    expect(r.treaties.find((t) => t.name === 'Canada–United States Free Trade Agreement')?.aliases).not.toContain(
      'agreement',
    );
  });
  it('extractArticle("подписали в Екатеринбурге Договор о добрососедстве и союзничестве в XXI веке") keeps the place out of the name and the century in it', () => {
    const text =
      'Владимир Путин и Нурсултан Назарбаев подписали в понедельник в Екатеринбурге Договор о добрососедстве и союзничестве в XXI веке. Новый договор заменяет Договор о дружбе, сотрудничестве и взаимной помощи между двумя странами, подписанный 25 мая 1992 года.';
    const r = run(text, '2013-11-11');
    expect(r.treaties.map((t) => t.name)).toContain('Договор о добрососедстве и союзничестве в XXI веке');
    // the same Russian name as the 1961 USSR–DPRK treaty, but between Russia and Kazakhstan: not that treaty
    expect(r.treaties.map((t) => t.name)).not.toContain(
      'Treaty of Friendship, Co-operation and Mutual Assistance (1961)',
    );
  });
  it("extractArticle(a known treaty the text does not date) leaves its dates, parties and lineage to the gazetteer's reference", () => {
    const r = run(
      'Russia and North Korea say the Treaty on Friendship, Good-Neighbourliness and Cooperation still guides them.',
      '2023-01-10',
    );
    const t = r.treaties.find((x) => x.id === 'treaty:russia-dprk-friendship-2000')!;
    expect([t.signed, t.inForceFrom, t.endedOn, t.parties, t.replaces]).toEqual([null, null, null, [], []]);
    expect(t.known).toMatchObject({
      reference: 'gazetteer:treaties',
      signed: '2000-02-09',
      parties: [{ id: 'country:RU' }, { id: 'country:KP' }],
      replaces: [{ id: 'treaty:ussr-dprk-friendship-1961', basis: 'successor', signed: '1961-07-06' }],
    });
    // a year the text gives is the text's
    const dated = run('Россия и КНДР подписали Договор о дружбе, добрососедстве и сотрудничестве в 2000 году.');
    expect(dated.treaties.find((x) => x.id === 'treaty:russia-dprk-friendship-2000')?.signed).toMatch(/^2000/);
  });
  it('extractArticle("Acuerdo Estados Unidos-México-Canadá", "Perjanjian AS-Meksiko-Kanada") keeps parties joined by hyphens in the name', () => {
    const names = (text: string) => run(text).treaties.map((t) => t.quote);
    expect(names('El 1 de julio de 2020, el Acuerdo Estados Unidos-México-Canadá entró en vigor.')).toEqual([
      'Acuerdo Estados Unidos-México-Canadá',
    ]);
    expect(names('Pada 29 Januari 2020 Trump menandatangani Perjanjian AS-Meksiko-Kanada di Washington.')).toEqual([
      'Perjanjian AS-Meksiko-Kanada',
    ]);
    expect(names("Le 1er juillet 2020, l'Accord Canada-États-Unis-Mexique est entré en vigueur.")).toEqual([
      'Accord Canada-États-Unis-Mexique',
    ]);
  });
  it('extractArticle("Accord de libre-échange Canada-Ukraine (ALECU)") keeps the dashed parties after what it is about, and the acronym', () => {
    const treaties = (text: string) => run(text, '2024-06-01').treaties.map((t) => [t.quote, ...t.aliases]);
    const fr = treaties(
      "Les ministres ont salué l'entrée en vigueur de l'Accord de libre-échange Canada-Ukraine (ALECU) modernisé.",
    );
    expect(fr).toHaveLength(1);
    expect(fr[0]).toEqual(expect.arrayContaining(['Accord de libre-échange Canada-Ukraine', 'ALECU']));
    const es = treaties('El Tratado de Libre Comercio Canadá-Estados Unidos (CUSFTA) entró en vigor en 1989.');
    expect(es[0]).toEqual(expect.arrayContaining(['Tratado de Libre Comercio Canadá-Estados Unidos', 'CUSFTA']));
    const en = treaties('The ministers signed the Strategic Partnership Agreement (SPA) in Brussels.');
    expect(en[0]).toEqual(expect.arrayContaining(['Strategic Partnership Agreement', 'SPA']));
    // a name that says only what kind of agreement it is is no known agreement whose name holds those words
    const kind = (text: string) => run(text, '2024-06-01').treaties.map((t) => t.name);
    expect(kind("Le Canada a signé l'Accord de libre-échange avec le Mexique.")).not.toContain(
      'North American Free Trade Agreement',
    );
    expect(kind('Canadá firmó el Tratado de Libre Comercio con Colombia.')).not.toContain(
      'North American Free Trade Agreement',
    );
  });
  it('extractArticle("supersedes the existing U.S.-Canada Air Preclearance agreement") names a lowercase noun by the capitalized words beside it', () => {
    expect(
      lineage('The new agreement supersedes the existing U.S.-Canada Air Preclearance agreement signed in 2001.'),
    ).toEqual({ 'New agreement': ['U.S.-Canada Air Preclearance agreement'] });
    expect(
      lineage(
        'Kesepakatan baru ini menggantikan perjanjian Prakliransi Udara AS-Kanada yang ditandatangani pada 2001.',
      ),
    ).toEqual({ 'Kesepakatan baru': ['Perjanjian Prakliransi Udara AS-Kanada'] });
    const names = (text: string) => run(text, '2015-03-16').treaties.map((t) => t.quote);
    expect(names('They welcomed the Good Friday agreement.')).toEqual(['Good Friday agreement']);
    // actors, places and possessives before the noun say whose agreement it is, not which
    // (the state after "with" does: the agreement with Canada, named by its partner)
    expect(names('The United States agreement with Canada was signed in 2001.')).toEqual(['agreement with Canada']);
    expect(names("The Prime Minister's agreement was signed in 2001 by Canada.")).toEqual([]);
    expect(names('Indonesia menandatangani perjanjian Indonesia dan Malaysia pada 2001.')).toEqual([]);
  });
  it('extractArticle("the double tax agreement between A and B") names a described agreement with the parties it is between, in every language', () => {
    const treaty = (text: string) => {
      const t = run(text, '2024-06-01').treaties;
      expect(t).toHaveLength(1);
      return [t[0]!.quote, ...t[0]!.aliases];
    };
    expect(
      treaty('The update of the double tax agreement between the United States and New Zealand took a step forward.'),
    ).toEqual(
      expect.arrayContaining([
        'double tax agreement between the United States and New Zealand',
        'double tax agreement',
      ]),
    );
    expect(
      treaty(
        "Le Conseil approuve la convention de sécurité sociale révisée entre la Confédération suisse et les Etats-Unis d'Amérique.",
      )[0],
    ).toBe("convention de sécurité sociale révisée entre la Confédération suisse et les Etats-Unis d'Amérique");
    expect(treaty('El Senado aprobó el acuerdo de cooperación cultural entre Chile y Vietnam.')[0]).toBe(
      'acuerdo de cooperación cultural entre Chile y Vietnam',
    );
    expect(treaty('DPR menyetujui perjanjian ekstradisi antara Indonesia dan Singapura.')[0]).toBe(
      'perjanjian ekstradisi antara Indonesia dan Singapura',
    );
  });
  it('extractArticle("Strategic Partnership Agreement", "accord de partenariat") reads a partnership beside an agreement noun as what it is, not a treaty of its own', () => {
    const names = (text: string) => run(text, '2024-06-01').treaties.map((t) => t.name);
    expect(names('The ministers signed the Strategic Partnership Agreement in Ottawa.')).toEqual([
      'Strategic Partnership Agreement',
    ]);
    expect(
      names(
        'Kedua negara menandatangani Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-Australia (IA-CEPA) di Jakarta.',
      ),
    ).toEqual(['Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-Australia']);
    expect(
      names("Le Parlement examine l'accord de partenariat et de coopération renforcé, signé en 2015."),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^Partnership/u)]));
    expect(names('El Senado examina el Acuerdo de Asociación con Chile.')).toEqual(['Acuerdo de Asociación']);
  });
  it('extractArticle("a vocation à remplacer l\'accord ... signé avec le Kazakhstan en 1995") relates the new agreement to the one its participle dates, in every language', () => {
    expect(
      lineage(
        "Le Parlement examine l'accord de partenariat et de coopération renforcé entre l'Union européenne et le Kazakhstan, signé en 2015. Cet accord a vocation à remplacer l'accord de partenariat et de coopération classique signé avec le Kazakhstan en 1995.",
      ),
    ).toEqual({
      "Accord de partenariat et de coopération renforcé entre l'Union européenne et le Kazakhstan": [
        'Accord de partenariat et de coopération classique signé avec le Kazakhstan en 1995',
      ],
    });
    expect(
      lineage(
        'The Senate approved the enhanced partnership agreement between the European Union and Kazakhstan. The agreement replaces the trade cooperation agreement signed with Kazakhstan in 1995.',
      ),
    ).toEqual({ 'Enhanced partnership agreement between the European Union and Kazakhstan': ['Agreement (1995)'] });
    expect(
      lineage(
        'El Senado examina el acuerdo de asociación entre la Unión Europea y Kazajistán. Este acuerdo sustituye al acuerdo de cooperación comercial firmado con Kazajistán en 1995.',
      ),
    ).toEqual({ 'Acuerdo de asociación entre la Unión Europea y Kazajistán': ['Agreement (1995)'] });
  });
  it('extractArticle("the Extradition Treaty with Chile", "(the ``1900 Treaty\'\')") reads a name with its partner and a bracketed definition as the treaty named before', () => {
    const treaties = (text: string) => run(text, '2013-07-01').treaties.map((t) => [t.name, ...t.aliases]);
    const en = treaties(
      'The President transmitted the Extradition Treaty with the Republic of Chile. The Extradition Treaty between the Government of the United States of America and the Government of the Republic of Chile was signed on June 5, 2013.',
    );
    expect(en).toHaveLength(1);
    expect(en[0]).toContain('Extradition Treaty with the Republic of Chile');
    const es = treaties(
      'El Presidente remitió el Tratado de Extradición con la República de Chile. El Tratado de Extradición entre el Gobierno de los Estados Unidos y el Gobierno de la República de Chile fue firmado en 2013.',
    );
    expect(es).toHaveLength(1);
    const old = treaties(
      "The Treaty would replace the outdated extradition treaty between the United States and Chile, signed at Santiago on April 17, 1900 (the ``1900 Treaty'').",
    );
    expect(old).toEqual([
      expect.arrayContaining(['Outdated extradition treaty between the United States and Chile', '1900 Treaty']),
    ]);
    // a year's short name is the treaty it defines, never a known treaty of that year
    expect(
      treaties('Le Traité entre la France et le Chili (ci-après dénommé « Traité de 1990 ») reste en vigueur.'),
    ).toEqual([['Traité entre la France et le Chili', 'Traité entre la France et le Chili', 'Traité de 1990']]);
  });
  it('extractArticle(", alongside the X, with a view to replacing Y") leaves a treaty in an aside out of the subject, in every language', () => {
    expect(
      lineage(
        'The Strategic Partnership Agreement was signed in 2016. Negotiations for the SPA launched in 2011, alongside the Comprehensive Economic and Trade Agreement (CETA), with a view to replacing the outdated 1976 Framework Agreement for Commercial and Economic Cooperation.',
      ),
    ).toEqual({ 'Strategic Partnership Agreement': ['Framework Agreement for Commercial and Economic Cooperation'] });
    expect(
      lineage(
        'El Acuerdo Marco fue firmado en 2016. Las negociaciones del acuerdo comenzaron en 2011, junto con el Acuerdo de Pesca, para sustituir el Acuerdo de Cooperación de 1976.',
      ),
    ).toEqual({ 'Acuerdo Marco': ['Acuerdo de Cooperación de 1976'] });
    expect(
      lineage(
        "L'Accord de Partenariat a été signé en 2016. Les négociations de cet accord ont commencé en 2011, parallèlement à l'Accord de Commerce, en vue de remplacer l'Accord de Coopération de 1976.",
      ),
    ).toEqual({ 'Accord de Partenariat': ['Accord de Coopération de 1976'] });
    expect(
      lineage(
        'Perjanjian Kemitraan ditandatangani pada 2016. Perundingan perjanjian itu dimulai pada 2011, bersama dengan Perjanjian Perikanan, untuk menggantikan Perjanjian Kerja Sama 1976.',
      ),
    ).toEqual({ 'Perjanjian Kemitraan': ['Perjanjian Kerja Sama 1976'] });
  });
  it('extractArticle("Соглашение между Россией и Китаем о сотрудничестве ...") names the parties and the subject together', () => {
    const t = run(
      'Путин и Си Цзиньпин подписали в Пекине Соглашение между Россией и Китаем о сотрудничестве в области энергетики.',
    ).treaties;
    expect(t.map((x) => x.name)).toEqual(['Соглашение между Россией и Китаем о сотрудничестве в области энергетики']);
  });
  it('extractArticle("a new X agreement to replace the existing agreement") relates two treaties the text only describes, in every language', () => {
    const cases: [string, string, string][] = [
      [
        'In June the two countries signed a new nuclear cooperation agreement to replace the existing agreement.',
        'new nuclear cooperation agreement',
        'existing agreement',
      ],
      [
        'España y Marruecos firmaron un nuevo acuerdo de pesca que sustituye al acuerdo anterior.',
        'nuevo acuerdo de pesca',
        'acuerdo anterior',
      ],
      [
        "Le nouvel accord de coopération monétaire remplace l'accord précédent.",
        'nouvel accord de coopération monétaire',
        'accord précédent',
      ],
      [
        'Kedua negara menandatangani perjanjian ekstradisi baru yang menggantikan perjanjian lama.',
        'perjanjian ekstradisi baru',
        'perjanjian lama',
      ],
      [
        'Россия и Китай в понедельник подписали новое соглашение, которое заменит прежний договор между Россией и Китаем.',
        'новое соглашение',
        'прежний договор между Россией и Китаем',
      ],
    ];
    for (const [text, newer, older] of cases) {
      const t = run(text, '2015-07-01').treaties;
      expect(t.map((x) => x.quote).sort(), text).toEqual([newer, older].sort());
      expect(t.find((x) => x.quote === newer)?.replaces, text).toEqual([
        older.charAt(0).toUpperCase() + older.slice(1),
      ]);
    }
  });
  it('extractArticle(replacement phrasings: "in place of", "en sustitución de", "vient remplacer", "sebagai pengganti", "взамен") relates the treaties, in every language', () => {
    const cases: [string, string, string][] = [
      ['The Treaty of Tirana was signed in place of the Treaty of Durres.', 'Treaty of Tirana', 'Treaty of Durres'],
      [
        'El Tratado de Asunción se firmó en sustitución del Tratado de Montevideo.',
        'Tratado de Asunción',
        'Tratado de Montevideo',
      ],
      [
        "Les deux présidents ont signé le nouveau Traité de coopération en matière de défense, qui vient remplacer l'accord de défense de 1977.",
        'Traité de coopération en matière de défense',
        'accord de défense de 1977',
      ],
      ['Perjanjian Bali ditandatangani sebagai pengganti Perjanjian Jakarta.', 'Perjanjian Bali', 'Perjanjian Jakarta'],
      [
        'Стороны подписали Договор о дружбе взамен Договора о сотрудничестве.',
        'Договор о дружбе',
        'Договор о сотрудничестве',
      ],
    ];
    for (const [text, newer, older] of cases) {
      const t = run(text, '2015-07-01').treaties;
      const subject = t.find((x) => x.aliases.includes(newer));
      const old = t.find((x) => x.aliases.includes(older) || x.name === older);
      expect(subject?.replaces.length, text).toBe(1);
      expect(old?.aliases.concat(old.name), text).toContain(subject!.replaces[0]);
    }
  });
  it('extractArticle(a protocol named with its treaty) keeps both: "Second Protocol Amending the Treaty on Extradition ...", "Protokol ... dari Konvensi ..."', () => {
    const en = run(
      'The President transmitted the Second Protocol Amending the Treaty on Extradition Between the Government of the United States of America and the Government of Canada, signed at Ottawa on January 12, 2001.',
    ).treaties.map((t) => t.name);
    expect(en).toEqual(
      expect.arrayContaining([
        'Second Protocol Amending the Treaty on Extradition Between the Government of the United States of America and the Government of Canada',
        'Treaty on Extradition Between the Government of the United States of America and the Government of Canada',
      ]),
    );
    const id = run(
      'Presiden mengesahkan Protokol tentang Naskah Asli Bahasa Kelima dari Konvensi Penerbangan Sipil Internasional pada tahun 2008.',
    ).treaties.map((t) => t.name);
    expect(id).toContain('Protokol tentang Naskah Asli Bahasa Kelima dari Konvensi Penerbangan Sipil Internasional');
  });
  it('extractArticle(a kind of treaty, a declaration of an office holder, a year before "the agreement") gives no treaty', () => {
    for (const text of [
      'Undang-Undang Nomor 24 Tahun 2000 tentang Perjanjian Internasional mengatur pengesahan.',
      'The Law on International Treaties sets the procedure.',
      'La Ley de Tratados Internacionales fija el procedimiento.',
      'Declaración del Secretario de Prensa sobre la apertura de la Embajada.',
    ])
      expect(run(text, '2015-07-01').treaties, text).toEqual([]);
    expect(
      run(
        'The Treaty of Tirana was signed in June. On 24 October 2024 the agreement was ratified by the parliament.',
        '2024-11-01',
      ).treaties.map((t) => t.name),
    ).toEqual(['Treaty of Tirana']);
  });
  it('extractArticle("Perjanjian antara A, B, dan C, yang umum disebut sebagai X") is one treaty, named with all its parties, that replaces the old one', () => {
    const text =
      'Perjanjian antara Amerika Serikat, Negara Meksiko Serikat, dan Kanada, yang umum disebut sebagai Perjanjian Amerika Serikat-Meksiko-Kanada, adalah sebuah perjanjian perdagangan bebas. Perjanjian tersebut menggantikan Perjanjian Perdagangan Bebas Amerika Utara, dan terkadang disebut sebagai "NAFTA 2.0".';
    const t = run(text, '2020-07-01').treaties;
    const usmca = t.find((x) => x.name === 'United States–Mexico–Canada Agreement');
    expect(usmca?.aliases).toContain('Perjanjian antara Amerika Serikat, Negara Meksiko Serikat, dan Kanada');
    expect(usmca?.replaces).toEqual(['Perjanjian Perdagangan Bebas Amerika Utara']);
    expect(t).toHaveLength(2);
  });
  it('extractArticle(known treaties by their names in each language, acronyms numbered either way)', () => {
    const cases: [string, string][] = [
      ["Le Traité de l'Élysée a été signé en 1963.", 'Élysée Treaty'],
      ['Le Canada a ratifié le nouvel ALENA.', 'United States–Mexico–Canada Agreement'],
      ['Договоры ОСВ-I и СНВ-III были подписаны в Москве.', 'SALT I'],
      ['Indonesia meratifikasi Konvensi Senjata Kimia pada 1998.', 'Chemical Weapons Convention'],
      ['España firmó el Estatuto de Roma en 1998.', 'Rome Statute of the International Criminal Court'],
    ];
    for (const [text, name] of cases)
      expect(
        run(text, '2020-07-01').treaties.map((x) => x.name),
        text,
      ).toContain(name);
    expect(run('Договоры ОСВ-I и СНВ-III были подписаны.', '2020-07-01').treaties.map((x) => x.name)).toContain(
      'New START',
    );
  });
  it('extractArticle("MOU", "Memorándum de Entendimiento (MOU) sobre ...") reads memoranda of understanding by their acronym and subject', () => {
    const es = run(
      'Ambos ministros destacaron la firma de un Memorándum de Entendimiento (MOU) sobre cooperación en materia de Ciberseguridad.',
      '2018-10-09',
    ).treaties.flatMap((t) => t.aliases);
    expect(es).toContain('Memorándum de Entendimiento (MOU) sobre cooperación');
    const id = run('Kedua negara menandatangani MoU kerja sama energi pada Selasa.', '2018-10-09').treaties.flatMap(
      (t) => t.aliases,
    );
    expect(id).toContain('MoU kerja sama energi');
  });
  it('extractArticle("the outdated treaty between A and B, signed in 1931") is replaced by the treaty the text is about', () => {
    const r = run(
      'The President transmitted the Extradition Treaty between the United States and Malta, signed on May 18, 2006. The new extradition treaty with Malta would replace the outdated extradition treaty between the United States and Great Britain, signed on December 22, 1931.',
    );
    const malta = r.treaties.find((t) => t.name.startsWith('Extradition Treaty between the United States and Malta'));
    expect(malta?.replaces).toEqual(['Outdated extradition treaty between the United States and Great Britain']);
    expect(r.treaties).toHaveLength(2);
  });
  it('extractArticle(a new agreement that extends, prorogues or amends the old one) relates nothing', () => {
    for (const text of [
      'In June the two countries signed a new nuclear cooperation agreement to extend the existing agreement.',
      'España y Marruecos firmaron un nuevo acuerdo de pesca que prorroga el acuerdo anterior.',
      "Le nouvel accord de coopération monétaire modifie l'accord précédent.",
      'Kedua negara menandatangani perjanjian ekstradisi baru yang mengubah perjanjian lama.',
      'Россия и Китай в понедельник подписали новое соглашение, которое продлит прежний договор между Россией и Китаем.',
    ])
      expect(
        run(text, '2015-07-01').treaties.flatMap((t) => t.replaces),
        text,
      ).toEqual([]);
  });
  it('extractArticle(an agreement the text only describes, signed or referred to) names it by what it is about, in every language', () => {
    const cases: [string, string][] = [
      ['In the Sudan, a peace treaty has been signed that many hope will end the war.', 'peace treaty'],
      ['The envoy will work on the implementation of the August peace agreement.', 'August peace agreement'],
      ['El Gobierno celebra el acuerdo de alto el fuego alcanzado entre Israel y Hamás.', 'acuerdo de alto el fuego'],
      ["Le Conseil des ministres a adopté l'accord d'association avec le Chili.", "accord d'association"],
      [
        'Indonesia dan Singapura telah menandatangani perjanjian ekstradisi untuk menyeret penjahat ke pengadilan.',
        'perjanjian ekstradisi',
      ],
      ['Kedua negara menandatangani perjanjian kerja sama pertahanan pada 2010.', 'perjanjian kerja sama pertahanan'],
      ['Стороны подписали соглашение о прекращении огня.', 'соглашение о прекращении огня'],
    ];
    for (const [text, alias] of cases)
      expect(
        run(text, '2015-07-01').treaties.flatMap((t) => t.aliases),
        text,
      ).toContain(alias);
    // plural, a declaration of who said it, "a new" with no act: no agreement
    for (const text of [
      'The two countries have signed several trade agreements.',
      'La declaración del gobierno norcoreano fue condenada.',
      'Les ministres ont publié la déclaration des ministres des affaires étrangères.',
      'They hope to reach a peace agreement next year.',
    ])
      expect(run(text, '2015-07-01').treaties, text).toEqual([]);
  });
  it('extractArticle("соглашение заменит предыдущий договор от 1991 года") dates the treaty the year follows, not the one before the verb', () => {
    const t = run(
      'Россия и США в понедельник заявили, что новое соглашение заменит предыдущий договор от 1991 года о сокращении вооружений.',
    ).treaties;
    expect(t.map((x) => x.quote)).toContain('договор от 1991 года');
    expect(t.map((x) => x.quote)).not.toContain('соглашение заменит предыдущий договор от 1991 года');
  });
  it('extractArticle(replacement constructions: a passive with its date, "gave way to", "from X to Y", "the replacement of X with Y", "пришло на смену") relates the new treaty to the old one, in every language', () => {
    const cases: [string, string, string][] = [
      [
        'The ministers said that the Lagos Agreement was replaced in 2023 by the Apia Agreement after long talks.',
        'Apia Agreement',
        'Lagos Agreement',
      ],
      [
        'The ministers said that the Lagos Agreement gave way to the Apia Agreement in 2023 after long talks.',
        'Apia Agreement',
        'Lagos Agreement',
      ],
      [
        'The ministers said that the move from the Lagos Agreement to the Apia Agreement was completed in 2023.',
        'Apia Agreement',
        'Lagos Agreement',
      ],
      [
        'The ministers backed the replacement of the Lagos Agreement with the Apia Agreement after long talks.',
        'Apia Agreement',
        'Lagos Agreement',
      ],
      [
        'The ministers said that the Apia Agreement will succeed the Lagos Agreement for twenty years.',
        'Apia Agreement',
        'Lagos Agreement',
      ],
      [
        'Los ministros dijeron que el Acuerdo de Lagos fue sustituido en 2023 por el Acuerdo de Apia tras largas negociaciones.',
        'Acuerdo de Apia',
        'Acuerdo de Lagos',
      ],
      [
        'Los ministros dijeron que el paso del Acuerdo de Lagos al Acuerdo de Apia se completó en 2023 tras largas negociaciones.',
        'Acuerdo de Apia',
        'Acuerdo de Lagos',
      ],
      [
        'Los ministros apoyaron la sustitución del Acuerdo de Lagos por el Acuerdo de Apia tras largas negociaciones.',
        'Acuerdo de Apia',
        'Acuerdo de Lagos',
      ],
      [
        'La Convention de Lagos fut remplacée en 1947 par la Convention d’Apia, adoptée par les États.',
        'Convention d’Apia',
        'Convention de Lagos',
      ],
      [
        "Les ministres ont déclaré que le passage de l'Accord de Lagos à l'Accord de Samoa s'est achevé en 2023 après de longues négociations.",
        'Accord de Samoa',
        'Accord de Lagos',
      ],
      [
        'Para menteri mengatakan bahwa Perjanjian Lagos digantikan pada tahun 2023 oleh Perjanjian Apia yang baru.',
        'Perjanjian Apia',
        'Perjanjian Lagos',
      ],
      [
        'Para menteri mengatakan bahwa Perjanjian Apia merupakan pengganti Perjanjian Lagos yang berakhir pada 2020.',
        'Perjanjian Apia',
        'Perjanjian Lagos',
      ],
      [
        'Para menteri mendukung penggantian Perjanjian Lagos dengan Perjanjian Apia setelah perundingan panjang.',
        'Perjanjian Apia',
        'Perjanjian Lagos',
      ],
      [
        'Министры заявили, что Соглашение Апиа пришло на смену Соглашению Лагоса, которое истекло в 2020 году.',
        'Соглашение Апиа',
        'Соглашение Лагоса',
      ],
      [
        'Министры поддержали замену Соглашения Лагоса на Соглашение Апиа после долгих переговоров.',
        'Соглашение Апиа',
        'Соглашение Лагоса',
      ],
    ];
    for (const [text, next, old] of cases) expect(lineage(text), text).toEqual({ [next]: [old] });
    // "from A to B" between places, and a transition to something that is no treaty, relate nothing
    expect(
      lineage(
        'The ministers said that the move from Lagos to Apia was completed in 2023 after the Apia Agreement was signed.',
      ),
    ).toEqual({});
    expect(
      lineage(
        'The ministers discussed the transition from the Lagos Agreement to a new policy on trade and the Apia Agreement.',
      ),
    ).toEqual({});
  });
  it('extractArticle("the Samoa Agreement", "the Timor Sea Treaty between A and B" then "the Timor Sea Treaty") names a treaty after a place, and its short name is that treaty', () => {
    expect(
      run(
        'The ministers said that the Samoa Agreement was signed on Friday after long talks.',
        '2023-11-17',
      ).treaties.map((t) => t.name),
    ).toContain('Samoa Agreement');
    const text =
      'In 2002, the Timor Gap Treaty was replaced by the Timor Sea Treaty between the Government of East Timor and the Government of Australia. In 2019, the Timor Sea Treaty was replaced by the Treaty Between Australia and the Democratic Republic of Timor-Leste Establishing Their Maritime Boundaries in the Timor Sea.';
    const treaties = run(text, '2020-01-01').treaties;
    const sea = treaties.find((t) => t.aliases.includes('Timor Sea Treaty'))!;
    expect(sea.replaces).toEqual(['Timor Gap Treaty']);
    const boundaries = treaties.find((t) => t.name.startsWith('Treaty Between Australia'))!;
    expect(boundaries.replaces).toEqual(['Timor Sea Treaty']);
    expect(boundaries.aliases).not.toContain('Timor Sea Treaty');
  });
  it('extractArticle("This agreement will succeed X and will be known as the Y", "X, known as Y") makes the called name that treaty, in every language', () => {
    expect(
      lineage(
        'The two governments signed a new partnership agreement on Friday in the capital. This agreement will succeed the Lagos Agreement and will be known as the Apia Agreement.',
      ),
    ).toEqual({ 'Apia Agreement': ['Lagos Agreement'] });
    const called: [string, string, string][] = [
      [
        'The Lagos Agreement, known as the Apia Accord, was signed on Friday by the two governments in the capital.',
        'Lagos Agreement',
        'Apia Accord',
      ],
      [
        'El Acuerdo de Lagos, conocido como el Pacto de Apia, fue firmado el viernes por los dos gobiernos.',
        'Acuerdo de Lagos',
        'Pacto de Apia',
      ],
      [
        "L'Accord de Lagos, connu sous le nom de Pacte d'Apia, a été signé vendredi par les deux gouvernements.",
        'Accord de Lagos',
        "Pacte d'Apia",
      ],
      [
        'Kedua pemerintah menandatangani Perjanjian Lagos (selanjutnya disebut sebagai Pakta Apia) pada hari Jumat.',
        'Perjanjian Lagos',
        'Pakta Apia',
      ],
      [
        'Два правительства подписали в пятницу Соглашение Лагоса, известное как Пакт Апиа, после долгих переговоров.',
        'Соглашение Лагоса',
        'Пакт Апиа',
      ],
    ];
    for (const [text, name, alias] of called) {
      const treaties = run(text, '2021-06-04').treaties;
      expect(
        treaties.map((t) => t.name),
        text,
      ).toEqual([name]);
      expect(treaties[0]!.aliases, text).toContain(alias);
    }
    // two known treaties are two treaties, whatever calls one of them
    const known = run(
      'Perjanjian dagang antara AS-Meksiko-Kanada atau USMCA itu menggantikan Perjanjian Perdagangan Bebas Amerika Utara 26 tahun, yang dikenal dengan NAFTA.',
      '2020-01-29',
    ).treaties.map((t) => t.name);
    expect(known).toEqual(
      expect.arrayContaining(['United States–Mexico–Canada Agreement', 'North American Free Trade Agreement']),
    );
  });
  it('extractArticle("signed the Apia Agreement on Friday") ends the name before the weekday', () => {
    const names = run(
      'The two governments signed the Apia Agreement on Friday in the capital city.',
      '2021-06-04',
    ).treaties.map((t) => t.name);
    expect(names).toEqual(['Apia Agreement']);
  });
  it("extractArticle(a known bilateral treaty's lowercase words inside another pair's treaty) is that other treaty, named with its adjectives", () => {
    const names = run(
      'Депутаты ратифицировали Договор о дружественных отношениях и всеобъемлющем стратегическом партнёрстве между Российской Федерацией и Монголией.',
      '2020-01-01',
    ).treaties.map((t) => t.name);
    expect(names).toEqual([
      'Договор о дружественных отношениях и всеобъемлющем стратегическом партнёрстве между Российской Федерацией и Монголией',
    ]);
    // the known treaty where the article names its parties; a participle after a comma still ends a name
    expect(
      run(
        'Госдума ратифицировала договор о всеобъемлющем стратегическом партнерстве с КНДР.',
        '2024-10-24',
      ).treaties.map((t) => t.name),
    ).toEqual(['Treaty on Comprehensive Strategic Partnership between Russia and North Korea']);
    expect(
      run('Депутаты ратифицировали Договор о дружбе, подписанный в 1961 году в Москве.', '2020-01-01').treaties.map(
        (t) => t.name,
      ),
    ).toEqual(['Договор о дружбе']);
  });
  it('extractArticle("a new Free Trade Agreement" in an article that names Mexico) is no known treaty: the shared words are common to many', () => {
    const names = run(
      'The United Kingdom and Mexico agreed to start work on a new and ambitious Free Trade Agreement between the two countries next year.',
      '2022-05-01',
    ).treaties.map((t) => t.name);
    expect(names).not.toContain('North American Free Trade Agreement');
  });
  it('extractArticle(a state or an official that ends or replaces something after a treaty was named) gives no lineage, in every language', () => {
    const texts = [
      'The Apia Agreement was signed in 2020 by the two governments. In 2023 Russia terminated the Lagos Agreement after a long dispute.',
      'The Apia Agreement was signed in 2020 by the two governments. In 2023 the government repealed the Lagos Agreement after a long dispute.',
      'The Apia Agreement was signed in 2020 by the two governments. The minister was replaced by his deputy in 2023 after the Lagos Agreement expired.',
      'El Acuerdo de Apia fue firmado en 2020 por los dos gobiernos. En 2023 Rusia puso fin al Acuerdo de Lagos tras una larga disputa.',
      'Perjanjian Apia ditandatangani pada 2020 oleh kedua pemerintah. Pada 2023 Rusia mengakhiri Perjanjian Lagos setelah sengketa panjang.',
      'Соглашение Апиа было подписано в 2020 году. В 2023 году Россия отменила Соглашение Лагоса после долгого спора.',
    ];
    for (const text of texts) expect(lineage(text), text).toEqual({});
    // a pronoun subject is the treaty the text is about; "replacing X with Y" puts Y in X's place
    expect(
      lineage(
        'Los dos gobiernos firmaron el Acuerdo de Apia el viernes en la capital. Sustituirá al Acuerdo de Lagos, que expiró en 2020.',
      ),
    ).toEqual({ 'Acuerdo de Apia': ['Acuerdo de Lagos'] });
    expect(
      lineage(
        'The ministers approved a protocol replacing the Lagos Agreement with the Apia Agreement after long talks.',
      ),
    ).toEqual({ 'Apia Agreement': ['Lagos Agreement'] });
  });
  it('extractArticle(a known treaty named with its parties: "Treaty between A and B on X") is the known "Treaty on X" of A and B, in every language', () => {
    const texts: [string, string][] = [
      [
        'Президент внёс законопроект о приостановлении действия Договора между Российской Федерацией и Соединенными Штатами Америки о мерах по дальнейшему сокращению и ограничению стратегических наступательных вооружений.',
        '2023-02-21',
      ],
      [
        'The Senate debated the Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms.',
        '2010-12-21',
      ],
    ];
    for (const [text, published] of texts)
      expect(
        run(text, published).treaties.map((t) => t.name),
        text,
      ).toEqual(['New START']);
  });
  it('extractArticle(a title in capitals that starts with a treaty noun) names that treaty; a treaty inside a protocol title is named on its own', () => {
    const texts = [
      'PROTOKOL MENGENAI KERANGKA HUKUM UNTUK MELAKSANAKAN KAWASAN PERDAGANGAN DIGITAL\nPara Pihak, mengingat pentingnya perdagangan digital, telah menyepakati hal-hal berikut.',
      'AGREEMENT BETWEEN THE GOVERNMENT OF CANADA AND THE GOVERNMENT OF CHILE ON DIGITAL TRADE\nThe Parties, recognising the importance of digital trade, have agreed as follows.',
      'MEMORANDUM SALING PENGERTIAN ANTARA PEMERINTAH REPUBLIK INDONESIA DAN PEMERINTAH REPUBLIK CHILE DALAM BIDANG INFORMASI\nPara Pihak sepakat untuk bekerja sama.',
    ];
    for (const text of texts)
      expect(
        run(text, '2024-01-10').treaties.map((t) => t.name),
        text,
      ).toEqual([text.slice(0, text.indexOf('\n'))]);
    const names = run(
      'PROTOCOL TO INCORPORATE DIGITAL TRADE INTO THE AGREEMENT ON TRADE IN GOODS OF THE FRAMEWORK AGREEMENT ON ECONOMIC COOPERATION\nThe Parties have agreed as follows.',
      '2024-01-10',
    ).treaties.map((t) => t.name);
    expect(names).toContain('PROTOCOL TO INCORPORATE DIGITAL TRADE INTO THE AGREEMENT ON TRADE IN GOODS');
  });
  it('extractArticle(a numbered instrument: "Avenant n°2 du ...", "Protocol No. 3 of ...", "Протокол № 2 от ...") keeps its number and its date in its name, in every language', () => {
    const cases: [string, string][] = [
      ["L'Avenant n°2 du 24/11/2006 a été publié au Journal officiel.", 'Avenant n°2 du 24/11/2006'],
      ['The Protocol No. 3 of 5 June 2014 entered into force.', 'Protocol No. 3 of 5 June 2014'],
      ['El Protocolo N.º 3 del 5 de junio de 2014 entró en vigor.', 'Protocolo N.º 3 del 5 de junio de 2014'],
      [
        'Kedua negara menandatangani Protokol Nomor 3 tanggal 5 Juni 2014 di Jakarta.',
        'Protokol Nomor 3 tanggal 5 Juni 2014',
      ],
      ['Протокол № 2 от 5 октября 2004 года ратифицирован.', 'Протокол № 2 от 5 октября 2004 года'],
    ];
    for (const [text, name] of cases)
      expect(
        run(text, '2024-01-10').treaties.map((t) => t.name),
        text,
      ).toEqual([name]);
  });
  it('extractArticle(an instrument amending a treaty: "Avenant", "Adenda"; a "Memorandum Saling Pengertian") is a treaty of its own', () => {
    const cases: [string, string][] = [
      ["L'Avenant à la Convention de Lomé a été signé à Paris le 5 juin 2014.", 'Avenant à la Convention de Lomé'],
      ['La Adenda al Convenio de Lomé fue firmada en Lima el 5 de junio de 2014.', 'Adenda al Convenio de Lomé'],
      [
        'Kedua menteri menandatangani Memorandum Saling Pengertian tentang Kerja Sama Pendidikan di Jakarta pada 5 Juni 2014.',
        'Memorandum Saling Pengertian tentang Kerja Sama Pendidikan',
      ],
    ];
    for (const [text, name] of cases)
      expect(
        run(text, '2014-06-06').treaties.map((t) => t.name),
        text,
      ).toContain(name);
  });
  it('extractArticle(a treaty between named parties and what it is for, in lowercase) keeps what it is for in its name, in every language', () => {
    const cases: [string, string][] = [
      [
        'This Treaty will supersede the Treaty between the Government of the United States and the Government of Austria for the extradition of fugitives from justice, signed at Vienna in 1930.',
        'Treaty between the Government of the United States and the Government of Austria for the extradition of fugitives from justice',
      ],
      [
        'La Convention entre la France et le Luxembourg tendant à éviter les doubles impositions et à établir des règles d’assistance administrative a été signée en 1958.',
        'Convention entre la France et le Luxembourg tendant à éviter les doubles impositions et à établir des règles d’assistance administrative',
      ],
      [
        'El Convenio entre España y Portugal para evitar la doble imposición fue firmado en 1993.',
        'Convenio entre España y Portugal para evitar la doble imposición',
      ],
      [
        'Persetujuan antara Pemerintah Republik Indonesia dan Pemerintah Republik Chile di bidang pendidikan tinggi, yang ditandatangani pada 1993, masih berlaku.',
        'Persetujuan antara Pemerintah Republik Indonesia dan Pemerintah Republik Chile di bidang pendidikan tinggi',
      ],
    ];
    for (const [text, name] of cases)
      expect(
        run(text, '2024-01-10').treaties.map((t) => t.name),
        text,
      ).toContain(name);
  });
  it('extractArticle(a preamble that recalls an earlier treaty, then a new one replaces another) keeps the recalled treaty out of the lineage', () => {
    const text =
      'MEMORANDUM SALING PENGERTIAN ANTARA PEMERINTAH REPUBLIK INDONESIA DAN PEMERINTAH REPUBLIK CHILE DALAM BIDANG INFORMASI\nMerujuk pada Persetujuan antara Pemerintah Republik Indonesia dan Pemerintah Republik Chile tentang Kerja Sama Kebudayaan yang ditandatangani di Jakarta pada tanggal 15 November 1963. Menggantikan Memorandum Saling Pengertian antara Pemerintah Republik Chile dan Pemerintah Republik Indonesia di bidang informasi, yang ditandatangani di Santiago pada 30 September 1985.';
    expect(lineage(text)).toEqual({
      'MEMORANDUM SALING PENGERTIAN ANTARA PEMERINTAH REPUBLIK INDONESIA DAN PEMERINTAH REPUBLIK CHILE DALAM BIDANG INFORMASI':
        [
          'Memorandum Saling Pengertian antara Pemerintah Republik Chile dan Pemerintah Republik Indonesia di bidang informasi',
        ],
    });
  });
  it('extractArticle(a protocol of accession in lowercase) is named by the acceding states and what they join, in every language', () => {
    const cases: [string, string][] = [
      [
        'Türkiye deposited its ratification of the protocol for Finland’s accession to NATO on Tuesday.',
        'Protocol for Finland’s accession to NATO',
      ],
      [
        'The Senate approved the protocol on the accession of Sweden to NATO on Tuesday.',
        'Protocol on the accession of Sweden to NATO',
      ],
      [
        "Le Canada a ratifié les protocoles d'adhésion de la Finlande et de la Suède à l'OTAN mardi.",
        "Protocoles d'adhésion de la Finlande et de la Suède à l'OTAN",
      ],
      [
        'El Senado aprobó el protocolo de adhesión de Suecia a la OTAN el martes.',
        'Protocolo de adhesión de Suecia a la OTAN',
      ],
      ['DPR menyetujui protokol aksesi Finlandia ke NATO pada Selasa.', 'Protokol aksesi Finlandia ke NATO'],
      [
        'Госдума ратифицировала протокол о присоединении Финляндии к НАТО во вторник.',
        'Протокол о присоединении Финляндии к НАТО',
      ],
    ];
    for (const [text, name] of cases)
      expect(
        run(text, '2022-07-13').treaties.map((t) => t.name),
        text,
      ).toEqual([name]);
    // a protocol of something else is no accession protocol
    expect(
      run('The ministers signed a protocol on fisheries with Norway on Tuesday.', '2022-07-13').treaties.map(
        (t) => t.name,
      ),
    ).not.toContain('Protocol on fisheries with Norway');
  });
  it('extractArticle(a Russian protocol that amends a treaty: "Протокол о внесении изменений в Соглашение ... от <date>") names both, each on its own', () => {
    const names = run(
      'Ратифицировать Протокол о внесении изменений в Соглашение о Правилах определения страны происхождения товаров в Содружестве Независимых Государств от 20 ноября 2009 года, подписанный в Ашхабаде 21 ноября 2014 года.',
      '2015-10-28',
    ).treaties.map((t) => t.name);
    expect(names.sort()).toEqual([
      'Протокол о внесении изменений в Соглашение о Правилах определения страны происхождения товаров в Содружестве Независимых Государств от 20 ноября 2009 года',
      'Соглашение о Правилах определения страны происхождения товаров в Содружестве Независимых Государств от 20 ноября 2009 года',
    ]);
    // the parties, then what it is about
    expect(
      run(
        'Ратифицировать Протокол о внесении дополнения в Соглашение между Правительством Российской Федерации и Правительством Республики Беларусь об использовании миграционной карты от 5 октября 2004 года.',
        '2013-05-07',
      ).treaties.map((t) => t.name),
    ).toContain(
      'Протокол о внесении дополнения в Соглашение между Правительством Российской Федерации и Правительством Республики Беларусь об использовании миграционной карты от 5 октября 2004 года',
    );
  });
  it('extractArticle("el nuevo tratado de extradición", "le nouveau traité de défense") keeps "new" in the name of an agreement the text describes', () => {
    const cases: [string, string][] = [
      ['Los dos gobiernos firmaron el nuevo tratado de extradición en Santo Domingo.', 'Nuevo tratado de extradición'],
      ['Les députés ont ratifié le nouveau traité de défense avec la France.', 'Nouveau traité de défense'],
    ];
    for (const [text, name] of cases)
      expect(
        run(text, '2024-05-02').treaties.map((t) => t.name),
        text,
      ).toEqual([name]);
  });
  it('extractArticle("a new Agreement that replaces the Agreement ... with respect to taxes signed in 1966") keeps the plain verb and stops the name at its participle', () => {
    const text =
      'Norway and Chile have agreed on the new Tax Agreement between the Government of Norway and the Government of Chile. The new Tax Agreement replaces the Agreement between Norway and Chile for the Avoidance of Double Taxation with respect to Taxes on Income signed in 1971 as amended in 1985.';
    const treaties = run(text, '2019-03-01').treaties;
    const old =
      'Agreement between Norway and Chile for the Avoidance of Double Taxation with respect to Taxes on Income';
    expect(treaties.map((t) => t.name)).toContain(old);
    const now = treaties.find((t) => t.replaces.length)!;
    expect(now.replaces).toEqual([old]);
    // the text calls it new: that is one of its names
    expect(now.aliases).toContain('new Tax Agreement');
    // "replacing X with Y" still reads Y as the new one where a treaty follows "with"
    expect(
      lineage(
        'The two states agreed on replacing the Treaty of Friendship of 1950 with the Treaty of Good Neighbourliness signed in 2001.',
      ),
    ).toEqual({ 'Treaty of Good Neighbourliness': ['Treaty of Friendship of 1950'] });
  });
  it('extractArticle(a preamble that replaces X by Y: "sustituir X por", "remplacer X par", "заменить X на", "replace X by") relates Y to X in every language', () => {
    expect(
      lineage(
        'Las Partes, deseando sustituir el Tratado de Amistad firmado en Lima el 3 de mayo de 1950 y modificado en 1962 por el Tratado de Cooperación, han acordado lo siguiente.',
      ),
    ).toEqual({ 'Tratado de Cooperación': ['Tratado de Amistad'] });
    expect(
      lineage('Les deux États ont décidé de remplacer la Convention de Berne de 1950 par la Convention de Genève.'),
    ).toEqual({ 'Convention de Genève': ['Convention de Berne de 1950'] });
    // the passive keeps its own reading: "remplacée en 1975 par"
    expect(lineage('La Convention de Berne a été remplacée en 1975 par la Convention de Genève.')).toEqual({
      'Convention de Genève': ['Convention de Berne'],
    });
    expect(lineage('Стороны решили заменить Договор о дружбе 1950 года на Договор о партнерстве.')).toEqual({
      'Договор о партнерстве': ['Договор о дружбе 1950 года'],
    });
    // "as amended" describes the replaced treaty: it is no amendment of the new one
    expect(
      lineage(
        'The Parties, desiring to replace the Treaty of Friendship of 1950, as amended in 1962, by the Treaty of Good Neighbourliness, have agreed as follows.',
      ),
    ).toEqual({ 'Treaty of Good Neighbourliness': ['Treaty of Friendship of 1950'] });
    // "by" after a replaced treaty that names no treaty is the plain verb: "signed by" names signatories
    expect(
      lineage('The Treaty of Good Neighbourliness replaces the Treaty of Friendship signed by both states in 1950.'),
    ).toEqual({ 'Treaty of Good Neighbourliness': ['Treaty of Friendship'] });
  });
  it('extractArticle(a new treaty the text only describes, meant to replace a named one) names the new one by its words, in every language', () => {
    expect(
      lineage(
        "Les États ont adopté cette nouvelle convention de droit aérien privé destinée à remplacer l'actuelle convention de Rabat.",
      ),
    ).toEqual({ 'Nouvelle convention de droit aérien privé': ['Convention de Rabat'] });
    expect(
      lineage(
        'Ambos países firmaron un nuevo convenio de cooperación cultural destinado a sustituir el Convenio de Lima.',
      ),
    ).toEqual({ 'Nuevo convenio de cooperación cultural': ['Convenio de Lima'] });
    expect(
      lineage('The two countries signed a new cultural cooperation agreement meant to replace the Treaty of Lima.'),
    ).toEqual({ 'New cultural cooperation agreement': ['Treaty of Lima'] });
    expect(
      lineage('Kedua negara menandatangani perjanjian kerja sama budaya baru yang menggantikan Perjanjian Lima.'),
    ).toEqual({ 'Perjanjian kerja sama budaya': ['Perjanjian Lima'] });
    expect(
      lineage('Стороны подписали новое соглашение о культурном сотрудничестве, которое заменит Договор о дружбе.'),
    ).toEqual({ 'Соглашение о культурном сотрудничестве': ['Договор о дружбе'] });
  });
  it('extractArticle(two treaties of one name told apart by a year after it: "Convention 1999", "de 1988", "tahun 1995", "1995 года") keeps both and relates them, in every language', () => {
    expect(lineage('The Food Aid Convention 1999 replaces the Food Aid Convention 1995.')).toEqual({
      'Food Aid Convention 1999': ['Food Aid Convention 1995'],
    });
    expect(lineage('El Convenio de Lugano de 2007 sustituye al Convenio de Lugano de 1988.')).toEqual({
      'Convenio de Lugano de 2007': ['Convenio de Lugano de 1988'],
    });
    expect(lineage('La Convention de Rabat de 1999 remplace la Convention de Rabat (1975).')).toEqual({
      'Convention de Rabat de 1999': ['Convention de Rabat (1975)'],
    });
    expect(
      lineage(
        'Menurut pemerintah Indonesia, Konvensi Bantuan Pangan 1999 yang telah disepakati oleh para negara anggota akan menggantikan Konvensi Bantuan Pangan tahun 1995.',
      ),
    ).toEqual({ 'Konvensi Bantuan Pangan 1999': ['Konvensi Bantuan Pangan tahun 1995'] });
    const ru = run(
      'Министр сказал, что Конвенция о продовольственной помощи 1999 года заменяет Конвенцию о продовольственной помощи 1995 года.',
    ).treaties;
    const newer = ru.find((t) => t.aliases.some((a) => a.includes('1999')));
    // the name as written: the older treaty's record is "Конвенция ...", and keeps "Конвенцию ..." among its names
    expect(newer?.replaces).toEqual(['Конвенцию о продовольственной помощи 1995 года']);
  });
  it('extractArticle(a name without its year, the text naming it once with one) is that treaty: "la convention de Paris" after "la Convention de Paris de 1919"', () => {
    const t = run(
      "La Convention de Paris de 1919 est un traité sur la navigation aérienne. En 1947, la convention de Paris fut remplacée par la Convention d'Apia.",
    ).treaties;
    expect(t.filter((x) => x.name.startsWith('Convention de Paris')).map((x) => x.name)).toEqual([
      'Convention de Paris de 1919',
    ]);
    expect(t.find((x) => x.name === "Convention d'Apia")?.replaces).toEqual(['Convention de Paris de 1919']);
    // two of that name with other years: the one not replaced is the new one
    const en = lineage(
      'The Food Aid Convention 1999 replaces the Food Aid Convention 1995. Under the Food Aid Convention, donors make commitments.',
    );
    expect(en).toEqual({ 'Food Aid Convention 1999': ['Food Aid Convention 1995'] });
  });
  it('extractArticle("signed a defence treaty meant to replace the protocol of 1977") relates a treaty introduced by an indefinite article, not dated by the year of the one it replaces, in every language', () => {
    const cases: [string, string][] = [
      [
        'The two countries signed a defence cooperation treaty meant to replace the provisional protocol of 1977.',
        'en',
      ],
      [
        'Los dos países firmaron un tratado de cooperación en materia de defensa que sustituirá al protocolo provisional de 1977.',
        'es',
      ],
      [
        'La France et Djibouti ont signé un traité de coopération en matière de défense appelé à se substituer au protocole provisoire de 1977. Ce nouveau traité de coopération en matière de défense entre en vigueur.',
        'fr',
      ],
      [
        'Kedua negara menandatangani perjanjian kerja sama pertahanan yang akan menggantikan protokol sementara tahun 1977.',
        'id',
      ],
      [
        'Стороны подписали договор о сотрудничестве в области обороны, который заменит временный протокол 1977 года.',
        'ru',
      ],
    ];
    for (const [text] of cases) {
      const t = run(text, '2011-12-22').treaties;
      const newer = t.filter((x) => x.replaces.length);
      expect(newer.length, text).toBe(1);
      expect(newer[0]!.replaces[0], text).toMatch(/1977/u);
      expect(newer[0]!.name, text).not.toMatch(/1977/u);
      // "Ce nouveau traité de coopération ...": the same description later is the same treaty
      expect(t.length, text).toBe(2);
    }
  });
  it('extractArticle(names by what a treaty is about and by its parties\' adjective: "Convention relative à", "Convenio relativo a", "franco-sénégalaise du 29 mars 1974") keeps them whole, in every language', () => {
    const fr = lineage(
      "Le ministre a présenté un projet de loi autorisant l'approbation de la Convention relative à la circulation et au séjour des personnes signée le 1er août 1995 par la France et le Sénégal. Cette Convention se substitue à la Convention franco-sénégalaise du 29 mars 1974 sur la circulation des personnes.",
    );
    expect(fr).toEqual({
      'Convention relative à la circulation et au séjour des personnes': [
        'Convention franco-sénégalaise du 29 mars 1974 sur la circulation des personnes',
      ],
    });
    const es = lineage(
      'El ministro presentó un proyecto de ley que aprueba el Convenio relativo a la circulación y la residencia de personas firmado el 1 de agosto de 1995 por Francia y Senegal. Este Convenio sustituye al Convenio hispano-senegalés del 29 de marzo de 1974 sobre la circulación de personas.',
    );
    expect(es).toEqual({
      'Convenio relativo a la circulación y la residencia de personas': [
        'Convenio hispano-senegalés del 29 de marzo de 1974 sobre la circulación de personas',
      ],
    });
    const id = lineage(
      'Menteri menyampaikan rancangan undang-undang tentang pengesahan Persetujuan tentang Lalu Lintas dan Tinggal Orang yang ditandatangani pada 1 Agustus 1995 oleh Prancis dan Senegal. Persetujuan ini menggantikan Persetujuan tentang Lalu Lintas Orang tanggal 29 Maret 1974.',
    );
    expect(id).toEqual({
      'Persetujuan tentang Lalu Lintas dan Tinggal Orang': ['Persetujuan tentang Lalu Lintas Orang'],
    });
    const ru = lineage(
      'Министр представил законопроект о ратификации Конвенции о передвижении и пребывании лиц, подписанной 1 августа 1995 года Францией и Сенегалом. Эта Конвенция заменяет Конвенцию о передвижении лиц от 29 марта 1974 года.',
    );
    expect(ru).toEqual({
      'Конвенция о передвижении и пребывании лиц': ['Конвенция о передвижении лиц от 29 марта 1974 года'],
    });
    // a participle opens a clause: "un accord concernant les modifications| proposées au nouvel ALENA"
    const names = run(
      "Le Canada a signé aujourd'hui un accord concernant les modifications proposées au nouvel Accord de libre-échange nord-américain.",
      '2019-12-10',
    ).treaties.flatMap((t) => t.aliases);
    expect(names).toContain('accord concernant les modifications');
    // a list of complements, each after a comma: "traité d'entente, d'amitié et de coopération"
    expect(
      run(
        "Le ministre a présenté un projet de loi autorisant la ratification d'un traité d'entente, d'amitié et de coopération signé avec la République d'Albanie le 12 décembre 1994 à Paris.",
        '1996-08-07',
      ).treaties.flatMap((t) => t.aliases),
    ).toContain("traité d'entente, d'amitié et de coopération");
  });
  it('extractArticle("se firmó en 2007 un Convenio sobre ...", the text naming "el Convenio de Lugano (2007)") takes the dated name for the signed one', () => {
    const t = run(
      'Reforzar la cooperación: el Convenio de Lugano (2007)\n\nA finales de 2007 se firmó un Convenio sobre la competencia judicial entre los Estados miembros y Suiza. Al entrar en vigor, sustituirá al Convenio de Lugano de 1988.',
      '2010-01-01',
    ).treaties;
    const newer = t.find((x) => x.name === 'Convenio de Lugano (2007)');
    expect(newer?.aliases).toContain('Convenio sobre la competencia judicial');
    expect(newer?.replaces).toEqual(['Convenio de Lugano de 1988']);
    expect(t.map((x) => x.name).sort()).toEqual(['Convenio de Lugano (2007)', 'Convenio de Lugano de 1988']);
  });
  it('extractArticle(Russian names with a genitive in -ны: "в области обороны", "пережиткам войны") keeps them whole, and stops at a clause\'s subject', () => {
    const t = run(
      'Стороны подписали договор о сотрудничестве в области обороны, который заменит временный протокол 1977 года.',
    ).treaties;
    expect(t.map((x) => x.name)).toContain('Договор о сотрудничестве в области обороны');
    expect(
      run(
        'Государственная дума ратифицировала Протокол по взрывоопасным пережиткам войны к Конвенции о запрещении оружия.',
      ).treaties.map((x) => x.name),
    ).toContain('Протокол по взрывоопасным пережиткам войны к Конвенции о запрещении оружия');
    // "стороны" after the name is the subject of the clause, no genitive
    expect(
      run(
        'Министр сказал, что в соответствии с Договором о дружбе и сотрудничестве стороны проведут консультации.',
      ).treaties.map((x) => x.name),
    ).toEqual(['Договор о дружбе и сотрудничестве']);
  });
  it('extractArticle("new" before another treaty noun or a verb) names no treaty after them by it, in every language', () => {
    const cases = [
      'Министр сказал, что новое соглашение придёт на смену Договору о дружбе 1961 года.',
      'The minister said the new agreement will take the place of the Treaty of Friendship of 1961.',
      'El ministro dijo que el nuevo acuerdo reemplazará el Tratado de Amistad de 1961.',
      "Le ministre a dit que le nouvel accord remplacera le Traité d'amitié de 1961.",
      'Menteri mengatakan perjanjian baru akan menggantikan Perjanjian Persahabatan tahun 1961.',
    ];
    for (const text of cases) {
      const old = run(text, '2015-07-01').treaties.find((x) => /1961/u.test(x.name));
      expect(old, text).toBeDefined();
      expect(
        old!.aliases.filter((a) => /нов|new|nuev|nouv|baru/iu.test(a)),
        text,
      ).toEqual([]);
    }
  });
  it('extractArticle(passives "заменяется", "queda sustituido por" and "se substituera à") relate the new treaty to the old one', () => {
    expect(lineage('Министр сказал, что Соглашение о партнёрстве заменяется Соглашением о сотрудничестве.')).toEqual({
      'Соглашение о сотрудничестве': ['Соглашение о партнёрстве'],
    });
    expect(lineage('El ministro dijo que el Convenio de Lima queda sustituido por el Convenio de Quito.')).toEqual({
      'Convenio de Quito': ['Convenio de Lima'],
    });
    expect(lineage('Le ministre a dit que le Traité de Nantes se substituera au Traité de Rennes.')).toEqual({
      'Traité de Nantes': ['Traité de Rennes'],
    });
  });
});
