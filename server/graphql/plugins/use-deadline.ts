import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

class DeadlineExceeded extends Error {}

/** Whether the operation that `args` will run is a mutation. */
function isMutation(args: { document: DocumentNode; operationName?: string | null }): boolean {
  const operations = args.document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const op = args.operationName ? operations.find((o) => o.name?.value === args.operationName) : operations[0];
  return op?.operation === 'mutation';
}

/**
 * A per-request deadline for reads: a query that has not finished after `timeoutMs` answers with
 * a TIMEOUT error. The queries it started are bounded by the Neo4j transaction timeout (the
 * executor's transactionTimeoutMs, set from the same config value). Subscriptions are exempt,
 * and so are mutations: a write that answered TIMEOUT would go on committing behind the answer
 * (ingestion commits article batches one after another), so a write instead runs within its own
 * WRITE_TIMEOUT_MS and answers what it did (see the ingest mutations).
 */
export function useDeadline(options: { timeoutMs: number }): Plugin {
  return {
    onExecute({ setExecuteFn, executeFn, args: executeArgs }) {
      if (isMutation(executeArgs)) return;
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new DeadlineExceeded()), options.timeoutMs);
        });
        try {
          return await Promise.race([executeFn(args), deadline]);
        } catch (error) {
          if (error instanceof DeadlineExceeded) {
            return {
              errors: [
                createGraphQLError(`request timed out after ${options.timeoutMs} ms (allowed: REQUEST_TIMEOUT_MS)`, {
                  extensions: { code: 'TIMEOUT', http: { status: 504 } },
                }),
              ],
            };
          }
          throw error;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
