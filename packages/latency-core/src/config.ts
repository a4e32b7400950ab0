// The core's configuration: one zod schema whose defaults are the numbers of the design
// (DESIGN.md, "Numbers to design for"), so `{}` parses to a complete, working configuration, and a
// parser whose every error names the field path, the value given and what is accepted.
import { z } from 'zod';
import type { Quat, Vec3 } from './types.js';

const DEG = Math.PI / 180;

/** What a numeric field accepts, said once and used for both the check and the error text. */
function num(min: number, max: number, def: number) {
  const expected = `expected a number between ${min} and ${max}`;
  return z.number({ error: expected }).min(min, { error: expected }).max(max, { error: expected }).default(def);
}

function int(min: number, max: number, def: number) {
  const expected = `expected an integer between ${min} and ${max}`;
  return z.number({ error: expected }).int({ error: expected }).min(min, { error: expected }).max(max, { error: expected }).default(def);
}

function bool(def: boolean) {
  return z.boolean({ error: 'expected true or false' }).default(def);
}

const finite = z.number().refine(Number.isFinite);

function vec3(def: Vec3, bound = 10) {
  const expected = `expected an array of 3 numbers, each between ${-bound} and ${bound} (m)`;
  return z
    .tuple([finite, finite, finite], { error: expected })
    .refine((v) => v.every((x) => Math.abs(x) <= bound), { error: expected })
    .default(def);
}

function unitQuat(def: Quat) {
  const expected = 'expected a unit quaternion [x, y, z, w] (norm within 1e-6 of 1)';
  return z
    .tuple([finite, finite, finite, finite], { error: expected })
    .refine((q) => Math.abs(Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]) - 1) <= 1e-6, { error: expected })
    .default(def);
}

const boxWorkspace = z.strictObject({
  shape: z.literal('box'),
  /** Lower corner of the tool-tip box, RCM frame, m. */
  minM: vec3([-0.15, -0.15, -0.25], 1),
  /** Upper corner, m. z stays below the RCM (the body wall): the tip never leaves the patient side. */
  maxM: vec3([0.15, 0.15, -0.03], 1),
});

const cylinderWorkspace = z.strictObject({
  shape: z.literal('cylinder'),
  /** Cylinder about the z axis through the RCM. */
  radiusM: num(0.005, 1, 0.15),
  zMinM: num(-1, 1, -0.25),
  zMaxM: num(-1, 1, -0.03),
});

const workspace = z
  .discriminatedUnion('shape', [boxWorkspace, cylinderWorkspace], { error: "expected { shape: 'box', minM, maxM } or { shape: 'cylinder', radiusM, zMinM, zMaxM }" })
  .prefault({ shape: 'box' });

/** Home pose of the dVRK Classic PSM + LND 400006 at joints [0, 0, 0.12, 0, 0, 0] (forward kinematics). */
export const DVRK_PSM_HOME_POSE = {
  position: [0, 0, -0.1135] as Vec3,
  orientation: [Math.SQRT1_2, Math.SQRT1_2, 0, 0] as Quat,
};

