import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

/** Query-shape limits (GraphQL Armor): depth, cost, aliases, tokens and directives. */
export interface LimitOptions {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Hide "did you mean" suggestions (when introspection is off they would leak the schema). */
  blockFieldSuggestions: boolean;
}

const DEFAULT_LIMITS: LimitOptions = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  blockFieldSuggestions: false,
};

export function useLimits(options: Partial<LimitOptions> = {}): Plugin {
  const o = { ...DEFAULT_LIMITS, ...options };
  return EnvelopArmorPlugin({
    maxDepth: { n: o.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: o.maxCost, ignoreIntrospection: true },
    maxAliases: { n: o.maxAliases },
    maxTokens: { n: o.maxTokens },
    maxDirectives: { n: o.maxDirectives },
    blockFieldSuggestion: { enabled: o.blockFieldSuggestions },
  }) as Plugin;
}
