// Simulator cost per 1 kHz control tick: forward kinematics, inverse kinematics, one servo tick
// (read + write), and all three together, which must stay under 10 us p99 so the sim never costs
// the 1 kHz loop its deadline. Imports the BUILT package (sim/dist): run `npm run build` first.
// Baseline (same run): a textbook 4x4-matrix DH chain of the same six joints.
//   node bench/sim.bench.mjs        (after `node scripts/build.mjs`)
import { createPsm, SimulatedPsm, rotationToQuat } from '../sim/dist/index.js';
import { runIfMain } from './table.mjs';

const now = () => process.hrtime.bigint();

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Time fn per call (ns), after a warm-up; returns p50, p99, mean in us. */
function measure(fn, n = 200_000, warm = 20_000) {
  for (let i = 0; i < warm; i++) fn(i);
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = now();
    fn(i);
    t[i] = Number(now() - a);
  }
  const mean = t.reduce((s, v) => s + v, 0) / n;
  t.sort();
  return { p50: percentile(t, 0.5) / 1e3, p99: percentile(t, 0.99) / 1e3, mean: mean / 1e3 };
}

// Textbook baseline: T_i = RotX(alpha) TransX(a) RotZ(theta) TransZ(d) as 4x4 nested arrays, multiplied.
function mat4mul(A, B) {
  const C = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
    let s = 0;
    for (let k = 0; k < 4; k++) s += A[i][k] * B[k][j];
    C[i][j] = s;
  }
  return C;
}
function naiveFk(dh, q) {
  let M = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]];
  for (let i = 0; i < 6; i++) {
    const j = dh[i];
    const th = j.type === 'revolute' ? q[i] + j.offset : 0;
    const d = j.type === 'prismatic' ? q[i] + j.offset + j.d : j.d;
    const ca = Math.cos(j.alpha), sa = Math.sin(j.alpha), ct = Math.cos(th), st = Math.sin(th);
    const RX = [[1, 0, 0, 0], [0, ca, -sa, 0], [0, sa, ca, 0], [0, 0, 0, 1]];
    const TX = [[1, 0, 0, j.a], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]];
    const RZ = [[ct, -st, 0, 0], [st, ct, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]];
    const TZ = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, d], [0, 0, 0, 1]];
    M = mat4mul(M, mat4mul(mat4mul(RX, TX), mat4mul(RZ, TZ)));
  }
  return M;
}

