import { describe, expect, it } from 'vitest';
import { withVideoBandwidth } from './rtc-peer.js';

const offer = [
  'v=0', 'o=- 1 2 IN IP4 127.0.0.1', 's=-', 't=0 0', 'a=group:BUNDLE 0 1',
  'm=video 9 UDP/TLS/RTP/SAVPF 96 97', 'c=IN IP4 0.0.0.0', 'b=AS:30000', 'a=mid:0', 'a=recvonly', 'a=rtpmap:96 VP8/90000',
  'm=application 9 UDP/DTLS/SCTP webrtc-datachannel', 'c=IN IP4 0.0.0.0', 'a=mid:1', '',
].join('\r\n');

describe('withVideoBandwidth (the encoder ceiling, as b=AS in the offer the agent applies)', () => {
  it('puts one b=AS after c= in the video section only, replacing what was there', () => {
    const out = withVideoBandwidth(offer, 2500);
    const video = out.slice(out.indexOf('m=video'), out.indexOf('m=application'));
    expect(video).toBe('m=video 9 UDP/TLS/RTP/SAVPF 96 97\r\nc=IN IP4 0.0.0.0\r\nb=AS:2500\r\na=mid:0\r\na=recvonly\r\na=rtpmap:96 VP8/90000\r\n');
    expect(out.slice(out.indexOf('m=application'))).toBe('m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=mid:1\r\n');
    expect(out.match(/^b=/gm)).toHaveLength(1);
  });

  it('works with the video section last, and leaves an offer without video alone', () => {
    const last = offer.replace(/m=video[\s\S]*?(?=m=application)/, '') + 'm=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:2\r\n';
    expect(withVideoBandwidth(last, 800).endsWith('m=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\nb=AS:800\r\na=mid:2\r\n')).toBe(true);
    const none = offer.replace(/m=video[\s\S]*?(?=m=application)/, '');
    expect(withVideoBandwidth(none, 800)).toBe(none);
  });
});
