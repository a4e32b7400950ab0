// Test-only loaders for the real dVRK fixtures in ./fixtures (origin and licence: fixtures/README.md).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));

function readCsv(name: string): { header: string[]; rows: number[][] } {
  const lines = readFileSync(dir + name, 'utf8').trim().split('\n');
  const header = lines[0]!.split(',');
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  return { header, rows };
}

export interface FkReferenceRow {
  q: number[];
  position: [number, number, number];
  /** rotation vector, rad */
  rotvec: [number, number, number];
}

export function loadFkReference(tool: 'LND400006' | 'LND420006'): FkReferenceRow[] {
  const name = tool === 'LND400006' ? 'fk_reference_subset_classic_LND400006.csv' : 'fk_reference_subset_classicPSM_SiLND420006.csv';
  const { header, rows } = readCsv(name);
  const col = (n: string): number => {
    const i = header.indexOf(n);
    if (i < 0) throw new Error(`fixture ${name}: no column ${n}`);
    return i;
  };
  return rows.map((r) => ({
    q: [1, 2, 3, 4, 5, 6].map((i) => r[col(`measured_q${i}`)]!),
    position: [r[col('measured_x')]!, r[col('measured_y')]!, r[col('measured_z')]!],
    rotvec: [r[col('measured_rx')]!, r[col('measured_ry')]!, r[col('measured_rz')]!],
  }));
}

export interface BagJs {
  setpointTimeS: number[];
  setpoint: number[][];
  measuredTimeS: number[];
  measured: number[][];
}

/** The real PSM2 setpoint_js / measured_js positions, times relative to the first measured stamp. */
export function loadBagJs(): BagJs {
  const { header, rows } = readCsv('traj01_PSM2_js_positions.csv');
  const si = header.indexOf('setpoint_header_stamp_s');
  const mi = header.indexOf('measured_header_stamp_s');
  // Stamps are ~1.6e9 s: subtract in the string's own precision via Number (1e-6 s resolution kept).
  const t0 = rows[0]![mi]!;
  return {
    setpointTimeS: rows.map((r) => r[si]! - t0),
    setpoint: rows.map((r) => r.slice(si + 1, si + 7)),
    measuredTimeS: rows.map((r) => r[mi]! - t0),
    measured: rows.map((r) => r.slice(mi + 1, mi + 7)),
  };
}

/** Rotation vector -> 3x3 row-major (Rodrigues). */
export function rotvecToMatrix(v: readonly number[]): number[][] {
  const th = Math.hypot(v[0]!, v[1]!, v[2]!);
  if (th < 1e-15) return [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
  const x = v[0]! / th, y = v[1]! / th, z = v[2]! / th;
  const c = Math.cos(th), s = Math.sin(th), C = 1 - c;
  return [
    [c + x * x * C, x * y * C - z * s, x * z * C + y * s],
    [y * x * C + z * s, c + y * y * C, y * z * C - x * s],
    [z * x * C - y * s, z * y * C + x * s, c + z * z * C],
  ];
}

/** Small deterministic PRNG for test inputs (not the sim's). */
export function testRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BagJsCpRow {
  headerSeq: number;
  /** measured_js positions of the six joints */
  q: number[];
  /** measured_cp in the dVRK "ECM" (camera) frame */
  position: [number, number, number];
  /** [x, y, z, w] */
  orientation: [number, number, number, number];
}

/** 12 rows of the real PSM2's measured_js and measured_cp, joined on header_seq (fixtures/README.md). */
export function loadBagJsCp(): BagJsCpRow[] {
  const { header, rows } = readCsv('traj01_PSM2_measured_js_cp_12rows.csv');
  const col = (n: string): number => {
    const i = header.indexOf(n);
    if (i < 0) throw new Error(`fixture traj01_PSM2_measured_js_cp_12rows.csv: no column ${n}`);
    return i;
  };
  const joints = ['outer_yaw', 'outer_pitch', 'outer_insertion', 'outer_roll', 'outer_wrist_pitch', 'outer_wrist_yaw'];
  return rows.map((r) => ({
    headerSeq: r[col('header_seq')]!,
    q: joints.map((j) => r[col(`pos_${j}`)]!),
    position: [r[col('x_m')]!, r[col('y_m')]!, r[col('z_m')]!],
    orientation: [r[col('qx')]!, r[col('qy')]!, r[col('qz')]!, r[col('qw')]!],
  }));
}
