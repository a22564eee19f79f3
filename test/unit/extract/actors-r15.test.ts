import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { namesOf } from './shared-gazetteer';

const personsOf = (text: string, language: Language) => namesOf(text, language, 'person');

describe('recognizeActors (round 15: adjectives written after a title’s noun)', () => {
  it('recognizeActors(title, adjective, complement, comma, name) finds the person', () => {
    expect(
      personsOf(
        'La delegación llegó a Lima el lunes. El representante comercial de Canadá, Martín Lobos, firmó el memorando.',
        'es',
      ),
    ).toContain('Martín Lobos');
    expect(
      personsOf(
        'La délégation est arrivée lundi à Dakar. Le représentant spécial du Canada, Martin Lobos, a signé le mémorandum.',
        'fr',
      ),
    ).toContain('Martin Lobos');
  });
  it('recognizeActors(title, adjective, "of" and a state, name) finds the person', () => {
    expect(
      personsOf(
        'Según el comunicado, la embajadora adjunta de Chile Rosa Díaz acompañó al ministro durante la visita.',
        'es',
      ),
    ).toContain('Rosa Díaz');
    expect(
      personsOf('Selon le communiqué, l’ambassadrice adjointe du Chili Rosa Díaz accompagnait le ministre.', 'fr'),
    ).toContain('Rosa Díaz');
    expect(
      personsOf(
        'Menurut keterangan pers, Sekretaris Pribadi Presiden Budi Santoso hadir dalam pertemuan tersebut.',
        'id',
      ),
    ).toContain('Budi Santoso');
  });
  it('recognizeActors(a capitalized portfolio after the title) still reads it as the portfolio', () => {
    expect(
      personsOf('Menteri Hukum dan HAM, Andi Wirawan, menerima kunjungan duta besar di Jakarta pada hari Senin.', 'id'),
    ).toEqual(['Andi Wirawan']);
  });
});

describe('recognizeActors (round 15: attachés, prosecutors and judges as titles)', () => {
  it('recognizeActors(office of an embassy, the prosecution or the bench, then a name) finds the person', () => {
    expect(
      personsOf('The agreement was witnessed by legal attaché Daniel Porter and prosecutor Maria Stone.', 'en'),
    ).toEqual(['Daniel Porter', 'Maria Stone']);
    expect(
      personsOf('Asistieron el agregado legal de la embajada, Luis Pardo, y la jueza Carmen Vidal a la firma.', 'es'),
    ).toEqual(['Luis Pardo', 'Carmen Vidal']);
    expect(
      personsOf('Étaient présents le procureur Jean Morel et la juge Anne Vasseur lors de la signature.', 'fr'),
    ).toEqual(['Jean Morel', 'Anne Vasseur']);
    expect(
      personsOf('Penandatanganan disaksikan oleh Jaksa Rudi Hartono dan Atase Pertahanan Agus Salim di Jakarta.', 'id'),
    ).toEqual(['Rudi Hartono', 'Agus Salim']);
    expect(
      personsOf('Подписание прошло в присутствии прокурора Ивана Петрова и судьи Анны Смирновой.', 'ru'),
    ).toHaveLength(2);
  });
});
