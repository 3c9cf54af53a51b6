/** The × that closes a panel over the map (station details, article); its name says what closes. */
export function CloseButton({ label, onClose }: { label: string; onClose: () => void }) {
  return (
    <button type="button" className="icon-button" onClick={onClose} aria-label={label}>
      ×
    </button>
  );
}
