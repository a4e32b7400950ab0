// Pure device -> hand mappings. Gains are in SI per device unit and documented in the README, so a
// drag of N pixels is a known hand displacement and (times the agent's motion scale) a known tool
// displacement: the browser test checks exactly that chain.
import type { Quat, Vec3 } from '@farhand/latency-core';
import { qConj, qMul, qNormalize, vAdd, vScale } from '@farhand/latency-core';
import { qAxisAngle } from '../geom.js';
import type { ViewBasis } from './source.js';

export interface PointerGains {
  /** Hand translation per CSS pixel of drag, m/px (0.25 mm/px: a 400 px drag is 100 mm of hand). */
  translateMPerPx: number;
  /** Hand rotation per CSS pixel of rotate-drag, rad/px. */
  rotateRadPerPx: number;
  /** Hand depth per wheel pixel (deltaMode 0), m/px. */
  wheelMPerPx: number;
  /** Hand roll per wheel pixel with the roll modifier, rad/px. */
  wheelRollRadPerPx: number;
}

export const DEFAULT_POINTER_GAINS: PointerGains = {
  translateMPerPx: 0.25e-3,
  rotateRadPerPx: 0.005,
  wheelMPerPx: 0.1e-3,
  wheelRollRadPerPx: 0.004,
};

/** WheelEvent.deltaMode: 0 pixels, 1 lines, 2 pages. Lines and pages become pixels as browsers do. */
export function wheelDeltaPx(delta: number, deltaMode: number): number {
  if (!Number.isFinite(delta)) return 0;
  if (deltaMode === 1) return delta * 16;
  if (deltaMode === 2) return delta * 800;
  return delta;
}

/** A drag in the view plane: +dx is screen right, +dy is screen DOWN (DOM convention). */
export function dragTranslation(dxPx: number, dyPx: number, basis: ViewBasis, gains: PointerGains): Vec3 {
  const k = gains.translateMPerPx;
  return vAdd(vScale(basis.right, dxPx * k), vScale(basis.up, -dyPx * k));
}

/**
 * A rotate-drag turns the hand as if grabbing the near side of a ball: dragging right swings the near
 * side right (about screen up), dragging down swings it down (about screen right).
 */
export function dragRotation(dxPx: number, dyPx: number, basis: ViewBasis, gains: PointerGains): Quat {
  const k = gains.rotateRadPerPx;
  const yaw = qAxisAngle(basis.up, dxPx * k);
  const pitch = qAxisAngle(basis.right, dyPx * k);
  return qNormalize(qMul(pitch, yaw));
}

/** Wheel: scrolling up/away (deltaY < 0) pushes the hand into the screen. */
export function wheelTranslation(deltaPx: number, basis: ViewBasis, gains: PointerGains): Vec3 {
  return vScale(basis.forward, -deltaPx * gains.wheelMPerPx);
}

/** Wheel with the roll modifier: scrolling up rolls clockwise as seen by the viewer (about +forward). */
export function wheelRoll(deltaPx: number, basis: ViewBasis, gains: PointerGains): Quat {
  return qAxisAngle(basis.forward, -deltaPx * gains.wheelRollRadPerPx);
}

/**
 * Rate control (keyboard, gamepad sticks): velocities in view axes, integrated over dt.
 * v = [right, up, forward] in m/s, w = [about right, about up, about forward] in rad/s.
 */
export function rateStep(v: Vec3, w: Vec3, dtS: number, basis: ViewBasis): { translationM: Vec3; rotation: Quat } {
  const t = vAdd(vAdd(vScale(basis.right, v[0] * dtS), vScale(basis.up, v[1] * dtS)), vScale(basis.forward, v[2] * dtS));
  const axis = vAdd(vAdd(vScale(basis.right, w[0]), vScale(basis.up, w[1])), vScale(basis.forward, w[2]));
  const speed = Math.hypot(w[0], w[1], w[2]);
  return { translationM: t, rotation: qAxisAngle(axis, speed * dtS) };
}

/**
 * Stick deadzone with a rescaled remainder, so leaving the deadzone starts from zero speed (no step)
 * and full deflection still gives full speed. Non-finite axes (a broken driver) count as centred.
 */
export function deadzone(axis: number, dz = 0.15): number {
  if (!Number.isFinite(axis)) return 0;
  const a = Math.max(-1, Math.min(1, axis));
  if (Math.abs(a) <= dz) return 0;
  return (Math.sign(a) * (Math.abs(a) - dz)) / (1 - dz);
}

/**
 * A tracked controller's motion between two of its poses (XR reference space: +x right, +y up,
 * +z towards the viewer), re-expressed in the console frame through the view basis, so moving the
 * controller right moves the tool right on screen whatever way the view looks at the arm.
 */
export function trackedDelta(
  prev: { position: Vec3; orientation: Quat },
  next: { position: Vec3; orientation: Quat },
  basis: ViewBasis,
): { translationM: Vec3; rotation: Quat } {
  const d: Vec3 = [next.position[0] - prev.position[0], next.position[1] - prev.position[1], next.position[2] - prev.position[2]];
  const back = vScale(basis.forward, -1);
  const toConsole = (v: Vec3): Vec3 => vAdd(vAdd(vScale(basis.right, v[0]), vScale(basis.up, v[1])), vScale(back, v[2]));
  // World-frame rotation delta in XR space, then its axis mapped into the console frame.
  const r = qNormalize(qMul(next.orientation, qConj(prev.orientation)));
  const w = r[3] < 0 ? ([-r[0], -r[1], -r[2], -r[3]] as Quat) : r;
  const axis = toConsole([w[0], w[1], w[2]]);
  return { translationM: toConsole(d), rotation: qNormalize([axis[0], axis[1], axis[2], w[3]]) };
}
