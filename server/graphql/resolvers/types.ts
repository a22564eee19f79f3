import type { GraphQLResolveInfo } from 'graphql';
import type { PactlineContext } from '../context';

/** A field resolver typed by its parent and arguments (hand-written from schema.graphql, checked by tsc). */
export type FieldResolver<Parent, Args, Result> = (
  parent: Parent,
  args: Args,
  context: PactlineContext,
  info: GraphQLResolveInfo,
) => Result | Promise<Result>;

export type NoArgs = Record<string, never>;
