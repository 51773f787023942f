import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useViewerStoreApi } from '../../state';

/**
 * Printing the handout: a picture of the 3D view (when it is open) is put into the handout and
 * decoded before the browser's print dialog opens, so the printed page has it.
 */
export function usePrintHandout() {
  const store = useViewerStoreApi();
  const [image, setImage] = useState<string | null>(null);
  const imageRef = useRef<HTMLImageElement>(null);
  /** True while `print` runs, so a `beforeprint` handler knows the picture is already taken. */
  const printing = useRef(false);
  const print = async () => {
    const capture = store.getState().capture;
    printing.current = true;
    flushSync(() => setImage(capture ? capture() : null));
    await imageRef.current?.decode().catch(() => undefined);
    window.print();
    printing.current = false;
  };
  return { image, setImage, imageRef, printing, print };
}
