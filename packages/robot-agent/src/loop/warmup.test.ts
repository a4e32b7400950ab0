import { describe, expect, it } from 'vitest';
import { completeConfig, type EffectiveConfig } from '@farhand/loop';
import { loadConfig } from '../config/load.js';
import { DEFAULT_ARMS_WARMUP_TICKS, DEFAULT_WARMUP_TICKS, loopWarmupTicks, MAX_WARMUP_TICKS, WARMUP_ROUNDS, warmUpLoop } from './warmup.js';

function config(argv: string[] = []): EffectiveConfig {
  const loaded = loadConfig({ argv: ['--token-surgeon', 's'.repeat(20), ...argv], env: {}, cwd: '/' });
  if (!loaded.ok) throw new Error(loaded.errors.join());
  const eff = completeConfig(loaded.config, () => 7);
  if (!eff.ok) throw new Error(eff.errors.join());
  return eff.config;
}

const now = (): number => performance.now();

describe('loop warm-up', () => {
  it('reads FARHAND_LOOP_WARMUP: the default, 0 (off), a tick count; rejects anything else clearly', () => {
    expect(loopWarmupTicks({})).toBe(DEFAULT_WARMUP_TICKS);
    expect(loopWarmupTicks({}, true)).toBe(DEFAULT_ARMS_WARMUP_TICKS);
    expect(loopWarmupTicks({ FARHAND_LOOP_WARMUP: '300' }, true)).toBe(300);
    expect(loopWarmupTicks({ FARHAND_LOOP_WARMUP: '' })).toBe(DEFAULT_WARMUP_TICKS);
    expect(loopWarmupTicks({ FARHAND_LOOP_WARMUP: '0' })).toBe(0);
    expect(loopWarmupTicks({ FARHAND_LOOP_WARMUP: ' 2500 ' })).toBe(2500);
    for (const bad of ['-1', '1.5', 'off', 'yes', '1e3', String(MAX_WARMUP_TICKS + 1)]) {
      expect(() => loopWarmupTicks({ FARHAND_LOOP_WARMUP: bad })).toThrow(/FARHAND_LOOP_WARMUP must be a whole number of warm-up ticks from 0 \(no warm-up\) to 100000, or unset for the default \(8000 for one arm, 4000 for several\); got "/);
    }
  });

  it('one arm: engages, follows, clutches, holds and disengages a simulated arm in virtual time', async () => {
    const r = await warmUpLoop(config(), DEFAULT_WARMUP_TICKS, now);
    expect(r.ticks).toBe(DEFAULT_WARMUP_TICKS);
    expect(r.states).toEqual(expect.arrayContaining(['IDLE', 'FOLLOWING', 'CLUTCHED', 'HOLDING']));
    expect(r.states[0]).toBe('IDLE');
    expect(r.finalState).toBe('IDLE');
    // The later rounds' jittery link puts the tremor filter in look-ahead mode and back (the branches a
    // live session reaches that one round never did: issue 18), besides the first round's events.
    expect(r.codes).toEqual(expect.arrayContaining(['ENGAGED', 'CLUTCH_PRESSED', 'CLUTCH_RELEASED', 'LINK_STALE', 'RESUMED', 'DISENGAGED', 'TREMOR_FILTER_MODE']));
  });

  it('runs in WARMUP_ROUNDS, each on a fresh runtime, their ticks adding up to the count asked for', async () => {
    expect(WARMUP_ROUNDS.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (const n of [1, 7, 1500]) expect((await warmUpLoop(config(), n, now)).ticks).toBe(n);
  });

  it('several arms: the same on the simulated cart', async () => {
    const r = await warmUpLoop(config(['--arms', 'PSM1,PSM2,ECM']), DEFAULT_ARMS_WARMUP_TICKS, now);
    expect(r.states).toEqual(expect.arrayContaining(['IDLE', 'FOLLOWING', 'CLUTCHED', 'HOLDING']));
    expect(r.finalState).toBe('IDLE');
  });

  it('a ROS-configured loop warms up on simulated arms: no graph is contacted', async () => {
    const r = await warmUpLoop({ ...config(), driver: 'ros' }, 500, now);
    expect(r.ticks).toBe(500);
  });

  it('0 ticks: nothing is built', async () => {
    expect(await warmUpLoop(config(), 0, now)).toEqual({ ticks: 0, states: [], finalState: '', codes: [], ms: 0 });
  });
});
