import type { HandoutContent } from '../../domain/session-plan';
import { Handout } from '../Handout';
import { usePrintHandout } from './usePrintHandout';

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
  const { image, imageRef, print } = usePrintHandout();
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
