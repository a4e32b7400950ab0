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
});
