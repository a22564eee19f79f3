/**
 * Every state's armed forces, named after its demonym as news names them ("Spanish Armed Forces", "las Fuerzas Armadas
 * españolas", "les forces armées maliennes", "l'armée française") or after its name ("Armed Forces of Ukraine",
 * "Angkatan Bersenjata Filipina"): a body of the state that acts in military news, apart from the state itself.
 * Indonesia's (TNI) are in `indonesian-bodies.ts`. Russian names are left to the stemmer's declined forms, not here.
 */
import type { GazetteerActor } from '../../server/extract/gazetteer';
import { demonymRows, frenchForms, spanishForms } from './demonyms';

/** The states whose armed forces have another usual English name. */
const ENGLISH: Record<string, string> = {
  US: 'United States Armed Forces',
  GB: 'British Armed Forces',
  PH: 'Armed Forces of the Philippines',
};

/** The armed forces of every state with a demonym, as gazetteer actors. */
export function armedForces(countries: GazetteerActor[]): GazetteerActor[] {
  const byIso = new Map(countries.map((c) => [c.iso2, c]));
  const out: GazetteerActor[] = [];
  for (const [iso, en, es, fr] of demonymRows()) {
    const country = byIso.get(iso);
    if (!country || iso === 'ID' || en.length === 0) continue;
    const name = ENGLISH[iso] ?? `${en[0]} Armed Forces`;
    // the feminine plural of a Spanish or French demonym agrees with "fuerzas armadas", "forces armées"; "armée" singular
    const esPlural = es.flatMap(spanishForms).filter((f) => /as$/.test(f) || (/s$/.test(f) && !/os$|es$/.test(f)));
    const frForms = fr.flatMap(frenchForms);
    const frPlural = frForms.filter((f) => /es$/.test(f));
    const frSingular = frForms.filter((f) => /e$/.test(f));
    out.push({
      id: `org:armed-forces-${iso.toLowerCase()}`,
      name,
      kind: 'organization',
      names: {
        en: [
          name,
          ...en.map((d) => `${d} Armed Forces`),
          ...(country.names.en ?? []).map((n) => `Armed Forces of ${n}`),
        ],
        id: (country.names.id ?? []).map((n) => `Angkatan Bersenjata ${n}`),
        es: [
          ...esPlural.map((d) => `Fuerzas Armadas ${d}`),
          ...(country.names.es ?? []).map((n) => `Fuerzas Armadas de ${n}`),
        ],
        fr: [...frPlural.map((d) => `forces armées ${d}`), ...frSingular.map((d) => `armée ${d}`)],
      },
    });
  }
  return out;
}
