import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 13 (issue 14): meetings typed right and found, each rule in every language where the construction exists.
describe('extractArticle: calls and receptions with a time adverb inside (round 13)', () => {
  it('extractArticle("spoke today by telephone with", "conversó hoy por teléfono con") is a meeting of that day', () => {
    const calls: string[] = [
      'Secretary of State Antony Blinken spoke today by telephone with Turkish Foreign Minister Mevlut Cavusoglu.',
      'Secretary of State Antony Blinken talked on Monday by phone with Turkish Foreign Minister Mevlut Cavusoglu.',
      'El canciller Marcelo Ebrard conversó hoy por teléfono con el secretario de Estado Antony Blinken.',
      'El canciller Marcelo Ebrard habló este lunes por teléfono con el secretario de Estado Antony Blinken.',
      "Le ministre Jean-Yves Le Drian s'est entretenu aujourd'hui par téléphone avec le secrétaire d'État Antony Blinken.",
    ];
    for (const text of calls)
      expect(events(text, '2021-03-10')).toContainEqual(
        expect.stringMatching(/^meeting@2021-03-(?:10|08)\[.*Antony Blinken/),
      );
  });
});

describe('extractArticle: a meeting of a series told by its frame (round 13)', () => {
  it('extractArticle("A met B. During her meeting with C, A ...") is two meetings, one with each guest', () => {
    const series: string[] = [
      "Foreign Minister Retno Marsudi met Sri Lankan Foreign Minister Tilak Marapana in Bali on Monday. During her bilateral meeting with Myanmar's Home Affairs Minister Kyaw Swe, Foreign Minister Retno Marsudi raised the situation in Rakhine State.",
      'La canciller Retno Marsudi se reunió el lunes en Bali con el ministro de Relaciones Exteriores de Sri Lanka, Tilak Marapana. Durante su reunión con el ministro del Interior de Myanmar, Kyaw Swe, la canciller Retno Marsudi abordó la situación en el estado de Rakhine.',
      "La ministre Retno Marsudi a rencontré lundi à Bali le ministre des Affaires étrangères du Sri Lanka, Tilak Marapana. Lors de sa rencontre avec le ministre de l'Intérieur du Myanmar, Kyaw Swe, la ministre Retno Marsudi a évoqué la situation dans l'État de Rakhine.",
      'Menlu Retno Marsudi bertemu dengan Menlu Sri Lanka Tilak Marapana di Bali, Senin. Dalam pertemuan bilateral dengan Menteri Dalam Negeri Myanmar Kyaw Swe, Menlu Retno menyampaikan perhatian Indonesia atas situasi di Rakhine.',
      'Министр иностранных дел Индонезии Ретно Марсуди в понедельник встретилась на Бали с министром иностранных дел Шри-Ланки Тилаком Марапаной. В ходе встречи с министром внутренних дел Мьянмы Чжо Свe министр Ретно Марсуди обсудила ситуацию в штате Ракхайн.',
    ];
    for (const text of series) {
      const meetings = events(text, '2018-08-07').filter((e) => e.startsWith('meeting@2018-08-06'));
      expect(meetings).toHaveLength(2);
      expect(meetings[1]).toMatch(/Myanmar/);
      expect(meetings[0]).not.toMatch(/Myanmar/);
    }
  });

  it('extractArticle(a readout frame naming a third person: "A also discussed with him the proposals of C") stays the one meeting', () => {
    expect(
      events(
        'Foreign Minister Retno Marsudi met Sri Lankan Foreign Minister Tilak Marapana in Bali on Monday. Foreign Minister Retno Marsudi also discussed with him the trade proposals of President Joko Widodo.',
        '2018-08-07',
      ).filter((e) => e.startsWith('meeting')),
    ).toHaveLength(1);
  });
});
