// Warm-up of the loop thread's hot code before the loop goes live (issue 18). The loop isolate optimizes
// synchronously, on the loop thread (host.ts: --no-concurrent-recompilation), so every TurboFan compile
// of the core's step, the drivers and the input/output codecs happens inside a tick. Beside a browser
// those compiles took up to ~58 ms each in the first seconds of a session (bench/loop-beside.bench.mjs).
// Here they happen before the loop reports ready: a throwaway runtime of the same kind (one arm or
// several, the same core config) on SIMULATED arms whatever the configured driver (no real arm, no ROS
// graph is ever touched), stepped in virtual time (no sleeping) through a synthetic session: clock
// probes, control, engage, a moving hand (one- or two-handed) with lost and late frames, a clutch, a
// link hold, the camera pedal (several arms), disengage. Its inputs go through a throwaway input ring
// (encode, ring, decode: the objects the core sees have the live shapes) and its outputs through a
// throwaway output ring; its ticks are the live loop's own tick body (one-arm-tick.ts, arms-tick.ts). It runs in
// WARMUP_ROUNDS, each on a fresh runtime, the later ones varying the session (below). Nothing is shared
// with the live session: the real runtime, core, drivers,
// rings, recorder and ports are built or used only afterwards, so its first tick and its recording are
// those of a loop without warm-up (test/agent-warmup.test.ts).
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { ArmDriver, ArrivedFrame, CoreCommandType, HandSample, MasterFrame, Pose } from '@farhand/latency-core';
import { createArmsRuntime, createRuntime, isMultiArm, type EffectiveConfig } from '@farhand/loop';
import { allocateLoopInputs, LoopInputReader, LoopInputWriter } from './loop-inputs.js';
import { allocateLoopOutputs, LoopOutputReader, LoopOutputWriter } from './loop-outputs.js';
import type { LoopInput, LoopMessage } from './messages.js';
import { TickScheduler } from './scheduler.js';
import { OneArmTicker } from './one-arm-tick.js';
import { ArmsTicker, cartBases } from './arms-tick.js';
import { threadCpuSeconds } from './thread-cpu.js';

export const LOOP_WARMUP_ENV = 'FARHAND_LOOP_WARMUP';
/**
 * Ticks of the default warm-up (virtual time at the agent's rate), tuned with bench/loop-beside.bench.mjs
 * against the start-up it costs (measured on the 2-vCPU VM): 0.53-0.75 s for one arm. Several arms step
 * every instrument's core each tick (their compiles are larger too), so they get half as many: 0.94-1.0 s
 * for PSM1, PSM2 and the ECM.
 */
export const DEFAULT_WARMUP_TICKS = 8000;
export const DEFAULT_ARMS_WARMUP_TICKS = 4000;
export const MAX_WARMUP_TICKS = 100_000;

/** FARHAND_LOOP_WARMUP: ticks of warm-up, 0 to skip it; unset or empty: the default for one arm or several. */
export function loopWarmupTicks(env: NodeJS.ProcessEnv, severalArms = false): number {
  const dflt = severalArms ? DEFAULT_ARMS_WARMUP_TICKS : DEFAULT_WARMUP_TICKS;
  const v = env[LOOP_WARMUP_ENV];
  if (v === undefined || v.trim() === '') return dflt;
  const n = Number(v.trim());
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n > MAX_WARMUP_TICKS) {
    throw new Error(`${LOOP_WARMUP_ENV} must be a whole number of warm-up ticks from 0 (no warm-up) to ${MAX_WARMUP_TICKS}, or unset for the default (${DEFAULT_WARMUP_TICKS} for one arm, ${DEFAULT_ARMS_WARMUP_TICKS} for several); got ${JSON.stringify(v)}`);
  }
  return n;
}

