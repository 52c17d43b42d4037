// `npm run import`: events (--kind event) or places (--kind centre|room|clinic). Each importer reads
// the command line itself; --kind has no default, as a spreadsheet of the wrong kind must not be read.
const argv = process.argv.slice(2);
const kind = argv[argv.indexOf('--kind') + 1];
// The chosen importer runs as it loads.
void (argv.includes('--kind') && kind === 'event' ? import('./import-events') : import('./import-places')).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
