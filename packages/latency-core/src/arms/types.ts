// Several arms (issue 15): PSM1, PSM2 and the ECM driven at once by one console. The contract of
// MultiArmCore (multi-arm-core.ts): config, inputs, outputs. Same conventions as ../types.ts.
import type { ArmCommand, ArmReading, ClockSample, CoreAck, CoreCommand, CoreEvent, CoreOutput, LinkFigures, MasterFrame, MasterKind, Pose, Quat, SupervisorState, Vec3 } from '../types.js';
import type { CoreConfig } from '../config.js';
import type { CameraControlConfig } from './camera.js';

/** Protocol ArmKind: an instrument (PSM) follows one hand; the camera (ECM) follows both in camera mode. */
export type ArmKind = 'INSTRUMENT' | 'CAMERA';

export interface ArmSpec {
  /** Wire id (MotionFrame.arm_id, Hand.arm_id, Command.arm_id); the first arm is 0. */
  armId: number;
  /** e.g. PSM1, PSM2, ECM. */
  name: string;
  kind: ArmKind;
  /** Rotation of the arm's base (RCM) frame in the cart frame (the dVRK system file's placement). */
  baseInCart: Quat;
  /**
   * An instrument's HOME target (its base frame), when it is not the core config's `home` (e.g. the
   * simulated cart's start pose, both tips in the picture). Absent: `core.home`.
   */
  home?: Pose;
}

export interface MultiArmConfig {
  arms: ArmSpec[];
  /** The instruments' core configuration (each instrument's copy gets its own armId). */
  core: CoreConfig;
  camera: CameraControlConfig;
  /**
   * Console eye frame -> camera frame rotation. Identity: the console's axes are the camera's. The dVRK
   * camera frame (the ECM's measured_cp) and its surgeon's console (MTMs w.r.t. the stereo display) both
   * follow the ISI convention: x to the LEFT of the picture, y up, z forward (away from the surgeon); the
   * browser console sends its hands in that frame (a drag to the right on screen is -x).
   */
  eyeToCamera: Quat;
}

/** One hand of a two-handed frame (protocol Hand). */
export interface HandSample {
  armId: number;
  position: Vec3;
  orientation: Quat;
  grip: number;
  clutch: boolean;
}

/** A two-handed frame (protocol 1.1 MotionFrame with `hands`). */
export interface HandsFrame {
  seq: number;
  captureTimeNs: number;
  operatorPresent: boolean;
  /** Camera pedal held. */
  camera: boolean;
  hands: HandSample[];
}

export interface ArrivedArmsFrame {
  /** Two hands, or a one-armed client's single-hand frame (it drives the arm it names). */
  frame: HandsFrame | MasterFrame;
  receiveTimeNs: number;
  sourceId: string;
}

/** A command, addressed to one arm (CLUTCH, HOME) or all (absent armId; ENGAGE, ESTOP, RESET_FAULT, ...). */
export interface ArmCoreCommand extends CoreCommand {
  armId?: number;
}

export interface MultiArmInput {
  nowNs: number;
  frames: readonly ArrivedArmsFrame[];
  clockSamples: readonly ClockSample[];
  commands: readonly ArmCoreCommand[];
  controllerId: string | null;
  masterKind?: MasterKind;
  /** This tick's reading of every arm, in config order. */
  arms: readonly ArmReading[];
}

export interface ArmStepOutput {
  armId: number;
  name: string;
  kind: ArmKind;
  command: ArmCommand;
  state: SupervisorState;
  reason: string;
  setpoint_cp: Pose;
  jaw_setpoint_rad: number;
  /** The hand pose played out for this arm (console frame); null for the camera or before any. */
  master_cp: Pose | null;
  /** The instrument's core output; null for the camera. */
  core: CoreOutput | null;
}

export interface ArmEvent extends CoreEvent {
  /** The arm it concerns; null: every arm (e-stop, a command to all). */
  armId: number | null;
}

export interface MultiArmOutput {
  arms: ArmStepOutput[];
  /** The camera pedal is held (played) and the ECM follows the hands. */
  cameraMode: boolean;
  /** The first instrument's link figures (the link is shared: every instrument plays the same frames). */
  link: LinkFigures;
  events: ArmEvent[];
  /** One per command, in order. */
  acks: CoreAck[];
}
