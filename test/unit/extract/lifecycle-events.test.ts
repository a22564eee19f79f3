import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const lifecycle = (text: string, published?: string) =>
  events(text, published).filter((e) => /^(?:other|ratification|entry_into_force)@/.test(e));

describe('the legislative procedure of a treaty or a bill', () => {
  it('a government sends a treaty or a bill to the legislature: transmit, submit, présenter, remitir, внести, mengirim', () => {
    expect(
      lifecycle(
        'With a view to receiving the advice and consent of the Senate, I transmit herewith the Treaty between the United States and Peru, signed at Lima on March 3, 2001.',
        '2002-05-07',
      ),
    ).toContain('other@2002-05-07[United States Senate/United States/Peru]');
    expect(
      lifecycle(
        'The President of Brazil submitted the agreement with Argentina to the National Congress on 4 March 2015.',
      ),
    ).toContain('other@2015-03-04[Brazil/Argentina/National Congress of Brazil]');
    expect(
      lifecycle('El presidente de Chile remitió al Congreso el acuerdo con Perú el 4 de marzo de 2015.'),
    ).toContain('other@2015-03-04[Chile/National Congress of Chile/Peru]');
    expect(
      lifecycle(
        "Le 4 mars 2015, le ministre des affaires étrangères de la France a présenté un projet de loi autorisant la ratification de l'accord avec le Mali.",
      ),
    ).toContain('other@2015-03-04[France/Mali]');
    expect(
      lifecycle('4 марта 2015 года президент России внес в Государственную Думу соглашение с Казахстаном.'),
    ).toContain('other@2015-03-04[Russia/State Duma/Kazakhstan]');
    expect(
      lifecycle('Pada 4 Maret 2015 pemerintah Indonesia mengirim perjanjian dengan Malaysia kepada DPR.'),
    ).toContain("other@2015-03-04[Indonesia/Malaysia/People's Representative Council]");
  });
  it('the date of a signing participle after the transmission is the signing date, not the transmission date', () => {
    const out = lifecycle(
      'I transmit herewith the Treaty between the United States and Peru, signed at Lima on March 3, 2001.',
      '2002-05-07',
    );
    expect(out).not.toContain('other@2001-03-03[United States/Peru]');
  });
  it('the legislature approves: advice and consent, approuvé par le parlement, aprobado por el Senado, одобрен парламентом, disetujui oleh DPR', () => {
    expect(
      lifecycle(
        'On December 22, 2010, the Senate of Canada gave its advice and consent to ratification of the treaty with Peru.',
      ),
    ).toContain('other@2010-12-22[Senate of Canada/Peru]');
    expect(lifecycle("L'accord entre la France et le Mali a été approuvé par le parlement en mars 2017.")).toContain(
      'other@2017-03[France/Mali]',
    );
    expect(lifecycle('El acuerdo entre Chile y Perú fue aprobado por el Senado en marzo de 2017.')).toContain(
      'other@2017-03[Chile/Peru/Senate of Chile]',
    );
    expect(
      lifecycle('В марте 2017 года соглашение между Россией и Казахстаном было одобрено Государственной Думой.'),
    ).toContain('other@2017-03[Russia/Kazakhstan/State Duma]');
    expect(lifecycle('Perjanjian antara Indonesia dan Malaysia disetujui oleh DPR pada Maret 2017.')).toContain(
      "other@2017-03[Indonesia/Malaysia/People's Representative Council]",
    );
  });
  it('a law "obtuvo sanción" or "sancionó la ley" is approved, not sanctioned; "1°" is the first of the month', () => {
    expect(
      events(
        'La ley fue enviada por el Gobierno al Congreso de la Nación, donde obtuvo sanción el 1° de septiembre pasado.',
        '2016-09-21',
      ),
    ).toEqual(['other@2016-09-01[National Congress of Argentina]']);
    expect(lifecycle('El Senado de Chile sancionó la ley el 1º de mayo de 2019.', '2019-09-21')).toEqual([
      'other@2019-05-01[Senate of Chile]',
    ]);
    expect(
      events('El proyecto de ley fue sancionado por el Senado el 3 de mayo de 2019.', '2019-09-21').map(
        (e) => e.split('@')[0],
      ),
    ).toEqual(['other']);
  });
  it("the nouns: l'adoption par l'Assemblée nationale, the approval by the Senate", () => {
    expect(
      lifecycle(
        "L'adoption par l'Assemblée nationale du projet de loi d'approbation de l'accord entre la France et le Mali le 10 novembre 2020 est une étape décisive.",
      ),
    ).toContain('other@2020-11-10[National Assembly of France/France/Mali]');
    expect(
      lifecycle('The approval of the agreement between Chile and Peru by the Senate on 10 November 2020 was welcomed.'),
    ).toContain('other@2020-11-10[Chile/Peru/Senate of Chile]');
  });
});

