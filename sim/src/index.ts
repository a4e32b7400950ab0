// @farhand/sim: a simulated dVRK PSM behind the arm interface, and the PSM kinematics the console
// draws with. Everything exported here is browser-safe (no node: imports, no clock, no Math.random).

export {
  createPsm,
  DEFAULT_IK_SEED,
  ORIENTATION_WEIGHT_M_PER_RAD,
  type Psm,
  type CreatePsmOptions,
  type IkOptions,
  type IkSolution,
  type JointLimits,
} from './kinematics.js';
export {
  toPose,
  fromPose,
  quatToRotation,
  rotationToQuat,
  rotationAngleBetween,
  type Mat3,
  type RotationPose,
  type AnyPose,
} from './math.js';
export { TOOLS, TOOL_NAMES, JOINT_NAMES, PSM_CLASSIC_ARM, type ToolName, type ToolModel, type DhJoint } from './tools.js';
export {
  SimulatedPsm,
  SIM_FAULT_CODES,
  DEFAULT_HOME_JOINTS,
  type SimulatedPsmOptions,
  type CommandStatus,
  type InjectedFault,
} from './simulated-psm.js';
export {
  DVRK_PSM_SERVO,
  DVRK_PSM_TRACKING_TOLERANCE,
  DEFAULT_SERVO_PERIOD_NS,
  DEFAULT_UNPOWERED_DECAY_S,
  type ServoChannelParams,
  type ServoOptions,
} from './servo.js';
export { ARM_ENCODER_QUANTUM, TOOL_ACTUATOR_QUANTUM_RAD, type NoiseOptions } from './encoder.js';
export { DEFAULT_POWER_LOSS_SAG, type FaultSpec, type FaultKind } from './faults.js';
export { Xoshiro128 } from './prng.js';
export { replayJointSetpoints, rmsPerJoint, type JointReplayInput, type JointReplayResult } from './replay-joints.js';
export { measureTipTracking, type TipTrackingInput, type TipTrackingResult } from './tip-tracking.js';
