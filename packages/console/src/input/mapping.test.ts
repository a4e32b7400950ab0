import { describe, expect, it } from 'vitest';
import type { Quat, Vec3 } from '@farhand/latency-core';
import { qAngleBetween as qangle, qRotate as qrotate } from '@farhand/latency-core';
import { qAxisAngle as qaxisAngle } from '../geom.js';
import { DEFAULT_POINTER_GAINS, deadzone, dragRotation, dragTranslation, rateStep, trackedDelta, wheelDeltaPx, wheelRoll, wheelTranslation } from './mapping.js';
import type { ViewBasis } from './source.js';

// A camera looking down -y with z up: right = +x, up = +z, forward = +y (right-handed: right x up = -forward).
const basis: ViewBasis = { right: [1, 0, 0], up: [0, 0, 1], forward: [0, 1, 0] };
const close = (a: Vec3, b: Vec3, digits = 12): void => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, digits));

describe('pointer mapping', () => {
  it('a drag of N px moves the hand N x 0.25 mm along screen right / up', () => {
    close(dragTranslation(400, 0, basis, DEFAULT_POINTER_GAINS), [0.1, 0, 0]);
    // Screen y grows downwards: dragging down moves the hand down.
    close(dragTranslation(0, 200, basis, DEFAULT_POINTER_GAINS), [0, 0, -0.05]);
  });

  it('follows the view: with a rotated camera, right on screen is right in the view', () => {
    const tilted: ViewBasis = { right: [0, 1, 0], up: [0, 0, 1], forward: [-1, 0, 0] };
    close(dragTranslation(100, 0, tilted, DEFAULT_POINTER_GAINS), [0, 0.025, 0]);
  });

  it('wheel: scrolling away pushes into the screen; lines and pages are converted', () => {
    close(wheelTranslation(-100, basis, DEFAULT_POINTER_GAINS), [0, 0.01, 0]);
    expect(wheelDeltaPx(3, 1)).toBe(48);
    expect(wheelDeltaPx(1, 2)).toBe(800);
    expect(wheelDeltaPx(NaN, 0)).toBe(0);
  });

  it('rotate-drag swings the near side of the hand the way the pointer goes', () => {
    const r = dragRotation(100, 0, basis, DEFAULT_POINTER_GAINS);
    // The point nearest the viewer (-forward) moves to screen right.
    const near = qrotate(r, [0, -1, 0]);
    expect(near[0]).toBeGreaterThan(0.4);
    expect(qangle(r, [0, 0, 0, 1])).toBeCloseTo(0.5, 9);
    const down = qrotate(dragRotation(0, 100, basis, DEFAULT_POINTER_GAINS), [0, -1, 0]);
    expect(down[2]).toBeLessThan(-0.4);
    const roll = wheelRoll(-100, basis, DEFAULT_POINTER_GAINS);
    expect(qangle(roll, [0, 0, 0, 1])).toBeCloseTo(0.4, 9);
  });
});

describe('rate control', () => {
  it('integrates velocity in view axes over dt', () => {
    const s = rateStep([0.05, 0, 0.1], [0, 0.6, 0], 0.01, basis);
    close(s.translationM, [0.0005, 0.001, 0]);
    expect(qangle(s.rotation, qaxisAngle([0, 0, 1], 0.006))).toBeLessThan(1e-12);
  });

  it('deadzone rescales and refuses garbage', () => {
    expect(deadzone(0.1)).toBe(0);
    expect(deadzone(1)).toBe(1);
    expect(deadzone(-1)).toBe(-1);
    expect(deadzone(0.575)).toBeCloseTo(0.5, 12);
    expect(deadzone(5)).toBe(1);
    expect(deadzone(NaN)).toBe(0);
  });
});

describe('tracked controller (WebXR)', () => {
  it('maps XR axes (+x right, +y up, +z towards the viewer) through the view basis', () => {
    const id: Quat = [0, 0, 0, 1];
    const d = trackedDelta({ position: [0, 1, 0], orientation: id }, { position: [0.02, 1.01, -0.03], orientation: id }, basis);
    close(d.translationM, [0.02, 0.03, 0.01]);
  });

  it('maps a controller rotation about XR up to a rotation about the view up', () => {
    const a: Quat = [0, 0, 0, 1];
    const b = qaxisAngle([0, 1, 0], 0.3);
    const d = trackedDelta({ position: [0, 0, 0], orientation: a }, { position: [0, 0, 0], orientation: b }, basis);
    expect(qangle(d.rotation, qaxisAngle(basis.up, 0.3))).toBeLessThan(1e-12);
  });
});
