import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { IDEAL_LINK, LinkImpairment, type ImpairmentParams } from './impairment.js';
import { LinkProxy } from './proxy.js';
import { parseLinkArgs } from './cli.js';

const MS = 1e6;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await (cleanups.pop() as () => Promise<void>)();
});

/** An echo server on a free loopback port; it records close codes it sees. */
async function echoServer(): Promise<{ port: number; closes: Array<{ code: number; reason: string }>; server: WebSocketServer }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const closes: Array<{ code: number; reason: string }> = [];
  server.on('connection', (ws) => {
    ws.on('message', (data, isBinary) => {
      const text = isBinary ? '' : data.toString();
      if (text === 'please close') ws.close(4001, 'bye');
      else ws.send(data, { binary: isBinary });
    });
    ws.on('close', (code, reason) => closes.push({ code, reason: reason.toString() }));
  });
  cleanups.push(() => new Promise((r) => server.close(() => r())));
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('no port');
  return { port: addr.port, closes, server };
}

async function proxyTo(targetPort: number, up: Partial<ImpairmentParams>, down: Partial<ImpairmentParams> = {}) {
  const proxy = new LinkProxy({
    listenPort: 0,
    target: `ws://127.0.0.1:${targetPort}`,
    up: { ...IDEAL_LINK, ...up },
    down: { ...IDEAL_LINK, ...down },
  });
  const addr = await proxy.start();
  cleanups.push(() => proxy.close());
  return { proxy, port: addr.port };
}

async function connect(port: number, path = '/ws'): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nowNs = () => Number(process.hrtime.bigint());

