// `farhand import`: motion recorded elsewhere (CSV of poses, ROS bag of PoseStamped) -> a session file
// that `farhand replay` takes. One hand (one-arm session) or two (a multi-arm session: PSM1, PSM2).
import { open, readFile } from 'node:fs/promises';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { parseDurationNs } from '../link/units.js';
import { BagImportError, readBagHands, readBagPoses } from './bag.js';
import { buildArmsSession, handArmsOf } from './build-arms.js';
import { ImportError, buildSession, type ImportOptions } from './build.js';
import { CsvImportError, parseCsvTracks, type CsvOptions } from './csv.js';
import { DELIMITER_NAMES } from './delimited.js';
import { JIGSAWS_DEFAULT_GRIPPER, JigsawsImportError, parseJigsaws } from './jigsaws.js';
import { describeInputRate, detectInputRate, parseRateHz, resampleTrack } from './resample.js';
import type { HandsTrack, PoseTrack, TrackKind } from './track.js';
import { parseOverride } from '../replay/overrides.js';

function setPath(obj: Record<string, unknown>, keys: string[], value: unknown): Record<string, unknown> {
  const [k, ...rest] = keys;
  if (k === undefined) return obj;
  const child = obj[k];
  return { ...obj, [k]: rest.length === 0 ? value : setPath(typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : {}, rest, value) };
}

export const EXIT = { OK: 0, ERROR: 1, USAGE: 2, BAD_INPUT: 3 } as const;

