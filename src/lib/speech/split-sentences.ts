// Splits a block of text into sentences for reading aloud one at a time (one utterance per sentence keeps
// long pages from hitting voices' length limits, and lets the page highlight what is being said).

/** Characters that end a sentence. */
const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
/** Characters that stay with the sentence they close: 他说：“好。” */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '】', '》']);

/**
 * Cuts `text` after each sentence end (and any closing quotes that follow it). Nothing is dropped or
 * changed: the pieces joined give back `text` exactly, so their lengths map back onto the page's text.
 * @example splitSentences('发烧了。先量体温！') // ['发烧了。', '先量体温！']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATORS.has(text[i]!)) {
      i++;
      continue;
    }
    while (i < text.length && TERMINATORS.has(text[i]!)) i++;
    while (i < text.length && CLOSERS.has(text[i]!)) i++;
    // Whitespace after a sentence belongs to it, so the next one starts at its first word.
    while (i < text.length && /\s/.test(text[i]!)) i++;
    sentences.push(text.slice(start, i));
    start = i;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

/** Whether a piece of text has anything to say (not only spaces and punctuation). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
