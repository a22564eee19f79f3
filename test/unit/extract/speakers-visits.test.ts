/** Speakers, visits, meetings and signings in the forms of round 10 (issue 14), in every language. */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

describe('a speaker named after the verb behind a title with no comma (round 10)', () => {
  it('"a indiqué le ministre des Affaires étrangères X" names the speaker in every language', () => {
    const day = '2021-03-04';
    expect(
      events(
        '« Nous sommes prêts à aider nos partenaires », a indiqué le ministre des Affaires étrangères Jean-Yves Le Drian.',
        day,
      ),
    ).toContain('statement@2021-03-04[Jean-Yves Le Drian]');
    expect(
      events(
        '« La coopération se poursuit », a déclaré mardi le ministre de l’Europe et des Affaires étrangères Jean-Yves Le Drian.',
        day,
      ),
    ).toContain('statement@2021-03-02[Jean-Yves Le Drian]');
    expect(
      events('"Kami siap membantu para korban," kata Menteri Koordinator Bidang Perekonomian Airlangga Hartarto.', day),
    ).toContain('statement@2021-03-04[Airlangga Hartarto]');
    expect(
      events(
        '"Estamos listos para ayudar", afirmó el martes el ministro de Asuntos Exteriores José Manuel Albares.',
        day,
      ),
    ).toContain('statement@2021-03-02[José Manuel Albares]');
    expect(
      events('"We are ready to help," said Secretary of State for Foreign Affairs Jean-Yves Le Drian.', day),
    ).toContain('statement@2021-03-04[Jean-Yves Le Drian]');
  });
});

describe('an arrival for a visit or talks is the visit (round 10)', () => {
  it('"est arrivé mardi à Tokyo pour une visite", "llegó a", "tiba di ... untuk kunjungan" are meetings of that day', () => {
    const day = '2023-07-12';
    expect(
      events('Le ministre Jean-Yves Le Drian est arrivé mardi à Tokyo pour une visite officielle de deux jours.', day),
    ).toContain('meeting@2023-07-11[Jean-Yves Le Drian]');
    expect(
      events('La canciller Alicia Bárcena llegó el martes a Tokio para una visita oficial de dos días.', day),
    ).toContain('meeting@2023-07-11[Alicia Bárcena/Japan]');
    expect(
      events(
        'Presiden Joko Widodo tiba di Port Moresby untuk kunjungan kenegaraan ke Papua Nugini, Selasa (11/7).',
        day,
      ),
    ).toContain('meeting@2023-07-11[Joko Widodo/Papua New Guinea]');
    expect(
      events('Foreign Minister Penny Wong arrived in Jakarta on Tuesday for a two-day official visit.', day),
    ).toContain('meeting@2023-07-11[Penny Wong]');
  });
});

describe('a sitting, a session or negotiations as the frame of an act (round 10)', () => {
  it('"pada Persidangan ke-7", "lors des négociations" name the meeting; a chamber’s sitting does not', () => {
    const day = '2023-07-12';
    expect(
      events(
        'Pemerintah Indonesia dan Malaysia melanjutkan pembahasan pada Persidangan ke-7 Komite Perbatasan di Bandung, Selasa (11/7).',
        day,
      ),
    ).toContain('meeting@2023-07-11[Indonesia/Malaysia]');
    expect(
      events('RUU pengesahan perjanjian itu disetujui DPR dalam rapat paripurna pada Selasa.', day).some((e) =>
        e.startsWith('meeting'),
      ),
    ).toBe(false);
    expect(
      events(
        'Lors des négociations de mardi à Genève, la France et la Suisse ont rapproché leurs positions.',
        day,
      ).some((e) => e.startsWith('meeting@2023-07-11[France/Switzerland')),
    ).toBe(true);
  });
});

describe('a host receiving guests (round 10)', () => {
  it('"menerima tamu delegasi", "menerima kunjungan kehormatan" are meetings', () => {
    const day = '2023-07-12';
    expect(
      events(
        'Menteri Pertahanan Prabowo Subianto menerima tamu perwakilan Angkatan Bersenjata Malaysia di kantornya, Selasa (11/7).',
        day,
      ).some((e) => e.startsWith('meeting@2023-07-11[Prabowo Subianto')),
    ).toBe(true);
  });
});

describe('a heading that is an event noun and its date (round 10)', () => {
  it('"Entretien entre X et Y, le <date>", "Meeting between X and Y (Place, date)" take that date, in every language', () => {
    const day = '2023-07-14';
    expect(
      events(
        'Entretien entre le président Emmanuel Macron et le Premier ministre Narendra Modi, le 12 juillet 2023.',
        day,
      ),
    ).toContain('meeting@2023-07-12[Emmanuel Macron/Narendra Modi]');
    expect(
      events(
        'Meeting between President Joe Biden and Prime Minister Narendra Modi (Washington, July 13, 2023).',
        day,
      ).some((e) => e.startsWith('meeting@2023-07-13[Joe Biden/Narendra Modi')),
    ).toBe(true);
    expect(
      events(
        'Pertemuan bilateral Presiden Joko Widodo dengan Perdana Menteri Narendra Modi (Jakarta, 13 Juli 2023).',
        day,
      ).some((e) => e.startsWith('meeting@2023-07-13[Joko Widodo/Narendra Modi')),
    ).toBe(true);
    expect(
      events(
        'Встреча Сергея Лаврова с министром иностранных дел Индии Субраманьямом Джайшанкаром, 13 июля 2023 года.',
        day,
      ).some((e) => e.startsWith('meeting@2023-07-13[Sergey Lavrov')),
    ).toBe(true);
    expect(
      events(
        'Reunión del canciller Marcelo Ebrard con el secretario de Estado Antony Blinken, 13 de julio de 2023.',
        day,
      ).some((e) => e.startsWith('meeting@2023-07-13')),
    ).toBe(true);
  });
  it('a date closing a sentence with a verb is not a heading’s', () => {
    expect(
      events(
        'La rencontre entre les deux présidents sera organisée plus tard, selon le communiqué du 12 juillet 2023.',
        '2023-07-14',
      ).some((e) => e.startsWith('meeting')),
    ).toBe(false);
  });
});

describe('a signing witnessed, a day between the verb and its object (round 10)', () => {
  it('"ont assisté mardi à la signature", "presenciaron el martes la firma" are the signing of that day', () => {
    const day = '2023-07-12';
    expect(
      events(
        "Le président Emmanuel Macron et le Premier ministre Fumio Kishida ont assisté mardi à la signature d'un protocole d'accord sur l'énergie.",
        day,
      ),
    ).toContain('treaty_signing@2023-07-11[Emmanuel Macron/Fumio Kishida]');
    expect(
      events(
        'El presidente Andrés Manuel López Obrador y el primer ministro Fumio Kishida presenciaron el martes la firma de un memorando de entendimiento sobre energía.',
        day,
      ),
    ).toContain('treaty_signing@2023-07-11[Andrés Manuel López Obrador/Fumio Kishida]');
  });
});
