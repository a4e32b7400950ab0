import { describe, expect, it } from 'vitest';
import { describeImpairment, impairmentFromFlags, parseOutage } from './options.js';
import { parseBytes, parseDurationNs, parsePercent, parseRateBps } from './units.js';

describe('units', () => {
  it('parses durations, percentages, rates and sizes', () => {
    expect(parseDurationNs('80ms')).toBe(80e6);
    expect(parseDurationNs('1.5s')).toBe(1.5e9);
    expect(parseDurationNs('200us')).toBe(200e3);
    expect(parseDurationNs('0')).toBe(0);
    expect(parsePercent('1%')).toBe(0.01);
    expect(parsePercent('0.5 %')).toBe(0.005);
    expect(parseRateBps('1Mbps')).toBe(1e6);
    expect(parseRateBps('256kbit/s')).toBe(256e3);
    expect(parseBytes('64kB')).toBe(64e3);
    expect(parseBytes('1KiB')).toBe(1024);
  });

  it('says what is wrong and what is accepted', () => {
    expect(() => parseDurationNs('80')).toThrow(/not a duration: write a number and a unit, e.g. 80ms/);
    expect(() => parseDurationNs('-5ms')).toThrow(/not a duration/);
    expect(() => parsePercent('1')).toThrow(/with a % sign/);
    expect(() => parsePercent('150%')).toThrow(/above 100%/);
    expect(() => parseRateBps('fast')).toThrow(/bps, kbps, Mbps or Gbps/);
  });
});

describe('impairment flags', () => {
  it('builds the model parameters from the flags', () => {
    const { params, impaired } = impairmentFromFlags({
      delay: '120ms',
      jitter: '20ms',
      loss: '2%',
      burst: '3',
      reorder: '1%',
      duplicate: '0.5%',
      outage: ['2s@10s', '1s/60s'],
      bandwidth: '1Mbps',
      seed: '7',
    });
    expect(impaired).toBe(true);
    expect(params).toMatchObject({
      delayNs: 120e6,
      jitterNs: 20e6,
      lossRatio: 0.02,
      meanBurstLength: 3,
      reorderRatio: 0.01,
      duplicateRatio: 0.005,
      outages: [{ startNs: 10e9, durationNs: 2e9 }],
      randomOutages: { meanDurationNs: 1e9, meanIntervalNs: 60e9 },
      bandwidthBps: 1e6,
      fifo: true,
      seed: 7,
    });
    expect(describeImpairment(params)).toMatch(/delay 120 ms, jitter 20 ms \(log-normal, mean = SD, correlated over 100 ms\), loss 2% \(mean burst 3 packets\)/);
  });

  it('no flags: the ideal link', () => {
    const { params, impaired } = impairmentFromFlags({ seed: '3' });
    expect(impaired).toBe(false);
    expect(describeImpairment(params)).toBe('ideal (no impairment)');
  });

  it('names every bad flag with what it accepts', () => {
    expect(() => impairmentFromFlags({ delay: 'soon', loss: '5' })).toThrow(/--delay: delay "soon" is not a duration[^]*--loss: loss "5" is not a percentage/);
    expect(() => impairmentFromFlags({ loss: '100%' })).toThrow(/--loss: .*below 100%/);
    expect(() => impairmentFromFlags({ burst: '3' })).toThrow(/--burst needs --loss/);
    expect(() => impairmentFromFlags({ loss: '60%', burst: '1' })).toThrow(/--loss\/--burst: .*impossible/);
    expect(() => impairmentFromFlags({ outage: ['1s/10s', '2s/20s'] })).toThrow(/at most one random/);
    expect(() => impairmentFromFlags({ seed: 'x' })).toThrow(/--seed: seed "x" must be an integer/);
    expect(() => parseOutage('2s')).toThrow(/DUR@START/);
  });
});
