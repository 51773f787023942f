/**
 * `<hip-motor-viewer>`: one script tag embeds the viewer. It shows a still poster until the
 * element scrolls into view or the user asks for the 3D model, then loads `embed.html` in an
 * iframe, so every element has its own viewer and state. Methods and events are the iframe
 * protocol, through the client. No framework: this file is what a page downloads up front.
 */
import { embed as text } from '../domain/messages/en/embed';
import type { CommandMap, EventMap } from './api-types';
import { createViewerClient, type ViewerClient } from './client';
import { embedPageUrl, safeHttpUrl } from './embed-params';
import { type CommandName, EVENT_NAMES } from './protocol-envelope';

// Relative to this module's URL (dist/embed/), kept in variables so the bundler leaves them alone.
const EMBED_PAGE = '../embed.html';
const POSTER = '../poster.jpg';

const STYLE = `
:host{display:block;position:relative;overflow:hidden;block-size:32rem;background:#f4f1ec;color:#1f1d1a;contain:content;font:1rem/1.4 system-ui,sans-serif}
:host([hidden]){display:none}
img,iframe{position:absolute;inset:0;inline-size:100%;block-size:100%;border:0}
img{object-fit:contain}
iframe{opacity:0}
iframe.loaded{opacity:1}
.overlay{position:absolute;inset:auto 0 1rem;display:flex;justify-content:center}
button{font:inherit;font-weight:600;color:#fff;background:#1f4fd1;border:0;border-radius:999px;padding:.7rem 1.3rem;min-block-size:2.75rem;cursor:pointer;box-shadow:0 2px 8px #0004}
button:hover{background:#163da6}
button:focus-visible{outline:3px solid #1f4fd1;outline-offset:3px}
.status{margin:0;padding:.4rem .8rem;border-radius:999px;background:#fffd}
.status:empty{display:none}
`;

let sheet: CSSStyleSheet | null = null;

/** One constructed style sheet for every element (no inline style, so a strict CSP is fine). */
function applyStyle(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = STYLE;
  root.append(style);
}

type Args<K extends CommandName> = CommandMap[K]['args'];
type Result<K extends CommandName> = Promise<CommandMap[K]['result']>;

