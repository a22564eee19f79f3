import { loadGazetteerData } from '../../seed/gazetteer';
import type { Executor } from '../db/executor';
import type { GazetteerData } from '../extract/gazetteer';
import { writeKnownTreaties } from '../db/writes/reference-writes';
import { planKnownTreaties } from './plan-known-treaties';

export interface KnownTreatiesSummary {
  treaties: number;
  parties: number;
  replaces: number;
  warnings: string[];
}

/**
 * Writes the gazetteer's treaties, parties and lineage into the graph in one transaction (one
 * statement), sourced to the gazetteer. Seeding calls it before loading the seed articles; safe
 * to run any number of times.
 */
export async function loadKnownTreaties(
  executor: Executor,
  data: Pick<GazetteerData, 'actors' | 'treaties'> = loadGazetteerData(),
): Promise<KnownTreatiesSummary> {
  const { plan, warnings } = planKnownTreaties(data);
  const [row] = await executor.write<{ treaties: number; parties: number; replaces: number }>(writeKnownTreaties(plan));
  return { treaties: row?.treaties ?? 0, parties: row?.parties ?? 0, replaces: row?.replaces ?? 0, warnings };
}

export function formatKnownTreaties(s: KnownTreatiesSummary): string {
  return `gazetteer: ${s.treaties} known treaties, ${s.parties} parties, ${s.replaces} lineage edges`;
}
