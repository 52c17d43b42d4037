// What the header search box needs once someone starts to search, loaded on first focus so that
// pages that are only read do not pay for it.
export { getSearchBackend } from './get-search-backend';
export { renderHighlighted } from './render-highlighted';
