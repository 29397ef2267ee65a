import { describe, expect, it } from 'vitest';
import { filtersToSearch, hasFilters, NO_FILTERS, parseFilters, withSearch } from './record-filters';

describe('record filters in the query string', () => {
  it('round-trips every filter in a stable order, so equal views have equal links', () => {
    const filters = parseFilters(
      '?q=web&state=Failed&region=eu-west-1&region=ap-southeast-2&source=DiskSnapshot',
    );
    expect(filters).toEqual({
      region: ['ap-southeast-2', 'eu-west-1'],
      state: ['Failed'],
      source: ['DiskSnapshot'],
      q: 'web',
    });
    expect(filtersToSearch(filters)).toBe(
      'region=ap-southeast-2&region=eu-west-1&state=Failed&source=DiskSnapshot&q=web',
    );
    expect(parseFilters(filtersToSearch(filters))).toEqual(filters);
  });

  it('drops values a hand-edited link carries that could never match, and duplicates', () => {
    expect(
      parseFilters('region=mars-1&region=evil.example&state=Done&state=Failed&state=Failed&source=Vm'),
    ).toEqual({
      ...NO_FILTERS,
      state: ['Failed'],
    });
  });

  it('trims and bounds the search text', () => {
    expect(parseFilters(`q=${'x'.repeat(300)}`).q).toHaveLength(200);
    expect(parseFilters('q=%20%20').q).toBe('');
  });

  it('knows when there is nothing to clear, and builds links with or without a query', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, q: 'a' })).toBe(true);
    expect(withSearch('/', '')).toBe('/');
    expect(withSearch('/records/eu-west-2/x', 'state=Failed')).toBe('/records/eu-west-2/x?state=Failed');
  });
});
