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
});
