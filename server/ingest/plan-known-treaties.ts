import type { ActorKind } from '../domain/extraction';
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
  id: 'gazetteer:treaties',
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
