// Issue 15 end to end: the real agent driving the simulated dVRK cart (PSM1, PSM2, ECM; --arms
// PSM1,PSM2,ECM) and a protocol client over a real WebSocket on 127.0.0.1 sending two-handed frames:
// both PSMs follow their hands, camera mode moves the ECM while the instruments hold, release does not
// jump, e-stop holds all, hands frames are validated, metrics are per arm, a one-armed (protocol 1.0)
// client still drives arm 0, and replay reproduces every arm of the recording.
import { afterEach, describe, expect, it } from 'vitest';
import { farhand } from '@farhand/protocol';
import { replayFile } from '@farhand/workbench';
import { type Agent } from '../packages/robot-agent/src/index.js';
import { TestClient, clientNowNs, metricValue, sleep, startTestAgent, waitFor } from './agent-helpers.js';

const pb = farhand.v1;
const STATE = (n: number | null | undefined): string => pb.SupervisorState[n ?? 0] ?? String(n);

let agent: Agent | null = null;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
  if (agent) await agent.close('test done');
  agent = null;
});

type V3 = [number, number, number];

/** Two hands streamed at 100 Hz as protocol 1.1 two-handed frames; the test moves them. */
function twoHands(c: TestClient) {
  const hands: V3[] = [
    [-0.1, 0, 0.3],
    [0.1, 0, 0.3],
  ];
  const state = { camera: false, seq: 1, extra: null as farhand.v1.IHand | null };
  const timer = setInterval(() => {
    c.sendEnvelope({
      motion: {
        seq: state.seq++,
        capture_time_ns: clientNowNs(),
        operator_present: true,
        camera: state.camera,
        hands: [
          ...hands.map((p, armId) => ({ arm_id: armId, position: { x: p[0], y: p[1], z: p[2] }, orientation: { x: 0, y: 0, z: 0, w: 1 }, grip: 0, clutch: false })),
          ...(state.extra ? [state.extra] : []),
        ],
      },
    });
  }, 10);
  return { hands, state, stop: () => clearInterval(timer) };
}

/** Moves hand(s) by d over `s` seconds in 10 ms steps. */
async function move(hands: V3[], which: number[], d: V3, s: number): Promise<void> {
  const n = Math.round(s * 100);
  for (let k = 0; k < n; k++) {
    for (const i of which) hands[i] = [hands[i]![0] + d[0] / n, hands[i]![1] + d[1] / n, hands[i]![2] + d[2] / n];
    await sleep(10);
  }
}

