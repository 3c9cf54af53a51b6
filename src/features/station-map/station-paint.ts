/**
 * How a station looks on the canvas: its marker's disc, its label's text
 * with a halo, and the theme colours they are painted in. Plain functions of
 * a 2D context, shared by the map's own draw and by the sprites it copies
 * (a label painted here looks the same as its sprite; see
 * `tests/e2e/first-draw.spec.ts`).
 */
import type { StationLabel } from './label-layout';
import type { LabelStyle } from './label-style';

/** The custom properties the station layer paints with, resolved once per theme. */
export const STATION_THEME_VARIABLES = {
  outline: '--map-marker-outline',
  label: '--map-label',
  halo: '--map-label-halo',
  selected: '--map-selected',
  badge: '--news-badge',
} as const;
export const STATION_THEME_FALLBACKS: Record<keyof typeof STATION_THEME_VARIABLES, string> = {
  outline: '#ffffff',
  label: '#111418',
  halo: '#ffffff',
  selected: '#1d4ed8',
  badge: '#be123c',
};

export type StationColors = Record<keyof typeof STATION_THEME_VARIABLES, string>;

/** Half the width of the light outline drawn around label text. */
export const LABEL_HALO = 1.5;

/** Rounds a CSS-pixel coordinate to a whole device pixel. */
export function snap(value: number, ratio: number): number {
  return Math.round(value * ratio) / ratio;
}

/** A filled circle with an outline: markers, the selection ring, the news mark. */
export function drawDisc(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  radius: number,
  fill: string,
  outlineWidth: number,
  outline: string,
): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = outlineWidth;
  ctx.strokeStyle = outline;
  ctx.stroke();
}

/** A label's sprite is shared by every label with the same lines in the same font. */
export function labelKey(label: StationLabel, style: LabelStyle): string {
  return `${style.font}|${label.lines.join('\n')}`;
}

/** A label's box with its halo, CSS pixels: the size of its sprite. */
export function labelSize(label: StationLabel): { width: number; height: number } {
  return { width: Math.ceil(label.width) + 2 * LABEL_HALO, height: label.height + 2 * LABEL_HALO };
}

/**
 * A label's text with its light halo, in its box (`labelSize`) with the top
 * left at (left, top) in CSS pixels: on the map, or on a sprite (a stacked
 * label centres its two lines). Clipped to the box, as a sprite is, so that a
 * label looks the same painted or copied.
 */
export function paintLabel(
  ctx: CanvasRenderingContext2D,
  label: StationLabel,
  style: LabelStyle,
  colors: StationColors,
  left: number,
  top: number,
): void {
  const { width, height } = labelSize(label);
  const stacked = label.lines.length > 1;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  ctx.font = style.font;
  ctx.textBaseline = 'middle';
  ctx.textAlign = stacked ? 'center' : 'left';
  ctx.lineWidth = 2 * LABEL_HALO;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = colors.halo;
  ctx.fillStyle = colors.label;
  const x = left + (stacked ? width / 2 : LABEL_HALO);
  label.lines.forEach((line, row) => {
    const y = top + LABEL_HALO + style.height * (row + 0.5);
    ctx.strokeText(line, x, y);
    ctx.fillText(line, x, y);
  });
  ctx.restore();
}