export interface WarmupResult {
  ticks: number;
  /** Supervisor states the warm-up's (first) arm went through, in order of first visit. */
  states: string[];
  /** Its state after the last tick (IDLE: the script disengaged). */
  finalState: string;
  /** Event codes the warm-up's cores emitted, in order of first emission (what the script reached). */
  codes: string[];
  /** Wall time the warm-up took, ms. */
  ms: number;
}

/** Warm-up session script: agent clock minus console clock, link delay, frame and probe periods. */
const OFFSET_NS = 3600e9;
const DELAY_NS = 15e6;
const FRAME_EVERY_TICKS = 2;
const PROBE_EVERY_NS = 100e6;
const HOLD_NS = 160e6;
/**
 * Later rounds: the loop is held up once for this long (virtual time jumps; the scheduler skips the missed
 * slots as it does live), at 72 % of the round, while the link is on hold. Longer than nothing, shorter than
 * the clock filter's sync timeout (5 s): it ages every sample out of the delay window (5 s), which a live
 * session does after its first 5 s and a round of a few thousand virtual milliseconds never would.
 */
const STALL_NS = 4.6e9;
/** Later rounds: the frames' extra delay, 0 to JITTER_NS, a sine of this period (its slope stays below 1: no reordering). */
const JITTER_NS = 40e6;
const JITTER_PERIOD_NS = 0.4e9;
/** Later rounds: no input before this share of the round, no clock probe before the next. */
const QUIET_UNTIL = 0.02;
const PROBES_FROM = 0.05;
/** Later rounds, after the stall: the frames' extra one-way delay (the core warns above 150 ms). */
const SLOW_LINK_NS = 150e6;
/** Every n-th frame arrives 60 ms late: first round, the 95 % delay quantile ignores them; later rounds, it does not
 * (the playout delay grows, the buffer holds enough future for the tremor filter's look-ahead mode). */
const LATE_EVERY = [29, 10] as const;
const SOURCE = 'warmup';
const OBSERVER = 'warmup-observer';
/**
 * Virtual time of the first warm-up tick, ns. The live loop's first tick comes seconds after the runtime
 * was built at time 0, so its times are doubles beyond the small-integer range (2^31): the warm-up's are
 * too, or the optimized code would be specialised for small integers and thrown away at the first live tick.
 */
const START_NS = 5e9 + 0.5e6;

/**
 * The warm-up's rounds, as shares of its ticks: each on a fresh throwaway runtime, rings and scheduler.
 * One round is not enough (bench/loop-beside.bench.mjs with --trace-deopt, issue 18): the first objects
 * of each class settle their hidden classes (a field's representation widened, an array's element kind)
 * while they run, so the code optimized on them was thrown away at the live runtime's first ticks ("wrong
 * map", then a synchronous recompile of each). A second runtime meets that code and has it optimized
 * again on the settled shapes; a third is what the live one then looks like (offline, the same script in
 * three rounds: 121, 36-44, 8 optimizing compiles). Later rounds also vary what the first never did: the
 * controller's hand-device kind and clock probes from a second console session (both in live sessions).
 */
export const WARMUP_ROUNDS: readonly number[] = [0.5, 0.3, 0.2];

/** Runs `ticks` ticks of throwaway loops like the live one (config), in virtual time, in WARMUP_ROUNDS. */
export async function warmUpLoop(config: EffectiveConfig, ticks: number, nowMs: () => number): Promise<WarmupResult> {
  const t0 = nowMs();
  const states: string[] = [];
  const codes: string[] = [];
  if (ticks <= 0) return { ticks: 0, states, finalState: '', codes, ms: 0 };
  let finalState = '';
  let done = 0;
  for (let r = 0; r < WARMUP_ROUNDS.length; r++) {
    const n = r === WARMUP_ROUNDS.length - 1 ? ticks - done : Math.round(ticks * WARMUP_ROUNDS[r]!);
    if (n <= 0) continue;
    finalState = await warmUpRound(config, n, r, states, codes);
    done += n;
  }
  return { ticks: done, states, finalState, codes, ms: nowMs() - t0 };
}

