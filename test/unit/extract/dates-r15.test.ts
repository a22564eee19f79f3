import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 15 (issue 14): how an event's date is chosen, each rule in the languages where the construction exists.
describe('extractArticle: dates of round 15', () => {
  it('extractArticle(a year that qualifies another noun) does not date the verb with it', () => {
    expect(
      events('Russian Foreign Minister Sergey Lavrov said the 2015 nuclear deal must be saved.', '2020-06-10'),
    ).toEqual(['statement@2020-06-10[Russia/Sergey Lavrov]']);
    expect(
      events(
        'El ministro ruso de Exteriores, Serguéi Lavrov, elogió el espíritu de la Conferencia de Madrid de 1991.',
        '2020-06-10',
      ),
    ).toContain('statement@2020-06-10[Russia/Sergey Lavrov]');
    expect(
      events(
        "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a salué l'esprit de la conférence de Madrid de 1991.",
        '2020-06-10',
      ),
    ).toContain('statement@2020-06-10[Russia/Sergey Lavrov]');
    expect(
      events('Министр иностранных дел России Сергей Лавров высоко оценил итоги выборов 2018 года.', '2020-06-10'),
    ).toContain('statement@2020-06-10[Russia/Sergey Lavrov]');
  });

  it('extractArticle(a year that is the time of the act: "at the end of", "a finales de", "в конце") keeps it', () => {
    expect(events('Spain and Chile signed the agreement at the end of 2019.', '2020-06-10')).toEqual([
      'treaty_signing@2019[Spain/Chile]',
    ]);
    expect(events('España y Chile firmaron el acuerdo a finales de 2019.', '2020-06-10')).toEqual([
      'treaty_signing@2019[Spain/Chile]',
    ]);
    expect(events("L'Espagne et le Chili ont signé l'accord à la fin de 2019.", '2020-06-10')).toEqual([
      'treaty_signing@2019[Spain/Chile]',
    ]);
    expect(events('Россия и Китай подписали соглашение в конце 2019 года.', '2020-06-10')).toEqual([
      'treaty_signing@2019[Russia/China]',
    ]);
  });

  it('extractArticle("July of 2016") reads a month of a year', () => {
    expect(events('Spain and Chile signed the agreement in July of 2016.', '2020-06-10')).toEqual([
      'treaty_signing@2016-07[Spain/Chile]',
    ]);
  });
  it('extractArticle(a date inside an "after ..." clause after the trigger) leaves it to the earlier act', () => {
    for (const text of [
      'President Joko Widodo received Prime Minister Anthony Albanese at the Bogor Palace, two weeks after Albanese was sworn in on May 23.',
      'El presidente Joko Widodo recibió al primer ministro Anthony Albanese en el Palacio de Bogor, después de que Albanese jurara el cargo el 23 de mayo.',
      'Le président Joko Widodo a reçu le Premier ministre Anthony Albanese au palais de Bogor, après que celui-ci a prêté serment le 23 mai.',
      'Presiden Joko Widodo menerima Perdana Menteri Anthony Albanese di Istana Bogor, setelah Albanese dilantik pada 23 Mei.',
      'Президент Джоко Видодо принял премьер-министра Энтони Албаниза во дворце Богор после того как Албаниз 23 мая вступил в должность.',
    ])
      expect(events(text, '2022-06-06')).toEqual(['meeting@2022-06-06[Joko Widodo/Anthony Albanese]']);
  });

  it('extractArticle(a comma between "following ..." and a date) keeps the date for the verb', () => {
    expect(
      events(
        'The United States and Palau signed the agreement following the review of the Compact, on September 19 in Koror.',
        '2022-06-06',
      ),
    ).toEqual(['treaty_signing@2021-09-19[United States/Palau]']);
  });
  it('extractArticle(a date after "adopted", "opened for signature") is the instrument\'s, not the ratification\'s', () => {
    for (const text of [
      'The Senate of Chile has ratified the Protocol on Explosive Remnants of War, adopted in Geneva on 28 November 2003.',
      'El Senado de Chile ha ratificado el Protocolo sobre Restos Explosivos de Guerra, adoptado en Ginebra el 28 de noviembre de 2003.',
      'Le Sénat du Chili a ratifié le Protocole relatif aux restes explosifs de guerre, adopté à Genève le 28 novembre 2003.',
      'Senat Chili telah meratifikasi Protokol tentang Sisa-sisa Bahan Peledak Perang, yang diadopsi di Jenewa pada 28 November 2003.',
      'Сенат Чили ратифицировал Протокол по взрывоопасным пережиткам войны, принятый в Женеве 28 ноября 2003 года.',
    ])
      expect(events(text, '2008-05-08')).toEqual(['ratification@2008-05-08[Senate of Chile]']);
  });
});
