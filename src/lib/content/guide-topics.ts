/** Topics a guide can be filed under; the list on /guides/ and the content linter use these. */
export const GUIDE_TOPICS = [
  'feeding',
  'sleep',
  'development',
  'play',
  'language',
  'vaccination',
  'checkups',
  'illness',
  'safety',
  'first-aid',
  'oral-health',
  'parent-health',
  'mental-health',
  'care-skills',
  'childcare',
  'policy',
  'grandparents',
  'pregnancy',
] as const;

export type GuideTopicId = (typeof GUIDE_TOPICS)[number];

/** Topics every complete guide set must cover (the content issue's list): all but play and pregnancy. */
export const CORE_TOPICS = GUIDE_TOPICS.filter((t) => t !== 'play' && t !== 'pregnancy');
