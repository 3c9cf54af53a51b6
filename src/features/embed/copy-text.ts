/**
 * Copy text with the Clipboard API; where that is missing or refused
 * (insecure origin, permissions), select the text so the reader can press
 * Ctrl+C. Resolves to what happened, for the status message.
 */
export async function copyText(
  text: string,
  field: HTMLTextAreaElement,
): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field.focus();
    field.select();
    return 'selected';
  }
}