const HELP = `usage: farhand import <file.csv|file.bag|file.txt> --out session.mcap [options]

Turns motion recorded elsewhere into a farhand session (MCAP) that farhand replay takes: the core and
the simulator are run on it as if a surgeon had sent that motion over an ideal network. One hand makes
a one-arm session; two hands a multi-arm one (arms PSM1,PSM2, as the agent with --arms records it):
the right hand (MTMR) drives PSM1, the left (MTML) PSM2.

input:
  CSV      a header row naming the columns, then one pose per row (docs/replay.md, "Import"):
           time_s (or time_ns), x_m, y_m, z_m, [qx, qy, qz, qw], [grip], [clutch], [operator_present]
           two hands: the hand columns once per hand with the prefix psm1_ (or right_, mtmr_) and
           psm2_ (or left_, mtml_), e.g. time_s,psm1_x_m,psm1_y_m,psm1_z_m,psm2_x_m,psm2_y_m,psm2_z_m
           RFC 4180 (quoted fields, "" for a quote); tab-, semicolon- or space-separated files too
  ROS bag  geometry_msgs/PoseStamped messages (rosbag v2.0), e.g. a dVRK /PSM2/setpoint_cp;
           two topics (--topic twice, or --topics) for two hands: the first drives PSM1, the second PSM2
  JIGSAWS  kinematics text (--format jigsaws): 76 numbers per line, no header; the two masters are the
           two hands (MTMR drives PSM1, MTML PSM2), gripper angle -> grip

options:
  --out FILE        the session file to write (required)
  --topic NAME      bag topic (default: the only PoseStamped topic, else the one ending in setpoint_cp);
                    give it twice for two hands, e.g. --topic /PSM1/setpoint_cp --topic /PSM2/setpoint_cp
  --topics A,B      the two hands' topics at once (PSM1's first)
  --arms LIST       two hands only: the arms of the session, PSM1,PSM2 (default) or PSM1,PSM2,ECM
  --format NAME     csv (default for a file that is not a bag) or jigsaws
  --rate HZ         jigsaws: the file's sample rate (default 30)
  --gripper-open-rad RAD, --gripper-closed-rad RAD
                    jigsaws: the master gripper angles read as grip 0 and 1 (default 1.0472 and 0,
                    the dVRK console's calibration)
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

/** The track of one hand, or of the first (PSM1's) of two: its times are the frames' times. */
function firstHand(t: PoseTrack | HandsTrack): PoseTrack {
  return 'hands' in t ? t.hands[0] : t;
}

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
        topic: { type: 'string', multiple: true },
        topics: { type: 'string' },
        arms: { type: 'string' },
        format: { type: 'string' },
        rate: { type: 'string' },
        'gripper-open-rad': { type: 'string' },
        'gripper-closed-rad': { type: 'string' },
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
  const topicList = [...((values.topic as string[] | undefined) ?? []), ...(typeof values.topics === 'string' ? values.topics.split(',').map((x) => x.trim()).filter((x) => x !== '') : [])];
  if (topicList.length > 2) return usage(`${topicList.length} topics given; one (one hand) or two (the first drives PSM1, the second PSM2)`);
  let arms: string[] | undefined;
  if (typeof values.arms === 'string') {
    arms = values.arms.split(',').map((x) => x.trim()).filter((x) => x !== '');
    if (arms.length === 0) return usage('--arms needs a list, e.g. --arms PSM1,PSM2,ECM');
  }
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'jigsaws') return usage(`--format "${String(format)}" must be csv or jigsaws (a ROS bag is recognised by its header)`);
  let jigsawsRateHz: number | undefined;
  const gripper: { openRad: number; closedRad: number } = { ...JIGSAWS_DEFAULT_GRIPPER };
  const jigsawsOnly = (['rate', 'gripper-open-rad', 'gripper-closed-rad'] as const).filter((k) => values[k] !== undefined);
  if (format !== 'jigsaws' && jigsawsOnly.length > 0) return usage(`--${jigsawsOnly[0]} is for --format jigsaws`);
  try {
    if (typeof values.rate === 'string') jigsawsRateHz = parseRateHz(values.rate, '--rate');
    for (const [flag, key] of [['gripper-open-rad', 'openRad'], ['gripper-closed-rad', 'closedRad']] as const) {
      const text = values[flag];
      if (typeof text !== 'string') continue;
      const v = Number(text);
      if (text.trim() === '' || !Number.isFinite(v) || Math.abs(v) > 3.2) throw new Error(`--${flag} "${text}" must be an angle in rad from -3.2 to 3.2`);
      gripper[key] = v;
    }
    if (Math.abs(gripper.openRad - gripper.closedRad) < 0.05) throw new Error(`--gripper-open-rad ${gripper.openRad} and --gripper-closed-rad ${gripper.closedRad}: expected at least 0.05 rad apart`);
  } catch (e) {
    return usage((e as Error).message);
  }
  if (format === 'jigsaws' && kind === 'tool') return usage('--format jigsaws imports the two masters (hands); --kind tool is not accepted (the PSM columns are not imported)');
  let track: PoseTrack | HandsTrack;
  try {
    let bag: boolean;
    try {
      bag = await isBag(input);
    } catch (e) {
      throw new ImportError(`cannot open ${input}: ${(e as Error).message}`);
    }
    if (bag) {
      if (csvOptions.delimiter !== undefined) return usage('--delimiter is for CSV; this input is a ROS bag');
      if (values.format !== undefined) return usage(`--format ${String(values.format)}: this input is a ROS bag`);
      if (topicList.length === 2) track = await readBagHands(input, { topics: topicList, kind: kind ?? 'tool' });
      else track = await readBagPoses(input, { ...(topicList[0] !== undefined ? { topic: topicList[0] } : {}), kind: kind ?? 'tool' });
    } else {
      if (topicList.length > 0) return usage(`${values.topics !== undefined ? '--topics' : '--topic'} is for ROS bags; this input is read as ${format === 'jigsaws' ? 'JIGSAWS kinematics' : 'CSV'}`);
      if (format === 'jigsaws') {
        if (csvOptions.delimiter !== undefined) return usage('--delimiter is for CSV; JIGSAWS kinematics are separated by blanks');
        track = parseJigsaws(await readFile(input, 'utf8'), input, { ...(jigsawsRateHz !== undefined ? { rateHz: jigsawsRateHz } : {}), gripper });
      } else track = parseCsvTracks(await readFile(input, 'utf8'), input, kind ?? 'hand', csvOptions).track;
    }
    const twoHands = 'hands' in track;
    if (arms !== undefined && !twoHands) return usage('--arms is for two-handed inputs (a CSV with psm1_ and psm2_ columns, or two bag topics); this input has one hand');
    if (arms !== undefined) {
      try {
        handArmsOf(arms);
      } catch (e) {
        return usage((e as Error).message);
      }
    }
    if (twoHands && track.kind === 'tool' && track.source.includes('/MTM')) {
      process.stderr.write('farhand import: warning: the topics look like a master console\'s (MTM): poses of the hands are imported with --kind hand\n');
    }
    const rate = detectInputRate(firstHand(track).samples);
    say(`input rate: ${describeInputRate(rate)}`);
    if (resampleHz !== undefined) {
      const before = firstHand(track).samples.length;
      const hz = resampleHz;
      track = 'hands' in track ? { ...track, hands: [resampleTrack(track.hands[0], hz), resampleTrack(track.hands[1], hz)] } : resampleTrack(track, hz);
      const after = firstHand(track).samples.length;
      say(`resampled to ${resampleHz} Hz: ${before} -> ${after} poses${twoHands ? ' per hand' : ''} (position linear, orientation slerp)`);
    } else if (rate.rateHz < 90) {
      process.stderr.write(
        `farhand import: warning: the input is ${rate.rateHz.toFixed(1)} Hz; a console streams at 100-500 Hz and the core holds longer on a slower stream: consider --resample 100Hz\n`,
      );
    }
    if ('hands' in track) {
      const r = await buildArmsSession(track, values.out, { ...options, ...(arms ? { arms } : {}) });
      say(`imported ${r.samples} two-handed ${r.kind} poses from ${r.source}`);
      for (const nt of r.notes) say(`  ${nt}`);
      for (const d of r.dropped.slice(0, 10)) say(`  dropped ${d.where}: ${d.reason}`);
      if (r.dropped.length > 10) say(`  ... ${r.dropped.length - 10} more dropped`);
      say(`wrote ${r.out}: session ${r.sessionId}, arms ${r.arms.map((a) => a.name).join(',')}, ${r.frames} two-handed frames, ${r.ticks} ticks (${r.durationS.toFixed(3)} s)`);
      for (const a of r.arms) {
        if (a.follow) say(`  ${a.name} (${a.source}): following ${a.followingS.toFixed(3)} s; followed the intended motion within ${(a.follow.rmsAtLagM * 1e3).toFixed(3)} mm RMS after a ${(a.follow.lagS * 1e3).toFixed(0)} ms lag (max ${(a.follow.maxM * 1e3).toFixed(3)} mm before removing the lag)`);
        else say(`  ${a.name}: the camera, held (no camera pedal in the input)`);
      }
      for (const w of r.warnings) process.stderr.write(`farhand import: warning: ${w}\n`);
      return EXIT.OK;
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
    if (e instanceof CsvImportError || e instanceof BagImportError || e instanceof ImportError || e instanceof JigsawsImportError) {
      process.stderr.write(`farhand import: ${e.message}\n`);
      return EXIT.BAD_INPUT;
    }
    throw e;
  }
}
