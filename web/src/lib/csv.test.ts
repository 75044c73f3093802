import { describe, expect, it } from 'vitest';
import { BOM, csvCell, parseCsv, toCsv } from './csv';

describe('csv', () => {
  it('quotes only what needs quoting', () => {
    expect(csvCell('A.2.2')).toBe('A.2.2');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(true)).toBe('yes');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes a header and CRLF rows that read back the same', () => {
    const text = toCsv(['id', 'note'], [['A.2.2', 'plain'], ['A.6.2.5', 'a "quoted", multi\r\nline note']]);
    expect(text.split('\r\n')[0]).toBe('id,note');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(BOM + text)).toEqual([
      ['id', 'note'],
      ['A.2.2', 'plain'],
      ['A.6.2.5', 'a "quoted", multi\r\nline note'],
    ]);
  });
});
