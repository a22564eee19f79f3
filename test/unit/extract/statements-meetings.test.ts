/** Statements and meetings in the forms of round 5 (issue 14), in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const types = (text: string, published?: string) => events(text, published).map((e) => e.split('@')[0]);

describe('a statement issued, released or published', () => {
  it('is a statement of the one who issues it, in every language', () => {
    const day = '2021-03-04';
    expect(events('Antony Blinken published a statement on the elections.', day)).toContain(
      'statement@2021-03-04[Antony Blinken]',
    );
    expect(types('El canciller Marcelo Ebrard hizo público un comunicado sobre las elecciones.', day)).toContain(
      'statement',
    );
    expect(types('Le ministre Jean-Yves Le Drian a publié un communiqué sur les élections.', day)).toContain(
      'statement',
    );
    expect(
      types(
        'Menteri Luar Negeri Retno Marsudi mengeluarkan pernyataan bersama tentang pemilu di Indonesia pada hari Kamis dan para pengamat menilai pemilu berlangsung dengan damai.',
        day,
      ),
    ).toContain('statement');
    expect(types('Министр Сергей Лавров опубликовал совместное заявление о выборах.', day)).toContain('statement');
  });
});

describe('a statement header after a topic or an item number', () => {
  it('"Topic - Conférence de presse de X (Place, date)" is the speaker\'s statement on that day', () => {
    const text =
      '76e Assemblée générale des Nations unies - Conférence de presse de Jean-Yves Le Drian, ministre des affaires étrangères (New York, 20 septembre 2021)\n\nMesdames et Messieurs, le multilatéralisme a tenu bon.\n';
    expect(events(text, '2021-09-21')).toContain('statement@2021-09-20[Jean-Yves Le Drian]');
  });
  it('"1. Country - Speech by X" is a header too', () => {
    const text =
      '1. Argentina - Speech by Prime Minister Jean-Marc Ayrault to the French community (Buenos Aires, January 25, 2013)\n\nLadies and gentlemen, thank you for this reception.\n';
    expect(events(text, '2013-01-28')).toContain('statement@2013-01-25[Jean-Marc Ayrault]');
  });
});

describe('speech verbs: confirm, propose, believe that', () => {
  it('are statements in every language', () => {
    const day = '2022-05-09';
    expect(types('Emmanuel Macron proposed creating a European Political Community.', day)).toContain('statement');
    expect(types('Emmanuel Macron propuso la creación de una Comunidad Política Europea.', day)).toContain('statement');
    expect(types('Emmanuel Macron avait proposé la création d’une Communauté politique européenne.', day)).toContain(
      'statement',
    );
    expect(
      types(
        'Presiden Prancis Emmanuel Macron mengusulkan pembentukan Komunitas Politik Eropa untuk memperkuat kerja sama di antara negara-negara di benua itu.',
        day,
      ),
    ).toContain('statement');
    expect(
      types(
        'Президент Франции Эммануэль Макрон предложил создать Европейское политическое сообщество, чтобы укрепить сотрудничество между странами континента.',
        day,
      ),
    ).toContain('statement');
    expect(types('Sergey Lavrov confirmed that the talks will go on.', day)).toContain('statement');
    expect(types('Juru Bicara Kepresidenan Dino Patti Djalal memastikan bahwa agenda tidak berubah.', day)).toContain(
      'statement',
    );
    expect(
      types('Presiden Joko Widodo meyakini bahwa hubungan Indonesia dan Tiongkok akan makin kuat.', day),
    ).toContain('statement');
    expect(types('Сергей Лавров считает, что переговоры продолжатся.', day)).toContain('statement');
    expect(types('Le président Emmanuel Macron pense que les négociations vont aboutir.', day)).toContain('statement');
  });
  it('a stance under another speech verb ("recordó que Biden considera que") is that statement, not another', () => {
    const text =
      'La Casa Blanca recordó que el presidente de EE. UU., Joe Biden, considera que un Estado palestino debe surgir de negociaciones directas entre las partes.';
    expect(types(text, '2024-05-22').filter((t) => t === 'statement')).toHaveLength(1);
    expect(events(text, '2024-05-22').join()).toContain('Palestine');
  });
  it('a treaty preamble ("Meyakini bahwa", "будучи убеждены, что") is no statement', () => {
    expect(
      types(
        'Pemerintah Indonesia dan Korea Utara,\nMeyakini bahwa kerjasama akan memberikan kontribusi.',
        '2000-01-01',
      ),
    ).not.toContain('statement');
    expect(
      types('Российская Федерация и Монголия, будучи убеждены, что дружба отвечает интересам народов.', '2000-01-01'),
    ).not.toContain('statement');
  });
  it('naming ("ce que l\'on a appelé", "what is called") and "declared the winner" are no statements', () => {
    expect(
      types('La France avait initié ce processus avec l’Allemagne, à ce que l’on a appelé le « sommet de Normandie ».'),
    ).not.toContain('statement');
    expect(types('The incumbent Alexander Lukashenko was declared the winner with 80% of the vote.')).not.toContain(
      'statement',
    );
    expect(
      types('Le président sortant Alexandre Loukachenko étant déclaré vainqueur avec 80% des voix.'),
    ).not.toContain('statement');
  });
  it('a bare title as the subject ("Главы государств сделали заявления") speaks for the persons last named', () => {
    const text =
      'Владимир Путин и Ким Чен Ын подписали Договор о всеобъемлющем стратегическом партнёрстве. Главы государств сделали заявления для прессы.';
    expect(types(text, '2024-06-19')).toContain('statement');
  });
});

describe('a meeting told in the first person', () => {
  it('"we met", "nous nous sommes réunis", "nos reunimos", "kami berkumpul", "мы собрались"', () => {
    const day = '2024-10-19';
    expect(types('Today we gathered in Naples with the defence ministers of Canada and France.', day)).toContain(
      'meeting',
    );
    expect(
      types('Nous, les ministres de la Défense du Canada et de la France, nous sommes réunis à Naples.', day),
    ).toContain('meeting');
    expect(types('Los ministros de Defensa de Canadá y Francia nos reunimos en Nápoles.', day)).toContain('meeting');
    expect(types('Kami, para menteri pertahanan Kanada dan Prancis, kami berkumpul di Napoli.', day)).toContain(
      'meeting',
    );
    expect(types('Мы, министры обороны Канады и Франции, мы собрались в Неаполе.', day)).toContain('meeting');
  });
});

describe('an event noun with its own date and author after its complements', () => {
  it('"la déclaration des ministres ... du 7 août" is a statement of that day, by its authors', () => {
    const day = '2020-08-10';
    expect(
      events(
        'Nous vous rappelons la déclaration des ministres des affaires étrangères du Triangle de Weimar (France-Allemagne-Pologne) du 7 août dernier sur les élections.',
        day,
      ).join(),
    ).toContain('statement@2020-08-07[Weimar Triangle');
    expect(
      events(
        'Напоминаем о заявлении министров иностранных дел Веймарского треугольника (Франция, Германия, Польша) от 7 августа о выборах в Белоруссии.',
        day,
      ).join(),
    ).toContain('statement@2020-08-07[Weimar Triangle');
    expect(
      events(
        'We recall the statement of the Weimar Triangle foreign ministers of 7 August on the conditions of the vote in Belarus.',
        day,
      ).join(),
    ).toContain('statement@2020-08-07[Weimar Triangle');
    expect(
      events(
        'Recordamos la declaración de los ministros de Asuntos Exteriores del Triángulo de Weimar del 7 de agosto sobre las elecciones en Bielorrusia.',
        day,
      ).join(),
    ).toContain('statement@2020-08-07[Weimar Triangle');
    expect(
      events(
        'Kami mengingatkan kembali pernyataan para menteri luar negeri Segitiga Weimar tertanggal 7 Agustus tentang pemilu di Belarus.',
        day,
      ).join(),
    ).toContain('statement@2020-08-07[Weimar Triangle');
  });
});

describe('a meeting as the frame of an act', () => {
  it('"à la suite d\'une réunion", "following a meeting" is a meeting of the act\'s day', () => {
    const day = '2015-03-16';
    expect(
      types(
        'L’Accord a été signé à Washington par le Canada et les États-Unis à la suite d’une réunion visant à discuter de sécurité frontalière entre les deux pays.',
        day,
      ),
    ).toContain('meeting');
    expect(
      types(
        'The agreement was signed in Washington by Canada and the United States following a meeting on border security between the two countries.',
        day,
      ),
    ).toContain('meeting');
  });
});

describe('a meeting with someone as the frame of a statement (round 9)', () => {
  it('"на встрече с", "at the meeting with", "en la reunión con", "à la rencontre avec" is a meeting', () => {
    const day = '2023-05-10';
    const texts = [
      'На встрече с Президентом министр Сергей Лавров отметил, что переговоры продолжатся.',
      'At the meeting with the President, Foreign Minister Sergei Lavrov said the talks went well.',
      'En la reunión con el presidente, el canciller Serguéi Lavrov señaló que las conversaciones seguirán.',
      'À la rencontre avec le président, le ministre Sergueï Lavrov a souligné que les discussions continueront.',
      'Dalam pertemuan dengan Presiden, Menteri Luar Negeri Sergei Lavrov mengatakan bahwa perundingan berjalan dengan baik.',
    ];
    for (const t of texts) expect(types(t, day), t).toContain('meeting');
  });
  it('a meeting still to come frames nothing', () => {
    expect(
      types('На предстоящей встрече с Президентом министр Сергей Лавров обсудит переговоры.', '2023-05-10'),
    ).not.toContain('meeting');
  });
});

describe('the day of a statement or a meeting told by the layout or the time of day', () => {
  it("an epigraph's attribution followed by a line with only a date is dated by it", () => {
    const text =
      'Fact sheet: Security Dialogue\n\n"We are stronger when we support each other as neighbours, partners and friends, and we will go on."\n\nPresident Joe Biden\n\nSeptember 27, 2021\n\nToday the two governments opened a new era of security cooperation.\n';
    expect(events(text, '2021-10-08')).toContain('statement@2021-09-27[Joe Biden]');
  });
  it('"este mediodía" in an article dated by its month is that month', () => {
    expect(
      events(
        'Funcionarios de las cancillerías de la Argentina y Chile mantuvieron este mediodía una reunión en el Palacio San Martín sobre las relaciones entre los dos países.',
        '2009-11',
      ),
    ).toContain('meeting@2009-11[Argentina/Chile]');
  });
});

describe('readiness for talks (round 7)', () => {
  it('"ready for talks", "готова к переговорам", "prête à des négociations", "siap melakukan perundingan" is no meeting', () => {
    const day = '2024-03-05';
    const texts = [
      'Russia is ready for talks with Ukraine, Foreign Minister Sergei Lavrov said on Monday in Moscow.',
      'Россия готова к переговорам с Украиной, заявил министр иностранных дел Сергей Лавров в понедельник в Москве.',
      'Rusia está dispuesta a conversaciones con Ucrania, dijo el canciller Serguéi Lavrov el lunes en Moscú.',
      "La Russie est prête à des négociations avec l'Ukraine, a déclaré le ministre Sergueï Lavrov lundi à Moscou.",
      'Rusia siap melakukan perundingan dengan Ukraina, kata Menteri Luar Negeri Sergei Lavrov pada hari Senin di Moskow.',
    ];
    for (const t of texts) {
      expect(types(t, day)).toContain('statement');
      expect(types(t, day)).not.toContain('meeting');
    }
  });
});

describe('a recommendation or a request in the first person (round 7)', () => {
  it('"I recommend that the Senate ..." is a statement of the message, by its signer', () => {
    const text =
      'To the Senate of the United States:\n\nThe Treaty will enhance cooperation between the law enforcement communities of both countries.\n\nI recommend that the Senate give early and favorable consideration to the Treaty.\n\n    William J. Clinton\n\nThe White House,\n\nJune 11, 1998.\n';
    expect(events(text, '1998-06-11').some((e) => e.startsWith('statement@1998-06-11[Bill Clinton'))).toBe(true);
  });
  it('"recomendamos", "je recommande", "kami merekomendasikan", "рекомендую" are statements too', () => {
    const day = '2024-03-05';
    expect(
      types('El ministro Marcelo Ebrard habló ante el Senado. Recomendamos que el Senado apruebe el tratado.', day),
    ).toContain('statement');
    expect(
      types(
        "Le ministre Jean-Yves Le Drian s'est adressé au Sénat. Je recommande au Sénat d'approuver le traité.",
        day,
      ),
    ).toContain('statement');
    expect(
      types(
        'Menteri Luar Negeri Retno Marsudi berbicara di depan DPR. Kami merekomendasikan agar DPR menyetujui perjanjian itu.',
        day,
      ),
    ).toContain('statement');
    expect(
      types('Министр Сергей Лавров выступил в Государственной думе. Я рекомендую Думе ратифицировать договор.', day),
    ).toContain('statement');
  });
});

describe('a guest received by a host, face to face or on a call (round 7)', () => {
  it('"diterima oleh Presiden", "был принят президентом", "bertatap muka", "held a call with" are meetings', () => {
    const day = '2024-03-05';
    expect(
      types(
        'Perdana Menteri Malaysia Mahathir Mohamad diterima oleh Presiden Joko Widodo di Istana Bogor pada hari Jumat.',
        day,
      ),
    ).toContain('meeting');
    expect(
      types(
        'Премьер-министр Малайзии Махатхир Мохамад был принят президентом Индонезии Джоко Видодо во дворце Богор в пятницу.',
        day,
      ),
    ).toContain('meeting');
    expect(
      types(
        'Menteri Luar Negeri Retno Marsudi bertatap muka dengan Menteri Luar Negeri Jepang Taro Kono di Jakarta pada hari Senin.',
        day,
      ),
    ).toContain('meeting');
    expect(types('Sergei Lavrov held a call with Antony Blinken on Monday to discuss Ukraine.', day)).toContain(
      'meeting',
    );
  });
});

describe('press remarks as statement nouns (round 7)', () => {
  it('"keterangan pers", "point de presse" head a statement', () => {
    const day = '2024-03-05';
    expect(
      types(
        'Dalam keterangan pers di Istana Merdeka, Presiden Joko Widodo mengatakan bahwa Indonesia mendukung perdamaian.',
        day,
      ),
    ).toContain('statement');
    expect(
      types(
        "Lors d'un point de presse à Paris, le ministre Jean-Yves Le Drian a condamné l'attaque contre l'ambassade.",
        day,
      ),
    ).toContain('statement');
  });
});

describe('attendance and a stay for a meeting (round 7)', () => {
  it('"a participé à", "a pris part à" are meetings in French, as in the other languages', () => {
    const day = '2024-03-05';
    expect(
      types(
        "Le ministre Jean-Yves Le Drian a participé à la réunion des ministres de l'Union européenne à Bruxelles.",
        day,
      ),
    ).toContain('meeting');
    expect(
      types('Le Premier ministre suédois Ulf Kristersson a pris part à la cérémonie au département d’État jeudi.', day),
    ).toContain('meeting');
  });
  it('"was in Washington to attend", "estuvo en ... para asistir", "berada di ... untuk menghadiri" are meetings', () => {
    const day = '2024-03-08';
    const texts = [
      'Swedish Prime Minister Ulf Kristersson was in Washington to attend a ceremony at the State Department on Thursday.',
      'El primer ministro sueco, Ulf Kristersson, estuvo en Washington para asistir a una ceremonia en el Departamento de Estado el jueves.',
      "Le Premier ministre suédois Ulf Kristersson était à Washington pour assister à une cérémonie au département d'État jeudi.",
      'Perdana Menteri Swedia Ulf Kristersson berada di Washington untuk menghadiri upacara di Departemen Luar Negeri pada hari Kamis.',
      'Премьер-министр Швеции Ульф Кристерссон находился в Вашингтоне для участия в церемонии в Государственном департаменте в четверг.',
    ];
    for (const t of texts) expect(types(t, day)).toContain('meeting');
  });
});

describe('a bare title as the speaker is the person last named with it (round 7)', () => {
  it('"kata Presiden" after other ministers were named is the President named before them', () => {
    const text =
      'Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Yoshihide Suga di Istana Bogor pada hari Selasa.\n\nDalam pertemuan ini Presiden didampingi oleh Menteri Luar Negeri Retno Marsudi dan Menteri Koordinator Airlangga Hartarto.\n\n“Merupakan kehormatan bagi saya menerima kunjungan Yang Mulia,” kata Presiden mengawali pertemuan.\n';
    expect(events(text, '2020-10-20').some((e) => e.startsWith('statement@2020-10-20[Joko Widodo'))).toBe(true);
  });
});

describe('"confirmed it would": a confirmation with its complement clause and no "that" (round 7)', () => {
  it('is a statement, as "confirmó que", "a confirmé que", "mengonfirmasi", "подтвердила, что" are', () => {
    expect(
      types(
        'Britain, which has 750 troops in Afghanistan, confirmed it would begin withdrawing from the country next month.',
        '2021-04-15',
      ),
    ).toContain('statement');
  });
});

describe('an untitled speaker named right after a quotation and its verb (round 7)', () => {
  it('"— заявил Алексей Оверчук", "dijo Tomás Berrocal", "a déclaré ...", "ujar ...", "said ..." name the speaker', () => {
    const day = '2024-03-05';
    const cases: [string, string][] = [
      [
        'Переговоры прошли в Москве. «Мы продолжим работу над соглашением», — заявил Алексей Оверчук.',
        'Алексей Оверчук',
      ],
      [
        'Las negociaciones se celebraron en Madrid. "Seguiremos trabajando en el acuerdo", dijo Tomás Berrocal.',
        'Tomás Berrocal',
      ],
      [
        "Les négociations ont eu lieu à Paris. « Nous continuerons à travailler sur l'accord », a déclaré Mathieu Verdonck.",
        'Mathieu Verdonck',
      ],
      [
        'Perundingan berlangsung di Jakarta. "Kami akan terus bekerja untuk perjanjian itu," ujar Bambang Suryaatmadja.',
        'Bambang Suryaatmadja',
      ],
      [
        'The talks took place in London. "We will keep working on the agreement," said Gareth Pemberton.',
        'Gareth Pemberton',
      ],
    ];
    for (const [text, who] of cases) expect(events(text, day)).toContain(`statement@${day}[${who}]`);
  });
});

describe('attendance in the present and in headlines (round 8)', () => {
  it('present tenses of attending, "participó de", and a headline "X in Brussels for talks"', () => {
    expect(
      events('Foreign Secretary Boris Johnson in Brussels for talks with EU foreign ministers', '2017-07-17'),
    ).toEqual(['meeting@2017-07-17[Boris Johnson/European Union]']);
    expect(
      events(
        'El 21 de septiembre de 2016, la canciller Susana Malcorra participó de la Octava Reunión Ministerial en Nueva York.',
        '2016-09-22',
      ),
    ).toEqual(['meeting@2016-09-21[Susana Malcorra]']);
    expect(
      events(
        'Hoy la canciller Susana Malcorra participa en la Octava Reunión Ministerial en Nueva York.',
        '2016-09-21',
      ),
    ).toEqual(['meeting@2016-09-21[Susana Malcorra]']);
    expect(
      events(
        "Aujourd'hui, le ministre Jean-Yves Le Drian participe au Conseil des affaires étrangères à Bruxelles.",
        '2017-07-17',
      ),
    ).toEqual(['meeting@2017-07-17[Jean-Yves Le Drian/Foreign Affairs Council]']);
    expect(
      events(
        'Сегодня министр иностранных дел Сергей Лавров принимает участие в заседании Совета министров в Брюсселе.',
        '2017-07-17',
      ),
    ).toEqual(['meeting@2017-07-17[Sergey Lavrov]']);
  });
  it('taking part in an election is no meeting', () => {
    expect(events('El 21 de septiembre de 2016 los chilenos participan en las elecciones.', '2016-09-22')).toEqual([
      'election@2016-09-21[Chile]',
    ]);
  });
});

describe("a government's stance in the third person: takes note, is concerned (round 8)", () => {
  it('take note and concern in every tense and language are statements', () => {
    const p = '2021-05-04';
    const noted = events(
      'On 3 May 2021, the Government of Japan took note of the announcement by the Ministry of Foreign Affairs of Russia.',
      p,
    );
    expect(noted).toHaveLength(1);
    expect(noted[0]).toMatch(/^statement@2021-05-03\[Japan\/.*Russia\]$/u);
    expect(events('On 3 May 2021, Japan was deeply concerned about the missile launch by North Korea.', p)).toEqual([
      'statement@2021-05-03[Japan/North Korea]',
    ]);
    expect(
      events(
        'El 3 de mayo de 2021, el Gobierno de España se mostró profundamente preocupado por la situación en Venezuela.',
        p,
      ),
    ).toEqual(['statement@2021-05-03[Spain/Venezuela]']);
    expect(events("Le 3 mai 2021, la France s'est dite vivement préoccupée par la situation au Mali.", p)).toEqual([
      'statement@2021-05-03[France/Mali]',
    ]);
    expect(events('Pada 3 Mei 2021, Indonesia menyatakan keprihatinan atas situasi di Myanmar.', p)).toEqual([
      'statement@2021-05-03[Indonesia/Myanmar]',
    ]);
    expect(events('3 мая 2021 года Россия выразила обеспокоенность ситуацией в Афганистане.', p)).toEqual([
      'statement@2021-05-03[Russia/Afghanistan]',
    ]);
    expect(events('3 мая 2021 года Министерство иностранных дел России приняло к сведению решение Японии.', p)).toEqual(
      ['statement@2021-05-03[Ministry of Foreign Affairs of Russia/Japan]'],
    );
  });
  it('a concern that has lasted since a past date is a state, not a statement', () => {
    expect(
      events(
        'The United States has been concerned about the possibility that North Korea has been developing nuclear weapons since the 1980s.',
        '1994-10-18',
      ),
    ).toEqual([]);
  });
});

describe('a meeting told through its guest with a time adverb, or held in the passive (round 9)', () => {
  it('"recibió hoy al", "welcomed on Monday" are meetings', () => {
    const day = '2022-01-18';
    expect(
      events(
        'El canciller Marcelo Ebrard recibió hoy al Ministro de Asuntos Exteriores de España, José Manuel Albares, en Washington.',
        day,
      ),
    ).toContain('meeting@2022-01-18[Marcelo Ebrard/Spain/José Manuel Albares]');
    expect(types('El canciller Marcelo Ebrard ha recibido esta mañana al presidente de Chile.', day)).toContain(
      'meeting',
    );
    expect(
      types('President Joko Widodo welcomed on Monday Prime Minister Mahathir Mohamad at the palace.', day),
    ).toContain('meeting');
  });
  it('"se llevó a cabo", "a été organisée", "dilakukan" with a meeting noun are meetings', () => {
    const day = '2021-10-04';
    expect(
      types('La reunión entre Marcelo Ebrard y Antony Blinken se llevó a cabo en la sede de la Cancillería.', day),
    ).toContain('meeting');
    expect(
      types('La réunion entre Jean-Yves Le Drian et Antony Blinken a été organisée au Quai d’Orsay.', day),
    ).toContain('meeting');
    expect(
      types('Pertemuan bilateral juga dilakukan Menteri Pertahanan Prabowo Subianto dengan Hishammuddin Hussein.', day),
    ).toContain('meeting');
    expect(
      types(
        'Menteri Pertahanan Prabowo Subianto kemudian melanjutkan pertemuan bilateral dengan Hishammuddin Hussein.',
        day,
      ),
    ).toContain('meeting');
  });
  it('a verb that only happens to share a sentence with no meeting noun is no meeting', () => {
    expect(
      types('Penandatanganan dilakukan oleh Menteri Luar Negeri Retno Marsudi di Jakarta.', '2021-10-04'),
    ).not.toContain('meeting');
  });
});

describe('a speaker named after the verb behind a long title and its comma (round 9)', () => {
  it('"sostuvo hoy el secretario de Culto de la Nación, Guillermo Oliveri" names the speaker', () => {
    const day = '2009-11-25';
    expect(
      events(
        '“Es un hecho significativo para nuestros dos países”, sostuvo hoy el secretario de Culto de la Nación, Guillermo Oliveri.',
        day,
      ),
    ).toContain('statement@2009-11-25[Guillermo Oliveri]');
    expect(
      events(
        '« C’est une étape historique pour nos deux pays », a déclaré ce matin le ministre de l’Europe et des affaires étrangères, Jean-Yves Le Drian.',
        day,
      ),
    ).toContain('statement@2009-11-25[Jean-Yves Le Drian]');
    expect(
      events(
        '“Es un paso histórico”, afirmó este martes el ministro de Relaciones Exteriores de Argentina, Jorge Taiana.',
        day,
      ),
    ).toContain('statement@2009-11-24[Argentina/Jorge Taiana]');
    expect(
      events(
        '"Ini hari bersejarah bagi kedua negara," ujar Juru Bicara Kementerian Luar Negeri Republik Indonesia, Teuku Faizasyah.',
        day,
      ),
    ).toContain('statement@2009-11-25[Ministry of Foreign Affairs of Indonesia/Indonesia/Teuku Faizasyah]');
  });
});

describe('the dates a quotation tells are its content, not the day of the words (round 9)', () => {
  it('a speech verb after a quotation takes no date from inside it', () => {
    const day = '2024-07-09';
    expect(
      events('"The war began in February 2022 and it must end," Antony Blinken told reporters in Kyiv.', day),
    ).toContain('statement@2024-07-09[Antony Blinken]');
    expect(
      events('«La guerra comenzó en febrero de 2022 y debe terminar», dijo el canciller José Manuel Albares.', day),
    ).toContain('statement@2024-07-09[José Manuel Albares]');
  });
  it('a quotation opened in an earlier sentence ends at its closing mark: its actors are not the speaker', () => {
    const text =
      'Presiden Joko Widodo melepas bantuan kemanusiaan untuk Papua Nugini di Jakarta. “Kita mengetahui ada tanah longsor yang dahsyat di Papua Nugini. Pada bulan Oktober 2023 juga terjadi gempa bumi di Afghanistan,” ungkapnya.';
    const got = events(text, '2024-07-09').filter((e) => e.startsWith('statement'));
    expect(got.some((e) => e.startsWith('statement@2024-07-09[Joko Widodo'))).toBe(true);
    expect(got.some((e) => e.startsWith('statement@2023'))).toBe(false);
  });
});

describe('a day written before another event noun is that noun’s (round 9)', () => {
  it('"takes note of the results of December 30 elections" is a statement of the day it is issued', () => {
    const got = events(
      'The United States takes note of the announcement of the provisional results of December 30 elections in the Democratic Republic of the Congo.',
      '2019-01-10',
    );
    expect(got.some((e) => e.startsWith('statement@2019-01-10[United States'))).toBe(true);
    expect(got.some((e) => e.startsWith('statement@2018-12-30'))).toBe(false);
  });
  it('"said in October 23 remarks": a noun of the same act keeps its day', () => {
    expect(
      events('Donald Trump said in October 23 remarks to an energy conference that the air is clean.', '2020-11-04'),
    ).toContain('statement@2020-10-23[Donald Trump]');
  });
});

describe('a speech verb whose clause names a meeting is no meeting (round 9)', () => {
  it('"sostuvo que el encuentro", "had said that talks" are statements; "sostuvo un encuentro" is a meeting', () => {
    const day = '2019-07-16';
    expect(
      types('El canciller Marcelo Ebrard sostuvo que el encuentro es un ejercicio inédito de transparencia.', day),
    ).toEqual(['statement']);
    expect(types('El canciller Marcelo Ebrard sostuvo un encuentro con los legisladores.', day)).toEqual(['meeting']);
    expect(types('Sergey Lavrov had said that talks with Kyiv were over.', day)).not.toContain('meeting');
  });
});

describe('a condemnation or a denial in the verbs of the news (round 9)', () => {
  it('"repudió", "membantah", "decried" are statements; a rejection by a vote is none', () => {
    const day = '2018-12-04';
    expect(types('La cancillería argentina repudió el ataque contra la embajada.', day)).toContain('statement');
    expect(types('Menteri Luar Negeri Retno Marsudi membantah tuduhan tersebut.', day)).toContain('statement');
    expect(types('Antony Blinken decried the attack on the embassy.', day)).toContain('statement');
    expect(types('The treaty was rejected by French voters in a referendum in 2005.', day)).not.toContain('statement');
  });
});

describe('a speaker after the verb behind a title with no comma, or an office that begins near it (round 10)', () => {
  const day = '2024-03-14';
  it('"Как заявил журналистам пресс-секретарь президента Дмитрий Песков, ..." is his statement, in every language', () => {
    expect(
      events(
        'Как заявил журналистам пресс-секретарь президента Дмитрий Песков, Кремль изучит эти обвинения.',
        day,
      ).filter((e) => e.startsWith('statement')),
    ).toEqual(['statement@2024-03-14[Dmitry Peskov/Russia]']);
    expect(
      types(
        'Selon ce qu’a déclaré aux journalistes le porte-parole du Kremlin Dmitri Peskov, la Russie étudiera ces accusations.',
        day,
      ),
    ).toContain('statement');
    expect(
      types(
        'Según dijo a los periodistas el portavoz del Kremlin Dmitri Peskov, Rusia estudiará estas acusaciones.',
        day,
      ),
    ).toContain('statement');
  });
  it('"заявил о поддержке президента ..." names no speaker after the verb', () => {
    expect(types('Было заявлено о поддержке президента Франции Эммануэля Макрона.', day)).not.toContain('statement');
  });
  it('"Об этом сообщили в пресс-службе Министерства обороны ..." is the ministry speaking', () => {
    expect(events('Об этом сообщили в пресс-службе Министерства обороны Российской Федерации.', day)).toContain(
      'statement@2024-03-14[Ministry of Defence of Russia]',
    );
    expect(events('Об этом сообщила пресс-служба Министерства иностранных дел Российской Федерации.', day)).toContain(
      'statement@2024-03-14[Ministry of Foreign Affairs of Russia]',
    );
  });
});
