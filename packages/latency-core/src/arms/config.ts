// Validation of a MultiArmConfig from outside (agent config, recording). Every error names the path,
// the value and what is accepted.
import type { CoreConfigInput } from '../config.js';
import { insideWorkspace, parseCoreConfig } from '../config.js';
import type { Pose, Quat } from '../types.js';
import { DEFAULT_CAMERA_CONTROL, type CameraControlConfig } from './camera.js';
import type { ArmSpec, MultiArmConfig } from './types.js';

export interface MultiArmConfigInput {
  arms: Array<{ armId: number; name: string; kind: 'INSTRUMENT' | 'CAMERA'; baseInCart?: Quat; home?: Pose }>;
  core?: CoreConfigInput;
  camera?: Partial<CameraControlConfig>;
  eyeToCamera?: Quat;
}

export type ParseMultiArmConfigResult = { ok: true; config: MultiArmConfig } | { ok: false; errors: string[] };

/** At most this many arms (a dVRK has three PSMs and an ECM). */
export const MAX_ARMS = 4;

const CAMERA_BOUNDS: Record<keyof CameraControlConfig, [number, number]> = {
  translationScale: [0.05, 2],
  zoomScale: [0.05, 2],
  rollGain: [0, 2],
  coneHalfAngleRad: [0.05, 1.2],
  insertionMinM: [0.01, 0.25],
  insertionMaxM: [0.02, 0.255],
  maxRollRad: [0, 1.55],
  maxAngularSpeedRadps: [0.01, 0.5236],
  maxAngularAccelRadps2: [0.1, 20],
  maxInsertionSpeedMps: [0.001, 0.06],
  maxInsertionAccelMps2: [0.01, 2],
};

export function parseMultiArmConfig(input: unknown): ParseMultiArmConfigResult {
  const errors: string[] = [];
  if (typeof input !== 'object' || input === null) return { ok: false, errors: ['arms config: expected an object { arms: [...], core?, camera?, eyeToCamera? }'] };
  const x = input as Partial<MultiArmConfigInput>;
  const arms: ArmSpec[] = [];
  if (!Array.isArray(x.arms) || x.arms.length === 0 || x.arms.length > MAX_ARMS) {
    errors.push(`arms: ${x.arms === undefined ? 'missing' : `${Array.isArray(x.arms) ? x.arms.length : typeof x.arms} entries`} is not accepted; expected 1 to ${MAX_ARMS} arms`);
  } else {
    const ids = new Set<number>();
    const names = new Set<string>();
    x.arms.forEach((a, i) => {
      const at = `arms[${i}]`;
      if (typeof a !== 'object' || a === null) return errors.push(`${at}: expected { armId, name, kind }`);
      if (!Number.isInteger(a.armId) || a.armId < 0 || a.armId > 255) errors.push(`${at}.armId: ${String(a.armId)} is not accepted; expected an integer 0..255`);
      else if (ids.has(a.armId)) errors.push(`${at}.armId: ${a.armId} is used twice; every arm needs its own id`);
      ids.add(a.armId);
      if (typeof a.name !== 'string' || !/^[A-Za-z0-9_-]{1,32}$/.test(a.name)) errors.push(`${at}.name: ${String(a.name)} is not accepted; expected 1-32 letters, digits, _ or -`);
      else if (names.has(a.name)) errors.push(`${at}.name: ${a.name} is used twice`);
      names.add(a.name);
      if (a.kind !== 'INSTRUMENT' && a.kind !== 'CAMERA') errors.push(`${at}.kind: ${String(a.kind)} is not accepted; expected INSTRUMENT or CAMERA`);
      const q = a.baseInCart ?? [0, 0, 0, 1];
      if (!unitQuat(q)) errors.push(`${at}.baseInCart: ${JSON.stringify(q)} is not accepted; expected a unit quaternion [x, y, z, w]`);
      const spec: ArmSpec = { armId: a.armId, name: a.name, kind: a.kind, baseInCart: [q[0], q[1], q[2], q[3]] };
      if (a.home !== undefined) {
        const h = a.home as Partial<Pose> | null;
        const p = h?.position;
        const posOk = Array.isArray(p) && p.length === 3 && p.every((v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 1);
        if (a.kind !== 'INSTRUMENT') errors.push(`${at}.home: only an INSTRUMENT has a HOME target; the camera arm is homed by its driver`);
        else if (!posOk || !unitQuat(h?.orientation)) errors.push(`${at}.home: ${JSON.stringify(a.home)} is not accepted; expected { position: [x, y, z] (m, each within 1), orientation: a unit quaternion [x, y, z, w] }`);
        else spec.home = { position: [p[0]!, p[1]!, p[2]!], orientation: [h!.orientation![0], h!.orientation![1], h!.orientation![2], h!.orientation![3]] };
      }
      arms.push(spec);
    });
    const cams = arms.filter((a) => a.kind === 'CAMERA').length;
    const instruments = arms.filter((a) => a.kind === 'INSTRUMENT').length;
    if (cams > 1) errors.push(`arms: ${cams} CAMERA arms; at most one (the ECM)`);
    if (instruments === 0) errors.push('arms: no INSTRUMENT arm; at least one (a PSM)');
    if (arms[0] && arms[0].kind !== 'INSTRUMENT') errors.push(`arms[0]: the first arm must be an INSTRUMENT (the top-level telemetry and one-armed clients drive it); got ${arms[0].kind}`);
  }
  const core = parseCoreConfig(x.core ?? {});
  if (!core.ok) errors.push(...core.errors.map((e) => `core.${e}`));
  else {
    arms.forEach((a, i) => {
      if (a.home && !insideWorkspace(a.home.position, core.config.limits.workspace)) errors.push(`arms[${i}].home.position: ${JSON.stringify(a.home.position)} is not accepted; expected a position inside core.limits.workspace`);
    });
  }
  const camera: CameraControlConfig = { ...DEFAULT_CAMERA_CONTROL };
  if (x.camera !== undefined) {
    if (typeof x.camera !== 'object' || x.camera === null) errors.push('camera: expected an object');
    else {
      for (const [k, v] of Object.entries(x.camera)) {
        const b = CAMERA_BOUNDS[k as keyof CameraControlConfig];
        if (!b) {
          errors.push(`camera.${k}: unknown field; accepted: ${Object.keys(CAMERA_BOUNDS).join(', ')}`);
          continue;
        }
        if (typeof v !== 'number' || !Number.isFinite(v) || v < b[0] || v > b[1]) errors.push(`camera.${k}: ${String(v)} is not accepted; expected a number between ${b[0]} and ${b[1]}`);
        else camera[k as keyof CameraControlConfig] = v;
      }
      if (camera.insertionMinM >= camera.insertionMaxM) errors.push(`camera.insertionMinM (${camera.insertionMinM}) must be below camera.insertionMaxM (${camera.insertionMaxM})`);
    }
  }
  const eye = x.eyeToCamera ?? [0, 0, 0, 1];
  if (!unitQuat(eye)) errors.push(`eyeToCamera: ${JSON.stringify(eye)} is not accepted; expected a unit quaternion [x, y, z, w]`);
  if (errors.length > 0 || !core.ok) return { ok: false, errors };
  return { ok: true, config: { arms, core: core.config, camera, eyeToCamera: [eye[0], eye[1], eye[2], eye[3]] } };
}

function unitQuat(q: unknown): q is Quat {
  if (!Array.isArray(q) || q.length !== 4 || !q.every((v) => typeof v === 'number' && Number.isFinite(v))) return false;
  const n = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
  return Math.abs(n - 1) <= 1e-3;
}
