// /metrics of a live agent passes `promtool check metrics` (Prometheus' own linter, Debian package
// `prometheus`, installed by .ci/run): units in names, counters named _total, no quantile label on a
// gauge, clean bucket bounds. Series of every kind are populated first (clients, a refused frame, a command).
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../packages/robot-agent/src/index.js';
import { TestClient, startTestAgent, waitFor } from './agent-helpers.js';

const probe = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
const promtool = probe.error === undefined && probe.status === 0;
if (!promtool) process.stdout.write(`metrics-promtool: SKIPPED, promtool not found (${probe.error?.message ?? `exit ${probe.status}`}); install Debian's prometheus package (.ci/run does)\n`);

describe.skipIf(!promtool)('promtool check metrics on a live agent', () => {
  let agent: Agent;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    ({ agent } = await startTestAgent());
    await waitFor('first snapshot', () => agent.snapshot());
    const surgeon = await TestClient.connect(agent.urls.ws, { role: 'SURGEON', token: agent.tokens.surgeon });
    const observer = await TestClient.connect(agent.urls.ws, { role: 'OBSERVER', token: agent.tokens.observer });
    clients.push(surgeon, observer);
    expect((await surgeon.command('REQUEST_CONTROL')).ok).toBe(true);
    await waitFor('telemetry', () => observer.telemetryCount > 3 && surgeon.telemetryCount > 3, 5000);
  });

  afterAll(async () => {
    for (const c of clients) await c.close();
    await agent.close('test done');
  });

  it('passes with no finding, and the loop histograms reach 1 s with clean bounds', async () => {
    const text = await (await fetch(agent.urls.metrics)).text();
    const r = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8', timeout: 10_000 });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
    for (const name of ['farhand_loop_period_seconds', 'farhand_loop_lateness_seconds', 'farhand_loop_step_seconds']) {
      const bounds = [...text.matchAll(new RegExp(`^${name}_bucket\\{le="([^"]+)"\\}`, 'gm'))].map((m) => m[1]!);
      expect(bounds.at(-1)).toBe('+Inf');
      const finite = bounds.slice(0, -1);
      for (const b of finite) expect(Number(Number(b).toPrecision(6)), `${name} le=${b}`).toBe(Number(b));
      for (const b of finite) expect(b.length, `${name} le=${b} is printed clean`).toBeLessThanOrEqual(10);
      expect(Number(finite.at(-1)), name).toBe(1);
    }
    // One unit per metric: the link figures are separate metrics, no `figure` label left.
    expect(text).not.toMatch(/figure="/);
    expect(text).toMatch(/^farhand_link_playout_delay_seconds \S+$/m);
  });
});
