import type { APIRoute } from 'astro';

/**
 * The growth reference tables (src/data/growth/, attribution in its README) as CSV text keyed by file name, parsed on
 * the device by parseGrowthTable; fetched only when a parent opens the growth chart.
 */
const files = import.meta.glob<string>('../../data/growth/*.csv', { query: '?raw', import: 'default', eager: true });

export const GET: APIRoute = () => {
  const tables = Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^.*\//, '').replace(/\.csv$/, ''), text]));
  return new Response(JSON.stringify(tables), { headers: { 'Content-Type': 'application/json' } });
};
