import OpeningHours from 'opening_hours';
const show = (s: string, from: string, to: string) => {
  try {
    const oh = new OpeningHours(s, null, 0);
    console.log(JSON.stringify(s), oh.getWarnings(), JSON.stringify(oh.getOpenIntervals(new Date(from), new Date(to)).map(([a,b,u,c]) => [a.toISOString(), b.toISOString(), u, c])));
  } catch (e) { console.log(JSON.stringify(s), 'THROWS', String(e).slice(0,200)); }
};
process.env.TZ='Asia/Shanghai';
show('Mo-Fr 08:00-17:00 "预约"', '2026-11-30T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
show('Mo-Fr 08:00-17:00 unknown "预约"', '2026-11-30T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
show('"预约"', '2026-11-30T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
show('Mo-Fr 08:00-17:00; PH off', '2026-11-30T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
show('Mo-Su 08:00-17:00; 2026 Nov 30,2026 Dec 02 off', '2026-11-30T00:00:00+08:00', '2026-12-03T00:00:00+08:00');
show('Mo-Su 20:00-02:00; 2026 Dec 01 off', '2026-11-30T00:00:00+08:00', '2026-12-03T00:00:00+08:00');
show('Mo 20:00-02:00; Tu 08:00-12:00', '2026-11-30T00:00:00+08:00', '2026-12-02T00:00:00+08:00');
show('24/7', '2026-11-30T00:00:00+08:00', '2026-12-02T00:00:00+08:00');
show('Mo-Fr 08:00-12:00 "a", 14:00-18:00', '2026-11-30T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
show('Mo 08:00-12:00,12:00-14:00', '2026-11-30T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
show('Su 22:00-24:00; Mo 00:00-02:00', '2026-11-29T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
show('Mo-Fr 08:00-17:00; Su off "call"', '2026-11-29T00:00:00+08:00', '2026-12-01T00:00:00+08:00');
const o = new OpeningHours('Mo-Fr 08:00-17:00; Su off "call"', null, 0);
console.log(o.getComment(new Date('2026-11-29T10:00:00+08:00')), o.getStateString(new Date('2026-11-29T10:00:00+08:00'), true));
console.log(String(o.getNextChange(new Date('2026-11-29T10:00:00+08:00'))));
