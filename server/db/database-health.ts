import { DatabaseUnavailableError } from './errors';

/** Whether the database answers, as the server last saw it. */
export interface HealthState {
  status: 'up' | 'down';
  /** When the status last changed. */
  since: Date;
  /** Why it is down (null when up). */
  reason: string | null;
}

/**
 * The server's view of its database: requests fail fast with DatabaseUnavailableError while it
 * is down (instead of each waiting out driver retries and the request deadline), a failed
 * query or a dead embedded process marks it down, and a probe marks it up again.
 */
export interface DatabaseHealth {
  readonly state: HealthState;
  /** Throws DatabaseUnavailableError at once while the database is down. */
  assertAvailable(): void;
  /**
   * Rejects with DatabaseUnavailableError when the database next goes down: queries in flight
   * race it, so they answer at once instead of waiting out the driver's retries.
   */
  whenDown(): Promise<never>;
  markDown(reason: string): void;
  markUp(): void;
  /** Asks the database once, within `timeoutMs`; updates the state and returns it. */
  probe(timeoutMs?: number): Promise<HealthState>;
  /** Probes every `intervalMs` until stop(): while up, two failures in a row mark it down. */
  startWatching(intervalMs?: number): void;
  stop(): void;
  /** Called on every change of status (logging). */
  onChange(listener: (state: HealthState) => void): void;
}

export interface DatabaseHealthOptions {
  /** Resolves when the database answers; rejects or hangs when it does not. */
  ping: () => Promise<void>;
  target: string;
  clock?: () => Date;
}

const DEFAULT_PROBE_MS = 1_500;

export function createDatabaseHealth(options: DatabaseHealthOptions): DatabaseHealth {
  const clock = options.clock ?? (() => new Date());
  let state: HealthState = { status: 'up', since: clock(), reason: null };
  const listeners: ((s: HealthState) => void)[] = [];
  let timer: NodeJS.Timeout | null = null;
  let failuresInARow = 0;
  let probing: Promise<HealthState> | null = null;
  let nextDown: { promise: Promise<never>; reject: (e: Error) => void } | null = null;
  const unavailable = () =>
    new DatabaseUnavailableError(
      `the database is unavailable since ${state.since.toISOString()}: ${state.reason ?? 'unknown reason'}`,
    );

  const set = (status: HealthState['status'], reason: string | null) => {
    if (state.status === status) return;
    state = { status, since: clock(), reason };
    if (status === 'down' && nextDown) {
      nextDown.reject(unavailable());
      nextDown = null;
    }
    for (const l of listeners) l(state);
  };

  const probeOnce = async (timeoutMs: number): Promise<HealthState> => {
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        options.ping(),
        new Promise<never>((_resolve, reject) => {
          timeout = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      failuresInARow = 0;
      set('up', null);
    } catch (error) {
      failuresInARow++;
      // While up, one slow answer under load is no outage: two in a row are.
      if (state.status === 'down' || failuresInARow >= 2) {
        set('down', `Neo4j at ${options.target} does not answer (${(error as Error).message.split('\n')[0]})`);
      }
    } finally {
      clearTimeout(timeout);
    }
    return state;
  };

  return {
    get state() {
      return state;
    },
    assertAvailable() {
      if (state.status === 'down') throw unavailable();
    },
    whenDown() {
      if (state.status === 'down') return Promise.reject(unavailable());
      if (!nextDown) {
        let reject: (e: Error) => void = () => undefined;
        const promise = new Promise<never>((_resolve, r) => {
          reject = r;
        });
        // Nobody may be racing it when it rejects.
        promise.catch(() => undefined);
        nextDown = { promise, reject };
      }
      return nextDown.promise;
    },
    markDown(reason) {
      failuresInARow = 2;
      set('down', reason);
    },
    markUp() {
      failuresInARow = 0;
      set('up', null);
    },
    probe(timeoutMs = DEFAULT_PROBE_MS) {
      probing ??= probeOnce(timeoutMs).finally(() => {
        probing = null;
      });
      return probing;
    },
    startWatching(intervalMs = 1_000) {
      if (timer) return;
      const tick = () => {
        void this.probe().finally(() => {
          if (timer) timer = setTimeout(tick, intervalMs).unref();
        });
      };
      timer = setTimeout(tick, intervalMs).unref();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
