/**
 * The wind view's arrows on one canvas, under the station markers: each
 * arrow starts at its station and points where the wind blows TO (the feed's
 * direction is where it comes FROM, so it is turned 180°), longer and darker
 * as the wind is stronger. Calm stations and stations without wind get none.
 */
import { CanvasOverlay, type CanvasView } from './canvas-overlay';

export interface WindArrowPoint {
  /** Web Mercator pixel position at zoom 0. */
  readonly x0: number;
  readonly y0: number;
  /** Clockwise from north (up), degrees: where the arrow points. */
  readonly rotation: number;
  /** CSS pixels from the station's centre to the arrow's tip. */
  readonly length: number;
  readonly color: string;
}

const WIND_PANE = 'nalssi-wind';
const HEAD = 6;

const THEME_VARIABLES = { halo: '--map-label-halo' } as const;
const THEME_FALLBACKS = { halo: '#ffffff' } as const;

export const WIND_RENDERED_MARK = 'nalssi:wind-rendered';

export class WindCanvasLayer extends CanvasOverlay {
  private arrows: readonly WindArrowPoint[] = [];

  constructor() {
    // Just under the station pane (450): the marker covers the arrow's tail.
    super(WIND_PANE, 445, 'nalssi-wind');
  }

  setArrows(arrows: readonly WindArrowPoint[]): void {
    this.arrows = arrows;
    this.redraw();
  }

  protected override draw(view: CanvasView): void {
    const { ctx, ratio, pad, width, height, scale, shiftX, shiftY } = view;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const { halo } = this.themeColors(THEME_VARIABLES, THEME_FALLBACKS);
    ctx.save();
    ctx.translate(pad.x, pad.y);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const arrow of this.arrows) {
      const x = arrow.x0 * scale + shiftX;
      const y = arrow.y0 * scale + shiftY;
      if (x < -pad.x - 40 || y < -pad.y - 40 || x > width - pad.x + 40 || y > height - pad.y + 40)
        continue;
      ctx.save();
      ctx.translate(x, y);
      ctx.rotate((arrow.rotation * Math.PI) / 180);
      // Canvas y grows downwards: "up" (north) is −y.
      traceArrow(ctx, arrow.length);
      ctx.strokeStyle = halo;
      ctx.lineWidth = 6;
      ctx.stroke();
      ctx.strokeStyle = arrow.color;
      ctx.lineWidth = 3;
      ctx.stroke();
      ctx.restore();
    }
    ctx.restore();
    requestAnimationFrame(() => performance.mark(WIND_RENDERED_MARK));
  }
}

function traceArrow(ctx: CanvasRenderingContext2D, length: number): void {
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(0, -length);
  ctx.moveTo(-HEAD, -length + HEAD);
  ctx.lineTo(0, -length);
  ctx.lineTo(HEAD, -length + HEAD);
}