describe('deposits, extensions, entry into force told as a state, summoned ambassadors', () => {
  it('a deposit of ratification with words between: "deposited with me ... Türkiye\'s ratification"', () => {
    expect(
      lifecycle(
        'Just a few moments ago, Turkey deposited with me, on behalf of the United States, its ratification of the protocol on the accession of Finland to NATO.',
        '2023-04-04',
      ),
    ).toContain('ratification@2023-04-04[Turkey/United States/Finland/NATO]');
  });
  it('an extension agreed: agreed to an extension, acordaron prorrogar, ont convenu de prolonger, договорились продлить, sepakat memperpanjang', () => {
    expect(
      lifecycle('The United States and Russia agreed to a five-year extension of the New START treaty.', '2021-02-03'),
    ).toContain('other@2021-02-03[United States/Russia]');
    expect(lifecycle('Chile y Perú acordaron el 19 de julio de 2014 prorrogar el acuerdo de pesca.')).toContain(
      'other@2014-07-19[Chile/Peru]',
    );
    expect(
      lifecycle("Le 19 juillet 2014, la France et le Mali ont convenu de prolonger l'accord de défense."),
    ).toContain('other@2014-07-19[France/Mali]');
    expect(
      lifecycle('19 июля 2014 года Россия и Казахстан договорились продлить соглашение о сотрудничестве.'),
    ).toContain('other@2014-07-19[Russia/Kazakhstan]');
    expect(lifecycle('Pada 19 Juli 2014 Indonesia dan Malaysia sepakat memperpanjang perjanjian perikanan.')).toContain(
      'other@2014-07-19[Indonesia/Malaysia]',
    );
  });
  it('an undated extension of a named treaty between named parties is kept: "Россия и Китай продлили договор"', () => {
    expect(lifecycle('Россия и Китай продлили на пять лет Договор о добрососедстве, дружбе и сотрудничестве.')).toEqual(
      ['other@null[Russia/China]'],
    );
  });
  it('an extension in a relative clause describes a treaty and stays out', () => {
    expect(
      lifecycle('Perjanjian itu menggantikan perjanjian antara Indonesia dan Malaysia yang sudah diperpanjang.'),
    ).toEqual([]);
  });
  it('"is now in force", "est désormais en vigueur", "ya está en vigor", "теперь действует", "resmi berlaku"', () => {
    expect(
      lifecycle('The protocol on the accession of Finland to the North Atlantic Treaty is now in force.', '2023-04-04'),
    ).toContain('entry_into_force@2023-04-04[Finland]');
    expect(
      lifecycle(
        "Le protocole sur l'adhésion de la Finlande au Traité de l'Atlantique Nord est désormais en vigueur.",
        '2023-04-04',
      ),
    ).toContain('entry_into_force@2023-04-04[Finland]');
    expect(
      lifecycle('El protocolo de adhesión de Finlandia al Tratado del Atlántico Norte ya está en vigor.', '2023-04-04'),
    ).toContain('entry_into_force@2023-04-04[Finland]');
    expect(
      lifecycle('Протокол о присоединении Финляндии к Североатлантическому договору теперь действует.', '2023-04-04'),
    ).toContain('entry_into_force@2023-04-04[Finland]');
    expect(lifecycle('Protokol aksesi Finlandia pada Traktat Atlantik Utara resmi berlaku.', '2023-04-04')).toContain(
      'entry_into_force@2023-04-04[Finland]',
    );
  });
  it('a summoned ambassador: "fue convocado", "was summoned", "a été convoqué", "был вызван", "dipanggil"', () => {
    expect(
      lifecycle(
        'El Gobierno recuerda que el pasado 6 de julio el embajador de Corea del Norte fue convocado en el Ministerio de Asuntos Exteriores de España.',
        '2017-07-28',
      ),
    ).toContain('other@2017-07-06[North Korea/Ministerio de Asuntos Exteriores de España/Spain]');
    expect(
      lifecycle('On 6 July the ambassador of North Korea was summoned to the Foreign Ministry of Spain.', '2017-07-28'),
    ).toContain('other@2017-07-06[North Korea/Spain]');
    expect(
      lifecycle(
        "Le 6 juillet, l'ambassadeur de la Corée du Nord a été convoqué au ministère des affaires étrangères de l'Espagne.",
        '2017-07-28',
      ),
    ).toContain('other@2017-07-06[North Korea/Spain]');
    expect(lifecycle('6 июля посол КНДР был вызван в МИД Испании.', '2017-07-28')).toContain(
      'other@2017-07-06[North Korea/Spain]',
    );
    expect(
      lifecycle('Pada 6 Juli duta besar Korea Utara dipanggil oleh Kementerian Luar Negeri Spanyol.', '2017-07-28'),
    ).toContain('other@2017-07-06[North Korea/Kementerian Luar Negeri Spanyol/Spain]');
  });
  it('a passive that opens with its capitalized subject is a clause, not a title: "el Embajador ... fue convocado"', () => {
    expect(
      lifecycle(
        'El Gobierno recuerda que el pasado 6 de julio el Embajador de Corea del Norte fue convocado en el Ministerio de Asuntos Exteriores de España.',
        '2017-07-28',
      ),
    ).toContain('other@2017-07-06[North Korea/Ministerio de Asuntos Exteriores de España/Spain]');
    expect(
      lifecycle('On 6 July the Ambassador of North Korea was summoned to the Foreign Ministry of Spain.', '2017-07-28'),
    ).toContain('other@2017-07-06[North Korea/Spain]');
    expect(
      lifecycle(
        "Le 6 juillet, l'Ambassadeur de la Corée du Nord a été convoqué au ministère des affaires étrangères de l'Espagne.",
        '2017-07-28',
      ),
    ).toContain('other@2017-07-06[North Korea/Spain]');
    expect(lifecycle('6 июля Посол КНДР был вызван в МИД Испании.', '2017-07-28')).toContain(
      'other@2017-07-06[North Korea/Spain]',
    );
    expect(
      lifecycle('Pada 6 Juli Duta Besar Korea Utara dipanggil oleh Kementerian Luar Negeri Spanyol.', '2017-07-28'),
    ).toContain('other@2017-07-06[North Korea/Kementerian Luar Negeri Spanyol/Spain]');
  });
  it('a head of state signs a law or a decree: signed the federal law, firmó la ley, a signé le décret, подписал Федеральный закон, meneken Perpres', () => {
    expect(
      lifecycle(
        'On 9 November 2024 the President of Russia signed the federal law ratifying the treaty with North Korea.',
      ),
    ).toContain('other@2024-11-09[Russia]');
    expect(lifecycle('El 9 de noviembre de 2024 el presidente de Chile firmó la ley de presupuestos.')).toContain(
      'other@2024-11-09[Chile]',
    );
    expect(lifecycle('Le 9 novembre 2024, le président de la France a signé le décret de dissolution.')).toContain(
      'other@2024-11-09[France]',
    );
    expect(
      lifecycle('9 ноября 2024 года президент России подписал Федеральный закон о ратификации договора с КНДР.'),
    ).toContain('other@2024-11-09[Russia/North Korea]');
    expect(
      lifecycle('Pada 9 November 2024 Presiden Indonesia meneken Perpres tentang kerja sama dengan Malaysia.'),
    ).toContain('other@2024-11-09[Indonesia/Malaysia]');
  });
  it('the law of the sea is no law signed', () => {
    expect(
      lifecycle('On 9 November 2024 Indonesia and Malaysia signed the law of the sea convention.').filter((e) =>
        e.startsWith('other@'),
      ),
    ).toEqual([]);
  });
  it('a withdrawal initiated: initiated formal withdrawal, inició el proceso de retirada, a engagé le retrait, начали процедуру выхода, memulai proses penarikan diri', () => {
    const withdrawals = (t: string) =>
      events(t, '2019-11-04').filter((e) => e.startsWith('withdrawal@') && e.includes('United States'));
    expect(
      withdrawals(
        'The United States has initiated formal withdrawal from the Paris Agreement, the State Department said.',
      ),
    ).toHaveLength(1);
    expect(
      withdrawals(
        'Estados Unidos ha iniciado formalmente el proceso de retirada del Acuerdo de París, dijo el Departamento de Estado.',
      ),
    ).toHaveLength(1);
    expect(
      withdrawals(
        "Les États-Unis ont engagé officiellement le processus de retrait de l'accord de Paris, a indiqué le département d'État.",
      ),
    ).toHaveLength(1);
    expect(
      withdrawals('США начали официальную процедуру выхода из Парижского соглашения, сообщил Госдепартамент.'),
    ).toHaveLength(1);
    expect(
      withdrawals(
        'Amerika Serikat memulai secara resmi proses penarikan diri dari Perjanjian Paris, kata Departemen Luar Negeri.',
      ),
    ).toHaveLength(1);
  });
  it('a membership application filed, as a verb and as a participle: "demandes formellement déposées le 18 mai"', () => {
    expect(
      lifecycle("La Finlande et la Suède ont officiellement déposé leurs demandes d'adhésion à l'OTAN le 18 mai 2022."),
    ).toContain('other@2022-05-18[Finland/Sweden/NATO]');
    expect(
      lifecycle('Finland and Sweden formally filed their membership applications to NATO on 18 May 2022.'),
    ).toContain('other@2022-05-18[Finland/Sweden/NATO]');
    expect(
      lifecycle(
        'Finlandia y Suecia presentaron formalmente sus solicitudes de adhesión a la OTAN el 18 de mayo de 2022.',
      ),
    ).toContain('other@2022-05-18[Finland/Sweden/NATO]');
    expect(lifecycle('18 мая 2022 года Финляндия и Швеция подали официальные заявки на вступление в НАТО.')).toContain(
      'other@2022-05-18[Finland/Sweden/NATO]',
    );
    expect(
      lifecycle('Pada 18 Mei 2022 Finlandia dan Swedia mengajukan permohonan resmi untuk bergabung dengan NATO.'),
    ).toContain('other@2022-05-18[Finland/Sweden/NATO]');
  });
  it('a process launched: "lancent un processus", "launched a process", "iniciaron un proceso", "запустили процесс", "memulai proses"', () => {
    for (const text of [
      "En janvier 2022, l'Ukraine et le Canada lancent un processus d'approfondissement de leur accord de libre-échange.",
      'In January 2022, Ukraine and Canada launched a process to deepen their free trade agreement.',
      'En enero de 2022, Ucrania y Canadá iniciaron un proceso de profundización de su acuerdo de libre comercio.',
      'В январе 2022 года Украина и Канада запустили процесс углубления соглашения о свободной торговле.',
      'Pada Januari 2022, Ukraina dan Kanada memulai proses pendalaman perjanjian perdagangan bebas mereka.',
    ])
      expect(lifecycle(text)).toContain('other@2022-01[Ukraine/Canada]');
  });
  it('a treaty signed into law with its name between, and a law promulgated', () => {
    expect(
      lifecycle(
        'On 9 November 2024, President Vladimir Putin of Russia signed the Treaty on Comprehensive Strategic Partnership into law.',
      ),
    ).toEqual(['other@2024-11-09[Vladimir Putin/Russia]']);
    expect(lifecycle('Le 9 novembre 2024, le président de la France a promulgué la loi.')).toEqual([
      'other@2024-11-09[France]',
    ]);
  });
  it('an undated submission of a bill on a named treaty is kept; an undated amendment is not', () => {
    expect(
      lifecycle(
        'Президент России Владимир Путин внес в Государственную Думу законопроект о приостановлении Договора о РСМД.',
      ),
    ).toEqual(['other@null[Russia/Vladimir Putin/State Duma]']);
    expect(lifecycle('The Treaty of Lisbon amends the Maastricht Treaty of the European Union.')).toEqual([]);
  });
});

