import type { AgeBandId } from '../age/age-bands';

/**
 * What a browser needs to know about a guide to show it in a custom pack or the builder: shipped at
 * build time inside the page, so custom packs render offline and without a server.
 */
export interface PackGuide {
  /** Stable short id (`b01`), the unit of a pack link. */
  id: string;
  /** Page slug: the guide lives at `/guides/{slug}/`. */
  slug: string;
  title: string;
  summary: string;
  /** Age band ids. */
  bands: AgeBandId[];
  /** The reviewer's name, only when a named professional signed the guide off (else 待专业审核). */
  reviewer?: string;
}

/** The guide index as JSON safe to put inside a `<script type="application/json">` block. */
export function toPackGuideIndexJson(guides: readonly PackGuide[]): string {
  return JSON.stringify(guides).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
