import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseFrameFromDvrkSystem, parseSimRosArgs } from './sim-ros-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'farhand-simros-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The layout of a dVRK system JSON, // comments included (values: system-dVRK-cart-simulated.json, CISST licence, JHU).
const SYSTEM = `/* -*- Mode: Javascript -*- */
{
    "arms": [
        {
            "name": "PSM2", // the right arm
            "base_frame": {
                "reference_frame": "ECM",
                "transform": [[ 1.0, 0.0, 0.0, 0.20], [0.0, -0.866025404, 0.5, 0.0], [0.0, -0.5, -0.866025404, 0.0], [0.0, 0.0, 0.0, 1.0]]
            }
        },
        { "name": "ECM", "arm_file": "http://example/not-a-comment" }
    ]
}`.replace('/* -*- Mode: Javascript -*- */', '');

describe('farhand sim-ros arguments', () => {
  it('defaults, ROS_MASTER_URI, and the dVRK flags', () => {
    const c = parseSimRosArgs([], { ROS_MASTER_URI: 'http://10.0.0.2:11311' });
    expect(c).toMatchObject({ masterUri: 'http://10.0.0.2:11311', arm: 'PSM1', rateHz: 100, tool: 'LND400006', operatingStateType: 'crtk_msgs/OperatingState' });
    const d = parseSimRosArgs(['--ros-master', 'http://127.0.0.1:5', '--arm', 'PSM2', '--rate', '0', '--publish-on-command', '--operating-state-type', 'crtk_msgs/operating_state'], {});
    expect(d).toMatchObject({ masterUri: 'http://127.0.0.1:5', arm: 'PSM2', rateHz: 0, publishOnCommand: true, operatingStateType: 'crtk_msgs/operating_state' });
    expect(parseSimRosArgs(['--help'], {})).toBe('help');
  });

  it('takes the base frame of the arm from a dVRK system JSON with // comments', () => {
    const file = join(dir, 'system.json');
    writeFileSync(file, SYSTEM);
    expect(baseFrameFromDvrkSystem(file, 'PSM2')).toEqual({
      reference_frame: 'ECM',
      transform: [[1.0, 0.0, 0.0, 0.2], [0.0, -0.866025404, 0.5, 0.0], [0.0, -0.5, -0.866025404, 0.0], [0.0, 0.0, 0.0, 1.0]],
    });
    expect(() => baseFrameFromDvrkSystem(file, 'PSM1')).toThrow(/no arm named PSM1 \(arms: PSM2, ECM\)/);
    expect(() => baseFrameFromDvrkSystem(file, 'ECM')).toThrow(/arm ECM has no base_frame/);
    const c = parseSimRosArgs(['--arm', 'PSM2', '--dvrk-system', file], {});
    expect(c !== 'help' && c.baseFrame).toMatchObject({ reference_frame: 'ECM' });
  });

  it('bad arguments say what is accepted', () => {
    expect(() => parseSimRosArgs(['--rate', 'fast'], {})).toThrow(/--rate "fast": expected a number of Hz from 0 to 1000/);
    expect(() => parseSimRosArgs(['--arm', '1PSM'], {})).toThrow(/expected a ROS name/);
    expect(() => parseSimRosArgs(['--ros-master', 'localhost:11311'], {})).toThrow(/expected http:\/\/HOST:PORT/);
    expect(() => parseSimRosArgs(['--base-frame', '{"matrix":[1,2]}'], {})).toThrow(/matrix must be 16 finite numbers/);
    expect(() => parseSimRosArgs(['--operating-state-type', 'x'], {})).toThrow(/crtk_msgs\/OperatingState or crtk_msgs\/operating_state/);
    expect(() => parseSimRosArgs(['--frobnicate'], {})).toThrow(/Unknown option '--frobnicate'/);
  });
});
