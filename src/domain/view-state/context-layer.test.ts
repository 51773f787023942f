import { describe, expect, it } from 'vitest';
import { contextLayerWanted, contextModelUrl } from './context-layer';
import { defaultViewState } from './view-state';

describe('context layer', () => {
  it('is not wanted in the default view, so its file is not fetched at start', () => {
    expect(contextLayerWanted(defaultViewState())).toBe(false);
  });

  it('starts with the vessels and organs hidden too (the nerves at risk stay with the nerves)', () => {
    expect(defaultViewState().layers['vessels-organs']).toEqual({
      left: 'hidden',
      right: 'hidden',
    });
    expect(defaultViewState().layers.nerves).toEqual({ left: 'shown', right: 'shown' });
  });

  it('is wanted once the layer is shown or ghosted on either side', () => {
    const view = defaultViewState();
    view.layers.context = { left: 'hidden', right: 'ghosted' };
    expect(contextLayerWanted(view)).toBe(true);
  });

  it('is wanted when one context muscle is shown over a hidden layer', () => {
    const view = defaultViewState();
    view.structures['vastus-lateralis:left'] = 'shown';
    expect(contextLayerWanted(view)).toBe(true);
  });

  it('finds the context file only beside the built-in model', () => {
    expect(contextModelUrl('/models/hip.glb')).toBe('/models/hip-context.glb');
    expect(contextModelUrl('./models/hip.glb')).toBe('./models/hip-context.glb');
    expect(contextModelUrl('hip.glb')).toBe('hip-context.glb');
    expect(contextModelUrl('https://example.org/my-hip.glb')).toBeNull();
    expect(contextModelUrl('blob:http://127.0.0.1/abc')).toBeNull();
  });
});
