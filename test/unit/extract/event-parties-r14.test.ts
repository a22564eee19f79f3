import { describe, expect, it } from 'vitest';
import { extractedEvents } from './shared-gazetteer';

describe('extractArticle (round 14: an act whose clause names nobody)', () => {
  it('extractArticle(an act told with no participant) gives it the states the text is about', () => {
    const acts = {
      en: 'Delegations of Argentina and the United States met in Buenos Aires for consultations on air transport. Argentina and the United States agreed to expand services.\n\nThe text of the protocol was initialled on June 5, 2019.',
      es: 'Delegaciones de Argentina y de Estados Unidos se reunieron en Buenos Aires. Argentina y Estados Unidos acordaron ampliar los servicios aéreos.\n\nEl texto del protocolo fue rubricado el 5 de junio de 2019.',
      fr: 'Des délégations de l’Argentine et des États-Unis se sont réunies à Buenos Aires. L’Argentine et les États-Unis ont convenu d’élargir les services aériens.\n\nLe texte du protocole a été paraphé le 5 juin 2019.',
      id: 'Delegasi Argentina dan Amerika Serikat bertemu di Buenos Aires. Argentina dan Amerika Serikat sepakat memperluas layanan penerbangan.\n\nNaskah protokol tersebut diparaf pada 5 Juni 2019.',
      ru: 'Делегации Аргентины и США встретились в Буэнос-Айресе. Аргентина и США договорились расширить авиасообщение.\n\nТекст протокола был парафирован 5 июня 2019 года.',
    };
    for (const text of Object.values(acts)) {
      const events = extractedEvents(text, '2019-06-20').filter((e) => e.includes('@2019-06-05'));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatch(/\[Argentina\/United States\]$/);
    }
  });
});
