import { describe, expect, it } from 'vitest';
import { findDirectiveProblems, type DirectiveFacts } from './find-directive-problems';

const facts: DirectiveFacts = { warningSignAges: [18, 24], warningSignSources: ['w1', 'w2'], redFlagSources: new Map([['fever', ['f3', 'f4']]]) };

describe('findDirectiveProblems', () => {
  it('accepts known targets whose sources the guide cites', () => {
    expect(findDirectiveProblems('{{warning-signs:18}}\n\n{{red-flags:fever}}', ['w1', 'w2', 'f3', 'f4'], facts)).toEqual([]);
  });
  it('names an unknown age or topic', () => {
    expect(findDirectiveProblems('{{warning-signs:9}}\n\n{{red-flags:cough}}', ['w1', 'w2'], facts)).toEqual([
      expect.stringContaining('{{warning-signs:9}}'),
      expect.stringContaining('{{red-flags:cough}}'),
    ]);
  });
  it('wants each directive alone in its paragraph', () => {
    expect(findDirectiveProblems('见下：{{warning-signs:18}}', ['w1', 'w2'], facts)).toEqual([expect.stringContaining('paragraph on its own')]);
    expect(findDirectiveProblems('{{warning-signs:18}}\n{{warning-signs:24}}', ['w1', 'w2'], facts)).toEqual([expect.stringContaining('paragraph on its own')]);
  });
  it('asks for the list’s sources once per token', () => {
    expect(findDirectiveProblems('{{red-flags:fever}}\n\n{{red-flags:fever}}', ['f3'], facts)).toEqual([expect.stringContaining('f4')]);
  });
});
