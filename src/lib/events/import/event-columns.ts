/**
 * The columns of the events spreadsheet, in template order, with the Chinese headers a community
 * worker uses. Only the required ones must be present; the venue is either 地点编号 (a place of the
 * directory) or 地点名称 + 地点地址 + 经度 + 纬度 + 区县.
 */
export interface EventColumn {
  header: string;
  required: boolean;
}

export const EVENT_HEADERS = {
  id: '编号',
  title: '活动名称',
  type: '类型',
  audiences: '对象',
  bands: '适合年龄',
  date: '日期',
  startTime: '开始时间',
  endTime: '结束时间',
  repeat: '重复',
  until: '重复截止日期',
  placeId: '地点编号',
  venueName: '地点名称',
  venueAddress: '地点地址',
  lng: '经度',
  lat: '纬度',
  district: '区县',
  booking: '预约方式',
  capacity: '名额',
  cost: '费用',
  status: '状态',
  newDate: '新日期',
  newStartTime: '新开始时间',
  newEndTime: '新结束时间',
  statusReason: '变动原因',
  organiser: '主办单位',
  organiserPhone: '主办单位电话',
  description: '活动介绍',
} as const;

export type EventField = keyof typeof EVENT_HEADERS;

const REQUIRED: readonly EventField[] = ['title', 'type', 'audiences', 'bands', 'date', 'startTime', 'endTime', 'booking', 'organiser'];

export const EVENT_COLUMNS: readonly EventColumn[] = (Object.keys(EVENT_HEADERS) as EventField[]).map((field) => ({
  header: EVENT_HEADERS[field],
  required: REQUIRED.includes(field),
}));
