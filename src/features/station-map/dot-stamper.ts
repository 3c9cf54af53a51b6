/**
 * Thousands of small dots, stamped into one pixel buffer instead of traced as
 * paths. Without a GPU, Chromium spent about 50 ms rasterising 10,000
 * anti-aliased circles with outlines on every redraw, so a filter click at
 * 10,000 stations missed its frame. Each look (fill, outline, alpha, size) is
 * drawn once by the canvas itself, anti-aliased, as a small sprite; its
 * pixels are then blended (source-over) at each dot's whole device pixel.
 */
export interface DotLook {
  readonly fill: string;
  readonly outline: string;
  /** 1, or less for a muted (late) station. */
  readonly alpha: number;
  /** CSS pixels. */
  readonly radius: number;
}

interface Sprite {
  readonly size: number;
  readonly pixels: Uint8ClampedArray;
}

export class DotStamper {
  private readonly sprites = new Map<string, Sprite>();
  private spriteRatio = 0;
  private image: ImageData | null = null;

  /** A cleared buffer the size of the canvas, in device pixels. */
  begin(width: number, height: number, ratio: number): void {
    if (ratio !== this.spriteRatio) {
      this.sprites.clear();
      this.spriteRatio = ratio;
    }
    if (!this.image || this.image.width !== width || this.image.height !== height)
      this.image = new ImageData(width, height);
    else this.image.data.fill(0);
  }

  /** One dot centred on (x, y), in device pixels of the canvas. */
  stamp(look: DotLook, x: number, y: number): void {
    const image = this.image;
    if (!image) return;
    const sprite = this.sprite(look);
    const { size, pixels } = sprite;
    const left = Math.round(x - size / 2);
    const top = Math.round(y - size / 2);
    const { width, height, data } = image;
    for (let row = 0; row < size; row += 1) {
      const y0 = top + row;
      if (y0 < 0 || y0 >= height) continue;
      for (let column = 0; column < size; column += 1) {
        const x0 = left + column;
        if (x0 < 0 || x0 >= width) continue;
        const s = (row * size + column) * 4;
        const sa = pixels[s + 3]!;
        if (sa === 0) continue;
        const d = (y0 * width + x0) * 4;
        const da = data[d + 3]!;
        if (sa === 255 || da === 0) {
          data[d] = pixels[s]!;
          data[d + 1] = pixels[s + 1]!;
          data[d + 2] = pixels[s + 2]!;
          data[d + 3] = sa;
          continue;
        }
        // Source-over on straight (not premultiplied) colour, as ImageData holds it.
        const a = sa / 255;
        const b = (da / 255) * (1 - a);
        const out = a + b;
        data[d] = (pixels[s]! * a + data[d]! * b) / out;
        data[d + 1] = (pixels[s + 1]! * a + data[d + 1]! * b) / out;
        data[d + 2] = (pixels[s + 2]! * a + data[d + 2]! * b) / out;
        data[d + 3] = out * 255;
      }
    }
  }

  /** Puts the dots on the canvas (which must be clear: the buffer replaces its pixels). */
  end(ctx: CanvasRenderingContext2D): void {
    if (this.image) ctx.putImageData(this.image, 0, 0);
  }

  private sprite(look: DotLook): Sprite {
    const key = `${look.fill}|${look.outline}|${look.alpha}|${look.radius}`;
    let sprite = this.sprites.get(key);
    if (!sprite) {
      sprite = drawSprite(look, this.spriteRatio);
      this.sprites.set(key, sprite);
    }
    return sprite;
  }
}

function drawSprite(look: DotLook, ratio: number): Sprite {
  // The disc, its 1 px outline and a pixel of anti-aliasing on each side.
  const size = Math.ceil((look.radius + 1.5) * 2 * ratio) + 2;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return { size: 0, pixels: new Uint8ClampedArray(0) };
  ctx.scale(ratio, ratio);
  ctx.globalAlpha = look.alpha;
  ctx.beginPath();
  ctx.arc(size / 2 / ratio, size / 2 / ratio, look.radius, 0, Math.PI * 2);
  ctx.fillStyle = look.fill;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = look.outline;
  ctx.stroke();
  return { size, pixels: ctx.getImageData(0, 0, size, size).data };
}
