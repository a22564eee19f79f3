import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../../server/extract/lexicons';
import { toSlug, transcribeCyrillic } from '../../../server/extract/slug';

describe('slug', () => {
  it('toSlug("Ицхака Рабина") transliterates Cyrillic into an ASCII id', () => {
    expect(toSlug('Ицхака Рабина')).toBe('itskhaka-rabina');
    expect(toSlug('Vladimir Putin')).toBe('vladimir-putin');
  });
  it('transcribeCyrillic(name, the French lexicon rules) spells Russian names as the French press does', () => {
    const rules = LEXICONS.fr.cyrillicTranscription!;
    expect(
      ['Владимир Путин', 'Сергей Лавров', 'Пётр Порошенко', 'Сергей Шойгу', 'Михаил Горбачев', 'Мария Захарова'].map(
        (n) => transcribeCyrillic(n, rules),
      ),
    ).toEqual([
      'Vladimir Poutine',
      'Sergueï Lavrov',
      'Piotr Porochenko',
      'Sergueï Choïgou',
      'Mikhaïl Gorbatchev',
      'Maria Zakharova',
    ]);
  });
});
