// Reason codes -> sentences, from latency-core's catalogue: the agent emits these codes, so the console
// says exactly what the core meant. A code this console does not know (a newer agent, or an agent-side
// code such as a handshake refusal) is still shown, as words made from the code.
import { REASONS, isReasonCode } from '@farhand/latency-core';
import { humanizeCode } from './states.js';

export function reasonSentence(code: string): string | undefined {
  if (!code) return undefined;
  return isReasonCode(code) ? REASONS[code] : humanizeCode(code);
}
