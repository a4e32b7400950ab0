// The console side of the motion DataChannel for the lab benches, with @roamhq/wrtc (the same libwebrtc as
// the agent's): offered over the console's authenticated WebSocket exactly as the browser console does
// (offer, answer, trickled ICE candidates), unordered with no retransmission.
import wrtc from '@roamhq/wrtc';
import { RTC_MOTION_LABEL, decodeEnvelope, farhand } from '../../packages/protocol/dist/index.js';

const pb = farhand.v1;

/** Opens the motion channel; resolves with it once open (rejects after timeoutMs or if the agent refuses). */
export async function openMotionChannel({ ws, welcome, send, timeoutMs = 10_000 }) {
  if (!welcome.rtc || !welcome.rtc.available) throw new Error(`the agent offers no WebRTC: ${welcome.rtc?.unavailable_reason || 'no Welcome.rtc'}`);
  const iceServers = (welcome.rtc.ice_servers ?? []).map((s) => ({ urls: s.urls, ...(s.username ? { username: s.username, credential: s.credential } : {}) }));
  const pc = new wrtc.RTCPeerConnection({ iceServers });
  const channel = pc.createDataChannel(welcome.rtc.motion_label || RTC_MOTION_LABEL, { ordered: false, maxRetransmits: 0 });
  channel.binaryType = 'arraybuffer';
  pc.onicecandidate = (e) => {
    const c = e.candidate;
    send({ rtc: { type: pb.RtcSignalType.CANDIDATE, candidate: c?.candidate ?? '', sdp_mid: c?.sdpMid ?? '0', sdp_mline_index: c?.sdpMLineIndex ?? 0 } });
  };
  let refused = null;
  ws.on('message', (d) => {
    const r = decodeEnvelope(d, { maxBytes: 1 << 20 });
    if (!r.ok || r.kind !== 'rtc') return;
    const m = r.message;
    if (m.type === pb.RtcSignalType.ANSWER) void pc.setRemoteDescription({ type: 'answer', sdp: m.sdp });
    else if (m.type === pb.RtcSignalType.CANDIDATE && m.candidate) void pc.addIceCandidate({ candidate: m.candidate, sdpMid: m.sdp_mid || '0', sdpMLineIndex: m.sdp_mline_index }).catch(() => undefined);
    else if (m.type === pb.RtcSignalType.CLOSE) refused = m.reason;
  });
  const offer = await pc.createOffer();
  await pc.setLocalDescription(offer);
  send({ rtc: { type: pb.RtcSignalType.OFFER, sdp: offer.sdp } });
  const until = Date.now() + timeoutMs;
  while (channel.readyState !== 'open') {
    if (refused !== null) throw new Error(`the agent closed the DataChannel: ${refused}`);
    if (Date.now() > until) throw new Error(`the DataChannel did not open within ${timeoutMs} ms (ICE ${pc.iceConnectionState})`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    get readyState() {
      return channel.readyState;
    },
    send: (bytes) => channel.send(bytes),
    close: () => {
      try {
        channel.close();
        pc.close();
      } catch {
        // already closed
      }
    },
  };
}
