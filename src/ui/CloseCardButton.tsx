/** The × that closes a card, named for screen readers by the card's own wording. */
export function CloseCardButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={onClose}>
      ×
    </button>
  );
}
