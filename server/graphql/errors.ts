import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

// createGraphQLError (not `new GraphQLError`) builds the error with the graphql instance yoga
// itself uses, so yoga recognises it as a client error and never masks it.

/** Codes a client can act on; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ClientErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'WRITES_DISABLED'
  | 'TIMEOUT'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'DATABASE_UNAVAILABLE';

const STATUS: Record<ClientErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  WRITES_DISABLED: 403,
  TIMEOUT: 504,
  TOO_MANY_SUBSCRIPTIONS: 429,
  DATABASE_UNAVAILABLE: 503,
};

export function clientError(code: ClientErrorCode, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code, http: { status: STATUS[code] } } });
}

/** `invalid first: 501 (allowed: 1 to 500)`: quotes the argument, its value and what is allowed. */
export function invalidArgument(name: string, value: unknown, allowed: string): GraphQLError {
  return clientError('BAD_USER_INPUT', `invalid ${name}: ${JSON.stringify(value)} (allowed: ${allowed})`);
}
