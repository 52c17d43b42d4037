import { describe, expect, it } from 'vitest';
import { t } from '../i18n/translate';
import { describeOpenState, OPEN_STATE_MESSAGE_KEYS } from './describe-open-state';

const messages = Object.fromEntries(OPEN_STATE_MESSAGE_KEYS.map((k) => [k, t(k)]));

describe('describeOpenState', () => {
  it('puts each state and its note into words', () => {
    expect(describeOpenState({ state: 'open', until: '17:00' }, messages)).toBe('现在开放，到 17:00');
    expect(describeOpenState({ state: 'open' }, messages)).toBe('现在开放');
    expect(describeOpenState({ state: 'closed', note: { kind: 'holiday', name: '国庆节' } }, messages)).toBe('现在不开放（今天是国庆节假期）');
    expect(describeOpenState({ state: 'unknown', note: { kind: 'comment', text: '仅限预约' } }, messages)).toBe('现在是否开放不确定（仅限预约）');
    expect(describeOpenState({ state: 'unknown', note: { kind: 'unconfirmed' } }, messages)).toBe('现在是否开放不确定（开放时间待确认）');
  });
});
