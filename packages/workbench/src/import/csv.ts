// CSV of timestamped poses -> PoseTrack. The columns are documented in docs/replay.md ("Import"):
//
//   time_s | time_ns          required, exactly one: sample time on any monotonic clock
//   x_m, y_m, z_m             required: position, metres
//   qx, qy, qz, qw            optional (all four or none): orientation, unit quaternion; default identity
//   grip                      optional, 0 (open) .. 1 (closed); default 0
//   clutch                    optional, 0/1 or true/false; default 0
//   operator_present          optional, 0/1 or true/false; default 1
//
// Two hands: the same hand columns once per hand, each with the prefix of the arm it drives, and one
// time column (and operator_present) shared:
//
//   psm1_x_m, psm1_y_m, psm1_z_m, [psm1_qx..psm1_qw], [psm1_grip], [psm1_clutch]   drives PSM1
//   psm2_x_m, ...                                                                  drives PSM2
//
// right_ and mtmr_ are accepted for psm1_, left_ and mtml_ for psm2_: on a da Vinci the right hand
// (MTMR) drives PSM1 and the left (MTML) PSM2. A file with only unprefixed columns is one-handed.
//
// A header row names the columns (any order; other columns are ignored); lines starting with # and
// blank lines are skipped. Fields are separated by commas (RFC 4180: quoted fields may hold commas,
// line breaks and "" quotes), tabs (TSV), semicolons or runs of spaces: detected from the header unless
// given; whitespace around a field is not data. A row whose time does not increase is dropped and
// reported (real logs have them); any other bad value is an error naming the line, the column and what
// is accepted.
import { DelimitedParseError, detectDelimiter, firstDataLine, parseDelimited, type Delimiter } from './delimited.js';
import { HAND_ARMS, normalisedQuat, type HandArm, type HandsTrack, type PoseSample, type PoseTrack, type TrackKind } from './track.js';

export const CSV_REQUIRED = ['x_m', 'y_m', 'z_m'] as const;
export const CSV_OPTIONAL = ['qx', 'qy', 'qz', 'qw', 'grip', 'clutch', 'operator_present'] as const;
/** Bound on rows: 24 h at 100 Hz is 8.6 M; beyond that the file is not a pose log. */
export const CSV_MAX_ROWS = 10_000_000;

/** The columns of one hand (a one-handed file's, or each hand's after its prefix). */
export const CSV_HAND_COLUMNS = ['x_m', 'y_m', 'z_m', 'qx', 'qy', 'qz', 'qw', 'grip', 'clutch'] as const;
/** Per-hand column prefixes of a two-handed file and the arm each hand drives. */
export const CSV_HAND_PREFIXES: Readonly<Record<string, HandArm>> = { psm1_: 'PSM1', psm2_: 'PSM2', right_: 'PSM1', left_: 'PSM2', mtmr_: 'PSM1', mtml_: 'PSM2' };

export class CsvImportError extends Error {
  override name = 'CsvImportError';
}

export interface CsvOptions {
  /** Field separator; default: detected from the header row. */
  delimiter?: Delimiter;
}

/** A one-handed pose CSV (unprefixed columns). A two-handed file is read by parseCsvTracks. */
export function parsePoseCsv(text: string, source: string, kind: TrackKind = 'hand', options: CsvOptions = {}): PoseTrack {
  const { records, columns } = readTable(text, source, options);
  return parseOneHand(records, columns, source, kind);
}

/** A pose CSV with one hand (unprefixed columns) or two (per-hand prefixes, see the top of this file). */
export function parseCsvTracks(text: string, source: string, kind: TrackKind = 'hand', options: CsvOptions = {}): { hands: 1; track: PoseTrack } | { hands: 2; track: HandsTrack } {
  const { records, columns } = readTable(text, source, options);
  const prefixed = columns.filter((c) => handPrefixOf(c) !== null);
  if (prefixed.length === 0) return { hands: 1, track: parseOneHand(records, columns, source, kind) };
  return { hands: 2, track: parseTwoHands(records, columns, source, kind) };
}

type Table = { records: ReturnType<typeof parseDelimited>; columns: string[] };

function readTable(text: string, source: string, options: CsvOptions): Table {
  const header = firstDataLine(text);
  const delimiter = options.delimiter ?? (header === undefined ? ',' : detectDelimiter(header));
  let records;
  try {
    records = parseDelimited(text, delimiter, source);
  } catch (e) {
    if (e instanceof DelimitedParseError) throw new CsvImportError(e.message);
    throw e;
  }
  if (records.length === 0) throw new CsvImportError(`${source}: no header row; the first non-comment line must name the columns (time_s, x_m, y_m, z_m, ...)`);
  return { records, columns: (records[0]?.cells ?? []).map((c) => c.toLowerCase()) };
}

