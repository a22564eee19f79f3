import { EVENT_TYPE_VALUES, type EventTypeValue } from '../../domain/event-types';
import type { EventType, QueryResolvers } from '../generated';
import type { SearchKind } from '../../db/queries/search-queries';
import { toLuceneQuery, searchTerms } from '../../db/queries/lucene';
import { MAX_HOPS_LIMIT, MAX_PATHS_LIMIT } from '../../db/queries/path-queries';
import {
  cursorOf,
  dayCursor,
  dayRange,
  intInRange,
  nameCursor,
  pageSize,
  timelineRequest,
  toEventFilter,
} from '../arguments';
import { selectsNodeField, selectsTotalCount, toConnection } from '../connection';
import { invalidArgument } from '../errors';
import { eventConnection } from '../event-connection';
import { createHighlighter } from '../highlight';
import { resolveTimeline } from '../../timeline/timeline';

// The domain's list of event types is schema.graphql's enum EventType: tsc fails when the two differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameAsSchema: Same<EventTypeValue, EventType> = true;

export interface SearchHit {
  kind: SearchKind;
  id: string;
  label: string;
  score: number;
  highlight: string | null;
}

export interface PathResult {
  nodes: { id: string; kind: string; label: string }[];
  relationships: { type: string; from: string; to: string }[];
  length: number;
}

function eventLabel(n: { summary?: string | null; type?: string | null; date?: string | null; id: string }): string {
  return n.summary ?? ([n.type, n.date].filter(Boolean).join(' ') || n.id);
}

export const Query: QueryResolvers = {
  events(_root, args, context, info) {
    return eventConnection(
      context,
      toEventFilter(args.filter),
      args.orderBy ?? 'DATE_ASC',
      pageSize(args.first),
      dayCursor(args.after),
      selectsTotalCount(info),
      selectsNodeField(info, 'gdelt'),
    );
  },
  event: (_root, { id }, { loaders }) => loaders.event.load(id),

  async actors(_root, args, { repo, loaders }) {
    const first = pageSize(args.first);
    const after = nameCursor(args.after);
    if (args.search !== null && args.search !== undefined && args.search.length > 200)
      throw invalidArgument('search', `${args.search.slice(0, 20)}…`, 'at most 200 characters');
    const filter = { search: args.search ?? null, kinds: args.kinds ?? null };
    if (filter.search !== null && filter.search.trim() !== '') {
      // By relevance (an exact name or alias first, then the full-text score), paged by position.
      const skip = after ? Number(after.name.slice(1)) : 0;
      if (after && (!after.name.startsWith('#') || !Number.isInteger(skip) || skip < 0))
        throw invalidArgument('after', args.after, 'a cursor from this search');
      const search = { ...filter, search: filter.search };
      const rows = first === 0 ? [] : await repo.actorSearchPage(search, skip, first + 1);
      for (const a of rows) loaders.actor.prime(a.id, a);
      let position = skip;
      return toConnection(
        rows,
        first,
        () => cursorOf(`#${++position}`, ''),
        () => repo.countActors(filter),
        after !== null,
      );
    }
    const rows = first === 0 ? [] : await repo.actorPage(filter, after, first + 1);
    for (const a of rows) loaders.actor.prime(a.id, a);
    return toConnection(
      rows,
      first,
      (a) => cursorOf(a.name, a.id),
      () => repo.countActors(filter),
      after !== null,
    );
  },
  actor: (_root, { id }, { loaders }) => loaders.actor.load(id),

  async treaties(_root, args, { repo, loaders }) {
    const first = pageSize(args.first);
    const after = nameCursor(args.after);
    const f = args.filter ?? {};
    const filter = {
      inForceOn: f.inForceOn ? dayRange(f.inForceOn, 'filter.inForceOn') : null,
      party: f.party ?? null,
      kind: f.kind ?? null,
      status: f.status ?? null,
    };
    const rows = first === 0 ? [] : await repo.treatyPage(filter, after, first + 1);
    for (const t of rows) loaders.treaty.prime(t.id, t);
    return toConnection(
      rows,
      first,
      (t) => cursorOf(t.name, t.id),
      () => repo.countTreaties(filter),
      after !== null,
    );
  },
  treaty: (_root, { id }, { loaders }) => loaders.treaty.load(id),

  async articles(_root, args, { repo }) {
    const first = pageSize(args.first);
    const after = dayCursor(args.after);
    const f = args.filter ?? {};
    const filter = {
      language: f.language ?? null,
      source: f.source ?? null,
      fromDay: f.from ? dayRange(f.from, 'filter.from').first : null,
      toDay: f.to ? dayRange(f.to, 'filter.to').last : null,
    };
    const rows = first === 0 ? [] : await repo.articlePage(filter, after, first + 1);
    const page = toConnection(
      rows,
      first,
      (r) => cursorOf(r.sortDay, r.article.id),
      () => repo.countArticles(filter),
      after !== null,
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.article })) };
  },
  article: (_root, { id }, { loaders }) => loaders.article.load(id),

  timeline: (_root, args, { repo, timelineCache, timelineIndex, loaders }) =>
    resolveTimeline(timelineRequest(args), {
      repo,
      cache: timelineCache,
      index: timelineIndex,
      onActor: (actor) => loaders.actor.prime(actor.id, actor),
    }),

  async search(_root, args, { repo }) {
    const first = intInRange(args.first, 'first', 1, 100, 20);
    if (args.query.length > 500)
      throw invalidArgument('query', `${args.query.slice(0, 20)}…`, 'at most 500 characters');
    const lucene = toLuceneQuery(args.query);
    if (lucene === null) return [];
    const highlight = createHighlighter(searchTerms(args.query));
    const rows = await repo.search(lucene, first, args.kinds ?? null);
    return rows.map((r) => {
      const label =
        r.kind === 'EVENT' ? eventLabel({ summary: r.summary, type: r.type, id: r.id }) : (r.name ?? r.title ?? r.id);
      const fields = [r.name, r.aliasText, r.title, r.summary, r.text].filter(
        (f): f is string => typeof f === 'string',
      );
      let mark: string | null = null;
      for (const f of fields) {
        mark = highlight(f);
        if (mark !== null) break;
      }
      return { kind: r.kind, id: r.id, label, score: r.score, highlight: mark };
    });
  },

  async paths(_root, args, { repo }) {
    const maxHops = intInRange(args.maxHops, 'maxHops', 1, MAX_HOPS_LIMIT, 4);
    const count = intInRange(args.first, 'first', 1, MAX_PATHS_LIMIT, 5);
    if (args.from === args.to) throw invalidArgument('to', args.to, 'an actor id other than from');
    const at = args.at ? dayRange(args.at, 'at') : null;
    const rows = await repo.paths(args.from, args.to, maxHops, count, at);
    return rows.map((p) => ({
      nodes: p.nodes.map((n) => ({
        id: n.id,
        kind: n.kind,
        label:
          n.kind === 'EVENT'
            ? eventLabel({ summary: n.summary, type: n.type, date: n.date, id: n.id })
            : (n.name ?? n.id),
      })),
      relationships: p.relationships,
      length: p.length,
    }));
  },

  stats: (_root, _args, { repo }) => repo.stats(EVENT_TYPE_VALUES),
};
