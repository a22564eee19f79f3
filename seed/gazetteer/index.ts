/** The default gazetteer: countries from i18n-iso-countries, organizations, persons, places, treaties. */
import type { GazetteerData } from '../../server/extract/gazetteer';
import { createCountryActors } from './countries';
import { demonymNames } from './demonyms';
import { ORGANIZATIONS } from './organizations';
import { PERSONS } from './persons';
import { PLACES } from './places';
import { TREATIES } from './treaties';
import { TREATY_NAMES_FR } from './treaty-names-fr';

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
    return fr ? { ...t, names: { ...t.names, fr } } : t;
  });
  return { actors: [...countries, ...ORGANIZATIONS, ...PERSONS], treaties, places: PLACES };
}