describe('more steps of a treaty life (issue 14, round 4), in all five languages', () => {
  it('the text initialled: initialled, parafearon, ont paraphé, diparaf, парафирован (not a signing)', () => {
    for (const [text, out] of [
      ['The delegations of Chile and Peru initialled the text of the agreement on 5 June 2019.', '[Chile/Peru]'],
      ['Las delegaciones de Chile y Perú parafearon el texto del acuerdo el 5 de junio de 2019.', '[Chile/Peru]'],
      ["Les délégations du Chili et du Pérou ont paraphé le texte de l'accord le 5 juin 2019.", '[Chile/Peru]'],
      ['Naskah perjanjian antara Indonesia dan Malaysia diparaf pada 5 Juni 2019.', '[Indonesia/Malaysia]'],
      ['Текст соглашения между Россией и Казахстаном был парафирован 5 июня 2019 года.', '[Russia/Kazakhstan]'],
    ])
      expect(events(text!)).toEqual([`other@2019-06-05${out}`]);
  });
  it('the completion of procedures notified: notified, notificó, a notifié, menotifikasi, уведомила', () => {
    for (const text of [
      'On 2 April 2020 Mexico notified Canada of the completion of its procedures for the agreement.',
      'El 2 de abril de 2020 México notificó a Canadá la conclusión de sus procedimientos para el acuerdo.',
      "Le 2 avril 2020, le Mexique a notifié au Canada l'achèvement de ses procédures pour l'accord.",
      'Pada 2 April 2020 Meksiko menotifikasi Kanada tentang selesainya prosedur untuk perjanjian itu.',
      '2 апреля 2020 года Мексика уведомила Канаду о завершении процедур по соглашению.',
    ])
      expect(lifecycle(text)).toEqual(['other@2020-04-02[Mexico/Canada]']);
  });
  it('a treaty brought into force: bringing into force, pusieron en vigor, ont mis en vigueur, memberlakukan, ввели в действие', () => {
    for (const [text, out] of [
      ['Chile and Peru exchanged notes bringing the agreement into force on 1 May 2019.', '[Chile/Peru]'],
      ['Chile y Perú pusieron en vigor el acuerdo el 1 de mayo de 2019.', '[Chile/Peru]'],
      ["Le Chili et le Pérou ont mis en vigueur l'accord le 1er mai 2019.", '[Chile/Peru]'],
      ['Indonesia dan Malaysia memberlakukan perjanjian itu pada 1 Mei 2019.', '[Indonesia/Malaysia]'],
      ['1 мая 2019 года Россия и Казахстан ввели соглашение в действие.', '[Russia/Kazakhstan]'],
    ])
      expect(lifecycle(text!)).toEqual([`entry_into_force@2019-05-01${out}`]);
  });
  it('an agreement implemented (diimplementasikan) is in force', () => {
    expect(lifecycle('Perjanjian antara Indonesia dan Malaysia telah diimplementasikan pada 17 Mei 2010.')).toEqual([
      'entry_into_force@2010-05-17[Indonesia/Malaysia]',
    ]);
  });
  it('a legislature approves a treaty, and "adopted by" a chamber heads a law without an auxiliary', () => {
    expect(lifecycle('The Senate of Canada approved the treaty with Peru on September 23, 2008.')).toEqual([
      'other@2008-09-23[Senate of Canada/Peru]',
    ]);
    expect(lifecycle('El Senado de Chile aprobó el tratado con Perú el 23 de septiembre de 2008.')).toEqual([
      'other@2008-09-23[Senate of Chile/Peru]',
    ]);
    expect(lifecycle('Le Sénat a approuvé le traité entre la France et le Mali le 23 septembre 2008.')).toEqual([
      'other@2008-09-23[France/Mali]',
    ]);
    expect(
      lifecycle('Perjanjian antara Indonesia dan Malaysia disetujui dalam rapat paripurna DPR pada 23 September 2008.'),
    ).toEqual(["other@2008-09-23[Indonesia/Malaysia/People's Representative Council]"]);
    expect(
      lifecycle('Закон о ратификации соглашения с Казахстаном принят Государственной Думой 25 апреля 2008 года.'),
    ).toContain('other@2008-04-25[Kazakhstan/State Duma]');
    expect(
      lifecycle('Adopted by the State Duma on 25 April 2008, the law ratifies the agreement with Kazakhstan.'),
    ).toContain('other@2008-04-25[State Duma]');
  });
  it('the President signs the instrument (of ratification, named before): a ratification', () => {
    for (const text of [
      'Chile deposited the instrument of ratification of the treaty with Peru in 2009. The President of Chile signed the instrument on 30 December 2008.',
      'Chile depositó el instrumento de ratificación del tratado con Perú en 2009. La presidenta de Chile firmó el instrumento el 30 de diciembre de 2008.',
    ])
      expect(lifecycle(text)).toContain('ratification@2008-12-30[Chile]');
  });
  it('an embassy opened or reopened, closed: reopened its embassy, reabrió su embajada, a rouvert son ambassade, membuka kembali kedutaan, вновь открыли посольство', () => {
    for (const [text, out] of [
      ['The United States reopened its embassy in Havana on 20 July 2015.', 'other@2015-07-20[United States]'],
      ['Estados Unidos reabrió su embajada en La Habana el 20 de julio de 2015.', 'other@2015-07-20[United States]'],
      ['La France a rouvert son ambassade à Damas le 17 décembre 2024.', 'other@2024-12-17[France]'],
      ['Indonesia membuka kembali kedutaan besar di Kabul pada 20 Juli 2015.', 'other@2015-07-20[Indonesia]'],
      ['20 июля 2015 года США вновь открыли посольство в Гаване.', 'other@2015-07-20[United States]'],
      ['Canada closed its embassy in Kyiv on 24 February 2022.', 'other@2022-02-24[Canada]'],
      ['El 24 de febrero de 2022 Canadá cerró su embajada en Kiev.', 'other@2022-02-24[Canada]'],
      ['Le Canada a fermé son ambassade à Kiev le 24 février 2022.', 'other@2022-02-24[Canada]'],
      ['Kanada menutup kedutaan besar di Kyiv pada 24 Februari 2022.', 'other@2022-02-24[Canada]'],
      ['24 февраля 2022 года Канада закрыла посольство в Киеве.', 'other@2022-02-24[Canada]'],
    ])
      expect(events(text!)).toEqual([out]);
  });
});

