import { describe, expect, it } from 'vitest';
import { CsvImportError, parsePoseCsv } from './csv.js';

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
});
