// Which of the agent's own ICE candidates it announces. An agent bound to loopback announces only
// loopback candidates: nothing it says points a peer at another interface of the machine (libwebrtc
// gathers on every interface, and the bind address is the operator's statement of where the agent may
// be reached). Bound to another address, every host, server-reflexive and relay candidate is announced.

/** The connection address of a candidate line (RFC 8839: the fifth field), or null. */
export function candidateAddress(candidate: string): string | null {
  const parts = candidate.split(' ');
  return parts.length >= 8 && parts[0]!.startsWith('candidate:') ? parts[4]! : null;
}

export function isLoopbackAddress(addr: string): boolean {
  return addr === '::1' || /^127(?:\.\d{1,3}){3}$/.test(addr);
}

/** Whether to announce a local candidate, given whether the agent is bound to loopback. */
export function announceCandidate(candidate: string, loopbackOnly: boolean): boolean {
  if (!loopbackOnly) return true;
  const addr = candidateAddress(candidate);
  return addr !== null && isLoopbackAddress(addr);
}

/** An SDP with the a=candidate lines that announceCandidate refuses removed. */
export function filterSdpCandidates(sdp: string, loopbackOnly: boolean): string {
  if (!loopbackOnly) return sdp;
  return sdp
    .split('\r\n')
    .filter((line) => !line.startsWith('a=candidate:') || announceCandidate(line.slice(2), true))
    .join('\r\n');
}
