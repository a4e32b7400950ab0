// Delimited text (RFC 4180 CSV, and the same with tabs, semicolons or runs of spaces) -> records of
// cells, each record with the line it starts on. RFC 4180: a field may be quoted with "; inside quotes
// the delimiter, CR and LF are data and "" is one quote; records end at CRLF, LF or CR. Beyond it, what
// real exports do: whitespace around an unquoted field, or between a closing quote and the delimiter,
// is not data (trimmed); a record starting with # is a comment; blank records are skipped.
export type Delimiter = ',' | '\t' | ';' | ' ';

export const DELIMITER_NAMES: Record<string, Delimiter> = { comma: ',', tab: '\t', semicolon: ';', space: ' ' };

export class DelimitedParseError extends Error {
  override name = 'DelimitedParseError';
}

export interface DelimitedRecord {
  /** 1-based line the record starts on. */
  line: number;
  cells: string[];
}

/**
 * The delimiter of a header line: a tab, a comma or a semicolon outside quotes, in that order of
 * preference (a TSV header may hold commas inside names); else runs of spaces.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  let inQuotes = false;
  const seen = new Set<string>();
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\t' || ch === ',' || ch === ';')) seen.add(ch);
  }
  if (seen.has('\t')) return '\t';
  if (seen.has(',')) return ',';
  if (seen.has(';')) return ';';
  return ' ';
}

/** The first line that is neither blank nor a comment (for detectDelimiter). */
export function firstDataLine(text: string): string | undefined {
  for (const l of text.split(/\r\n|\n|\r/)) {
    const t = l.trim();
    if (t !== '' && !t.startsWith('#')) return l;
  }
  return undefined;
}

const isBlank = (ch: string): boolean => ch === ' ' || ch === '\t';

/** Parses the whole text. Throws DelimitedParseError (with the line) on an unterminated or misplaced quote. */
export function parseDelimited(text: string, delimiter: Delimiter, source: string): DelimitedRecord[] {
  const out: DelimitedRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not data
  let line = 1;
  // Whitespace is trimmed around fields, except the delimiter itself when it is a tab.
  // Space-delimited: every blank is either a delimiter or padding.
  const trimmable = (ch: string): boolean => isBlank(ch) && (ch !== delimiter || delimiter === ' ');

  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    let ended = false;
    let j = i;
    while (j < n && isBlank(text[j]!)) j++;
    if (text[j] === '#') {
      // A comment: the rest of the line, quotes and all.
      while (j < n && text[j] !== '\r' && text[j] !== '\n') j++;
      i = j + (text[j] === '\r' && text[j + 1] === '\n' ? 2 : 1);
      line++;
      continue;
    }
    // One record: fields until an end of line outside quotes, or the end of the text.
    for (;;) {
      while (i < n && trimmable(text[i]!)) i++;
      let cell = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) throw new DelimitedParseError(`${source} line ${quoteLine}: a quoted field is not closed (a " opened here has no closing ")`);
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\r' || ch === '\n') {
            if (ch === '\r' && text[i + 1] === '\n') {
              cell += '\r';
              i++;
            }
            line++;
          }
          cell += text[i]!;
          i++;
        }
        if (delimiter !== ' ') while (i < n && trimmable(text[i]!)) i++;
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n' && !(delimiter === ' ' && isBlank(next))) {
          throw new DelimitedParseError(`${source} line ${line}: text after a closing quote ("${cell}" then "${next}"); a quote inside a quoted field is written ""`);
        }
      } else {
        const start = i;
        while (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n' && !(delimiter === ' ' && isBlank(text[i]!))) {
          if (text[i] === '"') throw new DelimitedParseError(`${source} line ${line}: a " inside an unquoted field; quote the whole field and write the quote as ""`);
          i++;
        }
        cell = text.slice(start, i).replace(/[ \t]+$/, '');
      }
      cells.push(cell);
      if (delimiter === ' ') while (i < n && isBlank(text[i]!)) i++;
      const ch = text[i];
      if (ch === delimiter && delimiter !== ' ') {
        i++;
        continue;
      }
      if (ch === undefined) {
        ended = true;
        break;
      }
      if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      }
      // Space-delimited: the blanks were the delimiter; the next field starts here.
    }
    const blank = cells.length === 1 && cells[0] === '';
    if (!blank) out.push({ line: recordLine, cells });
    if (ended) break;
  }
  return out;
}
