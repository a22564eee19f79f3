import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ActorsDocument,
  EventDocument,
  StatsDocument,
  type EventQuery,
  type StatsQuery,
} from '../../../web/src/api/generated';
import { createGraphqlClient, GraphqlError } from '../../../web/src/api/graphql-client';

/** A fetch that answers `answer` with `status` and keeps what it was sent. */
function recordingFetch(answer: unknown, status = 200) {
  const sent: { url: string; body: { query: string; variables: unknown } }[] = [];
  const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), body: JSON.parse(String(init?.body)) });
    return new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } });
  };
  return { sent, fetchImpl: fetchImpl as typeof fetch };
}

describe('createGraphqlClient', () => {
  it('request(document, variables) posts the document text and the variables, and returns data', async () => {
    const stats = { stats: { events: 3, earliest: '1961', latest: '2024-06-19' } };
    const { sent, fetchImpl } = recordingFetch({ data: stats });
    const client = createGraphqlClient('/graphql', fetchImpl);
    const r = await client.request(StatsDocument);
    expect(r).toEqual(stats);
    expect(sent).toEqual([{ url: '/graphql', body: { query: StatsDocument.toString(), variables: {} } }]);
    expect(sent[0]!.body.query).toMatch(/^\s*query Stats \{/);
  });

  it('request(document, variables) infers the result and checks the variables from the document (tsc)', async () => {
    const { sent, fetchImpl } = recordingFetch({ data: { event: null } });
    const client = createGraphqlClient('/graphql', fetchImpl);
    const r = await client.request(EventDocument, { id: 'e' });
    expectTypeOf(r).toEqualTypeOf<EventQuery>();
    expectTypeOf(await client.request(StatsDocument)).toEqualTypeOf<StatsQuery>();
    // Variables that are all optional may be left out; required ones may not, nor may a wrong type.
    await client.request(ActorsDocument);
    // @ts-expect-error EventDocument needs $id
    await client.request(EventDocument);
    // @ts-expect-error $id is an ID: a string
    await client.request(EventDocument, { id: 1 });
    expect(sent.map((s) => s.body.variables)).toEqual([{ id: 'e' }, {}, {}, {}, { id: 1 }]);
  });

  it('request(…) rejects with the first error, its extensions.code and the HTTP status', async () => {
    const { fetchImpl } = recordingFetch(
      { errors: [{ message: 'invalid id: ""', extensions: { code: 'BAD_USER_INPUT' } }] },
      400,
    );
    const error = await createGraphqlClient('/graphql', fetchImpl)
      .request(EventDocument, { id: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphqlError);
    expect(error).toMatchObject({ message: 'invalid id: ""', code: 'BAD_USER_INPUT', status: 400 });
  });
});
