// What every video source gives the agent: I420 frames of a fixed size at a nominal rate, each with the
// capture time on the agent's clock and a frame number, both also stamped into the frame's timecode strip
// (so the console can measure glass-to-glass delay on the pixels it shows).
import type { I420Frame } from './i420.js';

export interface VideoFrame extends I420Frame {
  /** Agent clock, ns: when the frame was drawn (test) or reached the agent (ffmpeg, ROS). */
  captureTimeNs: number;
  frameNumber: number;
}

export interface VideoSourceInfo {
  kind: 'test' | 'ffmpeg' | 'ros';
  width: number;
  height: number;
  /** Nominal frame rate, Hz. */
  fps: number;
  /** What it shows, for logs and the monitor (e.g. "lavfi:testsrc2", "rtsp://cam/stream"). */
  description: string;
}

export interface VideoSource {
  readonly info: VideoSourceInfo;
  /** Starts delivering frames; resolves once the source runs (rejects with a sentence if it cannot start). */
  start(onFrame: (f: VideoFrame) => void, onError: (message: string) => void): Promise<void>;
  /** Stops and releases everything (processes, timers); idempotent. */
  stop(): Promise<void>;
}
