// The lab CLI's flags -> validated LabOptions. Every bad value is reported with its flag, the value and
// what is accepted; all of them at once, not just the first.
import { parseArgs } from 'node:util';
import { type Impairment, JITTER_DISTRIBUTIONS, type JitterDistribution, type LabOptions, resolveLabOptions } from './params.js';
import { parseBytes, parseDurationNs, parseInteger, parseNumberAtLeast, parsePercent, parseRateBps } from './units.js';

/** Per-direction settings: the flag name (also the key in --up/--down specs) -> how to read it. */
const IMPAIRMENT_FLAGS: Record<string, (text: string) => Partial<Impairment>> = {
  delay: (s) => ({ delayNs: parseDurationNs(s, 'delay') }),
  jitter: (s) => ({ jitterNs: parseDurationNs(s, 'jitter') }),
  'jitter-dist': (s) => {
    if (!(JITTER_DISTRIBUTIONS as readonly string[]).includes(s)) throw new Error(`jitter distribution "${s}" is not one of ${JITTER_DISTRIBUTIONS.join(', ')}`);
    return { jitterDistribution: s as JitterDistribution };
  },
  loss: (s) => {
    const v = parsePercent(s, 'loss');
    if (v >= 1) throw new Error(`loss "${s}" must be below 100%`);
    return { lossRatio: v };
  },
  burst: (s) => ({ meanBurstLength: parseNumberAtLeast(s, 'burst (mean loss burst length, packets)', 1) }),
  reorder: (s) => ({ reorderRatio: parsePercent(s, 'reorder') }),
  'reorder-delay': (s) => ({ reorderDelayNs: parseDurationNs(s, 'reorder delay') }),
  duplicate: (s) => ({ duplicateRatio: parsePercent(s, 'duplicate') }),
  rate: (s) => ({ rateBps: parseRateBps(s, 'rate') }),
  queue: (s) => ({ queueBytes: parseBytes(s, 'queue') }),
};

export const LAB_HELP = `usage: npm run lab -- [flags]        (node packages/link-lab/dist/cli.js [flags])

Brings up a packet-level link lab: two network namespaces, console side and agent side, joined by a
userspace forwarder that impairs every IP packet. Prints how to run the agent and a browser inside it,
stays up until Ctrl+C, then removes everything it made. Needs root, /dev/net/tun, iproute2 and python3.

Both directions (console -> agent "up", agent -> console "down"):
  --delay DUR          fixed one-way delay added to every packet (e.g. 50ms)
  --jitter DUR         jitter scale (e.g. 10ms): uniform ±DUR, normal with SD DUR, or log-normal extra delay
  --jitter-dist KIND   uniform (default), normal, or lognormal (heavy tail: mean = SD = DUR, never below --delay)
  --loss PCT           long-run packet loss (e.g. 2%)
  --burst N            mean loss burst length in packets (Gilbert-Elliott); omitted: independent losses
  --reorder PCT        packets held back so later ones overtake them (e.g. 1%)
  --reorder-delay DUR  how long a reordered packet is held back (default 20ms)
  --duplicate PCT      packets delivered twice (e.g. 0.5%)
  --rate RATE          bottleneck rate, bits per second (e.g. 10mbit, 512kbit; Mbps and Mbit/s too)
  --queue SIZE         bottleneck queue, tail drop beyond it (default 64kB)
  --no-fifo            let jitter reorder packets (default: in order unless --reorder)
Per direction, on top of the above:
  --up SPEC            console -> agent overrides, e.g. --up delay=80ms,loss=5%,burst=3
  --down SPEC          agent -> console overrides, e.g. --down rate=2mbit,jitter-dist=normal
                       (keys: ${Object.keys(IMPAIRMENT_FLAGS).join(', ')}, fifo=true|false)
Lab:
  --seed N             seed of every random decision (default 1): same seed, same fate for the n-th packet
  --stats-every DUR    print the forwarder's statistics this often (e.g. 10s); default: only at the end
  --stats-file PATH    also write the final statistics to this JSON file
  --help               this text`;

