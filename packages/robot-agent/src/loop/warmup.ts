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
// throwaway output ring. Nothing is shared with the live session: the real runtime, core, drivers,
// rings, recorder and ports are built or used only afterwards, so its first tick and its recording are
// those of a loop without warm-up (test/agent-warmup.test.ts).
import { MessageChannel } from 'node:worker_threads';
import type { ArmReading, ArrivedArmsFrame, ArrivedFrame, CoreCommandType, HandSample, MasterFrame, Pose } from '@farhand/latency-core';
import { createArmsRuntime, createRuntime, isMultiArm, runArmsTick, runTick, type EffectiveConfig } from '@farhand/loop';
import { allocateLoopInputs, LoopInputReader, LoopInputWriter } from './loop-inputs.js';
import { allocateLoopOutputs, LoopOutputReader, LoopOutputWriter } from './loop-outputs.js';
import type { LoopInput, LoopMessage, Snapshot } from './messages.js';
import { TickScheduler } from './scheduler.js';
import { InputDrain } from './input-drain.js';

export const LOOP_WARMUP_ENV = 'FARHAND_LOOP_WARMUP';
/**
 * Ticks of the default warm-up (virtual time at the agent's rate), tuned with bench/loop-beside.bench.mjs
 * against the start-up it costs (measured on the 2-vCPU VM): 0.53-0.75 s for one arm. Several arms step
 * every instrument's core each tick (their compiles are larger too), so they get half as many: 0.94-1.0 s
 * for PSM1, PSM2 and the ECM.
 */
export const DEFAULT_WARMUP_TICKS = 4000;
export const DEFAULT_ARMS_WARMUP_TICKS = 2000;
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
  /** Wall time the warm-up took, ms. */
  ms: number;
}

/** Warm-up session script: agent clock minus console clock, link delay, frame and probe periods. */
const OFFSET_NS = 3600e9;
const DELAY_NS = 15e6;
const FRAME_EVERY_TICKS = 2;
const PROBE_EVERY_NS = 100e6;
const HOLD_NS = 160e6;
const SOURCE = 'warmup';
/**
 * Virtual time of the first warm-up tick, ns. The live loop's first tick comes seconds after the runtime
 * was built at time 0, so its times are doubles beyond the small-integer range (2^31): the warm-up's are
 * too, or the optimized code would be specialised for small integers and thrown away at the first live tick.
 */
const START_NS = 5e9 + 0.5e6;

/** Runs `ticks` ticks of a throwaway loop like the live one (config), in virtual time. */
export async function warmUpLoop(config: EffectiveConfig, ticks: number, nowMs: () => number): Promise<WarmupResult> {
  const t0 = nowMs();
  // Simulated arms whatever the configured driver, and no logger: nothing reaches an arm, a graph or a log.
  const sim: EffectiveConfig = { ...config, driver: 'sim' };
  const channel = new MessageChannel();
  const inRing = allocateLoopInputs(64 * 1024);
  const writer = new LoopInputWriter(inRing, channel.port1);
  const reader = new LoopInputReader(inRing, channel.port2);
  const outRing = allocateLoopOutputs(64 * 1024);
  const outReader = new LoopOutputReader(outRing, () => undefined);
  const outputs = new LoopOutputWriter(outRing, (m: LoopMessage) => outReader.port(m));
  const states: string[] = [];
  let finalState = '';
  try {
    if (ticks <= 0) return { ticks: 0, states, finalState: '', ms: 0 };
    const periodNs = 1e9 / config.controlRateHz;
    const telemetryEvery = Math.max(1, Math.round(config.controlRateHz / config.telemetryRateHz));
    const script = new WarmupScript(ticks, periodNs);
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
    const advance = (): void => {
      virtualNs = tickStartNs + 150e3;
    };
    if (isMultiArm(sim)) {
      const { core, arms } = await createArmsRuntime(sim);
      const instruments = core.arms.filter((a) => a.kind === 'INSTRUMENT').map((a) => a.armId);
      // As the live loop takes them (arms-loop.ts): the same code, the same object shapes reach the core.
      const tickIn = new InputDrain<ArrivedArmsFrame>((req) => req.hands ?? req.frame);
      for (let tick = 0; tick < ticks; tick++) {
        const nowNs = (tickStartNs = sched.waitNext().startNs);
        script.feed(writer, tick, nowNs, instruments);
        tickIn.drain(reader);
        const { readings, output } = runArmsTick(core, arms, nowNs, tickIn.tickInputs());
        tickIn.consumed();
        const first = output.arms[0]!;
        if (!states.includes(first.state)) states.push(first.state);
        finalState = first.state;
        if (output.acks.length > 0 || output.events.length > 0) outputs.post({ k: 'out', tick, timeNs: nowNs, acks: output.acks, events: output.events, state: first.state, reason: first.reason, stateChanged: true });
        if (tick % telemetryEvery === 0) {
          const snap = snapshot(tick, nowNs, readings[0]!, { ...first, core: first.core!, controllerId: tickIn.controllerId });
          snap.arms = output.arms.map((a, i) => ({
            armId: a.armId,
            name: a.name,
            kind: a.kind,
            state: a.state,
            reason: a.reason,
            measured_cp: readings[i]!.measured_cp,
            setpoint_cp: a.setpoint_cp,
            measured_js: readings[i]!.measured_js,
            jaw_measured_rad: readings[i]!.jaw_measured_rad,
            jaw_setpoint_rad: a.jaw_setpoint_rad,
            operating_state: readings[i]!.operating_state,
            master_cp: a.master_cp,
            base_frame: a.setpoint_cp,
            tipErrorM: 0,
          }));
          snap.cameraMode = output.cameraMode;
          outputs.post(snap);
        }
        outReader.read();
        advance();
      }
      for (const a of arms) await a.disable();
    } else {
      const { core, arm } = await createRuntime(sim);
      // As the live loop takes them (worker.ts): the same code, the same object shapes reach the core.
      const tickIn = new InputDrain<ArrivedFrame>((req) => req.frame);
      for (let tick = 0; tick < ticks; tick++) {
        const nowNs = (tickStartNs = sched.waitNext().startNs);
        script.feed(writer, tick, nowNs, [config.core.armId]);
        tickIn.drain(reader);
        const { reading, output } = runTick(core, arm, nowNs, tickIn.tickInputs());
        tickIn.consumed();
        if (!states.includes(output.state)) states.push(output.state);
        finalState = output.state;
        if (output.acks.length > 0 || output.events.length > 0) outputs.post({ k: 'out', tick, timeNs: nowNs, acks: output.acks, events: output.events, state: output.state, reason: output.reason, stateChanged: true });
        if (tick % telemetryEvery === 0) outputs.post(snapshot(tick, nowNs, reading, { ...output, core: output, controllerId: tickIn.controllerId }));
        outReader.read();
        advance();
      }
      await arm.disable();
    }
    return { ticks, states, finalState, ms: nowMs() - t0 };
  } finally {
    // Anything left in the throwaway port (an overflow) is dropped with it.
    channel.port1.close();
    channel.port2.close();
  }
}