export const coreConfigSchema = z
  .strictObject({
    /** Arm this core drives (MotionFrame.arm_id); frames for other arms are refused. */
    armId: int(0, 65535, 0),
    /** Control rate the step is called at, Hz. Designs the tremor filter; actual tick times come from nowNs. */
    controlRateHz: num(100, 10000, 1000),
    /** Hold when the playout point is this far past the last frame received (MoveIt Servo's 0.1 s). */
    staleLinkTimeoutS: num(0.01, 2, 0.1),
    playout: z
      .strictObject({
        /** Bounds on D, the playout delay beyond the clock offset (capture + D is when a frame plays). */
        minDelayS: num(0, 3, 0.01),
        maxDelayS: num(0.01, 3, 0.6),
        /** D = quantile of the measured one-way delays over the window + margin. */
        quantile: num(0.5, 0.999, 0.95),
        marginS: num(0, 0.5, 0.01),
        windowS: num(0.5, 60, 5),
        /** Largest rate of change of D, s per s: raising D slows playback to (1 - slewUp) of real time. */
        slewUpPerS: num(0.001, 0.5, 0.1),
        /** Lowering D plays faster; kept slow because speeding the surgeon's motion up is the riskier way. */
        slewDownPerS: num(0.001, 0.5, 0.02),
        /** Largest capture-time gap between two received frames that is bridged by interpolation. */
        maxGapS: num(0.005, 2, 0.25),
        /** After extrapolating, the switch back to real frames is blended over this time (no step). */
        recoveryS: num(0, 0.5, 0.05),
      })
      .prefault({}),
    prediction: z
      .strictObject({
        /** Extrapolate at most this far past the newest frame; velocity decays linearly to zero over it. */
        horizonS: num(0, 1, 0.1),
        /** Velocity is estimated over at least this much capture time (noise vs responsiveness). */
        velocityBaseS: num(0.001, 0.2, 0.02),
      })
      .prefault({}),
    clock: z
      .strictObject({
        /** Probe bounds are intersected per bucket of this length (the tightest of each side kept). */
        bucketS: num(0.1, 60, 1),
        /** Number of buckets in the window (window = bucketS * buckets; frame buckets too). */
        buckets: int(2, 64, 32),
        /** Valid probes needed before the clocks count as synced. */
        minProbes: int(1, 100, 3),
        /** Synced only while the newest valid probe is younger than this. */
        syncTimeoutS: num(0.5, 600, 5),
        /** Synced only while the offset uncertainty (half the best bucket interval + drift x age) is below this. */
        maxUncertaintyS: num(0.0001, 5, 0.5),
        /** Probes with a longer RTT are ignored. */
        maxRttS: num(0.001, 10, 2),
        /** A sample is inconsistent when it is this much beyond its own rtt/2 bound (3 in a row: clock step). */
        stepToleranceS: num(0, 1, 0.002),
        /** Fallback (no probes): bucket length of the min-filtered receive-minus-capture. */
        frameBucketS: num(0.05, 60, 1),
      })
      .prefault({}),
    mapping: z
      .strictObject({
        /** Tool/master translation ratio (0.2 = 5:1, the dVRK default). */
        motionScale: num(0.01, 1, 0.2),
        /** SET_SCALE accepts [motionScaleMin, motionScaleMax] (10:1 .. 1:1). */
        motionScaleMin: num(0.01, 1, 0.1),
        motionScaleMax: num(0.01, 1, 1),
        /** Master and tool orientations must agree within this to engage or resume, rad (5 deg). */
        alignmentToleranceRad: num(0.001, 0.5, 5 * DEG),
        /** Rotation from the console frame to the tool base (RCM) frame, unit quaternion [x, y, z, w]. */
        registration: unitQuat([0, 0, 0, 1]),
        tremor: z
          .strictObject({
            enabled: bool(true),
            /** Stop band, Hz (physiological tremor). Attenuation is at least stopbandDb across it. */
            lowHz: num(1, 100, 6),
            highHz: num(1, 200, 12),
            /** Order of the low-pass prototype; the band-stop filter has twice this order. */
            order: int(1, 6, 4),
            // With look-ahead (no added delay). 25 dB by default: the link's own errors (a bridged tip
            // revised, an outage) land in the band too, so a 20 dB design measured -16.9..-21.2 dB end to end
            // on a lossy link, 25 dB -18.4..-23.4 (bench/tremor.bench.mjs). Causal: causalStopbandDb.
            stopbandDb: num(3, 80, 25),
            /**
             * Stop-band attenuation when the filter has to run causal (the buffer holds too little future),
             * dB. Causal, the link's own errors go through the band-stop as well, so 20 dB measures -21.7 dB
             * end to end on a clean link, and every dB costs delay: 28.9 ms at 1 Hz at 20 dB, 35.8 ms at 25.
             */
            causalStopbandDb: num(3, 80, 20),
            /**
             * Read the filter's input ahead of the playout point, from frames the jitter buffer already
             * holds, so that it adds no delay at voluntary frequencies (falls back to causal, reported in
             * the outputs, when the buffer holds too little future). false: always causal (~29 ms).
             */
            lookAhead: bool(true),
            /**
             * How the look-ahead bridges a buffer holding less future than it reads: 'tremor-model' (default)
             * feeds the filter a model of the hand (voluntary motion extrapolated with its acceleration + the
             * tremor continued as a fitted sinusoid); 'input' extrapolates the raw hand into the filter (the
             * tremor's extrapolation error leaks: ~6 dB less rejection, more jerk); 'output' extrapolates the
             * filter's output past the newest frame (more tracking error on real motion). Figures:
             * packages/latency-core/README.md, "Tremor filter".
             */
            bridge: z.enum(['output', 'input', 'tremor-model'], { error: "expected 'output', 'input' or 'tremor-model'" }).default('tremor-model'),
          })
          .prefault({}),
        jaw: z
          .strictObject({
            /** Jaw angle at grip 0 (open) and grip 1 (closed), rad. Negative closes with force (dVRK). */
            openRad: num(-2, 2, 1.0),
            closedRad: num(-2, 2, -0.1),
            /** Hard range of the jaw setpoint (LND 400006: -0.698 .. 1.396 rad). */
            minRad: num(-2, 2, -0.698132),
            maxRad: num(-2, 2, 1.39626),
            maxSpeedRadps: num(0.01, 50, 2),
          })
          .prefault({}),
      })
      .prefault({}),
    limits: z
      .strictObject({
        /** Tool-tip workspace about the RCM. The defaults contain the real dVRK motion and the home pose. */
        workspace,
        maxLinearSpeedMps: num(0.001, 1, 0.25),
        maxLinearAccelMps2: num(0.01, 50, 2.5),
        maxAngularSpeedRadps: num(0.01, 20, 4),
        maxAngularAccelRadps2: num(0.1, 1000, 40),
        /** Any motion can be brought to rest within this time (checked against speed / accel). */
        stopTimeS: num(0.01, 5, 0.25),
        /** Jump rejection: a frame implying a faster hand (master side) is refused. */
        maxHandSpeedMps: num(0.1, 100, 2),
        maxHandAngularSpeedRadps: num(1, 1000, 25),
        /** After this long of consecutive rejected frames, the newest one becomes the new reference. */
        jumpResyncS: num(0.01, 10, 0.5),
        /** Longest tick interval integrated in one step (a stalled loop never makes a long step). */
        maxDtS: num(0.0001, 0.1, 0.01),
        /** HOME moves at this fraction of the speed and acceleration limits. */
        homeSpeedFraction: num(0.01, 1, 0.25),
      })
      .prefault({}),
    link: z
      .strictObject({
        /** ENGAGE is refused above this one-way delay (when clocks are synced by probes). */
        engageMaxOneWayDelayS: num(0.001, 10, 0.5),
        /** A warning event above this one-way delay. */
        warnOneWayDelayS: num(0.001, 10, 0.15),
        /** Following holds above this one-way delay. */
        holdOneWayDelayS: num(0.001, 10, 0.5),
        /** Following holds above this loss ratio, and resumes below half of it. */
        maxLossRatio: num(0.01, 1, 0.3),
        lossWindowS: num(0.1, 60, 1),
        /** A hold resumes only after the link has been good for this long (no flapping). */
        resumeFreshS: num(0, 10, 0.2),
      })
      .prefault({}),
    trackingError: z
      .strictObject({
        /** Measured vs commanded tool tip distance that faults, m... */
        limitM: num(0.0001, 0.1, 0.005),
        /** ... when exceeded for longer than this, s. */
        timeS: num(0, 5, 0.05),
        /**
         * The arm may trail its setpoint by up to this much time before the distance counts as error, s.
         * The real dVRK PSM2 (and the sim fitted to it) trails by ~47 ms at steady speed; 0 compares with
         * the newest setpoint only. At most 0.25 s (the setpoint history kept).
         */
        lagWindowS: num(0, 0.25, 0.1),
      })
      .prefault({}),
    engage: z
      .strictObject({
        /** ENGAGING gives up (back to IDLE) when no playable frame comes within this time. */
        timeoutS: num(0.05, 30, 1),
      })
      .prefault({}),
    home: z
      .strictObject({
        /** Target of the HOME command, RCM frame. Default: dVRK PSM at joints [0, 0, 0.12, 0, 0, 0]. */
        position: vec3(DVRK_PSM_HOME_POSE.position, 1),
        orientation: unitQuat(DVRK_PSM_HOME_POSE.orientation),
      })
      .prefault({}),
  })
  .superRefine((c, ctx) => {
    // Relations between fields: each issue names the field that has to change.
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message, params: { relation: true, value: valueAt(c, path) } });
    if (c.playout.maxDelayS < c.playout.minDelayS) {
      issue(['playout', 'maxDelayS'], `expected at least playout.minDelayS (${c.playout.minDelayS})`);
    }
    if (c.limits.maxLinearSpeedMps / c.limits.maxLinearAccelMps2 > c.limits.stopTimeS) {
      issue(['limits', 'stopTimeS'], `expected at least maxLinearSpeedMps / maxLinearAccelMps2 = ${round(c.limits.maxLinearSpeedMps / c.limits.maxLinearAccelMps2)} s (the arm must be able to stop in time)`);
    }
    if (c.limits.maxAngularSpeedRadps / c.limits.maxAngularAccelRadps2 > c.limits.stopTimeS) {
      issue(['limits', 'stopTimeS'], `expected at least maxAngularSpeedRadps / maxAngularAccelRadps2 = ${round(c.limits.maxAngularSpeedRadps / c.limits.maxAngularAccelRadps2)} s (the arm must be able to stop in time)`);
    }
    const ws = c.limits.workspace;
    if (ws.shape === 'box') {
      for (let i = 0; i < 3; i++) {
        if (!(ws.minM[i]! < ws.maxM[i]!)) issue(['limits', 'workspace', 'maxM', i], `expected greater than minM[${i}] (${ws.minM[i]})`);
      }
    } else if (!(ws.zMinM < ws.zMaxM)) {
      issue(['limits', 'workspace', 'zMaxM'], `expected greater than zMinM (${ws.zMinM})`);
    }
    if (!insideWorkspace(c.home.position, ws)) issue(['home', 'position'], 'expected a position inside limits.workspace');
    const m = c.mapping;
    if (m.motionScaleMin > m.motionScaleMax) issue(['mapping', 'motionScaleMax'], `expected at least mapping.motionScaleMin (${m.motionScaleMin})`);
    else if (m.motionScale < m.motionScaleMin || m.motionScale > m.motionScaleMax) {
      issue(['mapping', 'motionScale'], `expected a number between mapping.motionScaleMin (${m.motionScaleMin}) and mapping.motionScaleMax (${m.motionScaleMax})`);
    }
    if (m.tremor.highHz <= m.tremor.lowHz) issue(['mapping', 'tremor', 'highHz'], `expected greater than mapping.tremor.lowHz (${m.tremor.lowHz})`);
    if (m.tremor.highHz >= 0.45 * c.controlRateHz) issue(['mapping', 'tremor', 'highHz'], `expected below 0.45 * controlRateHz (${0.45 * c.controlRateHz} Hz)`);
    const j = m.jaw;
    if (j.minRad >= j.maxRad) issue(['mapping', 'jaw', 'maxRad'], `expected greater than mapping.jaw.minRad (${j.minRad})`);
    for (const k of ['openRad', 'closedRad'] as const) {
      if (j[k] < j.minRad || j[k] > j.maxRad) issue(['mapping', 'jaw', k], `expected a number between mapping.jaw.minRad (${j.minRad}) and mapping.jaw.maxRad (${j.maxRad})`);
    }
  });