describe('a legislature takes up a bill on the day of its sitting (round 8)', () => {
  it("the chair's formula and the record's readings, in every language: the sitting's day when undated", () => {
    expect(
      lifecycle(
        'Переходим к рассмотрению 5-го вопроса. О проекте федерального закона "О ратификации Соглашения между Российской Федерацией и Арменией".',
        '2021-03-16',
      ),
      // no participant in the clause: the parties of the text (round 14), here the treaty's
    ).toContain('other@2021-03-16[Russia/Armenia]');
    expect(
      lifecycle(
        'Вопрос 4 повестки дня, проект федерального закона "О ратификации Соглашения между Российской Федерацией и Арменией".',
        '2021-03-16',
      ),
    ).toContain('other@2021-03-16[Russia/Armenia]');
    expect(
      lifecycle(
        'Государственная Дума приняла в первом чтении законопроект о ратификации соглашения с Арменией.',
        '2021-03-16',
      ),
    ).toContain('other@2021-03-16[State Duma/Armenia]');
    expect(
      lifecycle(
        'The House of Commons passed the bill ratifying the agreement with Canada at third reading.',
        '2021-03-16',
      ),
    ).toContain('other@2021-03-16[Canada]');
    expect(
      lifecycle(
        "L'ordre du jour appelle la discussion du projet de loi autorisant la ratification de l'accord entre la France et le Mali.",
        '2021-03-16',
      ),
    ).toContain('other@2021-03-16[France/Mali]');
    expect(
      lifecycle(
        'El Senado de Chile aprobó en primera lectura el proyecto de ley que aprueba el acuerdo con Perú.',
        '2021-03-16',
      ),
    ).toContain('other@2021-03-16[Senate of Chile]');
    expect(
      lifecycle('DPR membahas RUU pengesahan perjanjian ekstradisi antara Indonesia dan Singapura.', '2021-03-16'),
    ).toContain("other@2021-03-16[People's Representative Council/Indonesia/Singapore]");
  });
  it('"Приступаем к блоку", a numbered item before the bill, in every language (round 9)', () => {
    const day = '2021-03-16';
    const texts = [
      'Приступаем к блоку "Ратификация международных договоров Российской Федерации". О проекте федерального закона о ратификации Соглашения с Арменией.',
      '14-й пункт. О проекте федерального закона "О ратификации Соглашения между Российской Федерацией и Арменией".',
      'Item 14 of the agenda: the bill ratifying the agreement between Canada and Chile.',
      'Punto 14 del orden del día. Proyecto de ley que aprueba el acuerdo entre Chile y Perú.',
      "Nous abordons l'examen du projet de loi autorisant la ratification de l'accord entre la France et le Mali.",
      'Kita masuk pada pembahasan RUU pengesahan perjanjian ekstradisi antara Indonesia dan Singapura.',
    ];
    for (const t of texts)
      expect(
        lifecycle(t, day).map((e) => e.split('[')[0]),
        t,
      ).toContain('other@2021-03-16');
  });
  it('a report and a co-report named by who gives them are that person statements', () => {
    expect(
      events(
        'Заседание № 12\n16.03.2021\nПереходим к рассмотрению 4-го вопроса. Доклад министра иностранных дел Сергея Лаврова. Пожалуйста.',
        '2021-03-16',
      ),
    ).toEqual(['other@2021-03-16[]', 'statement@2021-03-16[Sergey Lavrov]']);
    expect(
      events(
        'Заседание № 12\n16.03.2021\nВопрос 4 повестки дня. С докладом выступил министр иностранных дел Сергей Лавров.',
        '2021-03-16',
      ),
    ).toEqual(['statement@2021-03-16[Sergey Lavrov]']);
  });
  it("a transcript's label with the speaker's title after a comma, the speech below it", () => {
    expect(
      events(
        "Séance du lundi 15 mars 2021\n\nJean-Yves Le Drian, ministre de l'Europe et des affaires étrangères :\n\nMadame la présidente, mesdames et messieurs les députés, ce texte renforce notre coopération.",
        '2021-03-15',
      ),
    ).toContain('statement@2021-03-15[Jean-Yves Le Drian]');
  });
});

