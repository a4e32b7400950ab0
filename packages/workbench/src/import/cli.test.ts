import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../replay/session.js';
import { main } from './cli.js';

const BAG = fileURLToPath(new URL('../../../../test/fixtures/replay/dvrk_psm2_traj02_cp_tail12s.bag', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'farhand-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('farhand import', () => {
  it('CSV -> session file, with a summary', async () => {
    const csv = join(dir, 'hand.csv');
    const rows = ['time_s,x_m,y_m,z_m'];
    for (let i = 0; i <= 50; i++) rows.push(`${i / 100},${0.01 * Math.sin(i / 10)},0,0`);
    rows.push('0.2,0,0,0'); // goes back in time: dropped and reported
    writeFileSync(csv, `${rows.join('\n')}\n`);
    const out = join(dir, 'hand.mcap');
    const r = await cli([csv, '--out', out, '--scale', '0.5', '--lead-in', '400ms', '--tail', '100ms']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/imported 51 hand poses from .*hand\.csv/);
    expect(r.out).toMatch(/dropped line 53: time 0\.2 s does not increase/);
    expect(r.out).toMatch(/wrote .*hand\.mcap: session import, \d+ frames, \d+ ticks/);
    const s = await loadSession(out);
    expect(s.damage).toBeNull();
    expect(JSON.parse(s.start.configJson).core.mapping.motionScale).toBe(0.5);
  }, 30_000);

  it('says what is wrong: exit 2 for arguments, 3 for input that cannot be imported', async () => {
    expect((await cli([])).err).toMatch(/give the file to import/);
    expect((await cli([BAG])).err).toMatch(/--out FILE is required/);
    expect((await cli([BAG, '--out', join(dir, 'x.mcap'), '--kind', 'foot'])).err).toMatch(/--kind "foot" must be hand or tool/);
    expect((await cli([BAG, '--out', join(dir, 'x.mcap'), '--set', 'sim.tool=X'])).err).toMatch(/only core\.\* fields/);
    expect((await cli([BAG, '--out', join(dir, 'x.mcap'), '--delay', '1'])).code).toBe(2);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'time_s,x_m,y_m\n1,2,3\n');
    const r = await cli([bad, '--out', join(dir, 'x.mcap')]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/no z_m column/);
    const t = await cli([bad, '--out', join(dir, 'x.mcap'), '--topic', '/a']);
    expect(t.code).toBe(2);
    const b = await cli([BAG, '--out', join(dir, 'x.mcap'), '--topic', '/PSM9/setpoint_cp']);
    expect(b.code).toBe(3);
    expect(b.err).toMatch(/no topic \/PSM9\/setpoint_cp; topics: \/PSM2\/measured_cp \(geometry_msgs\/PoseStamped, 1165\)/);
    const missing = await cli([join(dir, 'none.bag'), '--out', join(dir, 'x.mcap')]);
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/cannot open/);
    expect(existsSync(join(dir, 'x.mcap'))).toBe(false);
  }, 30_000);

  it('states the input rate, and resamples a 30 Hz TSV (quoted cells) to 100 Hz frames', async () => {
    const tsv = join(dir, 'slow.tsv');
    const rows = ['time_s\tx_m\ty_m\tz_m\t"note"'];
    for (let i = 0; i <= 90; i++) rows.push(`${i / 30}\t${0.02 * Math.sin(i / 30)}\t0\t0\t"tracker, 30 Hz"`);
    writeFileSync(tsv, `${rows.join('\n')}\n`);
    const asIs = await cli([tsv, '--out', join(dir, 'slow.mcap'), '--lead-in', '400ms', '--tail', '100ms']);
    expect(asIs.code).toBe(0);
    expect(asIs.out).toContain('input rate: 30.0 Hz (median interval 33.3 ms, 33.3..33.3 ms)');
    expect(asIs.err).toBe('farhand import: warning: the input is 30.0 Hz; a console streams at 100-500 Hz and the core holds longer on a slower stream: consider --resample 100Hz\n');
    const resampled = await cli([tsv, '--out', join(dir, 'fast.mcap'), '--lead-in', '400ms', '--tail', '100ms', '--resample', '100Hz']);
    expect(resampled.err).toBe('');
    expect(resampled.code).toBe(0);
    expect(resampled.out).toContain('input rate: 30.0 Hz');
    expect(resampled.out).toContain('resampled to 100 Hz: 91 -> 301 poses (position linear, orientation slerp)');
    expect(resampled.out).toMatch(/imported 301 hand poses/);
    // The session carries the motion (and its lead-in and tail) as frames at the track's rate: 100/30 as many.
    const frames = (out: string): number => Number(/(\d+) frames/.exec(out)![1]);
    const ratio = frames(resampled.out) / frames(asIs.out);
    expect(ratio).toBeGreaterThan(2.9);
    expect(ratio).toBeLessThan(3.5);
    expect((await cli([tsv, '--out', join(dir, 'x.mcap'), '--resample', 'fast'])).err).toMatch(/--resample "fast" must be a rate from 1 to 4000 Hz/);
    expect((await cli([tsv, '--out', join(dir, 'x.mcap'), '--delimiter', 'pipe'])).err).toMatch(/--delimiter "pipe" must be one of comma, tab, semicolon, space/);
  }, 60_000);

  it('two hands: a multi-arm session (PSM1, PSM2), a line per arm; the arguments that make no sense say why', async () => {
    const csv = join(dir, 'two.csv');
    const rows = ['time_s,psm1_x_m,psm1_y_m,psm1_z_m,psm2_x_m,psm2_y_m,psm2_z_m'];
    for (let i = 0; i <= 50; i++) rows.push(`${i / 100},${0.01 * Math.sin(i / 10)},0,0,0,${0.01 * Math.sin(i / 10)},0`);
    writeFileSync(csv, `${rows.join('\n')}\n`);
    const out = join(dir, 'two.mcap');
    const r = await cli([csv, '--out', out, '--lead-in', '400ms', '--tail', '100ms']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/imported 51 two-handed hand poses from .*two\.csv/);
    expect(r.out).toMatch(/wrote .*two\.mcap: session import, arms PSM1,PSM2, 101 two-handed frames, \d+ ticks/);
    expect(r.out).toMatch(/ {2}PSM1 \(.*two\.csv, psm1_ columns\): following [\d.]+ s; followed the intended motion within/);
    expect(r.out).toMatch(/ {2}PSM2 \(.*two\.csv, psm2_ columns\): following/);
    const s = await loadSession(out);
    expect(s.start.arms.map((a) => a.name)).toEqual(['PSM1', 'PSM2']);

    const ecm = await cli([csv, '--out', join(dir, 'two-ecm.mcap'), '--arms', 'PSM1,PSM2,ECM', '--lead-in', '400ms', '--tail', '100ms']);
    expect(ecm.code).toBe(0);
    expect(ecm.out).toContain('  ECM: the camera, held (no camera pedal in the input)');

    const usage = async (args: string[], re: RegExp) => {
      const x = await cli(args);
      expect(x.code, x.err).toBe(2);
      expect(x.err).toMatch(re);
    };
    await usage([csv, '--out', join(dir, 'x.mcap'), '--arms', 'PSM1'], /--arms: two hands drive PSM1 \(right hand\) and PSM2 \(left hand\); PSM1 lacks PSM2/);
    await usage([csv, '--out', join(dir, 'x.mcap'), '--arms', 'PSM1,PSM3'], /--arms: PSM3 is not an arm of the dVRK cart; accepted: PSM1, PSM2, ECM/);
    await usage([csv, '--out', join(dir, 'x.mcap'), '--arms', 'ECM,PSM1,PSM2'], /the first arm must be an instrument/);
    await usage([csv, '--out', join(dir, 'x.mcap'), '--topics', '/a,/b'], /--topics is for ROS bags/);
    await usage([BAG, '--out', join(dir, 'x.mcap'), '--topics', '/a,/b,/c'], /3 topics given; one \(one hand\) or two/);
    const one = join(dir, 'one.csv');
    writeFileSync(one, 'time_s,x_m,y_m,z_m\n0,0,0,0\n1,0,0,0\n');
    await usage([one, '--out', join(dir, 'x.mcap'), '--arms', 'PSM1,PSM2'], /--arms is for two-handed inputs/);
    const half = join(dir, 'half.csv');
    writeFileSync(half, 'time_s,psm1_x_m,psm1_y_m,psm1_z_m,psm2_x_m,psm2_z_m\n0,0,0,0,0,0\n1,0,0,0,0,0\n');
    const h = await cli([half, '--out', join(dir, 'x.mcap')]);
    expect(h.code).toBe(3);
    expect(h.err).toMatch(/PSM2's hand \(psm2_\) has psm2_x_m, psm2_z_m but no psm2_y_m/);
    expect(existsSync(join(dir, 'x.mcap'))).toBe(false);
  }, 60_000);


  it('--format jigsaws: its options, and what is refused', async () => {
    const usage = async (args: string[], re: RegExp) => {
      const x = await cli(args);
      expect(x.code, x.err).toBe(2);
      expect(x.err).toMatch(re);
    };
    const txt = join(dir, 'k.txt');
    writeFileSync(txt, '1 2 3\n4 5 6\n');
    const out = join(dir, 'k.mcap');
    await usage([txt, '--out', out, '--format', 'xml'], /--format "xml" must be csv or jigsaws/);
    await usage([txt, '--out', out, '--rate', '30'], /--rate is for --format jigsaws/);
    await usage([txt, '--out', out, '--format', 'jigsaws', '--rate', 'slow'], /--rate "slow" must be a rate from 1 to 4000 Hz/);
    await usage([txt, '--out', out, '--format', 'jigsaws', '--gripper-open-rad', 'wide'], /--gripper-open-rad "wide" must be an angle in rad/);
    await usage([txt, '--out', out, '--format', 'jigsaws', '--gripper-open-rad', '0.01'], /expected at least 0\.05 rad apart/);
    await usage([txt, '--out', out, '--format', 'jigsaws', '--kind', 'tool'], /--kind tool is not accepted/);
    await usage([BAG, '--out', out, '--format', 'jigsaws'], /--format jigsaws: this input is a ROS bag/);
    const r = await cli([txt, '--out', out, '--format', 'jigsaws']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/k\.txt line 1: 3 columns; a JIGSAWS kinematics line has 76/);
    expect(existsSync(out)).toBe(false);
  });
});

