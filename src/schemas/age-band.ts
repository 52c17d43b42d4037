import { z } from 'astro/zod';
import { AGE_BAND_IDS } from '../lib/age/age-bands';

/** One of the six age bands every guide, milestone list and event is tagged with. */
export const AgeBandIdSchema = z.enum(AGE_BAND_IDS);
