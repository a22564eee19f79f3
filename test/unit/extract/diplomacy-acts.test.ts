import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

describe('acts of diplomacy and of state institutions, in all five languages', () => {
  it('diplomatic relations established: established, establecieron, ont établi, menjalin, установили', () => {
    expect(events('On 12 May 1950, India and Indonesia established diplomatic relations.')).toContain(
      'other@1950-05-12[India/Indonesia]',
    );
    expect(events('Indonesia y Portugal establecieron relaciones diplomáticas el 12 de mayo de 1950.')).toContain(
      'other@1950-05-12[Indonesia/Portugal]',
    );
    expect(events("Le 12 mai 1950, l'Inde et l'Indonésie ont établi des relations diplomatiques.")).toContain(
      'other@1950-05-12[India/Indonesia]',
    );
    expect(events('Indonesia menjalin hubungan diplomatik dengan India pada 12 Mei 1950.')).toContain(
      'other@1950-05-12[Indonesia/India]',
    );
    expect(events('12 мая 1950 года Индия и Индонезия установили дипломатические отношения.')).toContain(
      'other@1950-05-12[India/Indonesia]',
    );
  });
  it('credentials presented or received: letters of credence, cartas credenciales, lettres de créance, surat kepercayaan, верительные грамоты', () => {
    expect(
      events(
        'On 7 August 2019, the ambassador of Japan presented his letters of credence to the President of Indonesia.',
      ),
    ).toContain('other@2019-08-07[Japan/Indonesia]');
    expect(
      events('El 7 de agosto de 2019, el embajador de Japón presentó sus cartas credenciales al presidente de Chile.'),
    ).toContain('other@2019-08-07[Japan/Chile]');
    expect(
      events("Le 7 août 2019, l'ambassadeur du Japon a présenté ses lettres de créance au président de la France."),
    ).toContain('other@2019-08-07[Japan/France]');
    expect(
      events('Presiden Indonesia menerima surat kepercayaan dari duta besar Jepang pada 7 Agustus 2019.'),
    ).toContain('other@2019-08-07[Indonesia/Japan]');
    expect(events('7 августа 2019 года посол Японии вручил верительные грамоты президенту России.')).toContain(
      'other@2019-08-07[Japan/Russia]',
    );
  });
  it('election results proclaimed by the body that counts them, a date between the verb and its object too', () => {
    expect(
      events(
        'On 25 April 2007, the Electoral Commission of Kenya announced the final results of the presidential election.',
      ),
    ).toContain('other@2007-04-25[Kenya]');
    expect(
      events(
        'El 25 de abril de 2007, el Tribunal Supremo Electoral de Bolivia proclamó los resultados definitivos de la elección presidencial.',
      ),
    ).toContain('other@2007-04-25[Bolivia]');
    expect(
      events(
        'Le Conseil constitutionnel de la France a publié, mercredi 25 avril 2007, les résultats définitifs du premier tour.',
      ),
    ).toContain('other@2007-04-25[Constitutional Council of France]');
    expect(
      events('Pada 25 April 2007, Komisi Pemilihan Umum Indonesia mengumumkan hasil resmi pemilu presiden.'),
    ).toContain('other@2007-04-25[General Elections Commission/Indonesia]');
    expect(
      events('25 апреля 2007 года Центральная избирательная комиссия России объявила окончательные итоги выборов.'),
    ).toContain('other@2007-04-25[Central Election Commission of Russia]');
  });
  it('"the announced results" is no announcement', () => {
    expect(
      events('The United States notes that stakeholders may request a review of the announced provisional results.'),
    ).not.toContainEqual(expect.stringMatching(/^other@/));
  });
  it('a coup: staged a coup, golpe de Estado, ont pris le pouvoir, kudeta, государственный переворот', () => {
    expect(events('On 6 August 2008, the army of Mauritania staged a military coup.')).toContain(
      'military_action@2008-08-06[Mauritania]',
    );
    expect(events('El 6 de agosto de 2008, militares de Mauritania dieron un golpe de Estado.')).toContain(
      'military_action@2008-08-06[Mauritania]',
    );
    expect(events('Le 6 août 2008, des généraux de la Mauritanie ont pris le pouvoir.')).toContain(
      'military_action@2008-08-06[Mauritania]',
    );
    expect(events('Pada 6 Agustus 2008, militer Mauritania melancarkan kudeta.')).toContain(
      'military_action@2008-08-06[Mauritania]',
    );
    expect(events('6 августа 2008 года военные Мавритании совершили государственный переворот.')).toContain(
      'military_action@2008-08-06[Mauritania]',
    );
  });
  it('a law or a treaty promulgated: promulgated, promulgó, promulguant, diundangkan, промульгировал', () => {
    expect(events('On 21 February 2020, the President of Chile promulgated the convention with Peru.')).toContain(
      'other@2020-02-21[Chile/Peru]',
    );
    expect(events('El 21 de febrero de 2020 el presidente de Chile promulgó el convenio con Perú.')).toContain(
      'other@2020-02-21[Chile/Peru]',
    );
    expect(
      events('Le 21 février 2020, le décret promulguant la convention entre la France et le Mali a été signé.'),
    ).toContain('other@2020-02-21[France/Mali]');
    expect(
      events('Pada 21 Februari 2020 undang-undang tentang perjanjian dengan Malaysia diundangkan oleh Indonesia.'),
    ).toContain('other@2020-02-21[Malaysia/Indonesia]');
    expect(events('21 февраля 2020 года президент России промульгировал закон о договоре с Казахстаном.')).toContain(
      'other@2020-02-21[Russia/Kazakhstan]',
    );
  });
  it('a treaty applied provisionally is a step of its entry into force', () => {
    const provisional = /^entry_into_force@[^[]*\[European Union\/Canada\]$/;
    for (const text of [
      'The agreement between the European Union and Canada has been provisionally applied since 1 April 2017.',
      'El acuerdo entre la Unión Europea y Canadá se aplica provisionalmente desde el 1 de abril de 2017.',
      "L'accord entre l'Union européenne et le Canada est appliqué à titre provisoire depuis le 1er avril 2017.",
      'Perjanjian antara Uni Eropa dan Kanada diberlakukan sementara sejak 1 April 2017.',
      'Соглашение между Европейским союзом и Канадой временно применяется с 1 апреля 2017 года.',
    ])
      expect(events(text)).toContainEqual(expect.stringMatching(provisional));
  });
  it('the start of a provisional application told as a noun', () => {
    for (const text of [
      'Following the beginning of its provisional application on 1 April 2017, the Strategic Partnership Agreement between the European Union and Canada will deepen relations.',
      'Tras el inicio de su aplicación provisional el 1 de abril de 2017, el acuerdo entre la Unión Europea y Canadá profundizará las relaciones.',
      "Depuis le début de son application provisoire le 1er avril 2017, l'accord entre l'Union européenne et le Canada renforce les relations.",
      'Dengan dimulainya penerapan sementara perjanjian antara Uni Eropa dan Kanada pada 1 April 2017, hubungan kedua pihak diperkuat.',
      'С начала временного применения 1 апреля 2017 года соглашение между Европейским союзом и Канадой укрепляет отношения.',
    ])
      expect(events(text)).toContain('entry_into_force@2017-04-01[European Union/Canada]');
  });
  it('a treaty entering into force without its parties in the sentence takes the parties that signed it', () => {
    expect(
      events(
        'The Timor Gap Treaty was signed by Australia and Indonesia on 11 December 1989. The treaty came into force on 9 February 1991.',
      ),
    ).toContain('entry_into_force@1991-02-09[Australia/Indonesia]');
    expect(
      events(
        'El Tratado de Maipú fue firmado por Argentina y Chile el 30 de octubre de 2009. El tratado entró en vigor el 22 de enero de 2010.',
      ),
    ).toContain('entry_into_force@2010-01-22[Argentina/Chile]');
    expect(
      events(
        'The Strategic Partnership Agreement between the European Union and Canada was signed on 30 October 2016. Negotiations for the agreement were launched in September 2011.',
      ),
    ).toContain('other@2011-09[European Union/Canada]');
  });
  it('the closing formula of a signed law or decree is its signing by the signatory named with it', () => {
    expect(
      events(
        'Ратифицировать Соглашение между Российской Федерацией и Республикой Казахстан.\nПрезидент Российской Федерации В.Путин\nМосква, Кремль\n7 мая 2013 года\n№ 70-ФЗ\n',
        '2013-05-07',
      ),
    ).toContain('other@2013-05-07[Russia/Vladimir Putin]');
    expect(
      events(
        'NOW, THEREFORE, I, Barack Obama, President of the United States of America, do hereby proclaim May 2013 as Older Americans Month.\nIN WITNESS WHEREOF, I have hereunto set my hand this first day of May, in the year of our Lord two thousand thirteen.\nBARACK OBAMA\n',
        '2013-05-01',
      ),
    ).toContain('other@2013-05-01[Barack Obama]');
    expect(
      events(
        'Artículo único: Promúlgase el Acuerdo entre Chile y Perú.\nAnótese, tómese razón, regístrese y publíquese.- SEBASTIÁN PIÑERA ECHENIQUE, Presidente de la República de Chile.\n',
        '2020-02-21',
      ),
    ).toContain('other@2020-02-21[Sebastián Piñera/Chile]');
    expect(
      events(
        'Le présent décret sera publié au Journal officiel de la République française.\nFait à Paris, le 3 mars 2020.\nPar le Président de la République :\nEmmanuel Macron\n',
        '2020-03-04',
      ),
    ).toContain('other@2020-03-03[Emmanuel Macron]');
    expect(
      events(
        'Peraturan Presiden ini mulai berlaku pada tanggal diundangkan.\nDitetapkan di Jakarta pada tanggal 10 Januari 2005\nPRESIDEN REPUBLIK INDONESIA,\nttd.\nDR. H. SUSILO BAMBANG YUDHOYONO\n',
        '2005-01-12',
      ),
    ).toContain('other@2005-01-10[Indonesia/Susilo Bambang Yudhoyono]');
  });
  it('a military intervention or operation told as a noun with its date', () => {
    for (const text of [
      'The military intervention of France in Mali began on 11 January 2013.',
      'La intervención militar de Francia en Malí comenzó el 11 de enero de 2013.',
      "L'intervention militaire de la France au Mali a commencé le 11 janvier 2013.",
      'Intervensi militer Prancis di Mali dimulai pada 11 Januari 2013.',
      'Военное вмешательство Франции в Мали началось 11 января 2013 года.',
    ])
      expect(events(text)).toContain('military_action@2013-01-11[France/Mali]');
  });
});
