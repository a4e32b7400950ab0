// The live link proxy: a WebSocket server that a console connects to instead of the agent; each
// connection is paired with one to the target, and every message crosses an impaired pipe (one model
// per direction). Binary and text messages keep their type; close codes cross in both directions
// (a peer that vanishes without a close frame is reproduced by dropping the other side the same way).
// Plain HTTP requests (the pages) are forwarded unimpaired, so a browser can load the console through
// the proxy and its WebSocket then goes through the bad link.
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { pino, type Logger } from 'pino';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { ImpairmentParams } from './impairment.js';
import { ImpairedPipe, type PipeCounters, type PipeMessage } from './pipe.js';

export interface LinkProxyOptions {
  /** Address to listen on (default 127.0.0.1) and port (0: any free port). */
  listenHost?: string;
  listenPort: number;
  /** ws://host:port[/path]: where connections go. Without a path, the client's path and query are kept. */
  target: string;
  /** Client -> target. */
  up: ImpairmentParams;
  /** Target -> client. */
  down: ImpairmentParams;
  /** Messages waiting in one direction beyond this are dropped (default 8 MiB). */
  maxInFlightBytes?: number;
  /** Concurrent connections (default 16); more are refused with 503. */
  maxConnections?: number;
  /** Largest message accepted from either side (default 1 MiB). */
  maxMessageBytes?: number;
  logger?: Logger;
  /** Monotonic clock, ns (tests may pass their own). */
  nowNs?: () => number;
}

export interface ProxyConnectionStats {
  id: number;
  up: PipeCounters;
  down: PipeCounters;
}

const monotonicNs = () => Number(process.hrtime.bigint());

/** Codes that may not be sent in a close frame (RFC 6455 7.4.1). */
const UNSENDABLE = new Set([1005, 1006, 1015]);

export class LinkProxy {
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly log: Logger;
  private readonly nowNs: () => number;
  private readonly targetUrl: URL;
  private readonly live = new Map<number, { client: WebSocket | null; upstream: WebSocket; up: ImpairedPipe; down: ImpairedPipe }>();
  private readonly finished: ProxyConnectionStats[] = [];
  private nextId = 0;
  /** The bound address once started. */
  address: { host: string; port: number } | null = null;
  private pendingUpgrades = 0;
  private readonly upgradeProtocol = new WeakMap<http.IncomingMessage, string>();

