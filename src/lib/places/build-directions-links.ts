import { convertPosition, type LngLat } from '../geo/convert-coordinates';

export interface DirectionsLink {
  /** Provider name as people know it. */
  label: string;
  href: string;
}

const fixed = (n: number) => n.toFixed(6);

/**
 * Links that open a place in the map apps people in China use, each in its own coordinate system:
 * AMap and Tencent (GCJ-02), Baidu (BD-09), Apple Maps (GCJ-02 inside China), and a `geo:` URI (WGS-84)
 * for any other app.
 */
export function buildDirectionsLinks(position: LngLat, name: string, appName: string): DirectionsLink[] {
  const gcj = convertPosition(position, 'wgs84', 'gcj02');
  const bd = convertPosition(position, 'wgs84', 'bd09');
  const n = encodeURIComponent(name);
  const app = encodeURIComponent(appName);
  return [
    { label: '高德地图', href: `https://uri.amap.com/marker?position=${fixed(gcj[0])},${fixed(gcj[1])}&name=${n}&coordinate=gaode&callnative=1&src=${app}` },
    { label: '百度地图', href: `https://api.map.baidu.com/marker?location=${fixed(bd[1])},${fixed(bd[0])}&title=${n}&content=${n}&coord_type=bd09ll&output=html&src=${app}` },
    { label: '腾讯地图', href: `https://apis.map.qq.com/uri/v1/marker?marker=coord:${fixed(gcj[1])},${fixed(gcj[0])};title:${n}&referer=${app}` },
    { label: 'Apple 地图', href: `https://maps.apple.com/?ll=${fixed(gcj[1])},${fixed(gcj[0])}&q=${n}` },
    { label: '其他地图应用', href: `geo:${fixed(position[1])},${fixed(position[0])}?q=${fixed(position[1])},${fixed(position[0])}(${n})` },
  ];
}
