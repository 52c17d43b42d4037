import { highlightRanges } from '../../lib/search/highlight-ranges';

/** Text nodes with the query's words in <mark>: never innerHTML, titles come from content and data. */
export function renderHighlighted(text: string, tokens: readonly string[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, tokens)) {
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}
