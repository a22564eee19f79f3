import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract-article';
import { extractedEvents, testGazetteer } from './shared-gazetteer';

/** A hand-written French news text: French comes from its lexicon and the gazetteer's French names alone. */
const TEXT = `PARIS, 12 mars 2024 — La Suède est devenue jeudi le 32e membre de l'OTAN, a annoncé le secrétaire général de l'Alliance, Jens Stoltenberg.

Le Premier ministre suédois Ulf Kristersson a remis l'instrument d'adhésion au secrétaire d'État américain Antony Blinken à Washington le 7 mars 2024. « C'est un jour historique », a déclaré M. Kristersson.

La Hongrie avait ratifié le protocole d'adhésion le 26 février 2024. Les États-Unis et la Russie ont prolongé le traité New START en février 2021.
`;

describe('extractArticle(French)', () => {
  const r = extractArticle(TEXT, { gazetteer: testGazetteer(), published: '2024-03-12' });
  const events = r.events.map((e) => `${e.type}@${e.date}`);
  it('extractArticle(French) detects fr and names actors from the French gazetteer names', () => {
    expect(r.language).toBe('fr');
    expect(r.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'Sweden',
        'NATO',
        'Jens Stoltenberg',
        'Ulf Kristersson',
        'Hungary',
        'United States',
        'Russia',
      ]),
    );
    expect(r.actors.find((a) => a.name === 'NATO')?.aliases).toContain('OTAN');
  });
  it('extractArticle(French) dates "jeudi" by the publication date and "le 26 février 2024" as written', () => {
    expect(events).toContain('accession@2024-03-07');
    expect(events).toContain('ratification@2024-02-26');
  });
  it('extractArticle(French) finds a statement closed by a speech verb, with its speaker', () => {
    const s = r.events.find((e) => e.type === 'statement' && e.quote.includes('a déclaré'));
    expect(s?.actors).toEqual(['Ulf Kristersson']);
  });
  it('extractArticle(French) reports an extension as other, and no replacement', () => {
    expect(events).toContain('other@2021-02');
    expect(r.treaties.find((t) => t.name === 'New START')?.replaces ?? []).toEqual([]);
  });
});

describe('extractArticle(French): the gazetteer names French news uses', () => {
  it('extractArticle(French) knows short country names and French organization names', () => {
    const r = extractArticle(
      "Des casques bleus ont été tués en Tanzanie. La Centrafrique et le Bélarus ont saisi l'OEA, l'OTSC et le Sénat américain ; les talibans ont condamné le groupe de contact.",
      { gazetteer: testGazetteer(), published: '2024-03-12' },
    );
    expect(r.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'Tanzania',
        'Central African Republic',
        'Belarus',
        'Organization of American States',
        'CSTO',
        'United States Senate',
        'Taliban',
        'Trilateral Contact Group',
      ]),
    );
  });
});

