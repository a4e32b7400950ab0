// @farhand/recording: the farhand session file. What a recording holds (schema.ts, recording.proto in
// @farhand/protocol), how it is written (the chunked MCAP writer, the Recorder, its thread and host) and
// the one streaming reader that replay, import and the tests read it with. Depends on protocol only, so
// the file format can be read and written without the live agent.
export { CHANNELS, MCAP_PROFILE, loadRecordingSchema, protoDir, type ChannelName, type RecordingSchema } from './schema.js';
export { ChunkedMcapWriter } from './mcap-writer.js';
export { Recorder } from './recorder.js';
export { RecorderHost, type RecorderHostEvents } from './host.js';
export type { RecorderRequest, RecorderReport, RecorderWorkerData, SessionStartRecord, RecordedArmRecord, ProbeRecord, CommandRecordBody, AckRecordBody, EventRecordBody } from './messages.js';
export { ROW, TICK_ROW, type RecorderTickBatch } from './tick-rows.js';
export {
  streamRecordingBytes,
  streamRecordingFile,
  RecordingFormatError,
  type RecordingVisitor,
  type StreamDamage,
  type StreamOptions,
  type StreamResult,
} from './stream.js';
export {
  readRecording,
  readRecordingBytes,
  type Recording,
  type Timed,
  type SessionStartMsg,
  type RecordedFrameMsg,
  type RecordedClockMsg,
  type RecordedCommandMsg,
  type RecordedControlMsg,
  type TickRecordMsg,
  type EventMsg,
  type RecordedMotionFrame,
  type RecordedPose,
} from './read.js';
export { compiledFile } from './compiled.js';
export { COMPRESSIONS, DECOMPRESS_HANDLERS, loadCompressor, loadZstdDecoder, ZSTD_LEVEL, type Compression, type ChunkCompressor } from './codecs.js';
export { type ChunkStats, type ChunkedWriterOptions } from './mcap-writer.js';
export { sessionMetadata, type RecorderOptions } from './recorder.js';
export { unixNsAtOrigin, type RecorderOpenOptions } from './host.js';
export { partPath, parsePartPath, seriesFiles } from './series.js';
export { VIZ_CHANNELS, VIZ_FRAMES, VIZ_RATE_HZ, PSM_JOINT_NAMES, loadVizSchema, vizProtoDir, type VizChannelName, type VizSchema } from './viz.js';
