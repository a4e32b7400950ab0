import { describe, expect, it } from 'vitest';
import { completeConfig, effectiveConfigFromJson, recordedConfigJson } from '@farhand/loop';
import { agentConfigSchema } from '@farhand/protocol';
import { announceCandidate, filterSdpCandidates } from './candidates.js';
import { rtcSetup } from './setup.js';
import { welcomeRtc } from './welcome.js';
import { loadWrtc } from './wrtc.js';

const config = (rtc: Record<string, unknown> = {}) => {
  const e = completeConfig(agentConfigSchema.parse({ rtc }), () => 1);
  if (!e.ok) throw new Error(e.errors.join('\n'));
  return e.config;
};

describe('WebRTC setup', () => {
  it('loads the native library here and offers it with the configured ICE servers', async () => {
    const s = await rtcSetup(config({ iceServers: [{ urls: 'stun:stun.example.org:3478' }] }), true);
    expect(s.ok).toBe(true);
    expect(welcomeRtc(s)).toEqual({
      available: true,
      ice_servers: [{ urls: ['stun:stun.example.org:3478'], username: '', credential: '' }],
      motion_label: 'farhand-motion',
      connect_timeout_s: 5,
      // Without a video setup (unit level) the agent says it sends none; agent-video.test.ts has the rest.
      video: { available: false, unavailable_reason: 'this agent sends no video' },
    });
  });

  it('a library that does not load leaves WebSocket only, and says why', async () => {
    const s = await rtcSetup(config(), true, () => loadWrtc('@farhand/no-such-native-webrtc'));
    expect(s.ok).toBe(false);
    const w = welcomeRtc(s);
    expect(w.available).toBe(false);
    expect(w.unavailable_reason).toMatch(/^the native WebRTC library \(@farhand\/no-such-native-webrtc\) did not load: Cannot find (package|module)/);
    expect(w.video?.unavailable_reason).toMatch(/^no video over the WebSocket: the field's video needs the WebRTC peer connection \(the native WebRTC library/);
  });

  it('turned off: not even loaded', async () => {
    let loaded = false;
    const s = await rtcSetup(config({ enabled: false }), true, async () => ((loaded = true), { ok: false, reason: 'x' }));
    expect(s).toEqual({ ok: false, reason: 'WebRTC is turned off on this agent (rtc.enabled = false, --no-webrtc)' });
    expect(loaded).toBe(false);
  });
});

describe('the recorded config', () => {
  it('keeps the WebRTC settings but not the TURN credential, and still parses for replay', () => {
    const c = config({ iceServers: [{ urls: ['turn:turn.example.org:3478'], username: 'u', credential: 'secret-credential' }] });
    const json = recordedConfigJson(c);
    expect(json).not.toContain('secret-credential');
    const back = effectiveConfigFromJson(json);
    expect(back.ok && back.config.rtc).toEqual({ enabled: true, connectTimeoutS: 5, iceServers: [{ urls: ['turn:turn.example.org:3478'], username: 'u', credential: '(redacted)' }] });
  });
});

describe('which local candidates an agent announces', () => {
  const host = (addr: string) => `candidate:1 1 udp 2122260223 ${addr} 40000 typ host generation 0`;
  it('bound to loopback: only loopback addresses, in trickle and in the SDP', () => {
    expect(announceCandidate(host('127.0.0.1'), true)).toBe(true);
    expect(announceCandidate(host('::1'), true)).toBe(true);
    expect(announceCandidate(host('192.0.2.2'), true)).toBe(false);
    expect(announceCandidate(host('fd00::2'), true)).toBe(false);
    expect(announceCandidate('garbage', true)).toBe(false);
    expect(announceCandidate(host('192.0.2.2'), false)).toBe(true);
    const sdp = ['v=0', `a=${host('192.0.2.2')}`, `a=${host('127.0.0.1')}`, 'a=end-of-candidates', ''].join('\r\n');
    expect(filterSdpCandidates(sdp, true)).toBe(['v=0', `a=${host('127.0.0.1')}`, 'a=end-of-candidates', ''].join('\r\n'));
    expect(filterSdpCandidates(sdp, false)).toBe(sdp);
  });
});
