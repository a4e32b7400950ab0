// Shared types: the arm interface (every driver implements it: the simulator now, CRTK/ROS next) and
// the core's step contract. This file is the agreement between latency-core, sim, robot-agent,
// the console and replay: extend it, do not change the meaning of what is here.
//
// Conventions: SI units; times are agent-monotonic nanoseconds held in a JS number (double);
// poses are in the PSM base frame whose origin is the remote centre of motion (RCM).

/** [x, y, z] in metres (or m/s, rad/s where named). */
export type Vec3 = [number, number, number];
/** Unit quaternion [x, y, z, w], Hamilton convention. */
export type Quat = [number, number, number, number];

/** A Cartesian pose, CRTK "cp". */
export interface Pose {
  position: Vec3;
  orientation: Quat;
}

// ------------------------------------------------------------------------------------------------
// Arm interface (ros2_control / CRTK spirit)

/** CRTK operating state. */
export type OperatingState = 'DISABLED' | 'ENABLED' | 'PAUSED' | 'FAULT';

/** What one read() returns: the newest measurement of the arm. */
export interface ArmReading {
  /** Agent time at which this measurement was taken, ns. */
  timeNs: number;
  /** Age of the measurement at read() time, ns (0 for the simulator, real for networked arms). */
  ageNs: number;
  /** Joint positions: 6 joints, rad except insertion (joint 3) in m. */
  measured_js: number[];
  /** Tool tip pose in the RCM frame. */
  measured_cp: Pose;
  /** Jaw opening angle, rad. */
  jaw_measured_rad: number;
  operating_state: OperatingState;
  is_homed: boolean;
  is_busy: boolean;
  /** When operating_state is FAULT (or the driver sees a fault): a stable reason code, e.g. ARM_JOINT_STUCK. */
  fault?: string;
  /** Human sentence for the fault. */
  faultMessage?: string;
}

/** What one write() sends: a Cartesian or joint servo setpoint, CRTK servo_cp / servo_jp. */
export type ArmCommand =
  | { kind: 'servo_cp'; pose: Pose; jaw_rad: number }
  | { kind: 'servo_jp'; q: number[]; jaw_rad: number };

/**
 * Lifecycle: construct -> configure() -> enable() -> [home()] -> read/write per tick -> disable().
 * read() and write() never block, never throw for arm conditions (they report them in the reading),
 * and take the tick's time: the driver has no clock of its own for control purposes.
 */
export interface ArmDriver {
  readonly name: string;
  configure(): Promise<void>;
  enable(): Promise<void>;
  disable(): Promise<void>;
  home(): Promise<void>;
  read(nowNs: number): ArmReading;
  write(cmd: ArmCommand, nowNs: number): void;
}

// ------------------------------------------------------------------------------------------------
// Core step contract

/** A validated motion frame as the core sees it (after protocol decode and semantic checks). */
export interface MasterFrame {
  armId: number;
  seq: number;
  /** Capture time on the sender's monotonic clock, ns. */
  captureTimeNs: number;
  /** Master (hand) position, m, console frame. */
  position: Vec3;
  /** Master orientation, unit quaternion. */
  orientation: Quat;
  /** 0 open .. 1 closed. */
  grip: number;
  clutch: boolean;
  operatorPresent: boolean;
  /**
   * Camera pedal (protocol 1.1, several arms): played out like the clutch and reported in
   * CoreOutput.camera. Absent for one-armed clients.
   */
  camera?: boolean;
}

export interface ArrivedFrame {
  frame: MasterFrame;
  /** Agent clock when the frame was received, ns. */
  receiveTimeNs: number;
  /** Session that sent it. The core only plays frames from the current controller. */
  sourceId: string;
}

/**
 * A completed NTP-style quadruple. When agentOriginated, t0/t3 are agent clock and t1/t2 console clock;
 * otherwise the reverse. offset(agent - console) and rtt follow from the four.
 */
export interface ClockSample {
  sourceId: string;
  agentOriginated: boolean;
  t0Ns: number;
  t1Ns: number;
  t2Ns: number;
  t3Ns: number;
}

export type CoreCommandType = 'ENGAGE' | 'DISENGAGE' | 'ESTOP' | 'RESET_FAULT' | 'CLUTCH' | 'SET_SCALE' | 'HOME';