export default async function run() {
  const psm = createPsm({ tool: 'LND400006' });
  // A pool of random joint vectors inside the limits, and their poses (deterministic LCG).
  let s = 12345;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const POOL = 4096;
  const qs = [];
  const poses = [];
  for (let i = 0; i < POOL; i++) {
    const q = psm.jointLimits.lower.map((lo, k) => lo + (psm.jointLimits.upper[k] - lo) * rnd());
    qs.push(q);
    poses.push(psm.forwardKinematics(q));
  }
  // Unreachable targets: reachable poses pushed 30 cm further along -z, solved without a seed (worst case).
  const far = poses.map((p) => ({ position: [p.position[0], p.position[1], p.position[2] - 0.3], rotation: p.rotation }));

  let sink = 0;
  const rows = [];
  const add = (op, r, note = '') => rows.push({ op, p50_us: +r.p50.toFixed(3), p99_us: +r.p99.toFixed(3), mean_us: +r.mean.toFixed(3), note });

  const base = measure((i) => { sink += naiveFk(psm.dh, qs[i & (POOL - 1)])[0][3]; });
  add('baseline: textbook 4x4 DH chain (6 joints)', base);
  add('forwardKinematics(q)', measure((i) => { sink += psm.forwardKinematics(qs[i & (POOL - 1)]).position[0]; }));
  add('inverseKinematics(pose), reachable', measure((i) => { sink += psm.inverseKinematics(poses[i & (POOL - 1)], { seed: qs[i & (POOL - 1)] })[0]; }));
  add('inverseKinematics(pose), unreachable, cold (nearest reachable)', measure((i) => { sink += psm.inverseKinematics(far[i & (POOL - 1)])[0]; }, 20_000, 2_000), 'rare path: bounded descent');

  // Servo tick: one read + one write per simulated ms, on a slow sinusoid (the arm always moving).
  const arm = new SimulatedPsm({ seed: 1 });
  await arm.configure(); await arm.enable(); await arm.home();
  let tick = 0;
  const MS = 1_000_000;
  // Period POOL ms, so pooled poses wrap around without a jump (a jump would trip the arm's PID fault).
  const jpAt = (k) => { const x = Math.sin((2 * Math.PI * k) / POOL); return [0.3 * x, 0.2 * x, 0.12 + 0.02 * x, x, 0.4 * x, -0.4 * x]; };
  add('servo tick: read + write(servo_jp)', measure(() => {
    tick++;
    sink += arm.read(tick * MS).measured_js[0];
    arm.write({ kind: 'servo_jp', q: jpAt(tick), jaw_rad: 0.1 }, tick * MS);
  }));

  const arm2 = new SimulatedPsm({ seed: 1 });
  await arm2.configure(); await arm2.enable(); await arm2.home();
  const cpPool = [];
  for (let k = 0; k < POOL; k++) {
    const p = psm.forwardKinematics(jpAt(k));
    cpPool.push({ position: p.position, orientation: rotationToQuat(p.rotation) });
  }
  let tick2 = 0;
  add('servo tick: read + write(servo_cp) (IK inside)', measure(() => {
    tick2++;
    sink += arm2.read(tick2 * MS).measured_js[0];
    arm2.write({ kind: 'servo_cp', pose: cpPool[tick2 & (POOL - 1)], jaw_rad: 0.1 }, tick2 * MS);
  }));

  // The driver's unreachable case: servo_cp pushing past full insertion, the target creeping deeper;
  // IK starts from the previous setpoint (warm), as it does in write().
  const arm4 = new SimulatedPsm({ seed: 1 });
  await arm4.configure(); await arm4.enable(); await arm4.home();
  const deep = psm.forwardKinematics([0.2, 0.1, 0.24, 0.3, 0.2, 0.1]);
  const deepQuat = rotationToQuat(deep.rotation);
  let tick4 = 0;
  // walk there first (within the PID tolerance)
  for (let k = 0; k <= 2000; k++) {
    tick4++;
    arm4.read(tick4 * MS);
    const u = k / 2000;
    arm4.write({ kind: 'servo_jp', q: [0.2 * u, 0.1 * u, 0.12 + 0.12 * u, 0.3 * u, 0.2 * u, 0.1 * u], jaw_rad: 0 }, tick4 * MS);
  }
  add('servo tick: read + write(servo_cp) unreachable, warm', measure((i) => {
    tick4++;
    sink += arm4.read(tick4 * MS).measured_js[0];
    const extra = 0.01 + 1e-7 * (i % 1000);
    const p = [deep.position[0] * (1 + extra), deep.position[1] * (1 + extra), deep.position[2] * (1 + extra)];
    arm4.write({ kind: 'servo_cp', pose: { position: p, orientation: deepQuat }, jaw_rad: 0.1 }, tick4 * MS);
  }, 50_000, 5_000), 'clamped every tick');

  const arm3 = new SimulatedPsm({ seed: 1 });
  await arm3.configure(); await arm3.enable(); await arm3.home();
  let tick3 = 0;
  const combined = measure(() => {
    tick3++;
    const k = tick3 & (POOL - 1);
    const p = psm.forwardKinematics(qs[k]);
    const q = psm.inverseKinematics(p, { seed: qs[k] });
    sink += q[0] + arm3.read(tick3 * MS).measured_js[0];
    arm3.write({ kind: 'servo_jp', q: jpAt(tick3), jaw_rad: 0.1 }, tick3 * MS);
  });
  add('FK + IK + servo tick (design target < 10 us p99)', combined, combined.p99 < 10 ? 'meets target' : 'MISSES target');

  // The timed arms must have stayed ENABLED (a faulted arm ignores writes and would time as cheap).
  const states = [arm, arm2, arm3, arm4].map((a, i) => `${i}:${a.read((Math.max(tick, tick2, tick3, tick4) + 1) * MS).operating_state}`);
  if (states.some((x) => !x.endsWith('ENABLED'))) throw new Error(`sim bench: an arm left ENABLED (${states.join(', ')})`);
  if (!arm4.lastCommand.clamped) throw new Error('sim bench: the unreachable servo_cp case was not clamped');

  for (const r of rows) r.ratio_p50_vs_baseline = +(r.p50_us / base.p50).toFixed(2);
  if (!Number.isFinite(sink)) throw new Error('unreachable');
  return {
    title: 'sim: kinematics and servo cost per call (us)',
    rows,
    notes: [
      `Node ${process.version}; 200,000 timed calls per op (cold unreachable IK 20,000, warm unreachable tick 50,000) after warm-up; per-call hrtime (includes ~0.03-0.05 us of timer overhead); every timed arm stayed ENABLED.`,
      'servo tick = 4 physics steps (4 kHz grid) + encoder model + FK for measured_cp + the reading object.',
    ],
  };
}

await runIfMain(import.meta.url, run);
