import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { formatPartialDate, parsePartialDate } from '../../../server/domain/calendar';
import { foldText } from '../../../server/extract/fold-text';
import { LEXICONS } from '../../../server/extract/lexicons';
import { resolveDates } from '../../../server/extract/resolve-dates';

/** The values of every date mention, as ISO text ('?' when the text supports none). */
function dates(text: string, lang: Language, published?: string): string[] {
  const p = published ? parsePartialDate(published) : null;
  return resolveDates(text, foldText(text), LEXICONS[lang], p).map((d) => (d.value ? formatPartialDate(d.value) : '?'));
}

describe('resolveDates: absolute dates in four languages', () => {
  it('resolveDates("Sehari sebelumnya" after a month) counts from the last date of the news, not from the month', () => {
    expect(
      dates(
        'Perjanjian ditandatangani Selasa (20/8/2024). Lombok ditandatangani pada 13 November 2006. Indonesia membatalkannya pada September 1999. Sehari sebelumnya, Prabowo bertemu Albanese.',
        'id',
        '2024-08-21',
      ),
    ).toEqual(['2024-08-20', '2006-11-13', '1999-09', '2024-08-19']);
  });
  it('resolveDates("31 August and 4 September 2015") gives the first day the year of the day joined to it, in each language', () => {
    const two = ['2003', '2015-08-31', '2015-09-04'];
    expect(
      dates('Signed in 2003. The notes of August 31 and September 4, 2015 extend it.', 'en', '2016-01-05'),
    ).toEqual(two);
    expect(dates('Firmado en 2003. Hecho el 31 de agosto y 4 de septiembre de 2015.', 'es', '2016-01-05')).toEqual(two);
    expect(dates('Signé en 2003. Les notes des 31 août et 4 septembre 2015.', 'fr', '2016-01-05')).toEqual(two);
    expect(dates('Ditandatangani 2003. Nota pada 31 Agustus dan 4 September 2015.', 'id', '2016-01-05')).toEqual(two);
    expect(dates('Подписано в 2003 году. Ноты от 31 августа и 4 сентября 2015 года.', 'ru', '2016-01-05')).toEqual(two);
    // a later month of another year is no joined day: "on 3 May, and in 1999" keeps the passage's year
    expect(dates('Signed in 2003. Talks on 3 May and in January 1999 failed.', 'en', '2016-01-05')).toEqual([
      '2003',
      '2003-05-03',
      '1999-01',
    ]);
  });
  it('resolveDates("19 June 2024") returns 2024-06-19', () =>
    expect(dates('signed on 19 June 2024', 'en')).toEqual(['2024-06-19']));
  it('resolveDates("June 19, 2024") returns 2024-06-19', () =>
    expect(dates('signed on June 19, 2024 in Pyongyang', 'en')).toEqual(['2024-06-19']));
  it('resolveDates("19 Juni 2024") returns 2024-06-19', () =>
    expect(dates('pada 19 Juni 2024', 'id')).toEqual(['2024-06-19']));
  it('resolveDates("19 июня 2024 года") returns 2024-06-19', () =>
    expect(dates('подписан 19 июня 2024 года', 'ru')).toEqual(['2024-06-19']));
  it('resolveDates("19 de junio de 2024") returns 2024-06-19', () =>
    expect(dates('firmado el 19 de junio de 2024', 'es')).toEqual(['2024-06-19']));
  it('resolveDates("Rabu (19/6/2024)") returns the numeric date, not a weekday', () =>
    expect(dates('pada hari Rabu (19/6/2024) di Pyongyang', 'id')).toEqual(['2024-06-19']));
  it('resolveDates("19.06.2024") returns 2024-06-19 in Russian', () =>
    expect(dates('от 19.06.2024', 'ru')).toEqual(['2024-06-19']));
  it('resolveDates("6/7/2024") in English is ambiguous and gives nothing', () =>
    expect(dates('on 6/7/2024', 'en')).toEqual([]));
});

