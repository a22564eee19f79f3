/**
 * Cypher fragments shared by the write builders. They hold property names and closed values
 * only, never input: every value travels as a parameter.
 */
import { LABELS, REL } from '../model';

/** The kind label (Person, Country or Organization) an actor node gets from the kind in `kind`. */
export function setActorKindLabel(node: string, kind: string): string {
  return `FOREACH (_ IN CASE WHEN ${kind} = 'PERSON' THEN [1] ELSE [] END | SET ${node}:${LABELS.Person})
FOREACH (_ IN CASE WHEN ${kind} = 'COUNTRY' THEN [1] ELSE [] END | SET ${node}:${LABELS.Country})
FOREACH (_ IN CASE WHEN ${kind} = 'ORGANIZATION' THEN [1] ELSE [] END | SET ${node}:${LABELS.Organization})`;
}

/** Rank of a date precision ('day' 3 > 'month' 2 > 'year' 1 > none 0), for "the most precise wins". */
export function precisionRank(expr: string): string {
  return `CASE ${expr} WHEN 'day' THEN 3 WHEN 'month' THEN 2 WHEN 'year' THEN 1 ELSE 0 END`;
}

/** Adds the source id in parameter `param` ($articleId unless told) to a relationship's `sources` list once. */
export function addSource(rel: string, param = 'articleId'): string {
  return `${rel}.sources = CASE WHEN $${param} IN coalesce(${rel}.sources, []) THEN ${rel}.sources ELSE coalesce(${rel}.sources, []) + $${param} END`;
}

/** Unions the list `aliases` into `node.aliases` (keeping first-seen order) and refreshes `aliasText` for full-text. */
export function mergeAliases(node: string, aliases: string): string {
  return `SET ${node}.aliases = reduce(acc = coalesce(${node}.aliases, []), x IN ${aliases} | CASE WHEN x IN acc THEN acc ELSE acc + x END)
${refreshAliasText(node)}`;
}

/** `aliasText` (what the full-text index reads) from `node.aliases`. */
export function refreshAliasText(node: string): string {
  return `SET ${node}.aliasText = reduce(s = '', x IN ${node}.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x)`;
}

/**
 * Keeps the better of the stored date and the row's date on a node: the more precise one wins,
 * and between equally precise dates the earlier one (so the result does not depend on load order).
 */
export function mergePartialDate(
  node: string,
  row: string,
  dateProp: string,
  precisionProp: string,
  carry: string,
): string {
  return `WITH ${carry}, ${row}.${dateProp} IS NOT NULL AND (${precisionRank(`${row}.${precisionProp}`)} > ${precisionRank(`${node}.${precisionProp}`)}
  OR (${precisionRank(`${row}.${precisionProp}`)} = ${precisionRank(`${node}.${precisionProp}`)} AND date(${row}.${dateProp}) < ${node}.${dateProp})) AS better_${dateProp}
SET ${node}.${dateProp} = CASE WHEN better_${dateProp} THEN date(${row}.${dateProp}) ELSE ${node}.${dateProp} END,
    ${node}.${precisionProp} = CASE WHEN better_${dateProp} THEN ${row}.${precisionProp} ELSE ${node}.${precisionProp} END`;
}

/**
 * An event's date from the dates its reports claim: the most precise claim; among equally
 * precise claims the one most articles make; then the earliest. Every claim stays on its REPORTS.
 * With no claim left, the event keeps its date when writing (`keep`) and loses it after a delete.
 */
export function settleEventDate(event: string, whenNoClaim: 'keep' | 'clear' = 'keep'): string {
  const orElse = (prop: string) => (whenNoClaim === 'keep' ? `${event}.${prop}` : 'null');
  return `CALL (${event}) {
  OPTIONAL MATCH (:${LABELS.Article})-[claim:${REL.REPORTS}]->(${event}) WHERE claim.claimedDate IS NOT NULL
  WITH claim.claimedDate AS d, claim.claimedPrecision AS p, claim.claimedEndDate AS endDate, count(claim) AS n
  ORDER BY ${precisionRank('p')} DESC, n DESC, d ASC
  RETURN collect({d: d, p: p, endDate: endDate})[0] AS best
}
SET ${event}.date = CASE WHEN best.d IS NULL THEN ${orElse('date')} ELSE best.d END,
    ${event}.datePrecision = CASE WHEN best.d IS NULL THEN ${orElse('datePrecision')} ELSE best.p END,
    ${event}.endDate = CASE WHEN best.d IS NULL THEN ${orElse('endDate')} ELSE best.endDate END`;
}

/** ASSERTED > REPORTED > PLANNED > NEGATED: what an event is, when its reports differ. */
export function modalityRank(expr: string): string {
  return `CASE ${expr} WHEN 'ASSERTED' THEN 4 WHEN 'REPORTED' THEN 3 WHEN 'PLANNED' THEN 2 WHEN 'NEGATED' THEN 1 ELSE 0 END`;
}

/** A treaty's status from its dates and whether an in-force treaty replaces it. */
export function treatyStatus(treaty: string): string {
  return `CASE
  WHEN EXISTS { MATCH (${treaty})<-[:${REL.REPLACES}]-(newer:${LABELS.Treaty}) WHERE newer.inForceFrom IS NOT NULL } THEN 'SUPERSEDED'
  WHEN ${treaty}.endedOn IS NOT NULL THEN 'ENDED'
  WHEN ${treaty}.inForceFrom IS NOT NULL THEN 'IN_FORCE'
  WHEN ${treaty}.signedOn IS NOT NULL THEN 'SIGNED'
  ELSE 'UNKNOWN' END`;
}
