import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../server/extract/lexicons';
import { nominativeName } from '../../../server/extract/nominative-name';

describe('nominativeName', () => {
  it('nominativeName("Договором о дружбе ... между СССР и Финляндией") puts only the head noun in the nominative', () => {
    expect(
      nominativeName('Договором о дружбе, сотрудничестве и взаимной помощи между СССР и Финляндией', LEXICONS.ru),
    ).toBe('Договор о дружбе, сотрудничестве и взаимной помощи между СССР и Финляндией');
  });
  it('nominativeName("Бишкекского протокола", "Венской конвенции", "Парижского соглашения") makes the place adjective agree with the noun', () => {
    expect(nominativeName('Бишкекского протокола', LEXICONS.ru)).toBe('Бишкекский протокол');
    expect(nominativeName('Венской конвенции о праве международных договоров', LEXICONS.ru)).toBe(
      'Венская конвенция о праве международных договоров',
    );
    expect(nominativeName('Парижским соглашением', LEXICONS.ru)).toBe('Парижское соглашение');
  });
  it('nominativeName(a name already in the nominative, a plural adjective, a language without cases) returns it as written', () => {
    expect(nominativeName('Договор о создании Союзного государства', LEXICONS.ru)).toBe(
      'Договор о создании Союзного государства',
    );
    expect(nominativeName('Минских соглашений', LEXICONS.ru)).toBe('Минских соглашений');
    expect(nominativeName('Tratado de Tlatelolco', LEXICONS.es)).toBe('Tratado de Tlatelolco');
  });
});
