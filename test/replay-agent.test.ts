// Record a session through the real agent (real sockets on 127.0.0.1, the simulated PSM, the real
// recorder), then replay it: with the recorded config every tick is reproduced bit for bit; with one
// limit changed, the first difference is reported at the tick where the change first matters.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Agent } from '../packages/robot-agent/src/index.js';
import { main as replayMain } from '../packages/workbench/src/replay/cli.js';
import { IDEAL_LINK } from '../packages/workbench/src/link/impairment.js';
import { runSchedule } from '../packages/workbench/src/replay/engine.js';
import { applyOverrides } from '../packages/workbench/src/replay/overrides.js';
import { recordedSchedule, replayFile } from '../packages/workbench/src/replay/replay.js';
import { stateName } from '../packages/workbench/src/replay/trace.js';
import { loadSession } from '../packages/workbench/src/replay/session.js';
import { TestClient, clientOriginHrNs, sleep, startTestAgent, tempDir, waitFor } from './agent-helpers.js';

type V3 = [number, number, number];
type Q = [number, number, number, number];

let recording = '';
/** Agent clock minus the test console's clock (both CLOCK_MONOTONIC in this process), ns. */
let trueOffsetNs = NaN;
const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

/** A 3 s session: control, engage, a few cm of hand motion at 200 Hz with a clutch in the middle, disengage. */
async function recordSession(): Promise<string> {
  const { agent, dir } = await startTestAgent();
  cleanup.push(dir);
  let a: Agent | null = agent;
  try {
    const c = await TestClient.connect(agent.urls.ws, { role: 'SURGEON', token: agent.tokens.surgeon, name: 'replay-test' });
    try {
      await waitFor('telemetry', () => c.telemetry);
      const o = c.telemetry!.measured_cp!.orientation!;
      // Registration is identity by default: the master starts aligned with the tool's orientation.
      const q: Q = [o.x ?? 0, o.y ?? 0, o.z ?? 0, o.w ?? 1];
      expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
      const t0 = Date.now();
      let clutch = false;
      const timer = setInterval(() => {
        const s = (Date.now() - t0) / 1000;
        const m = Math.max(0, s - 0.8);
        const p: V3 = [0.03 * Math.sin(2.2 * m), 0.02 * (1 - Math.cos(1.7 * m)), 0.01 * Math.sin(3.1 * m)];
        clutch = s > 2.0 && s < 2.3;
        c.motion({ position: p, orientation: q }, { clutch, grip: Math.min(1, m / 2) });
      }, 5);
      try {
        await sleep(600);
        const engage = await c.command('ENGAGE');
        expect(engage.ok, engage.reason).toBe(true);
        await sleep(2800);
        expect((await c.command('DISENGAGE')).ok).toBe(true);
        await sleep(100);
      } finally {
        clearInterval(timer);
      }
    } finally {
      await c.close();
    }
    await agent.close('test done');
    a = null;
    trueOffsetNs = Number(clientOriginHrNs - agent.clock.originHrNs);
    const path = agent.recordingPath;
    if (!path) throw new Error('the agent did not record');
    return path;
  } finally {
    if (a) await a.close('test failed');
  }
}

