import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 6 (issue 14): acts told in registers the development half has few of, each in all five languages: the
// readout of a meeting by what was discussed, aid in every tense with its amount, and a government's
// authorization of a treaty step.
describe('extractArticle: readouts, aid and authorizations', () => {
  it('extractArticle(a readout: "discussed", "abordaron", "ont évoqué", "membahas ... dengan", "обсудили") is a meeting', () => {
    expect(
      events(
        'Secretary Blinken discussed the situation in Gaza with Foreign Minister Retno Marsudi on Tuesday.',
        '2024-05-10',
      ),
    ).toEqual(['meeting@2024-05-07[Antony Blinken/Retno Marsudi]']);
    expect(
      events('El canciller de Chile y su homólogo de Perú abordaron el martes la agenda bilateral.', '2024-05-10'),
    ).toEqual(['meeting@2024-05-07[Chile/Peru]']);
    expect(
      events(
        "Les ministres des Affaires étrangères de la France et de l'Allemagne ont évoqué mardi la situation en Ukraine.",
        '2024-05-10',
      ),
    ).toEqual(['meeting@2024-05-07[France/Germany/Ukraine]']);
    expect(
      events(
        'Presiden Joko Widodo dan Perdana Menteri Anthony Albanese membahas kerja sama maritim dengan para menteri pada Selasa.',
        '2024-05-10',
      ),
    ).toEqual(['meeting@2024-05-07[Joko Widodo/Anthony Albanese]']);
    expect(
      events(
        'Президент России Владимир Путин и премьер-министр Индии Нарендра Моди обсудили во вторник двустороннее сотрудничество.',
        '2024-05-10',
      ),
    ).toEqual(['meeting@2024-05-07[Russia/Vladimir Putin/India/Narendra Modi]']);
    // the talks told by their guest and their content are one meeting
    expect(
      events(
        'President Joko Widodo received Prime Minister Anthony Albanese in Bogor on Monday. The two leaders discussed trade and maritime security.',
        '2024-05-10',
      ),
    ).toEqual(['meeting@2024-05-06[Joko Widodo/Anthony Albanese]']);
  });
  it('extractArticle(aid given in any tense, with its amount before the noun) is aid', () => {
    expect(
      events('The United States provided $103 million in humanitarian assistance to Sudan on Tuesday.', '2024-05-10'),
    ).toEqual(['other@2024-05-07[United States/Sudan]']);
    expect(events('España ha enviado 20 toneladas de ayuda humanitaria a Turquía este martes.', '2024-05-10')).toEqual([
      'other@2024-05-07[Spain/Turkey]',
    ]);
    expect(events("La France a acheminé 30 tonnes d'aide humanitaire au Liban mardi.", '2024-05-10')).toEqual([
      'other@2024-05-07[France/Lebanon]',
    ]);
    expect(
      events('Pemerintah Indonesia menyalurkan 2.000 ton bantuan kemanusiaan ke Gaza pada Selasa.', '2024-05-10'),
    ).toEqual(['other@2024-05-07[Indonesia]']);
    expect(events('Россия во вторник оказала Сирии гуманитарную помощь.', '2024-05-10')).toEqual([
      'other@2024-05-07[Russia/Syria]',
    ]);
  });
  it('extractArticle(a government authorizes a treaty step: "approved the signing of", "ha aprobado el Acuerdo por el que se autoriza la firma") is an act of the treaty', () => {
    expect(
      events(
        'The Government of Japan approved the signing of the Reciprocal Access Agreement with the Philippines on Tuesday.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[Japan/Philippines]']);
    expect(
      events(
        'El Consejo de Ministros ha aprobado este martes el Acuerdo por el que se autoriza la firma del Tratado de amistad entre España y Portugal.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[Spain/Portugal]']);
    expect(
      events(
        "Le Conseil des ministres a autorisé mardi la ratification de l'accord de partenariat entre la France et le Maroc.",
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[France/Morocco]']);
    expect(
      events(
        'Pemerintah Indonesia menyetujui penandatanganan Perjanjian Ekstradisi dengan Singapura pada Selasa.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[Indonesia/Singapore]']);
    expect(
      events(
        'Правительство России во вторник одобрило подписание соглашения о сотрудничестве с Вьетнамом.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[Russia/Vietnam]']);
  });
  it('extractArticle(a diplomatic note sent: "envió una nota de protesta", "a adressé une note verbale", "mengirimkan nota protes", "направил ноту протеста") is a statement', () => {
    expect(
      events(
        'La Cancillería de Argentina envió el martes una nota de protesta a la embajada del Reino Unido.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-07[Cancillería de Argentina/Argentina/United Kingdom]']);
    expect(
      events(
        "Le ministère des Affaires étrangères a adressé mardi une note verbale à l'ambassade de Russie.",
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-07[ministère des Affaires étrangères/Russia]']);
    // a note of protest is no street protest
    expect(
      events(
        'Kementerian Luar Negeri Indonesia mengirimkan nota protes kepada Kedutaan Besar Malaysia pada Selasa.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-07[Ministry of Foreign Affairs of Indonesia/Indonesia/Malaysia]']);
    expect(events('МИД России во вторник направил ноту протеста посольству Японии.', '2024-05-10')).toEqual([
      'statement@2024-05-07[Ministry of Foreign Affairs of Russia/Japan]',
    ]);
  });
  it('extractArticle(a resolution passed by a legislature) is a statement; a resolution of advice and consent is a step of the treaty', () => {
    expect(
      events(
        'El Senado de Chile aprobó el martes una resolución que condena la invasión rusa de Ucrania.',
        '2024-05-10',
      ),
    ).toContain('statement@2024-05-07[Senate of Chile/Russia/Ukraine]');
    expect(
      events(
        "L'Assemblée nationale a voté mardi une résolution condamnant l'invasion de l'Ukraine par la Russie.",
        '2024-05-10',
      ),
    ).toContain('statement@2024-05-07[Ukraine/Russia]');
    expect(
      events(
        'The Senate adopted a resolution of advice and consent to ratification of the treaty with Chile on Tuesday.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[Chile]']);
  });
  it('extractArticle(troops entering or taking a place) is a military action in each language', () => {
    expect(events('Israeli troops entered the town of Jenin on Tuesday.', '2024-05-10')).toEqual([
      'military_action@2024-05-07[Israel]',
    ]);
    expect(events('Las tropas israelíes entraron el martes en la ciudad de Yenín.', '2024-05-10')).toEqual([
      'military_action@2024-05-07[Israel]',
    ]);
    expect(events('Les troupes russes sont entrées mardi dans la ville de Koupiansk.', '2024-05-10')).toEqual([
      'military_action@2024-05-07[Russia]',
    ]);
    expect(events('Pasukan Israel memasuki kota Jenin pada Selasa.', '2024-05-10')).toEqual([
      'military_action@2024-05-07[Israel]',
    ]);
    expect(events('Российские войска во вторник вошли в город Купянск.', '2024-05-10')).toEqual([
      'military_action@2024-05-07[Russia]',
    ]);
  });
  it('extractArticle(an appointment to an office) is an act; a participle of the office ("назначенному Госсекретарю") is none', () => {
    expect(events('President Biden nominated Jane Smith as ambassador to Indonesia on Tuesday.', '2024-05-10')).toEqual(
      ['other@2024-05-07[Joe Biden/Jane Smith/Indonesia]'],
    );
    expect(
      events(
        'El presidente Gustavo Petro designó el martes a Luis Gilberto Murillo como nuevo canciller.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[Gustavo Petro/Luis Gilberto Murillo]']);
    expect(
      events(
        'Le président Emmanuel Macron a nommé mardi Stéphane Séjourné ministre des Affaires étrangères.',
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[Emmanuel Macron/Stéphane Séjourné]']);
    expect(
      events('Presiden Joko Widodo melantik Sugiono sebagai Menteri Luar Negeri pada Selasa.', '2024-05-10'),
    ).toEqual(['other@2024-05-07[Joko Widodo/Sugiono]']);
    expect(
      events('Президент России Владимир Путин во вторник назначил Андрея Белоусова министром обороны.', '2024-05-10'),
    ).toEqual(['other@2024-05-07[Russia/Vladimir Putin/Andrei Belousov]']);
    expect(events('Я буду работать над передачей дел назначенному Госсекретарю во вторник.', '2024-05-10')).toEqual([]);
  });
  it('extractArticle("paid a courtesy call on") is a meeting; aid given "by providing arms" is a description, no act', () => {
    expect(
      events('Foreign Minister Retno Marsudi paid a courtesy call on President Biden on Tuesday.', '2024-05-10'),
    ).toEqual(['meeting@2024-05-07[Retno Marsudi/Joe Biden]']);
    expect(
      events('A recent report says the regime defies the embargo by providing arms to proxy groups.', '2024-05-10'),
    ).toEqual([]);
  });
  it('extractArticle(a signing told as a noun that took place) is a signing, the agreement unnamed', () => {
    expect(
      events(
        'The signing of the agreement between Indonesia and Vietnam took place on Tuesday in Hanoi.',
        '2024-05-10',
      ),
    ).toEqual(['treaty_signing@2024-05-07[Indonesia/Vietnam]']);
    expect(events('La firma del acuerdo entre Perú y Chile tuvo lugar el martes en Lima.', '2024-05-10')).toEqual([
      'treaty_signing@2024-05-07[Peru/Chile]',
    ]);
    expect(
      events("La signature de l'accord entre la France et l'Indonésie a eu lieu mardi à Jakarta.", '2024-05-10'),
    ).toEqual(['treaty_signing@2024-05-07[France/Indonesia]']);
    expect(
      events('Penandatanganan perjanjian antara Indonesia dan Vietnam berlangsung pada Selasa di Hanoi.', '2024-05-10'),
    ).toEqual(['treaty_signing@2024-05-07[Indonesia/Vietnam]']);
  });
  it('extractArticle(the ratification a bill names: "projet de loi autorisant la ratification") is the bill\'s step alone; "Указ ... подписан" is a decree', () => {
    expect(
      events(
        "Le Sénat a adopté mardi le projet de loi autorisant la ratification de l'accord avec le Maroc.",
        '2024-05-10',
      ),
    ).toEqual(['other@2024-05-07[Morocco]']);
    expect(
      events(
        "Le gouvernement a transmis mardi au Parlement le projet de loi autorisant la ratification de l'accord avec le Maroc.",
        '2024-05-10',
      ).map((e) => e.split('[')[0]),
    ).toEqual(['other@2024-05-07']);
    expect(
      events(
        'Правительство во вторник внесло в Государственную Думу законопроект о ратификации соглашения с Вьетнамом.',
        '2024-05-10',
      ).map((e) => e.split('[')[0]),
    ).toEqual(['other@2024-05-07']);
    expect(
      events(
        'Указ о признании независимости Донецкой Народной Республики подписан президентом во вторник.',
        '2024-05-10',
      ),
    ).toEqual(["other@2024-05-07[Donetsk People's Republic]"]);
  });
  it('extractArticle(the impersonal forms of a communiqué: "говорится в заявлении", "se lee en el comunicado", "peut-on lire dans", "demikian pernyataan") is the named author\'s statement', () => {
    expect(
      events(
        '«Мы не допустим эскалации», — говорится в заявлении МИД России, опубликованном во вторник.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-07[Ministry of Foreign Affairs of Russia]']);
    expect(
      events(
        '"Chile está listo para dialogar", se lee en el comunicado de la Cancillería de Chile publicado el martes.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-07[Chile/Cancillería de Chile]']);
    expect(
      events("« La France est prête », peut-on lire dans le communiqué du Quai d'Orsay publié mardi.", '2024-05-10'),
    ).toEqual(['statement@2024-05-07[France/Ministry for Europe and Foreign Affairs]']);
    expect(
      events(
        'Indonesia siap berdialog, demikian pernyataan Kementerian Luar Negeri Indonesia pada Selasa.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-07[Indonesia/Ministry of Foreign Affairs of Indonesia]']);
    expect(
      events('"We are ready," reads the statement by the U.S. Department of State on Tuesday.', '2024-05-10'),
    ).toEqual(['statement@2024-05-07[U.S. Department of State]']);
  });
  it('extractArticle(agency copy: "рассказал журналистам", "was quoted as saying") is a statement', () => {
    expect(
      events(
        'Министр иностранных дел России Сергей Лавров рассказал журналистам во вторник, что Москва готова к диалогу.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-07[Russia/Sergey Lavrov]']);
    expect(
      events('"We are ready," Foreign Minister Penny Wong was quoted as saying by Reuters on Tuesday.', '2024-05-10'),
    ).toEqual(['statement@2024-05-07[Penny Wong]']);
    // "это говорит о том" is no speech
    expect(events('Это говорит о том, что Москва готова к диалогу.', '2024-05-10')).toEqual([]);
  });
  it('extractArticle(a speech to an assembly: "addressed", "intervino ante", "berpidato", "выступил на заседании") is a statement; an audience is a meeting', () => {
    expect(events('Secretary Blinken addressed the United Nations General Assembly on Tuesday.', '2024-05-10')).toEqual(
      ['statement@2024-05-07[Antony Blinken/United Nations General Assembly]'],
    );
    expect(
      events('El presidente Gabriel Boric intervino el martes ante la Asamblea General de la ONU.', '2024-05-10'),
    ).toEqual(['statement@2024-05-07[Gabriel Boric/United Nations General Assembly]']);
    expect(events('Presiden Joko Widodo berpidato di Sidang Majelis Umum PBB pada Selasa.', '2024-05-10')).toEqual([
      'statement@2024-05-07[Joko Widodo/United Nations General Assembly]',
    ]);
    expect(
      events('Президент России Владимир Путин во вторник выступил на пленарном заседании форума.', '2024-05-10'),
    ).toEqual(['statement@2024-05-07[Russia/Vladimir Putin]']);
    expect(
      events(
        'Presiden Joko Widodo menerima audiensi Menteri Luar Negeri Jepang Yoko Kamikawa di Istana Merdeka pada Selasa.',
        '2024-05-10',
      ),
    ).toEqual(['meeting@2024-05-07[Joko Widodo/Japan/Yoko Kamikawa]']);
  });
});
