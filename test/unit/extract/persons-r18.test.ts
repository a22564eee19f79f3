import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { extractArticle } from '../../../server/extract/extract-article';
import { namesOf, testGazetteer } from './shared-gazetteer';

const personsOf = (text: string, language: Language) => namesOf(text, language, 'person');
const countriesOf = (text: string, language: Language) => namesOf(text, language, 'country');

describe('recognizeActors (round 18: one id per person, abbreviations, site datelines)', () => {
  it('the gazetteer declares each known person under one id (no two ids share a name)', () => {
    const byName = new Map<string, Set<string>>();
    for (const a of testGazetteer().actors.values()) {
      if (a.kind !== 'person') continue;
      for (const n of Object.values(a.names).flat()) {
        const ids = byName.get(n) ?? new Set<string>();
        ids.add(a.id);
        byName.set(n, ids);
      }
    }
    // George Bush names two presidents, told apart by the years
    const shared = [...byName].filter(([n, ids]) => ids.size > 1 && n !== 'George Bush').map(([n]) => n);
    expect(shared).toEqual([]);
  });
  it('extractArticle(King Abdullah II, then Abdullah II) gives one actor', () => {
    const out = extractArticle('King Abdullah II met the envoy in Amman. Abdullah II said the talks went well.', {
      gazetteer: testGazetteer(),
    });
    expect(out.actors.filter((a) => a.kind === 'person').map((a) => a.id)).toEqual(['person:abdullah-ii']);
  });
  it('recognizeActors(a correspondent credit "Корр." before an agency) finds no person in the abbreviation', () => {
    expect(personsOf('КИЕВ, 3 марта. /Корр. ТАСС/. Стороны подписали протокол о сотрудничестве.', 'ru')).toEqual([]);
  });
  it('recognizeActors(a news site, a comma and a city before a dash) takes the city as a dateline, not its state', () => {
    expect(
      countriesOf('Kabar pagi\n\nKabarku.com, Jakarta - Menteri Luar Negeri Malaysia tiba di Bandung hari ini.', 'id'),
    ).toEqual(['Malaysia']);
    expect(
      countriesOf('Morning news\n\nDailynews.co.uk, London - The Malaysian foreign minister arrived on Monday.', 'en'),
    ).toEqual(['Malaysia']);
  });
});

describe('recognizeActors (round 18: the source of a report, a title apposed after a possessive or demonym)', () => {
  it('recognizeActors("according to" and a full name) finds the person in each language', () => {
    expect(personsOf('Según Eulogio Vandermeer, el acuerdo entrará en vigor en mayo.', 'es')).toEqual([
      'Eulogio Vandermeer',
    ]);
    expect(personsOf('Selon Zinedd Belkacemi, l’accord entrera en vigueur en mai.', 'fr')).toEqual([
      'Zinedd Belkacemi',
    ]);
    expect(personsOf('Menurut Wiranto Sukmajaya, perjanjian itu berlaku mulai Mei.', 'id')).toEqual([
      'Wiranto Sukmajaya',
    ]);
    expect(personsOf('По словам Окези Нвачукву, соглашение вступит в силу в мае.', 'ru')).toEqual(['Окези Нвачукву']);
    expect(personsOf('The accord will take effect in May, according to Okezie Nwachukwu.', 'en')).toEqual([
      'Okezie Nwachukwu',
    ]);
  });
  it('recognizeActors("according to" and an organization) finds no person', () => {
    expect(personsOf('Según el Ministerio de Relaciones Exteriores, el acuerdo entrará en vigor.', 'es')).toEqual([]);
  });
  it('recognizeActors(a name, a comma, then a possessive or a demonym before the title) finds the person', () => {
    expect(
      personsOf('The accord was signed by Okezie Nwachukwu, Nigeria’s foreign minister, on Monday.', 'en'),
    ).toEqual(['Okezie Nwachukwu']);
    expect(personsOf('The accord was signed by Okezie Nwachukwu, the Nigerian foreign minister.', 'en')).toEqual([
      'Okezie Nwachukwu',
    ]);
  });
});

