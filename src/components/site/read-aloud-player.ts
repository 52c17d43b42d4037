// The 读给我听 player, loaded on first press (or when the browser is idle). It gathers the readable text of
// its regions block by block, splits it into sentences, and speaks one utterance per sentence through the
// Web Speech API (short utterances avoid voices that stop after ~15 s, and let the page highlight the
// sentence being read). Numbers and units are rewritten as spoken Chinese first (src/lib/speech/).
import { pickChineseVoice } from '../../lib/speech/pick-voice';
import { parseSpeed, SPEECH_RATES, SPEED_STORAGE_KEY, type ReadAloudConfig, type SpeechSpeed } from '../../lib/speech/read-aloud-config';
import { hasWords, splitSentences } from '../../lib/speech/split-sentences';
import { toSpokenChinese } from '../../lib/speech/to-spoken-chinese';

/** Elements whose text is read as one block (sentences never run across them). */
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, th, td, caption, figcaption, summary, blockquote, pre, div, section, article, aside, main';
const HIGHLIGHT_NAME = 'read-aloud';
const HIGHLIGHT_CLASS = 'read-aloud-current';

interface Sentence {
  block: Element;
  start: number;
  end: number;
  spoken: string;
}

type State = 'idle' | 'playing' | 'paused';

/** Only one player speaks at a time (speech synthesis has one queue per page): starting one stops the others. */
const players = new Set<{ stop(message: string): void }>();

export class ReadAloudPlayer {
  private readonly config: ReadAloudConfig;
  private readonly startButton: HTMLButtonElement;
  private readonly controls: HTMLElement;
  private readonly pauseButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private state: State = 'idle';
  private speed: SpeechSpeed;
  private sentences: Sentence[] = [];
  private index = 0;
  /** Bumped on every new utterance and on stop, so events from cancelled utterances are ignored. */
  private generation = 0;
  private voice: SpeechSynthesisVoice | undefined;
  private restartOnResume = false;
  private wrappers: HTMLElement[] = [];

  constructor(private readonly host: HTMLElement) {
    this.config = JSON.parse(host.dataset['config'] ?? '{}') as ReadAloudConfig;
    this.startButton = host.querySelector<HTMLButtonElement>('[data-start]')!;
    this.controls = host.querySelector<HTMLElement>('[data-controls]')!;
    this.pauseButton = host.querySelector<HTMLButtonElement>('[data-pause]')!;
    this.status = host.querySelector<HTMLElement>('[data-status]')!;
    this.speed = parseSpeed(readStorage(SPEED_STORAGE_KEY));
    this.pauseButton.addEventListener('click', () => (this.state === 'paused' ? this.resume() : this.pause()));
    host.querySelector('[data-stop]')!.addEventListener('click', () => this.stop(this.config.messages['readAloud.stopped']));
    for (const button of host.querySelectorAll<HTMLButtonElement>('[data-speed]')) {
      button.addEventListener('click', () => this.setSpeed(parseSpeed(button.dataset['speed'])));
    }
    this.showSpeed();
    players.add(this);
    // Leaving the page (or the bfcache) must not leave a voice talking over the next one.
    addEventListener('pagehide', () => this.stop(''));
  }

  async start() {
    for (const other of players) if (other !== this) other.stop('');
    this.voice = await findChineseVoice();
    if (!this.voice) {
      this.say(this.config.messages['readAloud.noVoice']);
      return;
    }
    this.sentences = this.collectSentences();
    if (this.sentences.length === 0) return;
    speechSynthesis.cancel();
    this.setState('playing');
    this.say(this.config.messages['readAloud.playing']);
    this.pauseButton.focus();
    this.speak(0);
  }

  pause() {
    if (this.state !== 'playing') return;
    speechSynthesis.pause();
    this.setState('paused');
    this.say(this.config.messages['readAloud.paused']);
  }

  resume() {
    if (this.state !== 'paused') return;
    this.setState('playing');
    this.say(this.config.messages['readAloud.playing']);
    if (this.restartOnResume) {
      // The speed changed while paused: say the current sentence again at the new speed.
      speechSynthesis.cancel();
      this.speak(this.index);
    } else speechSynthesis.resume();
  }

  stop(message: string) {
    if (this.state === 'idle' && !message) return;
    const wasActive = this.state !== 'idle';
    this.generation++;
    if (wasActive) speechSynthesis.cancel();
    this.clearHighlight();
    this.setState('idle');
    this.say(message);
    if (wasActive && this.host.contains(document.activeElement)) this.startButton.focus();
  }

  private setSpeed(speed: SpeechSpeed) {
    this.speed = speed;
    writeStorage(SPEED_STORAGE_KEY, speed);
    this.showSpeed();
    if (this.state === 'playing') {
      speechSynthesis.cancel();
      this.speak(this.index);
    } else if (this.state === 'paused') this.restartOnResume = true;
  }

  private showSpeed() {
    for (const button of this.host.querySelectorAll<HTMLButtonElement>('[data-speed]')) {
      button.setAttribute('aria-pressed', String(button.dataset['speed'] === this.speed));
    }
  }

  private setState(state: State) {
    this.state = state;
    this.restartOnResume = false;
    this.host.dataset['state'] = state;
    this.startButton.hidden = state !== 'idle';
    this.controls.hidden = state === 'idle';
    this.pauseButton.textContent = this.config.messages[state === 'paused' ? 'readAloud.resume' : 'readAloud.pause'];
  }

  /** The status line is a polite live region: it speaks only when the reader acts, never per sentence. */
  private say(message: string) {
    this.status.textContent = message;
  }