export type CoreConfig = z.output<typeof coreConfigSchema>;
export type CoreConfigInput = z.input<typeof coreConfigSchema>;
export type WorkspaceConfig = CoreConfig['limits']['workspace'];

export type ParseCoreConfigResult = { ok: true; config: CoreConfig } | { ok: false; errors: string[] };

/**
 * Validates a configuration from outside (file, environment, flags, recording). Every error reads
 * "path: value is not accepted; expected ...", e.g.
 * "limits.maxLinearSpeedMps: 7 is not accepted; expected a number between 0.001 and 1".
 */
export function parseCoreConfig(raw: unknown): ParseCoreConfigResult {
  const r = coreConfigSchema.safeParse(raw === undefined ? {} : raw);
  if (r.success) return { ok: true, config: r.data };
  const errors: string[] = [];
  // Relations between fields mean nothing while a field itself is invalid: report those first.
  const own = r.error.issues.filter((i) => !(i.code === 'custom' && (i.params as { relation?: boolean } | undefined)?.relation));
  const issues = own.length > 0 ? own : r.error.issues;
  for (const iss of issues) {
    if (iss.code === 'unrecognized_keys') {
      const accepted = acceptedKeys(iss.path as PropertyKey[], raw);
      for (const key of iss.keys) {
        const path = [...iss.path.map(String), key].join('.');
        errors.push(`${path}: unknown field; accepted fields here: ${accepted.join(', ')}`);
      }
      continue;
    }
    const path = iss.path.length === 0 ? '(config)' : iss.path.map(String).join('.');
    const given = valueAt(raw, iss.path as PropertyKey[]);
    // A relation can fail on a field left at its default: show the default the check saw.
    const seen = iss.code === 'custom' ? (iss.params as { value?: unknown } | undefined)?.value : undefined;
    const value = given === undefined && seen !== undefined ? `${show(seen)} (default)` : show(given);
    errors.push(`${path}: ${value} is not accepted; ${expectedText(iss.message)}`);
  }
  return { ok: false, errors };
}

