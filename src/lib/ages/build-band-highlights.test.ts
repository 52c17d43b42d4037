import { describe, expect, it } from 'vitest';
import { buildBandHighlights } from './build-band-highlights';

const g = (slug: string, topics: string[], bands = ['6-12m']) => ({ slug, title: slug, summary: `${slug}。`, topics, bands });

describe('buildBandHighlights', () => {
  it('takes the first guide of each question, each guide once', () => {
    const guides = [g('food', ['feeding', 'sleep']), g('nap', ['sleep']), g('talk', ['language']), g('more-food', ['feeding'])];
    expect(buildBandHighlights('6-12m', guides).map((h) => [h.key, h.guide.slug])).toEqual([
      ['eat', 'food'],
      ['sleep', 'nap'],
      ['play', 'talk'],
    ]);
  });
  it('prefers the guide for this band alone over one for several bands', () => {
    const guides = [g('formula', ['feeding'], ['0-6m', '6-12m']), g('solids', ['feeding'])];
    expect(buildBandHighlights('6-12m', guides)[0]?.guide.slug).toBe('solids');
  });
  it('leaves a question out when the band has no guide for it, and asks other questions in pregnancy', () => {
    expect(buildBandHighlights('3-6y', [g('food', ['feeding'])]).map((h) => h.key)).toEqual(['eat']);
    expect(buildBandHighlights('pregnancy', [g('visits', ['pregnancy', 'checkups']), g('mood', ['mental-health'])]).map((h) => h.key)).toEqual(['checkups', 'mood']);
  });
});
