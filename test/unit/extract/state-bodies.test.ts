import { describe, expect, it } from 'vitest';
import type { Language } from '../../../server/domain/extraction';
import { recognizeIn, testGazetteer } from './shared-gazetteer';

/** The organizations recognized in a text, by name, in order of first mention. */
function bodiesOf(text: string, language: Language): string[] {
  const r = recognizeIn(text, language);
  const names = r.mentions.map((m) => r.actors.get(m.actorId)!).filter((a) => a.kind === 'organization');
  return [...new Set(names.map((a) => a.name))];
}

describe('bodies of any state named by their head and their state (issue 14, round 11)', () => {
  it('recognizeActors(an embassy with its state before or after it, and its place) names it as written', () => {
    expect(bodiesOf('The Kenyan Embassy in Oslo issued a statement on Monday.', 'en')).toEqual([
      'Kenyan Embassy in Oslo',
    ]);
    expect(bodiesOf('The Embassy of Peru in Tokyo said the office would close.', 'en')).toEqual([
      'Embassy of Peru in Tokyo',
    ]);
    expect(bodiesOf('La Embajada de Noruega en Lima informó el lunes del cierre.', 'es')).toEqual([
      'Embajada de Noruega en Lima',
    ]);
    expect(bodiesOf("L'ambassade du Japon à Bamako a publié un communiqué.", 'fr')).toEqual([
      'ambassade du Japon à Bamako',
    ]);
    expect(bodiesOf('Kedutaan Besar Kanada di Hanoi mengeluarkan pernyataan.', 'id')).toEqual([
      'Kedutaan Besar Kanada di Hanoi',
    ]);
    expect(bodiesOf('Посольство Японии выразило соболезнования.', 'ru')).toEqual(['Посольство Японии']);
  });
  it('recognizeActors(a ministry named by its portfolio beside its state) is that state’s ministry', () => {
    expect(bodiesOf("Peru's Foreign Ministry summoned the envoy.", 'en')).toEqual(["Peru's Foreign Ministry"]);
    expect(bodiesOf('La Cancillería peruana rechazó la nota.', 'es')).toEqual(['Cancillería peruana']);
    expect(bodiesOf('МИД Перу вызвал посла. Министерство обороны Чили сообщило об учениях.', 'ru')).toEqual([
      'МИД Перу',
      'Министерство обороны Чили',
    ]);
  });
  it('recognizeActors(an armed branch with its state) needs its capital where the language writes one', () => {
    expect(bodiesOf('The Peruvian Navy joined the exercise.', 'en')).toEqual(['Peruvian Navy']);
    expect(bodiesOf('La Fuerza Aérea Colombiana y la Armada de Chile participaron.', 'es')).toEqual([
      'Fuerza Aérea Colombiana',
      'Armada de Chile',
    ]);
    expect(bodiesOf('Angkatan Laut Thailand ikut dalam latihan itu.', 'id')).toEqual(['Angkatan Laut Thailand']);
    expect(bodiesOf('La marine péruvienne a participé à l’exercice.', 'fr')).toEqual(['marine péruvienne']);
    expect(bodiesOf('ВМС Перу приняли участие в учениях.', 'ru')).toEqual(['ВМС Перу']);
    expect(bodiesOf('The Peruvian army of volunteers grew.', 'en')).toEqual([]);
  });
  it('recognizeActors(a head with no state, a mission after a place preposition or a genitive) names no body', () => {
    expect(bodiesOf('The Embassy remains open.', 'en')).toEqual([]);
    expect(bodiesOf('Reporters gathered at the Kenyan Embassy in Oslo.', 'en')).toEqual([]);
    expect(bodiesOf('The staff of the Embassy of Peru left.', 'en')).toEqual([]);
    expect(bodiesOf('Celebraron la reapertura de la Embajada de Noruega.', 'es')).toEqual([]);
    // a capital after the head is where the mission is, not its state
    expect(bodiesOf('La Embajada de La Habana abrió sus puertas.', 'es')).toEqual([]);
    expect(bodiesOf('Les manifestants se sont rassemblés devant l’ambassade du Japon.', 'fr')).toEqual([]);
    expect(bodiesOf('Wartawan berkumpul di Kedutaan Besar Kanada.', 'id')).toEqual([]);
    expect(bodiesOf('Сотрудники посольства Японии покинули город.', 'ru')).toEqual([]);
  });
});

describe('ministries named by their head and complement, with their state (issue 14, round 11)', () => {
  it('recognizeActors(a state or demonym before the head) puts it on the name: another state’s ministry is another body', () => {
    expect(bodiesOf('The Peruvian Ministry of Finance signed the note.', 'en')).toEqual([
      'Peruvian Ministry of Finance',
    ]);
    expect(bodiesOf("Chile's Ministry of Defence and the Peruvian Ministry of Defence met in Lima.", 'en')).toEqual([
      "Chile's Ministry of Defence",
      'Peruvian Ministry of Defence',
    ]);
  });
  it('recognizeActors(a French ministry) keeps its lowercase adjectives, a demonym after the head and commas of its list', () => {
    expect(bodiesOf('Le ministère des Affaires étrangères du Pérou a convoqué l’ambassadeur.', 'fr')).toEqual([
      'ministère des Affaires étrangères du Pérou',
    ]);
    expect(bodiesOf('Le ministère péruvien de la Défense a démenti.', 'fr')).toEqual([
      'ministère péruvien de la Défense',
    ]);
    expect(
      bodiesOf(
        'Le ministère des Affaires étrangères, de la Coopération et de l’Intégration a publié un communiqué.',
        'fr',
      ),
    ).toEqual(['ministère des Affaires étrangères, de la Coopération et de l’Intégration']);
    expect(bodiesOf('Le ministère de l’Économie et du Développement international a répondu.', 'fr')).toEqual([
      'ministère de l’Économie et du Développement international',
    ]);
  });
});

describe('the English names of the gazetteer’s state bodies (issue 14, round 11)', () => {
  it('loadGazetteerData() writes "X of <state>" also as "X (<state>)", and "U.S. X" also as "United States X"', () => {
    const g = testGazetteer();
    expect(g.actors.get('org:indonesia-trade')!.names.en).toContain('Ministry of Trade (Indonesia)');
    expect(g.actors.get('org:dpr-indonesia')!.names.en).toContain('House of Representatives (Indonesia)');
    expect(g.actors.get('org:us-dod')!.names.en).toContain('United States Department of Defense');
  });
});

describe('a weekday after a title is no person (issue 14, round 11)', () => {
  it('recognizeActors(a title, a place and a weekday) names nobody after the title', () => {
    const people = (text: string, language: Language): string[] => {
      const r = recognizeIn(text, language);
      return r.mentions
        .map((m) => r.actors.get(m.actorId)!)
        .filter((a) => a.kind === 'person')
        .map((a) => a.name);
    };
    expect(people('Rapat digelar di ruang kerja Menhan, Jakarta, Selasa (30/4/2024).', 'id')).toEqual([]);
    expect(people('Rapat digelar di kantor Menlu, Jakarta, Kamis (2/5/2024).', 'id')).toEqual([]);
  });
});
