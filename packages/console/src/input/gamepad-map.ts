// Gamepad (W3C "standard" mapping) -> hand rates and controls. The dead-man is a shoulder button held
// by the index finger, so both thumbs stay free for the sticks; e-stop is Back/View, away from the
// thumbs so a slip does not stop the arm, yet one press.
import type { Vec3 } from '@farhand/latency-core';
import { deadzone } from './mapping.js';
import type { ConsoleAction } from './source.js';

export interface PadButton {
  pressed: boolean;
  value: number;
}

/** Standard mapping indices. */
export const PAD = {
  A: 0, B: 1, X: 2, Y: 3, LB: 4, RB: 5, LT: 6, RT: 7, BACK: 8, START: 9, LS: 10, RS: 11, UP: 12, DOWN: 13, LEFT: 14, RIGHT: 15,
} as const;

export const PAD_ACTIONS: ReadonlyArray<{ button: number; caps: string; action: ConsoleAction; label: string }> = [
  { button: PAD.Y, caps: 'Y', action: 'engage', label: 'Engage' },
  { button: PAD.B, caps: 'B', action: 'disengage', label: 'Disengage' },
  { button: PAD.BACK, caps: 'Back', action: 'estop', label: 'EMERGENCY STOP' },
  { button: PAD.START, caps: 'Start', action: 'reset', label: 'Reset' },
  { button: PAD.X, caps: 'X', action: 'align', label: 'Align hand to tool' },
];

export const PAD_LEGEND: ReadonlyArray<{ caps: string; label: string }> = [
  { caps: 'LB (hold)', label: 'Operator present (dead-man)' },
  { caps: 'LT (hold)', label: 'Clutch' },
  { caps: 'RT', label: 'Grip (analog)' },
  { caps: 'Left stick', label: 'Move hand in the view plane' },
  { caps: 'D-pad ↑ ↓', label: 'Move hand in / out' },
  { caps: 'Right stick', label: 'Rotate hand (yaw, pitch)' },
  { caps: 'RB + right stick ↔', label: 'Roll' },
  ...PAD_ACTIONS.map((a) => ({ caps: a.caps, label: a.label })),
];

export interface PadRates {
  speedMps: number;
  angularRadps: number;
}
export const DEFAULT_PAD_RATES: PadRates = { speedMps: 0.08, angularRadps: 1.2 };

export interface PadReading {
  /** Velocity in view axes [right, up, forward], m/s. */
  v: Vec3;
  /** Angular rate about view axes [right, up, forward], rad/s. */
  w: Vec3;
  grip: number;
  present: boolean;
  clutch: boolean;
}

const pressed = (b: PadButton | undefined, threshold = 0.5): boolean => !!b && (b.pressed || b.value > threshold);

export function mapGamepad(axes: readonly number[], buttons: readonly (PadButton | undefined)[], rates: PadRates = DEFAULT_PAD_RATES): PadReading {
  const lx = deadzone(axes[0] ?? 0);
  const ly = deadzone(axes[1] ?? 0);
  const rx = deadzone(axes[2] ?? 0);
  const ry = deadzone(axes[3] ?? 0);
  const depth = (pressed(buttons[PAD.UP]) ? 1 : 0) - (pressed(buttons[PAD.DOWN]) ? 1 : 0);
  const roll = pressed(buttons[PAD.RB]);
  // Stick up is -1 on the standard mapping: up on the stick is up on screen.
  const v: Vec3 = [lx * rates.speedMps, -ly * rates.speedMps, depth * rates.speedMps];
  const w: Vec3 = roll ? [0, 0, rx * rates.angularRadps] : [ry * rates.angularRadps, rx * rates.angularRadps, 0];
  const rt = buttons[PAD.RT]?.value ?? 0;
  return {
    v,
    w,
    grip: Number.isFinite(rt) ? Math.max(0, Math.min(1, rt)) : 0,
    present: pressed(buttons[PAD.LB]),
    clutch: pressed(buttons[PAD.LT]),
  };
}

/** Buttons that went down since the previous reading (edge, not level: one press, one action). */
export function padActionEdges(prev: readonly boolean[], now: readonly (PadButton | undefined)[]): ConsoleAction[] {
  const out: ConsoleAction[] = [];
  for (const a of PAD_ACTIONS) if (pressed(now[a.button]) && !prev[a.button]) out.push(a.action);
  return out;
}

export function padPressedVector(buttons: readonly (PadButton | undefined)[]): boolean[] {
  return buttons.map((b) => pressed(b));
}

// ---------------------------------------------------------------------------------------------
// Two instruments: one stick per hand. The dead-man stays LB; the triggers are the two grips; each hand
// has its clutch on the d-pad side of its thumb; RB is the camera pedal. Sticks move each hand in the
// view plane; pressing a stick in (L3 / R3) turns its up/down into depth. Orientation is not driven from
// a pad with two hands (the agent keeps the offset captured at engage).

/** Per hand, on a two-instrument agent. */
export interface PadHandReading {
  /** Velocity in view axes [right, up, forward], m/s. */
  v: Vec3;
  grip: number;
  clutch: boolean;
}

export interface PadBimanualReading {
  right: PadHandReading;
  left: PadHandReading;
  present: boolean;
  camera: boolean;
}

export const PAD_LEGEND_BIMANUAL: ReadonlyArray<{ caps: string; label: string }> = [
  { caps: 'LB (hold)', label: 'Operator present (dead-man)' },
  { caps: 'Left stick / right stick', label: 'Move the left hand (PSM2) / the right hand (PSM1) in the view plane' },
  { caps: 'L3 / R3 (held) + stick ↑↓', label: 'That hand in / out' },
  { caps: 'LT / RT', label: 'Left / right grip (analog)' },
  { caps: 'D-pad ← / D-pad → (hold)', label: 'Left / right clutch' },
  { caps: 'RB (hold)', label: 'Camera pedal: both sticks move the camera' },
  ...PAD_ACTIONS.map((a) => ({ caps: a.caps, label: a.label })),
];

function stickHand(x: number, y: number, depthMode: boolean, rates: PadRates): Vec3 {
  const sx = deadzone(x);
  const sy = deadzone(y);
  // Stick up is -1 on the standard mapping: up on the stick is up on screen (or into the screen).
  return depthMode ? [0, 0, -sy * rates.speedMps] : [sx * rates.speedMps, -sy * rates.speedMps, 0];
}

const trigger = (b: PadButton | undefined): number => {
  const v = b?.value ?? 0;
  return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
};

export function mapGamepadBimanual(axes: readonly number[], buttons: readonly (PadButton | undefined)[], rates: PadRates = DEFAULT_PAD_RATES): PadBimanualReading {
  return {
    left: { v: stickHand(axes[0] ?? 0, axes[1] ?? 0, pressed(buttons[PAD.LS]), rates), grip: trigger(buttons[PAD.LT]), clutch: pressed(buttons[PAD.LEFT]) },
    right: { v: stickHand(axes[2] ?? 0, axes[3] ?? 0, pressed(buttons[PAD.RS]), rates), grip: trigger(buttons[PAD.RT]), clutch: pressed(buttons[PAD.RIGHT]) },
    present: pressed(buttons[PAD.LB]),
    camera: pressed(buttons[PAD.RB]),
  };
}
