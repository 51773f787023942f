import { Fragment, type ReactNode, useEffect } from 'react';
import { useViewer } from '../state';

/** Renders its children afresh when the language changes (embed `setLanguage`). */
export function LanguageKeyed({ children }: { children: ReactNode }) {
  const language = useViewer((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <Fragment key={language}>{children}</Fragment>;
}
