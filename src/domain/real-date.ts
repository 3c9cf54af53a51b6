/** Date.parse accepts 2024-02-30 (as 1 March); a calendar date must exist as written. */
export function isRealDate(text: string): boolean {
  if (Number.isNaN(Date.parse(text))) return false;
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
