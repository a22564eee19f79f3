/**
 * Military actions (issue 14, round 11): the plurals of war nouns, strikes named by their weapon, exercises, drills
 * and patrols (by a military adjective or by their code name), deployments in every tense, hosts of an exercise, and
 * one act told on two days. Made-up sentences, one per rule and language.
 */
import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

const PUBLISHED = '2024-03-14';
const typeAndDate = (text: string): string[] => events(text, PUBLISHED).map((e) => e.split('[')[0]!);

describe('a war noun in the plural or named by its weapon is an act, dated by its clause', () => {
  it.each([
    ['en', 'Israeli jets carried out raids on targets in southern Lebanon on March 10.'],
    ['en', 'Drone strikes on fuel depots near Kharkiv killed three people on March 10.'],
    ['es', 'Los bombardeos contra Gaza del 10 de marzo dejaron decenas de muertos.'],
    ['fr', 'Les attaques du 10 mars contre des postes militaires au Niger ont fait dix morts.'],
    ['ru', 'Российская авиация нанесла авиаудары по позициям боевиков под Идлибом 10 марта.'],
  ])('%s: "%s"', (_lang, text) => {
    expect(typeAndDate(text)).toEqual(['military_action@2024-03-10']);
  });
});

describe('an exercise, drill or patrol is a military action', () => {
  it.each([
    ['en', 'The navies of India and Japan began the joint naval exercise on March 11 in the Bay of Bengal.'],
    ['en', 'Chinese and Russian warships held joint drills in the Sea of Japan on Monday.'],
    ['es', 'Tropas de Rusia y China realizaron maniobras conjuntas el lunes en el mar de Japón.'],
    ['fr', 'Les marines française et indienne ont lancé le 11 mars un exercice naval dans l’océan Indien.'],
    ['id', 'Latihan gabungan TNI dibuka di Situbondo pada Senin (11/3).'],
    ['ru', 'Военно-морские силы России и Китая начали совместные учения в Японском море 11 марта.'],
  ])('%s: "%s"', (_lang, text) => {
    expect(typeAndDate(text)).toEqual(['military_action@2024-03-11']);
  });
  it.each([
    ['en', 'The exercise Cobra Gold opened on March 11 in Thailand with troops from 30 countries.'],
    ['en', 'Thailand opened the annual Cobra Gold exercise on March 11.'],
    ['es', 'Chile inauguró el 11 de marzo el ejercicio UNITAS en Valparaíso.'],
    ['fr', 'La France et l’Inde ont ouvert le 11 mars l’exercice « Varuna » au large de Goa.'],
    ['id', 'TNI AL dan Angkatan Laut Singapura membuka Latihan Eagle Indopura di Laut Natuna pada 11 Maret 2024.'],
  ])('%s: an exercise named by its code name: "%s"', (_lang, text) => {
    expect(typeAndDate(text)).toEqual(['military_action@2024-03-11']);
  });
  it.each([
    ['en', 'Doctors on Monday urged people to exercise more.'],
    ['en', 'The minister said on Monday that the exercise of these rights is protected.'],
    ['es', 'El ministro presentó el lunes el ejercicio presupuestario de 2024.'],
    ['fr', 'Le ministre a présenté lundi les exercices de respiration du programme.'],
    ['id', 'Para siswa mengikuti latihan soal ujian pada Senin (11/3).'],
  ])('%s: no exercise without a military word or a name: "%s"', (_lang, text) => {
    expect(typeAndDate(text).filter((e) => e.startsWith('military_action'))).toEqual([]);
  });
});

describe('troops and arms deployed in every tense', () => {
  it.each([
    ['en', 'The United States deploys two destroyers to the Red Sea on Monday.'],
    ['es', 'Francia despliega 300 soldados en Estonia el lunes.'],
    ['fr', 'La France déploie trois frégates en mer Rouge le lundi 11 mars.'],
  ])('%s: "%s"', (_lang, text) => {
    expect(typeAndDate(text)).toEqual(['military_action@2024-03-11']);
  });
  it('extractArticle("700 deployed missiles") is a tally, not a deployment', () => {
    expect(
      typeAndDate(
        'Signed in 2010, the treaty limits each side to 1,550 warheads and 700 deployed missiles and bombers.',
      ).filter((e) => e.startsWith('military_action')),
    ).toEqual([]);
  });
});

