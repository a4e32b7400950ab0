// Instrument motion mapped in the camera frame: "right" on the console is right in the picture,
// whatever the ECM does. A hand displacement in the console eye frame reaches a PSM's base frame as
//
//   R_reg(PSM) = inverse(R_base(PSM) in cart) * R_base(ECM) in cart * R_ECM measured (camera) * R_eye->camera
//
// (eye -> camera -> ECM base -> cart -> PSM base). TeleopCore takes it as CoreInput.registration every
// tick, at every anchor, and re-anchors at the current target when it changes (no jump).
import type { Quat } from '../types.js';
import { qConj, qMul, qNormalize } from '../math/quat.js';

export function cameraRegistration(instrumentBaseInCart: Quat, ecmBaseInCart: Quat, ecmMeasuredOrientation: Quat, eyeToCamera: Quat): Quat {
  return qNormalize(qMul(qMul(qMul(qConj(qNormalize(instrumentBaseInCart)), qNormalize(ecmBaseInCart)), qNormalize(ecmMeasuredOrientation)), qNormalize(eyeToCamera)));
}
