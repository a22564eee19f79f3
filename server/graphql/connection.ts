/**
 * A Relay connection from a page fetched with one row more than asked (to learn hasNextPage).
 * totalCount is a function, so graphql's default resolver runs the count only when asked.
 */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export function toConnection<T>(rows: readonly T[], first: number, cursorOf: (row: T) => string, count: () => Promise<number>, afterGiven: boolean): Connection<T> {
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
