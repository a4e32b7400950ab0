// What the console sends, decided by what the agent said it drives (Welcome). A protocol 1.1 agent with
// two INSTRUMENT arms gets one two-handed MotionFrame per tick (`hands`, both instruments sampled at the
// same instant, one dead-man, the camera pedal); anything else (a 1.0 agent without Welcome.arms, or one
// instrument) gets the single-hand frame exactly as before, so this console works unchanged with it.
import { farhand, toMotionFrame } from '@farhand/protocol';
import type { HandPairState } from './input/hands.js';
import type { HandSide } from './input/source.js';

export interface RosterArm {
  armId: number;
  /** dVRK name (PSM1, PSM2, ECM), or "arm N" when the agent gave none. */
  name: string;
  kind: 'INSTRUMENT' | 'CAMERA';
}

export interface Roster {
  /** Every arm the agent drives, in its order (1.0 agent: the arm_ids, as instruments). */
  arms: RosterArm[];
  /** Two instruments: frames carry `hands`. */
  bimanual: boolean;
  /** Which instrument each hand drives (bimanual only). As on a dVRK: right hand PSM1, left hand PSM2. */
  handArms: Record<HandSide, RosterArm> | null;
  camera: RosterArm | null;
  /** The arm a single-hand frame names (Welcome.arm_ids[0], else 0). */
  singleArmId: number;
}

type WelcomeArms = Pick<farhand.v1.IWelcome, 'arm_ids' | 'arms'>;

/** Reads the arms from a Welcome. Duplicate ids and arms of an unknown kind are left out. */
export function rosterFromWelcome(w: WelcomeArms | null | undefined): Roster {
  const ids = (w?.arm_ids ?? []).filter((id) => Number.isInteger(id) && id >= 0);
  const arms: RosterArm[] = [];
  const seen = new Set<number>();
  for (const a of w?.arms ?? []) {
    const id = a.arm_id ?? 0;
    if (!Number.isInteger(id) || id < 0 || seen.has(id)) continue;
    const kind = a.kind === farhand.v1.ArmKind.INSTRUMENT ? 'INSTRUMENT' : a.kind === farhand.v1.ArmKind.CAMERA ? 'CAMERA' : null;
    if (!kind) continue;
    seen.add(id);
    arms.push({ armId: id, name: (a.name ?? '').trim().slice(0, 16) || `arm ${id}`, kind });
  }
  if (arms.length === 0) for (const id of ids) if (!seen.has(id)) (seen.add(id), arms.push({ armId: id, name: ids.length === 1 ? 'PSM' : `arm ${id}`, kind: 'INSTRUMENT' }));
  const instruments = arms.filter((a) => a.kind === 'INSTRUMENT');
  const camera = arms.find((a) => a.kind === 'CAMERA') ?? null;
  let handArms: Record<HandSide, RosterArm> | null = null;
  if (instruments.length >= 2) {
    const byName = (n: string): RosterArm | undefined => instruments.find((a) => a.name.toUpperCase() === n);
    const right = byName('PSM1') ?? instruments[0]!;
    const left = byName('PSM2') ?? instruments.find((a) => a !== right)!;
    handArms = { right, left };
  }
  return { arms, bimanual: handArms !== null, handArms, camera, singleArmId: ids[0] ?? instruments[0]?.armId ?? 0 };
}

export interface FrameStamp {
  seq: number;
  captureTimeNs: number;
}

/**
 * The arm a command from the console addresses (Command.arm_id). One instrument: Welcome.arm_ids[0], as
 * before. Two instruments: the hand the mouse and keys drive (F), so HOME (and a CLUTCH command, should
 * one be sent) acts on the instrument the surgeon is looking at; the agent sends ENGAGE, DISENGAGE,
 * SET_SCALE, ESTOP and RESET_FAULT to every arm whatever arm_id says.
 */
export function commandArmId(roster: Roster, mode: HandPairState['mode'], selected: HandSide): number {
  if (!roster.bimanual || !roster.handArms || mode !== 'bimanual') return roster.singleArmId;
  return roster.handArms[selected].armId;
}

const vec = (v: readonly number[]): farhand.v1.IVector3f => ({ x: v[0]!, y: v[1]!, z: v[2]! });
const quat = (q: readonly number[]): farhand.v1.IQuaternionf => ({ x: q[0]!, y: q[1]!, z: q[2]!, w: q[3]! });

/**
 * The MotionFrame for this tick. Bimanual: `hands` with both instruments, the single-hand fields unset
 * (the agent refuses a frame that sets both), the camera pedal; single: the right hand as the one hand.
 */
export function buildMotionFrame(roster: Roster, s: HandPairState, stamp: FrameStamp): farhand.v1.IMotionFrame {
  if (!roster.bimanual || !roster.handArms || s.mode !== 'bimanual') {
    const h = s.hands.right;
    return toMotionFrame({
      armId: roster.singleArmId,
      seq: stamp.seq,
      captureTimeNs: stamp.captureTimeNs,
      position: h.position,
      orientation: h.orientation,
      grip: h.grip,
      clutch: h.clutch,
      operatorPresent: s.operatorPresent,
    });
  }
  if (!Number.isSafeInteger(stamp.seq) || stamp.seq < 0) throw new RangeError(`buildMotionFrame: seq must be a non-negative safe integer, got ${stamp.seq}.`);
  if (!Number.isFinite(stamp.captureTimeNs) || stamp.captureTimeNs < 0) throw new RangeError(`buildMotionFrame: captureTimeNs must be finite and >= 0, got ${stamp.captureTimeNs}.`);
  const hands: farhand.v1.IHand[] = (['right', 'left'] as const).map((side) => {
    const h = s.hands[side];
    return { arm_id: roster.handArms![side].armId, position: vec(h.position), orientation: quat(h.orientation), grip: h.grip, clutch: h.clutch };
  });
  return { seq: stamp.seq, capture_time_ns: Math.round(stamp.captureTimeNs), operator_present: s.operatorPresent, camera: s.camera, hands };
}
