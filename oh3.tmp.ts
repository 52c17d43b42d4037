import { expandWeeklyHours } from './src/lib/places/expand-opening-hours';
const list = ['Su off', 'Mo-Sa 08:00-17:00; Su off', '8:00-17:00', 'Mo-Fr 08:00-12:00, 14:00-18:00', 'Mo-Fr 08:00-17:00; Sa 09:00-12:00', 'Jan-Jun Mo-Fr 08:00-17:00; Jul-Dec Mo-Fr 09:00-16:00', 'Mo-Fr 08:00-17:00 "预约"', '24/7', 'Mo-Fr 08:00-17:00; PH off', 'Mo-Fr 08:00-17:00; PH 09:00-12:00', 'PH off; Mo-Fr 08:00-17:00', 'sunrise-sunset', 'week 1-10 Mo 08:00-12:00', 'Mo[1] 08:00-12:00', 'Mo-Fr 08:00-17:00; Dec 25 off', 'Jan 15-Feb 15 Mo 10:00-12:00; Mo 08:00-09:00', 'Fr 20:00-02:00', 'Mo-Fr 08:00-17:00 || "call"', 'Mo-Su 08:00-12:00; Dec 25 off'];
console.time('all');
for (const s of list) { const r = expandWeeklyHours(s); console.log(JSON.stringify(s), '=>', typeof r === 'string' ? r : JSON.stringify(r)); }
console.timeEnd('all');
