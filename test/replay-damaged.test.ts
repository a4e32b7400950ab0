// Truncated, corrupt, foreign and tampered session files: a clear error that says what and where, the
// readable part still replayed (bit for bit) when asked, and the CLI's exit codes.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { McapWriter, type IWritable } from '@mcap/core';
import { farhand } from '@farhand/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main as replayMain } from '../packages/workbench/src/replay/cli.js';
import { DamagedSessionError, replayFile } from '../packages/workbench/src/replay/replay.js';
import { SessionFileError, loadSession } from '../packages/workbench/src/replay/session.js';
import { rewriteMcap, smallSession } from './replay-helpers.js';
import { captureCli } from './cli-capture.js';

const dir = mkdtempSync(join(tmpdir(), 'farhand-replay-damaged-'));
let file = '';
let fullTicks = 0;
beforeAll(async () => {
  file = await smallSession(join(dir, 'session.mcap'), 3);
  fullTicks = (await loadSession(file)).ticks.length;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI, capturing what it writes. */
const cli = (args: string[]) => captureCli(replayMain, args);
afterEach(() => vi.restoreAllMocks());

describe('damaged session files', () => {
  it('truncated (a crash): says so and where; replays the readable part bit for bit when asked', async () => {
    const cut = join(dir, 'cut.mcap');
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const s = await loadSession(cut);
    expect(s.damage?.kind).toBe('TRUNCATED');
    expect(s.damage?.message).toMatch(/without an MCAP footer/);
    expect(s.ticks.length).toBeGreaterThan(0);
    expect(s.ticks.length).toBeLessThan(fullTicks);
    await expect(replayFile(cut)).rejects.toThrow(DamagedSessionError);
    await expect(replayFile(cut)).rejects.toThrow(/truncated: .*Readable: ticks 0\.\.\d+ \([0-9.]+ s\)\. Pass --allow-truncated/);
    const { report } = await replayFile(cut, { allowDamaged: true });
    expect(report.session.damage?.kind).toBe('TRUNCATED');
    expect(report.reproduction.identical).toBe(true);
    expect(report.reproduction.ticksCompared).toBe(s.ticks.length);

    const refused = await cli([cut]);
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/truncated.*--allow-truncated/);
    const allowed = await cli([cut, '--allow-truncated']);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toMatch(/DAMAGED \(TRUNCATED\)/);
    expect(allowed.out).toMatch(/REPRODUCED/);
  }, 60_000);

  it('corrupt bytes in the middle: the chunk CRC (or, compressed, the decoder) catches it; what comes before still replays', async () => {
    const bad = join(dir, 'bad.mcap');
    const bytes = Buffer.from(readFileSync(file));
    const at = Math.floor(bytes.length * 0.5);
    for (let i = 0; i < 64; i++) bytes[at + i] = (bytes[at + i] as number) ^ 0x5a;
    writeFileSync(bad, bytes);
    const s = await loadSession(bad);
    expect(s.damage?.kind).toBe('CORRUPT');
    // The import writes zstd chunks as the agent does: corrupt compressed bytes fail in the decoder before the CRC.
    expect(s.damage?.message).toMatch(/unreadable data at about byte \d+ of \d+: .*(crc|decompression)/i);
    const { report } = await replayFile(bad, { allowDamaged: true });
    expect(report.reproduction.identical).toBe(true);
    expect(report.session.ticks).toBeLessThan(fullTicks);
  }, 60_000);

  it('not a session: missing, not MCAP, another MCAP profile', async () => {
    await expect(loadSession(join(dir, 'nope.mcap'))).rejects.toThrow(/cannot open .*nope\.mcap/);
    const txt = join(dir, 'notes.txt');
    writeFileSync(txt, 'time_s,x_m\n1,2\n');
    await expect(loadSession(txt)).rejects.toThrow(SessionFileError);
    await expect(loadSession(txt)).rejects.toThrow(/not an MCAP file|unreadable/);
    const other = join(dir, 'ros.mcap');
    const chunks: Uint8Array[] = [];
    let pos = 0n;
    const w: IWritable = {
      write: async (b) => {
        chunks.push(b.slice());
        pos += BigInt(b.length);
      },
      position: () => pos,
    };
    const mw = new McapWriter({ writable: w });
    await mw.start({ profile: 'ros1', library: 'test' });
    await mw.end();
    writeFileSync(other, Buffer.concat(chunks));
    await expect(loadSession(other)).rejects.toThrow(/profile "ros1", not a farhand session/);
    const r = await cli([other]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/not a farhand session/);
    expect((await cli([join(dir, 'nope.mcap')])).code).toBe(3);
  });

  it('a tampered tick: not reproduced, exit 4, the tick and the field named', async () => {
    const tampered = join(dir, 'tampered.mcap');
    let done = false;
    await rewriteMcap(file, tampered, (topic, data) => {
      if (topic !== '/farhand/tick' || done) return data;
      const t = farhand.v1.TickRecord.decode(data);
      if (Number(t.tick) !== 1500) return data;
      done = true;
      const p = t.setpoint_cp!.position!;
      p.y = (p.y ?? 0) + 1e-12;
      return farhand.v1.TickRecord.encode(t).finish();
    });
    expect(done).toBe(true);
    const r = await cli([tampered]);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/NOT REPRODUCED with the recorded config: first difference at tick 1500 \(t = 1\.500 s\): setpoint_cp\.position\.y recorded [-0-9.e]+, replayed [-0-9.e]+; 1 of \d+ ticks differ/);
  });
});

describe('farhand replay arguments', () => {
  it('says what is wrong with an argument and exits 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /give the session file to replay/],
      [[file, '--loss', '5'], /--loss: loss "5" is not a percentage: write it with a % sign/],
      [[file, '--delay', 'soon'], /--delay: delay "soon" is not a duration/],
      [[file, '--set', 'nonsense'], /--set "nonsense": expected PATH=VALUE/],
      [[file, '--set', 'core.limits.nope=1'], /--set core\.limits\.nope: unknown field "nope"; fields here: .*maxLinearSpeedMps/],
      [[file, '--set', 'core.limits.maxLinearSpeedMps=7'], /core\.limits\.maxLinearSpeedMps: 7 is not accepted; expected a number between 0\.001 and 1/],
      [[file, '--set', 'controlRateHz=500'], /cannot be changed: the replay runs on the recorded ticks/],
      [[file, '--scale', 'big'], /--scale "big" must be a number/],
      [[file, '--bogus'], /bogus/],
    ];
    for (const [args, msg] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(msg);
    }
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/exit codes: 0 done/);
  }, 60_000);

  it('--scale and --set change the config; the report lists the changes', async () => {
    const r = await cli([file, '--scale', '0.3', '--set', 'core.limits.maxLinearSpeedMps=0.05', '--quiet', '--json', join(dir, 'r.json')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { config: { changes: unknown[] }; reproduction: { identical: boolean } };
    expect(j.config.changes).toEqual([
      { path: 'core.mapping.motionScale', recorded: 0.2, replayed: 0.3 },
      { path: 'core.limits.maxLinearSpeedMps', recorded: 0.25, replayed: 0.05 },
    ]);
    expect(j.reproduction.identical).toBe(false);
  }, 60_000);
});