  constructor(private readonly opts: LinkProxyOptions) {
    this.log = opts.logger ?? pino({ enabled: false });
    this.nowNs = opts.nowNs ?? monotonicNs;
    this.targetUrl = parseTarget(opts.target);
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: opts.maxMessageBytes ?? 1 << 20,
      perMessageDeflate: false,
      handleProtocols: (_protocols, req) => this.upgradeProtocol.get(req) ?? false,
    });
    this.server = http.createServer((req, res) => this.forwardHttp(req, res));
    this.server.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head));
  }

  /** Start listening; resolves with the bound address. */
  async start(): Promise<{ host: string; port: number }> {
    const host = this.opts.listenHost ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.listenPort, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const addr = this.server.address();
    if (addr === null || typeof addr === 'string') throw new Error('proxy: no TCP address after listen');
    this.log.info({ event: 'PROXY_LISTENING', host: addr.address, port: addr.port, target: this.targetUrl.href }, 'link proxy listening');
    this.address = { host: addr.address, port: addr.port };
    return this.address;
  }

  /** Figures per connection, finished ones first. */
  stats(): ProxyConnectionStats[] {
    const live = [...this.live.entries()].map(([id, c]) => ({ id, up: { ...c.up.counters }, down: { ...c.down.counters } }));
    return [...this.finished, ...live];
  }

  /** Stop accepting, drop every connection (going-away), close the server. */
  async close(): Promise<void> {
    for (const c of this.live.values()) {
      c.up.destroy();
      c.down.destroy();
      c.client?.close(1001, 'proxy shutting down');
      c.upstream.close(1001, 'proxy shutting down');
    }
    await new Promise<void>((resolve) => {
      this.wss.close(() => resolve());
    });
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private upstreamUrl(reqUrl: string | undefined): string {
    const u = new URL(this.targetUrl.href);
    const incoming = new URL(reqUrl ?? '/', 'http://proxy.invalid');
    if (u.pathname === '/' || u.pathname === '') u.pathname = incoming.pathname;
    if (incoming.search && !u.search) u.search = incoming.search;
    return u.href;
  }

  private onUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const max = this.opts.maxConnections ?? 16;
    if (this.live.size + this.pendingUpgrades >= max) {
      this.log.warn({ event: 'PROXY_REFUSED', reason: 'TOO_MANY_CONNECTIONS', max }, 'connection refused: too many');
      rejectUpgrade(socket, 503, `too many connections (max ${max})`);
      return;
    }
    this.pendingUpgrades++;
    const id = this.nextId++;
    const url = this.upstreamUrl(req.url);
    const protocols = (req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const headers: Record<string, string> = {};
    if (typeof req.headers.origin === 'string') {
      // A page this proxy served (same origin as the proxy) is the agent's own page seen through the
      // proxy: the agent checks Origin, so it is told the agent's origin. Any other origin is passed on
      // unchanged, for the agent to refuse or accept.
      const viaProxy = typeof req.headers.host === 'string' && req.headers.origin.toLowerCase() === `http://${req.headers.host.toLowerCase()}`;
      headers.origin = viaProxy ? `${this.targetUrl.protocol === 'wss:' ? 'https' : 'http'}://${this.targetUrl.host}` : req.headers.origin;
    }
    if (typeof req.headers['user-agent'] === 'string') headers['user-agent'] = req.headers['user-agent'];
    const upstream = new WebSocket(url, protocols, {
      headers,
      perMessageDeflate: false,
      handshakeTimeout: 5000,
      maxPayload: this.opts.maxMessageBytes ?? 1 << 20,
    });
    // Messages the target sends before the client's handshake completes wait here (bounded by the
    // handshake: the client upgrade follows the upstream open in the same turn of the event loop).
    const early: Array<{ data: RawData; isBinary: boolean }> = [];
    const onEarly = (data: RawData, isBinary: boolean) => early.push({ data, isBinary });
    upstream.on('message', onEarly);
    let settled = false;
    const fail = (status: number, event: string, message: string) => {
      if (settled) return;
      settled = true;
      this.pendingUpgrades--;
      this.log.warn({ event, conn: id, url, reason: message }, message);
      rejectUpgrade(socket, status, message);
      upstream.terminate();
    };
    // A client that gives up while the target is still being reached must not leave it connected.
    socket.once('close', () => fail(499, 'PROXY_CLIENT_GONE', 'client left before the target answered'));
    upstream.once('unexpected-response', (_r, res) =>
      fail(502, 'PROXY_UPSTREAM_REFUSED', `target answered HTTP ${res.statusCode ?? '?'} to the WebSocket upgrade`),
    );
    upstream.on('error', (err) => fail(502, 'PROXY_UPSTREAM_FAILED', `cannot reach the target ${url}: ${err.message}`));
    upstream.once('open', () => {
      if (settled) return;
      settled = true;
      this.pendingUpgrades--;
      if (upstream.protocol) this.upgradeProtocol.set(req, upstream.protocol);
      this.wss.handleUpgrade(req, socket, head, (client) => {
        upstream.off('message', onEarly);
        this.pair(id, client, upstream, early);
      });
    });
  }

  private pair(id: number, client: WebSocket, upstream: WebSocket, early: Array<{ data: RawData; isBinary: boolean }>): void {
    const maxBytes = this.opts.maxInFlightBytes ?? 8 << 20;
    const closeSink = (target: WebSocket) => (code: number | undefined, reason: Buffer) => {
      if (code === 1006) target.terminate();
      else if (code === undefined || UNSENDABLE.has(code)) target.close();
      else target.close(code, reason);
    };
    const sendSink = (target: WebSocket) => (msg: PipeMessage) => {
      if (target.readyState === WebSocket.OPEN) target.send(msg.data, { binary: msg.isBinary });
    };
    const up = new ImpairedPipe(this.opts.up, { deliver: sendSink(upstream), close: closeSink(upstream) }, this.nowNs, maxBytes);
    const down = new ImpairedPipe(this.opts.down, { deliver: sendSink(client), close: closeSink(client) }, this.nowNs, maxBytes);
    this.live.set(id, { client, upstream, up, down });
    this.log.info({ event: 'PROXY_CONNECTED', conn: id, url: upstream.url }, 'connection paired');

    const toBuffer = (data: RawData): Buffer =>
      Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
    for (const e of early) down.push({ data: toBuffer(e.data), isBinary: e.isBinary });
    client.on('message', (data, isBinary) => up.push({ data: toBuffer(data), isBinary }));
    upstream.on('message', (data, isBinary) => down.push({ data: toBuffer(data), isBinary }));

    let finished = 0;
    const finish = (side: 'client' | 'target', code: number, reason: Buffer) => {
      this.log.info({ event: 'PROXY_CLOSED', conn: id, side, code, reason: reason.toString('utf8') }, `${side} closed`);
      // The side that closed can no longer receive: what was on its way to it is dropped.
      if (side === 'client') {
        down.destroy();
        up.end(code === 1005 ? undefined : code, reason);
      } else {
        up.destroy();
        down.end(code === 1005 ? undefined : code, reason);
      }
      if (++finished === 2) this.retire(id);
    };
    client.once('close', (code, reason) => finish('client', code, reason));
    upstream.once('close', (code, reason) => finish('target', code, reason));
    client.on('error', (err) => this.log.warn({ event: 'PROXY_CLIENT_ERROR', conn: id, err: err.message }, 'client socket error'));
    upstream.on('error', (err) => this.log.warn({ event: 'PROXY_UPSTREAM_ERROR', conn: id, err: err.message }, 'target socket error'));
  }

  private retire(id: number): void {
    const c = this.live.get(id);
    if (!c) return;
    this.live.delete(id);
    this.finished.push({ id, up: { ...c.up.counters }, down: { ...c.down.counters } });
    // Keep the figures of the last connections only: the proxy may run for days.
    if (this.finished.length > 256) this.finished.shift();
    this.log.info({ event: 'PROXY_CONNECTION_DONE', conn: id, up: c.up.counters, down: c.down.counters }, 'connection figures');
  }

  private forwardHttp(req: http.IncomingMessage, res: http.ServerResponse): void {
    const target = new URL(this.upstreamUrl(req.url));
    target.protocol = this.targetUrl.protocol === 'wss:' ? 'https:' : 'http:';
    if (target.protocol === 'https:') {
      res.writeHead(501, { 'content-type': 'text/plain' }).end('proxy: HTTPS targets are not forwarded for pages; open the agent directly\n');
      return;
    }
    const fwd = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: `${target.pathname}${target.search}`, headers: { ...req.headers, host: target.host } },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    fwd.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: cannot reach the target: ${err.message}\n`);
    });
    req.pipe(fwd);
  }
}

function parseTarget(target: string): URL {
  let u: URL;
  try {
    u = new URL(target);
  } catch {
    throw new Error(`--target "${target}" is not a URL: write ws://host:port or ws://host:port/path`);
  }
  if (u.protocol !== 'ws:' && u.protocol !== 'wss:') {
    throw new Error(`--target "${target}" must start with ws:// or wss://`);
  }
  return u;
}

function rejectUpgrade(socket: Duplex, status: number, message: string): void {
  if (socket.destroyed) return;
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
