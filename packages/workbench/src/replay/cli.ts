// `farhand replay`: replays a recorded session through the core and the simulator, checks it against
// the recording, optionally over another link or with another config, and writes a report.
import { writeFile } from 'node:fs/promises';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { IMPAIRMENT_ARG_OPTIONS, IMPAIRMENT_HELP, impairmentFromFlags, type ImpairmentFlagValues } from '../link/options.js';
import { parseDurationNs } from '../link/units.js';
import { renderHtml } from './html.js';
import { ConfigOverrideError, parseOverride, type ConfigOverride } from './overrides.js';
import { progressBar } from './progress.js';
import { DamagedSessionError, MultiArmRecordingError, replayFile } from './replay.js';
import { reportJson, reportText } from './report.js';
import { SessionFileError } from './session.js';

/** Exit codes (also in --help and docs/replay.md). */
export const EXIT = {
  OK: 0,
  ERROR: 1,
  USAGE: 2,
  UNREADABLE: 3,
  NOT_REPRODUCED: 4,
} as const;

const HELP = `usage: farhand replay <session.mcap> [options]

Replays a recorded session through the same core and simulator, as fast as the CPU allows. Each
recorded input is handed to the core at its recorded tick; with the recorded config the setpoints
must match the recording bit for bit, and the first tick and field that differ are named otherwise.
With link flags the same inputs are sent again over that link (seeded), and the report measures that
run against the unimpaired one.

config changes (what if the session had run with another config):
  --scale R            motion scale, tool/master (core.mapping.motionScale), e.g. 0.3
  --playout-min DUR    playout delay lower bound (core.playout.minDelayS), e.g. 20ms
  --playout-max DUR    playout delay upper bound (core.playout.maxDelayS), e.g. 400ms
  --set PATH=VALUE     any recorded config field (repeatable), e.g. --set core.limits.maxLinearSpeedMps=0.05

${IMPAIRMENT_HELP}

what-if transport (how the motion frames cross the link):
  --transport datachannel   datagrams, as the WebRTC DataChannel: a lost frame is lost (default)
  --transport websocket     a TCP stream, as the WebSocket: nothing is lost, but a lost packet is sent
                            again about a round trip later and every frame behind it waits (the stalls
                            measured in the link lab, bench/lab.bench.mjs)

what-if seeds:
  --seeds N            with link flags: run the link with N seeds (--seed, +1, ...) and report the spread
                       (min / median / max) of every figure beside each seed's row (default 5)

output:
  --report FILE        self-contained HTML report with plots
  --json FILE          the same figures as JSON
  --allow-truncated    replay the readable part of a truncated or damaged file
  --progress           progress bar on stderr even when it is not a terminal (default: only on a terminal)
  --quiet              print nothing but errors
  -h, --help

exit codes: 0 done (and reproduced, when nothing was changed), 1 unexpected error, 2 bad arguments or
config, 3 file unreadable, not a session, or damaged without --allow-truncated, 4 the unimpaired replay
with the recorded config did not reproduce the recording (the first difference is printed)`;

export interface ReplayArgs {
  file: string;
  overrides: ConfigOverride[];
  impairment: ReturnType<typeof impairmentFromFlags>;
  seeds?: number;
  stream?: 'datagram' | 'tcp';
  report?: string;
  json?: string;
  allowTruncated: boolean;
  progress: boolean | undefined;
  quiet: boolean;
}