describe('resolveDates: partial dates and ranges', () => {
  it('resolveDates("tahun 1961") returns 1961', () => expect(dates('perjanjian tahun 1961', 'id')).toEqual(['1961']));
  it('resolveDates("in March 1999") returns 1999-03', () => expect(dates('in March 1999', 'en')).toEqual(['1999-03']));
  it('resolveDates("в 1961 году") returns 1961', () => expect(dates('в 1961 году', 'ru')).toEqual(['1961']));
  it('resolveDates("en 1967") returns 1967', () => expect(dates('en 1967', 'es')).toEqual(['1967']));
  it('resolveDates("2000-2001") returns a range starting 2000', () => {
    const r = resolveDates('2000-2001', foldText('2000-2001'), LEXICONS.id, null);
    expect(r.map((d) => [d.value && formatPartialDate(d.value), d.endValue && formatPartialDate(d.endValue)])).toEqual([
      ['2000', '2001'],
    ]);
  });
  it('resolveDates("12 hingga 14 Juli 2022") returns 2022-07-12 with its end', () => {
    const t = 'pada 12 hingga 14 Juli 2022';
    const [d] = resolveDates(t, foldText(t), LEXICONS.id, null);
    expect([d!.value && formatPartialDate(d!.value), d!.endValue && formatPartialDate(d!.endValue)]).toEqual([
      '2022-07-12',
      '2022-07-14',
    ]);
  });
  it('resolveDates("1961 dan 2000") returns two years, not a range', () =>
    expect(dates('tahun 1961 dan 2000', 'id')).toEqual(['1961', '2000']));
  it('resolveDates("the early 1950s") returns a mention without a value', () =>
    expect(dates('In the early 1950s, the US', 'en')).toEqual(['?']));
});

describe('resolveDates: context and relative dates', () => {
  it('resolveDates("In April") after "In February 1955" carries the year', () =>
    expect(dates('In February 1955, Iraq signed. In April, the UK joined.', 'en')).toEqual(['1955-02', '1955-04']));
  it('resolveDates("el 14 de febrero") takes the year of the sentence', () =>
    expect(dates('completada el 12 de febrero de 1967, firmada el 14 de febrero', 'es')).toEqual([
      '1967-02-12',
      '1967-02-14',
    ]));
  it('resolveDates("setahun setelah") after 1994 returns 1993', () =>
    expect(dates('berlaku pada tahun 1994, setahun setelah Guyana', 'id')).toEqual(['1994', '1993']));
  it('resolveDates("that year") returns the previous year', () =>
    expect(dates('Rabin resigned in 1977. The elections of that year', 'en')).toEqual(['1977', '1977']));
  it('resolveDates("Выборы того года") returns the previous year', () =>
    expect(dates('в 1977 году. Выборы того года', 'ru')).toEqual(['1977', '1977']));
  it('resolveDates("kemarin") with a publication date returns the day before', () =>
    expect(dates('ditandatangani kemarin', 'id', '2024-06-20')).toEqual(['2024-06-19']));
  it('resolveDates("kemarin") without a publication date returns no value', () =>
    expect(dates('ditandatangani kemarin', 'id')).toEqual(['?']));
  it('resolveDates("вчера") returns the day before publication', () =>
    expect(dates('вчера подписали', 'ru', '2024-06-21')).toEqual(['2024-06-20']));
  it('resolveDates("ayer") returns the day before publication', () =>
    expect(dates('firmaron ayer', 'es', '2024-06-21')).toEqual(['2024-06-20']));
  it('resolveDates("last year") returns the previous year', () =>
    expect(dates('signed last year', 'en', '2024-06-21')).toEqual(['2023']));
  it('resolveDates("on Wednesday") returns the last Wednesday up to publication', () =>
    expect(dates('They met on Wednesday', 'en', '2024-06-21')).toEqual(['2024-06-19']));
  it('resolveDates("в среду") returns the last Wednesday', () =>
    expect(dates('в среду подписали', 'ru', '2024-06-21')).toEqual(['2024-06-19']));
  it('resolveDates("the next day") adds a day to the previous date', () =>
    expect(dates('On 11 February 2015 they met; the next day they signed', 'en')).toEqual([
      '2015-02-11',
      '2015-02-12',
    ]));
  it('resolveDates("sehari setelah") is the day before the previous date', () =>
    expect(dates('bertemu kemarin, sehari setelah bertemu Zelenskyy', 'id', '2022-07-01')).toEqual([
      '2022-06-30',
      '2022-06-29',
    ]));
  it('resolveDates("March 30") in a news article takes the publication year', () =>
    expect(dates('ratified the bid on March 30', 'en', '2023-04-05')).toEqual(['2023-03-30']));
});

