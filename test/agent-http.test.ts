// The agent's HTTP side: pages and assets (no token needed), /metrics and /healthz, refusals.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
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
  writeFileSync(join(web, 'secret.txt'), 'outside assets');
  ({ agent } = await startTestAgent(['--web-root', web, '--no-recording']));
  await waitFor('first snapshot', () => agent.snapshot());
});

afterAll(async () => {
  await agent.close('test done');
});

/** A raw GET (fetch normalises paths like /assets/../x before sending them). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: agent.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
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
    const h = await waitForAsync('loop figures', async () => {
      const r = (await (await fetch(agent.urls.healthz)).json()) as Health;
      return typeof r.loop?.periodErrorP99Us === 'number' ? r : undefined;
    });
    expect(h.status).toBe('ok');
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
      'farhand_loop_period_error_seconds',
      'farhand_loop_overruns_total',
      'farhand_loop_step_seconds',
      'farhand_loop_thread_cpu_seconds',
      'farhand_supervisor_state',
      'farhand_arm_operating_state',
      'farhand_core_frames',
      'farhand_link',
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
function rawRequest(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
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
      const r = await rawRequest(path, { host });
      expect(r.status).toBe(403);
      expect(r.body).toBe(`forbidden: Host "${host}" is not a name of this agent (accepted: localhost, 127.0.0.1, ::1); a name of your own is added with --allow-host.\n`);
    }
    expect((await rawRequest('/healthz', { host: `localhost:${agent.port}` })).status).toBe(200);
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
    expect(Date.now() - t0).toBeLessThan(7000);
    // 100 idle sockets from our own address (over the per-address cap of 64): the oldest make room.
    const idle = await Promise.all(
      Array.from({ length: 100 }, () => new Promise<import('node:net').Socket>((resolve) => {
        const s = connect(agent.port, '127.0.0.1', () => resolve(s));
        s.on('error', () => undefined);
      })),
    );
    const h = await fetch(agent.urls.healthz);
    expect(h.status).toBe(200);
    expect(metricValue(await agent.metricsText(), 'farhand_http_connections_closed_total', { reason: 'evicted' })).toBeGreaterThanOrEqual(36);
    for (const s of idle) s.destroy();
  }, 15_000);
});
