import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import {
  isContextMuscleId,
  isLandmarkId,
  LANDMARKS,
  STRUCTURES,
  type StructureKey,
} from '../domain/anatomy';
import { messages } from '../domain/messages';
import type { SearchIndex, SearchResult } from '../domain/search';
import { contextLayerWanted, preferredSide } from '../domain/view-state';
import { useViewer } from '../state';

const s = messages.anatomy.search;

export interface SearchBoxHandle {
  focus(): void;
}

/**
 * Find muscles, bones, nerves, landmarks and motor points by English, Latin or everyday name,
 * tolerant of typos; Enter selects the best match and frames it. A WAI-ARIA combobox.
 */
export const SearchBox = forwardRef<SearchBoxHandle>(function SearchBox(_props, ref) {
  // The index (and the anatomy, motor point and acupuncture data it reads) loads on first use.
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const loadIndex = () => {
    if (index) return;
    void import('../domain/search').then((search) =>
      setIndex(
        search.createSearchIndex([
          ...search.anatomySearchEntries(),
          ...search.motorPointSearchEntries(),
          ...search.acupunctureSearchEntries(),
        ]),
      ),
    );
  };
  const [query, setQuery] = useState('');
  // -1: no option highlighted until the first ArrowDown (which lands on the first result);
  // Enter with none highlighted opens the best match.
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => inputRef.current?.focus() }), []);
  // During a quiz round the motor points are its answers: search leaves them out.
  const answersHidden = useViewer((state) => state.quizRoundRunning);
  const allResults = useMemo(
    () => (index && query.trim() ? index.search(query) : []),
    [index, query],
  );
  const results = answersHidden
    ? allResults.filter((r) => r.entry.kind !== 'motor-point')
    : allResults;
  const pointsLeftOut = results.length < allResults.length;
  const camera = useViewer((state) => state.view.camera);
  const focusStructure = useViewer((state) => state.focusStructure);
  const selectPoint = useViewer((state) => state.selectPoint);
  const setAcupuncture = useViewer((state) => state.setAcupuncture);
  const requestFrame = useViewer((state) => state.requestFrame);
  const announce = useViewer((state) => state.announce);
  const setLayerVisibility = useViewer((state) => state.setLayerVisibility);
  const contextHidden = useViewer((state) => !contextLayerWanted(state.view));
  // A context muscle found by name is shown (see-through), which also fetches that layer.
  const revealContextLayer = (id: string) => {
    if (contextHidden && isContextMuscleId(id)) setLayerVisibility('context', 'both', 'shown');
  };

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    const { entry } = result;
    const side = entry.side && entry.side !== 'midline' ? entry.side : preferredSide(camera);
    switch (entry.kind) {
      case 'muscle':
      case 'tendon':
      case 'bone':
      case 'nerve': {
        const sides = STRUCTURES.filter((st) => st.id === entry.targetId).map((st) => st.side);
        if (sides.length === 0) {
          announce(messages.anatomy.notInModel);
          break;
        }
        const chosen = sides.includes(side) ? side : sides[0]!;
        revealContextLayer(entry.targetId);
        focusStructure(`${entry.targetId}:${chosen}` as StructureKey);
        break;
      }
      case 'motor-point':
        selectPoint(`${entry.targetId}:${side}`, { frame: true });
        break;
      case 'acupuncture-point':
        setAcupuncture(true);
        requestFrame({ kind: 'point', id: `acu:${entry.targetId}:${side}` });
        break;
      case 'landmark':
        if (isLandmarkId(entry.targetId)) {
          const bilateral = LANDMARKS.find((l) => l.id === entry.targetId)?.bilateral ?? false;
          requestFrame({
            kind: 'point',
            id: `landmark:${entry.targetId}:${bilateral ? side : 'midline'}`,
          });
        }
        break;
    }
    announce(messages.layers.announceSelect(entry.title));
    setOpen(false);
  };

  const enterWhileLoading = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the index arrives
  useEffect(() => {
    if (!index || !enterWhileLoading.current) return;
    enterWhileLoading.current = false;
    choose(results[0]);
  }, [index]);

  const listId = 'search-results';
  return (
    <search className="search" aria-label={s.label}>
      <label htmlFor="search-input" className="visually-hidden">
        {s.label}
      </label>
      <input
        ref={inputRef}
        id="search-input"
        type="search"
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `search-option-${active}` : undefined}
        aria-describedby="search-help"
        placeholder={s.placeholder}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => {
          loadIndex();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(results.length - 1, i + 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(-1, i - 1));
          else if (event.key === 'Enter') {
            // Typed faster than the index loaded: choose the best match once it is there.
            if (!index) enterWhileLoading.current = true;
            else choose(results[Math.max(active, 0)]);
          } else if (event.key === 'Escape') {
            if (query) setQuery('');
            else inputRef.current?.blur();
          } else return;
          event.preventDefault();
        }}
      />
      <p id="search-help" className="visually-hidden">
        {s.help}
      </p>
      {open && query.trim() !== '' && (
        <div className="search-results">
          {/* Only the note when every match was a motor point hidden by the quiz. */}
          {(results.length > 0 || !pointsLeftOut) && (
            <div id={listId} role="listbox" aria-label={s.label}>
              {results.length === 0 ? (
                <p className="muted">
                  {index ? s.noResults(query.trim()) : messages.app.searchLoading}
                </p>
              ) : (
                results.map((result, i) => (
                  <div
                    key={result.entry.key}
                    tabIndex={-1}
                    id={`search-option-${i}`}
                    role="option"
                    aria-selected={i === active}
                    data-kind={result.entry.kind}
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(result);
                    }}
                  >
                    <span className="result-title">{result.entry.title}</span>
                    <span className="result-kind">{messages.anatomy.kinds[result.entry.kind]}</span>
                  </div>
                ))
              )}
            </div>
          )}
          {pointsLeftOut && (
            <p className="muted small" data-testid="answers-hidden">
              {messages.learning.quiz.searchAnswersHidden}
            </p>
          )}
        </div>
      )}
    </search>
  );
});
