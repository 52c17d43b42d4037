/**
 * Fills `{name}` parameters of a UI string; unknown ones stay visible. No dictionary here, so browser
 * scripts that received their strings already translated can use it without shipping the dictionary.
 */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
