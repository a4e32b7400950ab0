// The recorded dVRK trajectory the agent tests stream as a surgeon's hand (test/fixtures/
// agent-dvrk-traj01-setpoint-cp.csv: origin in its header), and a paced streaming client for it.
// Shared by the simulated-arm and the ROS-arm follow tests so both measure the same motion the same way.
import { readFileSync } from 'node:fs';
import type { farhand } from '@farhand/protocol';
import { qNormalize } from '@farhand/latency-core';
import { clientNowNs, type TestClient } from './agent-helpers.js';

export type V3 = [number, number, number];
export type Q = [number, number, number, number];

interface Sample {
  t: number;
  p: V3;
  q: Q;
}
const rows: Sample[] = readFileSync(new URL('./fixtures/agent-dvrk-traj01-setpoint-cp.csv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('header'))
  .map((l) => l.split(',').map(Number))
  .map((v) => ({ t: v[0]!, p: [v[1]!, v[2]!, v[3]!] as V3, q: [v[4]!, v[5]!, v[6]!, v[7]!] as Q }));
const T0 = rows[0]!.t;

/** The recording at `s` seconds from its start: position lerp, orientation nlerp (10 ms apart). */
export function sampleAt(s: number): { p: V3; q: Q } {
  const t = T0 + s;
  let i = rows.findIndex((r) => r.t > t);
  if (i <= 0) i = i === 0 ? 1 : rows.length - 1;
  const a = rows[i - 1]!;
  const b = rows[i]!;
  const u = Math.min(1, Math.max(0, (t - a.t) / (b.t - a.t)));
  const sign = a.q[0] * b.q[0] + a.q[1] * b.q[1] + a.q[2] * b.q[2] + a.q[3] * b.q[3] < 0 ? -1 : 1;
  return {
    p: [a.p[0] + u * (b.p[0] - a.p[0]), a.p[1] + u * (b.p[1] - a.p[1]), a.p[2] + u * (b.p[2] - a.p[2])],
    q: qNormalize([0, 1, 2, 3].map((k) => a.q[k]! + u * (sign * b.q[k]! - a.q[k]!)) as Q),
  };
}

/** A wire Pose as plain arrays. */
export const fromWire = (p: farhand.v1.IPose): { p: V3; q: Q } => ({
  p: [p.position!.x!, p.position!.y!, p.position!.z!],
  q: [p.orientation!.x!, p.orientation!.y!, p.orientation!.z!, p.orientation!.w!],
});

/** Streams master poses at `rateHz` until stop(); each frame's pose is `pose(elapsed s)`. Logs what it sent. */
export function stream(c: TestClient, rateHz: number, pose: (s: number) => { p: V3; q: Q }, send?: (bytes: Uint8Array) => void) {
  const sent: Array<{ captureNs: number; p: V3; q: Q }> = [];
  const start = clientNowNs();
  const timer = setInterval(() => {
    if (c.ws.readyState !== c.ws.OPEN) return;
    const now = clientNowNs();
    const m = pose((now - start) / 1e9);
    c.motion({ position: m.p, orientation: m.q }, {}, send);
    sent.push({ captureNs: now, p: m.p, q: m.q });
  }, 1000 / rateHz);
  return { sent, stop: () => clearInterval(timer) };
}
