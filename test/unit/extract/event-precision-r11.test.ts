import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 11 (issue 14): spurious events by class, each rule in every language where the construction exists.
describe('extractArticle: event precision (round 11)', () => {
  it('extractArticle(a strike verb whose subject is a natural disaster: "the earthquake that struck", "le séisme qui a frappé") is no military action', () => {
    expect(
      events('The United States sent aid to Haiti after the earthquake that struck Haiti on 14 August.', '2021-08-26'),
    ).not.toContainEqual(expect.stringMatching(/^military_action/));
    expect(
      events("La France envoie de l'aide à Haïti après le séisme qui a frappé Haïti le 14 août.", '2021-08-26'),
    ).not.toContainEqual(expect.stringMatching(/^military_action/));
    expect(
      events(
        'Россия направила помощь Гаити после землетрясения, которое нанесло удар по Гаити 14 августа.',
        '2021-08-26',
      ),
    ).not.toContainEqual(expect.stringMatching(/^military_action/));
    // (Spanish and Indonesian have no strike verb that a disaster takes: "golpeó", "menghantam" are no triggers)
    // an air strike after a disaster is still one
    expect(
      events('After the earthquake, Russia carried out an airstrike on Aleppo on 14 August.', '2021-08-26'),
    ).toContainEqual(expect.stringMatching(/^military_action@2021-08-14/));
  });

  it('extractArticle(an elected leader named by the participle: "presidente electo", "избранного президента") is no election', () => {
    expect(
      events(
        'El Gobierno de España felicitó el lunes al presidente electo de Guatemala, Alejandro Giammattei.',
        '2019-08-12',
      ),
    ).not.toContainEqual(expect.stringMatching(/^election/));
    expect(
      events(
        'Володин прибыл в Тегеран 30 июля для участия в церемонии инаугурации избранного Президента Ирана.',
        '2024-07-31',
      ),
    ).not.toContainEqual(expect.stringMatching(/^election/));
    // the predicate still tells the election
    expect(
      events('Alejandro Giammattei fue electo presidente de Guatemala el 11 de agosto.', '2019-08-12'),
    ).toContainEqual(expect.stringMatching(/^election@2019-08-11/));
    expect(events('Масуд Пезешкиан был избран президентом Ирана 6 июля.', '2024-07-31')).toContainEqual(
      expect.stringMatching(/^election@2024-07-06/),
    );
  });
});

describe('extractArticle: an event told again by a copula (round 11)', () => {
  it('extractArticle(an event noun as the predicate or the subject of a copula: "This visit is the first ...", "C’était sa première visite") is the event told before', () => {
    expect(
      events(
        'Jokowi received Prime Minister Muhyiddin Yassin at the palace on Friday. This visit was the first official visit by Muhyiddin since he took office on 1 March 2020.',
        '2021-02-06',
      ),
    ).toEqual(['meeting@2021-02-05[Joko Widodo/Muhyiddin Yassin]']);
    expect(
      events(
        'Le ministre Jean Asselborn était en visite lundi 1er février à Berlin. C’était sa première visite officielle au ministre Heiko Maas.',
        '2021-02-06',
      ),
    ).toEqual(['meeting@2021-02-01[Jean Asselborn/Heiko Maas]']);
    expect(
      events(
        'El canciller Marcelo Ebrard visitó Madrid el lunes. Fue su primera visita oficial a España desde que asumió el cargo el 1 de diciembre de 2018.',
        '2021-02-06',
      ),
    ).toEqual(['meeting@2021-02-01[Marcelo Ebrard/Spain]']);
    expect(
      events(
        'Presiden Jokowi menerima kunjungan Perdana Menteri Malaysia Muhyiddin Yassin di Istana Merdeka pada Jumat (5/2/2021). Kunjungan ini merupakan kunjungan resmi perdana Muhyiddin Yassin sejak ia dilantik pada 1 Maret 2020.',
        '2021-02-06',
      ),
    ).toEqual(['meeting@2021-02-05[Joko Widodo/Malaysia/Muhyiddin Yassin]']);
    expect(
      events(
        'Президент Казахстана Токаев посетил Москву в понедельник. Этот визит стал первым визитом Токаева в Россию после его избрания 9 июня 2019 года.',
        '2021-02-06',
      ),
    ).toEqual(['meeting@2021-02-01[Kazakhstan/Kassym-Jomart Tokayev/Russia]']);
  });
});

