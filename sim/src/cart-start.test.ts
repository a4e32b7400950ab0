import { describe, expect, it } from 'vitest';
import { cartStartJoints, ECM_CART_START, PSM_CART_START_TIPS, tipInCamera } from './cart-start.js';
import { createPsm } from './kinematics.js';
import { dvrkCart } from './placement.js';
import { ECM_SIMULATED_HOME } from './ecm-tables.js';

/** Angle of a camera-frame point off the view axis (+z), deg. */
const offAxisDeg = (p: readonly number[]): number => (Math.atan2(Math.hypot(p[0]!, p[1]!), p[2]!) * 180) / Math.PI;

describe('cartStartJoints: both tool tips in the camera picture', () => {
  it('puts each tip where PSM_CART_START_TIPS says (reference camera), wrist straight, inside the joint limits', () => {
    const cart = dvrkCart();
    const s = cartStartJoints(cart);
    expect(s.ECM).toEqual([...ECM_CART_START]);
    const lim = createPsm().jointLimits;
    for (const name of ['PSM1', 'PSM2'] as const) {
      const tip = tipInCamera(cart, name, s[name], ECM_SIMULATED_HOME);
      PSM_CART_START_TIPS[name].forEach((v, i) => expect(tip[i]).toBeCloseTo(v, 9));
      expect(s[name].slice(3)).toEqual([0, 0, 0]);
      s[name].forEach((q, i) => {
        expect(q).toBeGreaterThanOrEqual(lim.lower[i]!);
        expect(q).toBeLessThanOrEqual(lim.upper[i]!);
      });
    }
  });

  it('from the started ECM both tips are 27 deg off the view axis (homes: 65 deg), PSM1 on the right of the picture (-x)', () => {
    const cart = dvrkCart();
    const s = cartStartJoints(cart, { tool: 'LND420006' });
    const p1 = tipInCamera(cart, 'PSM1', s.PSM1, s.ECM, 'LND420006');
    const p2 = tipInCamera(cart, 'PSM2', s.PSM2, s.ECM, 'LND420006');
    expect(offAxisDeg(p1)).toBeLessThan(28);
    expect(offAxisDeg(p2)).toBeLessThan(28);
    expect(p1[0]).toBeLessThan(0); // the dVRK camera's x points to the left of the picture
    expect(p2[0]).toBeGreaterThan(0);
    const home = tipInCamera(cart, 'PSM1', [0, 0, 0.12, 0, 0, 0], ECM_SIMULATED_HOME);
    expect(offAxisDeg(home)).toBeGreaterThan(60);
  });
});
