/**
 * Catalogs the generator draws from, after what Lightsail really offers: blueprint ids with the app
 * name the console used in default instance names, and bundles with their RAM label and system disk.
 */
export interface Blueprint {
  id: string;
  /** The app part of a default instance name, e.g. `WordPress` in `WordPress-512MB-Oregon-1`. */
  app: string;
  /** Relative frequency: WordPress and plain Linux dominate real accounts. */
  weight: number;
}

export const BLUEPRINTS: readonly Blueprint[] = [
  { id: 'wordpress_6_5_3', app: 'WordPress', weight: 8 },
  { id: 'wordpress_4_9_8', app: 'WordPress', weight: 2 },
  { id: 'wordpress_multisite_6_5_3', app: 'WordPress_Multisite', weight: 1 },
  { id: 'lamp_8_3_8', app: 'LAMP_PHP_8', weight: 3 },
  { id: 'lamp_5_6_37_2', app: 'LAMP_PHP_5', weight: 1 },
  { id: 'nodejs_20', app: 'Node_js', weight: 3 },
  { id: 'mean_7_0_11', app: 'MEAN', weight: 1 },
  { id: 'nginx_1_26', app: 'Nginx', weight: 2 },
  { id: 'django_5_0', app: 'Django', weight: 1 },
  { id: 'gitlab_16_11_1', app: 'GitLab', weight: 1 },
  { id: 'drupal_10_2_6', app: 'Drupal', weight: 1 },
  { id: 'ubuntu_22_04', app: 'Ubuntu', weight: 6 },
  { id: 'ubuntu_24_04', app: 'Ubuntu', weight: 4 },
  { id: 'debian_12', app: 'Debian', weight: 3 },
  { id: 'amazon_linux_2023', app: 'Amazon_Linux_2023', weight: 3 },
  { id: 'almalinux_9', app: 'AlmaLinux', weight: 1 },
  { id: 'windows_server_2022', app: 'Windows_Server_2022', weight: 1 },
];

export interface Bundle {
  id: string;
  /** RAM label used in default instance names. */
  ram: string;
  systemDiskGb: number;
  weight: number;
}

export const BUNDLES: readonly Bundle[] = [
  { id: 'nano_2_0', ram: '512MB', systemDiskGb: 20, weight: 2 },
  { id: 'micro_2_0', ram: '1GB', systemDiskGb: 40, weight: 1 },
  { id: 'nano_3_0', ram: '512MB', systemDiskGb: 20, weight: 4 },
  { id: 'micro_3_0', ram: '1GB', systemDiskGb: 40, weight: 5 },
  { id: 'small_3_0', ram: '2GB', systemDiskGb: 60, weight: 5 },
  { id: 'medium_3_0', ram: '4GB', systemDiskGb: 80, weight: 4 },
  { id: 'large_3_0', ram: '8GB', systemDiskGb: 160, weight: 2 },
  { id: 'xlarge_3_0', ram: '16GB', systemDiskGb: 320, weight: 1 },
  { id: '2xlarge_3_0', ram: '32GB', systemDiskGb: 640, weight: 1 },
];

/** Attached block-storage disk names, as teams tend to name them. */
export const DISK_NAMES: readonly string[] = [
  'Disk',
  'Data',
  'Uploads',
  'Backups',
  'Media',
  'Db',
  'Logs',
  'Cache',
];

/** Sizes Lightsail block storage is usually created with (8 to 16384 GB allowed). */
export const DISK_SIZES_GB: readonly number[] = [8, 16, 32, 64, 128, 256, 512, 1024];

/** Device paths Lightsail gives attached disks, in attach order. */
export const ATTACHED_DISK_PATHS: readonly string[] = ['/dev/xvdf', '/dev/xvdg', '/dev/xvdh'];

/** Picks by weight so the mix resembles a real fleet rather than a uniform spread. */
export function pickWeighted<T extends { weight: number }>(items: readonly T[], roll: number): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let threshold = roll * total;
  for (const item of items) {
    threshold -= item.weight;
    if (threshold < 0) return item;
  }
  return items[items.length - 1] as T;
}
