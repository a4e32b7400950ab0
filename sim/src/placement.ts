// Where the arms stand: the dVRK cart as system/system-dVRK-cart-simulated.json places PSM1 and PSM2,
// and the ECM whose camera frame they are given in. Later code maps instrument motion in the camera
// frame (the ECM's measured pose), so that "right" on the console is right in the picture.
//
// The dVRK's frames (sawIntuitiveResearchKit wiki, Coordinate Systems; CISST licence, see
// LICENSE-cisst.txt): "ECM" is the camera frame (ECM tip) in the patient cart; a PSM's base_frame is
// its RCM frame in the camera frame (with setup joints: inverse(ECM) * PSM-SUJ), and its measured_cp is
// base_frame * FK. The system file gives the PSM base frames as FIXED transforms in the "ECM" frame,
// i.e. a camera that does not move. It has no ECM entry, and we have no setup-joint data. So:
// - the cart frame is the ECM's base (RCM) frame (ecmBase, default identity);
// - the system file's transforms hold at the ECM's reference joints (default: the dVRK simulated ECM's
//   homing goal [0, 0, 0.12, 0]); that fixes each PSM base in the cart: camera(ref) * base_frame;
// - when the ECM moves, the PSMs stay where they are in the cart (setup joints are locked during a
//   procedure) and their base frames in the camera frame change: inverse(camera(now)) * base_in_cart.
// At the reference joints this is exactly the dVRK's fixed base_frame, which the real PSM2 recording
// reproduces (test: 0.8 um median).
//
// Browser-safe.

import { createEcm, type Ecm } from './ecm-kinematics.js';
import { ECM_SIMULATED_HOME, isEndoscopeType, type EndoscopeType } from './ecm-tables.js';
import { composeFrames, frameFromMatrix, identityFrame, invertFrame } from './frames.js';
import { checkAnyPose, describe, type AnyPose, type RotationPose } from './math.js';
import { checkJointVector } from './dh-chain.js';
import { ECM_JOINT_NAMES } from './ecm-tables.js';

export type PsmArmName = 'PSM1' | 'PSM2';
export type CartArmName = PsmArmName | 'ECM';
export const CART_ARM_NAMES: readonly CartArmName[] = ['PSM1', 'PSM2', 'ECM'];

/**
 * base_frame of PSM1 and PSM2, reference_frame "ECM", as written in
 * sawIntuitiveResearchKit/share/system/system-dVRK-cart-simulated.json (commit 9e535e68eb7f...):
 * a rotation of -150 deg about x (the instruments point into the view, tilted 30 deg down) and
 * -+20 cm along the camera x.
 */
export const DVRK_CART_SIMULATED_BASE_FRAMES: Readonly<Record<PsmArmName, readonly (readonly number[])[]>> = {
  PSM1: [
    [1.0, 0.0, 0.0, -0.2],
    [0.0, -0.866025404, 0.5, 0.0],
    [0.0, -0.5, -0.866025404, 0.0],
    [0.0, 0.0, 0.0, 1.0],
  ],
  PSM2: [
    [1.0, 0.0, 0.0, 0.2],
    [0.0, -0.866025404, 0.5, 0.0],
    [0.0, -0.5, -0.866025404, 0.0],
    [0.0, 0.0, 0.0, 1.0],
  ],
};

export interface DvrkCartOptions {
  /** ECM joints at which the camera frame is the one the system file's base frames are given in. Default [0, 0, 0.12, 0]. */
  ecmReferenceJoints?: readonly number[];
  /** Default 'STRAIGHT'. */
  endoscope?: EndoscopeType;
  /** The ECM base (RCM) frame in the cart frame. Default identity (the cart frame is the ECM's RCM frame). */
  ecmBase?: AnyPose;
}

export interface DvrkCart {
  readonly ecm: Ecm;
  readonly ecmReferenceJoints: readonly number[];
  /** Each arm's base (RCM) frame in the cart frame. Fixed for the session. */
  readonly bases: Readonly<Record<CartArmName, RotationPose>>;
  /** The camera frame at the reference joints, in the cart frame. */
  readonly referenceCamera: RotationPose;
}

export interface ArmPlacement {
  /** The camera (ECM tip) frame in the cart frame, now. */
  camera: RotationPose;
  /**
   * Each arm's base frame in the camera frame, now: what the dVRK publishes as the arm's base_frame
   * (reference "ECM"). A PSM's pose in the camera frame = composeFrames(baseInCamera.PSMn, pose).
   */
  baseInCamera: Record<CartArmName, RotationPose>;
}

