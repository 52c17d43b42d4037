/**
 * Chinese labels of enumerated values (places, events). They are both what pages show and what registry
 * spreadsheets contain (the import template uses the same words), so they live in one place.
 */
export const HOLIDAY_LABELS = { closed: '休息', open: '照常开放', unknown: '未知' };
export const MAKE_UP_LABELS = { workday: '按工作日开放', weekday: '按星期几开放' };
export const STATUS_LABELS = { operating: '正常运营', suspended: '暂停服务', closed: '已关闭', revoked: '备案已撤销' };
export const PROFIT_LABELS = { 'for-profit': '营利性', 'non-profit': '非营利性' };
export const OPERATOR_LABELS = {
  public: '公办',
  'public-private': '公办民营',
  'private-public-aid': '民办公助',
  private: '民办',
  employer: '单位办',
  kindergarten: '幼儿园托班',
  chain: '品牌连锁',
};
export const SERVICE_LABELS = { 'full-day': '全日托', 'half-day': '半日托', hourly: '计时托', temporary: '临时托' };
export const HEALTH_EVALUATION_LABELS = { passed: '已通过', pending: '评估中', unknown: '未知' };
export const VENUE_LABELS = { mall: '商场', hospital: '医院', transport: '交通枢纽', government: '政务服务中心', scenic: '景区', workplace: '单位', other: '其他' };
export const FACILITY_LABELS = {
  'changing-table': '护理台',
  'nursing-chair': '哺乳椅',
  'hand-basin': '洗手台',
  'hot-water': '热水',
  power: '电源',
  lock: '门锁',
  cot: '婴儿床',
  'emergency-call': '紧急呼叫',
  fridge: '冰箱',
  table: '桌子',
  bin: '垃圾桶',
};
export const ACCESS_LABELS = { public: '公开', 'ask-staff': '请向工作人员', 'staff-only': '仅限本单位' };
export const CLINIC_SERVICE_LABELS = { vaccination: '预防接种', 'child-health': '儿童保健' };
export const CLASS_LABELS = { infant: '乳儿班', toddler: '托小班', older: '托大班', mixed: '混龄班' };

export const EVENT_TYPE_LABELS = {
  'parent-class': '家长课堂',
  'parent-child': '亲子活动',
  'health-talk': '健康讲座',
  'free-clinic': '义诊咨询',
  'prenatal-class': '孕妇学校',
  'open-day': '托育开放日',
};
export const EVENT_AUDIENCE_LABELS = { expectant: '准爸妈', parents: '父母', grandparents: '祖辈', carers: '照护人' };
export const EVENT_STATUS_LABELS = { scheduled: '按计划举行', cancelled: '已取消', postponed: '已延期', full: '名额已满' };
