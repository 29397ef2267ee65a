/**
 * Lightsail's regions as the SDK's `RegionName` enum lists them (a test keeps the two equal), with what
 * `GetRegions` says about each. `city` is the word Lightsail's console put in default instance names
 * (`WordPress-512MB-Oregon-1`), so the generated data reads like a real account.
 */
export interface RegionInfo {
  name: string;
  displayName: string;
  continentCode: string;
  description: string;
  city: string;
}

const region = (
  name: string,
  displayName: string,
  continentCode: string,
  audience: string,
  city?: string,
) => ({
  name,
  displayName,
  continentCode,
  description: `This region is recommended to serve users in ${audience}`,
  city: city ?? displayName.replace(/[^A-Za-z]/g, ''),
});

export const REGIONS: readonly RegionInfo[] = [
  region('us-east-1', 'Virginia', 'NA', 'the eastern United States'),
  region('us-east-2', 'Ohio', 'NA', 'the eastern United States and eastern Canada'),
  region('us-west-1', 'N. California', 'NA', 'the western United States', 'California'),
  region('us-west-2', 'Oregon', 'NA', 'the northwestern United States, Alaska, and western Canada'),
  region('ca-central-1', 'Montreal', 'NA', 'Canada'),
  region('sa-east-1', 'São Paulo', 'SA', 'South America', 'SaoPaulo'),
  region('eu-west-1', 'Ireland', 'EU', 'Ireland, the United Kingdom, and Iceland'),
  region('eu-west-2', 'London', 'EU', 'London, Ireland, and Scotland'),
  region('eu-west-3', 'Paris', 'EU', 'western Europe'),
  region('eu-central-1', 'Frankfurt', 'EU', 'central Europe'),
  region('eu-north-1', 'Stockholm', 'EU', 'northern Europe and the Nordic countries'),
  region('eu-south-2', 'Spain', 'EU', 'the Iberian Peninsula and southern Europe'),
  region('ap-south-1', 'Mumbai', 'AP', 'India'),
  region('ap-east-1', 'Hong Kong', 'AP', 'Hong Kong and southern China'),
  region('ap-northeast-1', 'Tokyo', 'AP', 'Japan'),
  region('ap-northeast-2', 'Seoul', 'AP', 'South Korea'),
  region('ap-southeast-1', 'Singapore', 'AP', 'southeast Asia'),
  region('ap-southeast-2', 'Sydney', 'AP', 'Australia and New Zealand'),
  region('ap-southeast-3', 'Jakarta', 'AP', 'Indonesia'),
  region('ap-southeast-5', 'Malaysia', 'AP', 'Malaysia and southeast Asia'),
];

export const REGION_NAMES: readonly string[] = REGIONS.map((r) => r.name);

const byName = new Map(REGIONS.map((r) => [r.name, r]));

export function regionInfo(name: string): RegionInfo | undefined {
  return byName.get(name);
}
