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

describe('recognizeActors (round 15: names written in capitals)', () => {
  it('recognizeActors(an honorific or a title, then a name in capitals on a line in lowercase) finds the person', () => {
    expect(
      personsOf('Le projet de loi a été présenté par M. JEAN-MARC DUBOIS, ministre des affaires étrangères.', 'fr'),
    ).toEqual(['Jean-Marc Dubois']);
    expect(
      personsOf(
        'Por la República del Perú, ROSA MARÍA QUISPE, Ministra de Relaciones Exteriores, firmó el acuerdo.',
        'es',
      ),
    ).toEqual(['Rosa María Quispe']);
    expect(personsOf('The memorandum was signed for the ministry by Mr. HAROLD BENTLEY on Monday.', 'en')).toEqual([
      'Harold Bentley',
    ]);
  });
  it('recognizeActors(a headline all in capitals) takes no unknown name from it', () => {
    expect(
      personsOf('MINISTER MEETS DELEGATION FROM NORTHERN PROVINCES\nThe minister met the delegation on Monday.', 'en'),
    ).toEqual([]);
  });
});

describe('recognizeActors (round 15: a body named right after a title, with no "of")', () => {
  it('recognizeActors(title, a body’s noun and name, a comma, name) finds the person', () => {
    expect(
      personsOf(
        'Hasil itu diumumkan oleh Ketua Otoritas Pemilihan Nasional, Mathias Koffi, di Bangui pada hari Senin.',
        'id',
      ),
    ).toEqual(['Mathias Koffi']);
  });
  it('recognizeActors(title, a numbered committee of a known body, name) finds the person', () => {
    expect(
      personsOf(
        'Rapat dipimpin Ketua Komisi III DPR RI Bambang Wuryanto bersama Wakil Ketua Komisi III DPR RI Sari Yuliati.',
        'id',
      ),
    ).toEqual(['Bambang Wuryanto', 'Sari Yuliati']);
  });
});
