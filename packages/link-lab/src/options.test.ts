import { describe, expect, it } from 'vitest';
import { LAB_HELP, parseLabFlags } from './flags.js';
import { labNames, ownerOfNamespace } from './names.js';
import { NO_IMPAIRMENT, describeImpairment, resolveLabOptions } from './params.js';
import { parseBytes, parseDurationNs, parseInteger, parseNumberAtLeast, parsePercent, parseRateBps } from './units.js';

describe('units', () => {
  it('reads durations, percentages, rates and sizes', () => {
    expect(parseDurationNs('50ms')).toBe(50e6);
    expect(parseDurationNs('1.5s')).toBe(1.5e9);
    expect(parseDurationNs('200us')).toBe(200e3);
    expect(parseDurationNs('0')).toBe(0);
    expect(parsePercent('2%')).toBe(0.02);
    expect(parsePercent('0.5 %')).toBe(0.005);
    expect(parseRateBps('10mbit')).toBe(10e6);
    expect(parseRateBps('512kbit')).toBe(512e3);
    expect(parseRateBps('10Mbit/s')).toBe(10e6);
    expect(parseRateBps('2Mbps')).toBe(2e6);
    expect(parseRateBps('1gbit')).toBe(1e9);
    expect(parseRateBps('64000bit')).toBe(64000);
    expect(parseBytes('64kB')).toBe(64000);
    expect(parseBytes('1KiB')).toBe(1024);
    expect(parseBytes('1500')).toBe(1500);
    expect(parseInteger('-7', 'seed')).toBe(-7);
    expect(parseNumberAtLeast('2.5', 'burst', 1)).toBe(2.5);
  });

  it('says what is wrong and what is accepted', () => {
    expect(() => parseDurationNs('50', 'delay')).toThrow('delay "50" is not a duration: write a number and a unit, e.g. 50ms');
    expect(() => parsePercent('2', 'loss')).toThrow('loss "2" is not a percentage: write it with a % sign');
    expect(() => parsePercent('120%', 'loss')).toThrow('loss "120%" is above 100%');
    expect(() => parseRateBps('fast', 'rate')).toThrow('rate "fast" is not a rate: write a number and bit, kbit, mbit or gbit');
    expect(() => parseRateBps('1000bps', 'rate')).toThrow('bare "bps" is ambiguous');
    expect(() => parseRateBps('0mbit', 'rate')).toThrow('rate "0mbit" must be above 0');
    expect(() => parseBytes('lots', 'queue')).toThrow('queue "lots" is not a size');
    expect(() => parseInteger('1.5', 'seed')).toThrow('seed "1.5" must be an integer');
    expect(() => parseInteger('99999999999999999999', 'seed')).toThrow('is too large');
    expect(() => parseNumberAtLeast('0.5', 'burst', 1)).toThrow('burst "0.5" must be a number >= 1');
  });
});

