import type { PlaceKind } from '../../../schemas/place';
import {
  ACCESS_LABELS,
  CLASS_LABELS,
  CLINIC_SERVICE_LABELS,
  FACILITY_LABELS,
  HEALTH_EVALUATION_LABELS,
  HOLIDAY_LABELS,
  MAKE_UP_LABELS,
  OPERATOR_LABELS,
  PROFIT_LABELS,
  SERVICE_LABELS,
  STATUS_LABELS,
  VENUE_LABELS,
} from '../../i18n/place-labels';

/**
 * The spreadsheet columns of each kind of place, in order, with Chinese headers as officials write
 * them. `field` is a dotted path into the record; `codec` turns a cell into a value and back.
 */
export interface Column {
  header: string;
  field: string;
  codec: Codec;
  required: boolean;
  /** Shown in the template's example row and the docs. */
  example: string;
}

export type Codec =
  | { type: 'text' }
  | { type: 'number' }
  | { type: 'integer' }
  | { type: 'date' }
  | { type: 'boolean' }
  /** A real (dialable) phone number: imports never carry samples. */
  | { type: 'phone' }
  /** One of the configured districts, by name (相山区) or id. */
  | { type: 'district' }
  | { type: 'enum'; labels: Record<string, string> }
  | { type: 'list'; labels: Record<string, string> };

const text = { type: 'text' } as const;
const integer = { type: 'integer' } as const;
const number = { type: 'number' } as const;
const date = { type: 'date' } as const;
const boolean = { type: 'boolean' } as const;

const common = (hoursHeader: string): Column[] => [
  { header: '编号', field: 'id', codec: text, required: true, example: 'centre-xiangshan-001' },
  { header: '名称', field: 'name', codec: text, required: true, example: '某某托育园' },
  { header: '区县', field: 'district', codec: { type: 'district' }, required: true, example: '相山区' },
  { header: '地址', field: 'address', codec: text, required: true, example: '相山区某某路1号' },
  { header: '经度', field: 'position.0', codec: number, required: true, example: '116.798' },
  { header: '纬度', field: 'position.1', codec: number, required: true, example: '33.956' },
  { header: '电话', field: 'phone', codec: { type: 'phone' }, required: false, example: '0561-3000000' },
  { header: hoursHeader, field: 'hours', codec: text, required: true, example: 'Mo-Fr 07:30-17:30' },
  { header: '节假日', field: 'holidays', codec: { type: 'enum', labels: HOLIDAY_LABELS }, required: false, example: '休息' },
  { header: '调休上班日', field: 'makeUpWorkdays', codec: { type: 'enum', labels: MAKE_UP_LABELS }, required: false, example: '按工作日开放' },
  { header: '核实日期', field: 'verified.date', codec: date, required: true, example: '2026-11-01' },
  { header: '核实单位', field: 'verified.by', codec: text, required: true, example: '相山区卫生健康委员会' },
];

const classColumns = (Object.entries(CLASS_LABELS) as [string, string][]).flatMap(([type, label]): Column[] => [
  { header: `${label}托位`, field: `classes.${type}.places`, codec: integer, required: false, example: type === 'older' ? '20' : '' },
  { header: `${label}空位`, field: `classes.${type}.vacancies`, codec: integer, required: false, example: type === 'older' ? '3' : '' },
]);

export const PLACE_COLUMNS: Record<PlaceKind, Column[]> = {
  centre: [
    ...common('营业时间'),
    { header: '统一社会信用代码', field: 'creditCode', codec: text, required: true, example: '91350100M000100Y43' },
    { header: '营利性质', field: 'profit', codec: { type: 'enum', labels: PROFIT_LABELS }, required: true, example: '营利性' },
    { header: '状态', field: 'status', codec: { type: 'enum', labels: STATUS_LABELS }, required: true, example: '正常运营' },
    { header: '备案号', field: 'filing.number', codec: text, required: false, example: '（按卫健部门备案回执填写）' },
    { header: '备案日期', field: 'filing.date', codec: date, required: false, example: '2025-06-01' },
    { header: '举办类型', field: 'operator', codec: { type: 'enum', labels: OPERATOR_LABELS }, required: true, example: '民办' },
    { header: '普惠', field: 'puhui', codec: boolean, required: true, example: '是' },
    ...classColumns,
    { header: '收托月龄下限', field: 'ages.fromMonths', codec: integer, required: true, example: '18' },
    { header: '收托月龄上限', field: 'ages.toMonths', codec: integer, required: true, example: '36' },
    { header: '服务类型', field: 'services', codec: { type: 'list', labels: SERVICE_LABELS }, required: true, example: '全日托、计时托' },
    { header: '月收费下限', field: 'fee.minYuan', codec: integer, required: true, example: '1200' },
    { header: '月收费上限', field: 'fee.maxYuan', codec: integer, required: true, example: '1800' },
    { header: '餐点', field: 'meals', codec: text, required: false, example: '提供午餐和两次点心' },
    { header: '质量等级', field: 'grade', codec: text, required: false, example: '' },
    { header: '卫生评价', field: 'healthEvaluation', codec: { type: 'enum', labels: HEALTH_EVALUATION_LABELS }, required: false, example: '已通过' },
  ],
  room: [
    ...common('开放时间'),
    { header: '场所类型', field: 'venueType', codec: { type: 'enum', labels: VENUE_LABELS }, required: true, example: '商场' },
    { header: '楼层', field: 'floor', codec: text, required: true, example: '2F' },
    { header: '如何找到', field: 'directions', codec: text, required: true, example: '电梯出来左手边' },
    { header: '设施', field: 'facilities', codec: { type: 'list', labels: FACILITY_LABELS }, required: false, example: '护理台、哺乳椅、洗手台' },
    { header: '使用方式', field: 'access', codec: { type: 'enum', labels: ACCESS_LABELS }, required: true, example: '公开' },
    { header: '父亲可用', field: 'fathersWelcome', codec: boolean, required: true, example: '是' },
    { header: '面积', field: 'areaM2', codec: number, required: false, example: '12' },
    { header: '管理单位', field: 'managedBy', codec: text, required: true, example: '某某商场物业' },
    { header: '状态', field: 'status', codec: { type: 'enum', labels: STATUS_LABELS }, required: false, example: '正常运营' },
  ],
  clinic: [
    ...common('门诊时间'),
    { header: '服务', field: 'services', codec: { type: 'list', labels: CLINIC_SERVICE_LABELS }, required: true, example: '预防接种、儿童保健' },
    { header: '接种时间', field: 'serviceHours.vaccination', codec: text, required: false, example: 'Tu,Th 08:00-11:30' },
    { header: '儿保时间', field: 'serviceHours.childHealth', codec: text, required: false, example: '' },
    { header: '状态', field: 'status', codec: { type: 'enum', labels: STATUS_LABELS }, required: false, example: '正常运营' },
  ],
};
