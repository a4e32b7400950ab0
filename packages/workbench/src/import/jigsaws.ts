// JIGSAWS kinematics text (the JHU-ISI Gesture and Skill Assessment Working Set, `kinematics/AllGestures/
// *.txt`) -> HandsTrack: one line per sample at a fixed rate (30 Hz), no header, 76 numbers separated by
// blanks. Columns (1-based):
//
//   1-19   MTML (left master):  position (3, m), rotation matrix (9, row-major), linear velocity (3),
//                               angular velocity (3), gripper angle (1, rad)
//   20-38  MTMR (right master): the same
//   39-57  PSM1, 58-76 PSM2:    the same for the instruments (not imported)
//
// The two masters are the two hands: MTMR -> PSM1, MTML -> PSM2 (as on a da Vinci). Velocities are not
// used (the core takes poses). The gripper angle becomes grip 0 (open) .. 1 (closed), linear between an
// open and a closed angle, clamped: by default the dVRK console's calibration (@farhand/ros console-ros
// DEFAULT_GRIPPER: 0 rad pinched, 60 deg open); the import says the range of angles the file holds so
// that another calibration can be given.
import { rotationToQuat } from '@farhand/sim';
import { DelimitedParseError, parseDelimited } from './delimited.js';
import { normalisedQuat, type HandsTrack, type PoseSample, type PoseTrack } from './track.js';

export const JIGSAWS_COLUMNS = 76;
export const JIGSAWS_DEFAULT_RATE_HZ = 30;
/** Gripper angle read as grip 1 and as grip 0 (rad): the dVRK console's default (0 pinched, 60 deg open). */
export const JIGSAWS_DEFAULT_GRIPPER = { closedRad: 0, openRad: (60 * Math.PI) / 180 } as const;
/** Largest accepted |R^T R - I| element of a rotation matrix (the file's are rounded to ~1e-6). */
const ORTHONORMAL_TOLERANCE = 1e-2;

/** 0-based first column of each master's 19, in hand order (PSM1's hand first). */
const MASTERS = [
  { name: 'MTMR', first: 19 },
  { name: 'MTML', first: 0 },
] as const;

export class JigsawsImportError extends Error {
  override name = 'JigsawsImportError';
}

export interface JigsawsOptions {
  /** Sample rate of the file, Hz (default 30). */
  rateHz?: number;
  gripper?: { closedRad: number; openRad: number };
}

export function parseJigsaws(text: string, source: string, options: JigsawsOptions = {}): HandsTrack {
  const rateHz = options.rateHz ?? JIGSAWS_DEFAULT_RATE_HZ;
  if (!(rateHz >= 1 && rateHz <= 4000)) throw new JigsawsImportError(`${source}: --rate ${rateHz} must be from 1 to 4000 Hz (JIGSAWS is 30 Hz)`);
  const cal = options.gripper ?? JIGSAWS_DEFAULT_GRIPPER;
  if (!(Number.isFinite(cal.openRad) && Number.isFinite(cal.closedRad) && Math.abs(cal.openRad - cal.closedRad) >= 0.05)) {
    throw new JigsawsImportError(`gripper calibration open ${cal.openRad} rad, closed ${cal.closedRad} rad: expected two angles at least 0.05 rad apart`);
  }
  let records;
  try {
    records = parseDelimited(text, ' ', source);
  } catch (e) {
    if (e instanceof DelimitedParseError) throw new JigsawsImportError(e.message);
    throw e;
  }
  const hands: PoseSample[][] = [[], []];
  const angles = MASTERS.map(() => ({ min: Infinity, max: -Infinity }));
  records.forEach((r, i) => {
    if (r.cells.length !== JIGSAWS_COLUMNS) {
      throw new JigsawsImportError(`${source} line ${r.line}: ${r.cells.length} columns; a JIGSAWS kinematics line has ${JIGSAWS_COLUMNS} (MTML 1-19, MTMR 20-38, PSM1 39-57, PSM2 58-76), separated by blanks, no header`);
    }
    const v = r.cells.map((c, k) => {
      const x = Number(c);
      if (c === '' || !Number.isFinite(x)) throw new JigsawsImportError(`${source} line ${r.line}, column ${k + 1}: "${c}" is not a number`);
      return x;
    });
    const timeNs = Math.round((i * 1e9) / rateHz);
    MASTERS.forEach((m, h) => {
      const o = m.first;
      const R = v.slice(o + 3, o + 12);
      const err = orthonormalError(R);
      if (!(err <= ORTHONORMAL_TOLERANCE)) {
        throw new JigsawsImportError(`${source} line ${r.line}, ${m.name} rotation (columns ${o + 4}-${o + 12}): not a rotation matrix (|R^T R - I| up to ${err.toExponential(2)}, det ${det(R).toFixed(4)}); expected 9 numbers, row-major, orthonormal within ${ORTHONORMAL_TOLERANCE}`);
      }
      const q0 = rotationToQuat([R.slice(0, 3), R.slice(3, 6), R.slice(6, 9)]);
      const q = normalisedQuat(q0[0], q0[1], q0[2], q0[3]) ?? q0;
      const angle = v[o + 18]!;
      angles[h]!.min = Math.min(angles[h]!.min, angle);
      angles[h]!.max = Math.max(angles[h]!.max, angle);
      const grip = Math.min(1, Math.max(0, (angle - cal.openRad) / (cal.closedRad - cal.openRad)));
      hands[h]!.push({ timeNs, position: [v[o]!, v[o + 1]!, v[o + 2]!], orientation: q, grip, clutch: false, operatorPresent: true });
    });
  });
  if (records.length < 2) throw new JigsawsImportError(`${source}: needs at least 2 lines of kinematics, found ${records.length}`);
  const track = (h: number): PoseTrack => ({ kind: 'hand', source: `${source} ${MASTERS[h]!.name}`, frameId: '', samples: hands[h]!, dropped: [] });
  const deg = (rad: number) => ((rad * 180) / Math.PI).toFixed(0);
  return {
    kind: 'hand',
    source,
    hands: [track(0), track(1)],
    dropped: [],
    notes: MASTERS.map(
      (m, h) =>
        `${m.name} gripper angle ${angles[h]!.min.toFixed(3)}..${angles[h]!.max.toFixed(3)} rad in the file; grip 0 at ${cal.openRad.toFixed(3)} rad (${deg(cal.openRad)} deg), 1 at ${cal.closedRad.toFixed(3)} rad`,
    ),
  };
}

/** Largest |(R^T R - I)_ij| of a row-major 3x3. */
function orthonormalError(R: readonly number[]): number {
  if (R.length !== 9 || !R.every(Number.isFinite)) return Infinity;
  let worst = 0;
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += R[k * 3 + i]! * R[k * 3 + j]!;
      worst = Math.max(worst, Math.abs(s - (i === j ? 1 : 0)));
    }
  }
  // A reflection is orthonormal too: it is not a rotation.
  return det(R) > 0 ? worst : Infinity;
}

function det(R: readonly number[]): number {
  const [a, b, c, d, e, f, g, h, i] = R as [number, number, number, number, number, number, number, number, number];
  return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
}
