// Small conversions between what arrived on the wire and what is recorded or sent back: untrusted numbers
// made safe, a Command and an Event as the recorder takes them, a close reason within its byte limit.
import type { RawData } from 'ws';
import type { farhand } from '@farhand/protocol';

export function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

/** A non-negative finite number from an untrusted field, else 0 (ids echoed in acks). */
export function numberOr0(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0;
}

export function commandBody(m: farhand.v1.ICommand): { id: number; type: number; scale?: number; flag?: boolean; target_session_id?: string; arm_id?: number } {
  return {
    id: numberOr0(m.id),
    type: typeof m.type === 'number' ? m.type : 0,
    ...(typeof m.scale === 'number' ? { scale: m.scale } : {}),
    ...(typeof m.flag === 'boolean' ? { flag: m.flag } : {}),
    ...(typeof m.target_session_id === 'string' ? { target_session_id: m.target_session_id } : {}),
    ...(typeof m.arm_id === 'number' ? { arm_id: m.arm_id } : {}),
  };
}

export function eventBody(w: farhand.v1.IEvent): { agent_time_ns: number; severity: number; code: string; message: string; session_id: string; arm_id: number } {
  return {
    agent_time_ns: Number(w.agent_time_ns ?? 0),
    severity: Number(w.severity ?? 0),
    code: w.code ?? '',
    message: w.message ?? '',
    session_id: w.session_id ?? '',
    arm_id: w.arm_id ?? 0,
  };
}

/** A WebSocket close reason is limited to 123 bytes. */
export function truncateUtf8(s: string, maxBytes: number): string {
  let out = s;
  while (Buffer.byteLength(out, 'utf8') > maxBytes) out = out.slice(0, -1);
  return out;
}
