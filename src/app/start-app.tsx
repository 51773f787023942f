/**
 * The app proper, loaded by the entry (`main.ts`): at once on wide screens, after the frame has painted on phones;
 * reads the link into a store, opens plan and story links, and replaces the frame with `App`.
 */
// First, a side-effect import (never reordered): the language is chosen before any module reads a message.
import './language-from-link';
import { StrictMode, startTransition } from 'react';
import { messages } from '../domain/messages';
import { parseViewParams } from '../domain/view-state';
import { createViewerStore, markStage, ViewerStoreProvider } from '../state';
import { App } from './App';
import { appRoot } from './app-root';
import { framedByAnotherOrigin } from './frame-guard';
import { invalidLanguageParam } from './language-from-link';
import { linkPartFailed, openStoryLink } from './link-parts';
import { registerServiceWorker } from './register-service-worker';
import { syncViewToUrl } from './url-sync';

export interface StartOptions {
  /** Whether "Show the 3D model" was pressed on the frame (then the app opens with 3D). */
  load3dRequested: () => boolean;
}

/** Reads the link, builds the store and renders the app into `element`, which shows the frame. */
export function startApp(element: HTMLElement, { load3dRequested }: StartOptions): void {
  markStage('app-start');
  const root = appRoot(element);
  const search = window.location.search;
  const params = new URLSearchParams(search);
  const { state, notices } = parseViewParams(search);
  const store = createViewerStore(state);
  store
    .getState()
    .setNotices(
      invalidLanguageParam === null
        ? notices
        : [...notices, { param: 'lang', value: invalidLanguageParam, problem: 'malformed-value' }],
    );
  const hash = window.location.hash;
  // A session plan link (`#plan=`, or `?plan=` in links made before) opens in patient mode on
  // its first point; a bad one explains why. Its code (and a story's) loads only for links that
  // carry one.
  const planInFragment = (fragment: string) => new URLSearchParams(fragment.slice(1)).get('plan');
  function openPlanLink(linkSearch: string, linkHash: string, movePlan: boolean) {
    void import('../domain/session-plan').then(
      ({ movePlanToFragment, openSessionPlan }) => {
        const plan = openSessionPlan(linkSearch, store.getState().view, linkHash);
        store.getState().applyView(plan.view);
        if (plan.plan) store.getState().setSessionPlan(plan.plan, { fromLink: true });
        store.getState().setPlanNotices([...plan.notices]);
        if (!movePlan) return;
        // An old link's plan leaves the query (server logs, Referer) for the fragment.
        // (The address bar may have been rewritten meanwhile: start from the link as opened.)
        const query = new URLSearchParams(window.location.search);
        const oldPlan = params.get('plan');
        if (oldPlan !== null) query.set('plan', oldPlan);
        const moved = movePlanToFragment(`?${query}`, window.location.hash);
        if (moved) {
          const url = `${window.location.pathname}${moved.search}${moved.hash}`;
          window.history.replaceState(window.history.state, '', url);
        }
      },
      linkPartFailed(store, 'plan'),
    );
  }
  if (params.has('plan') || planInFragment(hash) !== null) openPlanLink(search, hash, true);
  // Another plan link opened in this tab changes only the fragment (no reload): open it the same
  // way, so it never silently replaces the plan saved in this browser either.
  let lastLinkPlan = planInFragment(hash);
  window.addEventListener('hashchange', () => {
    const linkPlan = planInFragment(window.location.hash);
    if (linkPlan === null || linkPlan === lastLinkPlan) return;
    lastLinkPlan = linkPlan;
    openPlanLink(window.location.search, window.location.hash, false);
  });
  openStoryLink(store, search);
  const base = import.meta.env.BASE_URL;
  const uiParam = new URLSearchParams(window.location.search).get('ui');
  const chrome = uiParam === 'none' || uiParam === 'minimal' ? uiParam : 'full';
  if (framedByAnotherOrigin()) {
    // Clickjacking guard: no plan, no controls inside another origin's frame.
    root.render(<FramedNotice />);
  } else {
    syncViewToUrl(store);
    registerServiceWorker(store);
    // A transition: React renders the app in slices that leave the page responsive (no long
    // task), and the frame stays on screen until the app is ready to replace it at once.
    startTransition(() => {
      root.render(
        <StrictMode>
          <ViewerStoreProvider store={store}>
            <App
              modelUrl={`${base}models/hip.glb`}
              posterUrl={`${base}poster.jpg`}
              chrome={chrome}
              load3dRequested={load3dRequested}
            />
          </ViewerStoreProvider>
        </StrictMode>,
      );
    });
  }
}

function FramedNotice() {
  return (
    <main className="framed-notice">
      <h1>{messages.app.framedTitle}</h1>
      <p>{messages.app.framedBody}</p>
      <p>
        <a href={window.location.href} target="_blank" rel="noopener noreferrer">
          {messages.app.framedOpen}
        </a>
      </p>
    </main>
  );
}
