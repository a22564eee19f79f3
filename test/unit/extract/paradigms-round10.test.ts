/** Whole paradigms of the acts the news reports, Russian first (round 10, issue 14), with their kin in the other languages. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const types = (text: string, published?: string) => events(text, published).map((e) => e.split('@')[0]);
const day = '2024-03-14';

describe('sanctions as restrictive measures, and sanctions extended (round 10)', () => {
  it('restrictive measures against persons are sanctions, in every language and voice', () => {
    for (const text of [
      'On Tuesday the Council of the EU imposed restrictive measures on twelve individuals responsible for abuses.',
      "Le Conseil de l'UE a adopté mardi des mesures restrictives à l'encontre de douze personnes responsables d'abus.",
      'El Consejo de la UE impuso el martes medidas restrictivas contra doce personas responsables de abusos.',
      'Dewan Uni Eropa pada Selasa menjatuhkan langkah-langkah pembatasan terhadap dua belas orang yang bertanggung jawab.',
      'Совет ЕС во вторник ввел ограничительные меры в отношении двенадцати лиц, ответственных за нарушения.',
      'Во вторник Советом ЕС были введены ограничительные меры против двенадцати лиц, ответственных за нарушения.',
    ])
      expect(
        events(text, day).some((e) => e.startsWith('sanction@2024-03-12[')),
        text,
      ).toBe(true);
  });
  it('restrictive measures against an epidemic are no sanctions', () => {
    expect(types('Во вторник страны ввели ограничительные меры из-за пандемии коронавируса.', day)).not.toContain(
      'sanction',
    );
  });
  it('sanctions extended, widened or imposed in the passive are sanctions, in every language', () => {
    for (const text of [
      'The EU extended its sanctions against Russia on Tuesday for another six months.',
      "L'UE a prolongé mardi ses sanctions contre la Russie pour six mois.",
      'La UE prorrogó el martes sus sanciones contra Rusia por otros seis meses.',
      'Uni Eropa pada Selasa memperpanjang sanksi terhadap Rusia selama enam bulan lagi.',
      'Во вторник Евросоюз продлил санкции против России еще на шесть месяцев.',
    ])
      expect(types(text, day), text).toContain('sanction');
    expect(types('Против Ирана были введены новые санкции, сообщил Госдепартамент.', day)).toContain('sanction');
  });
});

describe('Russian meetings held in the present, consultations, and a guest received (round 10)', () => {
  it('"проходит заседание", "состоялись консультации" are meetings', () => {
    expect(
      types('Сегодня в Минске проходит заседание Высшего Государственного Совета Союзного государства.', day),
    ).toContain('meeting');
    expect(
      events('В субботу состоялись консультации заместителей министров иностранных дел России и Китая.', day),
    ).toContain('meeting@2024-03-09[Russia/China]');
  });
  it('"принял в среду в Москве министра" is a meeting, the adverbials between', () => {
    expect(events('Сергей Лавров принял в среду в Москве министра иностранных дел Ирана.', day)).toContain(
      'meeting@2024-03-13[Sergey Lavrov/Iran]',
    );
  });
});

describe('Russian military operations and strikes in every voice (round 10)', () => {
  it('"начала наземную операцию", "был нанесен ракетный удар" are military actions', () => {
    expect(types('Армия обороны Израиля во вторник начала наземную операцию в Рафахе.', day)).toContain(
      'military_action',
    );
    expect(events('По данным военных, по позициям противника был нанесен ракетный удар в среду.', day)).toContain(
      'military_action@2024-03-13[]',
    );
  });
});

describe('Russian appointments to any office, not a meeting scheduled (round 10)', () => {
  it('"назначен секретарем Совета Безопасности" is an appointment; "назначена встреча с главой" is none', () => {
    expect(types('Во вторник Сергей Шойгу назначен секретарем Совета Безопасности России.', day)).toContain('other');
    expect(types('На следующей неделе назначена встреча с главой МИД Турции.', day)).toEqual([]);
  });
});

describe('"накануне", "la veille" with no date before them: the day before the publication (round 10)', () => {
  it('dates the act to the day before the news', () => {
    expect(events('Переговоры Сергея Лаврова и Хакана Фидана прошли накануне в Анкаре.', day)).toContain(
      'meeting@2024-03-13[Sergey Lavrov/Hakan Fidan]',
    );
    expect(events('Les négociations entre Lavrov et Fidan ont eu lieu la veille à Ankara.', day)).toContain(
      'meeting@2024-03-13[Sergey Lavrov/Hakan Fidan]',
    );
  });
});

describe('short Russian agency copy is read as Russian (round 10)', () => {
  it('a sentence whose function words are a preposition and a pronoun', () => {
    expect(events('Минфин США накануне ввел санкции против двенадцати российских компаний.', day)).toContain(
      'sanction@2024-03-13[U.S. Department of the Treasury]',
    );
  });
});

describe('an act set in the talks told before it takes their day (round 10)', () => {
  it('"По итогам переговоров ... подписали" after dated talks is signed on their day', () => {
    expect(
      events(
        'Владимир Путин 19 июня провел переговоры с Председателем Государственных дел КНДР Ким Чен Ыном. По итогам переговоров лидеры двух стран подписали Договор о всеобъемлющем стратегическом партнерстве.',
        '2024-06-20',
      ).filter((e) => e.startsWith('treaty_signing')),
    ).toEqual(['treaty_signing@2024-06-19[Vladimir Putin/North Korea/Kim Jong Un]']);
  });
});

describe('a statement headed by an institution, and its first-person refusals (round 10)', () => {
  it('"Заявление МИД России ... Мы решительно отвергаем" is the ministry speaking', () => {
    expect(
      types(
        'Заявление МИД России в связи с решением суда. Мы решительно отвергаем решение так называемого суда.',
        '2023-03-22',
      ),
    ).toContain('statement');
  });
});

describe('weapons and ammunition handed over are aid (round 10)', () => {
  it('"передали Украине партию вооружений и боеприпасов"', () => {
    expect(
      events('США передали Украине в среду крупную партию вооружений и боеприпасов, сообщил Пентагон.', day),
    ).toContain('other@2024-03-13[United States/Ukraine]');
  });
});

describe('denials and rejected accusations are statements, in every language (round 10)', () => {
  it('"опроверг", "отверг обвинения", "rejected the accusations", "a rejeté", "rechazó", "menolak tuduhan"', () => {
    for (const text of [
      'Кремль опроверг информацию о подготовке визита.',
      'Сергей Лавров отверг обвинения в адрес Москвы.',
      'Sergei Lavrov rejected the accusations against Moscow.',
      'Sergueï Lavrov a rejeté les accusations contre Moscou.',
      'Serguéi Lavrov rechazó las acusaciones contra Moscú.',
      'Menteri Luar Negeri Rusia Sergei Lavrov pada hari ini menolak tuduhan yang disampaikan oleh pemerintah Amerika Serikat terhadap Moskow.',
    ])
      expect(types(text, day), text).toContain('statement');
  });
});

describe('words written and messages sent are statements (round 10)', () => {
  it('"написал в своем Telegram-канале", "— написал X", "menulis di kanal Telegram"', () => {
    expect(types('Дмитрий Медведев написал в своем Telegram-канале, что ответ будет жестким.', day)).toContain(
      'statement',
    );
    expect(types('«Это провокация», — написал Дмитрий Медведев в своем Telegram-канале.', day)).toContain('statement');
    expect(types('Dmitry Medvedev menulis di kanal Telegram-nya bahwa tanggapannya akan keras.', day)).toContain(
      'statement',
    );
  });
  it('"направил поздравительную телеграмму" is a statement of its sender', () => {
    expect(
      events(
        'Президент Казахстана Касым-Жомарт Токаев в среду направил поздравительную телеграмму Президенту Узбекистана Шавкату Мирзиёеву в связи с его днем рождения.',
        day,
      ).some((e) => e.startsWith('statement@2024-03-13[') && e.includes('Kassym-Jomart Tokayev')),
    ).toBe(true);
  });
});

describe('a meeting asked for is no meeting (round 10)', () => {
  it('"отклоняла просьбы о встрече", "rejected requests for a meeting"', () => {
    expect(
      types('С апреля Россия трижды отклоняла просьбы посольства США о встрече с задержанным журналистом.', day),
    ).not.toContain('meeting');
    expect(
      types(
        'Since April Russia has three times rejected the embassy’s requests for a meeting with the journalist.',
        day,
      ),
    ).not.toContain('meeting');
  });
});

describe('the speaker of a bare title, a state inside the title (round 10)', () => {
  it('"Посол США в РФ Линн Трейси ... Посол напомнила" is the ambassador speaking; "В заявлении отмечается" goes on', () => {
    const found = events(
      'Посол США в РФ Линн Трейси заявила, что разочарована решением суда по делу Эвана Гершковича. В четверг суд продлил Гершковичу арест. Посол напомнила, что Россия отклоняла просьбы посольства США о встрече. В заявлении отмечается, что ей не удалось поговорить с обвиняемым.',
      '2023-06-22',
    ).filter((e) => e.startsWith('statement'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Lynne Tracy');
  });
  it('a court hearing attended is no meeting, and "the accused" (обвиняемый) no accusation', () => {
    expect(types('В четверг посол присутствовала на судебных слушаниях по делу журналиста.', day)).not.toContain(
      'meeting',
    );
  });
});
