// The recorded dVRK PSM2 setpoint trajectory (test/fixtures/agent-dvrk-traj01-setpoint-cp.csv; origin in
// its header) as a surgeon's hand for the lab benches: position lerp and orientation nlerp between the
// 10 ms samples, played forward then backward so a run of any length never jumps.
import { readFileSync } from 'node:fs';
import { qConj, qMul, qNormalize } from '../../packages/latency-core/dist/index.js';

const rows = readFileSync(new URL('../../test/fixtures/agent-dvrk-traj01-setpoint-cp.csv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('header'))
  .map((l) => l.split(',').map(Number));
const T0 = rows[0][0];
export const DURATION_S = rows[rows.length - 1][0] - T0;

/** The recording at s seconds (ping-pong beyond its end). */
export function sampleAt(s) {
  const period = 2 * DURATION_S;
  let u = ((s % period) + period) % period;
  if (u > DURATION_S) u = period - u;
  const t = T0 + u;
  let i = rows.findIndex((r) => r[0] > t);
  if (i <= 0) i = i === 0 ? 1 : rows.length - 1;
  const a = rows[i - 1];
  const b = rows[i];
  const w = Math.min(1, Math.max(0, (t - a[0]) / (b[0] - a[0])));
  const sign = a[4] * b[4] + a[5] * b[5] + a[6] * b[6] + a[7] * b[7] < 0 ? -1 : 1;
  return {
    p: [a[1] + w * (b[1] - a[1]), a[2] + w * (b[2] - a[2]), a[3] + w * (b[3] - a[3])],
    q: qNormalize([4, 5, 6, 7].map((k) => a[k] + w * (sign * b[k] - a[k]))),
  };
}

export { qConj, qMul, qNormalize };
