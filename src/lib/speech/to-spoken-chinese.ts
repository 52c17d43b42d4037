// Turns written Chinese with Arabic numerals and units into the words a person would say, so a speech
// voice reads 38.5℃ as 三十八点五度 and 12356 as 一二三五六 (voices differ in how they read digits, and many
// read units letter by letter). Pure: the read-aloud player calls it once per sentence.

const DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
/** In years people say 〇: 二〇二六年. */
const YEAR_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const SECTION_UNIT = ['', '十', '百', '千'] as const;
const GROUP_UNIT = ['', '万', '亿'] as const;

/** Reads each digit on its own, the way phone numbers are said: 12356 → 一二三五六. */
export function readDigits(digits: string, table: readonly string[] = DIGIT): string {
  return digits.replace(/\d/g, (d) => table[Number(d)] ?? d);
}

/** 0 < n < 10000, without the leading 零 rules of the whole number. */
function readSection(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGIT[d]! + SECTION_UNIT[pos]!;
  }
  return out;
}

/** An integer written in digits, read as a number: 120 → 一百二十, 10050 → 一万零五十, 15 → 十五. */
export function readInteger(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  // Leading zeros (a code such as 007) or more than twelve digits (an ID) are read digit by digit.
  if (trimmed !== digits || trimmed.length > 12) return readDigits(digits);
  if (/^0+$/.test(trimmed)) return '零';
  const groups: number[] = [];
  for (let end = trimmed.length; end > 0; end -= 4) groups.unshift(Number(trimmed.slice(Math.max(0, end - 4), end)));
  let out = '';
  let skipped = false;
  groups.forEach((g, i) => {
    const unit = GROUP_UNIT[groups.length - 1 - i]!;
    if (g === 0) {
      if (out !== '') skipped = true;
      return;
    }
    if (out !== '' && (g < 1000 || skipped)) out += '零';
    skipped = false;
    out += readSection(g) + unit;
  });
  // 10–19 are said 十…, not 一十…; a leading 2 before 千/万/亿 is 两.
  return out.replace(/^一十/, '十').replace(/^二(?=[千万亿])/, '两');
}

/** A number as written (integer or decimal): 38.5 → 三十八点五, 0.5 → 零点五. */
export function readNumber(written: string): string {
  const [whole = '0', fraction] = written.split('.');
  const integer = whole === '' ? '零' : readInteger(whole);
  return fraction === undefined || fraction === '' ? integer : `${integer}点${readDigits(fraction)}`;
}

/** Service and emergency numbers: said digit by digit wherever they stand alone. */
const SERVICE_NUMBERS = ['110', '114', '119', '120', '122', '12315', '12319', '12320', '12333', '12338', '12345', '12355', '12356', '12365', '95598'];

/** Units written after a number, and how they are said. */
const UNITS: [RegExp, string][] = [
  [/^(?:℃|°C|°)/, '度'],
  [/^月龄/, '个月'],
  [/^(?:kg|KG|Kg)(?![A-Za-z])/, '公斤'],
  [/^(?:mg)(?![A-Za-z])/, '毫克'],
  [/^(?:μg|ug)(?![A-Za-z])/, '微克'],
  [/^(?:ml|mL|ML)(?![A-Za-z])/, '毫升'],
  [/^(?:cm)(?![A-Za-z])/, '厘米'],
  [/^(?:mm)(?![A-Za-z])/, '毫米'],
  [/^(?:km)(?![A-Za-z])/, '公里'],
  [/^(?:min)(?![A-Za-z])/, '分钟'],
  [/^(?:IU)(?![A-Za-z])/, '国际单位'],
  [/^g(?![A-Za-z])/, '克'],
  [/^m(?![A-Za-z])/, '米'],
];

/** Measure words after which 2 is said 两 (两岁, 两小时), unlike 二月 or 二楼. */
const LIANG_BEFORE = /^(?:个|岁|次|周|天|小时|分钟|秒|克|公斤|斤|毫升|勺|顿|口|片|颗|粒|瓶|杯|碗|种|条|张|倍|遍|餐|份|样|套|名|位|只|件|块|年(?!级))/;

const NUMERAL = '零〇一二两三四五六七八九十百千万亿';

