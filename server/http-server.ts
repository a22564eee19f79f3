import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'",
};

export interface HttpServerOptions {
  /** Handles /graphql (the yoga instance is a request listener). */
  graphql: RequestListener;
  /** Folder of the built web app (web/dist); null when it is not built. */
  staticDir: string | null;
  /**
   * Readiness, for /healthz and /readyz: whether the database answers, decided within a second
   * or two whatever the database does. /livez answers while the process serves at all.
   */
  health?: () => Promise<ReadinessReport>;
}

/** What /healthz says: ready or not, and why. */
interface ReadinessReport {
  ready: boolean;
  database: 'up' | 'down';
  /** When the database status last changed (ISO). */
  since?: string;
  reason?: string | null;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS });
  res.end(body);
}

/** Resolves a URL path inside root, or null when it would escape it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  const base = resolve(root);
  return full === base || full.startsWith(base + sep) ? full : null;
}

function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
  let file = resolveStaticPath(root, urlPath);
  if (file === null) return send(res, 400, 'bad path');
  if (!existsSync(file) || statSync(file).isDirectory()) {
    // The app keeps its view in the query string; unknown paths without an extension get the app.
    file = extname(urlPath) === '' ? join(root, 'index.html') : null;
    if (file === null || !existsSync(file)) return send(res, 404, 'not found');
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

/** The one HTTP server: GraphQL at /graphql, health at /healthz, the web app at /. */
export function createHttpServer(options: HttpServerOptions): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      options.graphql(req, res);
      return;
    }
    if (path === '/livez') {
      return send(res, 200, JSON.stringify({ status: 'alive' }), 'application/json');
    }
    if (path === '/healthz' || path === '/readyz') {
      const ready = options.health ?? (async (): Promise<ReadinessReport> => ({ ready: true, database: 'up' }));
      void ready().then(
        (report) =>
          send(
            res,
            report.ready ? 200 : 503,
            JSON.stringify({ status: report.ready ? 'ok' : 'unavailable', ...report }),
            'application/json',
          ),
        (error: unknown) =>
          send(
            res,
            503,
            JSON.stringify({ status: 'unavailable', ready: false, reason: (error as Error).message }),
            'application/json',
          ),
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    if (options.staticDir === null) {
      return send(res, 503, 'the web app is not built: run npm run build:web');
    }
    serveStatic(options.staticDir, req, res);
  });
}

/** Starts listening; resolves with the bound port, or rejects with a clear message when the port is taken. */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      reject(
        new Error(
          e.code === 'EADDRINUSE'
            ? `port ${host}:${port} is already in use; stop the other process or set PORT`
            : `cannot listen on ${host}:${port}: ${e.message}`,
        ),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : port);
    });
  });
}
