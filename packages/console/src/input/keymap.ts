// Keyboard bindings: one table drives both the handlers and the on-screen legend, so what the screen
// says is what the keys do. Bindings use KeyboardEvent.code (physical keys), so WASD-style motion keys
// sit in the same place on AZERTY or Dvorak keyboards.
import type { Vec3 } from '@farhand/latency-core';
import type { ConsoleAction } from './source.js';

export type HeldControl = 'present' | 'clutch' | 'grip' | 'camera';

export interface KeyBinding {
  codes: readonly string[];
  /** Key caps as printed in the legend. */
  caps: string;
  label: string;
  kind: 'held' | 'action' | 'motion';
  held?: HeldControl;
  action?: ConsoleAction;
  /** Needs Shift (only for actions that share a key with a safer one). */
  shift?: boolean;
  /** Only on a two-instrument agent (and only then in the on-screen legend). */
  bimanual?: boolean;
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  { codes: ['Space', 'F8'], caps: 'Space / F8 pedal', label: 'Operator present (hold: dead-man)', kind: 'held', held: 'present' },
  { codes: ['KeyE'], caps: 'E', label: 'Engage (aligns hand to tool first)', kind: 'action', action: 'engage' },
  { codes: ['KeyX'], caps: 'X', label: 'Disengage', kind: 'action', action: 'disengage' },
  { codes: ['KeyC'], caps: 'C', label: 'Clutch (hold)', kind: 'held', held: 'clutch' },
  { codes: ['KeyG'], caps: 'G', label: 'Close jaws (hold)', kind: 'held', held: 'grip' },
  { codes: ['Escape'], caps: 'Esc', label: 'EMERGENCY STOP', kind: 'action', action: 'estop' },
  { codes: ['KeyR'], caps: 'R', label: 'Reset fault / e-stop', kind: 'action', action: 'reset' },
  { codes: ['BracketLeft'], caps: '[', label: 'Finer scale', kind: 'action', action: 'scaleDown' },
  { codes: ['BracketRight'], caps: ']', label: 'Coarser scale', kind: 'action', action: 'scaleUp' },
  { codes: ['KeyT'], caps: 'T', label: 'Align hand to tool', kind: 'action', action: 'align' },
  { codes: ['KeyL'], caps: 'L', label: 'Take control', kind: 'action', action: 'requestControl' },
  { codes: ['KeyL'], caps: 'Shift+L', label: 'Release control', kind: 'action', action: 'releaseControl', shift: true },
  { codes: ['KeyH'], caps: 'H', label: 'Home the arm (not engaged)', kind: 'action', action: 'home' },
  { codes: ['KeyV'], caps: 'V', label: 'Change view', kind: 'action', action: 'view' },
  { codes: ['KeyF'], caps: 'F', label: 'Switch hand (mouse and keys drive the other instrument)', kind: 'action', action: 'switchHand', bimanual: true },
  { codes: ['KeyM', 'F9'], caps: 'M / F9 pedal', label: 'Camera pedal (hold: the hands move the camera)', kind: 'held', held: 'camera', bimanual: true },
  { codes: ['KeyW', 'KeyS', 'KeyA', 'KeyD', 'KeyQ', 'KeyZ'], caps: 'W S A D Q Z', label: 'Move hand: in/out, left/right, up/down', kind: 'motion' },
  { codes: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Comma', 'Period'], caps: '← → ↑ ↓ , .', label: 'Rotate hand: yaw, pitch, roll', kind: 'motion' },
];

/** Translation keys: view axes [right, up, forward] as unit directions. */
const TRANSLATE: Record<string, Vec3> = {
  KeyD: [1, 0, 0],
  KeyA: [-1, 0, 0],
  KeyQ: [0, 1, 0],
  KeyZ: [0, -1, 0],
  KeyW: [0, 0, 1],
  KeyS: [0, 0, -1],
};
/** Rotation keys: rates about view axes [right, up, forward], same sense as the mouse rotate-drag. */
const ROTATE: Record<string, Vec3> = {
  ArrowRight: [0, 1, 0],
  ArrowLeft: [0, -1, 0],
  ArrowDown: [1, 0, 0],
  ArrowUp: [-1, 0, 0],
  Period: [0, 0, 1],
  Comma: [0, 0, -1],
};

export interface KeyRates {
  /** Hand speed with a motion key held, m/s (50 mm/s: 10 mm/s of tool at 5:1). */
  speedMps: number;
  angularRadps: number;
  /** Multiplier with Shift held (fine positioning). */
  fine: number;
}
export const DEFAULT_KEY_RATES: KeyRates = { speedMps: 0.05, angularRadps: 0.6, fine: 0.25 };

/** Velocity in view axes from the set of held key codes. */
export function keyVelocity(held: ReadonlySet<string>, rates: KeyRates = DEFAULT_KEY_RATES): { v: Vec3; w: Vec3 } {
  const v: Vec3 = [0, 0, 0];
  const w: Vec3 = [0, 0, 0];
  for (const code of held) {
    const t = TRANSLATE[code];
    const r = ROTATE[code];
    for (let i = 0; i < 3; i++) {
      if (t) v[i] = (v[i] ?? 0) + t[i]!;
      if (r) w[i] = (w[i] ?? 0) + r[i]!;
    }
  }
  const k = held.has('ShiftLeft') || held.has('ShiftRight') ? rates.fine : 1;
  return { v: v.map((x) => x * rates.speedMps * k) as Vec3, w: w.map((x) => x * rates.angularRadps * k) as Vec3 };
}

/** The held control a key code drives, if any. */
export function heldControlFor(code: string): HeldControl | undefined {
  return KEY_BINDINGS.find((b) => b.kind === 'held' && b.codes.includes(code))?.held;
}

/** The action for a key press, honouring Shift-only bindings. */
export function actionFor(code: string, shift: boolean): ConsoleAction | undefined {
  const candidates = KEY_BINDINGS.filter((b) => b.kind === 'action' && b.codes.includes(code));
  const exact = candidates.find((b) => (b.shift ?? false) === shift);
  return (exact ?? candidates.find((b) => !b.shift))?.action;
}

/** Keys whose browser default (scrolling, find) must not fire on the console. */
export function isConsoleKey(code: string): boolean {
  return KEY_BINDINGS.some((b) => b.codes.includes(code));
}