/** The simulated dVRK cart: PSM1, PSM2 and the ECM, placed as system-dVRK-cart-simulated.json places them. */
export function dvrkCart(options: DvrkCartOptions = {}): DvrkCart {
  if (typeof options !== 'object' || options === null) {
    throw new RangeError(`dvrkCart: options must be an object like { ecmReferenceJoints: [0, 0, 0.12, 0] }; got ${describe(options)}`);
  }
  const endoscope = options.endoscope ?? 'STRAIGHT';
  if (!isEndoscopeType(endoscope)) {
    throw new RangeError(`dvrkCart: endoscope must be 'STRAIGHT', 'UP' or 'DOWN'; got ${describe(endoscope)}`);
  }
  const ecm = createEcm({ endoscope });
  const ref = options.ecmReferenceJoints ?? ECM_SIMULATED_HOME;
  checkJointVector(ref, 4, 'dvrkCart: ecmReferenceJoints', ECM_JOINT_NAMES);
  ref.forEach((v, i) => {
    if (v < ecm.jointLimits.lower[i]! || v > ecm.jointLimits.upper[i]!) {
      throw new RangeError(`dvrkCart: ecmReferenceJoints[${i}] (${ECM_JOINT_NAMES[i]}) = ${v} is outside the ECM joint limits [${ecm.jointLimits.lower[i]}, ${ecm.jointLimits.upper[i]}]`);
    }
  });
  const ecmBase = options.ecmBase === undefined ? identityFrame() : checkAnyPose(options.ecmBase, 'dvrkCart: ecmBase');
  const referenceCamera = composeFrames(ecmBase, ecm.forwardKinematics(ref));
  const bases: Record<CartArmName, RotationPose> = {
    PSM1: composeFrames(referenceCamera, frameFromMatrix(DVRK_CART_SIMULATED_BASE_FRAMES.PSM1)),
    PSM2: composeFrames(referenceCamera, frameFromMatrix(DVRK_CART_SIMULATED_BASE_FRAMES.PSM2)),
    ECM: ecmBase,
  };
  return { ecm, ecmReferenceJoints: [...ref], bases, referenceCamera };
}

/**
 * The arms seen from the camera for the ECM's current state: its joints (measured_js) or its camera
 * pose (measured_cp, in the ECM base frame).
 */
export function placeArms(cart: DvrkCart, ecmState: { joints: readonly number[] } | { measured_cp: AnyPose }): ArmPlacement {
  if (typeof ecmState !== 'object' || ecmState === null) {
    throw new RangeError(`placeArms: ECM state must be { joints: [yaw, pitch, insertion, roll] } or { measured_cp: pose }; got ${describe(ecmState)}`);
  }
  let local: RotationPose;
  if ('joints' in ecmState) {
    checkJointVector(ecmState.joints, 4, 'placeArms: ECM joints', ECM_JOINT_NAMES);
    local = cart.ecm.forwardKinematics(ecmState.joints);
  } else if ('measured_cp' in ecmState) {
    local = checkAnyPose(ecmState.measured_cp, 'placeArms: ECM measured_cp');
  } else {
    throw new RangeError(`placeArms: ECM state must be { joints: [yaw, pitch, insertion, roll] } or { measured_cp: pose }; got ${describe(ecmState)}`);
  }
  const camera = composeFrames(cart.bases.ECM, local);
  const toCamera = invertFrame(camera);
  return {
    camera,
    baseInCamera: {
      PSM1: composeFrames(toCamera, cart.bases.PSM1),
      PSM2: composeFrames(toCamera, cart.bases.PSM2),
      ECM: composeFrames(toCamera, cart.bases.ECM),
    },
  };
}

/** A pose in an arm's base frame (its measured_cp / servo_cp) -> the camera frame. */
export function toCameraFrame(placement: ArmPlacement, arm: CartArmName, pose: AnyPose): RotationPose {
  return composeFrames(baseOf(placement, arm), checkAnyPose(pose, 'toCameraFrame'));
}

/** A pose in the camera frame -> the arm's base frame (what its servo_cp takes). */
export function fromCameraFrame(placement: ArmPlacement, arm: CartArmName, pose: AnyPose): RotationPose {
  return composeFrames(invertFrame(baseOf(placement, arm)), checkAnyPose(pose, 'fromCameraFrame'));
}

function baseOf(placement: ArmPlacement, arm: CartArmName): RotationPose {
  const b = CART_ARM_NAMES.includes(arm) ? placement.baseInCamera[arm] : undefined;
  if (!b) throw new RangeError(`arm must be 'PSM1', 'PSM2' or 'ECM'; got ${describe(arm)}`);
  return b;
}

