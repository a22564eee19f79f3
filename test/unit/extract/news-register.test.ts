import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// The news register as a grammar describes it (issue 14, round 5): whole paradigms of the reporting verbs, the
// periphrases and Latin American verbs of a signing, relations broken and diplomats expelled, in every language.
describe('extractArticle: the news register', () => {
  it('extractArticle(a Spanish reporting verb in any tense) is a statement: "aseveró", "ha asegurado", "recalcaron"', () => {
    expect(
      events(
        'La vicepresidenta de Venezuela, Delcy Rodríguez, aseveró el 3 de mayo que Caracas respondería.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-03[Venezuela/Delcy Rodríguez]']);
    expect(
      events(
        'El ministro de Exteriores de España, José Manuel Albares, ha asegurado este martes que la decisión es firme.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-07[Spain/José Manuel Albares]']);
    expect(
      events('El presidente Lula da Silva recalcó el lunes que Brasil mantiene su neutralidad.', '2024-05-10'),
    ).toEqual(['statement@2024-05-06[Luiz Inácio Lula da Silva/Brazil]']);
    // "denunció" is an accusation; only "denunció el tratado" is a treaty denounced
    expect(
      events(
        'El ministro de Defensa de Ucrania, Rustem Umérov, denunció este domingo los ataques rusos.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-05[Ukraine/Rustem Umerov/Russia]']);
  });
  it('extractArticle(a verb of saying before its speaker and the date) dates the statement: "dijo el canciller X, Y, el 3 de mayo"', () => {
    expect(
      events('"Es un día histórico", dijo el canciller mexicano, Juan Pérez, el 3 de mayo.', '2024-05-10'),
    ).toEqual(['statement@2024-05-03[Mexico/Juan Pérez]']);
    // the date of what is spoken about stays with it
    expect(events('Colombia condenó enérgicamente el ataque del 3 de mayo.', '2024-05-10')).toContain(
      'statement@2024-05-10[Colombia]',
    );
  });
  it('extractArticle(English reporting verbs of the wire) is a statement: "asserted", "pointed out", "maintained that"', () => {
    expect(
      events('Foreign Minister Sergei Lavrov asserted on Tuesday that Moscow would respond.', '2024-05-10'),
    ).toEqual(['statement@2024-05-07[Sergey Lavrov/Russia]']);
    // "maintained a constructive approach" is no speech
    expect(events('Canada maintained a constructive approach on Tuesday.', '2024-05-10')).toEqual([]);
  });
  it('extractArticle(a signing told by a periphrasis or a Latin American verb) is a treaty signing', () => {
    expect(
      events('Chile y Perú concretaron el 8 de abril la firma de un acuerdo de integración.', '2024-05-10'),
    ).toEqual(['treaty_signing@2024-04-08[Chile/Peru]']);
    expect(
      events('Los cancilleres de Perú y Bolivia rubricaron este lunes un memorando de entendimiento.', '2024-05-10'),
    ).toEqual(['treaty_signing@2024-05-06[Peru/Bolivia]']);
    expect(
      events('El presidente Gabriel Boric estampó su firma en el Acuerdo de Escazú el 18 de marzo.', '2024-05-10'),
    ).toContain('treaty_signing@2024-03-18[Gabriel Boric]');
    expect(
      events(
        "La France et l'Allemagne ont procédé le 22 janvier 2019 à la signature du traité d'Aix-la-Chapelle.",
        '2024-05-10',
      ),
    ).toEqual(['treaty_signing@2019-01-22[France/Germany]']);
  });
  it('extractArticle("cobró vigencia", "entró a regir") is an entry into force', () => {
    expect(events('El Acuerdo de Escazú cobró vigencia el 22 de abril de 2021.', '2024-05-10')).toEqual([
      'entry_into_force@2021-04-22[]',
    ]);
  });
  it('extractArticle(relations broken, diplomats expelled) in each language', () => {
    expect(events('Honduras rompió relaciones diplomáticas con Taiwán el 25 de marzo de 2023.', '2024-05-10')).toEqual([
      'other@2023-03-25[Honduras/Taiwan]',
    ]);
    expect(events('Honduras cut diplomatic ties with Taiwan on March 25, 2023.', '2024-05-10')).toEqual([
      'other@2023-03-25[Honduras/Taiwan]',
    ]);
    expect(events("Le Mali a expulsé l'ambassadeur de France le 31 janvier 2022.", '2024-05-10')).toEqual([
      'other@2022-01-31[Mali/France]',
    ]);
    expect(events('Indonesia memutuskan hubungan diplomatik dengan Israel pada 5 Mei 2024.', '2024-05-10')).toEqual([
      'other@2024-05-05[Indonesia/Israel]',
    ]);
    expect(events('Россия 5 мая разорвала дипломатические отношения с Грузией.', '2024-05-10')).toEqual([
      'other@2024-05-05[Russia/Georgia]',
    ]);
  });
  it('extractArticle("recibió en la Casa Rosada al presidente") is a meeting told through its guest', () => {
    expect(
      events(
        'El presidente de Argentina recibió en la Casa Rosada al presidente de Uruguay el 3 de mayo.',
        '2024-05-10',
      ),
    ).toEqual(['meeting@2024-05-03[Argentina/Uruguay]']);
  });
  it('extractArticle(titles of the Spanish news: "vicecanciller", "viceministro", "legislador", "par") names the person after them', () => {
    expect(
      events('El vicecanciller de Venezuela, Yván Gil, denunció el miércoles la injerencia extranjera.', '2024-05-10'),
    ).toEqual(['statement@2024-05-08[Venezuela/Yván Gil]']);
    expect(events('El legislador demócrata Bob Menéndez criticó el 3 de mayo la decisión.', '2024-05-10')).toEqual([
      'statement@2024-05-03[Bob Menéndez]',
    ]);
  });
  it('extractArticle("condenó el 3 de mayo el ataque") is a statement of that day: no first person, no attack dated by the verb\'s date', () => {
    // folded, "condenó" is "condeno": only "yo condeno" is the first person
    expect(events('Josep Borrell condenó el 3 de mayo el ataque.', '2024-05-10')).toEqual([
      'statement@2024-05-03[Josep Borrell]',
    ]);
  });
  it('extractArticle(passives of the news: "fue rubricado por", "fue recibido por"; "se dieron cita") in Spanish', () => {
    const text =
      'El acuerdo de cooperación fue rubricado por los cancilleres de Chile y Perú el 3 de abril de 2024 en Lima, según informó la Cancillería. ' +
      'El presidente de Perú fue recibido por su homólogo chileno el 5 de abril de 2024 en el Palacio de La Moneda.';
    const out = events(text, '2024-05-10');
    expect(out).toContain('treaty_signing@2024-04-03[Chile/Peru]');
    expect(out.some((e) => e.startsWith('meeting@2024-04-05[Peru'))).toBe(true);
  });
  it('extractArticle("anoche", "last night") is the day before the publication', () => {
    expect(
      events(
        'El canciller de Chile, Alberto van Klaveren, dijo anoche que el Gobierno no aceptará presiones externas de ningún tipo.',
        '2024-05-10',
      ),
    ).toContain('statement@2024-05-09[Chile/Alberto van Klaveren]');
  });
  it('extractArticle(attendance in a compound tense: "ha participado en", "acudió a") is a meeting', () => {
    expect(
      events(
        'El presidente del Gobierno, Pedro Sánchez, ha participado este lunes en la cumbre de la OTAN celebrada en Vilna.',
        '2023-07-10',
      ),
    ).toContain('meeting@2023-07-10[Pedro Sánchez/NATO]');
  });
  it('extractArticle("told a news conference", "en su conferencia matutina") is a statement, not a meeting', () => {
    expect(
      events(
        'Russian Foreign Minister Sergei Lavrov told a news conference in Moscow on Tuesday that the West was to blame for the crisis.',
        '2024-12-10',
      ),
    ).toEqual(['statement@2024-12-10[Russia/Sergey Lavrov]']);
    expect(
      events(
        'La presidenta de México, Claudia Sheinbaum, afirmó este viernes en su conferencia matutina que no habrá aranceles.',
        '2024-05-10',
      ),
    ).toEqual(['statement@2024-05-10[Mexico/Claudia Sheinbaum]']);
  });
});
