import { describe, expect, it } from 'vitest';
import { DEFAULT_GRIPPER } from '@farhand/ros';
import { JIGSAWS_DEFAULT_GRIPPER, JigsawsImportError, parseJigsaws } from './jigsaws.js';

/** One JIGSAWS line: each master's position, yaw (rotation about z), gripper angle; PSMs identity. */
function jigsawsLine(mtml: { p: number[]; yaw: number; grip: number }, mtmr: { p: number[]; yaw: number; grip: number }): string {
  const arm = (p: number[], yaw: number, angle: number) => {
    const c = Math.cos(yaw);
    const s = Math.sin(yaw);
    return [...p, c, -s, 0, s, c, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, angle];
  };
  const psm = arm([0, 0, 0], 0, 0);
  return [...arm(mtml.p, mtml.yaw, mtml.grip), ...arm(mtmr.p, mtmr.yaw, mtmr.grip), ...psm, ...psm].map((x) => x.toFixed(6)).join('     ');
}

describe('JIGSAWS kinematics', () => {
  const lines = [0, 1, 2].map((i) => jigsawsLine({ p: [-0.1, 0.01 * i, 0.2], yaw: 0, grip: 0.5236 }, { p: [0.1 + 0.01 * i, 0, 0.2], yaw: 0.1 * i, grip: 0 }));

  it('the two masters are the two hands (MTMR -> PSM1 first), 30 Hz, rotation matrix -> quaternion, gripper angle -> grip', () => {
    const t = parseJigsaws(`${lines.join('\n')}\n`, 'k.txt');
    expect(t.kind).toBe('hand');
    expect(t.hands.map((h) => h.source)).toEqual(['k.txt MTMR', 'k.txt MTML']);
    const [r, l] = t.hands;
    expect(r.samples.map((s) => s.timeNs)).toEqual([0, 33333333, 66666667]);
    expect(r.samples[2]!.position).toEqual([0.12, 0, 0.2]);
    expect(l.samples[2]!.position).toEqual([-0.1, 0.02, 0.2]);
    // yaw 0.2 rad about z: q = (0, 0, sin 0.1, cos 0.1).
    expect(r.samples[2]!.orientation[2]).toBeCloseTo(Math.sin(0.1), 6);
    expect(r.samples[2]!.orientation[3]).toBeCloseTo(Math.cos(0.1), 6);
    // 0 rad: pinched (grip 1); 30 deg: half open.
    expect(r.samples[0]!.grip).toBe(1);
    expect(l.samples[0]!.grip).toBeCloseTo(0.5, 5);
    expect(t.notes).toEqual([
      'MTMR gripper angle 0.000..0.000 rad in the file; grip 0 at 1.047 rad (60 deg), 1 at 0.000 rad',
      'MTML gripper angle 0.524..0.524 rad in the file; grip 0 at 1.047 rad (60 deg), 1 at 0.000 rad',
    ]);
    expect(parseJigsaws(lines.join('\n'), 'k.txt', { rateHz: 100 }).hands[0].samples[1]!.timeNs).toBe(10e6);
    // Another calibration: open at 1 rad, closed at -0.5 rad.
    expect(parseJigsaws(lines.join('\n'), 'k.txt', { gripper: { openRad: 1, closedRad: -0.5 } }).hands[0].samples[0]!.grip).toBeCloseTo(2 / 3, 9);
  });

  it('uses the dVRK console\'s gripper calibration by default', () => {
    expect(JIGSAWS_DEFAULT_GRIPPER).toEqual(DEFAULT_GRIPPER);
  });

  it('says what is wrong, with the line and the column', () => {
    const bad = (text: string) => () => parseJigsaws(text, 'k.txt');
    expect(bad(`${lines[0]}\n1 2 3\n`)).toThrow(/k\.txt line 2: 3 columns; a JIGSAWS kinematics line has 76 \(MTML 1-19, MTMR 20-38, PSM1 39-57, PSM2 58-76\)/);
    const cells = lines[1]!.split(/\s+/);
    cells[20] = 'nan?';
    expect(bad(`${lines[0]}\n${cells.join(' ')}\n`)).toThrow(new JigsawsImportError('k.txt line 2, column 21: "nan?" is not a number'));
    const skew = lines[1]!.split(/\s+/);
    skew[22] = '2';
    expect(bad(`${lines[0]}\n${skew.join(' ')}\n`)).toThrow(/line 2, MTMR rotation \(columns 23-31\): not a rotation matrix/);
    expect(bad(`${lines[0]}\n`)).toThrow(/needs at least 2 lines/);
    expect(() => parseJigsaws(lines.join('\n'), 'k.txt', { rateHz: 0 })).toThrow(/--rate 0 must be from 1 to 4000 Hz/);
    expect(() => parseJigsaws(lines.join('\n'), 'k.txt', { gripper: { openRad: 0.01, closedRad: 0 } })).toThrow(/at least 0\.05 rad apart/);
  });
});
