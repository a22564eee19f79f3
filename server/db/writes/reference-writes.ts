import type { Query } from '../executor';
import { LABELS, REL, type ActorKindValue } from '../model';
import { TREATY_CLAIMS, refreshTreatyStatus, type TreatyDateColumns } from './article-writes';
import { addSource, mergeAliases, mergePartialDate, setActorKindLabel } from './fragments';

/**
 * Pure builder for the facts a reference work states (the seed gazetteer's treaties, their
 * parties and lineage). The Reference MENTIONS each treaty with the same claims an article
 * records, and its id stands in the `sources` of the PARTY_TO and REPLACES edges it states, so
 * deleting articles never takes these facts away. MERGE on constrained ids: loading twice
 * writes the same graph.
 */
const { Actor, Treaty, Reference } = LABELS;

export interface ReferenceRow {
  id: string;
  title: string;
  /** Where the reference documents its own sources (a path in this repository). */
  path: string;
}

export interface KnownTreatyRow extends TreatyDateColumns {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}

export interface KnownActorRow {
  id: string;
  name: string;
  kind: ActorKindValue;
  iso2: string | null;
}

export interface KnownTreatiesPlan {
  reference: ReferenceRow;
  treaties: KnownTreatyRow[];
  /** The parties' actors: created with their name when missing, never renamed. */
  actors: KnownActorRow[];
  parties: { actor: string; treaty: string }[];
  /** `from` replaces `to`, on `basis`. */
  replaces: { from: string; to: string; basis: string }[];
}

/**
 * The whole reference in one statement. The reference's name and kind of a treaty win over an
 * article's (it is the canonical record); dates merge with the articles' claims as usual (most
 * precise, then earliest); a REPLACES edge takes the reference's basis. With `claims` 'keep' (the
 * part an article brings), what the reference states already (seeding records all of a
 * treaty's names) is left as it is, and nothing is written for it.
 */
export function writeKnownTreaties(plan: KnownTreatiesPlan, claims: 'set' | 'keep' = 'set'): Query {
  const status = refreshTreatyStatus(plan.treaties.map((t) => t.id));
  // 'keep' (an article's part, many loads at once): write only what the reference does not state yet, so that
  // concurrent loads do not all lock the one Reference node and the edges it sources
  const keep = claims === 'keep';
  const newTreaty = keep
    ? `OPTIONAL MATCH (ref)-[stated:${REL.MENTIONS}]->(:${Treaty} {id: row.id})\n  WITH ref, row WHERE stated IS NULL\n  `
    : '';
  const newEdge = (rel: string, from: string, to: string) =>
    keep ? `\n  WHERE NOT EXISTS { (${from})-[x:${rel}]->(${to}) WHERE $referenceId IN coalesce(x.sources, []) }` : '';
  return {
    cypher: `MERGE (ref:${Reference} {id: $reference.id})
${keep ? 'ON CREATE ' : ''}SET ref.title = $reference.title, ref.path = $reference.path
WITH ref
CALL (ref) {
  UNWIND $treaties AS row
  ${newTreaty}MERGE (n:${Treaty} {id: row.id})
  ON CREATE SET n.status = 'UNKNOWN'
  SET n.name = row.name, n.kind = row.kind
  ${mergeAliases('n', 'row.aliases')}
  ${mergePartialDate('n', 'row', 'signedOn', 'signedPrecision', 'ref, n, row')}
  ${mergePartialDate('n', 'row', 'inForceFrom', 'inForcePrecision', 'ref, n, row')}
  ${mergePartialDate('n', 'row', 'endedOn', 'endedPrecision', 'ref, n, row')}
  MERGE (ref)-[m:${REL.MENTIONS}]->(n)
  SET ${TREATY_CLAIMS}
}
CALL () {
  UNWIND $actors AS row
  ${keep ? `OPTIONAL MATCH (known:${Actor} {id: row.id})\n  WITH row WHERE known IS NULL\n  ` : ''}MERGE (n:${Actor} {id: row.id})
  ON CREATE SET n.name = row.name, n.kind = row.kind, n.aliases = [row.name], n.aliasText = row.name
  SET n.iso2 = coalesce(n.iso2, row.iso2)
  ${setActorKindLabel('n', 'row.kind')}
}
CALL () {
  UNWIND $parties AS row
  MATCH (a:${Actor} {id: row.actor})
  MATCH (t:${Treaty} {id: row.treaty})${newEdge(REL.PARTY_TO, 'a', 't')}
  MERGE (a)-[r:${REL.PARTY_TO}]->(t)
  SET ${addSource('r', 'referenceId')}
}
CALL () {
  UNWIND $replaces AS row
  MATCH (newer:${Treaty} {id: row.from})
  MATCH (older:${Treaty} {id: row.to})${newEdge(REL.REPLACES, 'newer', 'older')}
  MERGE (newer)-[r:${REL.REPLACES}]->(older)
  SET r.basis = row.basis, ${addSource('r', 'referenceId')}
}
CALL () {
${status.cypher}
}
RETURN size($treaties) AS treaties, size($parties) AS parties, size($replaces) AS replaces`,
    params: {
      reference: plan.reference,
      referenceId: plan.reference.id,
      treaties: plan.treaties,
      actors: plan.actors,
      parties: plan.parties,
      replaces: plan.replaces,
      ...status.params,
    },
  };
}
