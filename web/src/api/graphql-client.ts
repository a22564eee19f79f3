/**
 * A small GraphQL-over-HTTP client: POST JSON, typed result, errors carrying the server's
 * extensions.code, and AbortSignal support so a newer zoom can cancel an older request.
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

export interface GraphqlClient {
  request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
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
    async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
      const res = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
        ...(signal ? { signal } : {}),
      });
      let body: Response<T>;
      try {
        body = (await res.json()) as Response<T>;
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
