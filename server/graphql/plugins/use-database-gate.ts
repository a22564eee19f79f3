import { Kind, OperationTypeNode, type DefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { HealthState } from '../../db/database-health';
import { clientError } from '../errors';

/** The message a client sees while the database is away (no internal address in it). */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'the database is unavailable; Pactline answers again as soon as it is back (see /healthz)';

/**
 * While the database is known to be down, operations answer at once with 503
 * DATABASE_UNAVAILABLE instead of each waiting out driver retries and the request deadline.
 * Subscriptions are left alone: they read nothing until an event comes.
 */
export function useDatabaseGate(options: { state: () => HealthState }): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (options.state().status === 'up') return;
      const isSubscription = (d: DefinitionNode) =>
        d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.SUBSCRIPTION;
      if (args.document.definitions.some(isSubscription)) return;
      setResultAndStopExecution({ errors: [clientError('DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE)] });
    },
  };
}
