import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { messages } from '../../domain/messages';
import { type HandoutContent, snapshotFileName } from '../../domain/session-plan';
import { useViewer, useViewerStoreApi } from '../../state';
import { Handout } from '../Handout';
import { usePrintHandout } from './usePrintHandout';

const t = messages.clinician.plan;
const l = messages.learning.plan;
/** Saved pictures get the viewer's background instead of a transparent one. */
const SNAPSHOT_BACKGROUND = '#f4f1ec';

/** A PNG data URL drawn over an opaque background. */
async function opaquePng(dataUrl: string, background: string): Promise<string> {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  if (!context) return dataUrl;
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0);
  return canvas.toDataURL('image/png');
}

/** Print the one-page handout (with a picture of the view) and save the view as a PNG. */
export function PlanHandoutActions({
  handout,
  printedOn,
  link = null,
}: {
  handout: HandoutContent;
  printedOn: string;
  /** The plan's link, printed with a QR code. */
  link?: string | null;
}) {
  const store = useViewerStoreApi();
  const announce = useViewer((s) => s.announce);
  const { image, setImage, imageRef, printing, print } = usePrintHandout();

  // Printing from the browser's menu: take the picture of the view just before.
  useEffect(() => {
    const onBeforePrint = () => {
      if (printing.current) return;
      const capture = store.getState().capture;
      if (capture) flushSync(() => setImage(capture()));
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [store, setImage, printing]);

  const saveSnapshot = async () => {
    const capture = store.getState().capture;
    if (!capture) {
      announce(t.noCapture);
      return;
    }
    const anchor = document.createElement('a');
    anchor.href = await opaquePng(capture(), SNAPSHOT_BACKGROUND);
    anchor.download = snapshotFileName(new Date());
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    announce(t.snapshotSaved);
  };

  return (
    <>
      <h3>{t.handoutHeading}</h3>
      <p className="hint">{t.printHint}</p>
      <div className="actions">
        <button type="button" data-action="print-handout" onClick={print}>
          {l.print}
        </button>
        <button type="button" data-action="save-snapshot" onClick={saveSnapshot}>
          {l.snapshot}
        </button>
      </div>
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