  private speak(index: number) {
    const generation = ++this.generation;
    const sentence = this.sentences[index];
    if (!sentence) {
      this.stop(this.config.messages['readAloud.finished']);
      return;
    }
    this.index = index;
    const utterance = new SpeechSynthesisUtterance(sentence.spoken);
    utterance.lang = this.voice?.lang.replace(/_/g, '-') || 'zh-CN';
    try {
      if (this.voice) utterance.voice = this.voice;
    } catch {
      // Some WebViews hand out voice objects their own utterances refuse; the language still picks one.
    }
    utterance.rate = SPEECH_RATES[this.speed];
    utterance.onstart = () => {
      if (generation === this.generation) this.highlight(sentence);
    };
    utterance.onend = () => {
      if (generation === this.generation && this.state === 'playing') this.speak(index + 1);
    };
    utterance.onerror = (event) => {
      if (generation !== this.generation || event.error === 'interrupted' || event.error === 'canceled') return;
      this.stop(this.config.messages['readAloud.failed']);
    };
    this.highlight(sentence);
    speechSynthesis.speak(utterance);
  }

  // ---- What to read ----

  private regions(): Element[] {
    if (this.config.target) {
      const all = [...document.querySelectorAll(this.config.target)];
      return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
    }
    const around = this.host.closest('[data-read-aloud]') ?? document.querySelector('main');
    return around ? [around] : [];
  }

  private isReadable(text: Text, region: Element): boolean {
    const parent = text.parentElement;
    if (!parent || !region.contains(parent)) return false;
    if (parent.closest(this.config.skip)) return false;
    // Hidden text (display: none, a closed <details>) is not on the page for a listener either.
    return parent.getClientRects().length > 0;
  }

  private blockOf(text: Text, region: Element): Element {
    const block = text.parentElement?.closest(BLOCK);
    return block && region.contains(block) ? block : region;
  }

  /** The readable text nodes whose block is `block`, in order. */
  private textNodesOf(block: Element, region: Element): Text[] {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      if (this.isReadable(text, region) && this.blockOf(text, region) === block) nodes.push(text);
    }
    return nodes;
  }

  private collectSentences(): Sentence[] {
    const sentences: Sentence[] = [];
    for (const region of this.regions()) {
      const blocks: Element[] = [];
      const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        if (!text.data.trim() || !this.isReadable(text, region)) continue;
        const block = this.blockOf(text, region);
        if (blocks.at(-1) !== block && !blocks.includes(block)) blocks.push(block);
      }
      for (const block of blocks) {
        const whole = this.textNodesOf(block, region).map((t) => t.data).join('');
        let offset = 0;
        for (const piece of splitSentences(whole)) {
          const start = offset;
          offset += piece.length;
          if (!hasWords(piece)) continue;
          sentences.push({ block, start, end: offset, spoken: toSpokenChinese(piece.replace(/\s+/g, ' ').trim()) });
        }
      }
    }
    return sentences;
  }

  // ---- Highlighting ----

  private rangeFor(sentence: Sentence): Range | undefined {
    const region = this.regions().find((r) => r.contains(sentence.block)) ?? sentence.block;
    const nodes = this.textNodesOf(sentence.block, region);
    const range = document.createRange();
    let offset = 0;
    let started = false;
    for (const node of nodes) {
      const next = offset + node.data.length;
      if (!started && sentence.start < next) {
        range.setStart(node, sentence.start - offset);
        started = true;
      }
      if (started && sentence.end <= next) {
        range.setEnd(node, sentence.end - offset);
        return range;
      }
      offset = next;
    }
    return undefined;
  }

  private highlight(sentence: Sentence) {
    this.clearHighlight();
    const range = this.rangeFor(sentence);
    if (!range) return;
    if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    } else this.wrap(range);
    this.host.dataset['sentence'] = String(this.sentences.indexOf(sentence));
    const box = sentence.block.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      sentence.block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  /** Browsers without the Custom Highlight API: wrap each piece of the sentence in an inline span. */
  private wrap(range: Range) {
    const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const pieces: [Text, number, number][] = [];
    for (let n = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      if (!range.intersectsNode(text)) continue;
      const from = text === range.startContainer ? range.startOffset : 0;
      const to = text === range.endContainer ? range.endOffset : text.data.length;
      if (to > from) pieces.push([text, from, to]);
    }
    for (const [text, from, to] of pieces) {
      const middle = text.splitText(from);
      middle.splitText(to - from);
      const span = document.createElement('span');
      span.className = HIGHLIGHT_CLASS;
      middle.replaceWith(span);
      span.append(middle);
      this.wrappers.push(span);
    }
  }

  private clearHighlight() {
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
    for (const span of this.wrappers) {
      const parent = span.parentNode;
      span.replaceWith(...span.childNodes);
      parent?.normalize();
    }
    this.wrappers = [];
    delete this.host.dataset['sentence'];
  }
}

/** The device's Chinese voice; voices can arrive a moment after the page loads. */
async function findChineseVoice(): Promise<SpeechSynthesisVoice | undefined> {
  let voices = speechSynthesis.getVoices();
  if (voices.length === 0) {
    voices = await new Promise((resolve) => {
      const done = () => resolve(speechSynthesis.getVoices());
      speechSynthesis.addEventListener?.('voiceschanged', done, { once: true });
      setTimeout(done, 1500);
    });
  }
  return pickChineseVoice(voices);
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage can be blocked (private mode); the speed still applies until the page closes.
  }
}
