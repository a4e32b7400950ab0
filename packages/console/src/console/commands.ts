// Commands to the agent with ids, and their acks turned into words. A command is only ever sent
// because a person pressed something: nothing here retries or re-sends on its own.
import { commandName, farhand, type CommandName } from '@farhand/protocol';
import type { AgentLink } from '../net/agent-link.js';
import { splitReason } from '../states.js';

export interface AckOutcome {
  type: CommandName | 'UNKNOWN';
  ok: boolean;
  code: string;
  sentence: string;
}

const DONE_WORDS: Partial<Record<CommandName, string>> = {
  ENGAGE: 'Engage accepted: the tool follows your hand.',
  DISENGAGE: 'Disengaged: the arm holds.',
  ESTOP: 'Emergency stop accepted: the arm is stopped.',
  RESET_FAULT: 'Reset: the arm holds; engage again to continue.',
  REQUEST_CONTROL: 'You have control of the arm.',
  RELEASE_CONTROL: 'Control released.',
  SET_SCALE: 'Motion scale changed.',
  HOME: 'Homing the arm.',
  CLUTCH: 'Clutch changed.',
};

export class Commander {
  private nextId = 1;
  private readonly pending = new Map<number, CommandName>();

  constructor(
    private readonly link: AgentLink,
    private readonly armId: () => number,
    private readonly catalogue: (code: string) => string | undefined,
  ) {}

  /** Sends a command; false when the link is down (nothing is queued: a late command is a wrong command). */
  send(type: CommandName, extra: { scale?: number; flag?: boolean; target_session_id?: string } = {}): boolean {
    const id = this.nextId++;
    const ok = this.link.send({ command: { id, type: farhand.v1.CommandType[type], arm_id: this.armId(), ...extra } });
    if (ok) {
      this.pending.set(id, type);
      if (this.pending.size > 64) this.pending.delete(this.pending.keys().next().value!);
    }
    return ok;
  }

  onAck(ack: farhand.v1.CommandAck): AckOutcome {
    const type = this.pending.get(ack.id) ?? commandName(ack.type) ?? 'UNKNOWN';
    this.pending.delete(ack.id);
    if (ack.ok) {
      return { type, ok: true, code: '', sentence: (type !== 'UNKNOWN' && DONE_WORDS[type]) || 'Done.' };
    }
    const { code, sentence } = splitReason(ack.reason || 'REFUSED', this.catalogue);
    return { type, ok: false, code, sentence };
  }
}
