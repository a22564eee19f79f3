import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { recognizeIn } from './shared-gazetteer';

/** Canonical names of the persons recognized in a text, in order of first mention. */
function personsOf(text: string, language: Language): string[] {
  const r = recognizeIn(text, language);
  return [
    ...new Set(
      r.mentions.filter((m) => r.actors.get(m.actorId)!.kind === 'person').map((m) => r.actors.get(m.actorId)!.name),
    ),
  ];
}

describe('recognizeActors (round 12: names as official copy writes them)', () => {
  it('recognizeActors("Mr Willy CLAES Minister ...") ends a name on its surname in capitals and writes it as a name', () => {
    expect(
      personsOf(
        'The agreement was signed by:\n\nMr Willy CLAES Minister for Foreign Affairs of the Kingdom of Belgium\n\nMr Hans VAN DEN BROEK Member of the Commission',
        'en',
      ),
    ).toEqual(['Willy Claes', 'Hans van den Broek']);
    expect(
      personsOf("L'accord a été signé par M. Jacques POOS Ministre des Affaires étrangères du Luxembourg.", 'fr'),
    ).toEqual(['Jacques Poos']);
    expect(
      personsOf('El acuerdo fue firmado por el Sr. Javier PÉREZ GARCÍA Ministro de Asuntos Exteriores.', 'es'),
    ).toEqual(['Javier Pérez García']);
    expect(personsOf('Perjanjian itu ditandatangani oleh Bapak Budi SANTOSO Menteri Perdagangan.', 'id')).toEqual([
      'Budi Santoso',
    ]);
  });
  it('recognizeActors("Mr Vladimir Kovac Prime Minister") leaves a title after two name words out of the name', () => {
    expect(personsOf('The agreement was signed by Mr Vladimir Kovac Prime Minister of the Republic.', 'en')).toEqual([
      'Vladimir Kovac',
    ]);
  });
  it('recognizeActors("Klaus KINKEL") takes a known surname before a surname in capitals as a given name', () => {
    expect(personsOf('Signed for Germany by Mr Klaus KINKEL Minister for Foreign Affairs.', 'en')).toEqual([
      'Klaus Kinkel',
    ]);
  });
  it('recognizeActors("S. Rajaratnam", "А. В. Островский") names a person by initials and surname', () => {
    expect(personsOf('Nota itu ditandatangani oleh menteri waktu itu S. Rajaratnam di Jakarta.', 'id')).toEqual([
      'S. Rajaratnam',
    ]);
    expect(
      personsOf('Содоклад сделал председатель комитета по делам соотечественников А. В. Островский.', 'ru'),
    ).toEqual(['А. В. Островский']);
    expect(personsOf('The note was delivered by the then envoy J. R. Hartley in person.', 'en')).toEqual([
      'J. R. Hartley',
    ]);
    expect(personsOf('La nota fue entregada por el entonces enviado J. R. Hartley en persona.', 'es')).toEqual([
      'J. R. Hartley',
    ]);
    expect(personsOf('La note fut remise par l’envoyé de l’époque J. P. Martin en personne.', 'fr')).toEqual([
      'J. P. Martin',
    ]);
  });
  it('recognizeActors(initials that are no name) leaves out states, honorifics and numerals', () => {
    expect(personsOf('The U.S. Navy and the U.N. Secretariat met in Washington, D.C. on Monday.', 'en')).toEqual([]);
    expect(personsOf('I. Disposiciones generales del acuerdo.', 'es')).toEqual([]);
  });
});
