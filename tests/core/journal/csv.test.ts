import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../core/journal/csv';

/** A small RFC 4180 reader, to check that what is written reads back as it was. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  return rows;
}

describe('CSV for the doctor', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('calf, left')).toBe('"calf, left"');
    expect(csvCell('a "sharp" pain')).toBe('"a ""sharp"" pain"');
    expect(csvCell('woke me\nat 3')).toBe('"woke me\nat 3"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('neutralises a text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(text).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // Numbers are numbers, negative ones included; an unknown is an empty cell.
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('reads back exactly (but for the apostrophe on a would-be formula), one row a line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const back = readCsv(toCsv(rows));
          const expected = rows.map((row) =>
            row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
          );
          expect(back).toEqual(expected);
        },
      ),
    );
  });
});
