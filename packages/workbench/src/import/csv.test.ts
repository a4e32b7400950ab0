import { describe, expect, it } from 'vitest';
import { CsvImportError, parseCsvTracks, parsePoseCsv } from './csv.js';
import { describeInputRate, detectInputRate, parseRateHz, resampleTrack } from './resample.js';

describe('pose CSV', () => {
  it('reads the documented columns in any order, skipping comments and blank lines', () => {
    const csv = [
      '# exported from a tracker',
      'qw,qx,qy,qz,x_m,y_m,z_m,time_s,grip,operator_present,extra',
      '1,0,0,0,0.1,0.2,0.3,10.000,0.5,1,ignored',
      '',
      '0.7071068,0.7071068,0,0,0.11,0.2,0.3,10.010,1,true,x',
    ].join('\n');
    const t = parsePoseCsv(csv, 'a.csv');
    expect(t.kind).toBe('hand');
    expect(t.samples).toHaveLength(2);
    expect(t.samples[0]).toEqual({ timeNs: 10e9, position: [0.1, 0.2, 0.3], orientation: [0, 0, 0, 1], grip: 0.5, clutch: false, operatorPresent: true });
    expect(t.samples[1]?.timeNs).toBe(10.01e9);
    expect(t.samples[1]?.orientation[0]).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('takes time_ns, defaults orientation to identity, grip 0, operator present', () => {
    const t = parsePoseCsv('time_ns,x_m,y_m,z_m\n1000,0,0,0\n2000,0,0,0.001\n', 'b.csv', 'tool');
    expect(t.kind).toBe('tool');
    expect(t.samples[1]).toEqual({ timeNs: 2000, position: [0, 0, 0.001], orientation: [0, 0, 0, 1], grip: 0, clutch: false, operatorPresent: true });
  });

  it('drops and reports rows whose time does not increase', () => {
    const t = parsePoseCsv('time_s,x_m,y_m,z_m\n1,0,0,0\n2,0,0,0\n2,0,0,1\n1.5,0,0,1\n3,0,0,0\n', 'c.csv');
    expect(t.samples.map((s) => s.timeNs)).toEqual([1e9, 2e9, 3e9]);
    expect(t.dropped).toEqual([
      { where: 'line 4', reason: 'time 2 s does not increase (previous 2 s)' },
      { where: 'line 5', reason: 'time 1.5 s does not increase (previous 2 s)' },
    ]);
  });

  it('names the line, the column and what is accepted', () => {
    const bad = (csv: string) => () => parsePoseCsv(csv, 'd.csv');
    expect(bad('x_m,y_m,z_m\n1,2,3')).toThrow(/exactly one time column, time_s or time_ns/);
    expect(bad('time_s,x_m,y_m\n1,2,3')).toThrow(/no z_m column/);
    expect(bad('time_s,x_m,y_m,z_m,qx,qy\n1,2,3,4,0,0')).toThrow(/all four of qx, qy, qz, qw or none/);
    expect(bad('time_s,x_m,y_m,z_m\n1,0,0,0\n2,abc,0,0')).toThrow(/d\.csv line 3, column x_m: "abc" is not a position in m/);
    expect(bad('time_s,x_m,y_m,z_m\n1,0,0,0\n2,0,0')).toThrow(/line 3, column z_m: "" is not a position in m/);
    expect(bad('time_s,x_m,y_m,z_m,qx,qy,qz,qw\n1,0,0,0,0,0,0,2')).toThrow(/line 2: qx, qy, qz, qw is not a unit quaternion/);
    expect(bad('time_s,x_m,y_m,z_m,grip\n1,0,0,0,2')).toThrow(/column grip: 2 is outside 0 \(open\) \.\. 1 \(closed\)/);
    expect(bad('time_s,x_m,y_m,z_m,clutch\n1,0,0,0,yes')).toThrow(/column clutch: "yes" is not 0, 1, true or false/);
    expect(bad('time_s,x_m,y_m,z_m\n1,0,0,0')).toThrow(/at least 2 rows/);
    expect(bad('# only a comment\n')).toThrow(/no header row/);
    expect(bad('time_s,x_m,y_m,z_m\n1,0,0,0\n2,0,0,0')).not.toThrow();
    expect(() => parsePoseCsv('x', 'e.csv')).toThrow(CsvImportError);
  });

  it('reads quoted headers and fields, whitespace around fields, CRLF', () => {
    const csv = '"time_s" , "x_m","y_m" ,z_m, "note, free text"\r\n 1.0 , "0.1",0.2 , 0.3 ,"a, ""quoted"" note"\r\n2.0,0.1,0.2,0.31,"two\r\nlines"\r\n';
    const t = parsePoseCsv(csv, 'q.csv');
    expect(t.samples.map((x) => [x.timeNs, ...x.position])).toEqual([
      [1e9, 0.1, 0.2, 0.3],
      [2e9, 0.1, 0.2, 0.31],
    ]);
  });

  it('reads TSV and space-separated files (detected from the header, or given)', () => {
    const tsv = 'time_s\tx_m\ty_m\tz_m\tgrip\n0\t0\t0\t0\t0.5\n0.01\t0.001\t0\t0\t0.5\n';
    expect(parsePoseCsv(tsv, 'a.tsv').samples[1]).toMatchObject({ timeNs: 0.01e9, position: [0.001, 0, 0], grip: 0.5 });
    const spaced = '# x y z\n  time_s    x_m   y_m   z_m\n  0.00   0.000 0 0\n  0.01   0.002 0 0\n';
    expect(parsePoseCsv(spaced, 'a.txt').samples[1]?.position).toEqual([0.002, 0, 0]);
    const semi = 'time_s;x_m;y_m;z_m\n0;0;0;0\n1;1;0;0\n';
    expect(parsePoseCsv(semi, 'a.csv', 'hand', { delimiter: ';' }).samples).toHaveLength(2);
    // A wrong delimiter given explicitly: the header then has no time column, and the message says what it found.
    expect(() => parsePoseCsv(tsv, 'a.tsv', 'hand', { delimiter: ',' })).toThrow(/exactly one time column.*found: time_s\tx_m/s);
  });

  it('names the line of a broken quote', () => {
    expect(() => parsePoseCsv('time_s,x_m,y_m,z_m\n1,0,0,0\n2,"0,0,0\n', 'b.csv')).toThrow(new CsvImportError('b.csv line 3: a quoted field is not closed (a " opened here has no closing ")'));
  });
});

describe('two-handed CSV', () => {
  const two = (csv: string) => {
    const r = parseCsvTracks(csv, 'h.csv');
    if (r.hands !== 2) throw new Error('read as one hand');
    return r.track;
  };

  it('psm1_/psm2_ columns: one hand each on the shared time, operator presence frame-wide', () => {
    const t = two(
      [
        'time_s,psm2_x_m,psm2_y_m,psm2_z_m,psm1_x_m,psm1_y_m,psm1_z_m,psm1_qx,psm1_qy,psm1_qz,psm1_qw,psm1_grip,psm2_clutch,operator_present',
        '1.00,0.2,0.3,0.4,0.1,0.1,0.1,0,0,0,1,0.5,0,1',
        '1.01,0.21,0.3,0.4,0.11,0.1,0.1,0,0,0.7071068,0.7071068,0.6,1,0',
      ].join('\n'),
    );
    expect(t.kind).toBe('hand');
    expect(t.hands.map((h) => h.source)).toEqual(['h.csv, psm1_ columns', 'h.csv, psm2_ columns']);
    const [a, b] = t.hands;
    expect(a.samples[0]).toEqual({ timeNs: 1e9, position: [0.1, 0.1, 0.1], orientation: [0, 0, 0, 1], grip: 0.5, clutch: false, operatorPresent: true });
    expect(b.samples[0]).toEqual({ timeNs: 1e9, position: [0.2, 0.3, 0.4], orientation: [0, 0, 0, 1], grip: 0, clutch: false, operatorPresent: true });
    expect(a.samples[1]?.orientation[2]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(b.samples[1]).toMatchObject({ timeNs: 1.01e9, clutch: true, operatorPresent: false });
    expect(a.samples[1]?.operatorPresent).toBe(false);
  });

  it('right_/left_ and mtmr_/mtml_ name the hands: right (MTMR) drives PSM1, left (MTML) PSM2', () => {
    const t = two('time_s,left_x_m,left_y_m,left_z_m,right_x_m,right_y_m,right_z_m\n0,1,1,1,2,2,2\n1,1,1,1,2,2,3\n');
    expect(t.hands[0].samples[1]?.position).toEqual([2, 2, 3]);
    expect(t.hands[1].samples[1]?.position).toEqual([1, 1, 1]);
    const m = two('time_ns,mtml_x_m,mtml_y_m,mtml_z_m,mtmr_x_m,mtmr_y_m,mtmr_z_m\n0,1,1,1,2,2,2\n10,1,1,1,2,2,3\n');
    expect(m.hands[0].samples[0]?.position).toEqual([2, 2, 2]);
    expect(m.hands[1].source).toBe('h.csv, mtml_ columns');
  });

  it('a file with only unprefixed columns stays one-handed', () => {
    const r = parseCsvTracks('time_s,x_m,y_m,z_m,right_note\n0,0,0,0,a\n1,1,0,0,b\n', 'o.csv');
    expect(r.hands).toBe(1);
    expect(r.track).toEqual(parsePoseCsv('time_s,x_m,y_m,z_m,right_note\n0,0,0,0,a\n1,1,0,0,b\n', 'o.csv'));
  });

  it('drops a row whose time does not increase for both hands', () => {
    const t = two('time_s,psm1_x_m,psm1_y_m,psm1_z_m,psm2_x_m,psm2_y_m,psm2_z_m\n0,0,0,0,0,0,0\n1,0,0,0,0,0,0\n0.5,9,9,9,9,9,9\n2,0,0,1,0,0,1\n');
    expect(t.hands.map((h) => h.samples.map((x) => x.timeNs))).toEqual([
      [0, 1e9, 2e9],
      [0, 1e9, 2e9],
    ]);
    expect(t.dropped).toEqual([{ where: 'line 4', reason: 'time 0.5 s does not increase (previous 1 s)' }]);
  });

  it('says what is missing: half a hand, one hand only, mixed forms, two prefixes for one hand', () => {
    const bad = (csv: string) => () => parseCsvTracks(csv, 'h.csv');
    expect(bad('time_s,psm1_x_m,psm1_y_m,psm1_z_m,psm2_x_m\n0,0,0,0,0')).toThrow(new CsvImportError("h.csv: PSM2's hand (psm2_) has psm2_x_m but no psm2_y_m, psm2_z_m; required for each hand: psm2_x_m, psm2_y_m, psm2_z_m"));
    expect(bad('time_s,left_grip,right_x_m,right_y_m,right_z_m\n0,0,0,0,0')).toThrow(/PSM2's hand \(left_\) has left_grip but no left_x_m, left_y_m, left_z_m/);
    expect(bad('time_s,psm1_x_m,psm1_y_m,psm1_z_m\n0,0,0,0')).toThrow(/only one hand's columns \(psm1_\.\.\.\); a two-handed file has both: add psm2_x_m, psm2_y_m, psm2_z_m \(prefix psm2_, left_, mtml_ for PSM2\); a one-handed file names its columns without a prefix/);
    expect(bad('time_s,x_m,y_m,z_m,psm2_x_m,psm2_y_m,psm2_z_m\n0,0,0,0,0,0,0')).toThrow(/per-hand columns \(psm2_x_m, psm2_y_m, psm2_z_m, \.\.\.\) and one-hand columns \(x_m, y_m, z_m\)/);
    expect(bad('time_s,psm1_x_m,psm1_y_m,right_z_m,psm2_x_m,psm2_y_m,psm2_z_m\n0,0,0,0,0,0,0')).toThrow(/psm1_ and right_ columns both give PSM1's hand; use one prefix per hand/);
    expect(bad('time_s,psm1_x_m,psm1_y_m,psm1_z_m,psm1_qw,psm2_x_m,psm2_y_m,psm2_z_m\n0,0,0,0,1,0,0,0')).toThrow(/give all four of psm1_qx, psm1_qy, psm1_qz, psm1_qw or none/);
    expect(bad('psm1_x_m,psm1_y_m,psm1_z_m,psm2_x_m,psm2_y_m,psm2_z_m\n0,0,0,0,0,0')).toThrow(/exactly one time column/);
    const rows = 'time_s,psm1_x_m,psm1_y_m,psm1_z_m,psm2_x_m,psm2_y_m,psm2_z_m,psm2_grip';
    expect(bad(`${rows}\n0,0,0,0,0,0,0,0\n1,0,0,0,0,x,0,0`)).toThrow(/h\.csv line 3, column psm2_y_m: "x" is not a position in m/);
    expect(bad(`${rows}\n0,0,0,0,0,0,0,1.5`)).toThrow(/line 2, column psm2_grip: 1\.5 is outside 0 \(open\) \.\. 1 \(closed\)/);
  });
});

describe('input rate and resampling', () => {
  const at30Hz = (seconds: number) => {
    const rows = ['time_s,x_m,y_m,z_m,qx,qy,qz,qw,grip,clutch'];
    for (let i = 0; i <= seconds * 30; i++) {
      const t = i / 30;
      const a = 0.2 * t;
      rows.push(`${t},${0.03 * t},0,0,0,0,${Math.sin(a / 2)},${Math.cos(a / 2)},${Math.min(1, t)},${t >= 1.5 ? 1 : 0}`);
    }
    return parsePoseCsv(rows.join('\n'), 'slow.csv');
  };

  it('detects the input rate and says it', () => {
    const r = detectInputRate(at30Hz(2).samples);
    expect(r.rateHz).toBeCloseTo(30, 3);
    expect(describeInputRate(r)).toBe('30.0 Hz (median interval 33.3 ms, 33.3..33.3 ms)');
    const gappy = parsePoseCsv('time_s,x_m,y_m,z_m\n0,0,0,0\n0.01,0,0,0\n0.02,0,0,0\n0.05,0,0,0\n', 'g.csv');
    expect(describeInputRate(detectInputRate(gappy.samples))).toBe('100.0 Hz (median interval 10.0 ms, 10.0..30.0 ms, 1 gap over 1.5x)');
  });

  it('resamples 30 Hz to 100 Hz: a regular 10 ms grid, position linear, orientation slerp, flags held', () => {
    const src = at30Hz(2);
    const out = resampleTrack(src, 100);
    expect(out.samples).toHaveLength(201);
    for (let i = 1; i < out.samples.length; i++) expect(out.samples[i]!.timeNs - out.samples[i - 1]!.timeNs).toBe(1e7);
    expect(detectInputRate(out.samples).rateHz).toBeCloseTo(100, 6);
    // x = 0.03 t is linear, so interpolation is exact; the yaw 0.2 t is slerped exactly too.
    for (const s of out.samples) {
      const t = s.timeNs / 1e9;
      // (grid times are whole ns: within 1 ns of t, so within 1e-9 of these)
      expect(s.position[0]).toBeCloseTo(0.03 * t, 9);
      expect(s.orientation[2]).toBeCloseTo(Math.sin(0.1 * t), 9);
      expect(s.orientation[3]).toBeCloseTo(Math.cos(0.1 * t), 9);
      // Flags come from the source sample at or before the grid time.
      const before = src.samples.filter((x) => x.timeNs <= s.timeNs).at(-1)!;
      expect(s.clutch).toBe(before.clutch);
    }
    expect(out.samples.filter((x) => x.clutch).length).toBeGreaterThan(40);
    expect(out.samples[200]!.timeNs).toBe(2e9);
    expect(out.samples[0]).toEqual(src.samples[0]);
    expect(out.samples[200]!.position[0]).toBeCloseTo(src.samples.at(-1)!.position[0], 12);
  });

  it('parses --resample rates and refuses others with what is accepted', () => {
    expect(parseRateHz('100Hz')).toBe(100);
    expect(parseRateHz('100 hz')).toBe(100);
    expect(parseRateHz('250')).toBe(250);
    expect(parseRateHz('1kHz')).toBe(1000);
    for (const bad of ['', 'fast', '0Hz', '-5', '1e9', '100 ms']) expect(() => parseRateHz(bad)).toThrow(/must be a rate from 1 to 4000 Hz, e\.g\. 100Hz/);
  });
});
