import { describe, expect, it } from 'vitest';
import { PASS_THROUGH_PARAMS, VIEW_STATE_PARAMS } from '../domain/view-state';
import { EMBED_ONLY_PARAMS, embedPageUrl, VIEW_PARAMS } from './embed-params';

describe('embed parameters', () => {
  it('lists exactly the view parameters the URL parser reads (a copy kept out of the domain)', () => {
    expect([...VIEW_PARAMS].sort()).toEqual([...VIEW_STATE_PARAMS].sort());
  });

  it('every embed-only parameter is passed through by the URL parser', () => {
    for (const param of [...EMBED_ONLY_PARAMS, 'origins']) {
      expect(PASS_THROUGH_PARAMS.has(param), param).toBe(true);
    }
  });

  it('forwards the attributes that are set, and the host page as the only allowed origin', () => {
    const attributes: Record<string, string> = {
      sel: 'gluteus-medius:left',
      ui: 'none',
      quiz: '42',
      story: 'eyJpZCI6ImEifQ',
      id: 'a',
    };
    const url = new URL(
      embedPageUrl(
        new URL('https://cdn.example/hip/embed.html'),
        (name) => attributes[name] ?? null,
        'https://school.example',
      ),
    );
    expect(url.origin + url.pathname).toBe('https://cdn.example/hip/embed.html');
    expect([...url.searchParams]).toEqual([
      ['sel', 'gluteus-medius:left'],
      ['ui', 'none'],
      ['quiz', '42'],
      ['story', 'eyJpZCI6ImEifQ'],
      ['origins', 'https://school.example'],
    ]);
  });
});
