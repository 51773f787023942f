// First, a side-effect import (never reordered): the language is chosen before any module reads a message.
import './language-from-link';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { messages } from '../domain/messages';
import { type ParamNotice, parseViewParams } from '../domain/view-state';
import {
  type BridgeProbe,
  emptyBridgeProbe,
  installMessageBridge,
  postViewerEvent,
} from '../embed/message-bridge';
import { parseAllowedOrigins } from '../embed/origins';
import { createViewerStore, ViewerStoreProvider } from '../state';
import { App, type Chrome } from './App';
import { invalidLanguageParam } from './language-from-link';
import { LanguageKeyed } from './language-keyed';
import { openStoryLink } from './link-parts';
import { hasWebGL } from './webgl-support';
import './styles.css';

/**
 * The iframe route (`embed.html`): the same viewer and URL parameters as the app, with less
 * chrome by default, no address-bar sync, and the postMessage bridge to the embedding page.
 */
const params = new URLSearchParams(window.location.search);
const { state, notices } = parseViewParams(params);
const store = createViewerStore(state);

const extra: ParamNotice[] = [];
const uiParam = params.get('ui');
const chrome: Chrome = uiParam === 'none' || uiParam === 'full' ? uiParam : 'minimal';
if (uiParam !== null && uiParam !== chrome) {
  extra.push({ param: 'ui', value: uiParam, problem: 'malformed-value' });
}
const controlsParam = params.get('controls');
if (controlsParam !== null && controlsParam !== '0' && controlsParam !== '1') {
  extra.push({ param: 'controls', value: controlsParam, problem: 'malformed-value' });
}
const { allowed, invalid } = parseAllowedOrigins(params.get('origins'), window.location.origin);
for (const entry of invalid) {
  extra.push({ param: 'origins', value: entry, problem: 'malformed-value' });
}
if (invalidLanguageParam !== null) {
  extra.push({ param: 'lang', value: invalidLanguageParam, problem: 'malformed-value' });
}
store.getState().setNotices([...notices, ...extra]);
openStoryLink(store, window.location.search);

declare global {
  interface Window {
    /** Read-only counts of how embed commands were handled (tests and benchmarks read them). */
    __hipBridgeProbe?: BridgeProbe;
  }
}
const bridgeProbe = emptyBridgeProbe();
window.__hipBridgeProbe = bridgeProbe;
// Installed before the first render, so a command can never arrive before the listener.
installMessageBridge({ store, allowed, probe: bridgeProbe });
// Without WebGL the model never loads, so there will be no "ready": say so at once.
if (!hasWebGL()) {
  postViewerEvent(
    {
      event: 'error',
      detail: { code: 'webgl-unavailable', message: messages.embed.errors.webglUnavailable },
    },
    { allowed },
  );
}

const base = import.meta.env.BASE_URL;
const root = document.getElementById('root');
if (!root) throw new Error('embed: the page has no #root element to mount the viewer in.');
createRoot(root).render(
  <StrictMode>
    <ViewerStoreProvider store={store}>
      <LanguageKeyed>
        <App
          modelUrl={`${base}models/hip.glb`}
          posterUrl={`${base}poster.jpg`}
          chrome={chrome}
          embedded
          controls={controlsParam === '1'}
          planTab={false}
        />
      </LanguageKeyed>
    </ViewerStoreProvider>
  </StrictMode>,
);
