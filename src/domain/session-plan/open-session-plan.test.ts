import { describe, expect, it } from 'vitest';
import { parseViewParams } from '../view-state';
import { encodeSessionPlan, sessionPlanLink } from './encode-session-plan';
import { openSessionPlan } from './open-session-plan';
import type { SessionPlan } from './session-plan';

const PLAN: SessionPlan = {
  points: ['gluteus-medius-posterior:right', 'piriformis-nerve-entry:left'],
  note: 'Bridges, 3 × 10.',
};

function open(search: string) {
  return openSessionPlan(search, parseViewParams(search).state);
}

describe('openSessionPlan', () => {
  it('a link without a plan changes nothing', () => {
    const view = parseViewParams('cam=posterior').state;
    expect(openSessionPlan('?cam=posterior', view)).toEqual({ view, plan: null, notices: [] });
  });

  it('a built plan link opens in patient mode with the first point, and restores the plan', () => {
    const link = new URL(sessionPlanLink('https://example.org/', PLAN));
    const opened = openSessionPlan(link.search, parseViewParams(link.search).state, link.hash);
    expect(opened.plan).toEqual(PLAN);
    expect(opened.view.mode).toBe('patient');
    expect(opened.view.point).toBe('gluteus-medius-posterior:right');
    expect(opened.notices).toEqual([]);
  });

  it('a bare plan= still opens in patient mode with the first point', () => {
    const opened = open(`?plan=${encodeSessionPlan(PLAN)}`);
    expect(opened.view.mode).toBe('patient');
    expect(opened.view.point).toBe('gluteus-medius-posterior:right');
  });

  it('the link’s own mode and point win', () => {
    const opened = open(
      `?mode=explore&point=piriformis-nerve-entry:left&plan=${encodeSessionPlan(PLAN)}`,
    );
    expect(opened.view.mode).toBe('explore');
    expect(opened.view.point).toBe('piriformis-nerve-entry:left');
  });

  it('an unreadable plan keeps the view and explains the problem', () => {
    const search = '?cam=posterior&plan=1.%%%';
    const view = parseViewParams(search).state;
    const opened = openSessionPlan(search, view);
    expect(opened.plan).toBeNull();
    expect(opened.view).toBe(view);
    expect(opened.notices).toHaveLength(1);
    expect(opened.notices[0]).toMatch(/^session plan: /);
  });

  it('points this version does not know are left out with a notice', () => {
    const text = Buffer.from(JSON.stringify(['gmed-posterior.l,gmed-nowhere.r', 'x'])).toString(
      'base64url',
    );
    const opened = open(`?plan=1.${text}`);
    expect(opened.plan?.points).toEqual(['gluteus-medius-posterior:left']);
    expect(opened.notices[0]).toMatch(/gmed-nowhere\.r/);
  });
});
