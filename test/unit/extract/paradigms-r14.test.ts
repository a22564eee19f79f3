/** Spanish and French verbs generated from their infinitives, and acts a process ends in (round 14, issue 14). */
import { describe, expect, it } from 'vitest';
import { frenchVerbForms, spanishVerbForms } from '../../../server/extract/lexicons/verb-forms';
import { extractedEvents as events } from './shared-gazetteer';

const day = '2024-03-14';
const whole = (source: string) => new RegExp(`^(?:${source})$`, 'u');

describe('spanishVerbForms and frenchVerbForms (round 14)', () => {
  it('spanishVerbForms(...) matches every tense of the news, the passive and the recent past, not the infinitive', () => {
    const sign = whole(spanishVerbForms(['firmar', 'suscribir'], { passive: true }));
    for (const form of [
      'firmo',
      'firmaron',
      'firmaba',
      'firma',
      'han firmado',
      'habia suscrito'.replace('suscrito', 'suscribido'),
      'acaban de firmar',
      'fueron firmadas',
      'se firmo',
      'suscribieron',
    ])
      expect(sign.test(form), form).toBe(true);
    expect(sign.test('firmar')).toBe(false);
    const meet = whole(spanishVerbForms(['reunir'], { pronominal: true }));
    for (const form of ['se reunio', 'se reunian', 'se han reunido', 'acaba de reunirse', 'se acaban de reunir'])
      expect(meet.test(form), form).toBe(true);
    expect(whole(spanishVerbForms(['afirmar'], { present: false })).test('afirma')).toBe(false);
  });
  it('frenchVerbForms(...) matches every tense of the news, inversion, adverbs, the passive and the recent past', () => {
    const sign = whole(frenchVerbForms(['signer'], { passive: true }));
    for (const form of [
      'signe',
      'signerent',
      'signait',
      'a signe',
      'a-t-il signe',
      'ont deja signe',
      'ont officiellement signe',
      'viennent de signer',
      'ont ete signees',
      "vient d'etre signe",
    ])
      expect(sign.test(form), form).toBe(true);
    expect(sign.test('signer')).toBe(false);
    const meet = whole(frenchVerbForms(['rencontrer'], { pronominal: true }));
    for (const form of ['se rencontrent', 'se sont rencontres', "s'etaient rencontrees", 'viennent de se rencontrer'])
      expect(meet.test(form), form).toBe(true);
    expect(whole(frenchVerbForms(['juger'], { present: false })).test('jugea')).toBe(true);
    expect(() => frenchVerbForms(['avertir'])).toThrow('invalid French infinitive: avertir');
  });
});

describe('Spanish and French acts in every tense (round 14)', () => {
  it('the recent past ("acaban de firmar", "viennent de signer") is a signing of the day', () => {
    for (const text of [
      'Chile y Bolivia acaban de firmar un acuerdo de cooperación minera, informó el martes la cancillería.',
      'Le Chili et la Bolivie viennent de signer un accord de coopération minière, a annoncé mardi le ministère.',
    ])
      expect(events(text, day), text).toContain('treaty_signing@2024-03-12[Chile/Bolivia]');
  });
  it('a meeting verb with the day between it and its complement, and in the imperfect, is a meeting', () => {
    for (const text of [
      'La canciller de Chile se entrevistó el martes con su homólogo de Bolivia.',
      'El canciller de Bolivia fue recibido el martes en Santiago por el presidente de Chile.',
      'Les présidents du Chili et de la Bolivie se rencontraient mardi à La Paz quand la nouvelle est tombée.',
    ])
      expect(
        events(text, day).some((e) => e.startsWith('meeting@2024-03-12[')),
        text,
      ).toBe(true);
  });
  it('strikes in the passive and missiles fired on a day are military actions', () => {
    for (const text of [
      'Depósitos del grupo armado fueron bombardeados el martes por la aviación de Israel.',
      'Corea del Norte disparó el martes dos misiles de corto alcance hacia el mar de Japón.',
      'Des positions du groupe armé ont été bombardées mardi par Israël.',
      'La Corée du Nord a tiré mardi deux missiles de courte portée en mer du Japon.',
    ])
      expect(
        events(text, day).some((e) => e.startsWith('military_action@2024-03-12[')),
        text,
      ).toBe(true);
  });
  it('a speech verb in the imperfect or the perfect, an adverb between, is a statement', () => {
    for (const text of [
      'La canciller de Chile afirmaba el martes que la frontera está abierta.',
      'El Gobierno de Chile ha lamentado este martes la decisión de Bolivia.',
      'La ministre du Chili affirmait mardi que la frontière est ouverte.',
      'Le ministère du Chili a vivement déploré mardi la décision de la Bolivie.',
    ])
      expect(
        events(text, day).some((e) => e.startsWith('statement@2024-03-12[Chile')),
        text,
      ).toBe(true);
  });
  it('a joint declaration\'s "we reiterate" stays one statement, not one per verb', () => {
    const text =
      'Nous, les ministres du Chili et de la Bolivie, réunis à La Paz, réaffirmons notre engagement. Nous réitérons notre soutien au dialogue.';
    expect(events(text, day).filter((e) => e.startsWith('statement')).length).toBeLessThanOrEqual(
      events(text.replace('réitérons', 'soulignons'), day).filter((e) => e.startsWith('statement')).length,
    );
  });
});

describe('the act a process ends in (round 14)', () => {
  it('"resulted in the signing", "culminaron con la firma", "ont abouti à la signature", "завершились подписанием" are signings', () => {
    for (const text of [
      'The talks between France and Chile resulted in the signing on June 7, 2004 of a tax convention.',
      'Las negociaciones entre Francia y Chile culminaron con la firma, el 7 de junio de 2004, de un convenio fiscal.',
      "Les négociations entre la France et le Chili ont abouti à la signature, le 7 juin 2004, d'une convention fiscale.",
      'Переговоры Франции и Чили завершились подписанием 7 июня 2004 года налоговой конвенции.',
    ])
      expect(events(text, day), text).toContain('treaty_signing@2004-06-07[France/Chile]');
  });
  it('"llevaron a cabo" stays a support verb of its own noun, not a process ending in it', () => {
    expect(events('Las fuerzas de Israel llevaron a cabo el martes ataques aéreos en Líbano.', day)).toContain(
      'military_action@2024-03-12[Israel/Lebanon]',
    );
  });
});
