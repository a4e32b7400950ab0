// A minimal Farhand client in plain JavaScript: the .proto loaded by path with protobufjs, a WebSocket
// (the `ws` package in Node; in a browser use the built-in WebSocket the same way).
//   npm install protobufjs ws
//   node minimal-client.mjs ws://127.0.0.1:PORT/ws TOKEN
// It says Hello, answers the agent's clock probes, takes control, engages, moves the hand in a small
// circle at 100 Hz for 2 s, disengages, releases control and closes.
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import WebSocket from 'ws';

const PROTO = process.env.FARHAND_PROTO ?? fileURLToPath(new URL('../proto/farhand/v1/teleop.proto', import.meta.url));
const [url, token] = process.argv.slice(2);

const root = new protobuf.Root().loadSync(PROTO, { keepCase: true }); // field names exactly as in the .proto
const Envelope = root.lookupType('farhand.v1.Envelope');

// One binary WebSocket message = one Envelope. fromObject takes enum names ('SURGEON') and numbers.
const encode = (obj) => Envelope.encode(Envelope.fromObject(obj)).finish();
// oneofs: true adds `msg`, the name of the message inside; uint64 as numbers, enums as names.
const decode = (bytes) => Envelope.toObject(Envelope.decode(new Uint8Array(bytes)), { oneofs: true, longs: Number, enums: String });

// Any monotonic clock in ns. Capture times and probe stamps are on this clock; the agent relates it to its own.
const nowNs = () => Math.round(performance.now() * 1e6);

const ws = new WebSocket(url);
ws.binaryType = 'arraybuffer';
const send = (obj) => ws.send(encode(obj));
let seq = 0;
let commandId = 0;
let streaming = null;
const command = (type, extra = {}) => send({ command: { id: ++commandId, type, ...extra } });

function sendFrame() {
  const t = seq / 100; // s
  send({
    motion: {
      arm_id: 0,
      seq: ++seq, // strictly increasing
      capture_time_ns: nowNs(),
      position: { x: 0.02 * Math.cos(t * Math.PI), y: 0.02 * Math.sin(t * Math.PI), z: 0 }, // m, ABSOLUTE
      orientation: { x: 0, y: 0, z: 0, w: 1 }, // unit quaternion (x, y, z, w)
      grip: 0.2, // 0 open .. 1 closed
      clutch: false,
      operator_present: true, // dead-man: only while the surgeon holds the control
    },
  });
  if (seq === 20) command('ENGAGE'); // the link is fresh by now
  if (seq === 200) {
    clearInterval(streaming);
    command('DISENGAGE');
    command('RELEASE_CONTROL');
  }
}

ws.on('open', () => send({ hello: { protocol_major: 1, protocol_minor: 0, role: 'SURGEON', token, client_name: 'minimal-client' } }));

ws.on('message', (data) => {
  const arrivedNs = nowNs();
  const m = decode(data);
  switch (m.msg) {
    case 'welcome':
      console.log(`welcome: session ${m.welcome.session_id}, protocol ${m.welcome.protocol_major}.${m.welcome.protocol_minor ?? 0}, arms ${m.welcome.arm_ids}`);
      command('REQUEST_CONTROL');
      break;
    case 'reject':
      console.log(`rejected: ${m.reject.code}: ${m.reject.reason}`);
      process.exitCode = 1;
      break;
    case 'clock':
      // Answer the agent's probe at once: same id and t0, our receive (t1) and send (t2) times.
      if (!m.clock.reply) send({ clock: { id: m.clock.id, t0_ns: m.clock.t0_ns, t1_ns: arrivedNs, t2_ns: nowNs(), reply: true } });
      break;
    case 'ack':
      console.log(`ack ${m.ack.type}: ${m.ack.ok ? 'ok' : m.ack.reason}`);
      if (!m.ack.ok) {
        process.exitCode = 1; // reason is "CODE: sentence", e.g. NOT_CONTROLLER: ...
        ws.close(1000);
      } else if (m.ack.type === 'REQUEST_CONTROL') streaming = setInterval(sendFrame, 10);
      else if (m.ack.type === 'RELEASE_CONTROL') ws.close(1000);
      break;
    case 'telemetry':
      break; // m.telemetry.state, .link.rtt_s, .measured_cp ... at the telemetry rate
    case 'event':
      console.log(`event ${m.event.severity} ${m.event.code}: ${m.event.message}`);
      break;
  }
});

ws.on('close', () => clearInterval(streaming));
ws.on('error', (e) => {
  console.log(`error: ${e.message}`);
  process.exitCode = 1;
});
