// @farhand/video: the field's video. Browser-safe parts here (the capture timecode, the endoscope camera
// model, I420 drawing, the synthetic scene); the sources that run processes and timers are in
// '@farhand/video/node'.
export * from './timecode.js';
export * from './camera.js';
export * from './i420.js';
export { TestScene, timecodeGeometry, type ToolState } from './test-scene.js';
export type { VideoFrame, VideoSource, VideoSourceInfo } from './source.js';