/** The prefix of a per-hand column (psm1_x_m -> psm1_), else null. */
function handPrefixOf(column: string): string | null {
  for (const p of Object.keys(CSV_HAND_PREFIXES)) {
    if (column.startsWith(p) && (CSV_HAND_COLUMNS as readonly string[]).includes(column.slice(p.length))) return p;
  }
  return null;
}

/** Where one hand's values are: column indices (-1: absent) and the names errors use. */
interface HandColumns {
  prefix: string;
  position: [number, number, number];
  quat: [number, number, number, number] | null;
  grip: number;
  clutch: number;
}

function timeColumns(columns: string[], source: string): { tS: number; tNs: number } {
  const tS = columns.indexOf('time_s');
  const tNs = columns.indexOf('time_ns');
  if ((tS < 0) === (tNs < 0)) {
    throw new CsvImportError(`${source}: the header must have exactly one time column, time_s or time_ns (found: ${columns.join(', ')})`);
  }
  return { tS, tNs };
}

function parseOneHand(records: Table['records'], columns: string[], source: string, kind: TrackKind): PoseTrack {
  const col = (name: string) => columns.indexOf(name);
  const time = timeColumns(columns, source);
  for (const name of CSV_REQUIRED) {
    if (col(name) < 0) throw new CsvImportError(`${source}: the header has no ${name} column; required: time_s (or time_ns), x_m, y_m, z_m`);
  }
  const quatCols = ['qx', 'qy', 'qz', 'qw'].map(col);
  const hasQuat = quatCols.filter((c) => c >= 0).length;
  if (hasQuat !== 0 && hasQuat !== 4) throw new CsvImportError(`${source}: give all four of qx, qy, qz, qw or none of them`);
  const hand: HandColumns = { prefix: '', position: [col('x_m'), col('y_m'), col('z_m')], quat: hasQuat === 4 ? (quatCols as HandColumns['quat']) : null, grip: col('grip'), clutch: col('clutch') };
  const { samples, dropped } = parseRows(records, source, time, col('operator_present'), [hand]);
  return { kind, source, frameId: '', samples: samples.map((s) => s[0]!), dropped };
}

function parseTwoHands(records: Table['records'], columns: string[], source: string, kind: TrackKind): HandsTrack {
  const time = timeColumns(columns, source);
  const single = columns.filter((c) => (CSV_HAND_COLUMNS as readonly string[]).includes(c));
  if (single.length > 0) {
    throw new CsvImportError(`${source}: the header has per-hand columns (${columns.filter((c) => handPrefixOf(c) !== null).slice(0, 3).join(', ')}, ...) and one-hand columns (${single.join(', ')}); a two-handed file gives every hand column with its hand's prefix (psm1_ or psm2_), a one-handed file none`);
  }
  // Each arm's prefix (one per arm: psm1_ and right_ both name PSM1's hand).
  const prefixOf = new Map<HandArm, string>();
  for (const c of columns) {
    const p = handPrefixOf(c);
    if (p === null) continue;
    const arm = CSV_HAND_PREFIXES[p]!;
    const seen = prefixOf.get(arm);
    if (seen !== undefined && seen !== p) throw new CsvImportError(`${source}: ${seen} and ${p} columns both give ${arm}'s hand; use one prefix per hand`);
    prefixOf.set(arm, p);
  }
  const hands = HAND_ARMS.map((arm): HandColumns => {
    const p = prefixOf.get(arm);
    if (p === undefined) {
      const other = [...prefixOf.values()][0]!;
      const alias = Object.entries(CSV_HAND_PREFIXES).filter(([, a]) => a === arm).map(([x]) => x);
      throw new CsvImportError(
        `${source}: only one hand's columns (${other}...); a two-handed file has both: add ${alias[0]}x_m, ${alias[0]}y_m, ${alias[0]}z_m (prefix ${alias.join(', ')} for ${arm}); a one-handed file names its columns without a prefix (x_m, y_m, z_m)`,
      );
    }
    const col = (name: string) => columns.indexOf(`${p}${name}`);
    const missing = CSV_REQUIRED.filter((n) => col(n) < 0).map((n) => `${p}${n}`);
    if (missing.length > 0) {
      const has = columns.filter((c) => c.startsWith(p) && handPrefixOf(c) === p);
      throw new CsvImportError(`${source}: ${arm}'s hand (${p}) has ${has.join(', ')} but no ${missing.join(', ')}; required for each hand: ${p}x_m, ${p}y_m, ${p}z_m`);
    }
    const quatCols = ['qx', 'qy', 'qz', 'qw'].map(col);
    const hasQuat = quatCols.filter((c) => c >= 0).length;
    if (hasQuat !== 0 && hasQuat !== 4) throw new CsvImportError(`${source}: give all four of ${p}qx, ${p}qy, ${p}qz, ${p}qw or none of them`);
    return { prefix: p, position: [col('x_m'), col('y_m'), col('z_m')], quat: hasQuat === 4 ? (quatCols as HandColumns['quat']) : null, grip: col('grip'), clutch: col('clutch') };
  });
  const { samples, dropped } = parseRows(records, source, time, columns.indexOf('operator_present'), hands);
  const track = (k: number): PoseTrack => ({ kind, source: `${source}, ${hands[k]!.prefix} columns`, frameId: '', samples: samples.map((s) => s[k]!), dropped: [] });
  return { kind, source, hands: [track(0), track(1)], dropped, notes: [] };
}