/**
 * Rewrites every number in `text` as spoken Chinese. The result never contains ASCII digits.
 * @example toSpokenChinese('超过38.5℃') // '超过三十八点五度'
 */
export function toSpokenChinese(text: string): string {
  let s = text
    // Full-width digits and punctuation used in numbers behave like their ASCII forms.
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．(?=\d)/g, '.')
    .replace(/％/g, '%')
    // 1,000 → 1000
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');

  // Dates: 2026-12-03, 2026/12/3, 2026年12月3日 → 二〇二六年十二月三日.
  s = s.replace(/(?<![\d.])(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])|年)/g, (_m, year: string, month?: string, day?: string) =>
    month && day ? `${readDigits(year, YEAR_DIGIT)}年${readInteger(String(Number(month)))}月${readInteger(String(Number(day)))}日` : `${readDigits(year, YEAR_DIGIT)}年`,
  );
  // Phone numbers: 0561-1234567, 0561 1234567, mobile numbers, service numbers → digit by digit.
  s = s.replace(/(?<![\d.])0\d{2,3}[-\s]?\d{7,8}(?:-\d{1,5})?(?![\d.])/g, (m) => readDigits(m.replace(/[-\s]/g, '')));
  s = s.replace(/(?<![\d.])1[3-9]\d{9}(?![\d.])/g, (m) => readDigits(m));
  s = s.replace(new RegExp(`(?<![\\d.])(?:${SERVICE_NUMBERS.join('|')})(?![\\d.%℃°A-Za-z]|\\s*[-–—~～到至]\\s*\\d|个|岁|次|天|小时|分钟|毫升|克|公斤|元|名|人|页|米)`, 'g'), (m) =>
    readDigits(m),
  );
  // Times of day: 8:30 → 八点三十分, 14:00 → 十四点.
  s = s.replace(/(?<![\d.:])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])/g, (_m, h: string, min: string) => {
    const hour = h.replace(/^0(?=\d)/, '') === '2' ? '两' : readInteger(h.replace(/^0(?=\d)/, ''));
    return Number(min) === 0 ? `${hour}点` : `${hour}点${readInteger(String(Number(min)))}分`;
  });
  // Ratios: 30:2 → 三十比二.
  s = s.replace(/(\d+(?:\.\d+)?)\s*[:：]\s*(\d+(?:\.\d+)?)/g, (_m, a: string, b: string) => `${readNumber(a)}比${readNumber(b)}`);
  // Percentages, including ranges: 10%–20% or 10–20% → 百分之十到二十.
  s = s.replace(/(\d+(?:\.\d+)?)%?\s*(?:[-–—~～]|到|至)\s*(\d+(?:\.\d+)?)%/g, (_m, a: string, b: string) => `百分之${readNumber(a)}到${readNumber(b)}`);
  s = s.replace(/(\d+(?:\.\d+)?)\s*([%‰])/g, (_m, a: string, sign: string) => `${sign === '%' ? '百分之' : '千分之'}${readNumber(a)}`);
  // Numbers, with the unit after them said in words.
  s = s.replace(/\d+(?:\.\d+)?/g, (num: string, offset: number, whole: string) => {
    const rest = whole.slice(offset + num.length);
    if (num === '2' && LIANG_BEFORE.test(rest)) return '两';
    return readNumber(num);
  });
  for (const [pattern, word] of UNITS) {
    s = s.replace(new RegExp(`([${NUMERAL}])\\s*${pattern.source.slice(1)}`, 'g'), `$1${word}`);
  }
  // Ranges: 37.5–38 and 0-6 are said with 到; a per-unit slash is 每 (毫克/公斤 → 毫克每公斤).
  s = s.replace(new RegExp(`([${NUMERAL}点度岁分])\\s*[-–—~～]\\s*(?=[${NUMERAL}])`, 'g'), '$1到');
  s = s.replace(/(毫克|毫升|克|公斤|次|顿|小时|个|国际单位)\s*\/\s*(kg|天|日|周|次|公斤|小时|月)/g, (_m, unit: string, per: string) => `${unit}每${per === 'kg' ? '公斤' : per}`);
  // Anything left (a digit glued to letters, say) is read digit by digit rather than as a symbol.
  return readDigits(s);
}
