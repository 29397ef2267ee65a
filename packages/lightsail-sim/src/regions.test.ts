import { RegionName } from '@aws-sdk/client-lightsail';
import { describe, expect, it } from 'vitest';
import { REGION_NAMES, REGIONS } from './regions';

describe('the region list', () => {
  it("equals the SDK's RegionName enum", () => {
    expect([...REGION_NAMES].sort()).toEqual(Object.values(RegionName).sort());
  });

  it('gives every region a display name, continent and a city for instance names', () => {
    for (const r of REGIONS) {
      expect(r.displayName).not.toBe('');
      expect(['NA', 'SA', 'EU', 'AP']).toContain(r.continentCode);
      expect(r.city).toMatch(/^[A-Za-z]+$/);
    }
  });
});
