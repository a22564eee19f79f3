/**
 * What treaty linking derives from the known treaties of a gazetteer: built once per gazetteer or
 * treaty and cached by that object, never once per article or mention.
 */
import type { Gazetteer, GazetteerTreaty } from './gazetteer';
import { nameKeys } from './fold-text';
import type { TreatyMention } from './link-treaties';
import { stemOf } from './treaty-patterns';

/** The key sets of every gazetteer treaty name, in gazetteer order, and which names hold each key. */
export interface KnownNames {
  names: { id: string; keys: Set<string> }[];
  byKey: Map<string, number[]>;
  /** How many known treaties have a name with each key ("trade" many, "american" one). */
  treatiesByKey: Map<string, number>;
}
const NAME_KEYS = new WeakMap<Gazetteer, KnownNames>();

/** The key sets of every gazetteer treaty name, computed once per gazetteer. */
export function treatyNameKeys(gazetteer: Gazetteer): KnownNames {
  let k = NAME_KEYS.get(gazetteer);
  if (!k) {
    const names = gazetteer.data.treaties.flatMap((t) =>
      Object.values(t.names)
        .flat()
        .map((n) => ({ id: t.id, keys: new Set(nameKeys(n).filter((x) => x.length > 2)) })),
    );
    const byKey = new Map<string, number[]>();
    names.forEach((n, i) => {
      for (const key of n.keys) {
        const list = byKey.get(key);
        if (list) list.push(i);
        else byKey.set(key, [i]);
      }
    });
    const treatiesByKey = new Map<string, number>();
    for (const [key, list] of byKey) treatiesByKey.set(key, new Set(list.map((i) => names[i]!.id)).size);
    k = { names, byKey, treatiesByKey };
    NAME_KEYS.set(gazetteer, k);
  }
  return k;
}

/** What the linker derives from a known treaty, computed once per treaty rather than once per mention. */
interface TreatyFacts {
  /** Its signature date as numbers ([1961, 7, 6]). */
  signedParts: number[];
  /** The year it was signed, NaN when unknown. */
  signedYear: number;
  /** All its names in one lowercase, accentless string. */
  foldedNames: string;
}
const TREATY_FACTS = new WeakMap<GazetteerTreaty, TreatyFacts>();

function treatyFacts(t: GazetteerTreaty): TreatyFacts {
  let f = TREATY_FACTS.get(t);
  if (!f) {
    f = {
      signedParts: (t.signed ?? '').split('-').map(Number),
      signedYear: t.signed ? Number(t.signed.slice(0, 4)) : NaN,
      foldedNames: Object.values(t.names)
        .flat()
        .join(' ')
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, ''),
    };
    TREATY_FACTS.set(t, f);
  }
  return f;
}
export const signedYear = (t: GazetteerTreaty): number => treatyFacts(t).signedYear;
export const foldedNames = (t: GazetteerTreaty): string => treatyFacts(t).foldedNames;
export const signedParts = (t: GazetteerTreaty): number[] => treatyFacts(t).signedParts;

/**
 * Unknown names that are nearly a known treaty's name become that treaty, if the article could be
 * about it (`fits`: one of its parties is mentioned): "Договор о гарантиях безопасности" between
 * Russia and Belarus is not the US–Japan treaty whose long name holds the same words.
 */
/** A word that at most this many known treaties use in their names tells a treaty apart. */
const FEW_TREATIES = 3;

/**
 * A name with its parties left out, and who they are: "Treaty between A and B on X" is the known
 * "Treaty on X" of A and B. Null when the name names no party.
 */
export interface PartiesInName {
  text: string;
  parties: string[];
}

export function matchKnownNames(
  mentions: TreatyMention[],
  text: string,
  known: KnownNames,
  fits: (id: string, near: boolean) => boolean = () => true,
  withoutParties: (mm: TreatyMention) => PartiesInName | null = () => null,
  partiesFit: (id: string, parties: string[]) => boolean = () => false,
  openingParties: (mm: TreatyMention) => string[] | null = () => null,
): void {
  for (const mm of mentions) {
    // a protocol's name holds its treaty's name: it is not that treaty
    if (mm.kind !== 'named' || mm.holdsTreaty) continue;
    const opening = openingParties(mm);
    const fitsOwn = opening ? (id: string, near: boolean) => fits(id, near) && partiesFit(id, opening) : fits;
    if (matchKeys(mm, nameKeys(text.slice(mm.start, mm.end)), known, fitsOwn)) continue;
    const bare = withoutParties(mm);
    if (bare) matchKeys(mm, nameKeys(bare.text), known, (id, near) => fits(id, near) && partiesFit(id, bare.parties));
  }
}

/** Makes a named mention the known treaty whose name its keys nearly are; whether one was found. */
function matchKeys(
  mm: TreatyMention,
  allKeys: string[],
  known: KnownNames,
  fits: (id: string, near: boolean) => boolean,
): boolean {
  {
    const keys = new Set(allKeys.filter((k) => k.length > 2));
    // "Déclaration de M. ...": a name whose only word of weight is its treaty noun is near every declaration
    const noun = mm.noun;
    const telling = [...keys].filter((k) => !noun || !(noun.stem ? stemOf(noun, k) : k === noun.form));
    if (noun && telling.length === 0) return false;
    // only names sharing a key can fit (no shared key scores 0); visited in gazetteer order, so ties go as before
    const candidates = new Set<number>();
    for (const k of keys) for (const i of known.byKey.get(k) ?? []) candidates.add(i);
    let best: { id: string; score: number } | null = null;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const { id, keys: nk } = known.names[i]!;
      let inter = 0;
      for (const k of keys) if (nk.has(k)) inter++;
      const j = inter / (keys.size + nk.size - inter || 1);
      // all of the written name is in the known one, or nearly all of both agree
      let ok = (inter === keys.size && j >= 0.5) || j >= 0.8;
      // "a new Free Trade Agreement" is not NAFTA: the shared words must hold one that few known treaties use
      if (ok && j < 1) ok = [...keys].some((key) => nk.has(key) && (known.treatiesByKey.get(key) ?? 0) <= FEW_TREATIES);
      if (ok && (!best || j > best.score) && fits(id, j < 1)) best = { id, score: j };
    }
    if (!best) return false;
    mm.kind = 'name';
    mm.treatyId = best.id;
    return true;
  }
}