describe('lab options', () => {
  it('fills defaults: an ideal link both ways, seed 1', () => {
    const o = resolveLabOptions();
    expect(o).toEqual({ seed: 1, consoleToAgent: NO_IMPAIRMENT, agentToConsole: NO_IMPAIRMENT });
    expect(describeImpairment(o.consoleToAgent)).toBe('no impairment');
  });

  it('names every bad field with its value and what is accepted, all at once', () => {
    let msg = '';
    try {
      resolveLabOptions({ seed: 1.5, consoleToAgent: { lossRatio: 1.5, jitterDistribution: 'pareto' as never }, agentToConsole: { delayNs: -1, rateBps: 10 } });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toContain('seed: seed: an integer (got 1.5)');
    expect(msg).toContain('consoleToAgent.lossRatio: loss ratio: accepted 0..1 (got 1.5)');
    expect(msg).toContain('consoleToAgent.jitterDistribution: jitter distribution: accepted uniform, normal, lognormal (got "pareto")');
    expect(msg).toContain('agentToConsole.delayNs: one-way delay: accepted 0..10 s (in ns) (got -1)');
    expect(msg).toContain('agentToConsole.rateBps: rate: accepted >= 1 kbit/s (1000 bit/s) (got 10)');
  });

  it('rejects unknown fields, non-numbers, and bursts the loss ratio cannot have', () => {
    expect(() => resolveLabOptions({ consoleToAgent: { delay: 5 } as never })).toThrow('consoleToAgent: unknown field(s) delay; accepted: delayNs, jitterNs');
    expect(() => resolveLabOptions({ consoleToAgent: { delayNs: '50ms' as never } })).toThrow('consoleToAgent.delayNs: one-way delay: a number of nanoseconds is required (got "50ms")');
    expect(() => resolveLabOptions({ consoleToAgent: { delayNs: Number.NaN } })).toThrow('(got NaN)');
    expect(() => resolveLabOptions({ consoleToAgent: { lossRatio: 0.6, meanBurstLength: 1 } })).toThrow('consoleToAgent.meanBurstLength: mean burst length: with loss 60% bursts must be at least 1.500 packets long');
    expect(() => resolveLabOptions({ agentToConsole: { queueBytes: 100 } })).toThrow('agentToConsole.queueBytes: queue: accepted >= 1500 bytes (one full packet) (got 100)');
    expect(() => resolveLabOptions(null as never)).toThrow('lab options: an object is required, got null');
  });

  it('describes a link for people', () => {
    const o = resolveLabOptions({ consoleToAgent: { delayNs: 50e6, jitterNs: 5e6, lossRatio: 0.02, meanBurstLength: 3, rateBps: 10e6 } });
    expect(describeImpairment(o.consoleToAgent)).toBe('delay 50 ms ± 5 ms (uniform), loss 2% (Gilbert-Elliott, mean burst 3 packets), rate 10 Mbit/s (queue 65536 B)');
  });
});

describe('lab flags', () => {
  it('applies the common flags to both directions and --up/--down on top', () => {
    const f = parseLabFlags(['--delay', '50ms', '--jitter', '10ms', '--loss', '2%', '--seed', '7', '--up', 'loss=5%,burst=3', '--down', 'rate=2mbit fifo=false jitter-dist=normal']);
    expect(f.help).toBe(false);
    expect(f.options.seed).toBe(7);
    expect(f.options.consoleToAgent).toEqual({ ...NO_IMPAIRMENT, delayNs: 50e6, jitterNs: 10e6, lossRatio: 0.05, meanBurstLength: 3 });
    expect(f.options.agentToConsole).toEqual({ ...NO_IMPAIRMENT, delayNs: 50e6, jitterNs: 10e6, lossRatio: 0.02, rateBps: 2e6, fifo: false, jitterDistribution: 'normal' });
  });

  it('reads every flag', () => {
    const f = parseLabFlags(['--delay', '150ms', '--jitter', '5ms', '--jitter-dist', 'lognormal', '--loss', '1%', '--burst', '2', '--reorder', '1%', '--reorder-delay', '30ms', '--duplicate', '0.5%', '--rate', '10mbit', '--queue', '32kB', '--no-fifo', '--stats-every', '5s', '--stats-file', '/tmp/x.json']);
    expect(f.options.agentToConsole).toEqual({
      delayNs: 150e6,
      jitterNs: 5e6,
      jitterDistribution: 'lognormal',
      lossRatio: 0.01,
      meanBurstLength: 2,
      reorderRatio: 0.01,
      reorderDelayNs: 30e6,
      duplicateRatio: 0.005,
      rateBps: 10e6,
      queueBytes: 32000,
      fifo: false,
    });
    expect(f.statsEveryNs).toBe(5e9);
    expect(f.statsFile).toBe('/tmp/x.json');
    expect(parseLabFlags(['--help']).help).toBe(true);
  });

  it('lists every bad flag with what it accepts', () => {
    let msg = '';
    try {
      parseLabFlags(['--delay', '50', '--loss', '2', '--rate', 'fast', '--jitter-dist', 'pareto', '--seed', 'x', '--up', 'speed=1,delay=ms', '--stats-every', '10ms']);
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg.split('\n')).toEqual([
      '--delay: delay "50" is not a duration: write a number and a unit, e.g. 50ms, 1.5s, 200us (units ns, us, ms, s)',
      '--jitter-dist: jitter distribution "pareto" is not one of uniform, normal, lognormal',
      '--loss: loss "2" is not a percentage: write it with a % sign, e.g. 2% or 0.5%',
      '--rate: rate "fast" is not a rate: write a number and bit, kbit, mbit or gbit (bits per second; kbps/Mbps/Gbps and Mbit/s too), e.g. 10mbit',
      '--up: unknown key "speed"; accepted: delay, jitter, jitter-dist, loss, burst, reorder, reorder-delay, duplicate, rate, queue, fifo',
      '--up delay: delay "ms" is not a duration: write a number and a unit, e.g. 50ms, 1.5s, 200us (units ns, us, ms, s)',
      '--seed: seed "x" must be an integer, e.g. 7',
      '--stats-every: "10ms" must be at least 100ms',
    ]);
    expect(() => parseLabFlags(['--burst', '3'])).toThrow('console -> agent: --burst needs --loss');
    expect(() => parseLabFlags(['--loss', '100%'])).toThrow('loss "100%" must be below 100%');
    expect(() => parseLabFlags(['--bogus'])).toThrow(/Unknown option '--bogus'[\s\S]*--help lists every flag/);
    expect(() => parseLabFlags(['--up', 'fifo=maybe'])).toThrow('--up fifo: "maybe" must be true or false');
    expect(() => parseLabFlags(['--down', 'loss'])).toThrow('--down: "loss" must be KEY=VALUE');
  });

  it('documents every flag in --help', () => {
    for (const flag of ['--delay', '--jitter', '--jitter-dist', '--loss', '--burst', '--reorder', '--reorder-delay', '--duplicate', '--rate', '--queue', '--no-fifo', '--up', '--down', '--seed', '--stats-every', '--stats-file', '--help']) {
      expect(LAB_HELP).toContain(`  ${flag} `);
    }
  });
});

describe('lab names', () => {
  it('are unique per pid and counter, fit the kernel limits, and name their owner', () => {
    const a = labNames(4194304, 1);
    const b = labNames(4194304, 2);
    expect(a.consoleDev.length).toBeLessThanOrEqual(15);
    expect(new Set([a.consoleNs, a.agentNs, b.consoleNs, b.agentNs, a.consoleDev, a.agentDev, b.consoleDev, b.agentDev]).size).toBe(8);
    expect(ownerOfNamespace(a.agentNs)).toBe(4194304);
    expect(ownerOfNamespace('some-other-ns')).toBeNull();
  });
});
