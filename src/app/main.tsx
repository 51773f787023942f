import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openSessionPlan } from '../domain/session-plan';
import { parseViewParams } from '../domain/view-state';
import { createViewerStore, ViewerStoreProvider } from '../state';
import { App } from './App';
import { registerServiceWorker } from './register-service-worker';
import { startStoryFromLink } from './story-from-link';
import { syncViewToUrl } from './url-sync';
import './styles.css';

const { state, notices } = parseViewParams(window.location.search);
// A session plan link (`plan=`) opens in patient mode on its first point; a bad one explains why.
const plan = openSessionPlan(window.location.search, state);
const store = createViewerStore(plan.view);
if (plan.plan) store.getState().setSessionPlan(plan.plan);
store.getState().setPlanNotices([...plan.notices]);
store.getState().setNotices([...notices, ...startStoryFromLink(store, window.location.search)]);
syncViewToUrl(store);
registerServiceWorker(store);

const base = import.meta.env.BASE_URL;
const uiParam = new URLSearchParams(window.location.search).get('ui');
const chrome = uiParam === 'none' || uiParam === 'minimal' ? uiParam : 'full';
const root = document.getElementById('root');
if (!root) throw new Error('app: the page has no #root element to mount the viewer in.');
createRoot(root).render(
  <StrictMode>
    <ViewerStoreProvider store={store}>
      <App modelUrl={`${base}models/hip.glb`} posterUrl={`${base}poster.jpg`} chrome={chrome} />
    </ViewerStoreProvider>
  </StrictMode>,
);
