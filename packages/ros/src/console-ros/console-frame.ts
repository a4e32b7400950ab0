// From the MTM's base frame to the console (eye) frame the surgeon sees, as the dVRK console does it.
//
// A dVRK MTM publishes measured_cp in the frame its console JSON names: with no "base-frame", the MTM's own
// base (tf frame "MTMR_base", the DH chain's link 0: z up, x to the left, y towards the operator); with one,
// its reference frame, on a da Vinci console "HRSV" (the high-resolution stereo viewer). Farhand's console
// frame is that eye frame. The default transforms are the dVRK console convention (the "ISI convention" of
// the dVRK wiki's console configuration: origin between the eyepieces of the stereo viewer, z along the
// viewing depth, hence the 30 deg tilt about x; the MTMs 0.18 m either side, 0.40 m below, 0.475 m ahead):
//
//   MTMR_base in HRSV: [[-1, 0,           0,           -0.180],     MTML_base: the same with +0.180
//                       [ 0, 0.866025404, 0.5,          0.400],
//                       [ 0, 0.5,        -0.866025404,  0.475],
//                       [ 0, 0,           0,            1    ]]
//
// (a rotation by pi about the axis (0, sin 75 deg, cos 75 deg): x flips to the operator's right-hand side,
// the base's z (up) becomes the viewer's y tilted 30 deg). A pose arriving in the console frame already
// (frame_id = the console frame's name) is taken as is; one in "<MTM>_base" is mapped with the transform;
// any other frame is refused, so that a console configured differently never moves a tool the wrong way.
import type { Pose } from '@farhand/latency-core';
import { BaseFrameMap, parseBaseFrame, type RigidTransform } from '../driver/frames.js';
import type { Parsed } from '../driver/validate.js';
import type { FramedPose, MtmSide } from './inputs.js';

export const DEFAULT_CONSOLE_FRAME_ID = 'HRSV';

const R_HRSV = [
  [-1, 0, 0],
  [0, 0.866025404, 0.5],
  [0, 0.5, -0.866025404],
];

/** The dVRK console convention: MTMx_base in HRSV, 4x4 row-major. */
export function dvrkConsoleBaseFrame(side: MtmSide): number[][] {
  const x = side === 'MTMR' ? -0.18 : 0.18;
  return [
    [...R_HRSV[0]!, x],
    [...R_HRSV[1]!, 0.4],
    [...R_HRSV[2]!, 0.475],
    [0, 0, 0, 1],
  ];
}

export interface ConsoleFrameOptions {
  /** frame_id of poses already in the console frame (default HRSV). */
  consoleFrameId: string;
  /** Pose of each MTM's base in the console frame; any shape parseBaseFrame accepts. Default: the dVRK convention. */
  baseFrames?: Partial<Record<MtmSide, unknown>>;
}

/** Validated per-MTM mapping into the console frame. Throws a sentence naming what is accepted. */
export class ConsoleFrame {
  readonly consoleFrameId: string;
  private readonly maps: Record<MtmSide, BaseFrameMap>;

  constructor(opts: ConsoleFrameOptions) {
    if (!/^[A-Za-z_][A-Za-z0-9_/]{0,63}$/.test(opts.consoleFrameId)) {
      throw new Error(`console frame id "${opts.consoleFrameId}": expected a tf frame name such as HRSV`);
    }
    this.consoleFrameId = opts.consoleFrameId;
    const make = (side: MtmSide): BaseFrameMap => {
      const given = opts.baseFrames?.[side];
      let t: RigidTransform;
      try {
        t = parseBaseFrame(given ?? dvrkConsoleBaseFrame(side));
      } catch (err) {
        throw new Error(`${side} base frame: ${(err as Error).message}`);
      }
      return new BaseFrameMap(t);
    };
    this.maps = { MTML: make('MTML'), MTMR: make('MTMR') };
  }

  baseFrameId(side: MtmSide): string {
    return `${side}_base`;
  }

  transform(side: MtmSide): RigidTransform {
    return this.maps[side].transform;
  }

  /** A measured_cp in the MTM base or the console frame -> the console frame; any other frame is refused. */
  toConsole(side: MtmSide, p: FramedPose): Parsed<Pose> {
    const id = p.frameId.replace(/^\//, '');
    if (id === this.consoleFrameId) return { ok: true, value: p.pose };
    if (id === this.baseFrameId(side)) return { ok: true, value: this.maps[side].toParent(p.pose) };
    return {
      ok: false,
      reason: `header.frame_id is "${p.frameId}"; accepted: "${this.baseFrameId(side)}" (the MTM's base, mapped with its base frame) or "${this.consoleFrameId}" (already in the console frame, --console-frame-id)`,
    };
  }
}
