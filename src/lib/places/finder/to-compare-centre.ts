import { formatChineseDate } from '../../content/format-date';
import { CLASS_LABELS, SERVICE_LABELS, STATUS_LABELS } from '../../i18n/place-labels';
import { t } from '../../i18n/translate';
import { toOpeningHoursTable } from '../expand-opening-hours';
import { formatOpeningHours } from '../format-opening-hours';
import type { Centre } from '../../../schemas/place';
import type { CompareCentre } from './compare';

// Build time: each compared fact of a centre in words (the browser only lays them out).
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function toCompareCentre(c: Centre): CompareCentre {
  return {
    id: c.id,
    name: c.name,
    sample: c.sample,
    operating: c.status === 'operating',
    position: c.position,
    cells: {
      status: c.status === 'operating' ? STATUS_LABELS[c.status] : t('compare.notOperating', { status: STATUS_LABELS[c.status] }),
      puhui: c.puhui ? t('place.puhuiYes') : t('place.puhuiNo'),
      fee: t('place.feeValue', { min: c.fee.minYuan, max: c.fee.maxYuan }),
      classes: c.classes.map((k) => t('compare.classValue', { class: CLASS_LABELS[k.type], places: k.places, vacancies: k.vacancies })).join('；'),
      hours: formatOpeningHours(toOpeningHoursTable(c), { holidays: true }),
      services: c.services.map((s) => SERVICE_LABELS[s]).join('、'),
      ages: t('place.agesValue', { from: c.ages.fromMonths, to: c.ages.toMonths }),
      filing: c.filing ? `${c.filing.number}（${formatChineseDate(iso(c.filing.date))}）` : t('place.filingNone'),
      grade: c.grade ?? t('compare.none'),
      verified: t('place.verified', { date: formatChineseDate(iso(c.verified.date)), by: c.verified.by }),
    },
  };
}

