/** localStorage that never throws (private mode, sandboxed iframes, full quota). */
export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembering a preference is acceptable; breaking the page is not.
  }
}