describe('replay of a session recorded through the real agent', () => {
  it('reproduces every recorded tick bit for bit', async () => {
    recording = await recordSession();
    const session = await loadSession(recording);
    expect(session.damage).toBeNull();
    expect(session.frames.length).toBeGreaterThan(400);
    expect(session.commands.filter((c) => c.toCore).map((c) => c.type)).toEqual(['ENGAGE', 'DISENGAGE']);
    const { report } = await replayFile(recording);
    expect(report.reproduction.summary).toMatch(/^identical/);
    expect(report.reproduction.identical).toBe(true);
    expect(report.reproduction.ticksCompared).toBe(session.ticks.length);
    // It moved: this is not an idle session replayed.
    expect(report.run.time.followingS).toBeGreaterThan(2);
    expect(report.run.motion.pathLengthM).toBeGreaterThan(0.005);
  }, 60_000);

  it('a lower speed limit: the difference is reported at the tick where it starts, with both values', async () => {
    expect(recording).not.toBe('');
    const session = await loadSession(recording);
    const t = session.ticks;
    // The recorded setpoint speed per tick; the new limit sits at half its peak.
    let peak = 0;
    const speed: number[] = [0];
    for (let i = 1; i < t.length; i++) {
      const o = i * 7;
      const v = Math.hypot((t.setpoint[o] as number) - (t.setpoint[o - 7] as number), (t.setpoint[o + 1] as number) - (t.setpoint[o - 6] as number), (t.setpoint[o + 2] as number) - (t.setpoint[o - 5] as number)) / (((t.timeNs[i] as number) - (t.timeNs[i - 1] as number)) / 1e9);
      speed.push(v);
      peak = Math.max(peak, v);
    }
    const limit = peak / 2;
    const firstFaster = speed.findIndex((v) => v > limit);
    const overrides = [{ path: 'core.limits.maxLinearSpeedMps', value: limit }];
    const { report } = await replayFile(recording, { overrides });
    expect(report.config.changes).toEqual([{ path: 'core.limits.maxLinearSpeedMps', recorded: 0.25, replayed: limit }]);
    expect(report.reproduction.identical).toBe(false);
    const f = report.reproduction.firstDifference;
    expect(f).not.toBeNull();

    // Independently: the same replay, compared by hand.
    const { config } = applyOverrides(session.start.configJson, overrides);
    const grid = { length: t.length, tick: t.tick, timeNs: t.timeNs };
    const run = await runSchedule(config, grid, recordedSchedule(session, grid));
    let first = -1;
    for (let i = 0; i < t.length && first < 0; i++) {
      for (let k = 0; k < 7; k++) if (!Object.is(t.setpoint[i * 7 + k], run.trace.setpoint[i * 7 + k])) first = i;
    }
    expect(f!.tick).toBe(t.tick[first]);
    const d = f!.differences[0]!;
    const axis = ['x', 'y', 'z'].indexOf(d.field.replace('setpoint_cp.position.', ''));
    expect(axis).toBeGreaterThanOrEqual(0);
    expect(d.recorded).toBe(t.setpoint[first * 7 + axis]);
    expect(d.replayed).toBe(run.trace.setpoint[first * 7 + axis]);
    expect(report.reproduction.summary).toMatch(new RegExp(`^first difference at tick ${f!.tick} \\(t = [0-9.]+ s\\): setpoint_cp\\.position\\.`));
    // It starts while following, no later than the first tick the recorded setpoint went faster than
    // the new limit (earlier when the limiter's input crossed it first: the setpoint lags it).
    expect(stateName(t.state[first] as number)).toBe('FOLLOWING');
    expect(first).toBeLessThanOrEqual(firstFaster);
    // And the replayed setpoint keeps to the new limit.
    expect(report.run.motion.peakSpeedMps).toBeLessThanOrEqual(limit * (1 + 1e-9));
  }, 60_000);

  it('over an 80 ms link: the clock relation comes from the recorded probes, the run lags ~80 ms more', async () => {
    const { report } = await replayFile(recording, { impairment: { ...IDEAL_LINK, delayNs: 80e6, seed: 4 } });
    expect(report.reproduction.identical).toBe(true);
    const rel = report.link.clockRelations.find((r) => r.method === 'probes');
    expect(rel).toBeDefined();
    // The probes bound the offset by half their round trip on loopback: well under a millisecond.
    expect(Math.abs(rel!.offsetNs - trueOffsetNs)).toBeLessThan(1e6);
    expect(report.link.frames!.delayMeanS).toBeCloseTo(0.08, 6);
    expect(report.link.probesCompleted).toBe(report.link.probesSent);
    expect(report.tracking.lagS).toBeGreaterThan(0.06);
    expect(report.tracking.lagS).toBeLessThan(0.12);
    expect(report.run.time.followingS).toBeGreaterThan(2);
    expect(report.run.time.heldS).toBe(0);
  }, 60_000);

  it('the CLI says so, writes the HTML and JSON reports, and exits 0', async () => {
    const dir = tempDir('replay-cli');
    cleanup.push(dir);
    const html = join(dir, 'r.html');
    const json = join(dir, 'r.json');
    const code = await replayMain([recording, '--report', html, '--json', json, '--quiet']);
    expect(code).toBe(0);
    expect(existsSync(html)).toBe(true);
    const r = JSON.parse(readFileSync(json, 'utf8')) as { reproduction: { identical: boolean }; format: string };
    expect(r.format).toBe('farhand-replay-report');
    expect(r.reproduction.identical).toBe(true);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('Reproduced bit for bit');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  }, 60_000);
});
