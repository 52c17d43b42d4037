/** Fills `{id}` and `{name}` (URL-encoded) into the configured report-a-problem URL or mailto. */
export function buildReportProblemHref(template: string, place: { id: string; name: string }): string {
  return template.replaceAll('{id}', encodeURIComponent(place.id)).replaceAll('{name}', encodeURIComponent(place.name));
}
