import { describe, expect, it } from 'vitest';
import { findDuplicatePlaceIds } from './find-duplicate-place-ids';

describe('findDuplicatePlaceIds', () => {
  it('finds an id shared across kinds, and nothing when ids are unique', () => {
    expect(findDuplicatePlaceIds([{ id: 'a', kind: 'centre' }, { id: 'b', kind: 'room' }, { id: 'a', kind: 'room' }])).toEqual([{ id: 'a', kinds: ['centre', 'room'] }]);
    expect(findDuplicatePlaceIds([{ id: 'a', kind: 'centre' }, { id: 'b', kind: 'room' }])).toEqual([]);
  });
});
