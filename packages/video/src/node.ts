// @farhand/video/node: the video sources the agent runs (Node only).
export { FfmpegSource, parseInputSpec, ffmpegArgs, type FfmpegSourceOptions, type InputSpec } from './ffmpeg-source.js';
export { TestSource, type TestSourceOptions } from './test-source.js';
export type { VideoFrame, VideoSource, VideoSourceInfo } from './source.js';
