import { type KeyboardEvent, useRef, useState } from 'react';
import { type BilateralSide, LAYERS, type LayerId, STRUCTURES } from '../domain/anatomy';
import { messages } from '../domain/messages';
import { isolateLayer, MAX_PEEL, resetLayers, type Visibility } from '../domain/view-state';
import { useViewer } from '../state';
import { type GridCell, moveInGrid } from './roving-grid';

type Scope = BilateralSide | 'both';
const t = messages.layers;

const VISIBILITY_BUTTONS: readonly { value: Visibility; label: string }[] = [
  { value: 'shown', label: t.show },
  { value: 'ghosted', label: t.ghost },
  { value: 'hidden', label: t.hide },
];

export function stateWord(visibility: Visibility | 'mixed'): string {
  switch (visibility) {
    case 'shown':
      return t.stateShown;
    case 'ghosted':
      return t.stateGhosted;
    case 'hidden':
      return t.stateHidden;
    default:
      return t.stateMixed;
  }
}

function scopeWord(scope: Scope): string {
  return scope === 'both' ? t.scopeBoth : scope === 'left' ? t.scopeLeft : t.scopeRight;
}

/** Show, see-through, hide or isolate each layer on one side or both; peel; reset. */
export function LayersPanel() {
  const [scope, setScope] = useState<Scope>('both');
  const layers = useViewer((s) => s.view.layers);
  const peel = useViewer((s) => s.view.peel);
  const setLayerVisibility = useViewer((s) => s.setLayerVisibility);
  const setPeel = useViewer((s) => s.setPeel);
  const labels = useViewer((s) => s.view.labels);
  const setLabels = useViewer((s) => s.setLabels);
  const updateView = useViewer((s) => s.updateView);
  const announce = useViewer((s) => s.announce);
  // All layer buttons are one tab stop; arrow keys move inside (rows: layers, columns: actions).
  const [focusCell, setFocusCell] = useState<GridCell>({ row: 0, column: 0 });
  const gridRef = useRef<HTMLDivElement>(null);
  const columns = VISIBILITY_BUTTONS.length + 1;
  const cellProps = (row: number, column: number) => ({
    'data-row': row,
    'data-column': column,
    tabIndex: focusCell.row === row && focusCell.column === column ? 0 : -1,
    onFocus: () => setFocusCell({ row, column }),
  });
  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = moveInGrid(focusCell, event.key, LAYERS.length, columns);
    if (!next) return;
    event.preventDefault();
    setFocusCell(next);
    gridRef.current
      ?.querySelector<HTMLButtonElement>(
        `button[data-row="${next.row}"][data-column="${next.column}"]`,
      )
      ?.focus();
  };

  const current = (layer: LayerId): Visibility | 'mixed' => {
    const { left, right } = layers[layer];
    if (scope !== 'both') return layers[layer][scope];
    return left === right ? left : 'mixed';
  };

  return (
    <section className="panel layers-panel" aria-labelledby="layers-title">
      <h2 id="layers-title">{t.panelTitle}</h2>
      <fieldset className="scope">
        <legend>{t.scope}</legend>
        {(['both', 'left', 'right'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="layer-scope"
              value={value}
              checked={scope === value}
              onChange={() => setScope(value)}
            />
            {scopeWord(value)}
          </label>
        ))}
      </fieldset>
      <div
        ref={gridRef}
        role="toolbar"
        aria-label={messages.app.layerButtons}
        className="layer-toolbar"
        onKeyDown={onGridKeyDown}
      >
        <ul className="layer-list">
          {LAYERS.map((layer, row) => {
            const state = current(layer.id);
            return (
              <li key={layer.id} className="layer-row" data-layer={layer.id}>
                <fieldset className="segmented">
                  <legend className="layer-name">{messages.view.layerNames[layer.id]}</legend>
                  {VISIBILITY_BUTTONS.map((button, column) => (
                    <button
                      key={button.value}
                      {...cellProps(row, column)}
                      type="button"
                      data-visibility={button.value}
                      aria-pressed={state === button.value}
                      onClick={() => {
                        setLayerVisibility(layer.id, scope, button.value);
                        announce(
                          t.announceLayer(
                            messages.view.layerNames[layer.id],
                            stateWord(button.value),
                            scopeWord(scope),
                          ),
                        );
                      }}
                    >
                      {button.label}
                    </button>
                  ))}
                  <button
                    {...cellProps(row, VISIBILITY_BUTTONS.length)}
                    type="button"
                    data-action="isolate"
                    aria-label={t.isolateLabel(messages.view.layerNames[layer.id])}
                    onClick={() => {
                      updateView((view) => isolateLayer(view, layer.id, scope));
                      announce(t.announceIsolate(messages.view.layerNames[layer.id]));
                    }}
                  >
                    {t.isolate}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ul>
      </div>
      <label className="peel">
        <span>{t.peel}</span>
        <input
          type="range"
          min={0}
          max={MAX_PEEL}
          step={1}
          value={peel}
          aria-valuetext={t.peelLevels[peel]}
          onChange={(event) => {
            const level = Number(event.target.value);
            setPeel(level);
            announce(t.announcePeel(t.peelLevels[level] ?? ''));
          }}
        />
        <output>{t.peelLevels[peel]}</output>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={labels}
          onChange={(event) => setLabels(event.target.checked)}
        />
        {t.labels}
      </label>
      <PinnedLabelList />
      <button
        type="button"
        data-action="reset-layers"
        onClick={() => {
          updateView(resetLayers);
          announce(t.announceReset);
        }}
      >
        {t.reset}
      </button>
    </section>
  );
}

/** The pinned labels, each with a button that removes it (also reachable from a structure's card). */
function PinnedLabelList() {
  const pins = useViewer((s) => s.view.pinnedLabels);
  const setLabelPinned = useViewer((s) => s.setLabelPinned);
  const announce = useViewer((s) => s.announce);
  if (pins.length === 0) return null;
  return (
    <div className="pinned-labels" data-testid="pinned-labels">
      <h3>{t.pinnedLabelsTitle}</h3>
      <ul>
        {pins.map((key) => {
          const structure = STRUCTURES.find((s) => `${s.id}:${s.side}` === key);
          const name = structure
            ? messages.view.structureOnSide(structure.label, structure.side)
            : key;
          return (
            <li key={key}>
              <span>{name}</span>
              <button
                type="button"
                className="icon-button"
                data-unpin={key}
                aria-label={t.unpinLabel(name)}
                onClick={() => {
                  setLabelPinned(key, false);
                  announce(t.announceUnpinned(name));
                }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
