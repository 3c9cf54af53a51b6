/**
 * Small pre-drawn images (a marker's look, a label's text), reused for every
 * marker or label that looks the same. Without a GPU, canvas paints on the
 * main thread, and stroking a glyph path or a text halo a thousand times
 * costs far more than copying a bitmap a thousand times.
 *
 * The sprites share a few large canvases ("pages") instead of one canvas
 * each. Making a canvas and its 2D context costs about 0.3 ms in Chromium,
 * several times the text drawn into it, so a first view with 60 labels paid
 * ~20 ms for canvases alone (four times that on a phone). On a page, a new
 * sprite is a few drawing calls. All sprites a draw needs should be made
 * before it copies any: copying from a page and then drawing on it makes
 * Chromium copy the whole page first.
 */
export interface SpriteSize {
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** Where a sprite is: its page and its box there, in device pixels. */
export interface Sprite {
  readonly page: HTMLCanvasElement;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Device pixels per page side. A page costs in proportion to its area when
 * first drawn on and each time it changes after a copy from it (Chromium
 * copies the whole bitmap): ~3 ms at 512, ~11 ms at 1024 on a laptop core.
 * 512 holds some 30 labels at a phone's pixel ratio, 60 on a laptop.
 */
const PAGE_SIZE = 512;
/** Empty device pixels between sprites, so no sprite picks up its neighbour's edge when scaled. */
const GAP = 2;

interface Page {
  readonly canvas: HTMLCanvasElement;
  /** Null where canvas drawing is missing (a DOM without canvas): sprites stay empty. */
  readonly ctx: CanvasRenderingContext2D | null;
}

export class SpriteAtlas {
  private readonly sprites = new Map<string, Sprite>();
  /** The page being filled, and the shelf (row) on it: sprites are packed left to right. */
  private page: Page | null = null;
  private shelfX = 0;
  private shelfY = 0;
  private shelfHeight = 0;
  private context = '';

  /** At most this many sprites are kept; beyond it the atlas starts over. */
  constructor(private readonly limit: number) {}

  /** How many sprites it keeps before starting again. */
  get capacity(): number {
    return this.limit;
  }

  /** How many sprites it holds now. */
  get size(): number {
    return this.sprites.size;
  }

  /**
   * Forget every sprite when what they were drawn with changes: theme
   * colours, or the device pixel ratio (a window moved to another screen).
   */
  useContext(context: string): void {
    if (context === this.context) return;
    this.clear();
    this.context = context;
  }

  /** The sprite for `key` if it is drawn already, without drawing one. */
  find(key: string): Sprite | undefined {
    return this.sprites.get(key);
  }

  /** The sprite for `key`, drawn by `paint` (in CSS pixels) the first time it is asked for. */
  get(
    key: string,
    size: SpriteSize,
    ratio: number,
    paint: (ctx: CanvasRenderingContext2D) => void,
  ): Sprite {
    const known = this.sprites.get(key);
    if (known) return known;
    if (this.sprites.size >= this.limit) this.clear();
    const width = Math.ceil(size.width * ratio);
    const height = Math.ceil(size.height * ratio);
    const place = this.place(width, height);
    const { ctx } = place.page;
    if (ctx) {
      ctx.save();
      // Only this box: a halo or an outline drawn past the size stays off the neighbours.
      ctx.beginPath();
      ctx.rect(place.x, place.y, width, height);
      ctx.clip();
      ctx.setTransform(ratio, 0, 0, ratio, place.x, place.y);
      paint(ctx);
      ctx.restore();
    }
    const sprite: Sprite = { page: place.page.canvas, x: place.x, y: place.y, width, height };
    this.sprites.set(key, sprite);
    return sprite;
  }

  /**
   * Copies a sprite onto `ctx` (scaled by `ratio` device pixels per CSS
   * pixel) at (x, y), device pixel for device pixel. Its box was rounded up
   * to whole device pixels: copied into the CSS size it was asked for, it
   * would shrink by a fraction of a pixel, and Chromium would filter every
   * pixel of it (twice the time of a plain copy, and softer edges).
   */
  static draw(
    ctx: CanvasRenderingContext2D,
    sprite: Sprite,
    x: number,
    y: number,
    ratio: number,
  ): void {
    const { width, height } = sprite;
    ctx.drawImage(
      sprite.page,
      sprite.x,
      sprite.y,
      width,
      height,
      x,
      y,
      width / ratio,
      height / ratio,
    );
  }

  /** A free box of `width` × `height` device pixels, on a new shelf or page when needed. */
  private place(width: number, height: number): { page: Page; x: number; y: number } {
    // Wider or taller than a page (a very long name at a large pixel ratio): a page of its own.
    if (width > PAGE_SIZE || height > PAGE_SIZE) {
      const page = createPage(width, height);
      return { page, x: 0, y: 0 };
    }
    if (this.shelfX + width > PAGE_SIZE) this.nextShelf();
    if (this.shelfY + height > PAGE_SIZE) this.nextPage();
    const page = (this.page ??= createPage(PAGE_SIZE, PAGE_SIZE));
    const box = { page, x: this.shelfX, y: this.shelfY };
    this.shelfX += width + GAP;
    this.shelfHeight = Math.max(this.shelfHeight, height + GAP);
    return box;
  }

  /** A full page stays with the sprites on it; the next sprite starts a new one. */
  private nextPage(): void {
    this.page = null;
    this.shelfX = 0;
    this.shelfY = 0;
    this.shelfHeight = 0;
  }

  private nextShelf(): void {
    this.shelfX = 0;
    this.shelfY += this.shelfHeight;
    this.shelfHeight = 0;
  }

  /**
   * Every sprite forgotten, with its pages: new sprites go on new pages. The
   * old pages are not wiped, since a draw may still hold sprites on them (more
   * labels in one draw than the limit); they go once nothing holds them.
   */
  private clear(): void {
    this.sprites.clear();
    this.nextPage();
  }
}

function createPage(width: number, height: number): Page {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return { canvas, ctx: canvas.getContext('2d') };
}
