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