export function parseReplayArgs(argv: string[]): ReplayArgs | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...IMPAIRMENT_ARG_OPTIONS,
      scale: { type: 'string' },
      'playout-min': { type: 'string' },
      'playout-max': { type: 'string' },
      set: { type: 'string', multiple: true },
      report: { type: 'string' },
      json: { type: 'string' },
      seeds: { type: 'string' },
      transport: { type: 'string' },
      'allow-truncated': { type: 'boolean' },
      progress: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'give the session file to replay, e.g. farhand replay recordings/session.mcap' : `give one session file, got ${positionals.length}: ${positionals.join(' ')}`);
  const overrides: ConfigOverride[] = [];
  if (values.scale !== undefined) {
    const v = Number(values.scale);
    if (values.scale.trim() === '' || !Number.isFinite(v)) throw new Error(`--scale "${values.scale}" must be a number (tool/master ratio, e.g. 0.2 for 5:1)`);
    overrides.push({ path: 'core.mapping.motionScale', value: v });
  }
  if (values['playout-min'] !== undefined) overrides.push({ path: 'core.playout.minDelayS', value: parseDurationNs(values['playout-min'], '--playout-min') / 1e9 });
  if (values['playout-max'] !== undefined) overrides.push({ path: 'core.playout.maxDelayS', value: parseDurationNs(values['playout-max'], '--playout-max') / 1e9 });
  for (const s of values.set ?? []) overrides.push(parseOverride(s));
  let stream: 'datagram' | 'tcp' | undefined;
  if (values.transport !== undefined) {
    if (values.transport === 'datachannel') stream = 'datagram';
    else if (values.transport === 'websocket') stream = 'tcp';
    else throw new Error(`--transport "${values.transport}" must be datachannel (datagrams: a lost frame is lost) or websocket (TCP: lost packets are sent again and later frames wait)`);
  }
  let seeds: number | undefined;
  if (values.seeds !== undefined) {
    seeds = Number(values.seeds);
    if (!/^\d+$/.test(values.seeds.trim()) || !(seeds >= 1 && seeds <= 100)) throw new Error(`--seeds "${values.seeds}" must be a whole number from 1 to 100 (how many seeds of the link to run, from --seed on)`);
  }
  const flags: ImpairmentFlagValues = {};
  for (const k of Object.keys(IMPAIRMENT_ARG_OPTIONS) as Array<keyof typeof IMPAIRMENT_ARG_OPTIONS>) {
    const v = (values as Record<string, unknown>)[k];
    if (v !== undefined) (flags as Record<string, unknown>)[k] = v;
  }
  return {
    file: positionals[0] as string,
    overrides,
    impairment: impairmentFromFlags(flags),
    ...(seeds !== undefined ? { seeds } : {}),
    ...(stream !== undefined ? { stream } : {}),
    ...(values.report !== undefined ? { report: values.report } : {}),
    ...(values.json !== undefined ? { json: values.json } : {}),
    allowTruncated: values['allow-truncated'] === true,
    progress: values.progress,
    quiet: values.quiet === true,
  };
}

export async function main(argv: string[]): Promise<number> {
  let args: ReplayArgs | 'help';
  try {
    args = parseReplayArgs(argv);
  } catch (e) {
    process.stderr.write(`farhand replay: ${(e as Error).message}\n(farhand replay --help for the options)\n`);
    return EXIT.USAGE;
  }
  if (args === 'help') {
    process.stdout.write(`${HELP}\n`);
    return EXIT.OK;
  }
  const out = (s: string) => {
    if (!args.quiet) process.stdout.write(`${s}\n`);
  };
  const bar = progressBar(process.stderr, !args.quiet && (args.progress ?? process.stderr.isTTY === true));
  const labels = { load: 'reading', reference: 'replaying (recorded timing)', impaired: 'replaying (impaired link)' };
  let outcome;
  try {
    outcome = await replayFile(args.file, {
      overrides: args.overrides,
      impairment: args.impairment.impaired ? args.impairment.params : null,
      allowDamaged: args.allowTruncated,
      ...(args.seeds !== undefined ? { seeds: args.seeds } : {}),
      ...(args.stream !== undefined ? { stream: args.stream } : {}),
      onProgress: (phase, done, total) => bar.update(`${labels[phase]} ${phase === 'load' ? `${(done / 1e6).toFixed(1)}/${(total / 1e6).toFixed(1)} MB` : `${done}/${total} ticks`}`, done, total),
    });
  } catch (e) {
    bar.done();
    if (e instanceof ConfigOverrideError) {
      process.stderr.write(`farhand replay: ${e.message}\n`);
      return EXIT.USAGE;
    }
    if (e instanceof SessionFileError || e instanceof DamagedSessionError || e instanceof MultiArmRecordingError) {
      process.stderr.write(`farhand replay: ${e.message}\n`);
      return EXIT.UNREADABLE;
    }
    throw e;
  }
  bar.done();
  const { report } = outcome;
  out(reportText(report));
  if (args.report) {
    await writeFile(args.report, renderHtml(report));
    out(`report: ${args.report}`);
  }
  if (args.json) {
    await writeFile(args.json, reportJson(report));
    out(`json: ${args.json}`);
  }
  const unchanged = report.config.changes.length === 0 && report.config.notes.length === 0;
  if (unchanged && !report.reproduction.identical) {
    process.stderr.write(`farhand replay: NOT REPRODUCED with the recorded config: ${report.reproduction.summary}\n`);
    return EXIT.NOT_REPRODUCED;
  }
  return EXIT.OK;
}
