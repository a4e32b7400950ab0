// HTTP(S) routes: the pages (no token needed: a page takes its token from its own URL and presents it
// in Hello), their assets, and /metrics and /healthz for loopback only. Everything else is 404.
// Before any route: the Host header must name the agent (guard.ts), and the server runs with header,
// request and keep-alive timeouts and a connection cap (connections.ts), so slow or idle peers are
// closed in seconds instead of Node's minutes.
// Pages and assets go out compressed (br or gzip, by Accept-Encoding) with an ETag; a matching
// If-None-Match gets 304. Source maps exist under /assets/*.map but the bundles do not reference them:
// a browser fetches them only when someone adds them in its developer tools.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { extname, join, normalize, sep } from 'node:path';
import type { Socket } from 'node:net';
import { httpQuerySchema, type AgentConfig } from '@farhand/protocol';
import { ConnectionTracker } from './connections.js';
import type { PeerGuard } from './guard.js';
import { StaticFiles, etagMatches } from './static-files.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface HttpHandlers {
  webRoot: string;
  metrics(): Promise<{ contentType: string; body: string }>;
  health(): { status: number; body: unknown };
  /** Set once the server listens (the agent's own origins include its port). */
  guard(): PeerGuard | null;
}

export interface AgentServer {
  server: Server;
  connections: ConnectionTracker;
}

/** How often Node checks the header and request timeouts (its default, 30 s, would let slow peers sit that long). */
const TIMEOUT_CHECK_MS = 250;

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

export function isLoopback(addr: string | undefined): boolean {
  return addr === '127.0.0.1' || addr === '::1' || addr === '::ffff:127.0.0.1' || (addr?.startsWith('127.') ?? false);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    // Page URLs carry tokens: never leak them to another origin.
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  res.end(body);
}

/** A refusal before any route, with the sentence saying why; the connection is not kept. */
export function forbidden(res: ServerResponse, sentence: string): void {
  send(res, 403, 'text/plain; charset=utf-8', `forbidden: ${sentence}\n`, { connection: 'close' });
}

export function createServer(handlers: HttpHandlers, tls: TlsFiles | null, http: AgentConfig['http'], onClosed?: (reason: 'evicted' | 'refused') => void): AgentServer {
  const files = new StaticFiles();
  const connections = new ConnectionTracker(http, onClosed);
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const socket = req.socket as Socket;
    connections.busy(socket, true);
    res.once('finish', () => connections.busy(socket, false));
    res.once('close', () => connections.busy(socket, false));
    const host = handlers.guard()?.checkHost(req.headers.host);
    if (host && !host.ok) {
      forbidden(res, host.sentence);
      return;
    }
    route(handlers, files, req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      else res.destroy();
    });
  };
  const options = {
    headersTimeout: http.headersTimeoutS * 1000,
    requestTimeout: http.requestTimeoutS * 1000,
    keepAliveTimeout: http.keepAliveTimeoutS * 1000,
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  };
  const server = tls
    ? createHttpsServer({ ...options, handshakeTimeout: options.headersTimeout, cert: tls.cert, key: tls.key }, onRequest)
    : createHttpServer(options, onRequest);
  // The keep-alive timeout is a server property too (the option alone is not honoured by every Node 20).
  server.keepAliveTimeout = options.keepAliveTimeout;
  server.headersTimeout = options.headersTimeout;
  server.requestTimeout = options.requestTimeout;
  // The cap counts connections as requests see them (for https, once the TLS handshake is done: a slow
  // handshake is closed by handshakeTimeout).
  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => connections.add(socket));
  return { server, connections };
}

async function route(h: HttpHandlers, files: StaticFiles, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://agent');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', `method ${req.method} not allowed: this agent serves GET only\n`, { allow: 'GET, HEAD' });
    return;
  }
  const path = url.pathname;
  if (path === '/metrics' || path === '/healthz') {
    if (!isLoopback(req.socket.remoteAddress)) {
      send(res, 403, 'text/plain; charset=utf-8', `${path} is served to loopback clients only\n`);
      return;
    }
    if (path === '/metrics') {
      const m = await h.metrics();
      send(res, 200, m.contentType, m.body);
    } else {
      const r = h.health();
      send(res, r.status, 'application/json; charset=utf-8', JSON.stringify(r.body), { 'cache-control': 'no-store' });
    }
    return;
  }
  if (path === '/console' || path === '/monitor') {
    const q = httpQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!q.success) {
      const bad = q.error.issues.map((i) => `${i.path.join('.')}: ${i.path[0] === 'token' ? 'expected 16 to 256 characters from A-Z a-z 0-9 _ -' : i.message}`).join('; ');
      send(res, 400, 'text/plain; charset=utf-8', `bad query: ${bad}\n`);
      return;
    }
    await sendFile(files, res, req, join(h.webRoot, `${path.slice(1)}.html`), true);
    return;
  }
  if (path.startsWith('/assets/')) {
    let rel: string;
    try {
      rel = decodeURIComponent(path.slice('/assets/'.length));
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'bad path encoding\n');
      return;
    }
    const root = join(h.webRoot, 'assets');
    const full = normalize(join(root, rel));
    if (!full.startsWith(root + sep) || rel.includes('\0')) {
      send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
      return;
    }
    await sendFile(files, res, req, full, false);
    return;
  }
  if (path === '/') {
    send(res, 200, 'text/plain; charset=utf-8', 'Farhand agent. Open the Console or Monitor URL the agent printed at start: it carries the token.\n');
    return;
  }
  send(res, 404, 'text/plain; charset=utf-8', `not found: ${path}\n`);
}

async function sendFile(files: StaticFiles, res: ServerResponse, req: IncomingMessage, file: string, page: boolean): Promise<void> {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const entry = await files.entry(file, type);
  if (entry === null) {
    const hint = page ? ` (the console pages are built by npm run build into ${file.slice(0, file.lastIndexOf(sep))})` : '';
    send(res, 404, 'text/plain; charset=utf-8', `not found${hint}\n`);
    return;
  }
  // Pages: revalidated at every load (a rebuilt console is picked up at once); assets: 5 min, then revalidated.
  const headers: Record<string, string> = { 'cache-control': page ? 'no-cache' : 'public, max-age=300', vary: 'Accept-Encoding' };
  const out = await files.body(entry, req.headers['accept-encoding']);
  headers['etag'] = out.etag;
  if (out.encoding !== 'identity') headers['content-encoding'] = out.encoding;
  if (etagMatches(req.headers['if-none-match'], entry.hash)) {
    res.writeHead(304, { ...headers, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    res.end();
    return;
  }
  if (req.method === 'HEAD') {
    res.writeHead(200, { 'content-type': type, 'content-length': out.body.byteLength, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...headers });
    res.end();
    return;
  }
  send(res, 200, type, out.body, headers);
}
