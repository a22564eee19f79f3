import { createGraphQLError, type Plugin } from 'graphql-yoga';

class DeadlineExceeded extends Error {}

/**
 * A per-request deadline: an operation that has not finished after `timeoutMs` answers with a
 * TIMEOUT error. The queries it started are bounded by the Neo4j transaction timeout (the
 * executor's transactionTimeoutMs, set from the same config value). Subscriptions are exempt.
 */
export function useDeadline(options: { timeoutMs: number }): Plugin {
  return {
    onExecute({ setExecuteFn, executeFn }) {
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
