// The forwarder's decision model on its own: N virtual packets through one direction, no devices, no
// root. The same code decides the fate of real packets in a lab, so this is how its statistics and its
// determinism are checked (and how to preview what a set of parameters does).
import { findPython } from './available.js';
import { type Impairment, NO_IMPAIRMENT, resolveLabOptions } from './params.js';
import { FORWARDER_SCRIPT } from './paths.js';
import type { DirectionStats } from './stats.js';
import { run } from './system.js';

export interface SimulateOptions {
  seed: number;
  impairment: Partial<Impairment>;
  packets: number;
  /** Time between packets, ns. */
  intervalNs: number;
  sizeBytes?: number;
  /** Also return every packet's fate: its delays (ns after sending), [] when dropped, two when duplicated. */
  decisions?: boolean;
}

export interface SimulateResult {
  stats: DirectionStats;
  decisions?: number[][];
}

export async function simulateDirection(o: SimulateOptions): Promise<SimulateResult> {
  const opts = resolveLabOptions({ seed: o.seed, consoleToAgent: o.impairment });
  if (!Number.isInteger(o.packets) || o.packets < 1) throw new Error(`packets: a whole number >= 1 is required, got ${o.packets}`);
  if (!(o.intervalNs > 0)) throw new Error(`intervalNs: above 0 is required, got ${o.intervalNs}`);
  const python = findPython();
  if (!python) throw new Error('python3 (>= 3.7) is missing: neither `python3` on PATH nor /usr/bin/python3 runs');
  const config = JSON.stringify({ seed: opts.seed, up: opts.consoleToAgent, down: NO_IMPAIRMENT });
  const args = [FORWARDER_SCRIPT, 'simulate', '--config', config, '--direction', 'up', '--packets', String(o.packets), '--interval-us', String(o.intervalNs / 1e3), '--size', String(o.sizeBytes ?? 60)];
  if (o.decisions) args.push('--decisions');
  const out = JSON.parse(await run(python, args, 120_000)) as { stats: DirectionStats; decisions?: number[][] };
  return o.decisions ? { stats: out.stats, decisions: out.decisions ?? [] } : { stats: out.stats };
}