describe('extractArticle(French): verb forms of news and encyclopedic register', () => {
  it('extractArticle(French) reads the past historic of encyclopedic text', () => {
    const events = extractedEvents(
      "La France ratifia le traité en 1964. Le traité entra en vigueur le 2 juillet 1963. Le chancelier Adenauer rencontra de Gaulle à Colombey en 1958. L'Allemagne attaqua la Pologne en 1939. La France quitta l'OTAN en 1966.",
      '2020-11-10',
    );
    expect(events).toEqual(
      expect.arrayContaining([
        'ratification@1964[France]',
        // no participant in its clause: the states the text names most (round 14)
        'entry_into_force@1963-07-02[France/Germany]',
        'meeting@1958[Konrad Adenauer/Charles de Gaulle]',
        'military_action@1939[Germany/Poland]',
        'withdrawal@1966[France/NATO]',
      ]),
    );
  });
  it('extractArticle(French, Spanish) takes pronominal and further speech verbs: "s\'est exprimé", "se pronunció", "a confirmé"', () => {
    expect(extractedEvents('Le président Ouattara s’est exprimé hier devant son pays.', '2020-11-10')).toEqual([
      expect.stringMatching(/^statement@2020-11-09\[(?:Alassane )?Ouattara\]$/),
    ]);
    expect(extractedEvents('Emmanuel Macron a confirmé lundi sa venue à Berlin.', '2020-11-10')[0]).toBe(
      'statement@2020-11-09[Emmanuel Macron]',
    );
    expect(extractedEvents('El presidente Ouattara se pronunció ayer ante su país.', '2020-11-10')).toEqual([
      expect.stringMatching(/^statement@2020-11-09\[(?:Alassane )?Ouattara\]$/),
    ]);
    // a passive "a été confirmé" is no speech
    expect(extractedEvents('Le partenariat a été confirmé par les deux parties.', '2020-11-10')).toEqual([]);
  });
  it('extractArticle(French, Spanish) dates a passive signing by its year: "a été signé en 1963" is when, not which treaty', () => {
    expect(extractedEvents('Le traité a été signé en 1963 par de Gaulle et Adenauer.', '2020-11-10')).toEqual([
      'treaty_signing@1963[Charles de Gaulle/Konrad Adenauer]',
    ]);
    expect(extractedEvents('El tratado fue firmado en 1963 por De Gaulle y Adenauer.', '2020-11-10')).toEqual([
      'treaty_signing@1963[Charles de Gaulle/Konrad Adenauer]',
    ]);
  });
});

describe('extractArticle(French, Spanish): a day that completes an event noun', () => {
  it('extractArticle("condamnent l\'attaque d\'hier soir") dates the attack by "hier", the condemnation by the article', () => {
    expect(
      extractedEvents("Les États-Unis condamnent vivement l'attaque d'hier soir contre la MONUSCO.", '2017-12-08'),
    ).toEqual(['statement@2017-12-08[United States]', 'military_action@2017-12-07[MONUSCO]']);
    expect(
      extractedEvents('Estados Unidos condena el ataque del martes contra la MONUSCO.', '2017-12-08').filter((e) =>
        e.startsWith('statement'),
      ),
    ).toEqual(['statement@2017-12-08[United States/MONUSCO]']);
  });
});

describe('extractArticle(French): the register of news reports', () => {
  it('extractArticle(French) takes pronominal reporting verbs and irregular participles after an adverb', () => {
    expect(
      extractedEvents(
        "Le président Emmanuel Macron s'est félicité lundi de l'accord entre l'Arménie et l'Azerbaïdjan.",
        '2024-05-08',
      ),
    ).toEqual(['statement@2024-05-06[Emmanuel Macron/Armenia/Azerbaijan]']);
    expect(
      extractedEvents(
        "Le porte-parole du Kremlin, Dmitri Peskov, a de nouveau démenti lundi toute négociation avec l'Ukraine.",
        '2024-05-08',
      ),
    ).toEqual(['statement@2024-05-06[Russia/Dmitry Peskov/Ukraine]']);
  });
  it('extractArticle(French) reads any speech verb that closes a quotation: "», a lancé lundi X"', () => {
    expect(
      extractedEvents('« Nous tiendrons bon », a lancé lundi le président ukrainien Volodymyr Zelensky.', '2024-05-08'),
    ).toEqual(['statement@2024-05-06[Ukraine/Volodymyr Zelensky]']);
  });
  it('extractArticle(French) finds the object of a verb after its day: "a accueilli lundi à Paris le chancelier"', () => {
    expect(
      extractedEvents(
        'Le président Emmanuel Macron a accueilli lundi à Paris le chancelier allemand Olaf Scholz.',
        '2024-05-08',
      ),
    ).toEqual(['meeting@2024-05-06[Emmanuel Macron/Germany/Olaf Scholz]']);
    expect(
      extractedEvents(
        'Le président Emmanuel Macron a été reçu lundi par le chancelier allemand Olaf Scholz.',
        '2024-05-08',
      ),
    ).toEqual(['meeting@2024-05-06[Emmanuel Macron/Germany/Olaf Scholz]']);
    expect(extractedEvents('La France a rappelé lundi son ambassadeur au Niger.', '2024-05-08')).toEqual([
      'other@2024-05-06[France/Niger]',
    ]);
    expect(extractedEvents("L'Algérie a convoqué jeudi soir l'ambassadeur de France.", '2024-05-08')).toEqual([
      'other@2024-05-02[Algeria/France]',
    ]);
  });
  it('extractArticle(all five) takes a first person that recalls or takes note: "nous rappelons", "we recall", "мы напоминаем"', () => {
    for (const text of [
      "Nous rappelons la position de la France sur l'Ukraine.",
      'We recall the position of France on Ukraine.',
      'Recordamos la posición de Francia sobre Ucrania.',
      'Мы напоминаем о позиции Франции по Украине.',
    ])
      expect(extractedEvents(text, '2024-05-08')).toEqual(['statement@2024-05-08[France/Ukraine]']);
    expect(
      extractedEvents('Kami mencatat dengan prihatin sikap Rusia terhadap Ukraina, kata pernyataan itu.', '2024-05-08'),
    ).toEqual(['statement@2024-05-08[Russia/Ukraine]']);
  });
  it('extractArticle(French) reads a statement header after its topic: "Mali - Déclaration de la porte-parole"', () => {
    expect(
      extractedEvents(
        'Mali - Déclaration de la porte-parole du ministère, Anne-Claire Legendre (10 janvier 2022)\n\nLa France se tient aux côtés du Mali.',
        '2024-05-08',
      ),
    ).toEqual(['statement@2022-01-10[Anne-Claire Legendre]']);
  });
});

