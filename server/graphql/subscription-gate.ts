import { clientError } from './errors';

export interface SubscriptionLimits {
  /** Live subscriptions at once, in all. */
  max: number;
  /** Live subscriptions at once from one client address. */
  perClient: number;
  /** How long one subscription stays open; the stream then ends and the client reconnects. */
  maxLifetimeMs: number;
}

/**
 * Admits live subscriptions within limits and ends each one after its lifetime, so that clients
 * that never disconnect cannot pile up listeners. One gate per server.
 */
export interface SubscriptionGate {
  /** Wraps a subscription's source for `client`, or throws TOO_MANY_SUBSCRIPTIONS. */
  admit<T>(client: string, source: AsyncIterable<T>): AsyncIterable<T>;
  /** Live subscriptions now, in all. */
  readonly open: number;
}

export function createSubscriptionGate(limits: SubscriptionLimits): SubscriptionGate {
  const perClient = new Map<string, number>();
  let open = 0;
  const release = (client: string) => {
    open--;
    const left = (perClient.get(client) ?? 1) - 1;
    if (left > 0) perClient.set(client, left);
    else perClient.delete(client);
  };
  return {
    get open() {
      return open;
    },
    admit<T>(client: string, source: AsyncIterable<T>): AsyncIterable<T> {
      if (open >= limits.max) {
        throw clientError(
          'TOO_MANY_SUBSCRIPTIONS',
          `too many live subscriptions: ${open} (allowed: at most ${limits.max} in all; see MAX_SUBSCRIPTIONS)`,
        );
      }
      const mine = perClient.get(client) ?? 0;
      if (mine >= limits.perClient) {
        throw clientError(
          'TOO_MANY_SUBSCRIPTIONS',
          `too many live subscriptions from this client: ${mine} (allowed: at most ${limits.perClient}; see MAX_SUBSCRIPTIONS_PER_CLIENT)`,
        );
      }
      open++;
      perClient.set(client, mine + 1);
      return limitLifetime(source, limits.maxLifetimeMs, () => release(client));
    },
  };
}

/** The items of `source` until it ends, the consumer stops, or `ms` have passed; then `done` once. */
function limitLifetime<T>(source: AsyncIterable<T>, ms: number, done: () => void): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const iterator = source[Symbol.asyncIterator]();
      let finished = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = async (): Promise<IteratorResult<T>> => {
        if (!finished) {
          finished = true;
          clearTimeout(timer);
          done();
          await iterator.return?.();
        }
        return { done: true, value: undefined };
      };
      const expired = new Promise<IteratorResult<T>>((resolve) => {
        timer = setTimeout(() => resolve(finish()), ms);
        timer.unref();
      });
      return {
        async next() {
          if (finished) return { done: true, value: undefined };
          const result = await Promise.race([iterator.next(), expired]);
          if (result.done) return finish();
          return result;
        },
        return: finish,
      };
    },
  };
}
