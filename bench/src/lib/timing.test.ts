import { describe, expect, it } from 'vitest';
import { interleave, interleaveCalls, interleaveWithin, runsWithin } from './timing';

describe('interleave', () => {
  it('alternates baseline and subject runs in ABBA order', async () => {
    const order: string[] = [];
    const result = await interleave(
      4,
      async () => {
        order.push('A');
        return 1;
      },
      async () => {
        order.push('B');
        return 2;
      },
    );
    expect(order.join('')).toBe('ABBAABBA');
    expect(result).toEqual({ baseline: [1, 1, 1, 1], subject: [2, 2, 2, 2] });
  });
});

describe('interleaveCalls', () => {
  it('alternates single calls within each run and reports one median per run and side', async () => {
    const order: string[] = [];
    const result = await interleaveCalls(
      2,
      3,
      async () => order.push('A'),
      async () => order.push('B'),
    );
    expect(order.join('')).toBe('ABBAAB' + 'BAABBA');
    expect(result.baseline).toHaveLength(2);
    expect(result.subject).toHaveLength(2);
  });
});

describe('runsWithin', () => {
  it('stops starting runs once the time budget is spent, after at least one', async () => {
    const runs = await runsWithin(5, 0, async (index) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      return index;
    });
    expect(runs).toEqual([0]);
  });

  it('makes every run when the budget allows', async () => {
    expect(await runsWithin(3, 60_000, async (index) => index)).toEqual([0, 1, 2]);
  });
});

describe('interleaveWithin', () => {
  it('keeps the ABBA order and stops after the pair that spent the budget', async () => {
    const order: string[] = [];
    const result = await interleaveWithin(
      4,
      0,
      async () => {
        order.push('A');
        await new Promise((resolve) => setTimeout(resolve, 2));
        return 1;
      },
      async () => {
        order.push('B');
        return 2;
      },
    );
    expect(order.join('')).toBe('AB');
    expect(result).toEqual({ baseline: [1], subject: [2] });
  });
});