describe('LinkProxy on loopback', () => {
  it('delays every message by at least the configured delay and drops exactly the packets the seeded model drops', async () => {
    const echo = await echoServer();
    const up = { delayNs: 40 * MS, lossRatio: 0.2, seed: 5 };
    const { proxy, port } = await proxyTo(echo.port, up);
    const ws = await connect(port);
    const n = 150;
    const sentAt = new Map<number, number>();
    const rtts = new Map<number, number>();
    ws.on('message', (data: Buffer) => {
      const i = data.readUInt32LE(0);
      rtts.set(i, nowNs() - (sentAt.get(i) as number));
    });
    for (let i = 0; i < n; i++) {
      const b = Buffer.alloc(8);
      b.writeUInt32LE(i, 0);
      sentAt.set(i, nowNs());
      ws.send(b, { binary: true });
      if (i % 10 === 9) await sleep(2);
    }
    // The model's losses depend on the packet index only (no time-based feature here): predict them.
    const model = new LinkImpairment({ ...IDEAL_LINK, ...up });
    const expected = new Set<number>();
    for (let i = 0; i < n; i++) if (model.send(i, 8).lost === null) expected.add(i);
    for (let t = 0; t < 300 && rtts.size < expected.size; t++) await sleep(10);
    await sleep(100); // nothing else may arrive
    expect([...rtts.keys()].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    expect(expected.size).toBeLessThan(n * 0.9); // the seed does drop some
    for (const rtt of rtts.values()) expect(rtt).toBeGreaterThanOrEqual(40 * MS);
    const stats = proxy.stats()[0];
    expect(stats?.up.messagesIn).toBe(n);
    expect(stats?.up.lost.LOSS).toBe(n - expected.size);
    expect(stats?.down.messagesOut).toBe(expected.size);
    ws.close();
  });

  it('duplicates and keeps binary/text types; the path is forwarded', async () => {
    const echo = await echoServer();
    let path = '';
    echo.server.on('connection', (_ws, req) => (path = req.url ?? ''));
    const { port } = await proxyTo(echo.port, { duplicateRatio: 1 });
    const ws = await connect(port, '/ws?x=1');
    const got: Array<{ text: string; binary: boolean }> = [];
    ws.on('message', (data: Buffer, isBinary: boolean) => got.push({ text: data.toString(), binary: isBinary }));
    ws.send('hello');
    ws.send(Buffer.from('bin'), { binary: true });
    for (let t = 0; t < 200 && got.length < 4; t++) await sleep(5);
    expect(path).toBe('/ws?x=1');
    expect(got).toEqual([
      { text: 'hello', binary: false },
      { text: 'hello', binary: false },
      { text: 'bin', binary: true },
      { text: 'bin', binary: true },
    ]);
    ws.close();
  });

  it('forwards close codes both ways, after the data sent before them', async () => {
    const echo = await echoServer();
    const { port } = await proxyTo(echo.port, { delayNs: 20 * MS }, { delayNs: 20 * MS });
    const a = await connect(port);
    const closed = new Promise<{ code: number; reason: string }>((r) => a.once('close', (code, reason) => r({ code, reason: reason.toString() })));
    a.send('please close');
    expect(await closed).toEqual({ code: 4001, reason: 'bye' });

    const b = await connect(port);
    const echoed: string[] = [];
    b.on('message', (d: Buffer) => echoed.push(d.toString()));
    b.send('last words');
    b.close(4000, 'done');
    for (let t = 0; t < 200 && !echo.closes.some((c) => c.code === 4000); t++) await sleep(5);
    expect(echo.closes).toContainEqual({ code: 4000, reason: 'done' });
  });

  it('refuses the upgrade with 502 when the target cannot be reached', async () => {
    const dead = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((r) => dead.once('listening', () => r()));
    const deadPort = (dead.address() as { port: number }).port;
    await new Promise<void>((r) => dead.close(() => r()));
    const { port } = await proxyTo(deadPort, {});
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    const status = await new Promise<number>((resolve) => {
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', () => resolve(-1));
    });
    expect(status).toBe(502);
  });
});

describe('farhand link arguments', () => {
  it('applies shared flags to both directions and prefixed ones to one', () => {
    const cfg = parseLinkArgs(['--listen', '9000', '--target', 'ws://127.0.0.1:8080', '--delay', '80ms', '--jitter', '15ms', '--loss', '1%', '--up-loss', '3%', '--down-delay', '10ms', '--seed', '4']);
    if (cfg === 'help') throw new Error('help');
    expect(cfg.proxy.listenHost).toBe('127.0.0.1');
    expect(cfg.proxy.listenPort).toBe(9000);
    expect(cfg.proxy.up).toMatchObject({ delayNs: 80e6, jitterNs: 15e6, lossRatio: 0.03, seed: 4 });
    expect(cfg.proxy.down).toMatchObject({ delayNs: 10e6, jitterNs: 15e6, lossRatio: 0.01, seed: 5 });
  });

  it('says what is wrong', () => {
    expect(() => parseLinkArgs(['--target', 'ws://x:1'])).toThrow(/--listen is required/);
    expect(() => parseLinkArgs(['--listen', '9000'])).toThrow(/--target is required/);
    expect(() => parseLinkArgs(['--listen', 'abc', '--target', 'ws://x:1'])).toThrow(/must be PORT or HOST:PORT/);
    expect(() => parseLinkArgs(['--listen', '1', '--target', 'ws://x:1', '--down-loss', '2'])).toThrow(/down \(agent -> console\): --loss: loss "2" is not a percentage/);
    expect(() => parseLinkArgs(['--listen', '1', '--target', 'ws://x:1', '--bogus'])).toThrow(/bogus/);
    expect(() => new LinkProxy({ listenPort: 0, target: 'http://x', up: IDEAL_LINK, down: IDEAL_LINK })).toThrow(/must start with ws:\/\//);
  });
});

describe('LinkProxy and the agent\'s Origin check', () => {
  it('tells the target its own origin for a page the proxy served, and passes any other origin on unchanged', async () => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((r) => server.once('listening', () => r()));
    cleanups.push(() => new Promise((r) => server.close(() => r())));
    const origins: Array<string | undefined> = [];
    server.on('connection', (_ws, req) => origins.push(req.headers.origin));
    const targetPort = (server.address() as { port: number }).port;
    const { port } = await proxyTo(targetPort, {});
    for (const origin of [`http://127.0.0.1:${port}`, 'http://evil.example']) {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin });
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      ws.close();
    }
    await sleep(50);
    expect(origins).toEqual([`http://127.0.0.1:${targetPort}`, 'http://evil.example']);
  });
});