describe('a crowd gathers somewhere to protest, and joins a protest (round 8)', () => {
  it('a gathering with the purpose of protesting is a protest, not a meeting, in every language', () => {
    const p = '2021-05-04';
    expect(
      events(
        'On 3 May 2021, hundreds of students gathered outside the US embassy in Jakarta to protest against the treaty.',
        p,
      ),
    ).toEqual(['protest@2021-05-03[United States]']);
    expect(
      events(
        'On 3 May 2021, thousands of people took part in the demonstration in front of the parliament of Georgia.',
        p,
      ),
    ).toEqual(['protest@2021-05-03[Georgia]']);
    expect(
      events(
        'El 3 de mayo de 2021, un grupo de cubanos se dio cita frente a la embajada de Cuba en Madrid para protestar contra el gobierno.',
        p,
      ),
    ).toEqual(['protest@2021-05-03[Cuba]']);
    expect(
      events(
        "Le 3 mai 2021, des centaines d'Ivoiriens se sont rassemblés devant l'ambassade de France à Abidjan pour protester contre l'accord.",
        p,
      ),
    ).toEqual(['protest@2021-05-03[Ivory Coast/France]']);
    expect(
      events(
        'Pada 3 Mei 2021, ratusan mahasiswa berkumpul di depan Kedutaan Besar Amerika Serikat untuk memprotes kunjungan Obama.',
        p,
      ),
    ).toEqual(['protest@2021-05-03[United States/Barack Obama]']);
    expect(
      events(
        '3 мая 2021 года сотни жителей собрались у посольства США в Москве, чтобы выразить протест против санкций.',
        p,
      ),
    ).toEqual(['protest@2021-05-03[United States]']);
  });
  it('a diplomatic protest is no street protest', () => {
    expect(
      events('The minister summoned the ambassador of Russia on 3 May 2021 to protest the expulsion.', '2021-05-04'),
    ).toEqual(['other@2021-05-03[Russia]']);
  });
});

describe('the treaty a text is about', () => {
  it('a treaty never named by its title but told again and again is the text’s own: its signing participle is news', () => {
    expect(
      events(
        'La commission examine le projet de loi. Le traité de coopération en matière de défense entre la France et le Gabon, signé à Paris le 2 juillet 2024, a pour objectif de renforcer la relation de défense. Ce traité a été conclu pour vingt ans.',
        '2025-06-11',
      ),
    ).toContain('treaty_signing@2024-07-02[France/Gabon]');
  });
});