describe('extractArticle(French and the others): persons by honorific and by charge, views by "pour"', () => {
  it('extractArticle("M. Abdoulaye Diop", "Mr. John Smith", "la Sra. María Pérez") takes a capitalized honorific before a full name', () => {
    const names = (text: string) =>
      extractArticle(text, { gazetteer: testGazetteer(), published: '2024-05-08' })
        .actors.filter((a) => a.kind === 'person')
        .map((a) => a.name);
    expect(names('M. Abdoulaye Diop a déclaré lundi que le Mali soutenait la Russie.')).toEqual(['Abdoulaye Diop']);
    expect(names('Mme Aminata Touré a déclaré lundi que le Sénégal soutenait la Russie.')).toEqual(['Aminata Touré']);
    expect(names('Mr. John Smith said on Monday that Britain supports Ukraine.')).toEqual(['John Smith']);
    expect(names('La Sra. María Pérez dijo el lunes que España apoya a Ucrania.')).toEqual(['María Pérez']);
    // a lowercase "m" is no honorific
    expect(names('Le mur mesure 3 m Pierre compris.')).toEqual([]);
    // a junior minister's charge is part of the title: "secrétaire d'État chargée de la Mer, Marie Dupuis"
    expect(
      names("La secrétaire d'État chargée de la Mer, Marie Dupuis, a déclaré lundi que la France soutenait l'Ukraine."),
    ).toEqual(['Marie Dupuis']);
  });
  it('extractArticle("Pour le président X, ...", "Para el ministro X, ...", "For the prime minister X, ...") is the view of the one named', () => {
    expect(extractedEvents("Pour le président Emmanuel Macron, la France soutient l'Ukraine.", '2024-05-08')).toEqual([
      'statement@2024-05-08[Emmanuel Macron/France/Ukraine]',
    ]);
    expect(
      extractedEvents('Para el ministro de Exteriores José Manuel Albares, España apoya a Ucrania.', '2024-05-08'),
    ).toEqual(['statement@2024-05-08[José Manuel Albares/Spain/Ukraine]']);
    expect(extractedEvents('For the prime minister Keir Starmer, Britain stands with Ukraine.', '2024-05-08')).toEqual([
      'statement@2024-05-08[Keir Starmer/United Kingdom/Ukraine]',
    ]);
    // a vote for a president is no view
    expect(extractedEvents('Les électeurs ont voté pour le président sortant lundi au Mali.', '2024-05-08')).toEqual(
      [],
    );
  });
});