export class HipMotorViewerElement extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['loading', 'src'];
  }

  readonly #root: ShadowRoot;
  readonly #poster: HTMLImageElement;
  readonly #button: HTMLButtonElement;
  readonly #status: HTMLParagraphElement;
  #frame: HTMLIFrameElement | null = null;
  #client: ViewerClient | null = null;
  #observer: IntersectionObserver | null = null;
  /** Set when `src` was refused; cleared when it changes. */
  #refused = false;
  #resolveReady: (detail: EventMap['ready']) => void = () => {};
  #rejectReady: (error: unknown) => void = () => {};
  readonly #ready = new Promise<EventMap['ready']>((resolve, reject) => {
    this.#resolveReady = resolve;
    this.#rejectReady = reject;
  });

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    applyStyle(this.#root);
    this.#poster = document.createElement('img');
    this.#poster.alt = text.posterAlt;
    this.#poster.decoding = 'async';
    this.#poster.setAttribute('part', 'poster');
    const overlay = document.createElement('div');
    overlay.className = 'overlay';
    this.#button = document.createElement('button');
    this.#button.type = 'button';
    this.#button.textContent = text.loadButton;
    this.#button.setAttribute('part', 'load-button');
    this.#button.addEventListener('click', () => this.#activate(true));
    this.#status = document.createElement('p');
    this.#status.className = 'status';
    this.#status.setAttribute('role', 'status');
    overlay.append(this.#button, this.#status);
    this.#root.append(this.#poster, overlay);
  }

  connectedCallback(): void {
    const poster = this.getAttribute('poster');
    this.#poster.src = (
      (poster !== null && safeHttpUrl(poster, document.baseURI)) ||
      new URL(POSTER, import.meta.url)
    ).href;
    if (this.#frame) return;
    if (this.getAttribute('loading') === 'eager') {
      this.#activate(false);
      return;
    }
    // Any pointer on the poster is intent too (not only the button).
    this.addEventListener('pointerdown', this.#onPointerDown);
    if ('IntersectionObserver' in window) {
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#activate(false);
      });
      this.#observer.observe(this);
    }
  }

  disconnectedCallback(): void {
    this.#stopWatching();
    // A removed viewer frees its iframe; attached again, it starts from the poster.
    this.#client?.destroy();
    this.#client = null;
    this.#frame?.remove();
    this.#frame = null;
    this.#button.hidden = false;
    this.#status.textContent = '';
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'src') this.#refused = false;
    if (name === 'loading' && value === 'eager' && this.isConnected) this.#activate(false);
  }

  /** True once the 3D viewer has been requested (the poster is being replaced). */
  get activated(): boolean {
    return this.#frame !== null;
  }

  /** Resolves the first time the model is loaded and drawn (it does not start loading). */
  get ready(): Promise<EventMap['ready']> {
    return this.#ready;
  }

  /** Load the 3D viewer now (as a click on the poster would). */
  load(): void {
    this.#activate(false);
  }

  setLayers(args: Args<'setLayers'>): Result<'setLayers'> {
    return this.#connect().setLayers(args);
  }
  showOnly(args: Args<'showOnly'>): Result<'showOnly'> {
    return this.#connect().showOnly(args);
  }
  select(args: Args<'select'>): Result<'select'> {
    return this.#connect().select(args);
  }
  selectPoint(args: Args<'selectPoint'>): Result<'selectPoint'> {
    return this.#connect().selectPoint(args);
  }
  setDysfunction(args: Args<'setDysfunction'>): Result<'setDysfunction'> {
    return this.#connect().setDysfunction(args);
  }
  applyPreset(args: Args<'applyPreset'>): Result<'applyPreset'> {
    return this.#connect().applyPreset(args);
  }
  setCamera(args: Args<'setCamera'>): Result<'setCamera'> {
    return this.#connect().setCamera(args);
  }
  resetView(): Result<'resetView'> {
    return this.#connect().resetView();
  }
  getState(): Result<'getState'> {
    return this.#connect().getState();
  }
  getMotorPoints(args?: Args<'getMotorPoints'>): Result<'getMotorPoints'> {
    return this.#connect().getMotorPoints(args);
  }
  screenshot(): Result<'screenshot'> {
    return this.#connect().screenshot();
  }
  playStory(args: Args<'playStory'>): Result<'playStory'> {
    return this.#connect().playStory(args);
  }
  setBody(args: Args<'setBody'>): Result<'setBody'> {
    return this.#connect().setBody(args);
  }
  setLanguage(args: Args<'setLanguage'>): Result<'setLanguage'> {
    return this.#connect().setLanguage(args);
  }
  setLearner(args: Args<'setLearner'>): Result<'setLearner'> {
    return this.#connect().setLearner(args);
  }

  setAssessment(args: Args<'setAssessment'>): Result<'setAssessment'> {
    return this.#connect().setAssessment(args);
  }

  setPlanExercises(args: Args<'setPlanExercises'>): Result<'setPlanExercises'> {
    return this.#connect().setPlanExercises(args);
  }

  readonly #onPointerDown = () => this.#activate(false);

  #stopWatching(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.removeEventListener('pointerdown', this.#onPointerDown);
  }

  /** A method call is intent: it loads the viewer and waits for it. */
  #connect(): ViewerClient {
    this.#activate(false);
    if (!this.#client) {
      throw new Error(
        this.#refused
          ? text.errors.srcRefused(this.getAttribute('src') ?? '')
          : 'hip-motor-viewer: the viewer could not be created.',
      );
    }
    return this.#client;
  }

  #activate(fromButton: boolean): void {
    if (this.#frame || this.#refused) return;
    this.#stopWatching();
    const src = this.getAttribute('src');
    const page =
      src === null ? new URL(EMBED_PAGE, import.meta.url) : safeHttpUrl(src, document.baseURI);
    if (!page) {
      // Never a frame for it: `javascript:` would run in this page. Said once, not retried.
      this.#refused = true;
      const message = text.errors.srcRefused(src ?? '');
      console.error(message);
      this.#status.textContent = message;
      this.dispatchEvent(new CustomEvent('error', { detail: { code: 'bad-arguments', message } }));
      return;
    }
    const frame = document.createElement('iframe');
    frame.title = text.frameTitle;
    frame.setAttribute('part', 'viewer');
    frame.allow = 'fullscreen';
    frame.src = embedPageUrl(page, (name) => this.getAttribute(name), window.location.origin);
    const moveFocus = fromButton && this.#root.activeElement === this.#button;
    frame.addEventListener(
      'load',
      () => {
        frame.classList.add('loaded');
        this.#status.textContent = '';
        // Keyboard users who pressed the button continue inside the viewer.
        if (moveFocus) frame.focus();
      },
      { once: true },
    );
    this.#button.hidden = true;
    this.#status.textContent = text.loading;
    this.#root.insertBefore(frame, this.#poster.nextSibling);
    this.#frame = frame;
    const client = createViewerClient(frame);
    for (const name of EVENT_NAMES) {
      client.on(name, (detail) => this.dispatchEvent(new CustomEvent(name, { detail })));
    }
    client.ready.then(this.#resolveReady, this.#rejectReady);
    // Rejections reach whoever awaits `ready`; nobody awaiting is not an error.
    this.#ready.catch(() => {});
    this.#client = client;
  }
}

/** Define the element once, even if the script is included twice. */
export function defineHipMotorViewer(name = 'hip-motor-viewer'): void {
  if (!customElements.get(name)) customElements.define(name, HipMotorViewerElement);
}

defineHipMotorViewer();

declare global {
  interface HTMLElementTagNameMap {
    'hip-motor-viewer': HipMotorViewerElement;
  }
}
