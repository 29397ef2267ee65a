import { describe, expect, it } from 'vitest';
import { fakeRecord } from '../test-support/memory-gateway';
import { CSV_HEADER, csvField, csvRow } from './csv';

describe('CSV export format', () => {
  it('quotes fields with commas, quotes or line breaks and doubles inner quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(20)).toBe('20');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes one CRLF-terminated row per record with as many fields as the header', () => {
    const row = csvRow(fakeRecord('eu-west-2', 1_700_000_000));
    expect(row.endsWith('\r\n')).toBe(true);
    expect(row.split(',').length).toBe(CSV_HEADER.split(',').length);
  });
});
