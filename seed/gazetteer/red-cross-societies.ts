/**
 * Every state's Red Cross (or Red Crescent) society, named after its demonym or its name as aid news names it ("the
 * Indonesian Red Cross", "Palang Merah Indonesia", "la Cruz Roja Mexicana", "la Croix-Rouge française"): a national
 * society of its own, apart from its state and from the ICRC ("Red Cross" alone). Russian names are left out, as the
 * armed forces' are (`armed-forces.ts`).
 */
import type { GazetteerActor } from '../../server/extract/gazetteer';
import { demonymRows, frenchForms, spanishForms } from './demonyms';

/** The national Red Cross society of every state with a demonym, as gazetteer actors. */
export function redCrossSocieties(countries: GazetteerActor[]): GazetteerActor[] {
  const byIso = new Map(countries.map((c) => [c.iso2, c]));
  const out: GazetteerActor[] = [];
  for (const [iso, en, es, fr] of demonymRows()) {
    const country = byIso.get(iso);
    if (!country || en.length === 0) continue;
    // "Cruz Roja" and "Croix-Rouge" are feminine singular: the demonym agrees with them
    const esFeminine = es.flatMap(spanishForms).filter((f) => /[ae]$/.test(f) && !/o$/.test(f));
    const frFeminine = fr.flatMap(frenchForms).filter((f) => /e$/.test(f));
    out.push({
      id: `org:red-cross-${iso.toLowerCase()}`,
      name: `${en[0]} Red Cross`,
      kind: 'organization',
      names: {
        en: en.map((d) => `${d} Red Cross`),
        id: (country.names.id ?? []).map((n) => `Palang Merah ${n}`),
        es: [...esFeminine.map((d) => `Cruz Roja ${d}`), ...(country.names.es ?? []).map((n) => `Cruz Roja de ${n}`)],
        fr: frFeminine.map((d) => `Croix-Rouge ${d}`),
      },
    });
  }
  return out;
}