type SnapOf = Pick<Snapshot, 'state' | 'reason' | 'setpoint_cp' | 'jaw_setpoint_rad' | 'master_cp' | 'controllerId'> & {
  core: { lastAppliedSeq: number; motionScale: number; masterKind: Snapshot['masterKind']; link: Snapshot['link'] };
  command?: { kind: string; q?: number[] };
};

function snapshot(tick: number, nowNs: number, reading: ArmReading, o: SnapOf): Snapshot {
  return {
    k: 'snap',
    tick,
    timeNs: nowNs,
    state: o.state,
    reason: o.reason,
    setpoint_cp: o.setpoint_cp,
    jaw_setpoint_rad: o.jaw_setpoint_rad,
    setpoint_js: o.command?.kind === 'servo_jp' && o.command.q ? o.command.q : [],
    lastAppliedSeq: o.core.lastAppliedSeq,
    master_cp: o.master_cp,
    motionScale: o.core.motionScale,
    masterKind: o.core.masterKind,
    link: o.core.link,
    measured_cp: reading.measured_cp,
    measured_js: reading.measured_js,
    jaw_measured_rad: reading.jaw_measured_rad,
    operating_state: reading.operating_state,
    controllerId: o.controllerId,
    loop: { ticks: tick + 1, overruns: 0, marginUs: 0, spinNs: 0, elapsedNs: nowNs, threadCpuS: 0 },
    samples: { periodNs: [1e6], latenessNs: [0], workNs: [0] },
  };
}

/**
 * The synthetic session, as fractions of the warm-up: control and clock probes from the start, ENGAGE
 * at 10 %, the hand moving throughout (every 13th frame lost, every 29th late by 60 ms), the camera
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

  constructor(ticks: number, periodNs: number) {
    this.#ticks = ticks;
    this.#holdTicks = Math.round(HOLD_NS / periodNs);
  }

  feed(w: LoopInputWriter, tick: number, nowNs: number, armIds: readonly number[]): void {
    const f = tick / this.#ticks;
    const at = (x: number): boolean => tick === Math.floor(x * this.#ticks);
    if (tick === 0) w.push({ k: 'control', seq: this.#seq++, controllerId: SOURCE });
    if (nowNs >= this.#nextProbeNs) {
      const t0 = nowNs - 2 * DELAY_NS - 1e5;
      const t1 = t0 + DELAY_NS - OFFSET_NS;
      w.push({ k: 'clock', seq: this.#seq++, sample: { sourceId: SOURCE, agentOriginated: true, t0Ns: t0, t1Ns: t1, t2Ns: t1 + 1e5, t3Ns: nowNs } });
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
    const captureNs = nowNs - DELAY_NS - OFFSET_NS;
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
    if (frameSeq % 29 === 28) {
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
