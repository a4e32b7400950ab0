import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DelimitedParseError, detectDelimiter, parseDelimited } from './delimited.js';

const cells = (text: string, d: ',' | '\t' | ';' | ' ' = ',') => parseDelimited(text, d, 't.csv').map((r) => r.cells);

describe('delimited text (RFC 4180 and friends)', () => {
  it('reads quoted fields: delimiters, line breaks and "" inside quotes are data', () => {
    expect(cells('a,b,c\n"1,5","say ""hi""","two\nlines"\n')).toEqual([
      ['a', 'b', 'c'],
      ['1,5', 'say "hi"', 'two\nlines'],
    ]);
    expect(cells('a,b\r\n"x\r\ny",2\r\n')).toEqual([
      ['a', 'b'],
      ['x\r\ny', '2'],
    ]);
    expect(cells('"",x\n')).toEqual([['', 'x']]);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    const r = parseDelimited('h1,h2\n"a\nb",1\n\n# note\nc,2\n', ',', 't.csv');
    expect(r.map((x) => x.line)).toEqual([1, 2, 6]);
  });

  it('trims whitespace around fields (not inside quotes), skips comments, blank lines and a BOM', () => {
    expect(cells('\ufeff time_s , x_m \n  1.5 ,  " a b "  \n   \n# "unbalanced comment\n2,3')).toEqual([
      ['time_s', 'x_m'],
      ['1.5', ' a b '],
      ['2', '3'],
    ]);
  });

  it('reads TSV (empty fields kept), semicolons and runs of spaces', () => {
    expect(cells('a\tb\tc\n1\t\t3\n', '\t')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
    expect(cells('a\tb\n x y \t2\n', '\t')).toEqual([
      ['a', 'b'],
      ['x y', '2'],
    ]);
    expect(cells('a;b\n1,5;2\n', ';')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    expect(cells('  time_s   x_m  "y m"\n1    2 3\n"a b" c  d \n', ' ')).toEqual([
      ['time_s', 'x_m', 'y m'],
      ['1', '2', '3'],
      ['a b', 'c', 'd'],
    ]);
  });

  it('ends the last record at the end of the text, with or without a line break, and keeps a trailing empty field', () => {
    expect(cells('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cells('a,b\n1,\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
    expect(cells('a\r1\r')).toEqual([['a'], ['1']]);
  });

  it('refuses an unterminated quote and a quote in the middle of a field, naming the line', () => {
    expect(() => cells('a,b\n1,"open\n2,3\n')).toThrow(new DelimitedParseError('t.csv line 2: a quoted field is not closed (a " opened here has no closing ")'));
    expect(() => cells('a,b\n1,2\n3,x"y\n')).toThrow(/t\.csv line 3: a " inside an unquoted field/);
    expect(() => cells('a,b\n"x"y,2\n')).toThrow(/t\.csv line 2: text after a closing quote/);
  });

  it('detects the delimiter from the header', () => {
    expect(detectDelimiter('time_s,x_m')).toBe(',');
    expect(detectDelimiter('time_s\tx_m\t"a,b"')).toBe('\t');
    expect(detectDelimiter('time_s;x_m')).toBe(';');
    expect(detectDelimiter('time_s  x_m')).toBe(' ');
    expect(detectDelimiter('"a,b";c')).toBe(';');
  });

  it('round-trips any table written by the RFC 4180 rules (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', '1', '.', '-', '#') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        expect(cells(text)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
