import { GAZETTEER_TREATIES_REFERENCE, type ActorKind, type ExtractedTreaty } from '../domain/extraction';
import type { GazetteerData } from '../extract/gazetteer';
import { REPLACES_BASES, type ActorKindValue } from '../db/model';
import type { KnownActorRow, KnownTreatiesPlan, KnownTreatyRow, ReferenceRow } from '../db/writes/reference-writes';
import { treatyDateColumns } from './plan-article';

/**
 * The seed gazetteer's treaties as graph facts: each treaty with its names in every language,
 * kind and dates, its parties, and its known lineage (`replaces` with a basis), all sourced to
 * the gazetteer as a Reference (never as an article). `related` predecessors (amends, follows)
 * are not replacement and are not written. Pure; problems become warnings.
 */
export const GAZETTEER_REFERENCE: ReferenceRow = {
  id: GAZETTEER_TREATIES_REFERENCE,
  title: 'Pactline seed gazetteer: treaties (seed/gazetteer/treaties.ts)',
  path: 'seed/gazetteer/README.md',
};

const KIND: Record<ActorKind, ActorKindValue> = { person: 'PERSON', country: 'COUNTRY', organization: 'ORGANIZATION' };

function uniq(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

export function planKnownTreaties(
  data: Pick<GazetteerData, 'actors' | 'treaties'>,
  reference: ReferenceRow = GAZETTEER_REFERENCE,
): { plan: KnownTreatiesPlan; warnings: string[] } {
  const warnings: string[] = [];
  const actorsById = new Map(data.actors.map((a) => [a.id, a]));
  const known = new Set(data.treaties.map((t) => t.id));
  const treaties: KnownTreatyRow[] = [];
  const actors = new Map<string, KnownActorRow>();
  const parties: KnownTreatiesPlan['parties'] = [];
  const replaces: KnownTreatiesPlan['replaces'] = [];
  const seen = new Set<string>();

  for (const t of data.treaties) {
    if (seen.has(t.id)) {
      warnings.push(`treaty ${t.id} appears twice in the gazetteer; the first entry is kept`);
      continue;
    }
    seen.add(t.id);
    treaties.push({
      id: t.id,
      name: t.name,
      kind: t.kind,
      aliases: uniq([t.name, ...Object.values(t.names).flat()]),
      ...treatyDateColumns(t.signed, t.inForce, t.ended),
    });
    for (const id of uniq(t.parties)) {
      const a = actorsById.get(id);
      if (!a) {
        warnings.push(`party ${id} of ${t.id} skipped: not an actor of the gazetteer`);
        continue;
      }
      actors.set(id, { id, name: a.name, kind: KIND[a.kind], iso2: a.iso2 ?? null });
      parties.push({ actor: id, treaty: t.id });
    }
    for (const r of t.replaces ?? []) {
      const basis = r.basis.toUpperCase();
      if (!known.has(r.id) || r.id === t.id)
        warnings.push(`${t.id} replaces ${r.id}: not another treaty of the gazetteer, skipped`);
      else if (!(REPLACES_BASES as readonly string[]).includes(basis))
        warnings.push(`${t.id} replaces ${r.id}: invalid basis ${JSON.stringify(r.basis)}, skipped`);
      else replaces.push({ from: t.id, to: r.id, basis });
    }
  }
  return { plan: { reference, treaties, actors: [...actors.values()], parties, replaces }, warnings };
}

/**
 * What the reference states about the known treaties an article names (the extractor's `known`
 * facts): the same rows seeding writes, so that the graph keeps a known treaty's dates, parties
 * and lineage as the gazetteer's, never as the article's, whether or not the gazetteer was seeded.
 * A treaty it replaces comes with its own dates; the lineage between treaties the article does not
 * name stays with seeding. Null when the article names no known treaty.
 */
export function planKnownFacts(treaties: readonly ExtractedTreaty[]): KnownTreatiesPlan | null {
  const rows = new Map<string, KnownTreatyRow>();
  const actors = new Map<string, KnownActorRow>();
  const parties: KnownTreatiesPlan['parties'] = [];
  const replaces: KnownTreatiesPlan['replaces'] = [];
  let reference: ReferenceRow | null = null;
  for (const t of treaties) {
    const k = t.known;
    if (!k) continue;
    reference ??=
      k.reference === GAZETTEER_REFERENCE.id ? GAZETTEER_REFERENCE : { ...GAZETTEER_REFERENCE, id: k.reference };
    rows.set(t.id, {
      id: t.id,
      name: t.name,
      kind: t.kind ?? 'treaty',
      aliases: [t.name],
      ...treatyDateColumns(k.signed, k.inForceFrom, k.endedOn),
    });
    for (const p of k.parties) {
      actors.set(p.id, { id: p.id, name: p.name, kind: KIND[p.kind], iso2: p.iso2 });
      if (!parties.some((x) => x.actor === p.id && x.treaty === t.id)) parties.push({ actor: p.id, treaty: t.id });
    }
    for (const r of k.replaces) {
      const basis = r.basis.toUpperCase();
      if (r.id === t.id || !(REPLACES_BASES as readonly string[]).includes(basis)) continue;
      if (!rows.has(r.id))
        rows.set(r.id, {
          id: r.id,
          name: r.name,
          kind: r.kind,
          aliases: [r.name],
          ...treatyDateColumns(r.signed, r.inForceFrom, r.endedOn),
        });
      if (!replaces.some((x) => x.from === t.id && x.to === r.id)) replaces.push({ from: t.id, to: r.id, basis });
    }
  }
  // a treaty both named and replaced keeps the row its own mention gave (the same facts)
  return reference
    ? { reference, treaties: [...rows.values()], actors: [...actors.values()], parties, replaces }
    : null;
}
