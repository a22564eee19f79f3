/** The default gazetteer: countries from i18n-iso-countries, organizations, persons, places, treaties. */
import type { GazetteerData } from '../../server/extract/gazetteer';
import { armedForces } from './armed-forces';
import { createCountryActors } from './countries';
import { demonymNames } from './demonyms';
import { ORGANIZATIONS } from './organizations';
import { PERSONS } from './persons';
import { PLACES } from './places';
import { TREATIES } from './treaties';
import { TREATY_NAMES_FR } from './treaty-names-fr';

const ROMAN: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', I: '1', II: '2', III: '3' };
/**
 * A treaty acronym numbered one way is written the other way too: "ОСВ-1" is also "ОСВ-I", "СНВ-3"
 * "СНВ-III", "START I" "START-1".
 */
function withNumerals(names: string[]): string[] {
  const out = [...names];
  for (const n of names) {
    const m = /^(.*\p{Lu}{2,})([-\s])(1|2|3|I|II|III)$/u.exec(n);
    if (!m) continue;
    for (const num of [m[3]!, ROMAN[m[3]!]!])
      for (const sep of ['-', ' ']) {
        const v = `${m[1]}${sep}${num}`;
        if (!out.includes(v)) out.push(v);
      }
  }
  return out;
}

/** Builds the gazetteer data (no I/O; pass it to createGazetteer once). */
export function loadGazetteerData(): GazetteerData {
  const demonyms = demonymNames();
  // demonyms are short forms: they name the state only where the text does not say more
  const countries = createCountryActors().map((c) => {
    const d = demonyms.get(c.id);
    return d ? { ...c, short: d } : c;
  });
  const treaties = TREATIES.map((t) => {
    const fr = TREATY_NAMES_FR[t.id];
    const names = Object.fromEntries(
      Object.entries(fr ? { ...t.names, fr } : t.names).map(([l, ns]) => [l, withNumerals(ns ?? [])]),
    ) as typeof t.names;
    return { ...t, names };
  });
  return { actors: [...countries, ...ORGANIZATIONS, ...armedForces(countries), ...PERSONS], treaties, places: PLACES };
}
