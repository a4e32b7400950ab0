import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { allocateLoopInputs, LoopInputReader, LoopInputWriter, loopInputPath } from './loop-inputs.js';
import type { LoopInput, LoopRequest } from './messages.js';

const frame = (seq: number, x = 0.001 * seq): LoopInput => ({
  k: 'frame',
  seq,
  frame: {
    frame: { armId: 0, seq: seq + 1, captureTimeNs: 1e9 + seq, position: [x, -0, 1e-300], orientation: [0, 0, 0.6, 0.8], grip: 0.1 * seq, clutch: false, operatorPresent: true },
    receiveTimeNs: 2e9 + seq,
    sourceId: 's-abc',
  },
});
const command = (seq: number, type: 'ESTOP' | 'ENGAGE' = 'ESTOP'): LoopInput => ({ k: 'command', seq, command: { id: seq, sourceId: 's-abc', type } });

const channels: MessageChannel[] = [];
function setup(ringBytes = 64 * 1024) {
  const ch = new MessageChannel();
  channels.push(ch);
  const shared = allocateLoopInputs(ringBytes);
  return { writer: new LoopInputWriter(shared, ch.port1), reader: new LoopInputReader(shared, ch.port2), mainPort: ch.port1 };
}
afterEach(() => {
  for (const ch of channels.splice(0)) {
    ch.port1.close();
    ch.port2.close();
  }
});

/** One tick's drain, as the worker does it. */
function drain(reader: LoopInputReader): LoopRequest[] {
  const got: LoopRequest[] = [];
  for (let r = reader.next(); r !== undefined; r = reader.next()) got.push(r);
  return got;
}