export interface LabFlags {
  help: boolean;
  options: LabOptions;
  statsEveryNs: number | null;
  statsFile: string | null;
}

function parseSpec(flag: string, spec: string, errors: string[]): Partial<Impairment> {
  const out: Partial<Impairment> = {};
  for (const part of spec.split(/[,\s]+/).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq > 0 ? part.slice(0, eq) : part;
    const value = eq > 0 ? part.slice(eq + 1) : '';
    if (key === 'fifo') {
      if (value !== 'true' && value !== 'false') errors.push(`${flag} ${key}: "${value}" must be true or false`);
      else out.fifo = value === 'true';
      continue;
    }
    const parse = IMPAIRMENT_FLAGS[key];
    if (!parse) {
      errors.push(`${flag}: unknown key "${key}"; accepted: ${Object.keys(IMPAIRMENT_FLAGS).join(', ')}, fifo`);
      continue;
    }
    if (eq <= 0) {
      errors.push(`${flag}: "${part}" must be KEY=VALUE, e.g. ${key}=...`);
      continue;
    }
    try {
      Object.assign(out, parse(value));
    } catch (e) {
      errors.push(`${flag} ${key}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** argv (without node and script) -> flags. Throws an Error listing every problem. */
export function parseLabFlags(argv: string[]): LabFlags {
  let values: Record<string, string | boolean | undefined>;
  try {
    const opts: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' }, 'no-fifo': { type: 'boolean' } };
    for (const k of [...Object.keys(IMPAIRMENT_FLAGS), 'up', 'down', 'seed', 'stats-every', 'stats-file']) opts[k] = { type: 'string' };
    values = parseArgs({ args: argv, options: opts, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
  } catch (e) {
    throw new Error(`${(e as Error).message}\n(npm run lab -- --help lists every flag)`);
  }
  const errors: string[] = [];
  const both: Partial<Impairment> = {};
  for (const [flag, parse] of Object.entries(IMPAIRMENT_FLAGS)) {
    const v = values[flag];
    if (typeof v !== 'string') continue;
    try {
      Object.assign(both, parse(v));
    } catch (e) {
      errors.push(`--${flag}: ${(e as Error).message}`);
    }
  }
  if (values['no-fifo'] === true) both.fifo = false;
  const up = typeof values.up === 'string' ? parseSpec('--up', values.up, errors) : {};
  const down = typeof values.down === 'string' ? parseSpec('--down', values.down, errors) : {};
  let seed = 1;
  if (typeof values.seed === 'string') {
    try {
      seed = parseInteger(values.seed, 'seed');
    } catch (e) {
      errors.push(`--seed: ${(e as Error).message}`);
    }
  }
  let statsEveryNs: number | null = null;
  if (typeof values['stats-every'] === 'string') {
    try {
      statsEveryNs = parseDurationNs(values['stats-every'], 'stats interval');
      if (statsEveryNs < 100e6) errors.push(`--stats-every: "${values['stats-every']}" must be at least 100ms`);
    } catch (e) {
      errors.push(`--stats-every: ${(e as Error).message}`);
    }
  }
  for (const [dir, spec] of [['--up', up], ['--down', down]] as const) {
    const merged = { ...both, ...spec };
    if (merged.meanBurstLength !== undefined && !(merged.lossRatio! > 0)) errors.push(`${dir === '--up' ? 'console -> agent' : 'agent -> console'}: --burst needs --loss (the long-run loss the bursts add up to)`);
  }
  if (errors.length) throw new Error(errors.join('\n'));
  const options = resolveLabOptions({ seed, consoleToAgent: { ...both, ...up }, agentToConsole: { ...both, ...down } });
  return { help: values.help === true, options, statsEveryNs, statsFile: typeof values['stats-file'] === 'string' ? values['stats-file'] : null };
}
