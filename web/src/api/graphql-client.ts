import type { TypedDocumentString } from './generated';

/**
 * A small GraphQL-over-HTTP client: POST JSON, errors carrying the server's extensions.code, and
 * AbortSignal support so a newer zoom can cancel an older request. A document from generated.ts
 * types both its variables and its result.
 */
export class GraphqlError extends Error {
  override name = 'GraphqlError';
  constructor(
    message: string,
    readonly code: string | null,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The variables argument, which a document whose variables are all optional (or that has none) may leave out. */
type RequestArgs<V> =
  Record<never, never> extends V ? [variables?: V, signal?: AbortSignal] : [variables: V, signal?: AbortSignal];

export interface GraphqlClient {
  request<R, V>(document: TypedDocumentString<R, V>, ...args: RequestArgs<V>): Promise<R>;
}

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function createGraphqlClient(
  endpoint = '/graphql',
  fetchImpl: typeof fetch = (...a) => fetch(...a),
): GraphqlClient {
  return {
    async request<R, V>(document: TypedDocumentString<R, V>, ...[variables, signal]: RequestArgs<V>): Promise<R> {
      const res = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        ...(signal ? { signal } : {}),
      });
      let body: Response<R>;
      try {
        body = (await res.json()) as Response<R>;
      } catch {
        throw new GraphqlError(`the server answered ${res.status} without JSON`, null, res.status);
      }
      const first = body.errors?.[0];
      if (first) throw new GraphqlError(first.message, first.extensions?.code ?? null, res.status);
      if (!body.data) throw new GraphqlError(`the server answered ${res.status} without data`, null, res.status);
      return body.data;
    },
  };
}

/** True for the error fetch raises when a request is aborted. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
