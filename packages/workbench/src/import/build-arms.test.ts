import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecording } from '@farhand/recording';
import { buildArmsSession, handArmsOf } from './build-arms.js';
import { ImportError } from './synthetic.js';
import type { HandsTrack, PoseSample, PoseTrack } from './track.js';

const dir = mkdtempSync(join(tmpdir(), 'farhand-build-arms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hand(source: string, n: number, at: (i: number) => [number, number, number], stepNs = 10e6): PoseTrack {
  const samples: PoseSample[] = [];
  for (let i = 0; i < n; i++) samples.push({ timeNs: i * stepNs, position: at(i), orientation: [0, 0, 0, 1], grip: 0, clutch: false, operatorPresent: true });
  return { kind: 'hand', source, frameId: '', samples, dropped: [] };
}

function hands(a: PoseTrack, b: PoseTrack): HandsTrack {
  return { kind: 'hand', source: 'test', hands: [a, b], dropped: [], notes: [] };
}

describe('multi-arm import', () => {
  it('--arms: PSM1 and PSM2 required, ECM optional, an instrument first, no unknown or repeated arm', () => {
    expect(handArmsOf(undefined)).toEqual(['PSM1', 'PSM2']);
    expect(handArmsOf(['PSM2', 'PSM1', 'ECM'])).toEqual(['PSM2', 'PSM1', 'ECM']);
    expect(() => handArmsOf(['PSM1'])).toThrow(ImportError);
    expect(() => handArmsOf(['PSM1', 'ECM'])).toThrow(/lacks PSM2/);
    expect(() => handArmsOf(['PSM1', 'PSM2', 'PSM2'])).toThrow(/names an arm twice/);
    expect(() => handArmsOf(['PSM1', 'PSM2', 'PSM3'])).toThrow(/PSM3 is not an arm of the dVRK cart/);
    expect(() => handArmsOf(['ECM', 'PSM1', 'PSM2'])).toThrow(/first arm must be an instrument/);
  });

  it('hands not on one timeline are refused', async () => {
    const t = hands(hand('a', 20, () => [0, 0, 0]), hand('b', 19, () => [0, 0, 0]));
    await expect(buildArmsSession(t, join(dir, 'x.mcap'))).rejects.toThrow(/the hands are not on one timeline \(PSM2 has 19 samples, PSM1 20\)/);
  });

  it('hand 0 drives PSM1 and hand 1 PSM2 whatever the arms order; per-arm figures; one TickRecord per arm per tick', async () => {
    // PSM2 listed first: arm 0 is PSM2, and it must follow hand 1.
    const t = hands(
      hand('right', 101, (i) => [0.02 * (i / 100), 0, 0]),
      hand('left', 101, (i) => [0, 0, -0.01 * (i / 100)]),
    );
    const out = join(dir, 'swapped.mcap');
    const r = await buildArmsSession(t, out, { arms: ['PSM2', 'PSM1'], leadInS: 0.4, tailS: 0.2, scale: 0.5 });
    expect(r.warnings).toEqual([]);
    expect(r.arms.map((a) => [a.armId, a.name, a.source])).toEqual([
      [0, 'PSM2', 'left'],
      [1, 'PSM1', 'right'],
    ]);
    for (const a of r.arms) {
      expect(a.followingS).toBeGreaterThan(1);
      expect(a.follow!.rmsAtLagM).toBeLessThan(2e-4);
    }
    const rec = await readRecording(out);
    expect(rec.session!.arms!.map((a) => a.name)).toEqual(['PSM2', 'PSM1']);
    expect(rec.ticks.length).toBe(2 * r.ticks);
    // Arm 0 (PSM2) moved 5 mm along -z (0.5 x 1 cm), arm 1 (PSM1) 10 mm along x.
    const sp = (arm: number, which: 'first' | 'last') => {
      const rows = rec.ticks.map((x) => x.msg).filter((x) => (x.arm_id ?? 0) === arm);
      // TickRecord.state is the SupervisorState enum: FOLLOWING = 3.
      const row = which === 'first' ? rows.find((x) => x.state === 3)! : rows[rows.length - 1]!;
      return row.setpoint_cp!.position!;
    };
    expect(sp(0, 'last').z - sp(0, 'first').z).toBeCloseTo(-0.005, 4);
    expect(sp(1, 'last').x - sp(1, 'first').x).toBeCloseTo(0.01, 4);
  }, 30_000);
});
