// The live link proxy between a real console client and a real agent, on 127.0.0.1: the agent measures
// the delay the proxy adds (clock probes cross it both ways), and sees the frames the proxy drops.
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../packages/robot-agent/src/index.js';
import { IDEAL_LINK, LinkImpairment, type ImpairmentParams } from '../packages/workbench/src/link/impairment.js';
import { LinkProxy } from '../packages/workbench/src/link/proxy.js';
import { TestClient, sleep, startTestAgent, waitFor } from './agent-helpers.js';

const MS = 1e6;
let agent: Agent | null = null;
let proxy: LinkProxy | null = null;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  if (proxy) await proxy.close();
  proxy = null;
  if (agent) await agent.close('test done');
  agent = null;
});

async function throughProxy(up: Partial<ImpairmentParams>, down: Partial<ImpairmentParams>, answerProbes = true): Promise<{ a: Agent; c: TestClient; p: LinkProxy }> {
  const started = await startTestAgent();
  agent = started.agent;
  const p = new LinkProxy({ listenPort: 0, target: `ws://127.0.0.1:${agent.port}`, up: { ...IDEAL_LINK, ...up }, down: { ...IDEAL_LINK, ...down } });
  proxy = p;
  const { port } = await p.start();
  const wsPath = new URL(agent.urls.ws).pathname;
  const c = await TestClient.connect(`ws://127.0.0.1:${port}${wsPath}`, { role: 'SURGEON', token: agent.tokens.surgeon, name: 'via-proxy', answerProbes });
  clients.push(c);
  expect(c.welcome, c.reject?.reason).not.toBeNull();
  return { a: agent, c, p };
}

describe('farhand link between a console and the agent', () => {
  it('40 ms each way: the agent measures a round trip of at least 80 ms and a one-way delay of ~40 ms', async () => {
    const { a, c, p } = await throughProxy({ delayNs: 40 * MS }, { delayNs: 40 * MS });
    // Pages and HTTP endpoints go through the proxy too (unimpaired), so a browser can load the console from it.
    const health = await fetch(`http://127.0.0.1:${p.address?.port ?? 0}${new URL(a.urls.healthz).pathname}`);
    expect(health.status).toBe(200);
    await waitFor('telemetry', () => c.telemetry);
    const o = c.telemetry!.measured_cp!.orientation!;
    expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
    // Frames and probes for 1.5 s (probes at 10 Hz cross the proxy both ways).
    const timer = setInterval(() => c.motion({ position: [0, 0, 0], orientation: [o.x ?? 0, o.y ?? 0, o.z ?? 0, o.w ?? 1] }), 10);
    try {
      await sleep(1500);
    } finally {
      clearInterval(timer);
    }
    const link = await waitFor('link figures', () => (c.telemetry?.link?.clock_synced ? c.telemetry.link : null), 3000);
    expect(link.rtt_s).toBeGreaterThanOrEqual(0.08);
    // One-way: half the round trip when both ways are alike; the floor is what the proxy adds.
    expect(link.one_way_delay_s).toBeGreaterThanOrEqual(0.035);
    expect(link.one_way_delay_s).toBeLessThan(0.5); // loose: only a broken proxy or clock sync gets near it
  }, 30_000);

  it('20% loss on the way up: the frames the seeded model drops never reach the agent', async () => {
    // No probe answers: the messages up are then Hello, REQUEST_CONTROL, frames, in that order, and the
    // seed keeps the first two (checked below), so the handshake cannot be lost by chance.
    const up = { lossRatio: 0.2, seed: 5 };
    const check = new LinkImpairment({ ...IDEAL_LINK, ...up });
    expect([check.send(0, 50).lost, check.send(1, 50).lost]).toEqual([null, null]);
    const { c, p } = await throughProxy(up, {}, false);
    await waitFor('telemetry', () => c.telemetry);
    const o = c.telemetry!.measured_cp!.orientation!;
    expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
    const sent0 = p.stats()[0]!.up.messagesIn;
    for (let i = 0; i < 300; i++) {
      c.motion({ position: [0, 0, 0], orientation: [o.x ?? 0, o.y ?? 0, o.z ?? 0, o.w ?? 1] });
      if (i % 10 === 9) await sleep(10);
    }
    await sleep(300);
    const s = p.stats()[0]!.up;
    // Every message up draws from the model in order: the count
    // of losses is exactly what the seeded model says for that many messages.
    const model = new LinkImpairment({ ...IDEAL_LINK, ...up });
    let lost = 0;
    for (let i = 0; i < s.messagesIn; i++) if (model.send(i, 50).lost) lost++;
    expect(s.lost.LOSS).toBe(lost);
    expect(s.messagesOut).toBe(s.messagesIn - lost);
    expect(s.messagesIn - sent0).toBeGreaterThanOrEqual(300);
    // The agent's core sees the gaps in the sequence numbers.
    const l = await waitFor('loss figure', () => ((c.telemetry?.link?.loss_ratio ?? 0) > 0.05 ? c.telemetry!.link! : null), 3000);
    expect(l.loss_ratio).toBeLessThan(0.45);
    expect(Number(l.frames_received)).toBeLessThan(300);
  }, 30_000);
});
