// The lab's parameters: what each direction does to packets, and the seed. Validated with zod, so that
// every bad value is reported with its field, the value and what is accepted, before anything is set up.
import { z } from 'zod';
import { formatMs } from './units.js';

export const JITTER_DISTRIBUTIONS = ['uniform', 'normal', 'lognormal'] as const;
export type JitterDistribution = (typeof JITTER_DISTRIBUTIONS)[number];

/** What the forwarder does to the packets of one direction (SI units; see forwarder/forwarder.py). */
export interface Impairment {
  /** Fixed one-way delay added to every packet, ns. */
  delayNs: number;
  /** Jitter scale, ns: uniform on [-j, +j], normal with SD j, or log-normal extra delay with mean = SD = j. */
  jitterNs: number;
  jitterDistribution: JitterDistribution;
  /** Long-run fraction of packets dropped by the loss model, 0 <= ratio < 1. */
  lossRatio: number;
  /** Mean length of a loss burst (Gilbert-Elliott), packets >= 1; null: independent losses. */
  meanBurstLength: number | null;
  /** Fraction of packets held back reorderDelayNs so that later packets overtake them. */
  reorderRatio: number;
  reorderDelayNs: number;
  /** Fraction of packets delivered twice. */
  duplicateRatio: number;
  /** Bottleneck rate, bit/s (serialisation delay and a FIFO queue); null: unlimited. */
  rateBps: number | null;
  /** Bottleneck queue; a packet that would overflow it is dropped (tail drop), bytes. */
  queueBytes: number;
  /** Deliver in arrival order unless picked for reordering (a single path does); false: jitter may reorder. */
  fifo: boolean;
}

export const NO_IMPAIRMENT: Readonly<Impairment> = Object.freeze({
  delayNs: 0,
  jitterNs: 0,
  jitterDistribution: 'uniform',
  lossRatio: 0,
  meanBurstLength: null,
  reorderRatio: 0,
  reorderDelayNs: 20e6,
  duplicateRatio: 0,
  rateBps: null,
  queueBytes: 64 * 1024,
  fifo: true,
});

const MAX_DELAY_NS = 10e9;
const ratio = (what: string) => z.number({ error: `${what}: a number is required` }).finite().min(0, `${what}: accepted 0..1`).max(1, `${what}: accepted 0..1`);
const durationNs = (what: string) =>
  z.number({ error: `${what}: a number of nanoseconds is required` }).finite().min(0, `${what}: accepted 0..10 s (in ns)`).max(MAX_DELAY_NS, `${what}: accepted 0..10 s (in ns)`);

export const impairmentSchema = z
  .object({
    delayNs: durationNs('one-way delay'),
    jitterNs: durationNs('jitter'),
    jitterDistribution: z.enum(JITTER_DISTRIBUTIONS, { error: `jitter distribution: accepted ${JITTER_DISTRIBUTIONS.join(', ')}` }),
    lossRatio: ratio('loss ratio').max(0.99, 'loss ratio: accepted 0..0.99 (a dead link is not a lab)'),
    meanBurstLength: z.number({ error: 'mean burst length: a number of packets >= 1, or null for independent losses' }).finite().min(1, 'mean burst length: accepted >= 1 packet').nullable(),
    reorderRatio: ratio('reorder ratio'),
    reorderDelayNs: durationNs('reorder delay'),
    duplicateRatio: ratio('duplicate ratio'),
    rateBps: z.number({ error: 'rate: bits per second > 0, or null for unlimited' }).finite().min(1000, 'rate: accepted >= 1 kbit/s (1000 bit/s)').nullable(),
    queueBytes: z.number({ error: 'queue: a number of bytes' }).int('queue: a whole number of bytes').min(1500, 'queue: accepted >= 1500 bytes (one full packet)'),
    fifo: z.boolean({ error: 'fifo: true or false' }),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.meanBurstLength !== null && p.lossRatio > 0) {
      const r = 1 / p.meanBurstLength;
      const pGoodToBad = (p.lossRatio * r) / (1 - p.lossRatio);
      if (pGoodToBad > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['meanBurstLength'],
          message: `mean burst length: with loss ${p.lossRatio * 100}% bursts must be at least ${(p.lossRatio / (1 - p.lossRatio)).toFixed(3)} packets long on average`,
        });
      }
    }
  });

