/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { describe, expect, it } from 'vitest';
import { readConfig, type Config } from '../../server/config';
import { encodeCursor } from '../../server/db/queries/cursor';
import { createPactlineYoga } from '../../server/graphql/create-yoga';
import { API_TOKEN, gql } from '../support/api-fixtures';
import { useTestDatabase } from '../support/database';

const executor = useTestDatabase({ reset: 'beforeAll' });
const baseConfig: Config = readConfig({ LOG_LEVEL: 'silent', INGEST_TOKEN: API_TOKEN });
const yogaWith = (config: Partial<Config> = {}) =>
  createPactlineYoga({ executor, config: { ...baseConfig, ...config }, timelineIndex: false });

const STATS = '{ stats { events } }';

describe('CORS', () => {
  it('is off by default: a foreign origin gets no Access-Control-Allow-Origin, on a preflight or a read', async () => {
    const yoga = yogaWith();
    const preflight = await yoga.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const read = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: STATS }),
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CORS_ORIGINS allows exactly the origins it names', async () => {
    const yoga = yogaWith(readConfig({ LOG_LEVEL: 'silent', CORS_ORIGINS: 'http://localhost:5173' }));
    const ask = (origin: string) =>
      yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ query: STATS }),
      });
    expect((await ask('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    );
    expect((await ask('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example',
    );
  });

  it('CORS_ORIGINS is validated: a path or a non-http scheme is refused with what is allowed', () => {
    expect(() => readConfig({ CORS_ORIGINS: 'https://ok.example, https://bad.example/path' })).toThrow(
      /invalid CORS_ORIGINS: "https:\/\/bad.example\/path" \(allowed: comma-separated origins/,
    );
    expect(() => readConfig({ CORS_ORIGINS: 'javascript:alert(1)' })).toThrow(/invalid CORS_ORIGINS/);
  });
});

describe('cursors', () => {
  it('a forged cursor with an impossible day is a 400 that quotes it, not an internal error', async () => {
    const yoga = yogaWith();
    for (const day of ['2024-13-45', '2023-02-29', '0000-01-01']) {
      const forged = encodeCursor([day, 'event:x']);
      const r = await gql(yoga, 'query($after: String) { events(first: 2, after: $after) { totalCount } }', {
        after: forged,
      });
      expect(r.status).toBe(400);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toBe(
        `invalid after: ${JSON.stringify(forged)} (allowed: a cursor from pageInfo.endCursor or edges.cursor)`,
      );
    }
  });
});

describe('request size', () => {
  it('anonymous requests get the small read limit; the write token gets MAX_REQUEST_BYTES', async () => {
    const yoga = yogaWith({ maxReadRequestBytes: 5_000 });
    const body = JSON.stringify({ query: `${STATS} # ${'x'.repeat(10_000)}` });
    const post = (headers: Record<string, string>) =>
      yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
        body,
      });
    const anonymous = await post({});
    expect(anonymous.status).toBe(413);
    expect(((await anonymous.json()) as any).errors[0].message).toBe(
      `request body too large: ${Buffer.byteLength(body)} bytes (allowed: at most 5000 bytes; see MAX_READ_REQUEST_BYTES, or send the write token)`,
    );
    const wrongToken = await post({ authorization: 'Bearer wrong-token-0123456789' });
    expect(wrongToken.status).toBe(413);
    const writer = await post({ authorization: `Bearer ${API_TOKEN}` });
    expect(writer.status).toBe(200);
    expect(((await writer.json()) as any).data.stats.events).toBeTypeOf('number');
  });
});

const SUBSCRIBE = JSON.stringify({ query: 'subscription { eventsAdded { articleIds } }' });

function subscribe(yoga: ReturnType<typeof yogaWith>, signal: AbortSignal) {
  return yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: SUBSCRIBE,
    signal,
  });
}

describe('subscriptions', () => {
  it('a client gets at most MAX_SUBSCRIPTIONS_PER_CLIENT live subscriptions; closing one frees its place', async () => {
    const yoga = yogaWith({ subscriptions: { max: 100, perClient: 3, maxLifetimeMs: 60_000 } });
    const controllers = [0, 1, 2].map(() => new AbortController());
    const open = await Promise.all(controllers.map((c) => subscribe(yoga, c.signal)));
    for (const r of open) expect(r.headers.get('content-type')).toContain('text/event-stream');
    const refused = await subscribe(yoga, new AbortController().signal);
    const text = await refused.text();
    expect(text).toContain('TOO_MANY_SUBSCRIPTIONS');
    expect(text).toContain('too many live subscriptions from this client: 3 (allowed: at most 3');
    controllers[0]!.abort();
    await open[0]!.body?.cancel().catch(() => undefined);
    // The freed place is taken by the next subscription.
    let again: Response | null = null;
    for (let i = 0; i < 50 && !again?.headers.get('content-type')?.includes('text/event-stream'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      const c = new AbortController();
      controllers.push(c);
      const r = await subscribe(yoga, c.signal);
      if (r.headers.get('content-type')?.includes('text/event-stream')) again = r;
      else await r.text();
    }
    expect(again?.headers.get('content-type')).toContain('text/event-stream');
    for (const c of controllers) c.abort();
  });

  it('a subscription ends by itself after SUBSCRIPTION_MAX_SECONDS, and 30 of them raise no listener warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const yoga = yogaWith({ subscriptions: { max: 100, perClient: 50, maxLifetimeMs: 300 } });
      const responses = await Promise.all(
        Array.from({ length: 30 }, () => subscribe(yoga, new AbortController().signal)),
      );
      // Each stream ends on its own once its lifetime is over: reading it to the end returns.
      const bodies = await Promise.all(responses.map((r) => r.text()));
      expect(bodies).toHaveLength(30);
      await new Promise((r) => setImmediate(r));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('GraphiQL', () => {
  it('is served from the package: the page loads no script or style from another host', async () => {
    const page = await yogaWith().fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).not.toContain('unpkg.com');
  });
});
