import { describe, expect, it } from 'vitest';
import { recognizeIn } from './shared-gazetteer';

/** Canonical names of the persons recognized in a Russian text, in order of first mention. */
function personsOf(text: string): string[] {
  const r = recognizeIn(text, 'ru');
  return [
    ...new Set(
      r.mentions.filter((m) => r.actors.get(m.actorId)!.kind === 'person').map((m) => r.actors.get(m.actorId)!.name),
    ),
  ];
}

describe('recognizeActors (round 14: Russian names opened by a given name, with no title)', () => {
  it('recognizeActors takes a given name in any case and the name words after it as a person', () => {
    expect(personsOf('Суд продлил срок содержания под стражей Полу Уилану и Тревору Риду.')).toEqual([
      'Полу Уилану',
      'Тревору Риду',
    ]);
    expect(personsOf('Полиция задержала участницу акции, Ольгу Петрову, за плакат.')).toEqual(['Ольгу Петрову']);
    expect(personsOf('Старт переговорам дал Люк Девинь, директор департамента.')).toEqual(['Люк Девинь']);
    expect(personsOf('Документ подписал Майклом Джонсоном и Элизабет Миллард.')).toEqual([
      'Майклом Джонсоном',
      'Элизабет Миллард',
    ]);
  });

  it('recognizeActors keeps a particle inside the name and stops at a mention or a word of no name', () => {
    expect(personsOf('Министр иностранных дел Японии принял Альберто ван Кларена в Токио.')).toEqual([
      'Альберто ван Кларена',
    ]);
    expect(personsOf('Американец Джон Смит США покинул в пятницу.')).toEqual(['Джон Смит']);
  });

  it('recognizeActors links "Тони Блинкена" to the person of that surname, and "Сергей Иванович" to the one named in full', () => {
    expect(
      personsOf('Госсекретарь США Энтони Блинкен прибыл в Киев. Слово предоставляется г-ну Тони Блинкену.'),
    ).toEqual(['Antony Blinken']);
    expect(
      personsOf(
        'Доклад сделал заместитель министра Сергей Иванович Петренко. Спасибо, Сергей Иванович. Слово имеет Анна Сергеевна.',
      ),
    ).toEqual(['Сергей Иванович Петренко']);
  });

  it('recognizeActors knows the states Russian names otherwise: "Молдова", "Туркменистан", "ДРК", "Тимор-Лесте"', () => {
    const r = recognizeIn('Президент Молдовы и лидеры Туркменистана, ДРК и Тимор-Лесте прибыли в Баку.', 'ru');
    const countries = [
      ...new Set(
        r.mentions.filter((m) => r.actors.get(m.actorId)!.kind === 'country').map((m) => r.actors.get(m.actorId)!.name),
      ),
    ];
    expect(countries).toEqual(['Moldova', 'Turkmenistan', 'Democratic Republic of the Congo', 'East Timor']);
  });
});