describe('resolveDates: properties', () => {
  const MONTHS: Record<Language, string[]> = {
    en: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    id: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
    ru: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    es: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    fr: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
  };
  const written = (lang: Language, y: number, m: number, d: number): string =>
    lang === 'en'
      ? `on ${d} ${MONTHS.en[m - 1]} ${y}`
      : lang === 'id'
        ? `pada ${d} ${MONTHS.id[m - 1]} ${y}`
        : lang === 'ru'
          ? `${d} ${MONTHS.ru[m - 1]} ${y} года`
          : lang === 'fr'
            ? `le ${d} ${MONTHS.fr[m - 1]} ${y}`
            : `el ${d} de ${MONTHS.es[m - 1]} de ${y}`;

  it('resolveDates(any day written in any language) returns that day (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Language>('en', 'id', 'ru', 'es', 'fr'),
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        (lang, date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(dates(written(lang, y, m, d), lang)).toEqual([iso]);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('resolveDates(numeric d/m/yyyy in Indonesian) returns that day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2050-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          expect(dates(`Rabu (${d}/${m}/${y})`, 'id')).toEqual([
            `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('resolveDates("takes office on 20 January") in a December article is next January', () => {
    expect(
      dates('President-elect Bill Clinton, who takes office on 20 January, supports it.', 'en', '1992-12-17'),
    ).toEqual(['1993-01-20']);
  });
});

describe('resolveDates: short forms, past weekdays and numbers that are no dates', () => {
  it('resolveDates(a year glued to the lowercase word before it: "от1991 года", "in2010", "pada2019") reads the year; a code ("G20 2019") stays none', () => {
    expect(dates('заменит предыдущий договор от1991 года', 'ru')).toEqual(['1991']);
    expect(dates('the treaty signed in2010 expired', 'en')).toEqual(['2010']);
    expect(dates('perjanjian yang ditandatangani pada2019', 'id')).toEqual(['2019']);
    expect(dates('el acuerdo firmado en2015', 'es')).toEqual(['2015']);
    expect(dates('le traité signé en2003', 'fr')).toEqual(['2003']);
    expect(dates('the F2010 engine', 'en')).toEqual([]);
  });
  it('resolveDates(counted offsets: "two years after", "in3 years after", a digit run longer than the pattern) finds each one', () => {
    // these patterns are tried only within reach of their literal (" after", "lalu", " назад"): a number word, a
    // number glued to the word before it and a long run of digits must all still be reached
    const zeros = '0'.repeat(400);
    expect(dates('The war ended in 1953. Two years after the truce, talks resumed.', 'en')).toEqual(['1953', '1951']);
    expect(dates('The war ended in 1953. It came back in3 years after the truce.', 'en')).toEqual(['1953', '1950']);
    expect(dates(`The war ended in 1953. Then ${zeros}4 years after the truce, talks resumed.`, 'en')).toEqual([
      '1953',
      '1949',
    ]);
    expect(
      dates('Perjanjian itu diteken lima tahun yang lalu dan dibatalkan pada5 tahun lalu.', 'id', '2024-08-21'),
    ).toEqual(['2019', '2019']);
    expect(dates(`Договор подписан ${zeros}20 лет назад.`, 'ru', '2024-08-21')).toEqual(['2004']);
  });
  it('resolveDates("Rabu (3/4/21)") reads a two-digit year in the century of the publication', () => {
    expect(dates('Kedua menteri bertemu pada Rabu (3/4/21) di Jakarta.', 'id', '2021-04-05')).toEqual(['2021-04-03']);
    expect(dates('Министры встретились 03.04.21 в Москве.', 'ru', '2021-04-05')).toEqual(['2021-04-03']);
    expect(dates('Los ministros se reunieron el 3/4/99.', 'es', '2001-01-01')).toEqual(['1999-04-03']);
  });
  it('resolveDates("3/4/21") in English is ambiguous and gives nothing', () =>
    expect(dates('The ministers met (3/4/21) in Washington.', 'en', '2021-04-05')).toEqual([]));
  it('resolveDates("Jumat kemarin", "last Friday", "в прошлую пятницу", "el pasado viernes", "vendredi dernier") is one mention of that Friday', () => {
    expect(dates('Perjanjian itu ditandatangani Jumat kemarin di Bali.', 'id', '2007-04-28')).toEqual(['2007-04-27']);
    expect(dates('The treaty was signed last Friday in Bali.', 'en', '2007-04-28')).toEqual(['2007-04-27']);
    expect(dates('Договор был подписан в прошлую пятницу.', 'ru', '2007-04-28')).toEqual(['2007-04-27']);
    expect(dates('El tratado se firmó el pasado viernes.', 'es', '2007-04-28')).toEqual(['2007-04-27']);
    expect(dates('Le traité a été signé vendredi dernier.', 'fr', '2007-04-28')).toEqual(['2007-04-27']);
    // "Minggu lalu" is last week (16-22 April: its month), not last Sunday
    expect(dates('Minggu lalu kedua menteri bertemu.', 'id', '2007-04-28')).toEqual(['2007-04']);
  });
  it('resolveDates("en septembre dernier", "el pasado mes de septiembre", "September lalu") is the last such month, not a future one', () => {
    expect(dates('Le protocole a été signé en septembre dernier.', 'fr', '2020-08-10')).toEqual(['2019-09']);
    expect(dates('Le traité a été signé en mars dernier, le 7 juin dernier.', 'fr', '2020-08-10')).toEqual([
      '2020-03',
      '2020-06-07',
    ]);
    expect(dates('Le sommet aura lieu en mars prochain.', 'fr', '2020-08-10')).toEqual(['2021-03']);
    expect(dates('Signé au mois de septembre de l’année dernière.', 'fr', '2020-08-10')[0]).toBe('2019-09');
    expect(dates('El acuerdo se firmó el pasado mes de septiembre.', 'es', '2020-08-10')).toEqual(['2019-09']);
    expect(dates('El acuerdo se firmó el pasado 7 de septiembre.', 'es', '2020-08-10')).toEqual(['2019-09-07']);
    expect(dates('La cumbre será en marzo próximo.', 'es', '2020-08-10')).toEqual(['2021-03']);
    expect(dates('Perjanjian ditandatangani pada September lalu.', 'id', '2020-08-10')).toEqual(['2019-09']);
    expect(dates('Договор подписан в сентябре прошлого года.', 'ru', '2020-10-10')).toEqual(['2019-09']);
    expect(dates('The treaty was signed in September last year.', 'en', '2020-10-10')[0]).toBe('2019-09');
    // without a marker a month keeps the publication's year, and "mars" alone is no month
    expect(dates('Le traité a été signé en septembre. Une mission vers mars.', 'fr', '2020-08-10')).toEqual([
      '2020-09',
    ]);
  });
  it('resolveDates(a resolution, a decree number and year, a plan named after a year) finds no year', () => {
    expect(dates('Resolusi DK PBB 1973 disahkan. Visi 2045 diluncurkan.', 'id', '2020-01-01')).toEqual([]);
    expect(dates('Keputusan Presiden Nomor 12 Tahun 2019 diterbitkan.', 'id', '2020-01-01')).toEqual([]);
    expect(dates('Resolution 1973 was adopted. Saudi Vision 2030 and the 2030 Agenda.', 'en', '2020-01-01')).toEqual(
      [],
    );
    expect(dates('Executive Order No. 2019 was signed.', 'en', '2020-01-01')).toEqual([]);
    expect(dates('Резолюция 1973 Совбеза ООН. Указ № 2019 подписан. Стратегия-2030 принята.', 'ru')).toEqual([]);
    expect(dates('La Agenda 2030 fue aprobada. La resolución 1973 del Consejo de Seguridad.', 'es')).toEqual([]);
    expect(dates('La résolution 1973 du Conseil de sécurité.', 'fr')).toEqual([]);
    // a year joined to a serial number is a document's number
    expect(dates('La loi n° 2016-1234 a été adoptée. Le décret 2019-1034 aussi.', 'fr', '2020-01-01')).toEqual([]);
    expect(dates('Federal Law 2016-45 and Decree 2019-1034 apply.', 'en', '2020-01-01')).toEqual([]);
    expect(dates('Ley 2016-1234 y Undang-Undang 2016-123.', 'es', '2020-01-01')).toEqual([]);
  });
  it('resolveDates(a year after a law or an article, or a named election) is still a year', () => {
    expect(dates('The law passed in 2019 and Article 5 of the 1961 treaty.', 'en')).toEqual(['2019', '1961']);
    expect(dates('Pemilu 2024 digelar serentak.', 'id')).toEqual(['2024']);
  });
});
