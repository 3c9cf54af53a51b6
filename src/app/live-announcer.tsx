/**
 * A polite live region that stays in the page while its text changes (a
 * region inserted with its text already in it is often not read): screen
 * readers hear results of filtering and searching, and feed notices.
 */
export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <div
      className="live-announcer visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      {message}
    </div>
  );
}
