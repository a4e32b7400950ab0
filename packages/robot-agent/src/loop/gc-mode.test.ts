import { describe, expect, it } from 'vitest';
import { LOOP_GC_ENV, loopGcMode, loopGcV8Flags, reusesRowBuffer } from './gc-mode.js';

describe('FARHAND_LOOP_GC', () => {
  it('is "local" by default (unset or empty) and takes "local", "sync-sweep" or "background"', () => {
    expect(loopGcMode({})).toBe('local');
    expect(loopGcMode({ [LOOP_GC_ENV]: '' })).toBe('local');
    expect(loopGcMode({ [LOOP_GC_ENV]: 'local' })).toBe('local');
    expect(loopGcMode({ [LOOP_GC_ENV]: 'sync-sweep' })).toBe('sync-sweep');
    expect(loopGcMode({ [LOOP_GC_ENV]: 'background' })).toBe('background');
  });

  it('refuses anything else, saying what it got and what is accepted', () => {
    expect(() => loopGcMode({ [LOOP_GC_ENV]: 'single' })).toThrow(
      'FARHAND_LOOP_GC must be "local" (the default: the loop allocates no ArrayBuffer, so its scavenges do not wait for V8\'s helper threads), ' +
        '"sync-sweep" (also sweep array buffers inside every GC pause, process-wide) or "background" (as before, to compare), got "single"',
    );
    expect(() => loopGcMode({ [LOOP_GC_ENV]: 'LOCAL' })).toThrow('got "LOCAL"');
  });

  it('"local" and "sync-sweep" reuse the tick-row buffer; only "sync-sweep" sets a V8 flag', () => {
    expect(reusesRowBuffer('local')).toBe(true);
    expect(reusesRowBuffer('sync-sweep')).toBe(true);
    expect(reusesRowBuffer('background')).toBe(false);
    expect(loopGcV8Flags('local')).toEqual([]);
    expect(loopGcV8Flags('sync-sweep')).toEqual(['--no-concurrent-array-buffer-sweeping']);
    expect(loopGcV8Flags('background')).toEqual([]);
  });
});
