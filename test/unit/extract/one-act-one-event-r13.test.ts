import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 13 (issue 14): one act, one event; each rule in every language where the construction exists.
describe('extractArticle: one act, one event (round 13)', () => {
  it('extractArticle(an `other` act told by its verb in the sentence of a meeting: "received the ambassador, who presented his credentials") is that meeting', () => {
    expect(
      events(
        'Foreign Minister Marcelo Ebrard received the Ambassador of Portugal, João Silva, on Monday, who presented his credentials.',
        '2022-04-05',
      ),
    ).toEqual(['meeting@2022-04-04[Marcelo Ebrard/Portugal/João Silva]']);
    expect(
      events(
        'El canciller Euclides Acevedo recibió hoy al embajador de Portugal, João Silva, quien presentó sus cartas credenciales.',
        '2022-04-05',
      ),
    ).toEqual(['meeting@2022-04-05[Euclides Acevedo/Portugal/João Silva]']);
    expect(
      events(
        "Le ministre Jean-Yves Le Drian a reçu lundi l'ambassadeur du Portugal, João Silva, qui a présenté ses lettres de créance.",
        '2022-04-05',
      ),
    ).toEqual(['meeting@2022-04-04[Jean-Yves Le Drian/Portugal/João Silva]']);
    expect(
      events(
        'Menteri Luar Negeri Retno Marsudi menerima Duta Besar Portugal João Silva pada Senin (4/4/2022), yang menyerahkan surat kepercayaan.',
        '2022-04-05',
      ),
    ).toEqual(['meeting@2022-04-04[Retno Marsudi/Portugal/João Silva]']);
    expect(
      events(
        'Министр иностранных дел Сергей Лавров в понедельник принял посла Португалии Жоао Силву, который вручил ему копии верительных грамот.',
        '2022-04-05',
      ),
    ).toEqual(['meeting@2022-04-04[Sergey Lavrov/Portugal/Жоао Силву]']);
  });

  it('extractArticle(an act named by its noun beside a meeting: "at the ceremony of the opening of the Embassy") stays an act of its own', () => {
    expect(
      events(
        'La subsecretaria Roberta Jacobson encabeza hoy la delegación en la ceremonia de apertura de la Embajada de Cuba en Washington.',
        '2015-07-20',
      ),
    ).toContain('other@2015-07-20[Roberta Jacobson/Cuba]');
  });

  it('extractArticle(a verb of saying whose subject is a treaty or a visit: "This new agreement reaffirms ...") is no statement', () => {
    expect(
      events(
        'The United States and Canada signed a new preclearance agreement in Washington on Monday. This new agreement reaffirms the commitment of the United States and Canada to secure borders.',
        '2015-03-17',
      ),
    ).toEqual(['treaty_signing@2015-03-16[United States/Canada]']);
    expect(
      events(
        'Chile y Perú firmaron el lunes en Lima un nuevo acuerdo de cooperación aduanera. El nuevo acuerdo reafirma el compromiso de Chile y Perú con el comercio legal.',
        '2015-03-17',
      ),
    ).toEqual(['treaty_signing@2015-03-16[Chile/Peru]']);
    expect(
      events(
        "La France et le Maroc ont signé lundi à Rabat un nouvel accord de coopération judiciaire. Le nouvel accord réaffirme l'engagement de la France et du Maroc en faveur de l'État de droit.",
        '2015-03-17',
      ),
    ).toEqual(['treaty_signing@2015-03-16[France/Morocco]']);
    expect(
      events(
        'Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Najib Razak di Istana Bogor pada Senin (16/3/2015). Kunjungan ini menegaskan komitmen Indonesia dan Malaysia untuk memperkuat hubungan bilateral.',
        '2015-03-17',
      ),
    ).toEqual(['meeting@2015-03-16[Joko Widodo/Malaysia/Najib Razak]']);
    expect(
      events(
        'Россия и Китай подписали в понедельник в Пекине новое соглашение о сотрудничестве. Новое соглашение подтверждает приверженность России и Китая принципам добрососедства.',
        '2015-03-17',
      ),
    ).toEqual(['treaty_signing@2015-03-16[Russia/China]']);
  });

  it('extractArticle(a person who speaks after a frame: "During the meeting, the two ministers reaffirmed ...") still makes a statement', () => {
    expect(
      events(
        'Foreign Minister Retno Marsudi met Foreign Minister Wang Yi in Jakarta on Monday. After the meeting, Retno Marsudi said the talks had been constructive.',
        '2021-01-13',
      ),
    ).toContain('statement@2021-01-11[Retno Marsudi]');
  });

  it('extractArticle(the members of a delegation of a state at the meeting: "The Indonesian delegation also included ...") are that meeting', () => {
    expect(
      events(
        'President Joko Widodo held a bilateral meeting with US President Joe Biden at the White House on Tuesday. The Indonesian delegation also included Foreign Minister Sugiono and Cabinet Secretary Teddy Wijaya, who attended the meeting.',
        '2024-11-13',
      ),
    ).toEqual(['meeting@2024-11-12[Joko Widodo/United States/Joe Biden/Indonesia/Sugiono/Teddy Wijaya]']);
    expect(
      events(
        'El presidente Gustavo Petro se reunió el martes en la Casa Blanca con el presidente de Estados Unidos, Joe Biden. En la delegación de Colombia participaron también el canciller Álvaro Leyva y la ministra Susana Muhamad.',
        '2024-11-13',
      ),
    ).toEqual(['meeting@2024-11-12[Gustavo Petro/United States/Joe Biden]']);
    expect(
      events(
        "Le président Emmanuel Macron s'est entretenu mardi à la Maison Blanche avec le président américain Joe Biden. La délégation française comprenait aussi le ministre Jean-Noël Barrot et la conseillère Anne Lemaire, qui ont participé à l'entretien.",
        '2024-11-13',
      ),
    ).toEqual(['meeting@2024-11-12[Emmanuel Macron/United States/Joe Biden/France/Jean-Noël Barrot/Anne Lemaire]']);
    expect(
      events(
        'Presiden Joko Widodo mengadakan pertemuan bilateral dengan Presiden Amerika Serikat Joe Biden di Gedung Putih pada Selasa (12/11/2024). Turut hadir dalam delegasi Indonesia adalah Menteri Luar Negeri Sugiono dan Sekretaris Kabinet Teddy Wijaya.',
        '2024-11-13',
      ),
    ).toEqual(['meeting@2024-11-12[Joko Widodo/United States/Joe Biden/Indonesia/Sugiono/Teddy Wijaya]']);
    expect(
      events(
        'Президент России Владимир Путин провел во вторник в Кремле переговоры с президентом Китая Си Цзиньпином. В переговорах также приняли участие члены российской делегации министр Сергей Лавров и помощник президента Юрий Ушаков.',
        '2024-11-13',
      ),
    ).toEqual(['meeting@2024-11-12[Russia/Vladimir Putin/China/Xi Jinping]']);
  });

  it('extractArticle(the delegation of a state not at the meeting: "a Japanese delegation led by ... met ...") is another meeting', () => {
    expect(
      events(
        'President Joko Widodo held a bilateral meeting with US President Joe Biden at the White House on Tuesday. Separately, a Japanese delegation led by Foreign Minister Yoko Kamikawa met Secretary of State Antony Blinken on Tuesday.',
        '2024-11-13',
      ),
    ).toEqual([
      'meeting@2024-11-12[Joko Widodo/United States/Joe Biden]',
      'meeting@2024-11-12[Japan/Yoko Kamikawa/Antony Blinken]',
    ]);
  });

  it('extractArticle(an act governed by "since" with no date of its own: "since Russia invaded Ukraine", "sejak dilantik") is background', () => {
    const invaded = [
      'Foreign Minister Josep Borrell said on Tuesday that the European Union has adopted thirteen packages of sanctions since Russia invaded Ukraine.',
      'El canciller José Manuel Albares dijo el martes que la Unión Europea ha adoptado trece paquetes de sanciones desde que Rusia invadió Ucrania.',
      "Le ministre Jean-Noël Barrot a déclaré mardi que l'Union européenne a adopté treize paquets de sanctions depuis que la Russie a envahi l'Ukraine.",
      'Menteri Luar Negeri Retno Marsudi mengatakan pada Selasa (30/4/2024) bahwa Uni Eropa telah mengadopsi tiga belas paket sanksi sejak Rusia menginvasi Ukraina.',
      'Министр Сергей Лавров заявил во вторник, что Евросоюз принял тринадцать пакетов санкций с тех пор как Россия начала специальную военную операцию.',
    ];
    for (const text of invaded)
      expect(events(text, '2024-05-01').some((e) => e.startsWith('military_action'))).toBe(false);
    expect(
      events(
        'Sejak bergabung dengan ASEAN, Brunei aktif dalam kerja sama kawasan, kata Menteri Luar Negeri Retno Marsudi pada Selasa (30/4/2024).',
        '2024-05-01',
      ).some((e) => e.startsWith('accession')),
    ).toBe(false);
    expect(
      events(
        'С момента вступления в ВТО Россия изменила таможенные правила, заявил во вторник министр Сергей Лавров.',
        '2024-05-01',
      ).some((e) => e.startsWith('accession')),
    ).toBe(false);
    expect(
      events(
        '“Lawatan ini merupakan lawatan kerja resmi pertama saya ke Indonesia sejak dilantik sebagai Menteri Pertahanan,” ujar Menteri Pertahanan Malaysia Mohamed Khaled Nordin pada Selasa (30/4/2024).',
        '2024-05-01',
      ),
    ).toEqual(['statement@2024-05-01[Malaysia/Mohamed Khaled Nordin]']);
  });

  it('extractArticle(an act after "since" dated in its own words: "since the outbreak of fighting in Sudan on April 15") is that act', () => {
    expect(
      events(
        'Since the outbreak of fighting in Sudan on April 15, more than 76,000 people have crossed into Chad, the UN said on Friday.',
        '2024-05-01',
      ),
    ).toContain('military_action@2024-04-15[Sudan/Chad/United Nations]');
  });

  it('extractArticle(a war after a Russian anniversary in one word: "отмечаем 75-летие победы во Второй мировой войне") is history', () => {
    expect(
      events(
        'В этом году мы отмечаем 75-летие победы во Второй мировой войне, заявил в понедельник министр Сергей Лавров.',
        '2020-09-22',
      ),
    ).toEqual(['statement@2020-09-21[Sergey Lavrov]']);
    expect(events('В этом году мы отмечаем 75-летие победы в Великой Отечественной войне.', '2020-09-22')).toEqual([]);
  });
});
