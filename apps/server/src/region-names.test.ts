import { RegionName } from '@aws-sdk/client-lightsail';
import { REGION_NAMES } from '@export-ledger/contract';
import { expect, it } from 'vitest';

it('accepts exactly the regions the Lightsail SDK names, so no other string reaches a hostname', () => {
  expect([...REGION_NAMES].sort()).toEqual(Object.values(RegionName).sort());
});
