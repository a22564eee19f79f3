import { describe, expect, it } from 'vitest';
import { extractedEvents as events, OPENING } from './shared-gazetteer';

const ru = (sentence: string) => events(OPENING.ru + sentence, '2025-03-12');
const types = (sentence: string) => ru(sentence).map((e) => e.split('@')[0]);

describe('Russian acts that took place, in every aspect and voice (round 14)', () => {
  it('talks held in the reflexive passive or the passive participle are a meeting: "проводились", "была проведена"', () => {
    expect(types('Переговоры между Россией и Китаем проводились в Кремле.')).toContain('meeting');
    expect(types('Встреча министров Индии и Японии была проведена в Токио.')).toContain('meeting');
    expect(types('Консультации представителей Франции и Германии завершились в Берлине.')).toContain('meeting');
  });
  it('elections and protests that took place are events of their own: "прошли выборы", "референдум состоялся"', () => {
    expect(types('В Молдове прошли президентские выборы.')).toEqual(['election']);
    expect(types('Референдум о конституции в Казахстане состоялся в воскресенье.')).toContain('election');
    expect(types('В Грузии прошла акция протеста против закона.')).toEqual(['protest']);
    expect(types('Митинг сторонников оппозиции в Армении проходил у здания парламента.')).toContain('protest');
  });
  it('time that passed since an election is no election: "после выборов прошло два года"', () => {
    expect(types('После выборов в Молдове прошло два года.')).not.toContain('election');
  });
  it('an arrival on a visit, in any tense, is a meeting: "прибыл в Москву с официальным визитом"', () => {
    expect(ru('Президент Франции прибыл в Россию с официальным визитом.')).toEqual([
      'meeting@2025-03-12[France/Russia]',
    ]);
    expect(types('Премьер-министр Индии находится в Японии с трехдневным государственным визитом.')).toEqual([
      'meeting',
    ]);
  });
  it('a recall, an expulsion, a strike and sanctions lifted keep their type in the passive and the reflexive', () => {
    expect(types('Из Эстонии высланы два российских дипломата.')).toEqual(['other']);
    expect(types('Посол России в Эстонии был отозван для консультаций.')).toEqual(['other']);
    expect(types('Удары по Ливану наносились израильской авиацией.')).toEqual(['military_action']);
    expect(types('Санкции против Ирана были сняты Евросоюзом.')).toEqual(['sanction']);
    expect(types('Дипломатические отношения между Россией и Бахрейном были установлены.')).toEqual(['other']);
  });
});
