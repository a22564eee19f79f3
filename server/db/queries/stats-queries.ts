import type { Query } from '../executor';
import { REL } from '../model';

/**
 * Graph totals. Label counts come from the count store; per-type counts are index counts on
 * (type, date); earliest and latest are the ends of the event_date index.
 */
export function statsQuery(types: readonly string[]): Query {
  return {
    cypher: `CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (t:Treaty) RETURN count(t) AS treaties }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (p:Place) RETURN count(p) AS places }
CALL () { MATCH ()-[r:${REL.REPORTS}]->() RETURN count(r) AS reports }
CALL () { MATCH (e:Event) WHERE e.date >= date('0001-01-01') WITH e ORDER BY e.date ASC LIMIT 1 RETURN collect({date: toString(e.date), precision: e.datePrecision})[0] AS earliest }
CALL () { MATCH (e:Event) WHERE e.date >= date('0001-01-01') WITH e ORDER BY e.date DESC LIMIT 1 RETURN collect({date: toString(e.date), precision: e.datePrecision})[0] AS latest }
CALL () { UNWIND $types AS type CALL (type) { MATCH (e:Event) WHERE e.type = type RETURN count(e) AS n } WITH type, n WHERE n > 0 RETURN collect({type: type, count: n}) AS eventsByType }
RETURN events, actors, treaties, articles, places, reports, earliest, latest, eventsByType`,
    params: { types },
  };
}