export interface LabOptions {
  /** Seed of every random decision: the same seed gives the same fate to the n-th packet of each direction. */
  seed: number;
  /** Console -> agent ("up"). */
  consoleToAgent: Impairment;
  /** Agent -> console ("down"). */
  agentToConsole: Impairment;
}

/** What startLab accepts: every field optional, each direction a partial Impairment. */
export interface LabOptionsInput {
  seed?: number;
  consoleToAgent?: Partial<Impairment>;
  agentToConsole?: Partial<Impairment>;
}

const labSchema = z
  .object({
    seed: z.number({ error: 'seed: an integer' }).int('seed: an integer').min(0, 'seed: accepted 0..2^53').max(Number.MAX_SAFE_INTEGER, 'seed: accepted 0..2^53'),
    consoleToAgent: impairmentSchema,
    agentToConsole: impairmentSchema,
  })
  .strict();

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Fills defaults and validates; throws an Error listing every bad field with its value and what is accepted. */
export function resolveLabOptions(input: LabOptionsInput = {}): LabOptions {
  if (input === null || typeof input !== 'object') throw new Error(`lab options: an object is required, got ${show(input)}`);
  const candidate = {
    ...input,
    seed: input.seed ?? 1,
    consoleToAgent: { ...NO_IMPAIRMENT, ...(input.consoleToAgent ?? {}) },
    agentToConsole: { ...NO_IMPAIRMENT, ...(input.agentToConsole ?? {}) },
  };
  const r = labSchema.safeParse(candidate);
  if (!r.success) {
    const lines = r.error.issues.map((i) => {
      const path = i.path.map(String).join('.');
      const msg = i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}; accepted: ${Object.keys(NO_IMPAIRMENT).join(', ')}` : i.message;
      const got = i.code === 'unrecognized_keys' ? '' : ` (got ${show(valueAt(candidate, i.path))})`;
      return `${path || 'lab options'}: ${msg}${got}`;
    });
    throw new Error(`invalid link lab options:\n  ${lines.join('\n  ')}`);
  }
  return r.data;
}

/** One line for people: "50 ms +- 5 ms (uniform), loss 2% (independent)". */
export function describeImpairment(p: Impairment): string {
  const pct = (v: number) => `${+(v * 100).toFixed(4)}%`;
  const parts: string[] = [];
  if (p.delayNs > 0 || p.jitterNs > 0) {
    const jitter = p.jitterNs > 0 ? (p.jitterDistribution === 'lognormal' ? ` + log-normal jitter (mean = SD = ${formatMs(p.jitterNs)})` : ` ± ${formatMs(p.jitterNs)} (${p.jitterDistribution === 'normal' ? 'normal, SD' : 'uniform'})`) : '';
    parts.push(`delay ${formatMs(p.delayNs)}${jitter}`);
  }
  if (p.lossRatio > 0) parts.push(`loss ${pct(p.lossRatio)} (${p.meanBurstLength === null ? 'independent' : `Gilbert-Elliott, mean burst ${p.meanBurstLength} packets`})`);
  if (p.reorderRatio > 0) parts.push(`reorder ${pct(p.reorderRatio)} (held ${formatMs(p.reorderDelayNs)})`);
  if (p.duplicateRatio > 0) parts.push(`duplicate ${pct(p.duplicateRatio)}`);
  if (p.rateBps !== null) parts.push(`rate ${+(p.rateBps / 1e6).toFixed(3)} Mbit/s (queue ${p.queueBytes} B)`);
  if (!p.fifo) parts.push('jitter may reorder');
  return parts.length ? parts.join(', ') : 'no impairment';
}