/** One round: `ticks` ticks of a fresh throwaway loop; adds the states and event codes it meets, returns its last state. */
async function warmUpRound(config: EffectiveConfig, ticks: number, round: number, states: string[], codes: string[]): Promise<string> {
  // Simulated arms whatever the configured driver, and no logger: nothing reaches an arm, a graph or a log.
  const sim: EffectiveConfig = { ...config, driver: 'sim' };
  const channel = new MessageChannel();
  const ports: MessagePort[] = [];
  const inRing = allocateLoopInputs(64 * 1024);
  const writer = new LoopInputWriter(inRing, channel.port1);
  const reader = new LoopInputReader(inRing, channel.port2);
  const outRing = allocateLoopOutputs(64 * 1024);
  const outReader = new LoopOutputReader(outRing, () => undefined);
  const outputs = new LoopOutputWriter(outRing, (m: LoopMessage) => outReader.port(m));
  let finalState = '';
  try {
    const periodNs = 1e9 / config.controlRateHz;
    const script = new WarmupScript(ticks, periodNs, round > 0);
    // The scheduler on a virtual clock: each reading advances it 1 us, a "sleep" returns 20 us after it
    // was asked to and a tick's work takes 150 us, so waitNext runs its sleep, spin and margin paths
    // without ever sleeping.
    let virtualNs = START_NS - periodNs / 2;
    const sched = new TickScheduler(periodNs, START_NS, {
      nowNs: () => (virtualNs += 1e3),
      sleepMs: (ms) => {
        virtualNs += Math.round(ms * 1e6) + 20e3;
      },
    });
    let tickStartNs = 0;
    const stallAt = round > 0 ? Math.floor(0.72 * ticks) : -1;
    const advance = (): void => {
      virtualNs = Math.max(virtualNs, tickStartNs + 150e3);
    };
    // Each loop's own tick body (one-arm-tick.ts, arms-tick.ts), on throwaway everything: its tick rows go
    // to a port nobody reads (closed below), its messages to the throwaway output ring.
    const recorder = new MessageChannel();
    ports.push(recorder.port1, recorder.port2);
    const shared = new Float64Array(2);
    const track = (m: LoopMessage): void => {
      if (m.k !== 'out') return;
      if (!states.includes(m.state)) states.push(m.state);
      for (const e of m.events) if (!codes.includes(e.code)) codes.push(e.code);
      finalState = m.state;
    };
    // The functions it is given (post, nowNs, cpuSeconds) differ between the first round and the later ones
    // (two sources each), so V8's feedback at their calls is generic by the end, as it must be for the live
    // loop's own (a third): a call site that only ever saw one function is optimized for it and its code is
    // thrown away at the first call of another.
    const common = {
      config: sim,
      sched,
      startAtNs: START_NS,
      inputs: reader,
      post:
        round === 0
          ? (m: LoopMessage): void => {
              track(m);
              outputs.post(m);
            }
          : function laterPost(m: LoopMessage): void {
              track(m);
              outputs.post(m);
            },
      recorder: recorder.port1,
      reuseRows: true,
      shared,
      nowNs: round === 0 ? () => (virtualNs += 1e3) : function later(): number {
        return (virtualNs += 1e3);
      },
      cpuSeconds: round === 0 ? threadCpuSeconds : () => threadCpuSeconds(),
    };
    let drivers: readonly ArmDriver[];
    let ticker: { tick(): unknown };
    let armIds: number[];
    if (isMultiArm(sim)) {
      const { core, arms } = await createArmsRuntime(sim);
      drivers = arms;
      armIds = core.arms.filter((a) => a.kind === 'INSTRUMENT').map((a) => a.armId);
      ticker = new ArmsTicker({ ...common, core, arms, bases: cartBases(core.arms) });
    } else {
      const { core, arm } = await createRuntime(sim);
      drivers = [arm];
      armIds = [config.core.armId];
      ticker = new OneArmTicker({ ...common, core, arm });
    }
    for (let tick = 0; tick < ticks; tick++) {
      if (tick === stallAt) virtualNs += STALL_NS;
      // The inputs of the coming tick arrive just before its slot (or, after the stall, before its end).
      script.feed(writer, tick, Math.max(sched.nextDeadlineNs, virtualNs), armIds);
      ticker.tick();
      outReader.read();
      // shared[1]: the next slot; this tick started at the one before it (missed slots are skipped).
      tickStartNs = shared[1]! - periodNs;
      advance();
    }
    for (const a of drivers) await a.disable();
    return finalState;
  } finally {
    // Anything left in the throwaway ports (an overflow, tick rows) is dropped with them.
    channel.port1.close();
    channel.port2.close();
    for (const p of ports) p.close();
  }
}

