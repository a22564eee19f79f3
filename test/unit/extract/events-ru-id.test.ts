import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const types = (text: string, published?: string) => events(text, published).map((e) => e.split('@')[0]);

describe('Russian event triggers', () => {
  it('"заключается в" (consists in) is no signing; "заключили договор" is one', () => {
    expect(types('Главная задача заключается в обеспечении безопасности Японии и Китая.', '2020-01-14')).not.toContain(
      'treaty_signing',
    );
    expect(types('Япония и Китай заключили договор о дружбе 5 апреля 2020 года.')).toContain('treaty_signing');
  });
  it('"продлив срок действия договора" (a perfective gerund) extends the treaty', () => {
    expect(
      events(
        'Сегодня Соединенные Штаты продлили срок действия Договора СНВ-III с Российской Федерацией на пять лет.',
        '2021-02-03',
      ),
    ).toContain('other@2021-02-03[United States/Russia]');
    expect(
      types(
        'Сегодня Соединенные Штаты сделали первый шаг, продлив срок действия Договора СНВ-III с Российской Федерацией.',
        '2021-02-03',
      ),
    ).toContain('other');
  });
  it('"о возобновлении санкций со стороны X в отношении Y" states a sanction, dated or not', () => {
    expect(types('Мы сожалеем о возобновлении санкций со стороны Японии в отношении Ирана.', '2018-11-02')).toContain(
      'sanction',
    );
  });
});

describe('Indonesian event triggers', () => {
  it('"menanda-tangani" (hyphenated) is a signing', () => {
    expect(
      events('Jepang dan Vietnam menanda-tangani perjanjian perdagangan bebas pada 5 Maret 2021 di Hanoi.'),
    ).toContain('treaty_signing@2021-03-05[Japan/Vietnam]');
  });
  it('"menelpon" (a common spelling of menelepon) is a phone call, a meeting', () => {
    expect(
      types(
        'Presiden Joko Widodo menelpon Presiden Rusia Vladimir Putin pada hari Kamis untuk membahas kerja sama kedua negara.',
        '2022-06-30',
      ),
    ).toContain('meeting');
  });
  it('"memberlakukan kembali semua sanksi" and "sanksi itu diberlakukan kembali" are sanctions, not entries into force', () => {
    const t = types(
      'Pemerintah Jepang kembali memberlakukan semua sanksi terhadap Iran, menurut pernyataan Menteri Luar Negeri Jepang yang dirilis pada hari itu.',
      '2020-09-19',
    );
    expect(t).toContain('sanction');
    expect(t).not.toContain('entry_into_force');
    expect(types('Jepang mengatakan sanksi itu tidak pernah diberlakukan terhadap Iran.', '2020-09-19')).not.toContain(
      'sanction',
    );
  });
  it('a speech verb after a closing quote ("…," jelas Menlu) is a statement by its speaker', () => {
    expect(
      events('"Kerja sama kedua negara akan terus diperkuat," jelas Menteri Luar Negeri Retno Marsudi.', '2019-10-20'),
    ).toContain('statement@2019-10-20[Retno Marsudi]');
  });
  it('"pentingnya kedua negara meratifikasi" (the importance of both countries ratifying) is no ratification: "kedua negara" is no ordinal', () => {
    expect(
      types(
        'Presiden Joko Widodo dan Presiden Vladimir Putin berbicara tentang pentingnya kedua negara meratifikasi perjanjian itu secepatnya.',
        '2010-05-13',
      ),
    ).not.toContain('ratification');
  });
  it('"MENGAKUI pentingnya" in a preamble recognises no state', () => {
    expect(types('MENGAKUI pentingnya kerja sama Jepang dan Vietnam pada 9 Desember 2005;')).toEqual([]);
  });
});

describe('statements and the news of the day', () => {
  const talks =
    'Menteri Luar Negeri Jepang Yoshimasa Hayashi bertemu dengan Menteri Luar Negeri Rusia Sergei Lavrov di Tokyo pada hari Jumat untuk membahas hubungan kedua negara. Jika parlemen menyetujui perjanjian itu pada hari Minggu, Hayashi mengatakan bahwa kerja sama akan meningkat. Dia mengatakan bahwa kedua negara harus terus berdialog. Hayashi mengatakan bahwa Jepang siap untuk membantu.';
  it('a date in an "if" clause ("Jika ... hari Minggu, Hayashi mengatakan") does not date the main clause', () => {
    expect(events(talks, '2014-03-14').filter((e) => e.includes('2014-03-09'))).toEqual([]);
  });
  it('one speech is one statement: the same speaker in the next sentences, by name or pronoun', () => {
    expect(events(talks, '2014-03-14').filter((e) => e.startsWith('statement'))).toEqual([
      'statement@2014-03-14[Yoshimasa Hayashi/Japan]',
    ]);
  });
  it('"Pernyataan itu juga mengatakan" goes on quoting the statement just reported', () => {
    expect(
      types(
        'Jepang memberlakukan kembali semua sanksi terhadap Iran, menurut pernyataan Menteri Luar Negeri Jepang Yoshimasa Hayashi. Pernyataan itu juga mengatakan Iran harus memenuhi kewajibannya terhadap Rusia. Pernyataan itu mengatakan Jepang akan mengumumkan langkah tambahan.',
        '2020-09-19',
      ).filter((t) => t === 'statement'),
    ).toHaveLength(1);
  });
  it('an undated act in a dated article is the news of its day ("Соединенные Штаты обнародовали ...")', () => {
    expect(
      events(
        'Соединенные Штаты обнародовали совокупное количество стратегических вооружений России и Китая.',
        '2023-05-15',
      ),
    ).toContain('other@2023-05-15[United States/Russia/China]');
    expect(
      events('Соединенные Штаты обнародовали совокупное количество стратегических вооружений России и Китая.'),
    ).toEqual([]);
  });
});

