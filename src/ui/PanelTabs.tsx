import { type KeyboardEvent, type ReactNode, Suspense, useRef, useState } from 'react';

export interface PanelTab {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * WAI-ARIA tabs: arrow keys move between tabs, the panel below shows the chosen one.
 * `beforePanels` (an open card) sits between the strip and the panels, so a long card never
 * pushes the tabs off screen.
 */
export function PanelTabs({
  tabs,
  label,
  beforePanels,
}: {
  tabs: readonly PanelTab[];
  label: string;
  beforePanels?: ReactNode;
}) {
  const [chosen, setActive] = useState(tabs[0]?.id ?? '');
  // A tab that is no longer offered (patient mode hides some) falls back to the first.
  const active = tabs.some((tab) => tab.id === chosen) ? chosen : (tabs[0]?.id ?? '');
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === active);
    const next =
      event.key === 'ArrowRight'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setActive(next.id);
    refs.current.get(next.id)?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) refs.current.set(tab.id, element);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {beforePanels}
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`tabpanel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={active !== tab.id}
        >
          {active === tab.id ? <Suspense fallback={null}>{tab.content}</Suspense> : null}
        </div>
      ))}
    </div>
  );
}
