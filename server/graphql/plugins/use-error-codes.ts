import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Gives every error a client can see a code: errors that arrive without one (graphql-js
 * validation and coercion, GraphQL Armor's limits) are the client's and become BAD_USER_INPUT;
 * masked errors already carry INTERNAL_SERVER_ERROR.
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const errors = (result as { errors?: readonly GraphQLError[] }).errors;
      if (!errors || errors.every((e) => e.extensions?.code)) return;
      setResult({
        ...result,
        errors: errors.map((e) =>
          e.extensions?.code
            ? e
            : createGraphQLError(e.message.replace(/^Syntax Error: (?=.*limit)/, ''), {
                nodes: e.nodes,
                source: e.source,
                positions: e.positions,
                path: e.path,
                extensions: { ...e.extensions, code: 'BAD_USER_INPUT' },
              }),
        ),
      } as typeof result);
    },
  };
}
