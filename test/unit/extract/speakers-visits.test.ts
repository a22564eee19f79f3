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
