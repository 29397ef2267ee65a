import { describe, expect, it } from 'vitest';
import { statusText } from './records-status';

const idle = { isLoading: false, hasNextPage: true, isFetchingNextPage: false };

describe('the status line below the rows', () => {
  it('says it is scanning while a page is being read', () => {
    expect(statusText({ ...idle, isFetchingNextPage: true, shown: 50, scanned: 400 })).toBe(
      'Scanning… 400 records examined, 50 shown so far',
    );
  });

  it('says it is scanning while nothing has matched yet and there is more to read', () => {
    expect(statusText({ ...idle, shown: 0, scanned: 1200 })).toBe(
      'Scanning… 1,200 records examined, 0 shown so far',
    );
  });

  it('does not claim to scan when rows are shown and nothing is being read', () => {
    expect(statusText({ ...idle, shown: 100, scanned: 100 })).toBe(
      '100 records shown; more load as you scroll.',
    );
  });

  it('tells the end of the history, and an empty result, apart', () => {
    const end = { ...idle, hasNextPage: false };
    expect(statusText({ ...end, shown: 1, scanned: 9 })).toBe('End of history: 1 record.');
    expect(statusText({ ...end, shown: 0, scanned: 9 })).toBe('No records match these filters.');
  });
});