describe('the host of an exercise or a meeting stages it', () => {
  it.each([
    ['en', 'Chile hosted the naval exercise in Valparaíso and Coquimbo, from March 4 to March 11.'],
    ['es', 'La Armada de Chile fue sede del ejercicio naval, esta vez en Valparaíso y Coquimbo, del 4 al 11 de marzo.'],
  ])('%s: "%s"', (_lang, text) => {
    expect(typeAndDate(text)).toEqual(['military_action@2024-03-04']);
  });
});

describe('one act told with two days is that act on each day', () => {
  it.each([
    ['en', 'U.S. aircraft conducted two airstrikes March 10 and yesterday near Sinjar.'],
    ['fr', 'L’aviation française a mené des frappes le 10 mars et hier près de Raqqa.'],
  ])('%s: "%s"', (_lang, text) => {
    expect(typeAndDate(text)).toEqual(['military_action@2024-03-10', 'military_action@2024-03-13']);
  });
  it('extractArticle(a date before the noun and after its verb) is the verb’s: "denunció este domingo los ataques"', () => {
    expect(
      events('El ministro de Defensa de Ucrania, Rustem Umérov, denunció este domingo los ataques rusos.', PUBLISHED),
    ).toEqual(['statement@2024-03-10[Ukraine/Rustem Umerov/Russia]']);
  });
});

describe('an undated military act in the lede of a dated page is the news of its day', () => {
  it.each([
    ['en', 'North Korea has carried out a thermonuclear test, its state media said.'],
    ['es', 'Corea del Norte ha realizado un ensayo termonuclear, según sus medios oficiales.'],
    ['fr', 'La Corée du Nord a procédé à un essai thermonucléaire, selon ses médias officiels.'],
  ])('%s: "%s"', (_lang, text) => {
    expect(typeAndDate(text).filter((e) => e.startsWith('military_action'))).toEqual(['military_action@2024-03-14']);
  });
  it('extractArticle(an undated military act after the lede) stays undated: background, not news', () => {
    const text =
      'The report of the commission covers trade between the member states and their partners in Asia.\n\n' +
      'It also covers energy, with a chapter on the supply of gas and oil to the member states in winter.\n\n' +
      'It covers migration as well.\n\nIt recalls that Russia invaded Ukraine.';
    expect(typeAndDate(text).filter((e) => e.startsWith('military_action'))).toEqual(['military_action@null']);
  });
});

describe('a unit attacked, ambushed or under fire is a military action', () => {
  it.each([
    ['en', 'A British patrol came under heavy fire near Lashkar Gah on March 10.'],
    ['es', 'Una patrulla del Ejército fue emboscada el 10 de marzo cerca de Tumaco.'],
    ['fr', 'Dans la matinée du 10 mars, la force Barkhane a été prise à partie par des groupes armés.'],
    ['id', 'Sebuah patroli TNI disergap kelompok bersenjata di Intan Jaya pada Minggu (10/3).'],
    ['ru', 'Российские военные попали в засаду под Пальмирой 10 марта.'],
  ])('%s: "%s"', (_lang, text) => {
    expect(typeAndDate(text)).toEqual(['military_action@2024-03-10']);
  });
});

describe('one military act of a day told again by some of its parties is one event', () => {
  it('extractArticle(a raid told in the lede and again two sentences on) is one military action', () => {
    const text =
      'French aircraft carried out a raid against Islamic State positions in Syria on March 10. The raid involved ten jets. The jets took off from Jordan. On March 10, the raid by the Islamic State targets destroyed a command centre.';
    expect(typeAndDate(text).filter((e) => e.startsWith('military_action'))).toEqual(['military_action@2024-03-10']);
  });
});

describe('soldiers who seize a head of state stage a coup', () => {
  it.each([
    ['en', 'Mutinous soldiers arrested the president at his residence on March 10.'],
    ['es', 'Unos 200 soldados arrestaron al presidente de Honduras en su residencia el 10 de marzo.'],
    ['fr', 'Des militaires ont arrêté le président Bazoum dans sa résidence le 10 mars.'],
    ['id', 'Tentara menangkap presiden di kediamannya pada Minggu (10/3).'],
    [
      'ru',
      'В воскресенье, 10 марта, военные арестовали президента страны в его резиденции и увезли его на военную базу.',
    ],
  ])('%s: "%s"', (_lang, text) => {
    expect(typeAndDate(text)).toEqual(['military_action@2024-03-10']);
  });
  it('extractArticle(the police arresting a club’s president) is an arrest, not a coup', () => {
    expect(typeAndDate('Police arrested the president of the football club on March 10.')).toEqual([
      'other@2024-03-10',
    ]);
  });
});
