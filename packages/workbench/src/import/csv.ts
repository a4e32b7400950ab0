// CSV of timestamped poses -> PoseTrack. The columns are documented in docs/replay.md ("Import"):
//
//   time_s | time_ns          required, exactly one: sample time on any monotonic clock
//   x_m, y_m, z_m             required: position, metres
//   qx, qy, qz, qw            optional (all four or none): orientation, unit quaternion; default identity
//   grip                      optional, 0 (open) .. 1 (closed); default 0
//   clutch                    optional, 0/1 or true/false; default 0
//   operator_present          optional, 0/1 or true/false; default 1
//
// A header row names the columns (any order; other columns are ignored); lines starting with # and
// blank lines are skipped. Fields are separated by commas (RFC 4180: quoted fields may hold commas,
// line breaks and "" quotes), tabs (TSV), semicolons or runs of spaces: detected from the header unless
// given; whitespace around a field is not data. A row whose time does not increase is dropped and
// reported (real logs have them); any other bad value is an error naming the line, the column and what
// is accepted.
import { DelimitedParseError, detectDelimiter, firstDataLine, parseDelimited, type Delimiter } from './delimited.js';
import { normalisedQuat, type PoseSample, type PoseTrack, type TrackKind } from './track.js';

export const CSV_REQUIRED = ['x_m', 'y_m', 'z_m'] as const;
export const CSV_OPTIONAL = ['qx', 'qy', 'qz', 'qw', 'grip', 'clutch', 'operator_present'] as const;
/** Bound on rows: 24 h at 100 Hz is 8.6 M; beyond that the file is not a pose log. */
export const CSV_MAX_ROWS = 10_000_000;

export class CsvImportError extends Error {
  override name = 'CsvImportError';
}

export interface CsvOptions {
  /** Field separator; default: detected from the header row. */
  delimiter?: Delimiter;
}

export function parsePoseCsv(text: string, source: string, kind: TrackKind = 'hand', options: CsvOptions = {}): PoseTrack {
  const header = firstDataLine(text);
  const delimiter = options.delimiter ?? (header === undefined ? ',' : detectDelimiter(header));
  let records;
  try {
    records = parseDelimited(text, delimiter, source);
  } catch (e) {
    if (e instanceof DelimitedParseError) throw new CsvImportError(e.message);
    throw e;
  }
  const headerLine = records.length > 0 ? 0 : -1;
  const columns = (records[0]?.cells ?? []).map((c) => c.toLowerCase());
  if (headerLine < 0) throw new CsvImportError(`${source}: no header row; the first non-comment line must name the columns (time_s, x_m, y_m, z_m, ...)`);
  const col = (name: string) => columns.indexOf(name);
  const tS = col('time_s');
  const tNs = col('time_ns');
  if ((tS < 0) === (tNs < 0)) {
    throw new CsvImportError(`${source}: the header must have exactly one time column, time_s or time_ns (found: ${columns.join(', ')})`);
  }
  for (const name of CSV_REQUIRED) {
    if (col(name) < 0) throw new CsvImportError(`${source}: the header has no ${name} column; required: time_s (or time_ns), x_m, y_m, z_m`);
  }
  const quatCols = ['qx', 'qy', 'qz', 'qw'].map(col);
  const hasQuat = quatCols.filter((c) => c >= 0).length;
  if (hasQuat !== 0 && hasQuat !== 4) throw new CsvImportError(`${source}: give all four of qx, qy, qz, qw or none of them`);
  const gripCol = col('grip');
  const clutchCol = col('clutch');
  const presentCol = col('operator_present');

  const samples: PoseSample[] = [];
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
    const timeNs = tS >= 0 ? Math.round(num(tS, 'time_s', 'a time in seconds') * 1e9) : Math.round(num(tNs, 'time_ns', 'a time in ns'));
    const position: [number, number, number] = [num(col('x_m'), 'x_m', 'a position in m'), num(col('y_m'), 'y_m', 'a position in m'), num(col('z_m'), 'z_m', 'a position in m')];
    let orientation: [number, number, number, number] = [0, 0, 0, 1];
    if (hasQuat === 4) {
      const [qx, qy, qz, qw] = quatCols.map((c, k) => num(c, ['qx', 'qy', 'qz', 'qw'][k] as string, 'a quaternion component'));
      const q = normalisedQuat(qx as number, qy as number, qz as number, qw as number);
      if (!q) throw new CsvImportError(`${source} line ${lineNo}: qx, qy, qz, qw is not a unit quaternion (norm must be within 1e-2 of 1)`);
      orientation = q;
    }
    const grip = gripCol >= 0 ? num(gripCol, 'grip', 'a grip from 0 to 1') : 0;
    if (grip < 0 || grip > 1) throw new CsvImportError(`${source} line ${lineNo}, column grip: ${grip} is outside 0 (open) .. 1 (closed)`);
    const clutch = flag(clutchCol, 'clutch', false);
    const operatorPresent = flag(presentCol, 'operator_present', true);
    if (!(timeNs > lastTime)) {
      dropped.push({ where: `line ${lineNo}`, reason: `time ${timeNs / 1e9} s does not increase (previous ${lastTime / 1e9} s)` });
      continue;
    }
    lastTime = timeNs;
    samples.push({ timeNs, position, orientation, grip, clutch, operatorPresent });
  }
  if (samples.length < 2) throw new CsvImportError(`${source}: needs at least 2 rows of poses, found ${samples.length}`);
  return { kind, source, frameId: '', samples, dropped };
}
