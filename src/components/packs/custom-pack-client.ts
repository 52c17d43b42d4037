// Browser side of custom packs, shared by /packs/custom/, its print page and the builder. Everything
// a sharer controls is put on the page with textContent or setAttribute, never as markup.
import { PACK_GUIDE_INDEX_PATH, readPackGuideIndex, type PackGuide } from '../../lib/packs/pack-guide';
import { fillTemplate } from '../../lib/i18n/fill-template';
import { BUILD_ID, toBuildDataUrl } from '../../lib/site/build-data-url';
import { parsePackParam, type ParsedPackParam } from '../../lib/packs/parse-pack-param';
import { resolvePackGuides } from '../../lib/packs/resolve-pack-guides';
import type { PackSelection } from '../../lib/packs/encode-pack-param';
import type { OpenPackMessages } from './CustomPackMessages';

/**
 * The guide index, fetched once per device: /packs/guides.json with this build's id, which the
 * service worker answers from its precache (so it works offline once the site is installed).
 * Rejects when it cannot be had (offline and never saved, or a broken file).
 */
export async function loadGuideIndex(): Promise<PackGuide[]> {
  const response = await fetch(toBuildDataUrl(PACK_GUIDE_INDEX_PATH, BUILD_ID));
  if (!response.ok) throw new Error(`guide index: HTTP ${response.status}`);
  return readPackGuideIndex(await response.json());
}

export type OpenedPack =
  | { ok: true; selection: PackSelection; guides: PackGuide[]; notices: string[]; param: string }
  | { ok: false; notices: string[] };

export type ReadPack =
  | { ok: true; selection: PackSelection; notices: string[]; param: string }
  | { ok: false; notices: string[] };

/** Reads `?p=` of the current URL, without the guide index (its notices: duplicates, dropped fields); never throws. */
export function readPackFromLocation(messages: OpenPackMessages): ReadPack {
  const param = new URLSearchParams(location.search).get('p');
  let parsed: ParsedPackParam;
  try {
    parsed = parsePackParam(param);
  } catch {
    parsed = { ok: false, error: 'format' };
  }
  if (!parsed.ok) return { ok: false, notices: [messages[`packs.error.${parsed.error}`]] };
  const notices: string[] = [];
  if (parsed.duplicateIds.length > 0) notices.push(messages['packs.duplicates']);
  if (parsed.droppedFields.length > 0) notices.push(fillTemplate(messages['packs.dropped'], { fields: parsed.droppedFields.map((f) => messages[`packs.field.${f}`]).join('、') }));
  return { ok: true, selection: parsed.selection, notices, param: param ?? '' };
}

/** Reads `?p=` of the current URL and looks its guides up in the guide index; never throws. */
export function openPackFromLocation(messages: OpenPackMessages, index: readonly PackGuide[]): OpenedPack {
  const read = readPackFromLocation(messages);
  if (!read.ok) return read;
  const { guides, skipped } = resolvePackGuides(read.selection.guideIds, index);
  const notices = skipped.length > 0 ? [fillTemplate(messages['packs.skipped'], { count: skipped.length }), ...read.notices] : read.notices;
  if (guides.length === 0) return { ok: false, notices: [...notices, messages['packs.error.format']] };
  return { ok: true, selection: read.selection, guides, notices, param: read.param };
}

/** Puts notices into a list element, as text. */
export function showNotices(list: HTMLElement, notices: string[]): void {
  list.replaceChildren(
    ...notices.map((n) => {
      const li = document.createElement('li');
      li.textContent = n;
      return li;
    }),
  );
  list.hidden = notices.length === 0;
}

/** A QR code of `text` as an SVG element, made in the browser (qrcode is loaded only when needed). */
export async function makeQrSvg(text: string): Promise<SVGSVGElement> {
  const QRCode = await import('qrcode');
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  // Parsed as SVG (not HTML) and adopted: no innerHTML anywhere on these pages.
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (!(parsed instanceof SVGSVGElement)) throw new Error('qrcode did not return SVG');
  return document.importNode(parsed, true);
}
