import { REL } from '../model';

/**
 * The Cypher predicate "treaty `t` is in force on the partial date whose first and last days
 * are $<first> and $<last>" (ISO days as parameters).
 *
 * Rule (partial dates compare by the interval they cover; stored dates are their first day):
 * the treaty's in-force interval, from inForceFrom (else signedOn) to endedOn, overlaps the
 * queried interval: it started on or before the query's last day, it had not ended by the
 * query's first day, and no treaty replacing it had taken effect by the query's first day
 * (REPLACES.effectiveOn, else the replacer's own start) while having itself started by the
 * query's last day. For a day this is exactly "in force that day"; for "1996" it is "in force
 * at some time in 1996". A treaty with neither inForceFrom nor signedOn is never in force.
 */
export function inForcePredicate(t: string, first = 'onFirst', last = 'onLast'): string {
  return `(coalesce(${t}.inForceFrom, ${t}.signedOn) <= date($${last})
    AND (${t}.endedOn IS NULL OR ${t}.endedOn > date($${first}))
    AND NOT EXISTS { MATCH (ifR:Treaty)-[ifX:${REL.REPLACES}]->(${t}) WHERE coalesce(ifX.effectiveOn, ifR.inForceFrom, ifR.signedOn) <= date($${first}) AND coalesce(ifR.inForceFrom, ifR.signedOn) <= date($${last}) })`;
}
