// A whole teleoperation session in simulation, for tests and benchmarks: a hand motion sampled on
// the console's clock, frames and clock probes sent over seeded impaired links, commands, an ideal
// arm (it reaches each setpoint by the next tick), and the core stepped at the control rate.
// Pure and seeded: the same options give the same inputs, tick for tick.
import type { ArmReading, ArrivedFrame, ClockSample, CoreCommand, CoreCommandType, CoreInput, CoreOutput, MasterFrame, MasterKind, Pose } from '../types.js';
import type { CoreConfig } from '../config.js';
import { TeleopCore } from '../core.js';
import { LinkModel, type Impairment } from './link-model.js';
import { Prng } from './prng.js';
import type { HandMotion } from './motion.js';

export interface ScenarioCommand {
  atS: number;
  type: CoreCommandType;
  sourceId?: string;
  scale?: number;
  flag?: boolean;
}

export interface ScenarioOptions {
  seed: number;
  durationS: number;
  config: CoreConfig;
  hand: HandMotion;
  initialTool: Pose;
  initialJaw?: number;
  tickJitterS?: number;
  frameRateHz?: number;
  /** Explicit capture times, s (a recording's own timing); overrides frameRateHz. */
  captureTimesS?: number[];
  up?: Partial<Impairment>;
  down?: Partial<Impairment>;
  agentStartNs?: number;
  consoleStartNs?: number;
  /** The console clock runs at (1 + driftPpm * 1e-6) of the agent's. */
  driftPpm?: number;
  /** Agent-originated probes per second, answered by the console; 0 = a client that never answers. */
  probeRateHz?: number;
  /** Frames as float32 on the wire (MotionFrame uses Vector3f / Quaternionf). */
  float32?: boolean;
  sourceId?: string;
  controllerAt?: (tS: number) => string | null;
  operatorPresentAt?: (tS: number) => boolean;
  clutchAt?: (tS: number) => boolean;
  armFaultAt?: (tS: number) => boolean;
  commands?: ScenarioCommand[];
  /** The controller's hand device, as its Hello says (absent: not said). */
  masterKind?: MasterKind;
  /**
   * Extra frames on the controller's socket (a hostile or broken client): called once per genuine frame
   * arrival with that frame and its arrival; returns frames to deliver at given times (s, agent).
   */
  inject?: (genuine: MasterFrame, arriveS: number) => Array<{ atS: number; frame: MasterFrame }>;
}

export interface TickRecord {
  k: number;
  tS: number;
  /** The console clock's reading at this tick (true, not estimated), ns. */
  consoleNowNs: number;
  input: CoreInput;
  output: CoreOutput;
}

interface Arrival {
  atS: number;
  order: number;
  frame?: ArrivedFrame;
  sample?: ClockSample;
}