/**
 * The synthetic session, as fractions of the warm-up: control and clock probes from the start, ENGAGE
 * at 10 %, the hand moving throughout (every 13th frame lost, every 29th late by 60 ms; every 10th in later rounds), the camera
 * pedal (several arms) at 40-48 %, the clutch at 55-62 %, no frames for 160 ms from 70 % (a link hold), a second
 * ENGAGE at 78 % (re-engage after the hold, if it disengaged), DISENGAGE at 95 %.
 */
class WarmupScript {
  #seq = 0;
  #frameSeq = 0;
  #cmdId = 1;
  #nextProbeNs = 0;
  readonly #late: Array<{ atNs: number; input: LoopInput }> = [];
  readonly #ticks: number;
  /** Ticks of the link outage (160 ms: past the core's stale-link threshold, so it holds). */
  readonly #holdTicks: number;
  /** Later rounds: the controller's device kind is known, and a second console session answers probes. */
  readonly #varied: boolean;

  constructor(ticks: number, periodNs: number, varied: boolean) {
    this.#ticks = ticks;
    this.#holdTicks = Math.round(HOLD_NS / periodNs);
    this.#varied = varied;
  }

  feed(w: LoopInputWriter, tick: number, nowNs: number, armIds: readonly number[]): void {
    const f = tick / this.#ticks;
    const at = (x: number): boolean => tick === Math.floor(x * this.#ticks);
    // Later rounds: nobody connected for the first 2 % (empty inputs, as a live loop's first ticks), then
    // control and frames, and clock probes only from 5 % (frames before the clock syncs: when it does, the
    // delays are re-estimated and the playout point is set anew).
    if (this.#varied && f < QUIET_UNTIL) return;
    if (at(this.#varied ? QUIET_UNTIL : 0)) w.push(this.#varied ? { k: 'control', seq: this.#seq++, controllerId: SOURCE, masterKind: 'UNACTUATED' } : { k: 'control', seq: this.#seq++, controllerId: SOURCE });
    if (nowNs >= this.#nextProbeNs && (!this.#varied || f >= PROBES_FROM)) {
      const t0 = nowNs - 2 * DELAY_NS - 1e5;
      const t1 = t0 + DELAY_NS - OFFSET_NS;
      w.push({ k: 'clock', seq: this.#seq++, sample: { sourceId: SOURCE, agentOriginated: true, t0Ns: t0, t1Ns: t1, t2Ns: t1 + 1e5, t3Ns: nowNs } });
      // Another console's session (its clock 2 s from the first's): the core keeps a filter for it too.
      if (this.#varied) w.push({ k: 'clock', seq: this.#seq++, sample: { sourceId: OBSERVER, agentOriginated: true, t0Ns: t0, t1Ns: t1 + 2e9, t2Ns: t1 + 2e9 + 1e5, t3Ns: nowNs } });
      this.#nextProbeNs += PROBE_EVERY_NS;
    }
    if (at(0.1) || at(0.78)) this.#command(w, 'ENGAGE');
    if (at(0.95)) this.#command(w, 'DISENGAGE');
    for (let i = 0; i < this.#late.length; i++) {
      const l = this.#late[i]!;
      if (l.atNs > nowNs) continue;
      w.push({ ...l.input, seq: this.#seq++ } as LoopInput);
      this.#late.splice(i--, 1);
    }
    const holdFrom = Math.floor(0.7 * this.#ticks);
    if (tick % FRAME_EVERY_TICKS !== 0 || (tick >= holdFrom && tick < holdFrom + this.#holdTicks)) return;
    const frameSeq = this.#frameSeq++;
    if (frameSeq % 13 === 12) return;
    // Later rounds: the frames' delay swings 15-55 ms (in order: it never falls faster than time passes), so
    // the playout delay grows and the tremor filter takes its look-ahead mode at the next restart.
    const jitterNs = this.#varied ? JITTER_NS * (0.5 + 0.5 * Math.sin((2 * Math.PI * nowNs) / JITTER_PERIOD_NS)) : 0;
    // Later rounds, after the stall: 150 ms more on the frames (not the probes), a one-way delay past the warning.
    const slowNs = this.#varied && f >= 0.72 ? SLOW_LINK_NS : 0;
    const captureNs = nowNs - DELAY_NS - jitterNs - slowNs - OFFSET_NS;
    const clutch = f >= 0.55 && f < 0.62;
    const camera = armIds.length > 1 && f >= 0.4 && f < 0.48;
    const hands: HandSample[] = armIds.map((armId, i) => ({ armId, ...handPose(nowNs, i), grip: 0.3 + 0.2 * Math.sin(nowNs * 2e-9), clutch }));
    const lead = hands[0]!;
    const frame: MasterFrame = { armId: lead.armId, seq: frameSeq, captureTimeNs: captureNs, position: lead.position, orientation: lead.orientation, grip: lead.grip, clutch, operatorPresent: true };
    const arrived: ArrivedFrame = { frame, receiveTimeNs: nowNs, sourceId: SOURCE };
    const input: LoopInput =
      armIds.length > 1
        ? { k: 'frame', seq: 0, frame: arrived, hands: { frame: { seq: frameSeq, captureTimeNs: captureNs, operatorPresent: true, camera, hands }, receiveTimeNs: nowNs, sourceId: SOURCE } }
        : { k: 'frame', seq: 0, frame: arrived };
    const lateEvery = LATE_EVERY[this.#varied ? 1 : 0];
    if (frameSeq % lateEvery === lateEvery - 1) {
      // Late: arrives 60 ms later (after newer frames), with that arrival time.
      const lateNs = nowNs + 60e6;
      const late = { ...arrived, receiveTimeNs: lateNs };
      this.#late.push({ atNs: lateNs, input: input.k === 'frame' && input.hands ? { ...input, frame: late, hands: { ...input.hands, receiveTimeNs: lateNs } } : { ...input, frame: late } });
      return;
    }
    w.push({ ...input, seq: this.#seq++ });
  }

  #command(w: LoopInputWriter, type: CoreCommandType): void {
    w.push({ k: 'command', seq: this.#seq++, command: { id: this.#cmdId++, sourceId: SOURCE, type } });
  }
}

/** A slow figure of eight a few cm wide, per hand, in the console frame; orientation near the default tool's. */
function handPose(nowNs: number, hand: number): Pick<Pose, 'position' | 'orientation'> {
  const s = nowNs * 1e-9;
  const side = hand === 0 ? 1 : -1;
  const position: [number, number, number] = [0.1 * side + 0.02 * Math.sin(1.3 * s), 0.015 * Math.sin(2.6 * s), 0.2 + 0.01 * Math.cos(0.9 * s)];
  const a = 0.05 * Math.sin(0.7 * s);
  const c = Math.cos(a / 2);
  const z = Math.sin(a / 2);
  // The default tool's orientation ([1/sqrt2, 1/sqrt2, 0, 0]) turned slightly about z.
  const orientation: [number, number, number, number] = [Math.SQRT1_2 * c, Math.SQRT1_2 * c, Math.SQRT1_2 * z, -Math.SQRT1_2 * z];
  return { position, orientation };
}
