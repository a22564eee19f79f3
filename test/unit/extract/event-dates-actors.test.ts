/**
 * Events found with the wrong date, actors or type (issue 14, round 3): made-up sentences, one
 * per rule and language.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { formatPartialDate, parsePartialDate } from '../../../server/domain/calendar';
import { foldText } from '../../../server/extract/fold-text';
import { LEXICONS } from '../../../server/extract/lexicons';
import { resolveDates } from '../../../server/extract/resolve-dates';
import { extractedEvents as events } from './shared-gazetteer';

const signings = (text: string, published?: string) =>
  events(text, published).filter((e) => e.startsWith('treaty_signing'));
const dates = (text: string, lang: Language, published?: string): string[] =>
  resolveDates(text, foldText(text), LEXICONS[lang], published ? parsePartialDate(published) : null).map((d) =>
    d.value ? formatPartialDate(d.value) : '?',
  );

describe('a signing reported without a date in a dated article is the news of its day', () => {
  it.each([
    ['en', 'Japan and Vietnam have signed a new trade agreement.'],
    ['es', 'Japón y Vietnam han firmado un nuevo acuerdo comercial.'],
    ['fr', 'Le Japon et le Vietnam ont signé un nouvel accord commercial.'],
    ['id', 'Jepang dan Vietnam telah menandatangani perjanjian perdagangan baru.'],
    ['ru', 'Япония и Вьетнам подписали новое торговое соглашение.'],
  ])('%s: "%s"', (_lang, text) => {
    expect(signings(text, '2021-03-05').map((e) => e.split('[')[0])).toEqual(['treaty_signing@2021-03-05']);
    // without a publication day nothing dates it
    expect(signings(text).every((e) => e.startsWith('treaty_signing@null'))).toBe(true);
  });
  it.each([
    ['en', 'The trade agreement between Japan and Vietnam, which was signed by their ministers, expires soon.'],
    ['fr', "L'accord commercial entre le Japon et le Vietnam, qui a été signé par leurs ministres, expire bientôt."],
    ['id', 'Perjanjian perdagangan yang ditandatangani Jepang dan Vietnam akan segera berakhir.'],
  ])('%s: a signing in a relative clause describes the treaty: "%s"', (_lang, text) => {
    expect(signings(text, '2021-03-05').filter((e) => e.includes('2021-03-05'))).toEqual([]);
  });
});

describe('"in the month of" before a month name', () => {
  it.each([
    ['en', 'The accord was signed in the month of September.', '2014-09'],
    ['es', 'El acuerdo fue firmado en el mes de septiembre.', '2014-09'],
    ['fr', "L'accord a été signé au mois de septembre.", '2014-09'],
    ['fr', "L'accord a été signé au mois d'août.", '2014-08'],
    ['id', 'Perjanjian itu ditandatangani pada bulan September.', '2014-09'],
  ] as const)('%s: "%s" → %s', (lang, text, want) => {
    expect(dates(text, lang, '2014-12-06')).toEqual([want]);
  });
});

describe('"ago": counted back from the publication, at the precision of its unit', () => {
  it.each([
    ['en', 'The talks began three years ago and resumed a week ago.', '2015-02-04', ['2012', '2015-01-28']],
    ['en', 'Four years ago today, the treaty entered into force.', '2015-02-04', ['2011-02-04']],
    ['en', 'The talks began more than three years ago.', '2015-02-04', ['?']],
    [
      'es',
      'Hoy hace un año que Rusia lanzó la invasión; hace tres meses hubo otra.',
      '2023-02-24',
      ['2022-02-24', '2022-11'],
    ],
    ['fr', "J'ai pris cette décision il y a déjà 8 jours, il y a deux ans.", '2013-01-20', ['2013-01-12', '2011']],
    ['id', 'Perundingan dimulai dua tahun lalu dan seminggu yang lalu.', '2017-01-20', ['2015', '2017-01-13']],
    ['id', 'Ia terpilih lebih dari tiga tahun lalu.', '2017-01-20', ['?']],
    [
      'ru',
      'Договор заключен 20 лет назад, переговоры начались год назад, три дня назад.',
      '2021-06-28',
      ['2001', '2020', '2021-06-25'],
    ],
  ] as const)('%s: "%s"', (lang, text, published, want) => {
    expect(dates(text, lang, published)).toEqual(want);
  });
  it('"hace un llamamiento" is no date', () =>
    expect(dates('España hace un llamamiento.', 'es', '2023-02-24')).toEqual([]));
  it('a relative date beside a written one ("four years ago on February 5, 2011") gives way to it', () => {
    expect(
      events(
        'The treaty between Japan and Vietnam entered into force four years ago on February 5, 2011.',
        '2015-02-04',
      ).map((e) => e.split('[')[0]),
    ).toContain('entry_into_force@2011-02-05');
  });
});

describe('days written with an ordinal ending, and months counted from the previous date', () => {
  it.each([
    ['fr', "L'accord est entré en vigueur le 1er juillet 2020.", ['2020-07-01']],
    ['es', 'El acuerdo entró en vigor el 1.º de julio de 2020.', ['2020-07-01']],
    ['ru', 'Соглашение вступило в силу 1-го июля 2020 года.', ['2020-07-01']],
    ['en', 'The agreement entered into force on 1st July 2020.', ['2020-07-01']],
  ] as const)('%s: "%s"', (lang, text, want) => expect(dates(text, lang)).toEqual(want));
  it.each([
    ['en', 'They agreed on 1 October 2018 and signed it the following month.', ['2018-10-01', '2018-11']],
    ['es', 'Acordaron el 1 de octubre de 2018 y lo firmaron al mes siguiente.', ['2018-10-01', '2018-11']],
    ['fr', 'Ils se sont accordés le 1er octobre 2018 et ont signé le mois suivant.', ['2018-10-01', '2018-11']],
    ['id', 'Mereka sepakat pada 1 Oktober 2018 dan menandatanganinya bulan berikutnya.', ['2018-10-01', '2018-11']],
    ['ru', 'Стороны договорились 1 октября 2018 года и подписали его в следующем месяце.', ['2018-10-01', '2018-11']],
  ] as const)('%s: "%s"', (lang, text, want) => expect(dates(text, lang)).toEqual(want));
});

describe('a semicolon closes an independent clause', () => {
  it('"X es firmado por ...; fue rescindido por Rusia el 31 de marzo de 2014" leaves the signing undated', () => {
    const text =
      'El Tratado de Amistad entre Japón y Vietnam es firmado en Hanoi por el presidente de Japón; fue rescindido unilateralmente por Vietnam el 31 de marzo de 2014.';
    expect(signings(text).map((e) => e.split('[')[0])).toEqual(['treaty_signing@null']);
  });
});

describe('a clause opening on "since" dates no event of another clause', () => {
  it.each([
    ['en', 'It is the first meeting between Japan and Vietnam, since the election of its president in April 2019.'],
    ['es', 'Es la primera reunión entre Japón y Vietnam, desde la elección de su presidente en abril de 2019.'],
    [
      'fr',
      "C'est la première rencontre entre le Japon et le Vietnam, depuis l'élection de son président en avril 2019.",
    ],
    ['id', 'Ini adalah pertemuan pertama antara Jepang dan Vietnam, sejak pemilihan presidennya pada April 2019.'],
  ])('%s: "%s"', (_lang, text) => {
    expect(events(text, '2019-12-09').filter((e) => e.startsWith('meeting@2019-04'))).toEqual([]);
  });
});

describe('dates of steps told after another (issue 14, round 4)', () => {
  it.each([
    [
      'en',
      'The parliament of Chile ratified the treaty with Peru on 14 February 2024, and the government of Chile brought it into force a week later.',
    ],
    [
      'es',
      'El parlamento de Chile ratificó el tratado con Perú el 14 de febrero de 2024, y el gobierno de Chile lo puso en vigor una semana después.',
    ],
    [
      'fr',
      "Le parlement du Chili a ratifié le traité avec le Pérou le 14 février 2024, et le gouvernement du Chili l'a mis en vigueur une semaine plus tard.",
    ],
    [
      'id',
      'Parlemen Chili meratifikasi perjanjian dengan Peru pada 14 Februari 2024, dan pemerintah Chili memberlakukannya seminggu kemudian.',
    ],
    [
      'ru',
      'Парламент Чили ратифицировал договор с Перу 14 февраля 2024 года, а через неделю правительство Чили ввело его в действие.',
    ],
  ])('%s: "a week later" is seven days after the date before it', (_lang, text) => {
    expect(events(text).map((e) => e.split('[')[0])).toEqual([
      'ratification@2024-02-14',
      'entry_into_force@2024-02-21',
    ]);
  });
  it.each([
    [
      'en',
      'After Chile and Peru notified the completion of the procedures, the agreement entered into force on 1 July 2020.',
    ],
    [
      'fr',
      "Après que le Chili et le Pérou ont notifié l'achèvement des procédures, l'accord est entré en vigueur le 1er juillet 2020.",
    ],
  ])('%s: an act in a clause opening on "after" does not take the date of the main clause', (_lang, text) => {
    expect(events(text)).toEqual(['entry_into_force@2020-07-01[Chile/Peru]']);
  });
});

describe('a statement about an act dated in its object is of the day it is made (issue 14, round 4)', () => {
  it.each([
    ['en', 'The United States strongly condemns the attack on the embassy in Kabul yesterday.'],
    ['es', 'España condena enérgicamente el atentado perpetrado ayer en Kabul.'],
    ['fr', "La France condamne fermement l'attentat d'hier soir à Kaboul."],
    ['id', 'Indonesia mengecam keras serangan kemarin di Kabul.'],
    ['ru', 'Россия решительно осуждает теракт, совершенный вчера в Кабуле.'],
  ])('%s: "%s": the condemnation today, the attack yesterday', (_lang, text) => {
    const out = events(text, '2014-05-25').map((e) => e.split('[')[0]);
    expect(out).toContain('statement@2014-05-25');
    expect(out).toContain('military_action@2014-05-24');
  });
});

describe('dates of the news register (issue 14, round 6)', () => {
  it.each([
    ['en', 'Russia signed the agreement on June 3.', '2024-06-03'],
    ['en', 'Russia signed the agreement on May 3rd.', '2024-05-03'],
  ])('%s: a day written month first keeps its day: "%s"', (lang, text, want) =>
    expect(dates(text, lang as Language, '2024-06-10')).toEqual([want]),
  );
  it.each([
    ['en', 'Japan and Vietnam signed a trade agreement on July 3.'],
    ['es', 'Japón y Vietnam firmaron un acuerdo comercial el 3 de julio.'],
    ['fr', 'Le Japon et le Vietnam ont signé un accord commercial le 3 juillet.'],
    ['id', 'Jepang dan Vietnam telah menandatangani perjanjian perdagangan pada 3 Juli.'],
    ['ru', 'Япония и Вьетнам подписали торговое соглашение 3 июля.'],
  ])('%s: a past act dated after the publication by day and month is last year\'s: "%s"', (_lang, text) =>
    expect(signings(text, '2024-06-10').map((e) => e.split('[')[0])).toEqual(['treaty_signing@2023-07-03']),
  );
  it.each([
    ['en', 'Japan and Vietnam will sign a trade agreement on July 3.'],
    ['fr', 'Le Japon et le Vietnam signeront un accord commercial le 3 juillet.'],
    ['id', 'Jepang dan Vietnam akan menandatangani perjanjian perdagangan pada 3 Juli.'],
  ])('%s: a planned act dated after the publication is no event: "%s"', (_lang, text) =>
    expect(signings(text, '2024-06-10')).toEqual([]),
  );
  it.each([
    ['en', 'Japan and Vietnam signed a trade agreement last week.'],
    ['es', 'Japón y Vietnam firmaron un acuerdo comercial la semana pasada.'],
    ['fr', 'Le Japon et le Vietnam ont signé un accord commercial la semaine dernière.'],
    ['id', 'Jepang dan Vietnam menandatangani perjanjian perdagangan minggu lalu.'],
    ['ru', 'Япония и Вьетнам подписали торговое соглашение на прошлой неделе.'],
  ])('%s: "last week" is the month most of that week lies in, not the publication day: "%s"', (_lang, text) => {
    // published Tuesday 4 June 2024: last week ran from 27 May to 2 June
    expect(signings(text, '2024-06-04').map((e) => e.split('[')[0])).toEqual(['treaty_signing@2024-05']);
    expect(signings(text, '2024-06-20').map((e) => e.split('[')[0])).toEqual(['treaty_signing@2024-06']);
  });
});
