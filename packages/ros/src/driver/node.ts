// One ROS 1 node in this process, on @foxglove/ros1 (pure TypeScript: no ROS install, no native build).
// Shared by the arm driver and the sim-on-ROS. Everything that can hang (the master's XML-RPC) is bounded
// here, so that a start against a wrong URL fails in seconds with a sentence that says what is wrong.
import net from 'node:net';
import os from 'node:os';
import { RosNode } from '@foxglove/ros1';
import { TcpServerNode, TcpSocketNode } from '@foxglove/ros1/nodejs';
import { HttpServerNodejs } from '@foxglove/xmlrpc/nodejs';
import type { HttpHandler, HttpServer } from '@foxglove/xmlrpc';
import type { Logger } from 'pino';

export interface RosNodeOptions {
  masterUri: string;
  /** Node name; a leading '/' is added. Must be unique on the master (ROS 1 kills the older namesake). */
  name: string;
  /**
   * Host name or IP other nodes reach this node at. Default: ROS_IP or ROS_HOSTNAME (as every ROS 1 node),
   * else 127.0.0.1 when the master is on loopback, else this machine's host name.
   */
  hostname?: string;
  /** Bound on the master checks, s. */
  timeoutS?: number;
  logger?: Logger;
}

/** Adapts pino to the LoggerService @foxglove/ros1 logs through (its info is chatty: keep it at debug). */
function rosLog(logger: Logger | undefined) {
  if (!logger) return undefined;
  const l = logger.child({ component: 'ros1' });
  return {
    debug: (msg: string) => l.debug(msg),
    info: (msg: string) => l.debug(msg),
    warn: (msg: string, ctx?: string) => l.warn({ ctx }, msg),
    error: (msg: string, ctx?: string) => l.error({ ctx }, msg),
  };
}

/** The XML-RPC server @foxglove/ros1 creates listens on every interface; bind it where the node is reached. */
class BoundHttpServer implements HttpServer {
  private readonly inner = new HttpServerNodejs();
  constructor(private readonly bindHost: string | undefined) {}
  get handler(): HttpHandler {
    return this.inner.handler;
  }
  set handler(h: HttpHandler) {
    this.inner.handler = h;
  }
  url(): string | undefined {
    return this.inner.url();
  }
  port(): number | undefined {
    return this.inner.port();
  }
  listen(port?: number, _hostname?: string, backlog?: number): Promise<void> {
    return this.inner.listen(port, this.bindHost, backlog);
  }
  close(): void {
    this.inner.close();
  }
}

export function parseMasterUri(uri: string): { host: string; port: number } {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    throw new Error(`ROS master URI "${uri}" is not a URL; expected http://HOST:PORT, e.g. http://127.0.0.1:11311`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new Error(`ROS master URI "${uri}" must start with http://; expected http://HOST:PORT`);
  }
  const port = u.port === '' ? 11311 : Number(u.port);
  return { host: u.hostname.replace(/^\[|\]$/g, ''), port };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

export function defaultNodeHost(masterHost: string): string {
  const env = process.env['ROS_IP'] ?? process.env['ROS_HOSTNAME'];
  if (env !== undefined && env.length > 0) return env;
  if (isLoopback(masterHost)) return '127.0.0.1';
  return os.hostname();
}

/** A plain TCP connect first: "nothing listens there" and "no route" read better than an XML-RPC stack trace. */
async function probeTcp(host: string, port: number, timeoutMs: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      socket.destroy();
      reject(err);
    });
  });
}

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/**
 * Starts a node registered with nothing yet, after checking that the master answers. Rejects with a sentence
 * that names the master URI when it does not.
 */
export async function startRosNode(opts: RosNodeOptions): Promise<RosNode> {
  const timeoutMs = Math.round((opts.timeoutS ?? 3) * 1000);
  const { host, port } = parseMasterUri(opts.masterUri);
  try {
    await probeTcp(host, port, timeoutMs);
  } catch (err) {
    throw new Error(
      `cannot reach the ROS master at ${opts.masterUri} (${(err as Error).message}); ` +
        'is roscore running there, and is the master URI right?',
    );
  }
  const hostname = opts.hostname ?? defaultNodeHost(host);
  // Bind to the address we advertise when it is an IP; a host name may resolve to several, so bind all.
  const bindHost = net.isIP(hostname) !== 0 ? hostname : undefined;
  const name = opts.name.startsWith('/') ? opts.name : `/${opts.name}`;
  const node = new RosNode({
    name,
    hostname,
    pid: process.pid,
    rosMasterUri: opts.masterUri,
    httpServer: new BoundHttpServer(bindHost),
    tcpSocketCreate: TcpSocketNode.Create,
    tcpServer: await TcpServerNode.Listen({ host: bindHost, port: 0 }),
    log: rosLog(opts.logger),
  });
  try {
    await node.start();
    // getUri is the cheapest call that proves the thing at that port is a ROS master.
    const [status, msg] = await withTimeout(node.rosMasterClient.getUri(name), timeoutMs, `ROS master ${opts.masterUri} getUri`);
    if (status !== 1) throw new Error(`getUri answered status ${status}: ${msg}`);
  } catch (err) {
    node.shutdown();
    throw new Error(`the ROS master at ${opts.masterUri} does not answer as a ROS master: ${(err as Error).message}`);
  }
  return node;
}

/** Unique per process and per call: ROS 1 shuts down the older of two nodes with one name. */
let nodeCounter = 0;
export function uniqueNodeName(base: string): string {
  nodeCounter += 1;
  return `/${base}_${process.pid}_${nodeCounter}_${Date.now().toString(36)}`;
}
