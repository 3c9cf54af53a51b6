/**
 * Icon glyphs as SVG path data in a 24×24 box. The same strings draw the
 * React icons (<path d>) and the canvas markers (new Path2D(d)), so the list
 * and the map can never disagree about what a condition looks like.
 * Drawn for this project; stroke-only shapes that read at 12–16 px.
 */
export const CONDITION_ICONS = {
  sun: 'M12 7a5 5 0 1 1 0 10a5 5 0 1 1 0-10zM12 1v3M12 20v3M1 12h3M20 12h3M4.2 4.2l2.1 2.1M17.7 17.7l2.1 2.1M4.2 19.8l2.1-2.1M17.7 6.3l2.1-2.1',
  sunCloud:
    'M9 3v2M3.5 5.5l1.4 1.4M2 11h2M14.5 5.5l-1.4 1.4M6.3 12.5A4 4 0 1 1 13 8.3M8 20h10a4 4 0 0 0 0-8h-.5A5.5 5.5 0 0 0 7 13.5A3.3 3.3 0 0 0 8 20z',
  cloudSun:
    'M16 2v2M20.6 4.4l-1.4 1.4M22 9h-2M13.2 6.5A3.5 3.5 0 0 1 19 10M6 21h11a4.5 4.5 0 0 0 0-9h-.7A6 6 0 0 0 4.6 14A3.6 3.6 0 0 0 6 21z',
  cloud: 'M6.5 19h11a4.5 4.5 0 0 0 0-9h-.7A6 6 0 0 0 5 12a3.6 3.6 0 0 0 1.5 7z',
  fog: 'M6.5 13h11a4 4 0 0 0 0-8h-.7A5.5 5.5 0 0 0 5.2 7A3.1 3.1 0 0 0 6.5 13zM3 17h18M5 21h14',
  haze: 'M3 6h18M3 11h18M3 16h18M3 21h18',
  rain: 'M6.5 14h11a4 4 0 0 0 0-8h-.7A5.5 5.5 0 0 0 5.2 8A3.1 3.1 0 0 0 6.5 14zM8 17l-1.5 4M12.5 17L11 21M17 17l-1.5 4',
  snow: 'M12 2v20M3.3 7l17.4 10M3.3 17L20.7 7M9.5 3.5L12 5l2.5-1.5M9.5 20.5L12 19l2.5 1.5',
  bolt: 'M6.5 13h11a4 4 0 0 0 0-8h-.7A5.5 5.5 0 0 0 5.2 7A3.1 3.1 0 0 0 6.5 13zM13 13l-3 5h4l-3 5',
  none: 'M5 12h14',
  unknown: 'M9 9a3 3 0 1 1 4.5 2.6c-1 .6-1.5 1.3-1.5 2.4M12 18v.5',
} as const;

export type ConditionIconName = keyof typeof CONDITION_ICONS;