/** Parses or throws one Error listing every problem (for code paths where config is already trusted). */
export function coreConfig(raw: unknown = {}): CoreConfig {
  const r = parseCoreConfig(raw);
  if (!r.ok) throw new Error(`invalid latency-core config:\n  ${r.errors.join('\n  ')}`);
  return r.config;
}

export function insideWorkspace(p: Vec3, ws: WorkspaceConfig): boolean {
  if (ws.shape === 'box') {
    for (let i = 0; i < 3; i++) if (p[i]! < ws.minM[i]! || p[i]! > ws.maxM[i]!) return false;
    return true;
  }
  return p[0] * p[0] + p[1] * p[1] <= ws.radiusM * ws.radiusM && p[2] >= ws.zMinM && p[2] <= ws.zMaxM;
}

function expectedText(message: string): string {
  if (message.startsWith('expected')) return message;
  // zod's own texts ("Invalid input: expected number, received string") keep their wording.
  return `expected ${message.replace(/^Invalid input: expected /, '').replace(/^Invalid input/, 'valid input')}`;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  // (used on both the raw input and the parsed config)
  let v: unknown = raw;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function show(v: unknown): string {
  if (v === undefined) return '(absent)';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  try {
    const s = JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return String(v);
  }
}

/** The field names the schema accepts at a path (for "unknown field" errors). */
function acceptedKeys(path: readonly PropertyKey[], raw: unknown): string[] {
  let schema: z.ZodType = coreConfigSchema;
  let value: unknown = raw;
  for (const k of path) {
    const obj = objectShape(schema, value);
    const next = obj?.[String(k)];
    if (!next) return [];
    schema = next;
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[k] : undefined;
  }
  return Object.keys(objectShape(schema, value) ?? {});
}

function objectShape(schema: z.ZodType, value: unknown): Record<string, z.ZodType> | undefined {
  // Unwrap defaults/prefaults/pipes/effects down to the object (or the union member for `value`).
  let s: unknown = schema;
  for (let guard = 0; guard < 10; guard++) {
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return undefined;
    if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
    if (def.type === 'union') {
      const opts = def.options as z.ZodType[];
      const shape = typeof value === 'object' && value !== null ? (value as { shape?: unknown }).shape : undefined;
      const hit = opts.find((o) => {
        const sh = objectShape(o, undefined);
        const lit = sh?.shape?._zod?.def as { values?: unknown[] } | undefined;
        return lit?.values?.includes(shape);
      });
      s = hit ?? opts[0];
      continue;
    }
    s = def.innerType ?? def.in ?? def.schema;
  }
  return undefined;
}
