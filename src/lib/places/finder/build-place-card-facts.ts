import { CLINIC_SERVICE_LABELS, FACILITY_LABELS, STATUS_LABELS } from '../../i18n/place-labels';
import { t } from '../../i18n/translate';
import type { Place, Room } from '../../../schemas/place';

/** Facilities a mother asks about first, in that order; a card names at most three. */
const KEY_FACILITIES: readonly Room['facilities'][number][] = ['changing-table', 'nursing-chair', 'hot-water', 'hand-basin', 'lock', 'power'];
const MAX_CARD_FACILITIES = 3;

/** A list card's answer to "can I use it, and is it for us?", in words (build time). */
export interface PlaceCardFacts {
  /** Set only when the place is not operating: shown first on the card, before the name. */
  status?: { value: Exclude<Place['status'], 'operating'>; label: string };
  /** Short facts, most important first (普惠, fee, ages, vacancies; access, fathers, floor, facilities). */
  facts: string[];
}

/**
 * The facts a list card shows for `place`.
 * @example buildPlaceCardFacts(centre).facts // ['普惠', '1200–1800元/月', '收12–36个月', '空位 3 个']
 */
export function buildPlaceCardFacts(place: Place): PlaceCardFacts {
  const status = place.status === 'operating' ? undefined : { value: place.status, label: STATUS_LABELS[place.status] };
  const facts: string[] = [];
  switch (place.kind) {
    case 'centre': {
      if (place.puhui) facts.push(t('card.puhui'));
      const { minYuan: min, maxYuan: max } = place.fee;
      facts.push(min === max ? t('card.feeOne', { min }) : t('card.fee', { min, max }));
      facts.push(t('card.ages', { from: place.ages.fromMonths, to: place.ages.toMonths }));
      const vacancies = place.classes.reduce((sum, c) => sum + c.vacancies, 0);
      facts.push(vacancies > 0 ? t('card.vacancies', { count: vacancies }) : t('card.noVacancies'));
      break;
    }
    case 'room': {
      facts.push(t(`card.access.${place.access}`));
      facts.push(place.fathersWelcome ? t('card.fathersYes') : t('card.fathersNo'));
      if (place.floor) facts.push(t('card.floor', { floor: place.floor }));
      const key = KEY_FACILITIES.filter((f) => place.facilities.includes(f)).slice(0, MAX_CARD_FACILITIES);
      if (key.length > 0) facts.push(key.map((f) => FACILITY_LABELS[f]).join('、'));
      break;
    }
    case 'clinic':
      facts.push(place.services.map((s) => CLINIC_SERVICE_LABELS[s]).join('、'));
      break;
  }
  return { ...(status ? { status } : {}), facts };
}
