import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { type LayerId, structureKey } from '../domain/anatomy';
import { messages } from '../domain/messages';
import {
  effectiveVisibility,
  isolateLayer,
  isolateStructure,
  layerVisibility,
  moveTreeFocus,
  nextVisibility,
  type TreeKey,
  type TreeRow,
  type ViewState,
  visibleTreeRows,
} from '../domain/view-state';
import { useViewer, useViewerAfterFrame, useViewerStoreApi } from '../state';
import { stateWord } from './LayersPanel';

const t = messages.layers;

/**
 * The opened card sits at the top of the panel, above the tree item that opened it: move focus
 * to its title so focus stays on screen and the card is read. The card loads lazily, so wait
 * a few frames for it.
 */
function focusCardTitle(framesLeft = 60) {
  requestAnimationFrame(() => {
    const title = document.getElementById('card-title');
    if (!title) {
      if (framesLeft > 0) focusCardTitle(framesLeft - 1);
      return;
    }
    title.setAttribute('tabindex', '-1');
    title.focus();
    title.scrollIntoView({ block: 'nearest' });
  });
}

/**
 * Every structure in a keyboard-operable tree that mirrors and controls the 3D view:
 * arrows move, Enter selects (and frames), Space cycles shown / see-through / hidden, I isolates.
 */
export function StructureTree() {
  // After the frame that shows a change: the whole tree is slower to render than the frame.
  const view = useViewerAfterFrame((s) => s.view);
  const store = useViewerStoreApi();
  const focusStructure = useViewer((s) => s.focusStructure);
  const setLayerVisibility = useViewer((s) => s.setLayerVisibility);
  const setStructureVisibility = useViewer((s) => s.setStructureVisibility);
  const updateView = useViewer((s) => s.updateView);
  const announce = useViewer((s) => s.announce);
  const [expanded, setExpanded] = useState<ReadonlySet<LayerId>>(() => new Set());
  const [focused, setFocused] = useState<TreeKey>('layer:skin');
  const itemRefs = useRef(new Map<TreeKey, HTMLDivElement>());
  const rows = useMemo(() => visibleTreeRows(expanded), [expanded]);

  const visibilityOf = (row: TreeRow, of: ViewState = view) =>
    row.kind === 'layer'
      ? layerVisibility(of, row.layer, 'left') === layerVisibility(of, row.layer, 'right')
        ? layerVisibility(of, row.layer, 'left')
        : 'mixed'
      : effectiveVisibility(of, row.structure);

  const moveFocus = (key: TreeKey | null) => {
    if (!key) return;
    setFocused(key);
    itemRefs.current.get(key)?.focus();
  };

  const toggleExpanded = (layer: LayerId, open?: boolean) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      const shouldOpen = open ?? !next.has(layer);
      if (shouldOpen) next.add(layer);
      else next.delete(layer);
      return next;
    });
  };

  const activate = (row: TreeRow) => {
    if (row.kind === 'layer') toggleExpanded(row.layer);
    else {
      focusStructure(row.key);
      announce(t.announceSelect(row.label));
    }
  };

  const cycle = (row: TreeRow) => {
    // From the store, not the tree as drawn: a second Space before the next frame goes on.
    const current = visibilityOf(row, store.getState().view);
    const next = nextVisibility(current === 'mixed' ? 'hidden' : current);
    if (row.kind === 'layer') setLayerVisibility(row.layer, 'both', next);
    else setStructureVisibility(structureKey(row.structure.id, row.structure.side), next);
    announce(t.announceStructure(row.label, stateWord(next)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows.find((r) => r.key === focused);
    if (!row) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
      case 'Home':
      case 'End':
        moveFocus(moveTreeFocus(rows, focused, event.key));
        break;
      case 'ArrowRight':
        if (row.kind === 'layer') {
          if (!expanded.has(row.layer)) toggleExpanded(row.layer, true);
          else moveFocus(moveTreeFocus(rows, focused, 'ArrowDown'));
        }
        break;
      case 'ArrowLeft':
        if (row.kind === 'layer' && expanded.has(row.layer)) toggleExpanded(row.layer, false);
        else moveFocus(moveTreeFocus(rows, focused, 'ArrowLeft'));
        break;
      case 'Enter':
        activate(row);
        if (row.kind !== 'layer') focusCardTitle();
        break;
      case ' ':
        cycle(row);
        break;
      case 'i':
      case 'I':
        updateView((v) =>
          row.kind === 'layer' ? isolateLayer(v, row.layer, 'both') : isolateStructure(v, row.key),
        );
        announce(t.announceIsolate(row.label));
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <section className="panel structure-tree" aria-labelledby="tree-title">
      <h2 id="tree-title">{t.treeTitle}</h2>
      <p className="hint" id="tree-help">
        {t.treeHelp}
      </p>
      <div
        role="tree"
        aria-labelledby="tree-title"
        aria-describedby="tree-help"
        onKeyDown={onKeyDown}
      >
        {rows.map((row) => {
          const visibility = visibilityOf(row);
          const isLayer = row.kind === 'layer';
          return (
            <div
              key={row.key}
              ref={(element) => {
                if (element) itemRefs.current.set(row.key, element);
                else itemRefs.current.delete(row.key);
              }}
              role="treeitem"
              aria-level={row.level}
              aria-expanded={isLayer ? expanded.has(row.layer) : undefined}
              aria-selected={!isLayer && view.selection === row.key}
              tabIndex={focused === row.key ? 0 : -1}
              data-key={row.key}
              data-visibility={visibility}
              className={`tree-row level-${row.level}`}
              onClick={() => {
                setFocused(row.key);
                activate(row);
              }}
              onKeyDown={() => undefined}
            >
              <span className="tree-label">{row.label}</span>
              <span className={`tree-state state-${visibility}`}>{stateWord(visibility)}</span>
            </div>
          );
        })}
      </div>
    </section>
  );
}
