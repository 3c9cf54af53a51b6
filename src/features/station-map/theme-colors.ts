/**
 * The theme's colours for canvas drawing. Custom properties hold unresolved
 * `light-dark(…)` text, which canvas cannot parse, so a hidden probe element
 * lets the browser resolve each one to the colour in force.
 */
export function resolveThemeColors<Key extends string>(
  container: HTMLElement,
  variables: Readonly<Record<Key, string>>,
  fallbacks: Readonly<Record<Key, string>>,
): Record<Key, string> {
  let probe = container.querySelector<HTMLElement>(':scope > .nalssi-color-probe');
  if (!probe) {
    probe = document.createElement('span');
    probe.className = 'nalssi-color-probe';
    probe.hidden = true;
    container.appendChild(probe);
  }
  const resolved = {} as Record<Key, string>;
  for (const key of Object.keys(variables) as Key[]) {
    probe.style.color = `var(${variables[key]}, ${fallbacks[key]})`;
    resolved[key] = getComputedStyle(probe).color || fallbacks[key];
  }
  return resolved;
}