describe('speakers named by title only, and proposals', () => {
  it('a bare title as the subject ("Госсекретарь проинформировал") stands for the person last named', () => {
    expect(
      events(
        'Государственный секретарь Энтони Блинкен в воскресенье побеседовал по телефону с министром иностранных дел Японии. Госсекретарь проинформировал министра иностранных дел Японии о новых пакетах помощи.',
      ).filter((e) => e.startsWith('statement')),
    ).toEqual(['statement@null[Antony Blinken/Japan]']);
  });
  it('"мы внесли предложения по санкциям" proposes sanctions: no sanction event', () => {
    expect(
      types('Сегодня Япония внесла предложения по дальнейшим санкциям против России.', '2022-04-06'),
    ).not.toContain('sanction');
  });
});

describe('visits received one after another', () => {
  it('"secara berturut-turut menerima kunjungan A, B dan C" is one meeting with each guest', () => {
    expect(
      events(
        'Selepas itu, secara berturut-turut Presiden Joko Widodo menerima kunjungan kehormatan Perdana Menteri Jepang Fumio Kishida, Presiden Rusia Vladimir Putin, dan Presiden Korea Selatan Yoon Suk Yeol di Istana Merdeka pada hari Senin.',
        '2022-11-14',
      )
        .filter((e) => e.startsWith('meeting'))
        .sort(),
    ).toEqual([
      'meeting@2022-11-14[Joko Widodo/Japan/Fumio Kishida]',
      'meeting@2022-11-14[Joko Widodo/Russia/Vladimir Putin]',
      'meeting@2022-11-14[Joko Widodo/South Korea/Yoon Suk Yeol]',
    ]);
  });
  it('without "one after another" the guests meet the host in one meeting', () => {
    expect(
      events(
        'Presiden Joko Widodo menerima kunjungan kehormatan Perdana Menteri Jepang Fumio Kishida dan Presiden Rusia Vladimir Putin di Istana Merdeka pada hari Senin.',
        '2022-11-14',
      ).filter((e) => e.startsWith('meeting')),
    ).toHaveLength(1);
  });
});

describe('relative clauses', () => {
  it('an act in a relative clause ("perjanjian yang sudah habis masa berlakunya") is not the news of the day', () => {
    const text =
      'Kesepakatan baru antara Jepang dan Vietnam menggantikan perjanjian yang sudah habis masa berlakunya, kata menteri.';
    expect(types(text, '2010-12-22')).not.toContain('other');
    expect(
      types('Perjanjian antara Jepang dan Vietnam sudah habis masa berlakunya, kata menteri.', '2010-12-22'),
    ).toContain('other');
  });
});

describe('Indonesian agency register', () => {
  it('a day set off by a comma at the end of the sentence dates its main verb: "..., Senin (6/5)."', () => {
    expect(events('Menlu Retno Marsudi mengecam serangan Israel ke Rafah, Senin (6/5).', '2024-05-08')).toContain(
      'statement@2024-05-06[Retno Marsudi/Israel]',
    );
    expect(
      events(
        '"Indonesia akan terus mendukung Palestina," kata Menlu Retno Marsudi kepada wartawan di Jakarta, Senin (6/5/2024).',
        '2024-05-08',
      ),
    ).toEqual(['statement@2024-05-06[Palestine/Retno Marsudi]']);
  });
  it('the passive of a speech verb with its agent right after it, and the passive of an attack', () => {
    expect(
      events('Demikian disampaikan Presiden Joko Widodo dalam pidatonya di Jakarta pada Senin (6/5).', '2024-05-08'),
    ).toEqual([expect.stringMatching(/^statement@.+\[Joko Widodo\]$/)]);
    expect(events('Rafah diserang oleh militer Israel pada Senin (6/5).', '2024-05-08')).toEqual([
      'military_action@2024-05-06[Israel]',
    ]);
    // a plan "attacked" on social media is no military action
    expect(
      types('Menlu Retno Marsudi mengatakan rencana itu diserang banyak pihak di media sosial.', '2024-05-08'),
    ).toEqual(['statement']);
    expect(
      types('Город Харьков подвергся массированному ракетному удару в понедельник 6 мая 2024 года.', '2024-05-08'),
    ).toEqual(['military_action']);
  });
});

describe('an attack as a noun, in every language (round 9)', () => {
  it('"ракетной атаки", "missile attack", "ataque con misiles", "attaque de missiles", "serangan rudal" is a military action', () => {
    const day = '2024-01-02';
    const texts = [
      'В результате ракетной атаки на Белгород 30 декабря 2023 года погибли 25 человек.',
      'A missile attack on Belgorod on 30 December 2023 killed 25 people.',
      'Un ataque con misiles contra Bélgorod el 30 de diciembre de 2023 dejó 25 muertos.',
      'Une attaque de missiles contre Belgorod le 30 décembre 2023 a fait 25 morts.',
      'Serangan rudal ke Belgorod pada 30 Desember 2023 menewaskan 25 orang.',
    ];
    for (const t of texts)
      expect(
        events(t, day).map((e) => e.split('[')[0]),
        t,
      ).toContain('military_action@2023-12-30');
  });
});
