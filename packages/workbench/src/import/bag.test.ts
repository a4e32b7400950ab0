import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BagImportError, bagTopics, pickPoseTopic, readBagPoses, withBag } from './bag.js';

// A real dVRK PSM2 bag, cropped (origin and licence: test/fixtures/replay/README.md).
const BAG = fileURLToPath(new URL('../../../../test/fixtures/replay/dvrk_psm2_traj02_cp_tail12s.bag', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'farhand-bag-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ROS bag import (real dVRK bag)', () => {
  it('lists the topics and picks setpoint_cp among several PoseStamped topics', async () => {
    const topics = await withBag(BAG, async (bag) => bagTopics(bag));
    expect(topics).toEqual([
      { topic: '/PSM2/measured_cp', type: 'geometry_msgs/PoseStamped', messages: 1165 },
      { topic: '/PSM2/setpoint_cp', type: 'geometry_msgs/PoseStamped', messages: 1164 },
    ]);
    expect(pickPoseTopic(topics, undefined, BAG)).toBe('/PSM2/setpoint_cp');
    expect(() => pickPoseTopic(topics, '/PSM2/nope', BAG)).toThrow(/no topic \/PSM2\/nope; topics: \/PSM2\/measured_cp/);
  });

  it('reads /PSM2/setpoint_cp: 1164 poses in the ECM frame, ~100 Hz, times relative to the first stamp', async () => {
    const t = await readBagPoses(BAG);
    expect(t.kind).toBe('tool');
    expect(t.frameId).toBe('ECM');
    expect(t.samples).toHaveLength(1164);
    expect(t.dropped).toEqual([]);
    expect(t.samples[0]?.timeNs).toBe(0);
    const span = (t.samples[t.samples.length - 1]?.timeNs ?? 0) / 1e9;
    expect(span).toBeGreaterThan(11.5);
    expect(span).toBeLessThan(11.8);
    const p = t.samples[0]?.position ?? [0, 0, 0];
    // First message of the crop, as `rostopic echo` prints it.
    expect(p[0]).toBeCloseTo(0.22089387042090086, 12);
    for (const s of t.samples) expect(Math.hypot(...s.orientation)).toBeCloseTo(1, 9);
  });

  it('drops the real non-increasing stamp of /PSM2/measured_cp and says why', async () => {
    const t = await readBagPoses(BAG, { topic: '/PSM2/measured_cp' });
    expect(t.samples).toHaveLength(1164);
    expect(t.dropped).toHaveLength(1);
    expect(t.dropped[0]?.reason).toMatch(/stamp 1645569073\.89959\d+ does not increase/);
  });

  it('a truncated or foreign file is a clear error', async () => {
    const cut = join(dir, 'cut.bag');
    writeFileSync(cut, readFileSync(BAG).subarray(0, 5000));
    await expect(readBagPoses(cut)).rejects.toThrow(BagImportError);
    await expect(readBagPoses(cut)).rejects.toThrow(/not a readable ROS 1 bag|truncated or corrupt/);
    const txt = join(dir, 'x.bag');
    writeFileSync(txt, 'time_s,x_m\n');
    await expect(readBagPoses(txt)).rejects.toThrow(/not a readable ROS 1 bag/);
    copyFileSync(BAG, join(dir, 'ok.bag'));
    await expect(readBagPoses(join(dir, 'ok.bag'), { topic: '/PSM2/setpoint_cp' })).resolves.toBeTruthy();
  });
});