describe('loop inputs: ring, then port', () => {
  it('hands the loop exactly what postMessage would (structured clone: -0, subnormals, strings, nesting)', () => {
    const { writer, reader } = setup();
    const inputs = [frame(0), command(1), { k: 'control', seq: 2, controllerId: null } as LoopInput, { k: 'clock', seq: 3, sample: { sourceId: 'x', agentOriginated: true, t0Ns: 1, t1Ns: 2.5, t2Ns: 3, t3Ns: 4 } } as LoopInput];
    for (const i of inputs) expect(writer.push(i)).toBe('ring');
    const got = drain(reader);
    const ch = new MessageChannel();
    channels.push(ch);
    for (const i of inputs) ch.port1.postMessage(i);
    const viaPort = inputs.map(() => receiveMessageOnPort(ch.port2)!.message);
    expect(got).toEqual(viaPort);
    expect(Object.is((got[0] as Extract<LoopInput, { k: 'frame' }>).frame.frame.position[1], -0)).toBe(true);
    expect(writer.counts).toEqual({ viaRing: 4, viaPort: 0, framesDropped: 0 });
  });

  it('ring full: frames are dropped and counted, commands (the e-stop) take the port, nothing else is lost', () => {
    const { writer, reader } = setup(1024);
    let seq = 0;
    while (writer.push(frame(seq)) === 'ring') seq++;
    // That frame was dropped: the caller refuses it and it never reaches the core.
    expect(writer.counts.framesDropped).toBe(1);
    const pushed: number[] = [];
    let path: string;
    do {
      path = writer.push(command(++seq));
      pushed.push(seq);
    } while (path === 'ring');
    expect(path).toBe('port'); // the command that did not fit
    expect(writer.push(command(++seq, 'ENGAGE'))).toBe('port');
    pushed.push(seq);
    const got = drain(reader);
    expect(got.filter((r) => r.k === 'command').map((r) => (r as LoopInput).seq)).toEqual(pushed);
    // Every frame that was accepted arrives, in order.
    const frames = got.filter((r) => r.k === 'frame').map((r) => (r as LoopInput).seq);
    expect(frames).toEqual(Array.from({ length: frames.length }, (_, i) => i));
    expect(writer.counts.viaPort).toBe(2);
  });

  it('after a command took the port, the next ones follow it there until the loop drained it (order kept)', () => {
    const { writer, reader } = setup(1024);
    let seq = 0;
    while (writer.push(frame(seq)) === 'ring') seq++;
    while (writer.push(command(++seq)) === 'ring');
    // The loop drains the ring partly, which frees space, but has not reached the port yet.
    reader.next();
    reader.next();
    expect(writer.push(frame(++seq))).toBe('ring'); // frames never take the port
    expect(writer.push(command(++seq, 'ENGAGE'))).toBe('port'); // sticky: behind the first command
    // This drain, then the next one (which reads what came during this one).
    const got = [...drain(reader), ...drain(reader)];
    const cmdSeqs = got.filter((r) => r.k === 'command').map((r) => (r as LoopInput).seq);
    expect(cmdSeqs).toEqual([...cmdSeqs].sort((a, b) => a - b));
    expect(cmdSeqs.at(-1)).toBe(seq);
    // Drained past the port's newest: the ring again.
    expect(writer.push(command(++seq))).toBe('ring');
    expect(drain(reader)).toMatchObject([{ k: 'command', seq }]);
  });

  it('the inputs of one drain are a prefix of the seqs (what the recorder marks assume)', () => {
    const { writer, reader } = setup(2048);
    let seq = 0;
    let handed = -1;
    for (let round = 0; round < 200; round++) {
      const n = (round * 7) % 13;
      for (let i = 0; i < n; i++) writer.push(i % 5 === 4 ? command(seq++) : frame(seq++));
      const got = drain(reader);
      const seqs = got.map((r) => (r as LoopInput).seq);
      if (seqs.length === 0) continue;
      const max = Math.max(...seqs);
      // Everything pushed with a seq <= max and not dropped arrived by now.
      expect(Math.min(...seqs)).toBeGreaterThan(handed);
      handed = max;
    }
    expect(writer.counts.viaRing + writer.counts.viaPort + writer.counts.framesDropped).toBe(seq);
  });

  it('inputs that took the port come out merged by seq with the ring\'s, as main queued them', () => {
    const { writer, reader } = setup(1024);
    let seq = 0;
    while (writer.push(frame(seq)) === 'ring') seq++;
    const dropped = seq;
    while (writer.push(command(++seq)) === 'ring');
    const viaPort = seq;
    // The loop reads part of the ring, then the next inputs: a frame into the ring (seq after the port's command).
    const first = [reader.next(), reader.next()];
    expect(writer.push(frame(++seq))).toBe('ring');
    expect(writer.push(command(++seq))).toBe('port'); // sticky
    const rest = [...drain(reader), ...drain(reader)];
    const seqs = [...first, ...rest].map((r) => (r as LoopInput).seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs).toContain(viaPort);
    expect(seqs).not.toContain(dropped);
    expect(seqs.at(-1)).toBe(seq);
  });

  it('a drain that finds a port input older than a ring input hands them in seq order (what marks assume)', () => {
    const { writer, reader, mainPort } = setup();
    // As when the ring was full for seq 4 (port) and had room again for seq 5 before the loop drained.
    mainPort.postMessage(command(4));
    expect(writer.push(frame(5))).toBe('ring');
    writer.request({ k: 'shutdown', holdTimeoutS: 1 });
    expect(drain(reader).map((r) => (r.k === 'shutdown' ? 'shutdown' : (r as LoopInput).seq))).toEqual([4, 5, 'shutdown']);
  });

  it('shutdown always takes the port', () => {
    const { writer, reader } = setup();
    writer.request({ k: 'shutdown', holdTimeoutS: 2 });
    expect(drain(reader)).toEqual([{ k: 'shutdown', holdTimeoutS: 2 }]);
  });

  it('FARHAND_LOOP_INPUTS: ring by default, port to compare, anything else is an error that says what is accepted', () => {
    expect(loopInputPath({})).toBe('ring');
    expect(loopInputPath({ FARHAND_LOOP_INPUTS: 'port' })).toBe('port');
    expect(() => loopInputPath({ FARHAND_LOOP_INPUTS: 'shm' })).toThrow('FARHAND_LOOP_INPUTS must be "ring" (the default) or "port", got "shm"');
  });
});
