/**
 * The one place a deployment is configured for its city. Everything city-specific — names, districts,
 * map, footer, the sample-data banner — reads from here. To serve another city, edit this file, or
 * build with `SITE_CONFIG=path/to/city.json` (a JSON file of the whole `SiteConfig`), which replaces
 * the Huaibei configuration below for that build (the second-city build test does this).
 */
import { readFileSync } from 'node:fs';

export interface District {
  /** Name as residents write it. */
  name: string;
  /** 6-digit administrative division code (GB/T 2260). */
  code: string;
  /** URL-safe id used in filters. */
  id: string;
}

export interface SiteConfig {
  productName: string;
  /** Short name for the home-screen icon (≤ 6 characters). */
  shortName: string;
  city: { name: string; province: string; code: string };
  /** Canonical origin of the deployed site, used for canonical URLs, Open Graph and the sitemap. */
  siteUrl: string;
  districts: District[];
  map: {
    /** [lat, lng] WGS-84. */
    centre: [number, number];
    /** [[south, west], [north, east]] WGS-84, with a small buffer around the city. */
    bounds: [[number, number], [number, number]];
    defaultZoom: number;
    tiles: {
      /** `osm` for the demo; `tianditu` (needs a key, carries an approved 审图号) in production. */
      provider: 'osm' | 'tianditu';
      urlTemplate: string;
      attribution: string;
      /** Origins the Content-Security-Policy must allow for tiles. */
      hosts: string[];
      /** Coordinate system of the tiles; positions are converted on the way out if not WGS-84. */
      crs: 'wgs84' | 'gcj02';
    };
  };
  footer: {
    /** Who publishes the site. */
    issuer: string;
    /** ICP filing number, shown once the site is filed (备案). */
    icp: string;
    contact: string;
  };
  /**
   * Where "report a problem" on a place page goes: a URL or mailto with `{id}` and `{name}` filled in
   * (URL-encoded). Officials replace it with their own feedback channel.
   */
  reportProblemTemplate: string;
  /** Landline area code (区号) of the city: real landlines are checked against it, sample phones use it undialably. */
  phoneAreaCode: string;
  /**
   * Show the sample-data banner on every page (a demo deployment). Whatever this says, the banner
   * shows while any sample place or event is published.
   */
  showsSampleData: boolean;
}

/** The demonstration deployment: Huaibei, Anhui. */
export const huaibeiConfig: SiteConfig = {
  productName: '育儿通',
  shortName: '育儿通',
  city: { name: '淮北市', province: '安徽省', code: '340600' },
  siteUrl: 'https://yuertong.example',
  districts: [
    { id: 'xiangshan', name: '相山区', code: '340603' },
    { id: 'duji', name: '杜集区', code: '340602' },
    { id: 'lieshan', name: '烈山区', code: '340604' },
    { id: 'suixi', name: '濉溪县', code: '340621' },
  ],
  map: {
    centre: [33.956, 116.798],
    bounds: [
      [33.22, 116.33],
      [34.28, 117.08],
    ],
    defaultZoom: 11,
    tiles: {
      provider: 'osm',
      urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap 贡献者',
      hosts: ['https://tile.openstreetmap.org'],
      crs: 'wgs84',
    },
  },
  footer: {
    issuer: '淮北市育儿通项目组（演示版）',
    icp: '皖ICP备XXXXXXXX号（待备案）',
    contact: '内容纠错与建议：请联系发布单位',
  },
  reportProblemTemplate: 'mailto:feedback@yuertong.example?subject=%E5%9C%B0%E7%82%B9%E4%BF%A1%E6%81%AF%E5%8F%8D%E9%A6%88%20{id}&body={name}%EF%BC%9A',
  phoneAreaCode: '0561',
  showsSampleData: true,
};

// Read once, when the build (or a script) first imports this module; only server code imports it.
const configPath = typeof process === 'undefined' ? undefined : process.env['SITE_CONFIG'];

/** The configuration of this build: `SITE_CONFIG`'s file when set, otherwise Huaibei. */
export const siteConfig: SiteConfig = configPath ? (JSON.parse(readFileSync(configPath, 'utf8')) as SiteConfig) : huaibeiConfig;
