/** The default gazetteer: countries from i18n-iso-countries, organizations, persons, places, treaties. */
import type { GazetteerData } from '../../server/extract/gazetteer';
import { createCountryActors } from './countries';
import { demonymNames } from './demonyms';
import { ORGANIZATIONS } from './organizations';
import { PERSONS } from './persons';
import { PLACES } from './places';
import { TREATIES } from './treaties';

/** Builds the gazetteer data (no I/O; pass it to createGazetteer once). */
export function loadGazetteerData(): GazetteerData {
  const demonyms = demonymNames();
  // demonyms are short forms: they name the state only where the text does not say more
  const countries = createCountryActors().map((c) => {
    const d = demonyms.get(c.id);
    return d ? { ...c, short: d } : c;
  });
  return { actors: [...countries, ...ORGANIZATIONS, ...PERSONS], treaties: TREATIES, places: PLACES };
}
