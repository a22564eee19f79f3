/** Meetings, military actions, sanctions, protests, elections, accessions and withdrawals in their news forms, in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const types = (text: string, published?: string) => events(text, published).map((e) => e.split('@')[0]);

describe('meetings told as a call, as the object of hold/have, as a trip', () => {
  it('a phone call told as a noun is a meeting', () => {
    expect(
      types('In a phone call on Saturday, the presidents of Japan and Brazil discussed trade.', '2020-03-14'),
    ).toContain('meeting');
    expect(
      types(
        'En una conversación telefónica el sábado, los presidentes de Japón y Brasil discutieron el comercio.',
        '2020-03-14',
      ),
    ).toContain('meeting');
    expect(
      types('Les présidents du Japon et du Brésil ont parlé par téléphone samedi du commerce.', '2020-03-14'),
    ).toContain('meeting');
    expect(
      types(
        'Dalam percakapan melalui sambungan telepon, Presiden Jepang dan Brasil membahas perdagangan.',
        '2020-03-14',
      ),
    ).toContain('meeting');
    expect(
      types('Президенты Японии и Бразилии в разговоре по телефону в субботу обсудили торговлю.', '2020-03-14'),
    ).toContain('meeting');
  });
  it('a meeting held or had is a meeting, dated by the news of the day when the text gives no date', () => {
    expect(events('The leaders of Japan and Brazil held a bilateral meeting in Tokyo.', '2020-03-14')).toContain(
      'meeting@2020-03-14[Japan/Brazil]',
    );
    expect(types('Japón y Brasil celebraron una reunión bilateral en Tokio.', '2020-03-14')).toContain('meeting');
    expect(types('Le Japon et le Brésil ont tenu une réunion bilatérale à Tokyo.', '2020-03-14')).toContain('meeting');
    expect(types('Jepang dan Brasil mengadakan pertemuan bilateral di Tokyo.', '2020-03-14')).toContain('meeting');
    expect(types('Япония и Бразилия провели двустороннюю встречу в Токио.', '2020-03-14')).toContain('meeting');
  });
  it('a trip is a meeting, and "s\'est rendu compte" (realised) is none', () => {
    expect(types('The president of Brazil paid a state visit to Japan.', '2020-03-14')).toContain('meeting');
    expect(types('El presidente de Brasil realizó una visita oficial a Japón.', '2020-03-14')).toContain('meeting');
    expect(types('Le président du Brésil s’est rendu au Japon pour participer au sommet.', '2020-03-14')).toContain(
      'meeting',
    );
    expect(types("Le président du Brésil s'est rendu compte que le Japon refusait.", '2020-03-14')).not.toContain(
      'meeting',
    );
    expect(types('Presiden Brasil bertolak ke Jepang untuk kunjungan kenegaraan.', '2020-03-14')).toContain('meeting');
    expect(types('Президент Бразилии совершил государственный визит в Японию.', '2020-03-14')).toContain('meeting');
  });
});

describe('sanctions in every tense and voice', () => {
  it('imposing sanctions in the present and in the first person is a sanction', () => {
    expect(types('Today Japan imposes sweeping sanctions on two banks of Iran.', '2022-04-06')).toContain('sanction');
    expect(
      types(
        'Hoy el Gobierno de Japón impone nuevas sanciones a dos bancos de Irán, según el comunicado del ministerio.',
        '2022-04-06',
      ),
    ).toContain('sanction');
    expect(types("En outre, la France impose des sanctions aux deux banques de l'Iran.", '2022-04-06')).toContain(
      'sanction',
    );
    expect(types('Hari ini Jepang menerapkan sanksi baru terhadap dua bank Iran.', '2022-04-06')).toContain('sanction');
    expect(
      types(
        'Сегодня правительство Японии вводит новые санкции против двух банков Ирана, говорится в заявлении министерства.',
        '2022-04-06',
      ),
    ).toContain('sanction');
  });
  it('"designated" is a sanction only where the sentence speaks of sanctions', () => {
    expect(types('Under the new sanctions Japan also designated 21 officials of Iran.', '2022-04-06')).toContain(
      'sanction',
    );
    expect(types('Japan designated a new ambassador to Iran.', '2022-04-06')).not.toContain('sanction');
  });
  it('a designation is a sanction where the sentence names a sanctions regime (terrorism, an executive order)', () => {
    expect(
      types('The Department of State designated the Al-Ashtar Brigades as a terrorist group today.', '2022-04-06'),
    ).toContain('sanction');
    expect(
      types(
        'Al amparo del Decreto Ejecutivo 13818, el Departamento de Estado designó hoy a tres jueces de Irán.',
        '2022-04-06',
      ),
    ).toContain('sanction');
    expect(
      types(
        "Le département d'État a désigné ce jour le groupe Al-Ashtar en tant que terroriste mondial.",
        '2022-04-06',
      ),
    ).toContain('sanction');
    expect(
      types('Departemen Luar Negeri hari ini menetapkan kelompok Al-Ashtar sebagai organisasi teroris.', '2022-04-06'),
    ).toContain('sanction');
    expect(types('El presidente de Japón designó hoy a un nuevo embajador en Irán.', '2022-04-06')).not.toContain(
      'sanction',
    );
  });
  it('a ban on new investment is a sanction', () => {
    expect(
      types("Le décret du président du Japon interdit aujourd'hui tout nouvel investissement en Iran.", '2022-04-06'),
    ).toContain('sanction');
  });
});

describe('military actions: wars launched, weapons tests, outbreaks', () => {
  it('an event noun takes the date after its verb of taking place, past its complements', () => {
    const coups = [
      'In Mali, a military coup led by a group of colonels of the army, with General Diarra at their head, took place on Wednesday 6 August 2008.',
      'En Malí, un golpe de Estado encabezado por coroneles del ejército, con el general Diarra al frente, tuvo lugar el miércoles 6 de agosto de 2008.',
      "Au Mali, un coup d'État mené par des colonels de l'armée, avec à leur tête le général Diarra, a eu lieu le mercredi 6 août 2008.",
      'Di Mali, kudeta oleh sejumlah kolonel angkatan darat, dengan Jenderal Diarra sebagai pemimpinnya, terjadi pada Rabu 6 Agustus 2008.',
    ];
    for (const text of coups) expect(events(text, '2008-08-07')).toContain('military_action@2008-08-06[Mali/Diarra]');
  });
  it('a test "carried out tonight" and a bombing "this afternoon" are dated by the article', () => {
    expect(
      events("Le président condamne l'essai nucléaire effectué cette nuit par la Corée du Nord.", '2017-09-03'),
    ).toContain('military_action@2017-09-03[North Korea]');
    expect(types('Presiden Joko Widodo mengecam peledakan bom di Jakarta siang hari ini.', '2016-01-14')).toContain(
      'military_action',
    );
  });
  it('a war launched with its adjectives is a military action, a "ground-launched" missile is none', () => {
    expect(types('On 24 February 2022 Russia launched its brutal full-scale war against Ukraine.')).toContain(
      'military_action',
    );
    expect(types('El 24 de febrero de 2022 Rusia lanzó su brutal guerra a gran escala contra Ucrania.')).toContain(
      'military_action',
    );
    expect(types('Le 24 février 2022, la Russie a lancé sa guerre totale contre l’Ukraine.')).toContain(
      'military_action',
    );
    expect(types('Pada 24 Februari 2022 Rusia melancarkan perang skala penuh terhadap Ukraina.')).toContain(
      'military_action',
    );
    expect(types('24 февраля 2022 года Россия начала полномасштабную войну против Украины.')).toContain(
      'military_action',
    );
    expect(types('Russia developed ground-launched cruise and ballistic missile systems in 2017.')).not.toContain(
      'military_action',
    );
    expect(
      types('С начала войны Россия потеряла многие рынки, и это признают в правительстве.', '2022-04-06'),
    ).not.toContain('military_action');
  });
  it('a weapons test carried out is a military action', () => {
    expect(types('North Korea carried out a nuclear test on 6 January 2016.')).toContain('military_action');
    expect(types('Corea del Norte realizó un ensayo nuclear el 6 de enero de 2016.')).toContain('military_action');
    expect(types('La Corée du Nord a procédé à un essai nucléaire le 6 janvier 2016.')).toContain('military_action');
    expect(types('Korea Utara melakukan uji coba nuklir pada 6 Januari 2016.')).toContain('military_action');
    expect(types('КНДР провела ядерное испытание 6 января 2016 года.')).toContain('military_action');
  });
  it('the outbreak of fighting on a date is a military action', () => {
    expect(types('Since the outbreak of fighting in Sudan on April 15, 2023, many have fled.')).toContain(
      'military_action',
    );
    expect(types('Desde el estallido de los combates en Sudán el 15 de abril de 2023, muchos huyeron.')).toContain(
      'military_action',
    );
    expect(types('Depuis le déclenchement des combats au Soudan le 15 avril 2023, beaucoup ont fui.')).toContain(
      'military_action',
    );
    expect(types('Sejak pecahnya pertempuran di Sudan pada 15 April 2023, banyak yang mengungsi.')).toContain(
      'military_action',
    );
    expect(types('После вспышки боевых действий в Судане 15 апреля 2023 года многие бежали.')).toContain(
      'military_action',
    );
  });
});

describe('withdrawals announced, accessions deposited or counted, elections by their voters, protests in the streets', () => {
  it('a new member counted with its day between the verb and the ordinal is an accession', () => {
    for (const text of [
      'Suecia se convirtió este jueves en el miembro número 32 de la OTAN.',
      'Sweden became on Thursday the 32nd member of NATO.',
      "La Suède est devenue jeudi le 32e membre de l'OTAN.",
    ])
      expect(events(text, '2024-03-08')).toContain('accession@2024-03-07[Sweden/NATO]');
  });
  it('an announced withdrawal from a treaty is a withdrawal, not a statement', () => {
    const t = types(
      'В 2018 году президент США объявил о выходе США из Договора о ракетах средней и меньшей дальности.',
    );
    expect(t).toContain('withdrawal');
    expect(t).not.toContain('statement');
    expect(types('In 2018 the President announced the withdrawal of the United States from the INF Treaty.')).toContain(
      'withdrawal',
    );
    expect(types('En 2018 el presidente anunció la retirada de Estados Unidos del Tratado INF.')).toContain(
      'withdrawal',
    );
    expect(types('En 2018, le président a annoncé le retrait des États-Unis du traité FNI.')).toContain('withdrawal');
    expect(types('Pada 2018 Presiden mengumumkan penarikan diri Amerika Serikat dari Traktat INF.')).toContain(
      'withdrawal',
    );
  });
  it('a treaty ended unilaterally by one party is its withdrawal', () => {
    expect(types('On 31 March 2014 Russia unilaterally terminated the Treaty of Friendship with Ukraine.')).toContain(
      'withdrawal',
    );
    expect(
      types('El 31 de marzo de 2014 Rusia rescindió unilateralmente el acuerdo de amistad con Ucrania.'),
    ).toContain('withdrawal');
    expect(types("Le 31 mars 2014, la Russie a dénoncé unilatéralement le traité d'amitié avec l'Ukraine.")).toContain(
      'withdrawal',
    );
    expect(
      types('Pada 31 Maret 2014 Rusia secara sepihak membatalkan perjanjian persahabatan dengan Ukraina.'),
    ).toContain('withdrawal');
    expect(types('31 марта 2014 года Россия в одностороннем порядке расторгла договор о дружбе с Украиной.')).toContain(
      'withdrawal',
    );
  });
  it('a deposited instrument of accession or an ordinal membership is an accession, dated by the news of the day', () => {
    expect(events('Today Finland is now the 31st member of NATO.', '2023-04-04')).toContain(
      'accession@2023-04-04[Finland/NATO]',
    );
    expect(types('Finland deposited its instrument of accession to NATO on 4 April 2023.')).toContain('accession');
    expect(types('Finlandia depositó su instrumento de adhesión a la OTAN el 4 de abril de 2023.')).toContain(
      'accession',
    );
    expect(types('La Finlande est désormais le 31e membre de l’OTAN.', '2023-04-04')).toContain('accession');
    expect(types('Finlandia menyerahkan instrumen aksesi kepada NATO pada 4 April 2023.')).toContain('accession');
    expect(
      types('4 апреля 2023 года Финляндия официально стала 31-м членом НАТО, сообщил генеральный секретарь альянса.'),
    ).toContain('accession');
  });
  it('an election told by its voters or its winner is an election', () => {
    expect(types('On 9 November 2016 the people elected Donald J. Trump as our forty-fifth President.')).toContain(
      'election',
    );
    expect(types('El 9 de noviembre de 2016 los votantes eligieron a Donald Trump como presidente.')).toContain(
      'election',
    );
    expect(types('Le 9 novembre 2016, les Américains ont élu Donald Trump président.')).toContain('election');
    expect(types('Pada 9 November 2016 rakyat memilih Donald Trump sebagai presiden.')).toContain('election');
    expect(types('9 ноября 2016 года американцы избрали Дональда Трампа президентом.')).toContain('election');
  });
  it('taking to the streets is a protest', () => {
    expect(types('On 9 August 2020 citizens of Belarus took to the streets of Minsk.')).toContain('protest');
    expect(types('El 9 de agosto de 2020 los ciudadanos de Bielorrusia salieron a las calles de Minsk.')).toContain(
      'protest',
    );
    expect(types('Le 9 août 2020, les citoyens biélorusses sortis manifester à Minsk ont été arrêtés.')).toContain(
      'protest',
    );
    expect(types('Pada 9 Agustus 2020 warga Belarus turun ke jalan di Minsk.')).toContain('protest');
    expect(types('9 августа 2020 года жители Белоруссии вышли протестовать в Минске.')).toContain('protest');
  });
});

describe('meetings in the compound and present tenses of the news, and told through their guest', () => {
  it('a meeting verb in the perfect or the present is a meeting', () => {
    expect(types('El ministro de Brasil se ha reunido hoy con el ministro de Japón en Tokio.', '2020-03-14')).toContain(
      'meeting',
    );
    expect(types('El presidente de Brasil se reúne con el primer ministro de Japón.', '2020-03-14')).toContain(
      'meeting',
    );
    expect(types('Le président du Brésil s’entretient avec le Premier ministre du Japon.', '2020-03-14')).toContain(
      'meeting',
    );
    expect(types('Le ministre du Brésil a déjà eu des entretiens bilatéraux avec le Japon.', '2020-03-14')).toContain(
      'meeting',
    );
  });
  it('receiving a guest named by title is a meeting', () => {
    expect(types('The president of Brazil received the Prime Minister of Japan.', '2020-03-14')).toContain('meeting');
    expect(types('Le président du Brésil reçoit le Premier ministre du Japon.', '2020-03-14')).toContain('meeting');
    expect(types('Presiden Brasil menerima Perdana Menteri Jepang di istana.', '2020-03-14')).toContain('meeting');
    expect(
      types(
        'Президент Бразилии в пятницу принял в Кремле премьер-министра Японии, и они обсудили торговлю.',
        '2020-03-14',
      ),
    ).toContain('meeting');
    expect(types('El presidente de Brasil ha recibido a su homólogo de Japón.', '2020-03-14')).toContain('meeting');
  });
});

describe('a guest welcomed and a delegation led are meetings', () => {
  it('welcoming a guest named by title is a meeting, welcoming their decision a statement', () => {
    expect(
      types(
        'President Biden welcomed Prime Minister Kishida of Japan to the White House today, and they discussed trade.',
        '2023-11-13',
      ),
    ).toContain('meeting');
    expect(
      types(
        "President Biden welcomed the Prime Minister's decision to raise the defence budget of Japan.",
        '2023-11-13',
      ),
    ).not.toContain('meeting');
    expect(
      types(
        'Presiden Biden menyambut Perdana Menteri Jepang di Gedung Putih hari ini untuk membahas perdagangan.',
        '2023-11-13',
      ),
    ).toContain('meeting');
    expect(
      types(
        'Le président du Brésil a accueilli le Premier ministre du Japon à Brasilia pour parler du commerce.',
        '2023-11-13',
      ),
    ).toContain('meeting');
  });
  it('leading a delegation to an event is a meeting', () => {
    expect(
      types(
        'La subsecretaria de Estado de Brasil encabeza la delegación en la ceremonia de apertura de la Embajada de Japón.',
        '2015-07-20',
      ),
    ).toContain('meeting');
  });
});

describe('a meeting named as the frame of another act', () => {
  it('"during the talks" is a meeting when the text tells no other', () => {
    expect(events('During their talks, the presidents of Brazil and Japan discussed trade.', '2020-03-14')).toContain(
      'meeting@2020-03-14[Brazil/Japan]',
    );
    expect(
      types('Durante su encuentro, los presidentes de Brasil y Japón discutieron el comercio.', '2020-03-14'),
    ).toContain('meeting');
    expect(
      types('Lors de ce sommet, les présidents du Brésil et du Japon ont évoqué le commerce.', '2020-03-14'),
    ).toContain('meeting');
    expect(types('Dalam pertemuan itu, Presiden Brasil dan Jepang membahas perdagangan.', '2020-03-14')).toContain(
      'meeting',
    );
    expect(types('В ходе переговоров президенты Бразилии и Японии обсудили торговлю.', '2020-03-14')).toContain(
      'meeting',
    );
    expect(
      types('Подписанию предшествовали двусторонние переговоры президентов Бразилии и Японии.', '2020-03-14'),
    ).toContain('meeting');
  });
  it('a frame is the meeting the text already told: one meeting, with the frame’s participants', () => {
    const found = events(
      'The president of Brazil met the Prime Minister of Japan on Friday. During the talks, Japan raised the question of Korea.',
      '2020-03-14',
    );
    expect(found.filter((e) => e.startsWith('meeting'))).toHaveLength(1);
  });
  it('a frame with a future verb is a plan, and a press conference is no summit', () => {
    expect(
      types('Dalam kunjungan tersebut, Presiden Brasil dan Jepang akan membahas perdagangan.', '2020-03-14'),
    ).not.toContain('meeting');
    expect(
      types('Kata Menteri Brasil pada konferensi pers bersama Menteri Luar Negeri Jepang.', '2020-03-14'),
    ).not.toContain('meeting');
  });
});

describe('a protocol to a treaty in force is signed, not acceded to', () => {
  it('signing the protocol to a treaty in force is a signing', () => {
    expect(
      types(
        "La France a ratifié le protocole au Traité de l'Atlantique Nord sur l'accession de la Finlande, signé à Bruxelles le 5 juillet 2022.",
        '2022-07-13',
      ),
    ).toContain('treaty_signing');
    expect(
      types(
        'Pada 8 April 2010, Pemerintah Indonesia telah menandatangani Protocol to the ASEAN Charter di Hanoi.',
        '2010-05-01',
      ),
    ).toContain('treaty_signing');
  });
});

describe('a signing in the imperfect of a narrative', () => {
  it('"signaient" is a signing, dated by "il y a 55 ans"', () => {
    expect(
      events(
        "Il y a 55 ans, les dirigeants de la France et de l'Allemagne signaient le traité de l'Élysée à Paris.",
        '2018-01-21',
      ),
    ).toContain('treaty_signing@1963[France/Germany]');
  });
});

describe('a signing told by its ceremony, as witnessed or as welcomed', () => {
  it('a signing welcomed is a signing of the day, beside the welcome', () => {
    for (const text of [
      'The governments of Japan and Brazil welcome the signing of the Japan-Brazil Trade Continuity Agreement, which protects trade between the two countries.',
      'Los gobiernos de Japón y Brasil celebran la firma del Acuerdo de Continuidad Comercial entre Japón y Brasil, que protege su comercio.',
      "Les gouvernements du Japon et du Brésil saluent la signature de l'accord de continuité commerciale entre le Japon et le Brésil, qui protège leurs échanges.",
    ])
      expect(events(text, '2020-12-15')).toContain('treaty_signing@2020-12-15[Japan/Brazil]');
  });
  it('a signing ceremony as the frame of a remark is a signing', () => {
    for (const text of [
      'Pada acara penandatanganan Perjanjian Perdagangan Jepang-Brasil di Tokyo, Presiden Brasil menyatakan bahwa perdagangan kedua negara akan tumbuh.',
      'На церемонии подписания Договора о торговле между Японией и Бразилией президент Бразилии заявил, что торговля двух стран будет расти.',
    ])
      expect(events(text, '2020-12-15')).toContain('treaty_signing@2020-12-15[Japan/Brazil]');
  });
  it('a signing witnessed is a signing', () => {
    expect(
      types(
        'Presiden Jepang dan Presiden Brasil pada Jumat menyaksikan penandatanganan persetujuan perdagangan kedua negara.',
        '2014-05-23',
      ),
    ).toContain('treaty_signing');
  });
});

describe('the Spanish perfect of acts', () => {
  it('"ha ganado las elecciones", "se ha adherido al", "se ha retirado del", "han protestado" are acts', () => {
    expect(
      types(
        'El Partido Popular de Brasil ha ganado las elecciones generales, según los resultados oficiales.',
        '2017-11-29',
      ),
    ).toContain('election');
    expect(
      types(
        'Brasil se ha adherido al Tratado sobre la No Proliferación de las Armas Nucleares, anunció el ministerio.',
        '2017-11-29',
      ),
    ).toContain('accession');
    expect(
      types(
        'Brasil se ha retirado del Tratado sobre la No Proliferación de las Armas Nucleares, anunció el ministerio.',
        '2017-11-29',
      ),
    ).toContain('withdrawal');
    expect(types('Miles de brasileños han protestado hoy en Brasilia contra el gobierno.', '2017-11-29')).toContain(
      'protest',
    );
  });
});

describe('a missile launch and a terrorist attack told as nouns', () => {
  it('the launch of a missile with its date between is a military action of that date', () => {
    for (const text of [
      'Japón condena el nuevo acto que ha supuesto el lanzamiento, ayer martes, de un misil balístico por Corea del Norte.',
      'Japan condemns the launch, on Tuesday, of a ballistic missile by North Korea.',
      "Le Japon condamne le lancement, mardi, d'un missile balistique par la Corée du Nord.",
      'Jepang mengecam peluncuran, Selasa, rudal balistik oleh Korea Utara.',
      'Япония осуждает запуск во вторник баллистической ракеты Северной Кореей.',
    ])
      expect(events(text, '2017-11-29')).toContain('military_action@2017-11-28[Japan/North Korea]');
  });
  it('"atentado", "attentat", "теракт" are attacks', () => {
    for (const text of [
      'España condena el atentado terrorista perpetrado ayer en Yibuti contra militares de Francia.',
      "La France condamne l'attentat terroriste commis hier à Djibouti contre des soldats du Japon.",
      'Япония осуждает теракт, совершенный вчера в Джибути против военных Франции.',
    ])
      expect(types(text, '2017-11-29')).toContain('military_action');
  });
});

describe('a second signing told as an addition', () => {
  const signings = (text: string) => events(text).filter((e) => e.startsWith('treaty_signing@'));
  it('"also signed", "también firmaron", "ont également signé", "кроме того ... подписали", "juga menandatangani": two signings', () => {
    for (const text of [
      'On 27 April 2007 Indonesia and Singapore signed an extradition treaty in Bali. The two countries also signed an agreement on military training.',
      'El 27 de abril de 2007 Indonesia y Singapur firmaron un tratado de extradición en Bali. Los dos países firmaron también un acuerdo sobre formación militar.',
      "Le 27 avril 2007, l'Indonésie et Singapour ont signé un traité d'extradition à Bali. Les deux pays ont également signé un accord sur la formation militaire.",
      '27 апреля 2007 года Индонезия и Сингапур подписали договор об экстрадиции на Бали. Кроме того, две страны подписали соглашение о военной подготовке.',
      'Pada 27 April 2007 Indonesia dan Singapura menandatangani perjanjian ekstradisi di Bali. Kedua negara juga menandatangani perjanjian tentang pendidikan militer.',
    ])
      expect(signings(text)).toEqual([
        'treaty_signing@2007-04-27[Indonesia/Singapore]',
        'treaty_signing@null[Indonesia/Singapore]',
      ]);
  });
  it('the same signing told again without an additive word stays one', () => {
    expect(
      signings(
        'On 27 April 2007 Indonesia and Singapore signed an extradition treaty in Bali. The two countries signed the treaty after long talks.',
      ),
    ).toEqual(['treaty_signing@2007-04-27[Indonesia/Singapore]']);
  });
});

describe('an agreement struck or sealed', () => {
  it('"struck the agreement", "sellaron el acuerdo", "ont scellé un accord": a signing', () => {
    for (const text of [
      'On 10 January 2007 Sudan and Chad struck the Tripoli Agreement on border security.',
      'El 10 de enero de 2007 Sudán y Chad sellaron el Acuerdo de Trípoli sobre seguridad fronteriza.',
      'Le 10 janvier 2007, le Soudan et le Tchad ont scellé un accord de paix à Tripoli.',
    ])
      expect(events(text)).toContain('treaty_signing@2007-01-10[Sudan/Chad]');
  });
  it('"пришли к соглашению", "mencapai kata sepakat": an agreement reached, the end of negotiations (other)', () => {
    for (const text of [
      '10 января 2007 года Судан и Чад пришли к Триполийскому соглашению о безопасности границы.',
      'Pada 10 Januari 2007 Sudan dan Chad mencapai kata sepakat tentang Perjanjian Tripoli.',
    ])
      expect(events(text)).toEqual(['other@2007-01-10[Sudan/Chad]']);
  });
});

describe('a package of sanctions approved', () => {
  it('"adopted a fifth package of sanctions", "aprobó el paquete de sanciones", "a adopté un paquet de sanctions", "утвердил пакет санкций", "menyetujui paket sanksi"', () => {
    for (const text of [
      'The European Union has adopted a fifth package of sanctions against Russia, the Council said.',
      'La Unión Europea ha aprobado el quinto paquete de sanciones contra Rusia, dijo el Consejo.',
      "L'Union européenne a adopté un cinquième paquet de sanctions contre la Russie, a indiqué le Conseil.",
      'Европейский союз утвердил пятый пакет санкций против России, говорится в сообщении.',
      'Uni Eropa telah menyetujui paket sanksi kelima terhadap Rusia, kata Dewan.',
    ])
      expect(events(text, '2022-04-08').filter((e) => e.startsWith('sanction@') && e.includes('Russia'))).toHaveLength(
        1,
      );
  });
});

describe("a treaty's closing formula dates its signing, in every language", () => {
  it('"done at London on 3 May 2010", "hecho en", "fait à", "совершено в", "dibuat di" with a treaty in the sentence', () => {
    const signed = (text: string) => events(text).filter((e) => e.startsWith('treaty_signing@'));
    expect(signed('The Agreement between Australia and Chile on Trade was done at Canberra on 3 May 2010.')).toEqual([
      'treaty_signing@2010-05-03[Australia/Chile]',
    ]);
    expect(
      signed('Convenio entre el Reino de España y la República de Chile, hecho en Madrid el 7 de julio de 2003.'),
    ).toEqual(['treaty_signing@2003-07-07[Spain/Chile]']);
    expect(signed('Convention entre la France et le Chili, fait à Paris le 7 juin 2004.')).toEqual([
      'treaty_signing@2004-06-07[France/Chile]',
    ]);
    expect(
      signed('Соглашение между Россией и Казахстаном о сотрудничестве совершено в Москве 5 июня 2010 года.'),
    ).toEqual(['treaty_signing@2010-06-05[Russia/Kazakhstan]']);
    expect(
      signed(
        'Persetujuan antara Indonesia dan Australia tentang Perikanan dibuat di Jakarta pada tanggal 22 April 1992.',
      ),
    ).toEqual(['treaty_signing@1992-04-22[Indonesia/Australia]']);
    // no treaty in the sentence: "done at" is no signing
    expect(signed('The work was done at Canberra on 3 May 2010 by the two ministers of Australia and Chile.')).toEqual(
      [],
    );
  });
});
