import type { GraphQLResolveInfo, SelectionNode } from 'graphql';
import type { ActorNode, ArticleNode, EventNode, TreatyNode } from '../db/read-model';

/**
 * A Relay connection from a page fetched with one row more than asked (to learn hasNextPage).
 * totalCount is a function, so graphql's default resolver runs the count only when asked.
 */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export function toConnection<T>(
  rows: readonly T[],
  first: number,
  cursorOf: (row: T) => string,
  count: () => Promise<number>,
  afterGiven: boolean,
): Connection<T> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: count,
  };
}

/**
 * Whether the connection field being resolved selects `totalCount` (directly or in a fragment,
 * which is taken as yes), so the count can start beside the page query instead of after it.
 */
export function selectsTotalCount(info: GraphQLResolveInfo | undefined): boolean {
  return selectsField(info, ['totalCount']);
}

/** Runs `count` once, now or on first use: the default resolver calls totalCount() when selected. */
export function eagerCount(count: () => Promise<number>, start: boolean): () => Promise<number> {
  let running: Promise<number> | null = start ? count() : null;
  running?.catch(() => undefined);
  return () => (running ??= count());
}

function selectsPath(selections: readonly SelectionNode[] | undefined, path: readonly string[]): boolean {
  if (!selections) return false;
  const [head, ...rest] = path;
  return selections.some(
    (s) =>
      s.kind !== 'Field' ||
      (s.name.value === head && (rest.length === 0 || selectsPath(s.selectionSet?.selections, rest))),
  );
}

/** Whether the field being resolved selects `path` below it (a fragment on the way is taken as yes). */
function selectsField(info: GraphQLResolveInfo | undefined, path: readonly string[]): boolean {
  if (!info) return true;
  return info.fieldNodes.some((node) => selectsPath(node.selectionSet?.selections, path));
}

/** Whether the connection selects `edges { node { <field> } }` (a fragment on the way is taken as yes). */
export function selectsNodeField(info: GraphQLResolveInfo | undefined, field: string): boolean {
  return selectsField(info, ['edges', 'node', field]);
}

/** The parents of the connection types of schema.graphql (codegen mappers). */
export type EventConnection = Connection<EventNode>;
export type ActorConnection = Connection<ActorNode>;
export type TreatyConnection = Connection<TreatyNode>;
export type ArticleConnection = Connection<ArticleNode>;
