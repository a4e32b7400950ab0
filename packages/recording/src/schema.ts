// The recording's protobuf types and the FileDescriptorSet that MCAP tools (Foxglove, mcap CLI) need to
// decode them, both from the protocol package's .proto files: the schema a recording carries is the
// schema the agent encoded it with.
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor/index.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// uint64 (times in ns, seq, ticks) as JS numbers, the same decision the protocol package makes.
protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();

/** Topic -> fully qualified message type, as recording.proto lists them. */
export const CHANNELS = {
  session: { topic: '/farhand/session', type: 'farhand.v1.SessionStart' },
  frame: { topic: '/farhand/frame', type: 'farhand.v1.RecordedFrame' },
  clock: { topic: '/farhand/clock', type: 'farhand.v1.RecordedClock' },
  command: { topic: '/farhand/command', type: 'farhand.v1.RecordedCommand' },
  control: { topic: '/farhand/control', type: 'farhand.v1.RecordedControl' },
  tick: { topic: '/farhand/tick', type: 'farhand.v1.TickRecord' },
  event: { topic: '/farhand/event', type: 'farhand.v1.Event' },
  videoCapture: { topic: '/farhand/video/capture', type: 'farhand.v1.RecordedVideoCapture' },
  videoReport: { topic: '/farhand/video/report', type: 'farhand.v1.RecordedVideoReport' },
} as const;
export type ChannelName = keyof typeof CHANNELS;

export const MCAP_PROFILE = 'farhand';

export interface RecordingSchema {
  root: protobuf.Root;
  types: Record<ChannelName, protobuf.Type>;
  envelope: protobuf.Type;
  /** FileDescriptorSet (binary) holding every farhand.v1 type. */
  descriptorSet: Uint8Array;
}

let cached: RecordingSchema | null = null;

/** The protocol package's .proto root (farhand/v1/teleop.proto and recording.proto), wherever it is installed. */
export function protoDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@farhand/protocol/package.json')), 'proto');
}

export function loadRecordingSchema(dir: string = protoDir()): RecordingSchema {
  if (cached) return cached;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(dir, target);
  root.loadSync(['farhand/v1/teleop.proto', 'farhand/v1/recording.proto'], { keepCase: true });
  root.resolveAll();
  const types = Object.fromEntries(Object.entries(CHANNELS).map(([k, c]) => [k, root.lookupType(c.type)])) as Record<ChannelName, protobuf.Type>;
  const set = (root as unknown as { toDescriptor(syntax: string): protobuf.Message }).toDescriptor('proto3');
  const descriptorSet = (descriptor as unknown as { FileDescriptorSet: protobuf.Type }).FileDescriptorSet.encode(set).finish();
  cached = { root, types, envelope: root.lookupType('farhand.v1.Envelope'), descriptorSet };
  return cached;
}
