/** The default gazetteer: countries from i18n-iso-countries, organizations, persons, places, treaties. */
import type { GazetteerActor, GazetteerData } from '../../server/extract/gazetteer';
import { armedForces } from './armed-forces';
import { redCrossSocieties } from './red-cross-societies';
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

/**
 * A state's body named "X of <state>" in English is also written "X (<state>)", as titles that tell apart the bodies of
 * several states do ("Ministry of Trade (Indonesia)", "House of Representatives (Indonesia)"), and one named after its
 * state's abbreviation ("U.S. Department of Defense") also with the state's name: the variants go on its English names,
 * so that an article's reader (and its gold) may use either.
 */
function withStateVariants(
  actor: GazetteerActor,
  states: Set<string>,
  abbreviated: Map<string, string>,
): GazetteerActor {
  const en = actor.names.en;
  if (actor.kind !== 'organization' || !en) return actor;
  const variants: string[] = [];
  for (const n of [actor.name, ...en]) {
    // "U.S. Department of Defense" is also "United States Department of Defense"
    const first = n.slice(0, n.indexOf(' '));
    const full = abbreviated.get(first);
    const spelled = full ? `${full}${n.slice(first.length)}` : null;
    if (spelled && !en.includes(spelled) && !variants.includes(spelled)) variants.push(spelled);
    const m = /^(.+) of (?:the )?([^()]+)$/u.exec(n);
    if (!m || !states.has(m[2]!)) continue;
    const v = `${m[1]} (${m[2]})`;
    if (!en.includes(v) && !variants.includes(v)) variants.push(v);
  }
  return variants.length ? { ...actor, names: { ...actor.names, en: [...en, ...variants] } } : actor;
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
  const states = new Set(countries.map((c) => c.name));
  // the states' English abbreviations ("U.S.", "UK") and their names
  const abbreviated = new Map<string, string>();
  for (const c of countries) for (const n of c.names.en ?? []) if (/^[A-Z.]{2,5}$/u.test(n)) abbreviated.set(n, c.name);
  const organizations = ORGANIZATIONS.map((o) => withStateVariants(o, states, abbreviated));
  return {
    actors: [...countries, ...organizations, ...armedForces(countries), ...redCrossSocieties(countries), ...PERSONS],
    treaties,
    places: PLACES,
  };
}
