// The agent's HTTP side: pages and assets (no token needed), /metrics and /healthz, refusals.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Agent } from '../packages/robot-agent/src/index.js';
import { metricValue, startTestAgent, tempDir, waitFor, waitForAsync } from './agent-helpers.js';

let agent: Agent;
const web = tempDir('web');

beforeAll(async () => {
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'console.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(web, 'monitor.html'), '<!doctype html><title>monitor</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(web, 'assets', 'big.js'), BIG_JS);
  writeFileSync(join(web, 'assets', 'big.js.map'), '{"version":3,"sources":[],"mappings":""}');
  writeFileSync(join(web, 'secret.txt'), 'outside assets');
  ({ agent } = await startTestAgent(['--web-root', web, '--no-recording']));
  await waitFor('first snapshot', () => agent.snapshot());
});

afterAll(async () => {
  await agent.close('test done');
});

/** A compressible script well over the 1 KiB threshold. */
const BIG_JS = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i} * 2; // line ${i}`).join('\n');

/** A raw GET (fetch normalises paths like /assets/../x before sending them, and decodes bodies). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return rawRequest(path).then((r) => ({ status: r.status, body: r.body.toString('utf8') }));
}

function rawRequest(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: agent.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP', () => {
  it('serves the pages and their assets without a token, never leaking the page URL', async () => {
    const c = await fetch(agent.urls.console);
    expect(c.status).toBe(200);
    expect(c.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(c.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await c.text()).toContain('<title>console</title>');
    expect(await (await fetch(agent.urls.monitor)).text()).toContain('<title>monitor</title>');
    const js = await fetch(`${agent.urls.base}/assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('compresses by Accept-Encoding (br over gzip), with ETags and 304 on If-None-Match', async () => {
    const br = await rawRequest('/assets/big.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(BIG_JS);
    expect(br.body.byteLength).toBeLessThan(BIG_JS.length / 4);
    expect(Number(br.headers['content-length'])).toBe(br.body.byteLength);

    const gz = await rawRequest('/assets/big.js', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(BIG_JS);

    const plain = await rawRequest('/assets/big.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(BIG_JS);
    expect(plain.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    // One content, one hash: the encodings' tags differ (strong ETags) but share it.
    expect(br.headers['etag']).toBe(`${String(plain.headers['etag']).slice(0, -1)}.br"`);
    expect(gz.headers['etag']).toBe(`${String(plain.headers['etag']).slice(0, -1)}.gz"`);

    for (const tag of [String(plain.headers['etag']), String(br.headers['etag']), `W/${String(gz.headers['etag'])}`, `"other", ${String(br.headers['etag'])}`]) {
      const again = await rawRequest('/assets/big.js', { 'accept-encoding': 'br', 'if-none-match': tag });
      expect(again.status, tag).toBe(304);
      expect(again.body.byteLength).toBe(0);
    }
    expect((await rawRequest('/assets/big.js', { 'if-none-match': '"stale"' })).status).toBe(200);
    // Pages revalidate at each load (no-cache, not no-store: a 304 is allowed).
    const page = await rawRequest(new URL(agent.urls.console).pathname + new URL(agent.urls.console).search);
    expect(page.headers['cache-control']).toBe('no-cache');
    const page304 = await rawRequest(new URL(agent.urls.console).pathname + new URL(agent.urls.console).search, { 'if-none-match': String(page.headers['etag']) });
    expect(page304.status).toBe(304);
    // Small files are not worth compressing.
    const small = await rawRequest('/assets/app.js', { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    // HEAD: the headers of the GET, no body.
    const head = await rawRequest('/assets/big.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBe(br.body.byteLength);
    expect(head.body.byteLength).toBe(0);
    // A changed file gets a new tag.
    writeFileSync(join(web, 'assets', 'big.js'), `${BIG_JS}\n// v2`);
    const changed = await rawRequest('/assets/big.js', { 'if-none-match': String(plain.headers['etag']) });
    expect(changed.status).toBe(200);
    expect(changed.body.toString('utf8')).toBe(`${BIG_JS}\n// v2`);
    writeFileSync(join(web, 'assets', 'big.js'), BIG_JS);
  });

  it('serves a source map only when asked for it by name: the built bundles do not reference theirs', async () => {
    const map = await rawRequest('/assets/big.js.map');
    expect(map.status).toBe(200);
    expect(map.headers['content-type']).toBe('application/json; charset=utf-8');
    const built = join(fileURLToPath(new URL('..', import.meta.url)), 'packages/console/dist/web/assets');
    for (const f of ['console.js', 'monitor.js']) {
      const p = join(built, f);
      if (!existsSync(p)) continue; // built by npm test / npm run build
      expect(readFileSync(p, 'utf8'), f).not.toMatch(/sourceMappingURL/);
      expect(existsSync(`${p}.map`), `${f}.map is still written`).toBe(true);
    }
  });

  it('refuses what it does not serve', async () => {
    expect((await rawGet('/assets/../secret.txt')).status).toBe(404);
    expect((await rawGet('/assets/%2e%2e/secret.txt')).status).toBe(404);
    expect((await rawGet('/nothing')).body).toBe('not found: /nothing\n');
    const bad = await rawGet('/console?token=short');
    expect(bad.status).toBe(400);
    expect(bad.body).toBe('bad query: token: expected 16 to 256 characters from A-Z a-z 0-9 _ -\n');
    const post = await fetch(agent.urls.healthz, { method: 'POST' });
    expect(post.status).toBe(405);
    // WebSocket upgrades anywhere but /ws are refused.
    const ws = new WebSocket(`ws://127.0.0.1:${agent.port}/other`);
    const err = await new Promise<string>((resolve) => ws.once('error', (e) => resolve(e.message)));
    expect(err).toMatch(/404/);
  });

  it('/healthz says the loop is running, with its timing and the agent clock origin', async () => {
    type Health = Record<string, unknown> & { loop: Record<string, number | null> };
    // Quantiles are null (JSON for NaN) until the first samples are in.
    let code = 0;
    const h = await waitForAsync('loop figures', async () => {
      const res = await fetch(agent.urls.healthz);
      code = res.status;
      const r = (await res.json()) as Health;
      return typeof r.loop?.periodErrorP99Us === 'number' ? r : undefined;
    });
    // ok (200) unless a named reason degrades it (503): a loaded test machine may miss ticks.
    const degraded = h.degraded as Array<{ code: string; message: string }>;
    expect(h.status).toBe(degraded.length === 0 ? 'ok' : 'degraded');
    expect(code).toBe(degraded.length === 0 ? 200 : 503);
    for (const d of degraded) expect(['LOOP_OVERRUNS', 'LOOP_STALL']).toContain(d.code);
    expect(h.state).toBe('IDLE');
    expect(h.operatingState).toBe('ENABLED');
    expect(typeof h.clockOriginMonotonicNs).toBe('string');
    expect(BigInt(h.clockOriginMonotonicNs as string)).toBe(agent.clock.originHrNs);
    expect(h.loop.ticks).toBeGreaterThan(0);
    expect(h.loopScheduling).toMatch(/^(SCHED_FIFO \d+|nice -?\d+|default)$/);
    for (const k of ['overruns', 'periodErrorP50Us', 'periodErrorP99Us', 'periodErrorMaxUs', 'latenessP99Us', 'workP99Us', 'marginUs', 'spinFraction']) {
      expect(typeof h.loop[k]).toBe('number');
    }
  });

  it('/metrics exposes the loop, frames, link, supervisor and recording figures in Prometheus format', async () => {
    const r = await fetch(agent.urls.metrics);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const m = await r.text();
    for (const name of [
      'farhand_loop_period_seconds_bucket',
      'farhand_loop_period_error_max_seconds',
      'farhand_loop_overruns_total',
      'farhand_loop_stalls_total',
      'farhand_loop_step_seconds_bucket',
      'farhand_loop_lateness_seconds_bucket',
      'farhand_loop_thread_cpu_seconds_total',
      'farhand_loop_ticks_total',
      'farhand_supervisor_state',
      'farhand_arm_operating_state',
      'farhand_core_frames',
      'farhand_link_rtt_seconds',
      'farhand_link_playout_delay_seconds',
      'farhand_link_frame_rate_hertz',
      'farhand_health_ok',
      'farhand_recording_bytes',
      'farhand_clients',
      'process_cpu_seconds_total',
    ]) {
      expect(m, name).toContain(name);
    }
    expect(metricValue(m, 'farhand_supervisor_state', { state: 'IDLE' })).toBe(1);
    expect(metricValue(m, 'farhand_supervisor_state', { state: 'FOLLOWING' })).toBe(0);
    expect(metricValue(m, 'farhand_loop_period_seconds_count')).toBeGreaterThan(0);
  });
});

/** A raw request with chosen headers (fetch does not let us set Host). */
function rawRequestHost(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: agent.port, path, method: 'GET', headers, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The status line (and body) the agent answers a WebSocket upgrade with. */
function upgrade(headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port: agent.port,
      path: '/ws',
      setHost: false,
      headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', ...headers },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 101, body: '' });
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP: who may talk to the agent at all', () => {
  it('refuses a foreign Host header (DNS rebinding) on every route and on the upgrade, with a sentence', async () => {
    const host = `rebind.example:${agent.port}`;
    for (const path of ['/healthz', '/metrics', '/console']) {
      const r = await rawRequestHost(path, { host });
      expect(r.status).toBe(403);
      expect(r.body).toBe(`forbidden: Host "${host}" is not a name of this agent (accepted: localhost, 127.0.0.1, ::1); a name of your own is added with --allow-host.\n`);
    }
    expect((await rawRequestHost('/healthz', { host: `localhost:${agent.port}` })).status).toBe(200);
    expect((await upgrade({ host })).status).toBe(403);
  });

  it('refuses a WebSocket upgrade from a foreign page; accepts the agent\'s own origin and clients without one', async () => {
    const host = `127.0.0.1:${agent.port}`;
    const foreign = await upgrade({ host, origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toBe(
      'forbidden: Origin "http://evil.example" is not a page of this agent; open the console from the URL the agent printed, or add the origin with --allow-origin.\n',
    );
    expect((await upgrade({ host, origin: `http://127.0.0.1:${agent.port}` })).status).toBe(101);
    expect((await upgrade({ host })).status).toBe(101);
    expect(metricValue(await agent.metricsText(), 'farhand_upgrades_refused_total', { reason: '403' })).toBeGreaterThanOrEqual(2);
  });

  it('closes a slowloris connection within the header timeout, and caps connections without locking out a real client', async () => {
    const { connect } = await import('node:net');
    const t0 = Date.now();
    const slow = connect(agent.port, '127.0.0.1');
    await new Promise((r) => slow.once('connect', r));
    slow.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const drip = setInterval(() => slow.write('X-a: b\r\n'), 200);
    await new Promise((r) => slow.once('close', r));
    clearInterval(drip);
    // The test agent runs with the default headersTimeoutS (5 s), checked every 250 ms.
    expect(Date.now() - t0).toBeLessThan(8000);
    // 100 idle sockets from our own address (over the per-address cap of 64): the oldest make room.
    const idle = await Promise.all(
      Array.from({ length: 100 }, () => new Promise<import('node:net').Socket>((resolve) => {
        const s = connect(agent.port, '127.0.0.1', () => resolve(s));
        s.on('error', () => undefined);
      })),
    );
    const h = await fetch(agent.urls.healthz);
    // Answered is what counts here; 503 "degraded" is an answer too (loop overruns on a busy test machine).
    expect([200, 503]).toContain(h.status);
    expect(metricValue(await agent.metricsText(), 'farhand_http_connections_closed_total', { reason: 'evicted' })).toBeGreaterThanOrEqual(36);
    for (const s of idle) s.destroy();
  }, 20_000);
});