describe('recognizeActors (round 18: a title before another word of a name, where a name ends, bare state nouns, titles)', () => {
  it('recognizeActors(a title before a middle word of a full name) gives the mention to the person named in full', () => {
    expect(
      personsOf(
        'Presiden menerima Perdana Menteri Timor Leste, Kay Rala Wanggai Gusmaro, di Istana. Kedatangan PM Wanggai disambut dengan upacara.',
        'id',
      ),
    ).toEqual(['Kay Rala Wanggai Gusmaro']);
  });
  it('recognizeActors(a titled name before a weekday, a possessive or a line break) ends the name there', () => {
    expect(personsOf('Hal itu disampaikan Menteri Luar Negeri Okezie Nwachukwu Sabtu malam (19/9).', 'id')).toEqual([
      'Okezie Nwachukwu',
    ]);
    expect(personsOf('The strikes followed President Okezie Nwachukwu’s Sept. 10 speech.', 'en')).toEqual([
      'Okezie Nwachukwu',
    ]);
    expect(
      personsOf('The decree was signed by President Okezie Nwachukwu\nRestoring accountability in arms control.', 'en'),
    ).toEqual(['Okezie Nwachukwu']);
    expect(
      personsOf('Le président Zinedd Belkacemi\nRestauration de la responsabilité dans le contrôle des armes.', 'fr'),
    ).toEqual(['Zinedd Belkacemi']);
  });
  it('recognizeActors(a title "of the Republic" before a full name) finds the person', () => {
    expect(personsOf('El procurador general de la República Eulogio Vandermeer firmó el acuerdo.', 'es')).toEqual([
      'Eulogio Vandermeer',
    ]);
    expect(personsOf('Le président de la République Zinedd Belkacemi a signé l’accord.', 'fr')).toEqual([
      'Zinedd Belkacemi',
    ]);
    expect(personsOf('The President of the Republic Okezie Nwachukwu signed the accord.', 'en')).toEqual([
      'Okezie Nwachukwu',
    ]);
    expect(personsOf('El presidente de la República Dominicana firmó el acuerdo.', 'es')).toEqual([]);
  });
  it('recognizeActors(opposition leaders, envoys and state counsellors by title) finds the person in each language', () => {
    expect(personsOf('State Counsellor Okezie Nwachukwu met the delegation.', 'en')).toEqual(['Okezie Nwachukwu']);
    expect(personsOf('Tokoh oposisi Wiranto Sukmajaya bertemu delegasi pada Senin.', 'id')).toEqual([
      'Wiranto Sukmajaya',
    ]);
    expect(personsOf('В понедельник лидер оппозиции Окези Нвачукву встретился с делегацией.', 'ru')).toEqual([
      'Окези Нвачукву',
    ]);
    expect(personsOf('Спецпосланник Окези Нвачукву прибыл в Женеву.', 'ru')).toEqual(['Окези Нвачукву']);
  });
});

describe('recognizeActors (round 18: a state inside the name of an institution)', () => {
  it('recognizeActors(a state named inside a university, a radio, a newspaper or an airline) finds no state there', () => {
    expect(countriesOf('Speaking at the University of Indonesia, he said Mali and Niger agreed.', 'en')).toEqual([
      'Mali',
      'Niger',
    ]);
    expect(countriesOf('The Japan Times reported that Mali and Niger agreed.', 'en')).toEqual(['Mali', 'Niger']);
    expect(
      countriesOf('Interrogé par Radio France Internationale, il a dit que le Mali et le Niger sont d’accord.', 'fr'),
    ).toEqual(['Mali', 'Niger']);
    expect(countriesOf('En la Universidad de Chile, dijo que Mali y Níger firmaron.', 'es')).toEqual(['Mali', 'Niger']);
    expect(countriesOf('Menurut Universitas Indonesia, Mali dan Niger menandatangani perjanjian itu.', 'id')).toEqual([
      'Mali',
      'Niger',
    ]);
    expect(countriesOf('Как сообщает Радио Франции, Мали и Нигер подписали соглашение.', 'ru')).toEqual([
      'Mali',
      'Niger',
    ]);
  });
  it('recognizeActors(a state beside a lowercase institution noun or a treaty name) keeps the state', () => {
    expect(countriesOf('France said the university would reopen.', 'en')).toEqual(['France']);
    expect(countriesOf('The U.S.-Jamaica Air Transport Agreement was amended.', 'en')).toContain('Jamaica');
  });
});