export function runScenario(o: ScenarioOptions, onTick: (r: TickRecord) => void): TeleopCore {
  const rate = o.config.controlRateHz;
  const agentStart = o.agentStartNs ?? 4 * 3600e9; // the agent has been up for 4 hours
  const consoleStart = o.consoleStartNs ?? 1.5e9;
  const rho = (o.driftPpm ?? 0) * 1e-6;
  const src = o.sourceId ?? 'surgeon';
  const agentNs = (t: number) => agentStart + t * 1e9;
  const consoleNs = (t: number) => consoleStart + t * 1e9 * (1 + rho);
  const up = new LinkModel(o.up ?? {}, o.seed * 7 + 1);
  const down = new LinkModel(o.down ?? {}, o.seed * 7 + 2);
  const f32 = o.float32 ? Math.fround : (x: number) => x;

  const arrivals: Arrival[] = [];
  let order = 0;
  const captures: number[] = o.captureTimesS ?? [];
  if (!o.captureTimesS) {
    const fr = o.frameRateHz ?? 100;
    for (let k = 0; k / fr < o.durationS; k++) captures.push(k / fr);
  }
  captures.forEach((tc, seq) => {
    const h = o.hand(tc);
    const frame = {
      armId: o.config.armId,
      seq,
      captureTimeNs: Math.round(consoleNs(tc)),
      position: [f32(h.position[0]), f32(h.position[1]), f32(h.position[2])] as [number, number, number],
      orientation: [f32(h.orientation[0]), f32(h.orientation[1]), f32(h.orientation[2]), f32(h.orientation[3])] as [number, number, number, number],
      grip: f32(h.grip),
      clutch: o.clutchAt ? o.clutchAt(tc) : false,
      operatorPresent: o.operatorPresentAt ? o.operatorPresentAt(tc) : true,
    };
    for (const at of up.transmit(tc)) {
      arrivals.push({ atS: at, order: order++, frame: { frame, receiveTimeNs: Math.round(agentNs(at)), sourceId: src } });
      for (const x of o.inject ? o.inject(frame, at) : []) {
        arrivals.push({ atS: x.atS, order: order++, frame: { frame: x.frame, receiveTimeNs: Math.round(agentNs(x.atS)), sourceId: src } });
      }
    }
  });
  const pr = o.probeRateHz ?? 0;
  if (pr > 0) {
    for (let j = 0; j / pr < o.durationS; j++) {
      const t = j / pr;
      const there = down.transmit(t)[0];
      if (there === undefined) continue;
      const reply = there + 0.0001;
      const back = up.transmit(reply)[0];
      if (back === undefined) continue;
      arrivals.push({
        atS: back,
        order: order++,
        sample: {
          sourceId: src,
          agentOriginated: true,
          t0Ns: Math.round(agentNs(t)),
          t1Ns: Math.round(consoleNs(there)),
          t2Ns: Math.round(consoleNs(reply)),
          t3Ns: Math.round(agentNs(back)),
        },
      });
    }
  }
  arrivals.sort((a, b) => a.atS - b.atS || a.order - b.order);
  const commands = [...(o.commands ?? [])].sort((a, b) => a.atS - b.atS);

  let measured: Pose = o.initialTool;
  let jaw = o.initialJaw ?? 0;
  const reading = (t: number): ArmReading => {
    const fault = o.armFaultAt ? o.armFaultAt(t) : false;
    const r: ArmReading = {
      timeNs: agentNs(t),
      ageNs: 0,
      measured_js: [0, 0, 0.12, 0, 0, 0],
      measured_cp: measured,
      jaw_measured_rad: jaw,
      operating_state: fault ? 'FAULT' : 'ENABLED',
      is_homed: true,
      is_busy: false,
    };
    if (fault) {
      r.fault = 'TEST_FAULT';
      r.faultMessage = 'injected by the scenario';
    }
    return r;
  };
  const core = new TeleopCore(o.config, { nowNs: agentNs(0), arm: reading(0) });
  const jitter = new Prng(o.seed * 7 + 3);
  let ai = 0;
  let ci = 0;
  let cmdId = 1;
  const nTicks = Math.floor(o.durationS * rate);
  for (let k = 1; k <= nTicks; k++) {
    const tS = k / rate + (o.tickJitterS ? jitter.next() * o.tickJitterS : 0);
    const frames: ArrivedFrame[] = [];
    const samples: ClockSample[] = [];
    while (ai < arrivals.length && arrivals[ai]!.atS <= tS) {
      const a = arrivals[ai++]!;
      if (a.frame) frames.push(a.frame);
      if (a.sample) samples.push(a.sample);
    }
    const cmds: CoreCommand[] = [];
    while (ci < commands.length && commands[ci]!.atS <= tS) {
      const c = commands[ci++]!;
      const cmd: CoreCommand = { id: cmdId++, sourceId: c.sourceId ?? src, type: c.type };
      if (c.scale !== undefined) cmd.scale = c.scale;
      if (c.flag !== undefined) cmd.flag = c.flag;
      cmds.push(cmd);
    }
    const input: CoreInput = {
      nowNs: agentNs(tS),
      frames,
      clockSamples: samples,
      commands: cmds,
      controllerId: o.controllerAt ? o.controllerAt(tS) : src,
      arm: reading(tS),
    };
    if (o.masterKind) input.masterKind = o.masterKind;
    const output = core.step(input);
    const cmd = output.command;
    if (cmd.kind === 'servo_cp') {
      measured = cmd.pose;
      jaw = cmd.jaw_rad;
    }
    onTick({ k, tS, consoleNowNs: consoleNs(tS), input, output });
  }
  return core;
}
