/**
 * Reads SVG path data of M, m, l and z commands back into the points it
 * visits, absolute, one list per subpath: a reader of the format written by
 * src/features/station-map/outline-path.ts, kept apart from the writer so a
 * test can catch the writer's mistakes.
 */
export function pathPoints(d: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, numbers = ''] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const [a = 0, b = 0] = numbers
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    switch (command) {
      case 'M':
      case 'm':
        [x, y] = command === 'M' ? [a, b] : [x + a, y + b];
        [startX, startY] = [x, y];
        lines.push([[x, y]]);
        break;
      case 'l':
        x += a;
        y += b;
        lines[lines.length - 1]!.push([x, y]);
        break;
      case 'z':
      case 'Z':
        // Closing returns the pen to the subpath's start, where a relative move begins.
        [x, y] = [startX, startY];
        break;
      default:
        throw new Error(`unexpected path command ${command}`);
    }
  }
  return lines;
}

/** Web Mercator at zoom 0 (a 256-pixel world), written out independently of the app. */
export function mercator(lon: number, lat: number): [number, number] {
  const x = ((lon + 180) / 360) * 256;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256;
  return [x, y];
}
