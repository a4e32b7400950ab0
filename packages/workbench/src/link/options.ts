// Command-line flags of the impairment model, shared by `farhand replay` and `farhand link`, validated
// with zod so that every bad value is named with its flag and what is accepted.
import { z } from 'zod';
import { IDEAL_LINK, type ImpairmentParams, type OutageWindow, type RandomOutages, gilbertElliottFor } from './impairment.js';
import { parseBytes, parseDurationNs, parseInteger, parsePercent, parsePositive, parseRateBps } from './units.js';

/** node:util parseArgs option table for the impairment flags. */
export const IMPAIRMENT_ARG_OPTIONS = {
  delay: { type: 'string' },
  jitter: { type: 'string' },
  'jitter-corr': { type: 'string' },
  loss: { type: 'string' },
  burst: { type: 'string' },
  reorder: { type: 'string' },
  'reorder-delay': { type: 'string' },
  duplicate: { type: 'string' },
  outage: { type: 'string', multiple: true },
  bandwidth: { type: 'string' },
  queue: { type: 'string' },
  overhead: { type: 'string' },
  'no-fifo': { type: 'boolean' },
  seed: { type: 'string' },
} as const;

export const IMPAIRMENT_HELP = `link impairment (one seeded model; see docs/replay.md):
  --delay DUR          fixed one-way delay, the floor every packet pays (e.g. 80ms)
  --jitter DUR         extra delay, log-normal with this mean and this standard deviation (e.g. 15ms)
  --jitter-corr DUR    jitter correlation time: it drifts smoothly over this time (default 100ms; 0 = per packet)
  --loss PCT           long-run loss ratio (e.g. 1%)
  --burst N            mean loss burst length in packets (Gilbert-Elliott); omitted: independent losses
  --reorder PCT        packets held back so later ones overtake them (e.g. 1%)
  --reorder-delay DUR  how long a reordered packet is held back (default 20ms)
  --duplicate PCT      packets that arrive twice (e.g. 0.5%)
  --outage SPEC        DUR@START: link down for DUR from START (e.g. 2s@10s; repeatable);
                       DUR/EVERY: random outages, mean duration DUR, one per EVERY on average (e.g. 1s/60s)
  --bandwidth RATE     bottleneck rate (e.g. 1Mbps, 256kbps); omitted: unlimited
  --queue SIZE         bottleneck queue, tail drop beyond it (default 64kB)
  --overhead BYTES     header bytes per packet counted against the bandwidth (default 60)
  --no-fifo            let jitter reorder packets (default: a link delivers in order unless --reorder)
  --seed N             seed of the model (default 1)`;

export type ImpairmentFlagValues = Partial<Record<Exclude<keyof typeof IMPAIRMENT_ARG_OPTIONS, 'outage' | 'no-fifo'>, string>> & {
  outage?: string[];
  'no-fifo'?: boolean;
};

