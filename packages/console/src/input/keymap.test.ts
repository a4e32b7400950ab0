import { describe, expect, it } from 'vitest';
import { KEY_BINDINGS, actionFor, heldControlFor, isConsoleKey, keyVelocity } from './keymap.js';
import { PAD, PAD_LEGEND, mapGamepad, padActionEdges, padPressedVector } from './gamepad-map.js';

describe('keyboard bindings', () => {
  it('maps the held controls and actions, with Shift-only bindings', () => {
    expect(heldControlFor('Space')).toBe('present');
    expect(heldControlFor('F8')).toBe('present');
    expect(heldControlFor('KeyC')).toBe('clutch');
    expect(heldControlFor('KeyE')).toBeUndefined();
    expect(actionFor('KeyE', false)).toBe('engage');
    expect(actionFor('Escape', false)).toBe('estop');
    expect(actionFor('Escape', true)).toBe('estop');
    expect(actionFor('KeyL', false)).toBe('requestControl');
    expect(actionFor('KeyL', true)).toBe('releaseControl');
    expect(actionFor('KeyW', false)).toBeUndefined();
    expect(isConsoleKey('Space')).toBe(true);
    expect(isConsoleKey('KeyP')).toBe(false);
  });

  it('no physical key is bound to two different things (except Shift variants)', () => {
    const seen = new Map<string, string>();
    for (const b of KEY_BINDINGS) {
      for (const code of b.codes) {
        const k = `${code}|${b.shift ? 'S' : ''}`;
        expect(seen.has(k), `${code} bound twice`).toBe(false);
        seen.set(k, b.label);
      }
    }
  });

  it('motion keys give velocities in view axes; Shift is fine control', () => {
    const v = keyVelocity(new Set(['KeyD', 'KeyW', 'ArrowRight']));
    expect(v.v).toEqual([0.05, 0, 0.05]);
    expect(v.w).toEqual([0, 0.6, 0]);
    const fine = keyVelocity(new Set(['KeyA', 'ShiftLeft']));
    expect(fine.v[0]).toBeCloseTo(-0.0125, 12);
    expect(keyVelocity(new Set(['KeyA', 'KeyD'])).v).toEqual([0, 0, 0]);
  });
});

describe('gamepad mapping', () => {
  const buttons = (pressed: number[] = [], values: Record<number, number> = {}) =>
    Array.from({ length: 17 }, (_, i) => ({ pressed: pressed.includes(i), value: values[i] ?? (pressed.includes(i) ? 1 : 0) }));

  it('sticks are rates in view axes, stick up is screen up, LB is the dead-man', () => {
    const r = mapGamepad([1, -1, 0, 0], buttons([PAD.LB], { [PAD.RT]: 0.4 }));
    expect(r.v[0]).toBeCloseTo(0.08, 12);
    expect(r.v[1]).toBeCloseTo(0.08, 12);
    expect(r.present).toBe(true);
    expect(r.clutch).toBe(false);
    expect(r.grip).toBeCloseTo(0.4, 12);
    const idle = mapGamepad([0.1, -0.1, 0.05, 0], buttons());
    expect(idle.v.every((x) => x === 0)).toBe(true);
    expect(idle.present).toBe(false);
  });

  it('RB turns the right stick into roll; LT is the clutch; garbage axes are centred', () => {
    const r = mapGamepad([NaN, 0, 1, 0], buttons([PAD.RB, PAD.LT]));
    expect(r.w[2]).toBeCloseTo(1.2, 12);
    expect(r.w[1]).toBe(0);
    expect(r.clutch).toBe(true);
    expect(r.v[0]).toBe(0);
  });

  it('actions fire on the press edge only', () => {
    const down = buttons([PAD.Y, PAD.BACK]);
    expect(padActionEdges([], down).sort()).toEqual(['engage', 'estop']);
    expect(padActionEdges(padPressedVector(down), down)).toEqual([]);
    expect(PAD_LEGEND.some((l) => l.label === 'EMERGENCY STOP')).toBe(true);
  });
});