export interface CoreCommand {
  id: number;
  sourceId: string;
  type: CoreCommandType;
  /** SET_SCALE: tool/master ratio. */
  scale?: number;
  /** CLUTCH: pressed. */
  flag?: boolean;
}

export interface CoreAck {
  id: number;
  sourceId: string;
  type: CoreCommandType;
  ok: boolean;
  /** '' when ok; otherwise a stable code, ': ', and a sentence. */
  reason: string;
}

export type SupervisorState = 'IDLE' | 'ENGAGING' | 'FOLLOWING' | 'CLUTCHED' | 'HOLDING' | 'FAULT' | 'ESTOPPED';

export type Severity = 'INFO' | 'WARNING' | 'ALARM' | 'CRITICAL';

export interface CoreEvent {
  timeNs: number;
  severity: Severity;
  /** Stable code, e.g. LINK_STALE. */
  code: string;
  message: string;
  sourceId?: string;
}

/** Link figures for the controller's link, as the core measured them. */
export interface LinkFigures {
  rttS: number;
  /** NaN when clocks are not synced by probes. */
  oneWayDelayS: number;
  jitterS: number;
  lossRatio: number;
  playoutDelayS: number;
  framesReceived: number;
  framesLate: number;
  framesDropped: number;
  framesRefused: number;
  /** Of framesRefused: by the master jump detector (impossible hand speed). Not link loss. */
  framesRefusedJump: number;
  /** Frames that never arrived (sequence gaps not filled later), since the link started. */
  framesLost: number;
  frameRateHz: number;
  clockOffsetS: number;
  clockUncertaintyS: number;
  clockSynced: boolean;
  /**
   * Hand-to-setpoint delay, measured, and its parts: the playout delay above (capture -> played point),
   * the tremor filter's phase delay at voluntary frequencies (1 Hz) as run (about 0 with the look-ahead
   * filter, the causal filter's ~29 ms otherwise, 0 when off), and the tick's own (half the measured
   * tick interval: a setpoint holds until the next). total = playout + filter + tick, s.
   */
  totalDelayS: number;
  filterDelayS: number;
  tickDelayS: number;
  /** True when the tremor filter runs without look-ahead (the buffer holds too little future). */
  tremorFilterCausal: boolean;
}

/**
 * Whether the hand device can be driven to the tool's orientation while not following (protocol
 * MasterKind). ACTUATED (a dVRK MTM): absolute orientation, engage and resume need the 5 deg alignment.
 * UNACTUATED (browser, gamepad, WebXR, recordings): the orientation offset is captured at engage and at
 * every resume and kept, like the position offset on clutch (dVRK align_mtm false).
 */
export type MasterKind = 'ACTUATED' | 'UNACTUATED';

/** Everything that reaches the core in one control tick. */
export interface CoreInput {
  /** Agent monotonic time of this tick, ns. */
  nowNs: number;
  /** Frames that arrived since the previous tick, in arrival order. */
  frames: readonly ArrivedFrame[];
  clockSamples: readonly ClockSample[];
  commands: readonly CoreCommand[];
  /** Session holding the control lock, or null. */
  controllerId: string | null;
  /** What the controller's hand device is (its Hello); absent: UNACTUATED. */
  masterKind?: MasterKind;
  /** This tick's arm measurement (read() before step). */
  arm: ArmReading;
  /**
   * Console -> tool base rotation for this tick (several arms: the instrument's base, the camera's
   * measured pose and the console eye; arms/registration.ts). Absent: `mapping.registration`. Taken at
   * every anchor; a change while following re-anchors at the current target (never a jump).
   */
  registration?: Quat;
}

/** What one step produces. */
export interface CoreOutput {
  /** The setpoint to write to the arm this tick (always present: holding is a setpoint too). */
  command: ArmCommand;
  state: SupervisorState;
  /** Stable reason code of the last transition. */
  reason: string;
  setpoint_cp: Pose;
  jaw_setpoint_rad: number;
  /** Seq of the newest master frame played out, -1 if none. */
  lastAppliedSeq: number;
  /** Master pose played out this tick (console frame), null if none. */
  master_cp: Pose | null;
  motionScale: number;
  /** Orientation mode in force for the controller. */
  masterKind: MasterKind;
  link: LinkFigures;
  events: CoreEvent[];
  acks: CoreAck[];
  /** Present (true) only while the played frame has the camera pedal held (MasterFrame.camera). */
  camera?: true;
}
