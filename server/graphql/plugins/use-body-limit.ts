import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface BodyLimitOptions {
  /** Limit for requests that carry the write token (ingest batches). */
  maxBytes: number;
  /** Limit for every other request (reads); defaults to maxBytes. */
  maxReadBytes?: number;
  /** Whether a request carries a valid write token; without it, every request gets maxBytes. */
  isWriter?: (request: Request) => boolean;
}

function tooLarge(maxBytes: number, bytes: number | null, setting: string) {
  return createGraphQLError(
    `request body too large${bytes === null ? '' : `: ${bytes} bytes`} (allowed: at most ${maxBytes} bytes; see ${setting})`,
    {
      extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
    },
  );
}

/**
 * The request body limit, in place of yoga's maxRequestBodySize. A body that declares a valid
 * Content-Length within the limit is parsed as it is: HTTP frames it by that length (Node's
 * parser delivers no more, and refuses Content-Length with Transfer-Encoding). Only a body
 * without Content-Length (chunked) is counted as it streams, and cut at the limit. Yoga pipes
 * every body through a counting stream, which cost ~15% of the CPU of a small query (a
 * TransformStream, a pipeline and an AbortSignal per request).
 */
export function useBodyLimit(options: BodyLimitOptions): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      // Anonymous requests are reads: only a request with the write token may send a large batch.
      const writer = options.maxReadBytes === undefined || (options.isWriter?.(request) ?? true);
      const readLimit = writer ? options.maxBytes : (options.maxReadBytes ?? options.maxBytes);
      const maxBytes = Math.min(options.maxBytes, readLimit);
      const setting =
        maxBytes === options.maxBytes ? 'MAX_REQUEST_BYTES' : 'MAX_READ_REQUEST_BYTES, or send the write token';
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!/^\d+$/.test(declared)) {
          throw createGraphQLError(
            `invalid Content-Length header: ${JSON.stringify(declared.slice(0, 40))} (allowed: one non-negative integer)`,
            {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            },
          );
        }
        if (Number(declared) > maxBytes) throw tooLarge(maxBytes, Number(declared), setting);
        return;
      }
      const body = request.body;
      if (!requestParser || !body) return;
      setRequestParser((req) => {
        let bytes = 0;
        const counted = body.pipeThrough(
          new fetchAPI.TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              bytes += chunk.byteLength;
              if (bytes > maxBytes) controller.error(tooLarge(maxBytes, null, setting));
              else controller.enqueue(chunk);
            },
          }),
        );
        return requestParser(
          new fetchAPI.Request(req.url, {
            method: req.method,
            headers: req.headers,
            signal: req.signal,
            body: counted,
            duplex: 'half',
          } as RequestInit),
        );
      });
    },
  };
}
