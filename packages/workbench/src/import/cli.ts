// `farhand import`: motion recorded elsewhere (CSV of poses, ROS bag of PoseStamped) -> a session file
// that `farhand replay` takes.
import { open, readFile } from 'node:fs/promises';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { parseDurationNs } from '../link/units.js';
import { BagImportError, readBagPoses } from './bag.js';
import { ImportError, buildSession, type ImportOptions } from './build.js';
import { CsvImportError, parsePoseCsv, type CsvOptions } from './csv.js';
import { DELIMITER_NAMES } from './delimited.js';
import { describeInputRate, detectInputRate, parseRateHz, resampleTrack } from './resample.js';
import type { PoseTrack, TrackKind } from './track.js';
import { parseOverride } from '../replay/overrides.js';

function setPath(obj: Record<string, unknown>, keys: string[], value: unknown): Record<string, unknown> {
  const [k, ...rest] = keys;
  if (k === undefined) return obj;
  const child = obj[k];
  return { ...obj, [k]: rest.length === 0 ? value : setPath(typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : {}, rest, value) };
}

export const EXIT = { OK: 0, ERROR: 1, USAGE: 2, BAD_INPUT: 3 } as const;

const HELP = `usage: farhand import <file.csv|file.bag> --out session.mcap [options]

Turns motion recorded elsewhere into a farhand session (MCAP) that farhand replay takes: the core and
the simulator are run on it as if a surgeon had sent that motion over an ideal network.

input:
  CSV      a header row naming the columns, then one pose per row (docs/replay.md, "Import"):
           time_s (or time_ns), x_m, y_m, z_m, [qx, qy, qz, qw], [grip], [clutch], [operator_present]
           RFC 4180 (quoted fields, "" for a quote); tab-, semicolon- or space-separated files too
  ROS bag  geometry_msgs/PoseStamped messages (rosbag v2.0), e.g. a dVRK /PSM2/setpoint_cp

options:
  --out FILE        the session file to write (required)
  --topic NAME      bag topic (default: the only PoseStamped topic, else the one ending in setpoint_cp)
  --kind hand|tool  what the poses are: the surgeon's hand (master) or the instrument tip (tool);
                    default: hand for CSV, tool for bags. Tool motion is reproduced by the simulated
                    tool (moved rigidly to start at its pose); hand motion is scaled by the core.
  --resample RATE   interpolate the poses onto a regular grid at RATE first, e.g. --resample 100Hz
                    (the input rate is detected and printed; a console streams at 100-500 Hz, and
                    the core holds longer on a slower stream than a real console would cause)
  --delimiter NAME  CSV field separator: comma, tab, semicolon or space (default: from the header)
  --scale R         motion scale, tool/master (default 0.2 = 5:1)
  --seed N          simulator seed (default 1)
  --delay DUR       one-way delay of the ideal network (default 1ms)
  --lead-in DUR     first pose held before the motion, ENGAGE at 60% of it (default 1s, at least 300ms)
  --tail DUR        last pose held after the motion (default 500ms)
  --set PATH=VALUE  a core config field (repeatable), e.g. --set core.trackingError.limitM=0.01
  --quiet
  -h, --help

exit codes: 0 written, 1 unexpected error, 2 bad arguments, 3 the input cannot be read or imported`;

