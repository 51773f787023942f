import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { HandoutContent } from '../../domain/session-plan';
import { useViewerStoreApi } from '../../state';
import { Handout } from '../Handout';

/** One button that prints the handout (with a picture of the 3D view when it is open). */
export function PlanPrintButton({
  handout,
  printedOn,
  label,
  link,
}: {
  handout: HandoutContent;
  printedOn: string;
  label: string;
  link: string | null;
}) {
  const store = useViewerStoreApi();
  const [image, setImage] = useState<string | null>(null);
  const imageRef = useRef<HTMLImageElement>(null);
  const print = async () => {
    const capture = store.getState().capture;
    flushSync(() => setImage(capture ? capture() : null));
    await imageRef.current?.decode().catch(() => undefined);
    window.print();
  };
  return (
    <>
      <button type="button" onClick={() => void print()}>
        {label}
      </button>
      <Handout
        content={handout}
        image={image}
        imageRef={imageRef}
        printedOn={printedOn}
        link={link}
      />
    </>
  );
}
