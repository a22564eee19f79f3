import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Gives every client-side error a code: validation and coercion errors that arrive without one
 * (graphql-js and Armor) become BAD_USER_INPUT, so clients can always switch on extensions.code.
 */
export function useErrorCodes(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(result.map((e) => (e.extensions?.code ? e : createGraphQLError(e.message, {
          nodes: e.nodes,
          source: e.source,
          positions: e.positions,
          path: e.path,
          originalError: e.originalError,
          extensions: { ...e.extensions, code: 'BAD_USER_INPUT' },
        }))));
      };
    },
  };
}