async function isBag(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const b = Buffer.alloc(13);
    await fh.read(b, 0, 13, 0);
    return b.toString('latin1') === '#ROSBAG V2.0\n';
  } finally {
    await fh.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        topic: { type: 'string' },
        kind: { type: 'string' },
        scale: { type: 'string' },
        seed: { type: 'string' },
        delay: { type: 'string' },
        'lead-in': { type: 'string' },
        tail: { type: 'string' },
        resample: { type: 'string' },
        delimiter: { type: 'string' },
        set: { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    process.stderr.write(`farhand import: ${(e as Error).message}\n(farhand import --help for the options)\n`);
    return EXIT.USAGE;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.OK;
  }
  const usage = (msg: string) => {
    process.stderr.write(`farhand import: ${msg}\n(farhand import --help for the options)\n`);
    return EXIT.USAGE;
  };
  if (positionals.length !== 1) return usage(positionals.length === 0 ? 'give the file to import (.csv or .bag)' : `give one input file, got ${positionals.length}`);
  if (typeof values.out !== 'string') return usage('--out FILE is required: the session file to write, e.g. --out imported.mcap');
  const input = positionals[0] as string;
  const options: ImportOptions = {};
  let kind: TrackKind | undefined;
  let resampleHz: number | undefined;
  const csvOptions: CsvOptions = {};
  try {
    if (typeof values.resample === 'string') resampleHz = parseRateHz(values.resample);
    if (typeof values.delimiter === 'string') {
      const d = DELIMITER_NAMES[values.delimiter];
      if (d === undefined) throw new Error(`--delimiter "${values.delimiter}" must be one of ${Object.keys(DELIMITER_NAMES).join(', ')}`);
      csvOptions.delimiter = d;
    }
    if (values.kind !== undefined) {
      if (values.kind !== 'hand' && values.kind !== 'tool') throw new Error(`--kind "${String(values.kind)}" must be hand or tool`);
      kind = values.kind;
    }
    if (typeof values.scale === 'string') {
      const v = Number(values.scale);
      if (values.scale.trim() === '' || !Number.isFinite(v)) throw new Error(`--scale "${values.scale}" must be a number (tool/master ratio, e.g. 0.2)`);
      options.scale = v;
    }
    if (typeof values.seed === 'string') {
      if (!/^[0-9]+$/.test(values.seed)) throw new Error(`--seed "${values.seed}" must be an integer from 0 to 4294967295`);
      options.seed = Number(values.seed);
    }
    if (typeof values.delay === 'string') options.networkDelayNs = parseDurationNs(values.delay, '--delay');
    if (typeof values['lead-in'] === 'string') options.leadInS = parseDurationNs(values['lead-in'], '--lead-in') / 1e9;
    if (typeof values.tail === 'string') options.tailS = parseDurationNs(values.tail, '--tail') / 1e9;
    const sets = (values as { set?: string[] }).set ?? [];
    for (const text of sets) {
      const o = parseOverride(text);
      if (!o.path.startsWith('core.')) throw new Error(`--set ${o.path}: only core.* fields can be set on import (the rest of the session is synthetic)`);
      options.core = setPath(options.core ?? {}, o.path.slice('core.'.length).split('.'), o.value);
    }
  } catch (e) {
    return usage((e as Error).message);
  }
  const say = (s: string) => {
    if (!values.quiet) process.stdout.write(`${s}\n`);
  };
  let track: PoseTrack;
  try {
    let bag: boolean;
    try {
      bag = await isBag(input);
    } catch (e) {
      throw new ImportError(`cannot open ${input}: ${(e as Error).message}`);
    }
    if (bag) {
      if (csvOptions.delimiter !== undefined) return usage('--delimiter is for CSV; this input is a ROS bag');
      track = await readBagPoses(input, { ...(typeof values.topic === 'string' ? { topic: values.topic } : {}), kind: kind ?? 'tool' });
    } else {
      if (typeof values.topic === 'string') return usage('--topic is for ROS bags; this input is read as CSV');
      track = parsePoseCsv(await readFile(input, 'utf8'), input, kind ?? 'hand', csvOptions);
    }
    const rate = detectInputRate(track.samples);
    say(`input rate: ${describeInputRate(rate)}`);
    if (resampleHz !== undefined) {
      const before = track.samples.length;
      track = resampleTrack(track, resampleHz);
      say(`resampled to ${resampleHz} Hz: ${before} -> ${track.samples.length} poses (position linear, orientation slerp)`);
    } else if (rate.rateHz < 90) {
      process.stderr.write(
        `farhand import: warning: the input is ${rate.rateHz.toFixed(1)} Hz; a console streams at 100-500 Hz and the core holds longer on a slower stream: consider --resample 100Hz\n`,
      );
    }
    const r = await buildSession(track, values.out, options);
    say(`imported ${r.samples} ${r.kind} poses from ${r.source}${r.frameId ? ` (frame ${r.frameId})` : ''}`);
    for (const d of r.dropped.slice(0, 10)) say(`  dropped ${d.where}: ${d.reason}`);
    if (r.dropped.length > 10) say(`  ... ${r.dropped.length - 10} more dropped`);
    say(`wrote ${r.out}: session ${r.sessionId}, ${r.frames} frames, ${r.ticks} ticks (${r.durationS.toFixed(3)} s); following ${r.followingS.toFixed(3)} s`);
    say(`the tool followed the intended motion within ${(r.follow.rmsAtLagM * 1e3).toFixed(3)} mm RMS after a ${(r.follow.lagS * 1e3).toFixed(0)} ms lag (max ${(r.follow.maxM * 1e3).toFixed(3)} mm before removing the lag)`);
    for (const w of r.warnings) process.stderr.write(`farhand import: warning: ${w}\n`);
    return EXIT.OK;
  } catch (e) {
    if (e instanceof CsvImportError || e instanceof BagImportError || e instanceof ImportError) {
      process.stderr.write(`farhand import: ${e.message}\n`);
      return EXIT.BAD_INPUT;
    }
    throw e;
  }
}
