/** The default gazetteer: countries from i18n-iso-countries, organizations, persons, places, treaties. */
import type { GazetteerData } from '../../server/extract/gazetteer';
import { createCountryActors } from './countries';
import { ORGANIZATIONS } from './organizations';
import { PERSONS } from './persons';
import { PLACES } from './places';
import { TREATIES } from './treaties';

/** Builds the gazetteer data (no I/O; pass it to createGazetteer once). */
export function loadGazetteerData(): GazetteerData {
  return { actors: [...createCountryActors(), ...ORGANIZATIONS, ...PERSONS], treaties: TREATIES, places: PLACES };
}