/** Every data row: the shared time and operator presence, each hand's pose, grip and clutch. */
function parseRows(records: Table['records'], source: string, time: { tS: number; tNs: number }, presentCol: number, hands: HandColumns[]): { samples: PoseSample[][]; dropped: PoseTrack['dropped'] } {
  const samples: PoseSample[][] = [];
  const dropped: PoseTrack['dropped'] = [];
  let lastTime = -Infinity;
  for (let r = 1; r < records.length; r++) {
    const { line: lineNo, cells } = records[r]!;
    if (samples.length + dropped.length >= CSV_MAX_ROWS) throw new CsvImportError(`${source}: more than ${CSV_MAX_ROWS} rows`);
    const num = (c: number, name: string, what: string): number => {
      const s = cells[c];
      const v = s === undefined || s === '' ? NaN : Number(s);
      if (!Number.isFinite(v)) throw new CsvImportError(`${source} line ${lineNo}, column ${name}: "${s ?? ''}" is not ${what}`);
      return v;
    };
    const flag = (c: number, name: string, dflt: boolean): boolean => {
      if (c < 0) return dflt;
      const s = (cells[c] ?? '').toLowerCase();
      if (s === '1' || s === 'true') return true;
      if (s === '0' || s === 'false') return false;
      throw new CsvImportError(`${source} line ${lineNo}, column ${name}: "${cells[c] ?? ''}" is not 0, 1, true or false`);
    };
    const timeNs = time.tS >= 0 ? Math.round(num(time.tS, 'time_s', 'a time in seconds') * 1e9) : Math.round(num(time.tNs, 'time_ns', 'a time in ns'));
    const row: PoseSample[] = [];
    let operatorPresent = true;
    hands.forEach((h, k) => {
      const p = h.prefix;
      const position: [number, number, number] = [num(h.position[0], `${p}x_m`, 'a position in m'), num(h.position[1], `${p}y_m`, 'a position in m'), num(h.position[2], `${p}z_m`, 'a position in m')];
      let orientation: [number, number, number, number] = [0, 0, 0, 1];
      if (h.quat) {
        const names = ['qx', 'qy', 'qz', 'qw'].map((n) => `${p}${n}`);
        const [qx, qy, qz, qw] = h.quat.map((c, j) => num(c, names[j] as string, 'a quaternion component'));
        const q = normalisedQuat(qx as number, qy as number, qz as number, qw as number);
        if (!q) throw new CsvImportError(`${source} line ${lineNo}: ${names.join(', ')} is not a unit quaternion (norm must be within 1e-2 of 1)`);
        orientation = q;
      }
      const grip = h.grip >= 0 ? num(h.grip, `${p}grip`, 'a grip from 0 to 1') : 0;
      if (grip < 0 || grip > 1) throw new CsvImportError(`${source} line ${lineNo}, column ${p}grip: ${grip} is outside 0 (open) .. 1 (closed)`);
      const clutch = flag(h.clutch, `${p}clutch`, false);
      if (k === 0) operatorPresent = flag(presentCol, 'operator_present', true);
      row.push({ timeNs, position, orientation, grip, clutch, operatorPresent });
    });
    if (!(timeNs > lastTime)) {
      dropped.push({ where: `line ${lineNo}`, reason: `time ${timeNs / 1e9} s does not increase (previous ${lastTime / 1e9} s)` });
      continue;
    }
    lastTime = timeNs;
    samples.push(row);
  }
  if (samples.length < 2) throw new CsvImportError(`${source}: needs at least 2 rows of poses, found ${samples.length}`);
  return { samples, dropped };
}