function unit<T>(parse: (s: string) => T) {
  return z.string().transform((s, ctx): T => {
    try {
      return parse(s);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  });
}

type OutageSpec = { kind: 'scheduled'; window: OutageWindow } | { kind: 'random'; random: RandomOutages };

export function parseOutage(text: string): OutageSpec {
  const at = text.split('@');
  if (at.length === 2) {
    return {
      kind: 'scheduled',
      window: { durationNs: parseDurationNs(at[0] as string, 'outage duration'), startNs: parseDurationNs(at[1] as string, 'outage start') },
    };
  }
  const every = text.split('/');
  if (every.length === 2) {
    const meanDurationNs = parseDurationNs(every[0] as string, 'outage mean duration');
    const meanIntervalNs = parseDurationNs(every[1] as string, 'outage mean interval');
    if (meanDurationNs <= 0 || meanIntervalNs <= 0) throw new Error(`outage "${text}": both durations must be above 0`);
    return { kind: 'random', random: { meanDurationNs, meanIntervalNs } };
  }
  throw new Error(`outage "${text}" is not DUR@START (e.g. 2s@10s) nor DUR/EVERY (e.g. 1s/60s)`);
}

const flagsSchema = z.object({
  delay: unit((s) => parseDurationNs(s, 'delay')).optional(),
  jitter: unit((s) => parseDurationNs(s, 'jitter')).optional(),
  'jitter-corr': unit((s) => parseDurationNs(s, 'jitter correlation time')).optional(),
  loss: unit((s) => {
    const v = parsePercent(s, 'loss');
    if (v >= 1) throw new Error(`loss "${s}" must be below 100% (use --outage for a dead link)`);
    return v;
  }).optional(),
  burst: unit((s) => parsePositive(s, 'burst (mean loss burst length, packets)', 1)).optional(),
  reorder: unit((s) => parsePercent(s, 'reorder')).optional(),
  'reorder-delay': unit((s) => parseDurationNs(s, 'reorder delay')).optional(),
  duplicate: unit((s) => parsePercent(s, 'duplicate')).optional(),
  outage: z.array(unit(parseOutage)).optional(),
  bandwidth: unit((s) => parseRateBps(s, 'bandwidth')).optional(),
  queue: unit((s) => parseBytes(s, 'queue')).optional(),
  overhead: unit((s) => parseBytes(s, 'overhead')).optional(),
  'no-fifo': z.boolean().optional(),
  seed: unit((s) => parseInteger(s, 'seed')).optional(),
});

export interface ParsedImpairment {
  params: ImpairmentParams;
  /** True when any flag changes the link from ideal (the seed alone does not). */
  impaired: boolean;
}

/** Flags -> model parameters. Throws an Error listing every bad flag with what it accepts. */
export function impairmentFromFlags(values: ImpairmentFlagValues): ParsedImpairment {
  const r = flagsSchema.safeParse(values);
  if (!r.success) {
    throw new Error(r.error.issues.map((i) => `--${i.path.filter((p) => typeof p === 'string').join('.')}: ${i.message}`).join('\n'));
  }
  const f = r.data;
  const randoms = (f.outage ?? []).filter((o) => o.kind === 'random');
  if (randoms.length > 1) throw new Error('--outage: give at most one random outage spec (DUR/EVERY)');
  const params: ImpairmentParams = {
    ...IDEAL_LINK,
    delayNs: f.delay ?? 0,
    jitterNs: f.jitter ?? 0,
    jitterCorrelationNs: f['jitter-corr'] ?? IDEAL_LINK.jitterCorrelationNs,
    lossRatio: f.loss ?? 0,
    meanBurstLength: f.burst ?? null,
    reorderRatio: f.reorder ?? 0,
    reorderDelayNs: f['reorder-delay'] ?? IDEAL_LINK.reorderDelayNs,
    duplicateRatio: f.duplicate ?? 0,
    outages: (f.outage ?? []).flatMap((o) => (o.kind === 'scheduled' ? [o.window] : [])),
    randomOutages: randoms[0]?.kind === 'random' ? randoms[0].random : null,
    bandwidthBps: f.bandwidth ?? null,
    queueLimitBytes: f.queue ?? IDEAL_LINK.queueLimitBytes,
    overheadBytes: f.overhead ?? 60,
    fifo: !(f['no-fifo'] ?? false),
    seed: f.seed ?? 1,
  };
  try {
    gilbertElliottFor(params.lossRatio, params.meanBurstLength);
  } catch (e) {
    throw new Error(`--loss/--burst: ${(e as Error).message}`);
  }
  if (f.burst !== undefined && f.loss === undefined) throw new Error('--burst needs --loss (the long-run loss ratio the bursts add up to)');
  const impaired =
    params.delayNs > 0 ||
    params.jitterNs > 0 ||
    params.lossRatio > 0 ||
    params.reorderRatio > 0 ||
    params.duplicateRatio > 0 ||
    params.outages.length > 0 ||
    params.randomOutages !== null ||
    params.bandwidthBps !== null;
  return { params, impaired };
}

/** One line for logs and reports: "delay 80 ms, jitter 15 ms (log-normal), loss 1% (bursts of 3), ...". */
export function describeImpairment(p: ImpairmentParams): string {
  const parts: string[] = [];
  const ms = (ns: number) => `${+(ns / 1e6).toFixed(3)} ms`;
  const pct = (r: number) => `${+(r * 100).toFixed(4)}%`;
  if (p.delayNs > 0) parts.push(`delay ${ms(p.delayNs)}`);
  if (p.jitterNs > 0) parts.push(`jitter ${ms(p.jitterNs)} (log-normal, mean = SD, ${p.jitterCorrelationNs > 0 ? `correlated over ${ms(p.jitterCorrelationNs)}` : 'independent per packet'})`);
  if (p.lossRatio > 0) parts.push(`loss ${pct(p.lossRatio)} (${p.meanBurstLength === null ? 'independent' : `mean burst ${p.meanBurstLength} packets`})`);
  if (p.reorderRatio > 0) parts.push(`reorder ${pct(p.reorderRatio)} (held ${ms(p.reorderDelayNs)})`);
  if (p.duplicateRatio > 0) parts.push(`duplicate ${pct(p.duplicateRatio)}`);
  for (const o of p.outages) parts.push(`outage ${ms(o.durationNs)} at ${ms(o.startNs)}`);
  if (p.randomOutages) parts.push(`random outages of ${ms(p.randomOutages.meanDurationNs)} every ${ms(p.randomOutages.meanIntervalNs)} (mean)`);
  if (p.bandwidthBps !== null) parts.push(`bandwidth ${p.bandwidthBps / 1e3} kbit/s (queue ${p.queueLimitBytes} B, overhead ${p.overheadBytes} B)`);
  if (!p.fifo) parts.push('no FIFO');
  if (parts.length === 0) return 'ideal (no impairment)';
  return `${parts.join(', ')}; seed ${p.seed}`;
}
