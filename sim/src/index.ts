// @farhand/sim: simulated dVRK arms behind the arm interface (PSM, ECM), their kinematics (and the
// MTMs' forward kinematics), and where the dVRK cart places them. Everything exported here is
// browser-safe (no node: imports, no clock, no Math.random).

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
export {
  createEcm,
  ECM_ORIENTATION_TOLERANCE_RAD,
  type Ecm,
  type CreateEcmOptions,
  type EcmIkOptions,
  type EcmIkSolution,
} from './ecm-kinematics.js';
export {
  ECM_CLASSIC_ARM,
  ECM_JOINT_NAMES,
  ECM_SIMULATED_HOME,
  ENDOSCOPE_TYPES,
  ENDOSCOPE_TIP_OFFSETS,
  DVRK_ECM_MIN_CARTESIAN_INSERTION_M,
  type EndoscopeType,
} from './ecm-tables.js';
export {
  SimulatedEcm,
  ECM_CHANNELS,
  ECM_SERVO,
  ECM_ENCODER_QUANTUM,
  ECM_DEFAULT_POWER_LOSS_SAG,
  DVRK_ECM_TRACKING_TOLERANCE,
  type SimulatedEcmOptions,
  type EcmServoOptions,
  type EcmCommandStatus,
} from './simulated-ecm.js';
export {
  dvrkCart,
  placeArms,
  toCameraFrame,
  fromCameraFrame,
  CART_ARM_NAMES,
  DVRK_CART_SIMULATED_BASE_FRAMES,
  type DvrkCart,
  type DvrkCartOptions,
  type ArmPlacement,
  type CartArmName,
  type PsmArmName,
} from './placement.js';
export { cartStartJoints, tipInCamera, ECM_CART_START, PSM_CART_START_TIPS, type CartStart } from './cart-start.js';
export { identityFrame, composeFrames, invertFrame, transformPoint, rotateVector, frameFromMatrix, frameToMatrix } from './frames.js';
export { createMtm, type Mtm } from './mtm-kinematics.js';
export { MTM_ARMS, MTM_NAMES, MTM_JOINT_NAMES, type MtmName } from './mtm-tables.js';
