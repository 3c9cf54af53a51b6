/**
 * A station's full marker: a disc in its sky colour, the condition's glyph
 * in its ink, and a small red mark when the station has news. The map copies
 * markers from sprites, one per look (colour, glyph, size, news mark): without
 * a GPU, stroking a glyph path per marker costs far more than copying a
 * small bitmap. The selected station is painted directly, larger and ringed.
 */
import { SpriteAtlas, type Sprite } from './sprite-atlas';
import { drawDisc, type StationColors } from './station-paint';
import type { StationPoint } from './station-point';

/** Below this radius a glyph would be a smudge: the disc's colour carries the sky alone. */
const MIN_GLYPH_RADIUS = 5;

export class MarkerSprites {
  /** A few dozen looks at most. */
  private readonly atlas = new SpriteAtlas(256);
  private readonly glyphs = new Map<string, Path2D>();

  /** Sprites are kept for one pixel ratio and set of theme colours (see `SpriteAtlas`). */
  useContext(context: string): void {
    this.atlas.useContext(context);
  }

  /** Whether a new look would start the atlas over (an idle warm-up stops there). */
  get full(): boolean {
    return this.atlas.size >= this.atlas.capacity;
  }

  /** The sprite of a full marker, and where its centre is on it. */
  sprite(
    point: StationPoint,
    radius: number,
    colors: StationColors,
    ratio: number,
  ): { sprite: Sprite; half: number } {
    // Room for the outline and for the news mark that sits on the upper right.
    const half = Math.ceil(Math.max(radius + 2, radius * 0.8 + 6));
    const size = { width: 2 * half, height: 2 * half };
    const key = `${point.color}|${point.ink}|${point.outline}|${point.glyph}|${radius}|${point.badge ? 1 : 0}`;
    const sprite = this.atlas.get(key, size, ratio, (ctx) => {
      drawDisc(ctx, half, half, radius, point.color, 1.5, point.outline ?? colors.outline);
      this.paintGlyph(ctx, point, half, half, radius, colors);
    });
    return { sprite, half };
  }

  /** The selected station's marker, centred on (x, y): ringed in the selection colour. */
  paintSelected(
    ctx: CanvasRenderingContext2D,
    point: StationPoint,
    x: number,
    y: number,
    radius: number,
    colors: StationColors,
  ): void {
    drawDisc(ctx, x, y, radius, point.color, 3, colors.selected);
    this.paintGlyph(ctx, point, x, y, radius, colors);
  }

  /** The condition glyph in the marker's ink, and the news mark when the station has news. */
  private paintGlyph(
    ctx: CanvasRenderingContext2D,
    point: StationPoint,
    x: number,
    y: number,
    radius: number,
    colors: StationColors,
  ): void {
    if (radius >= MIN_GLYPH_RADIUS) {
      const scale = (radius * 1.3) / 24;
      ctx.save();
      ctx.translate(x - 12 * scale, y - 12 * scale);
      ctx.scale(scale, scale);
      ctx.lineWidth = 2.4;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = point.ink;
      ctx.stroke(this.glyph(point.glyph));
      ctx.restore();
    }
    if (point.badge)
      drawDisc(ctx, x + radius * 0.8, y - radius * 0.8, 4.5, colors.badge, 1.5, colors.outline);
  }

  private glyph(d: string): Path2D {
    let path = this.glyphs.get(d);
    if (!path) {
      path = new Path2D(d);
      this.glyphs.set(d, path);
    }
    return path;
  }
}
