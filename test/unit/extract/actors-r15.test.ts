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

describe('recognizeActors (round 15: peace operations and listed armed groups as a class)', () => {
  const organizationsOf = (text: string, language: Language) => namesOf(text, language, 'organization');
  it('recognizeActors(a UN or AU mission by its acronym) finds the mission in five languages', () => {
    expect(organizationsOf('Troops of UNMISS and AMISOM patrolled the area on Monday after the attack.', 'en')).toEqual(
      ['UNMISS', 'AMISOM'],
    );
    expect(
      organizationsOf('La MINUSCA y la UNAMID informaron el lunes sobre la situación en la región.', 'es'),
    ).toEqual(['MINUSCA', 'UNAMID']);
    expect(organizationsOf('La Minustah et la MINURSO ont publié lundi un communiqué sur la situation.', 'fr')).toEqual(
      ['MINUSTAH', 'MINURSO'],
    );
    expect(organizationsOf('Pasukan AMISOM dan UNMISS berpatroli di wilayah itu pada hari Senin.', 'id')).toEqual([
      'AMISOM',
      'UNMISS',
    ]);
    expect(organizationsOf('Представители МООНЮС и АМИСОМ в понедельник осмотрели район.', 'ru')).toEqual([
      'UNMISS',
      'AMISOM',
    ]);
  });
  it('recognizeActors(an armed group most states list) is that group', () => {
    expect(
      organizationsOf('The department designated Tehrik-e Taliban Pakistan and ISIS-West Africa on Monday.', 'en'),
    ).toEqual(['Tehrik-e Taliban Pakistan', 'ISIS-West Africa']);
    expect(
      organizationsOf('Le département a désigné lundi Ansar Eddine et l’État islamique en Afrique de l’Ouest.', 'fr'),
    ).toEqual(['Ansar Dine', 'ISIS-West Africa']);
  });
});
