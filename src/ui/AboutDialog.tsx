import { useRef } from 'react';
import { messages } from '../domain/messages';

const t = messages.about;

/** What the app is and is not, and the sources of its model, points and mechanics. */
export function AboutDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className="link-button"
        data-action="about"
        onClick={() => dialog.current?.showModal()}
      >
        {t.open}
      </button>
      <dialog ref={dialog} className="about" aria-labelledby="about-title">
        <h2 id="about-title">{t.title}</h2>
        <p>{t.intro}</p>
        <p className="notice-inline">{t.notDiagnostic}</p>
        {t.sections.map((section) => (
          <section key={section.heading}>
            <h3>{section.heading}</h3>
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
        <section data-testid="about-translation">
          <h3>{t.translation.heading}</h3>
          <p>{t.translation.text}</p>
        </section>
        <form method="dialog">
          <button type="submit">{t.close}</button>
        </form>
      </dialog>
    </>
  );
}
