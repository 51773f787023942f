import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseViewParams } from '../domain/view-state';
import { createViewerStore, ViewerStoreProvider } from '../state';
import { App } from './App';
import { registerServiceWorker } from './register-service-worker';
import { syncViewToUrl } from './url-sync';
import './styles.css';

const search = window.location.search;
const params = new URLSearchParams(search);
const { state, notices } = parseViewParams(search);
const store = createViewerStore(state);
store.getState().setNotices(notices);
// A session plan link (`plan=`) opens in patient mode on its first point; a bad one explains
// why. Its code (and a story's) loads only for links that carry one.
if (params.has('plan')) {
  void import('../domain/session-plan').then(({ openSessionPlan }) => {
    const plan = openSessionPlan(search, store.getState().view);
    store.getState().applyView(plan.view);
    if (plan.plan) store.getState().setSessionPlan(plan.plan);
    store.getState().setPlanNotices([...plan.notices]);
  });
}
if (params.has('story')) {
  void import('./story-from-link').then(({ startStoryFromLink }) => {
    const problems = startStoryFromLink(store, search);
    if (problems.length > 0)
      store.getState().setNotices([...store.getState().notices, ...problems]);
  });
}
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