const pos = (p: farhand.v1.IPose | null | undefined): V3 => [p?.position?.x ?? NaN, p?.position?.y ?? NaN, p?.position?.z ?? NaN];
const dist = (a: V3, b: V3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('agent with two instruments and the camera (--arms PSM1,PSM2,ECM)', () => {
  it('two hands drive PSM1 and PSM2, camera mode moves the ECM, release does not jump, e-stop holds all', async () => {
    const started = await startTestAgent(['--arms', 'PSM1,PSM2,ECM', '--core', 'staleLinkTimeoutS=2', '--core', 'playout.maxGapS=2', '--core', 'mapping.tremor.enabled=false']);
    agent = started.agent;
    const a = agent;
    const c = await TestClient.connect(a.urls.ws, { role: 'SURGEON', token: a.tokens.surgeon, minor: 1 });
    clients.push(c);
    expect(c.welcome!.arm_ids).toEqual([0, 1, 2]);
    expect(c.welcome!.arms.map((x) => [x.arm_id, x.name, pb.ArmKind[x.kind ?? 0]])).toEqual([
      [0, 'PSM1', 'INSTRUMENT'],
      [1, 'PSM2', 'INSTRUMENT'],
      [2, 'ECM', 'CAMERA'],
    ]);
    expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
    const s = twoHands(c);
    try {
      await sleep(500);
      const engage = await c.command('ENGAGE', {}, 10_000);
      expect(engage.ok, engage.reason).toBe(true);
      await waitFor('both FOLLOWING', () => c.telemetry?.arms.length === 3 && c.telemetry.arms.slice(0, 2).every((x) => STATE(x.state) === 'FOLLOWING'), 3000);
      const t0 = c.telemetry!;
      expect(t0.arms.map((x) => x.arm_id)).toEqual([0, 1, 2]);
      expect(STATE(t0.state)).toBe('FOLLOWING'); // the top-level fields are the first arm's
      expect(pos(t0.arms[0]!.base_frame)[0]).toBeLessThan(pos(t0.arms[1]!.base_frame)[0]); // PSM1 left of PSM2 in the cart

      // PSM1 follows hand 0; PSM2 stays.
      const p1 = pos(t0.arms[0]!.setpoint_cp);
      const p2 = pos(t0.arms[1]!.setpoint_cp);
      await move(s.hands, [0], [0.02, 0, 0], 0.4);
      // 2 cm of hand at 5:1 is 4 mm (waited for: on a loaded machine the 10 ms steps take longer).
      await waitFor('PSM1 moved 4 mm', () => dist(pos(c.telemetry!.arms[0]!.setpoint_cp), p1) > 0.0039, 5000);
      await sleep(300);
      let t = c.telemetry!;
      expect(dist(pos(t.arms[0]!.setpoint_cp), p1)).toBeLessThan(0.0041);
      expect(dist(pos(t.arms[1]!.setpoint_cp), p2)).toBeLessThan(1e-5);
      // PSM2 follows hand 1.
      await move(s.hands, [1], [0, 0.02, 0], 0.4);
      await waitFor('PSM2 moved 4 mm', () => dist(pos(c.telemetry!.arms[1]!.setpoint_cp), p2) > 0.0039, 5000);

      // Camera mode: the instruments hold, both hands move the ECM.
      s.state.camera = true;
      await waitFor('camera mode', () => c.telemetry?.camera_mode === true, 5000).catch((e) => {
        throw new Error(`${(e as Error).message}: arms ${c.telemetry!.arms.map((x) => `${STATE(x.state)} ${x.reason}`).join(', ')}; events ${c.events.map((x) => `${x.code}/${x.arm_id}: ${x.message}`).join('\n')}`);
      });
      await sleep(100);
      const held = [pos(c.telemetry!.arms[0]!.setpoint_cp), pos(c.telemetry!.arms[1]!.setpoint_cp)];
      const ecm0 = (c.telemetry!.arms[2]!.measured_js ?? []).slice();
      await move(s.hands, [0, 1], [0.04, 0, 0], 0.5);
      await waitFor('the ECM turned', () => {
        const js = c.telemetry!.arms[2]!.measured_js ?? [];
        return Math.abs(js[0]! - ecm0[0]!) + Math.abs(js[1]! - ecm0[1]!) > 0.1;
      }, 5000);
      t = c.telemetry!;
      expect(STATE(t.arms[0]!.state)).toBe('CLUTCHED');
      expect(STATE(t.arms[1]!.state)).toBe('CLUTCHED');
      expect(STATE(t.arms[2]!.state)).toBe('FOLLOWING');
      const ecm1 = t.arms[2]!.measured_js ?? [];
      expect(Math.abs(ecm1[0]! - ecm0[0]!) + Math.abs(ecm1[1]! - ecm0[1]!)).toBeGreaterThan(0.1);
      expect(dist(pos(t.arms[0]!.setpoint_cp), held[0]!)).toBe(0);
      expect(dist(pos(t.arms[1]!.setpoint_cp), held[1]!)).toBe(0);

      // Release with the hands still: the instruments resume from a re-anchored pose and do not move.
      s.state.camera = false;
      await waitFor('camera mode ended', () => c.telemetry?.camera_mode === false, 5000);
      await waitFor('both FOLLOWING again', () => c.telemetry!.arms.slice(0, 2).every((x) => STATE(x.state) === 'FOLLOWING'), 5000);
      const seen: V3[][] = [];
      const until = Date.now() + 400;
      while (Date.now() < until) {
        seen.push([pos(c.telemetry!.arms[0]!.setpoint_cp), pos(c.telemetry!.arms[1]!.setpoint_cp)]);
        await sleep(10);
      }
      for (const x of seen) {
        expect(dist(x[0]!, held[0]!)).toBeLessThan(1e-4);
        expect(dist(x[1]!, held[1]!)).toBeLessThan(1e-4);
      }
      expect(c.eventsWith('CAMERA_MODE')[0]?.arm_id).toBe(2);

      // Hands frames are validated: a hand for the ECM is refused with the reason; nothing moves.
      s.state.extra = { arm_id: 2, position: { x: 0, y: 0, z: 0.3 }, orientation: { x: 0, y: 0, z: 0, w: 1 } };
      await waitFor('FRAME_REFUSED', () => c.events.find((e) => e.code === 'FRAME_REFUSED' && e.message.startsWith('BAD_HANDS')), 2000);
      s.state.extra = null;
      await sleep(200);

      // Per-arm metrics.
      const metrics = await (await fetch(a.urls.metrics)).text();
      expect(metricValue(metrics, 'farhand_arm_supervisor_state', { arm: 'PSM2', state: 'FOLLOWING' })).toBe(1);
      expect(metricValue(metrics, 'farhand_arm_supervisor_state', { arm: 'ECM', state: 'IDLE' })).toBe(1);
      expect(metricValue(metrics, 'farhand_arm_tip_error_meters', { arm: 'PSM1' })).toBeLessThan(0.005);

      // One e-stop holds every arm.
      const obs = await TestClient.connect(a.urls.ws, { role: 'OBSERVER', token: a.tokens.observer });
      clients.push(obs);
      expect((await obs.command('ESTOP')).ok).toBe(true);
      await waitFor('all ESTOPPED', () => c.telemetry!.arms.every((x) => STATE(x.state) === 'ESTOPPED'), 2000);
      const stopped = c.telemetry!.arms.map((x) => pos(x.setpoint_cp));
      await move(s.hands, [0, 1], [0.03, 0.03, 0], 0.3);
      await sleep(400);
      c.telemetry!.arms.forEach((x, i) => expect(dist(pos(x.setpoint_cp), stopped[i]!)).toBeLessThan(2e-4));
      const refused = await c.command('ENGAGE');
      expect(refused.ok).toBe(false);
      expect(refused.reason).toMatch(/^LATCHED_ESTOP/);
    } finally {
      s.stop();
    }
    await c.close();
    const exit = await a.close('test done');
    agent = null;
    expect(exit.disabled).toBe(true);
    // Replay rebuilds the three arms and reproduces each bit for bit (camera mode, a refused frame and the e-stop included).
    const { report } = await replayFile(a.recordingPath!);
    expect(report.arms?.map((x) => `${x.name}:${x.identical}`), report.reproduction.summary).toEqual(['PSM1:true', 'PSM2:true', 'ECM:true']);

  }, 60_000);

  it('a one-armed (protocol 1.0, single-hand) client drives arm 0 of a bimanual agent', async () => {
    const started = await startTestAgent(['--arms', 'PSM1,PSM2,ECM', '--core', 'staleLinkTimeoutS=2', '--core', 'playout.maxGapS=2', '--core', 'mapping.tremor.enabled=false', '--no-recording']);
    agent = started.agent;
    const a = agent;
    const c = await TestClient.connect(a.urls.ws, { role: 'SURGEON', token: a.tokens.surgeon });
    clients.push(c);
    expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
    let p: V3 = [0, 0, 0.3];
    const timer = setInterval(() => c.motion({ position: p, orientation: [0, 0, 0, 1] }), 10);
    try {
      await sleep(500);
      const engage = await c.command('ENGAGE', {}, 10_000);
      expect(engage.ok, engage.reason).toBe(true);
      await waitFor('PSM1 FOLLOWING', () => STATE(c.telemetry?.arms[0]?.state) === 'FOLLOWING', 3000);
      expect(STATE(c.telemetry!.arms[1]!.state)).toBe('IDLE');
      const p0 = pos(c.telemetry!.setpoint_cp);
      for (let k = 0; k < 40; k++) {
        p = [p[0], p[1] + 0.0005, p[2]];
        await sleep(10);
      }
      await waitFor('PSM1 moved 4 mm', () => dist(pos(c.telemetry!.setpoint_cp), p0) > 0.0039, 5000).catch((e) => {
        throw new Error(`${(e as Error).message}: moved ${dist(pos(c.telemetry!.setpoint_cp), p0)}; events ${c.events.map((x) => `${x.code}/${x.arm_id}: ${x.message}`).join('\n')}`);
      });
      expect(dist(pos(c.telemetry!.arms[1]!.setpoint_cp), pos(c.telemetry!.arms[1]!.setpoint_cp))).toBe(0);
      // CLUTCH without arm_id (0): arm 0.
      expect((await c.command('CLUTCH', { flag: true })).ok).toBe(true);
      await waitFor('PSM1 CLUTCHED', () => STATE(c.telemetry?.arms[0]?.state) === 'CLUTCHED', 2000);
      const ecmClutch = await c.command('CLUTCH', { flag: true, arm_id: 2 });
      expect(ecmClutch.ok).toBe(false);
      expect(ecmClutch.reason).toMatch(/^BAD_COMMAND: CLUTCH addresses ECM/);
    } finally {
      clearInterval(timer);
    }
  }, 60_000);
});
