import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 16 (issue 14): how an event's date is chosen, each rule in the languages where the construction exists.
describe('extractArticle: dates of round 16', () => {
  it('extractArticle(a frame that names a visit told by a verb that is no event) dates the act with that day', () => {
    const cases: [string, string][] = [
      [
        'Secretary of State Antony Blinken arrived in Jakarta on July 4. During this visit, Blinken met Foreign Minister Retno Marsudi.',
        'meeting@2023-07-04[Antony Blinken/Retno Marsudi]',
      ],
      [
        'El canciller argentino Santiago Cafiero llegó a Brasilia el 4 de julio. Durante esta visita, Cafiero se reunió con el canciller brasileño Mauro Vieira.',
        'meeting@2023-07-04[Brazil/Mauro Vieira]',
      ],
      [
        "La ministre Catherine Colonna est arrivée à Berlin le 4 juillet. Lors de cette visite, Catherine Colonna s'est entretenue avec Annalena Baerbock.",
        'meeting@2023-07-04[Catherine Colonna/Annalena Baerbock]',
      ],
      [
        'Menteri Luar Negeri Retno Marsudi tiba di Tokyo pada Selasa (4/7/2023). Dalam kunjungan kerja tersebut, Retno bertemu dengan Menteri Luar Negeri Jepang Yoshimasa Hayashi.',
        'meeting@2023-07-04[Retno Marsudi/Japan/Yoshimasa Hayashi]',
      ],
      [
        'Министр иностранных дел России Сергей Лавров 4 июля прибыл в Пекин. В ходе этого визита Сергей Лавров встретился с Ван И.',
        'meeting@2023-07-04[Sergey Lavrov/Wang Yi]',
      ],
    ];
    for (const [text, event] of cases) expect(events(text, '2023-07-06')).toEqual([event]);
  });

  it('extractArticle(a frame with no day told before it) leaves the act to the news of the day', () => {
    expect(events('During the visit, Blinken met Foreign Minister Retno Marsudi.', '2023-07-06')).toEqual([
      'meeting@2023-07-06[Antony Blinken/Retno Marsudi]',
    ]);
  });
});
