import { describe, expect, it } from 'vitest';
import { readBuildId, toBuildDataUrl } from './build-data-url';

describe('build data URLs', () => {
  it('adds the build id and reads it back', () => {
    expect(toBuildDataUrl('/my-child/data.json', 'abc')).toBe('/my-child/data.json?build=abc');
    expect(toBuildDataUrl('/x.json?a=1', 'a b')).toBe('/x.json?a=1&build=a%20b');
    expect(readBuildId(new URL(toBuildDataUrl('/x.json', 'k9'), 'https://s.example'))).toBe('k9');
    expect(readBuildId(new URL('https://s.example/x.json'))).toBeUndefined();
  });
});
