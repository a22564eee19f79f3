import type { ValidationRule } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Rejects __schema and __type fields (graphql's NoSchemaIntrospectionCustomRule, with our error code). */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value;
    if (name === '__schema' || name === '__type') {
      context.reportError(
        createGraphQLError(`introspection is disabled: ${JSON.stringify(name)} (allowed: set INTROSPECTION=true)`, {
          nodes: [node],
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        }),
      );
    }
  },
});

/** Turns introspection off when config.introspection is false. */
export function useIntrospection(options: { enabled: boolean }): Plugin {
  if (options.enabled) return {};
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospection);
    },
  };
}