describe('extractArticle: a report closed by its speech verb (round 11)', () => {
  it('extractArticle(statements reported by a speech verb that closes the sentence: "..., John Kirby said.") is one statement', () => {
    expect(
      events(
        'John Kirby briefed reporters on Monday. Lloyd Austin welcomed the report and stressed the value of the alliance, John Kirby said.',
        '2021-02-02',
      ),
    ).toEqual(['statement@2021-02-02[Lloyd Austin/John Kirby]']);
    expect(
      events(
        'Marcelo Ebrard habló el lunes. Antony Blinken condenó el ataque y expresó su apoyo a México, dijo Marcelo Ebrard.',
        '2021-02-02',
      ),
    ).toEqual(['statement@2021-02-02[Antony Blinken/Mexico/Marcelo Ebrard]']);
    expect(
      events(
        'Мария Захарова выступила в понедельник. Сергей Лавров подчеркнул важность отношений и выразил поддержку, сказала Мария Захарова.',
        '2021-02-02',
      ),
    ).toEqual(['statement@2021-02-02[Sergey Lavrov/Maria Zakharova]']);
  });
});

describe('extractArticle: what an instrument does (round 11)', () => {
  it('extractArticle(an instrument as the subject of an amend verb in the present: "The protocol amends the treaty") is no act', () => {
    expect(
      events(
        'The Senate approved the protocol on Monday. The 2020 protocol amends the existing tax treaty with Canada.',
        '2021-02-02',
      ),
      // the approval names no participant the text ties to a state: the state the text is about (round 14)
    ).toEqual(['other@2021-02-01[Canada]']);
    expect(
      events(
        "Le Sénat a approuvé l'avenant lundi. L'avenant modifie la convention fiscale avec le Canada.",
        '2021-02-02',
      ),
      // the approval names no participant the text ties to a state: the state the text is about (round 14)
    ).toEqual(['other@2021-02-01[Canada]']);
    expect(events('Protokol ini mengubah persetujuan pajak dengan Kanada.', '2021-02-02')).toEqual([]);
    // the parties' act of amending is one
    expect(events('The parties amended the tax treaty with Canada on 5 May 2020.', '2021-02-02')).toEqual([
      'other@2020-05-05[Canada]',
    ]);
  });
});

describe('extractArticle: more signatories of one treaty (round 11)', () => {
  it('extractArticle("The Khartoum Declaration was also signed by Uganda", after its dated signing) is one signing', () => {
    const one = ['treaty_signing@2018-06-27[Sudan/South Sudan/Uganda]'];
    expect(
      events(
        'Sudan and South Sudan signed the Khartoum Declaration of Agreement on 27 June 2018. The Khartoum Declaration was also signed by Uganda.',
        '2018-06-28',
      ),
    ).toEqual(one);
    expect(
      events(
        'Sudán y Sudán del Sur firmaron la Declaración de Jartum el 27 de junio de 2018. La Declaración de Jartum también fue firmada por Uganda.',
        '2018-06-28',
      ),
    ).toEqual(one);
    expect(
      events(
        "Le Soudan et le Soudan du Sud ont signé la Déclaration de Khartoum le 27 juin 2018. La Déclaration de Khartoum a également été signée par l'Ouganda.",
        '2018-06-28',
      ),
    ).toEqual(one);
    expect(
      events(
        'Sudan dan Sudan Selatan menandatangani Deklarasi Khartoum pada 27 Juni 2018. Deklarasi Khartoum juga ditandatangani oleh Uganda.',
        '2018-06-28',
      ),
    ).toEqual(one);
    expect(
      events(
        'Судан и Южный Судан подписали Хартумскую декларацию 27 июня 2018 года. Хартумская декларация также была подписана Угандой.',
        '2018-06-28',
      ),
    ).toEqual(one);
  });
});

describe('extractArticle: an act in preparation (round 11)', () => {
  it('extractArticle(an event noun governed by a preparation: "la préparation de la visite", "la preparación de la visita") is planned', () => {
    expect(
      events(
        'Jokowi recibió a Kurt Campbell el lunes. La reunión abordó la preparación de la visita del presidente Barack Obama.',
        '2021-02-03',
      ),
    ).toEqual(['meeting@2021-02-01[Joko Widodo/Kurt Campbell]']);
    expect(
      events(
        "Jokowi a reçu Kurt Campbell lundi. L'entretien a porté sur la préparation de la visite du président Barack Obama.",
        '2021-02-03',
      ),
    ).toEqual(['meeting@2021-02-01[Joko Widodo/Kurt Campbell]']);
  });
});
