import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { extractedEvents as events, testGazetteer } from './shared-gazetteer';

describe('extractArticle: events (the classify-events stage)', () => {
  it('extractArticle("Vietnam bergabung ... pada tahun 1995, Laos dan Myanmar pada tahun 1997") gives each state its own year, and founders no accession', () => {
    expect(
      events(
        'Vietnam bergabung dengan ASEAN pada tahun 1995, Laos dan Myanmar pada tahun 1997, serta Kamboja pada tahun 1999.',
      )
        .filter((e) => e.startsWith('accession'))
        .sort(),
    ).toEqual([
      'accession@1995[Vietnam/ASEAN]',
      'accession@1997[Laos/ASEAN]',
      'accession@1997[Myanmar/ASEAN]',
      'accession@1999[Cambodia/ASEAN]',
    ]);
    expect(
      events(
        'BRICS dibentuk oleh Brasil, Rusia, India dan Tiongkok pada 2009, kemudian Afrika Selatan bergabung pada 2010.',
      ).filter((e) => e.startsWith('accession')),
    ).toEqual(['accession@2010[South Africa]']);
  });
  it('extractArticle: a signature of a bilateral or ended known treaty after its entry into force is no accession', () => {
    // START I (bilateral, in force 1994, ended 2009): "the START treaty" signed in 2010 is the new one, not an accession
    expect(
      events('Barack Obama and Dmitry Medvedev signed the START treaty in Prague in April 2010.', '2011-02-05'),
    ).toEqual(['treaty_signing@2010-04[Barack Obama/Dmitry Medvedev]']);
    // a bilateral treaty in force since 2002: its two parties sign again (an instrument named like it), they do not accede
    expect(events('Russia and China signed the Treaty of Good-Neighborliness in 2011.', '2011-02-05')).toEqual([
      'treaty_signing@2011[Russia/China]',
    ]);
  });
  it('extractArticle("keinginannya untuk bergabung") is a wish, not an accession: a word starting with "ke" is no ordinal', () => {
    expect(
      events(
        'Namun Indonesia menunggu pemilihan presiden 14 Februari 2024 sebelum mengonfirmasi keinginannya untuk bergabung dengan BRICS.',
      ).filter((e) => e.startsWith('accession')),
    ).toEqual([]);
  });
  it('extractArticle(clashes, shelling, shoot-downs, extraditions, arrests) in each language', () => {
    expect(
      events('BISHKEK, Sept 17, 2022 – Clashes broke out on Wednesday between Kyrgyzstan and Tajikistan.'),
    ).toContain('military_action@2022-09-14[Kyrgyzstan/Tajikistan]');
    expect(
      events(
        'TEGUCIGALPA, 21 de abril de 2022. – Honduras extraditó este jueves a Estados Unidos al expresidente Juan Orlando Hernández.',
      ),
    ).toContain('other@2022-04-21[Honduras/United States/Juan Orlando Hernández]');
    expect(
      events('KUALA LUMPUR, 29/7/2025 – Bentrokan antara Thailand dan Kamboja pecah pada Kamis (24/7).'),
    ).toContain('military_action@2025-07-24[Thailand/Cambodia]');
    expect(
      events('МОСКВА, 10 ноября 2020 г. – В понедельник над территорией Армении был сбит российский вертолёт.'),
    ).toContain('military_action@2020-11-09[Armenia/Russia]');
  });
  it('extractArticle("agreed on Friday to a ceasefire. The ceasefire was signed by ...") gives one signing on the day of the agreement', () => {
    const e = events(
      'BISHKEK, Sept 17, 2022 – Kyrgyzstan and Tajikistan agreed on Friday to a ceasefire along their border. The ceasefire was signed by the heads of their security services.',
    );
    expect(e.filter((x) => x.startsWith('treaty_signing') || x.startsWith('statement'))).toEqual([
      'treaty_signing@2022-09-16[Kyrgyzstan/Tajikistan]',
    ]);
  });
  it('extractArticle(two undated statements by one speaker in two sentences) keeps both', () => {
    const e = events(
      'МИНСК, 6 декабря 2024 г. – «Новый договор не заменяет прежний, а развивает его», — сказал Владимир Путин. Путин также заявил, что комплекс может быть развёрнут в Белоруссии.',
    );
    expect(e.filter((x) => x.startsWith('statement@null[Vladimir Putin'))).toHaveLength(2);
  });
  it('extractArticle("Thailand kemudian menarik duta besarnya dari Phnom Penh") keeps an undated recall between named states', () => {
    expect(events('KUALA LUMPUR, 29/7/2025 – Thailand kemudian menarik duta besarnya dari Phnom Penh.')).toContain(
      'other@null[Thailand/Cambodia]',
    );
  });
  it('extractArticle(Indonesian signing with a news-style date) returns one signing with both leaders', () => {
    const text =
      'Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani pakta itu. Perjanjian itu ditandatangani setelah pertemuan tatap muka pada hari Rabu (19/6/2024) di Pyongyang.';
    const r = extractArticle(text, { gazetteer: testGazetteer() });
    const signing = r.events.filter((e) => e.type === 'treaty_signing');
    expect(signing).toHaveLength(1);
    expect(signing[0]).toMatchObject({ date: '2024-06-19', plover: 'AGREE', cameo: '057', place: 'Pyongyang' });
    expect(signing[0]!.actors).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));
    expect(r.events.find((e) => e.type === 'meeting')).toMatchObject({ date: '2024-06-19' });
  });
  it('extractArticle("sanksi baru tidak akan membantu") returns no sanction', () => {
    expect(
      events('Beijing dan Moskow berdalih sanksi baru tidak akan membantu menyelesaikan masalah.', '2022-10-05').filter(
        (e) => e.startsWith('sanction'),
      ),
    ).toEqual([]);
  });
  it('extractArticle("no agreement was signed") returns no signing', () => {
    expect(events('Talks in Vienna began in April 2021, but no agreement was signed.')).not.toContain(
      expect.stringMatching(/^treaty_signing/),
    );
  });
  it('extractArticle(a planned event) returns nothing for "will sign"', () => {
    expect(events('Russia and China will sign a new treaty next year.', '2024-01-10')).toEqual([]);
  });
  it('extractArticle(an act planned, scheduled or upcoming) returns nothing, in each language', () => {
    const planned = [
      'The foreign ministers discussed the upcoming summit of ASEAN leaders in Jakarta on Monday.',
      'Los cancilleres hablaron de la próxima cumbre de la ASEAN en Yakarta el lunes.',
      "Les ministres ont évoqué la prochaine réunion de l'ASEAN à Jakarta lundi.",
      'Menlu Retno direncanakan menghadiri pertemuan ASEAN di Singapura pada Senin (8/1).',
      'Россия и Китай планировали подписать договор о дружбе в Москве в понедельник.',
    ];
    for (const text of planned) expect(events(text, '2024-01-10'), text).toEqual([]);
    // the same acts told as done are events
    expect(events('Menlu Retno menghadiri pertemuan ASEAN di Singapura pada Senin (8/1).', '2024-01-10')).toEqual([
      'meeting@2024-01-08[Retno Marsudi/ASEAN/Singapore]',
    ]);
    expect(events('Россия и Китай подписали договор о дружбе в Москве в понедельник.', '2024-01-10')).toEqual([
      'treaty_signing@2024-01-08[Russia/China]',
    ]);
  });
  it('extractArticle(a trigger verb in its other sense: to find, to imprison, to show, to reaffirm) returns no such act', () => {
    const other = [
      'The investigators concluded on Monday that Russian officers poisoned him.',
      'Les enquêteurs ont conclu lundi que des officiers russes l’avaient empoisonné.',
      'Tim penyidik menyimpulkan bahwa perwira Rusia meracuninya pada Senin (8/1).',
      'Разведсообщество пришло к заключению, что офицеры ФСБ отравили его 8 января.',
      'Соединенные Штаты подписываются под выводами доклада ОБСЕ 8 января.',
      'It demonstrated, once again, that North Korea poses a clear global threat.',
      'Funcionarios de Argentina y Chile ratificaron este lunes las excelentes relaciones entre los dos países.',
    ];
    for (const text of other) expect(events(text, '2024-01-10'), text).toEqual([]);
    expect(events('Эти люди были арестованы и заключены в тюрьму 8 января.', '2024-01-10')).not.toContain(
      expect.stringMatching(/^treaty_signing/),
    );
    // the acts themselves still are
    expect(events('La France et le Mali ont conclu lundi un accord de défense.', '2024-01-10')).toEqual([
      'treaty_signing@2024-01-08[France/Mali]',
    ]);
    expect(events('The United States and Chile concluded an extradition treaty on Monday.', '2024-01-10')).toEqual([
      'treaty_signing@2024-01-08[United States/Chile]',
    ]);
    expect(events('Thousands demonstrated outside the embassy in Seoul on Monday.', '2024-01-10')).toEqual([
      'protest@2024-01-08[]',
    ]);
    expect(events('El Senado de Argentina ratificó este lunes el Tratado de Maipú.', '2024-01-10')).toEqual([
      'ratification@2024-01-08[Argentine Senate/Argentina]',
    ]);
  });
  it('extractArticle(an act cancelled, postponed or refused) returns nothing, in each language', () => {
    const undone = [
      'The two presidents called off their meeting in Geneva on Monday.',
      'España canceló la reunión con Marruecos el lunes.',
      'La France a annulé la réunion avec le Maroc lundi.',
      'Presiden membatalkan pertemuan dengan PM Malaysia pada Senin (8/1).',
      'Indonesia menolak menandatangani perjanjian itu pada Senin (8/1).',
      'Россия отложила подписание договора в понедельник.',
      'Путин отменил встречу с Байденом в понедельник.',
      'Россия воздержалась от подписания договора в понедельник.',
    ];
    for (const text of undone) expect(events(text, '2024-01-10'), text).toEqual([]);
    // lifting sanctions is an act of its own
    expect(events('США в понедельник отменили санкции против Белоруссии.', '2024-01-10')).toEqual([
      'sanction@2024-01-08[United States/Belarus]',
    ]);
  });
  it('extractArticle(a treaty negotiated, a law enacted, force authorized) returns no meeting and no sanction', () => {
    const none = [
      'The Obama administration negotiated the New START accord in record time in 2010.',
      'Once the Minute is negotiated, the Commission seeks approval to sign it.',
      'EL CONGRESO DE LA NACIÓN PARAGUAYA SANCIONA CON FUERZA DE LEY el 5 de mayo de 2019.',
      'El Congreso sancionó el lunes la ley de presupuesto.',
      'Совет Федерации в понедельник санкционировал использование вооруженных сил за рубежом.',
    ];
    for (const text of none) expect(events(text, '2024-01-10'), text).toEqual([]);
    expect(events('Russian and Ukrainian delegations negotiated in Istanbul on Monday.', '2024-01-10')).toEqual([
      'meeting@2024-01-08[Russia/Ukraine]',
    ]);
    expect(events('Estados Unidos sancionó el lunes a Rusia por la invasión de Ucrania.', '2024-01-10')).toEqual([
      'sanction@2024-01-08[United States/Russia/Ukraine]',
    ]);
  });
  it('extractArticle(an undated tally of the states that signed or ratified) returns no act, in each language', () => {
    const tallies = [
      'So far 118 countries, including the United States, have signed the Paris Agreement.',
      'El Acuerdo de París ya lo han firmado 194 países, entre ellos España, y ratificado por 147.',
      "L'accord de Paris a déjà été signé par 194 pays, dont la France.",
      'Sebanyak 118 negara, termasuk Indonesia, telah menandatangani Persetujuan Paris.',
      'Парижское соглашение уже подписали 194 государства, в том числе Россия.',
    ];
    for (const text of tallies) expect(events(text, '2024-01-10'), text).toEqual([]);
    // a signing by counted states on a date of its own is an act
    expect(events('The treaty was signed by 12 countries in Washington on 4 April 1949.', '2024-01-10')).toEqual([
      'treaty_signing@1949-04-04[]',
    ]);
  });
  it('extractArticle(Russian statement with a pronoun) gives the speaker from the previous sentence', () => {
    expect(
      events(
        'Анвар Садат был неудовлетворён. В 1977 году, в интервью телекомпании CBS он отметил, что готов к диалогу.',
      ),
    ).toContain('statement@1977[Anwar Sadat]');
  });
  it('extractArticle("Выборы того года выиграла партия «Ликуд»") returns an election dated by context', () => {
    expect(
      events(
        'Правительству Ицхака Рабина в 1977 году пришлось уйти в отставку. Выборы того года выиграла правая партия «Ликуд» во главе с Менахемом Бегином.',
      ),
    ).toContain('election@1977[Likud/Menachem Begin]');
  });
  it('extractArticle("followed by Pakistan and finally, Iran") returns one accession each', () => {
    const es = events(
      'The Baghdad Pact was founded in 1955. In April, the United Kingdom announced its intention to adhere to the Pact, and it was followed by Pakistan and finally, Iran.',
    );
    expect(es).toEqual(expect.arrayContaining(['accession@1955[Pakistan]', 'accession@1955[Iran]']));
  });
  it('extractArticle(signature after entry into force) returns an accession', () => {
    expect(
      events(
        'Pada tanggal 22 Juli 2009, Menteri Luar Negeri Hillary Clinton menandatangani TAC atas nama Amerika Serikat.',
      ),
    ).toEqual(['accession@2009-07-22[Hillary Clinton/United States]']);
  });
  it('extractArticle("к нему присоединились Азербайджан, Белоруссия и Грузия") returns one accession per state', () => {
    const es = events(
      'Договор о коллективной безопасности был подписан 15 мая 1992 года. В 1993 году к нему присоединились Азербайджан, Белоруссия и Грузия.',
    );
    expect(es).toEqual(
      expect.arrayContaining(['accession@1993[Azerbaijan]', 'accession@1993[Belarus]', 'accession@1993[Georgia]']),
    );
  });
  it('extractArticle("entró en vigencia el 25 de abril de 1969") takes the date after the verb', () => {
    expect(
      events(
        'El Tratado de Tlatelolco fue abierto a la firma el 14 de febrero de 1967 y entró en vigencia el 25 de abril de 1969.',
      ),
    ).toContain('entry_into_force@1969-04-25[]');
  });
  it('extractArticle(a news agency cited as the source) is no participant', () => {
    const r = extractArticle('Rusia dan Korea Utara menandatangani pakta pada 19 Juni 2024, lapor TASS.', {
      gazetteer: testGazetteer(),
    });
    expect(r.events.flatMap((e) => e.actors)).not.toContain('TASS');
    expect(r.actors.map((a) => a.name)).toContain('TASS');
  });
  it('extractArticle("the North Atlantic Treaty, signed in Washington in 1949") is background, not an event', () => {
    const es = events(
      'Finland joined the Treaty of Lisbon framework in 2009. Finland handed the instrument to the depositary of the North Atlantic Treaty, signed in Washington in 1949.',
    );
    expect(es.filter((e) => e.includes('1949'))).toEqual([]);
  });
  it('extractArticle("Perjanjian Linggarjati ... yang ditandatangani pada 15 November 1946") keeps the signing of the article\'s own treaty', () => {
    expect(
      events(
        'Perjanjian Linggarjati adalah perjanjian antara Indonesia dan Belanda yang ditandatangani pada 15 November 1946 di Linggarjati.',
      ),
    ).toContain('treaty_signing@1946-11-15[Indonesia/Netherlands]');
  });
  it('extractArticle(dateline + "on Tuesday") dates the event from the dateline', () => {
    expect(
      events(
        'BRUSSELS, April 5, 2023 – Finland formally became the 31st member of the North Atlantic Treaty Organization on Tuesday.',
      ),
    ).toEqual(['accession@2023-04-04[Finland/NATO]']);
  });
  it('extractArticle(an event after the publication date) is planned and dropped', () => {
    expect(events('Jokowi juga mengundang Putin ke KTT G20 di Bali pada November.', '2022-07-01')).toEqual([]);
  });
  it('extractArticle(negated subject, future forms, subjunctives) drops events that did not happen', () => {
    expect(
      events('The treaty expired in 1996. No new alliance was signed in its place.', '2024-06-20').some((e) =>
        /^treaty_signing/.test(e),
      ),
    ).toBe(false);
    expect(
      events(
        'Договор между Россией и КНДР вступит в силу в день обмена ратификационными грамотами.',
        '2024-06-20',
      ).some((e) => /^entry_into_force/.test(e)),
    ).toBe(false);
    expect(
      events('El acuerdo entre México y Canadá entrará en vigor el 1 de julio de 2020.', '2020-06-01').some((e) =>
        /^entry_into_force/.test(e),
      ),
    ).toBe(false);
    expect(
      events('El TLCAN seguirá aplicándose hasta que el T-MEC sea ratificado por México y Canadá.', '2018-12-01').some(
        (e) => /^ratification/.test(e),
      ),
    ).toBe(false);
  });
  it('extractArticle(signing a ratification law or decree) returns a ratification, never a treaty signing', () => {
    for (const [text, published] of [
      [
        'The treaty with North Korea was ratified by Russia. Putin signed the ratification law on 9 November 2024.',
        '2024-11-10',
      ],
      ['Kim Jong Un menandatangani dekret ratifikasi perjanjian dengan Rusia pada Senin (11/11/2024).', '2024-11-12'],
      ['Путин подписал закон о ратификации договора с КНДР 9 ноября 2024 года.', '2024-11-10'],
      ['Федеральный закон о ратификации договора с КНДР Путин подписал 9 ноября 2024 года.', '2024-11-10'],
      ['Putin firmó la ley de ratificación del tratado con Corea del Norte el 9 de noviembre de 2024.', '2024-11-10'],
    ] as const) {
      const got = events(text, published);
      expect(
        got.some((e) => /^treaty_signing/.test(e)),
        text,
      ).toBe(false);
      expect(
        got.some((e) => /^ratification/.test(e)),
        text,
      ).toBe(true);
    }
    expect(
      events(
        'В ответ Путин 4 марта 2019 года подписал указ о приостановке участия России в договоре.',
        '2019-03-05',
      ).some((e) => /^(?:treaty_signing|accession)/.test(e)),
    ).toBe(false);
  });
  it('extractArticle(a suspension that is "not a withdrawal") returns a REDUCE event and no withdrawal', () => {
    for (const text of [
      'Россия 21 февраля 2023 года приостановила участие в ДСНВ, но не выходит из него.',
      'Putin menegaskan pada 21 Februari 2023 bahwa Rusia tidak menarik diri dari New START, melainkan hanya menangguhkan partisipasinya.',
      'Russia said on 21 February 2023 it was suspending, not withdrawing from, New START.',
      'El 21 de febrero de 2023 Rusia suspendió su participación en el Nuevo START, pero no se retira del tratado.',
    ]) {
      const got = events(text, '2023-02-22');
      expect(
        got.some((e) => e.startsWith('withdrawal')),
        text,
      ).toBe(false);
      expect(
        got.some((e) => /^other@2023-02-21\[.*Russia/.test(e)),
        text,
      ).toBe(true);
    }
  });
  it('extractArticle("los acuerdos de Minsk, firmados en 2014 y 2015") describes the treaties: no signing on the article\'s date', () => {
    const got = events(
      'MOSCÚ, 24 feb (EFE).- El mandatario ruso afirmó el 22 de febrero que los acuerdos de Minsk, firmados en 2014 y 2015 para poner fin al conflicto en el Donbás, "ya no existen".',
      '2022-02-24',
    );
    expect(got.some((e) => /^treaty_signing@2022/.test(e))).toBe(false);
  });
  it('extractArticle("concluded the talks in August") is no signing', () => {
    expect(
      events(
        'Negotiators from the three governments had concluded the talks in August. Canada and Mexico agreed.',
        '1992-12-17',
      ).filter((e) => e.startsWith('treaty_signing')),
    ).toEqual([]);
  });
  it('extractArticle("kemudian Afrika Selatan bergabung pada 2010") is an accession to the organization just named', () => {
    expect(
      events(
        'BRICS dibentuk oleh Brasil, Rusia, India dan Tiongkok pada 2009, kemudian Afrika Selatan bergabung pada 2010.',
        '2025-01-07',
      ),
    ).toContain('accession@2010[South Africa]');
  });
  it('extractArticle("kata juru bicara ..., kemarin") dates the statement by its relative day', () => {
    const text =
      'JAKARTA, 7/1/2025 (ANTARA) – Indonesia resmi bergabung dengan BRICS. "Keanggotaan ini merupakan wujud peran aktif Indonesia," kata juru bicara Kemlu Rolliansyah Soemirat dalam keterangan tertulis, kemarin.';
    expect(events(text)).toContain(
      'statement@2025-01-06[Indonesia/Ministry of Foreign Affairs of Indonesia/Rolliansyah Soemirat]',
    );
  });
  it('extractArticle(an undated remark after a background date) does not take that date', () => {
    const text =
      'JAKARTA, 7/1/2025 (ANTARA) – Indonesia menunggu pemerintahan baru hasil pemilihan presiden 14 Februari 2024. Pemerintah Tiongkok melalui juru bicara Guo Jiakun menyambut Indonesia dan menyatakan bahwa Indonesia akan memberikan kontribusi positif.';
    const statements = events(text).filter((e) => e.startsWith('statement'));
    expect(statements.length).toBe(1);
    expect(statements[0]).toMatch(/^statement@null\[/);
  });
  it('extractArticle("parliament elected X as the country\'s new president") is an election', () => {
    expect(
      events(
        "COLOMBO, July 21, 2022 (AP) – Sri Lanka's parliament on Wednesday elected six-time prime minister Ranil Wickremesinghe as the country's new president.",
      ),
    ).toContain('election@2022-07-20[Sri Lanka/Ranil Wickremesinghe]');
  });
  it('extractArticle("президентских выборов, которые прошли 15–17 марта") dates the election by its relative clause', () => {
    expect(
      events(
        'МОСКВА, 22 марта 2024 г. – ЦИК в четверг объявила Владимира Путина победителем президентских выборов, которые прошли 15–17 марта 2024 года.',
      ).filter((e) => e.startsWith('election')),
    ).toEqual(['election@2024-03-15[Central Election Commission of Russia/Vladimir Putin]']);
  });
  it('extractArticle("Дума приняла закон о денонсации ..., а Путин подписал его") is no signing or accession', () => {
    const r = events(
      'Государственная дума приняла закон о денонсации ДОВСЕ 16 мая 2023 года, а президент Владимир Путин подписал его 29 мая.',
      '2023-11-07',
    );
    expect(r.filter((e) => /^(?:treaty_signing|accession)/.test(e))).toEqual([]);
  });
  it("extractArticle(a statement header over a first-person text) gives one statement by the header's speaker on the day published", () => {
    const e = events(
      'Statement by Secretary of State Antony Blinken\n\nWe welcome Finland as the 31st member of NATO. We urge Hungary to act without delay.\n',
      '2023-04-04',
    );
    expect(e.filter((x) => x.startsWith('statement'))).toEqual([
      'statement@2023-04-04[Antony Blinken/Finland/NATO/Hungary]',
    ]);
  });
  it("extractArticle(first-person speech with no header) is one statement by the article's first actor", () => {
    const e = events(
      'España sigue con preocupación la situación en Ucrania. Condenamos la muerte de cinco soldados. Exigimos a Rusia que respete los acuerdos.',
      '2015-08-07',
    );
    expect(e.filter((x) => x.startsWith('statement'))).toEqual(['statement@2015-08-07[Spain/Russia]']);
  });
  it('extractArticle("X released a statement after Y announced ...") gives each speaker a statement', () => {
    const e = events(
      'Washington—Senator Dianne Feinstein today released the following statement after Secretary Blinken announced that the United States has agreed to a five-year extension:\n\n“This is good news.”\n',
      '2021-02-03',
    );
    expect(
      e
        .filter((x) => x.startsWith('statement'))
        .map(
          (x) => x.replace(/\[.*/, '') + (x.includes('Feinstein') ? ' F' : '') + (x.includes('Blinken') ? ' B' : ''),
        ),
    ).toEqual(['statement@2021-02-03 F B', 'statement@2021-02-03 B']);
  });
  it('extractArticle(one speaker, several remarks on one day) is one statement', () => {
    const e = events(
      'España condena el lanzamiento de un misil por Corea del Norte. El Gobierno de España expresa su seria preocupación. España exige a Corea del Norte que cese sus provocaciones.',
      '2017-07-28',
    );
    expect(e.filter((x) => x.startsWith('statement'))).toEqual(['statement@2017-07-28[Spain/North Korea]']);
  });
  it('extractArticle(strikes, launches and killings in the forms news uses) returns military actions', () => {
    expect(
      events(
        'Today, the militaries of the United States and the United Kingdom conducted strikes against targets in Yemen.',
        '2024-02-24',
      ),
    ).toContain('military_action@2024-02-24[United States/United Kingdom/Yemen]');
    expect(
      events(
        'España condena el lanzamiento de un misil balístico llevado a cabo esta tarde por Corea del Norte.',
        '2017-07-28',
      ).filter((e) => e.startsWith('military')),
    ).toEqual(['military_action@2017-07-28[Spain/North Korea]']);
  });
  it('extractArticle("condena los hechos ocurridos ayer") dates the statement by the article, not by what it is about', () => {
    expect(
      events('El gobierno de España condena los hechos ocurridos ayer en Nicaragua.', '2019-03-17').filter((e) =>
        e.startsWith('statement'),
      ),
    ).toEqual(['statement@2019-03-17[Spain/Nicaragua]']);
  });
  it('extractArticle("suspending its participation in ...") is a suspension even without a known treaty', () => {
    expect(
      events(
        'Russia announced on Saturday that it was suspending its participation in the grain initiative.',
        '2022-10-30',
      ).filter((e) => e.startsWith('other')),
    ).toEqual(['other@2022-10-29[Russia]']);
  });
  it('extractArticle("It was signed in Moscow on 24 May 2002") signs the treaty the article is about, by its parties named', () => {
    expect(
      events(
        'The Strategic Offensive Reductions Treaty (SORT) was a treaty between the United States and Russia. It was signed in Moscow on 24 May 2002.',
      ).filter((e) => e.startsWith('treaty_signing')),
    ).toEqual(['treaty_signing@2002-05-24[United States/Russia]']);
  });
  it('extractArticle("assurent le suivi") is no statement', () => {
    expect(
      events(
        'Les secrétaires généraux pour la coopération franco-allemande assurent le suivi de ce programme en France.',
        '2020-02-12',
      ),
    ).toEqual([]);
  });
  it('extractArticle(a state that welcomes, urges, regrets, asks in the present of a communiqué) is a statement in each language', () => {
    const said = (text: string) => events(text, '2021-03-03').filter((e) => e.startsWith('statement'));
    expect(said('Spain welcomes the agreement and urges both parties to respect it.')).toEqual([
      'statement@2021-03-03[Spain]',
    ]);
    expect(said('España se congratula por el acuerdo y anima a las partes a respetarlo.')).toEqual([
      'statement@2021-03-03[Spain]',
    ]);
    expect(said('La France regrette cette décision et demande aux parties de la respecter.')).toEqual([
      'statement@2021-03-03[France]',
    ]);
    expect(said('Indonesia menyesalkan keputusan itu dan mengimbau semua pihak untuk menahan diri.')).toEqual([
      'statement@2021-03-03[Indonesia]',
    ]);
    expect(said('Россия требует отменить это решение.')).toEqual(['statement@2021-03-03[Russia]']);
    expect(said('Barack Obama predicts that the Senate will approve the treaty.')).toEqual([
      'statement@2021-03-03[Barack Obama]',
    ]);
  });
  it('extractArticle("the third anniversary of the signing") gives no signing on the anniversary, in each language', () => {
    const signings = (text: string, published: string) =>
      events(text, published).filter((e) => e.startsWith('treaty_signing') || e.startsWith('accession'));
    expect(
      signings('Yesterday marked the third anniversary of the signing of the Treaty of Moscow.', '2005-05-25'),
    ).toEqual([]);
    expect(signings('Ayer se cumplió el tercer aniversario de la firma del Tratado de Moscú.', '2005-05-25')).toEqual(
      [],
    );
    expect(
      signings(
        'Hier, la France a célébré le troisième anniversaire de la signature du Traité de Moscou.',
        '2005-05-25',
      ),
    ).toEqual([]);
    expect(
      signings('Kemarin Rusia merayakan ulang tahun ke-3 penandatanganan Perjanjian Moskow.', '2005-05-25'),
    ).toEqual([]);
    expect(signings('Вчера в Москве отметили третью годовщину подписания Московского договора.', '2005-05-25')).toEqual(
      [],
    );
  });
  it('extractArticle(a capitalized verb inside a title) is no event: "the 2023 Amended Compact"', () => {
    expect(
      events('Congress approved the funds provided in the 2023 Amended Compact Between Palau and the United States.'),
    ).toEqual([]);
  });
  it('extractArticle("(as amended)", "tel que modifié", "sebagaimana telah diubah") cites a text, it is no amendment', () => {
    const others = (text: string) => events(text).filter((e) => e.startsWith('other'));
    expect(others('In 2015 the United States and Peru complied with the Atomic Energy Act (as amended).')).toEqual([]);
    expect(others('En 2015, Perú y Chile aplicaron el Tratado de Lima en su forma enmendada.')).toEqual([]);
    expect(others('En 2015, la France et le Pérou ont appliqué le Traité de Lima tel que modifié.')).toEqual([]);
    expect(others('Pada 2015 Indonesia dan Peru menerapkan Perjanjian Lima sebagaimana telah diubah.')).toEqual([]);
  });
  it('extractArticle("the limit established in the treaty") is no founding or accession', () => {
    expect(
      events(
        'El límite fue un 30% más bajo que el establecido en el tratado de Moscú de 2002 entre Rusia y Estados Unidos.',
      ),
    ).toEqual([]);
    expect(
      events(
        'In 2010 the limit was lower than the one established in the Treaty of Moscow between Russia and the United States.',
      ),
    ).not.toContain(expect.stringMatching(/^(?:treaty_signing|accession)/));
  });
  it('extractArticle("extradition treaties recently concluded by X") describes treaties: no signing', () => {
    expect(
      events(
        'Russia and Belarus follow the form of the trade agreements recently concluded by the United States.',
        '2006-10-02',
      ),
    ).toEqual([]);
  });
  it('extractArticle(a Russian perfective future, a French conditional, "можно") is no event', () => {
    expect(events('Он встретится с президентом Катара Тамимом бен Хамадом Аль Тани.', '2021-09-03')).toEqual([]);
    expect(
      events(
        "Cette adhésion couvrira la Finlande dans le cas où elle serait l'objet d'une attaque armée de la Russie.",
        '2022-07-13',
      ).filter((e) => e.startsWith('military_action')),
    ).toEqual([]);
  });
  it('extractArticle(a press release whose author and date stand above its heading) is one statement by that author', () => {
    const said = (text: string) => events(text).filter((e) => e.startsWith('statement'));
    expect(
      said(
        "Département d'État des États-Unis\nAntony J. Blinken, secrétaire d'État\nLe 6 avril 2022\nCommuniqué de presse\nNous imposons aujourd'hui de nouvelles sanctions à la Russie.\n",
      ),
    ).toEqual(['statement@2022-04-06[Antony Blinken]']);
    expect(
      said(
        'Antony J. Blinken, Secretary of State\nApril 6, 2022\nPress Release\nWe impose new sanctions on Russia today.\n',
      ),
    ).toEqual(['statement@2022-04-06[Antony Blinken]']);
  });
  it('extractArticle(a verb with no subject of its own after a quotation, or a bare title as subject) is the last named person speaking on', () => {
    expect(
      events(
        'El secretario Antony Blinken señaló que la situación es grave. «Estados Unidos continuará enfrentándose a Irán», dijo.',
      ).filter((e) => e.startsWith('statement')),
    ).toEqual(['statement@null[Antony Blinken/United States/Iran]']);
    expect(
      events(
        'Presiden Joko Widodo membuka KTT ASEAN di Jakarta. Presiden RI mengungkapkan bahwa kondisi dunia sedang tidak baik.',
        '2023-09-05',
      ).filter((e) => e.startsWith('statement')),
    ).toEqual(['statement@2023-09-05[Joko Widodo/Indonesia]']);
  });
  it('extractArticle(a bare title before or after the verb, a person named later in the sentence) is the last named person', () => {
    const said = (text: string) => events(text, '2022-05-08').filter((e) => e.startsWith('statement'));
    // the person after the verb is spoken of: the title before the verb is the speaker
    expect(
      said(
        'Госсекретарь Энтони Блинкен провёл переговоры в Киеве. Госсекретарь проинформировал министра о том, что посол Кристина Квин вернётся в Киев.',
      )[0],
    ).toMatch(/^statement@2022-05-08\[Antony Blinken/);
    expect(
      said(
        'Le ministre Jean-Yves Le Drian était à Dakar. Le ministre a ajouté que la France soutient ce processus.',
      )[0],
    ).toMatch(/^statement@2022-05-08\[Jean-Yves Le Drian/);
    // "aseguró el nuevo presidente": a title with no name after the verb; one speech, one statement
    expect(
      events(
        '“Gobernaré para todos”, dijo Mariano Rajoy en Madrid. “No va a haber milagros”, aseguró el nuevo presidente del gobierno de España.',
      ).filter((e) => e.startsWith('statement')),
    ).toEqual(['statement@null[Mariano Rajoy/Spain]']);
  });
  it('extractArticle("according to X") makes the person or organization named right after it the speaker, in each language', () => {
    const said = (text: string) => events(text, '2020-09-16').filter((e) => e.startsWith('statement'));
    expect(said('According to Foreign Minister Sergey Lavrov, Moscow will respond to the new sanctions.')[0]).toMatch(
      /^statement@2020-09-16\[Sergey Lavrov/,
    );
    expect(said('Según el secretario Antony Blinken, la situación es grave.')[0]).toMatch(
      /^statement@2020-09-16\[Antony Blinken/,
    );
    expect(said('Selon le président Emmanuel Macron, la situation est grave.')[0]).toMatch(
      /^statement@2020-09-16\[Emmanuel Macron/,
    );
    expect(said('Menurut Presiden Joko Widodo, kondisi dunia sedang tidak baik.')[0]).toMatch(
      /^statement@2020-09-16\[Joko Widodo/,
    );
    expect(said('По словам Сергея Лаврова, Россия ответит на санкции.')[0]).toMatch(
      /^statement@2020-09-16\[Sergey Lavrov/,
    );
    // what a treaty says, or a country named later, is no speaker
    expect(said('According to the treaty, Russia must notify China before any test.')).toEqual([]);
    expect(said('Según el acuerdo firmado por Chile, las tropas se retirarán.')).toEqual([]);
  });
  it('extractArticle(a date after a statement verb) is the day of its object when a participle or "of" ties it there', () => {
    const said = (text: string) => events(text, '2014-05-25').filter((e) => e.startsWith('statement'));
    expect(said('España condena enérgicamente el atentado terrorista perpetrado ayer en Yibuti.')).toEqual([
      'statement@2014-05-25[Spain/Djibouti]',
    ]);
    expect(said("Les États-Unis condamnent vivement l'attaque d'hier soir contre la MONUSCO.")[0]).toMatch(
      /^statement@2014-05-25\[United States/,
    );
    expect(said('The United States condemns the attack carried out yesterday in Djibouti.')[0]).toMatch(
      /^statement@2014-05-25\[United States/,
    );
    // the speaker and their title after the verb, then the day they spoke
    expect(
      events(
        '“Kami siap membantu dalam upaya pemulihan,” ujar Heather Nauert, Juru Bicara Departemen Luar Negeri AS, pada 30 September 2018.',
      ).filter((e) => e.startsWith('statement')),
    ).toEqual(['statement@2018-09-30[Heather Nauert/U.S. Department of State]']);
  });
  it('extractArticle(a message, support or condolences conveyed) is a statement, in each language', () => {
    const said = (text: string) => events(text, '2012-04-26').filter((e) => e.startsWith('statement'));
    expect(said('Foreign Minister Sergey Lavrov conveyed a message of support to the government of Syria.')[0]).toMatch(
      /^statement@2012-04-26\[Sergey Lavrov/,
    );
    expect(
      said('El ministro José Manuel García-Margallo ha trasladado el firme compromiso de España con la OTAN.')[0],
    ).toMatch(/^statement@2012-04-26\[José Manuel García-Margallo/);
    expect(said('Le président Emmanuel Macron a transmis un message de soutien au Mali.')[0]).toMatch(
      /^statement@2012-04-26\[Emmanuel Macron/,
    );
    expect(
      said('Presiden Joko Widodo menyampaikan ucapan belasungkawa kepada rakyat Turki atas gempa bumi tersebut.')[0],
    ).toMatch(/^statement@2012-04-26\[Joko Widodo/);
    expect(said('Во вторник Сергей Лавров передал послание президента России правительству Сирии.')[0]).toMatch(
      /^statement@2012-04-24\[Sergey Lavrov/,
    );
    // moving people or goods is no message
    expect(said('El ministro José Manuel García-Margallo trasladó a los heridos a Madrid.')).toEqual([]);
    // "seperti yang diungkapkan X": the one named after the passive verb speaks
    expect(said('Seperti yang diungkapkan Menlu AS John Kerry, kunjungan ini akan memperkuat perdagangan.')[0]).toMatch(
      /^statement@2012-04-26\[(?:United States\/)?John Kerry/,
    );
  });
  it('extractArticle(a verb opening its sentence with no subject) goes on in the voice of the last statement', () => {
    expect(
      events(
        'España condena el atentado terrorista en Yibuti. Expresa también su solidaridad con el pueblo yibutí.',
        '2014-05-25',
      ).filter((e) => e.startsWith('statement')),
    ).toEqual(['statement@2014-05-25[Spain/Djibouti]']);
  });
  it('extractArticle(one undated act told in the lede and again) is one meeting or signing', () => {
    expect(
      events(
        'Глава Госдепартамента побеседовал по телефону с Дмитрием Кулебой. Госсекретарь Энтони Блинкен побеседовал по телефону с министром иностранных дел Украины Дмитрием Кулебой.',
      ).filter((e) => e.startsWith('meeting')),
    ).toHaveLength(1);
    expect(
      events(
        'Presiden Joko Widodo telah menandatangani kesepakatan batas laut dengan Malaysia. Malaysia dan Indonesia telah menandatangani persetujuan itu setelah 10 tahun perundingan.',
      ).filter((e) => e.startsWith('treaty_signing')),
    ).toHaveLength(1);
  });
  it('extractArticle(undated sanctions on two targets by one state) stays two sanctions', () => {
    expect(
      events(
        'Les États-Unis ont imposé des sanctions à la Russie. Les États-Unis ont également imposé des sanctions à la Corée du Nord.',
      ).filter((e) => e.startsWith('sanction')),
    ).toHaveLength(2);
  });
  it('extractArticle(a date in a clause under a statement verb) is the day of what is said, not of the statement', () => {
    const said = (text: string) => events(text, '2017-11-29').filter((e) => e.startsWith('statement'));
    expect(
      said(
        'España expresa su más rotunda condena ante el acto que ha supuesto el lanzamiento, ayer martes, de un misil.',
      ),
    ).toEqual(['statement@2017-11-29[Spain]']);
    expect(said('Spain condemned the missile launch that North Korea carried out yesterday.')).toEqual([
      'statement@2017-11-29[Spain/North Korea]',
    ]);
  });
  it('extractArticle(a transcript) gives each person who speaks under a label of their own one statement', () => {
    expect(
      events(
        'SECRETARY BLINKEN: Well, thank you all for coming today.\n\nSECRETARY GENERAL STOLTENBERG: Thanks so much. This is great news.\n\nSECRETARY BLINKEN: Thank you.\n',
        '2023-04-04',
      ).filter((e) => e.startsWith('statement')),
    ).toEqual(['statement@2023-04-04[Antony Blinken]', 'statement@2023-04-04[Jens Stoltenberg]']);
    expect(
      events('Вопрос: Как вы оцениваете переговоры?\nПосол Салливан: Спасибо за вопрос.\n', '2020-04-22').filter((e) =>
        e.startsWith('statement'),
      ),
    ).toHaveLength(1);
    expect(events('Note: Antony Blinken travels to Oslo next week.\n', '2023-04-04')).toEqual([]);
    // remarks cut to one speaker: one label that names a person is enough
    expect(
      events('ГОССЕКРЕТАРЬ ПОМПЕО: Всем доброе утро. Спасибо, что пришли.\n', '2019-02-01').filter((e) =>
        e.startsWith('statement'),
      ),
    ).toEqual(['statement@2019-02-01[Mike Pompeo]']);
  });
  it('extractArticle(a statement header whose line an abbreviation cuts into sentences) gives the persons of that line', () => {
    expect(
      events(
        'Déclaration de presse conjointe de MM. Nicolas Sarkozy, Président de la République, et Bachar Al-Assad, Président de la République arabe syrienne\nNous avons parlé du processus de paix.\n',
        '2008-09-03',
      ).filter((e) => e.startsWith('statement')),
    ).toEqual([expect.stringMatching(/^statement@2008-09-03\[Nicolas Sarkozy\/Ba\p{L}+ Al-Assad\]$/iu)]);
  });
  it('extractArticle(an epigraph: a paragraph quoted whole, then a line naming its speaker) gives that person a statement', () => {
    const said = (text: string) => events(text, '2019-02-01').filter((e) => e.startsWith('statement'));
    expect(
      said('« La Russie n’a pas respecté l’accord, nous allons donc y mettre fin. »\nLe président Donald J. Trump\n'),
    ).toEqual(['statement@2019-02-01[Donald Trump]']);
    expect(
      said('"Somos más fuertes cuando nos apoyamos como vecinos, socios y amigos".\n\nPresidente Joe Biden\n'),
    ).toEqual(['statement@2019-02-01[Joe Biden]']);
    expect(said('“We will not accept this outcome and we will keep working.”\n— Secretary Antony Blinken\n')).toEqual([
      'statement@2019-02-01[Antony Blinken]',
    ]);
    // a quoted title line followed by an ordinary sentence is no epigraph
    expect(said('"The Road Ahead for the Alliance"\nJoe Biden visited Warsaw on Monday.\n')).toEqual([]);
  });
  it('extractArticle(first-person speech) is the voice of the article in each language, never inside a quotation', () => {
    const said = (text: string) => events(text, '2023-04-27').filter((e) => e.startsWith('statement'));
    expect(
      said('The White House\n\nToday I am proud to announce that the United States will impose new sanctions.'),
    ).toEqual(['statement@2023-04-27[United States]']);
    expect(said('Белый дом\n\nСегодня я с гордостью объявляю, что США вводят новые санкции.')).toEqual([
      'statement@2023-04-27[United States]',
    ]);
    expect(said('España\n\nQuiero expresar la solidaridad de España con las víctimas.')).toEqual([
      'statement@2023-04-27[Spain]',
    ]);
    expect(said("La France\n\nJe suis heureux d'annoncer que la France soutient ce processus.")).toEqual([
      'statement@2023-04-27[France]',
    ]);
    expect(said('España\n\nHemos condenado el atentado contra la embajada.')).toEqual(['statement@2023-04-27[Spain]']);
    expect(said('The United States\n\nWe have strongly condemned the attack on the embassy.')).toEqual([
      'statement@2023-04-27[United States]',
    ]);
    expect(said("La France\n\nNous avons condamné l'attaque contre l'ambassade.")).toEqual([
      'statement@2023-04-27[France]',
    ]);
    expect(said('Indonesia\n\nSaya dengan bangga mengumumkan bahwa Indonesia mendukung proses ini.')).toEqual([
      'statement@2023-04-27[Indonesia]',
    ]);
    // "quiero felicitar" inside a quotation is the quoted speaker's, said by the verb after it
    const quoted = said(
      'España votó ayer. "Quiero felicitar a Mariano Rajoy en nombre del gobierno", dijo José Durán, portavoz del gobierno.',
    );
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toContain('José Durán');
    expect(quoted[0]).not.toContain('Spain');
  });
  it('extractArticle(an act that is recommended, urged or requested) is no act, in each language', () => {
    const acts = (text: string) => events(text, '2020-03-04').filter((e) => !e.startsWith('statement'));
    expect(
      acts(
        'I recommend that the Senate give its advice and consent to ratification of the Treaty between the United States and Peru.',
      ),
    ).toEqual([]);
    expect(acts('Indonesia meminta Malaysia meratifikasi perjanjian perbatasan dengan Singapura.')).toEqual([]);
    expect(acts('Китай призвал Россию ратифицировать соглашение с Казахстаном.')).toEqual([]);
    expect(acts('La Unión Europea pidió que Estados Unidos levante las sanciones contra Cuba.')).toEqual([]);
    expect(acts("La France a demandé au Mali de ratifier l'accord avec le Niger.")).toEqual([]);
  });
  it('extractArticle(concluding consultations or requirements, reaching a quantity) is no agreement', () => {
    const signings = (text: string) => events(text, '2023-01-01').filter((e) => e.startsWith('treaty_signing'));
    expect(
      signings(
        'On 2 April 2020 the notification by Canada and Mexico concludes the necessary requirements in all three countries.',
      ),
    ).toEqual([]);
    expect(signings('Le 2 avril 2020, la France et le Mali ont conclu leurs consultations sur la sécurité.')).toEqual(
      [],
    );
  });
  it('extractArticle(first-person speech in Russian and Indonesian) is the voice of the article, as in the other languages', () => {
    expect(
      events('Заявление Франции. Франция и Германия. Мы решительно осуждаем этот запуск ракеты.', '2020-01-14').filter(
        (e) => e.startsWith('statement'),
      ),
    ).toEqual(['statement@2020-01-14[France]']);
    expect(
      events('Pernyataan Indonesia tentang Myanmar. Kami mengutuk kekerasan di Myanmar.', '2021-03-03').filter((e) =>
        e.startsWith('statement'),
      ),
    ).toEqual(['statement@2021-03-03[Indonesia/Myanmar]']);
  });
});
