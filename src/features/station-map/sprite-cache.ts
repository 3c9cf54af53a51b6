/**
 * Small pre-drawn images, reused for every marker or label that looks the
 * same. Without a GPU, canvas paints on the main thread, and stroking a
 * glyph path or a text halo a thousand times costs far more than copying a
 * bitmap a thousand times.
 */
export interface SpriteSize {
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
}

export class SpriteCache {
  private readonly sprites = new Map<string, HTMLCanvasElement>();
  private context = '';

  /** At most this many sprites are kept; beyond it the cache starts over. */
  constructor(private readonly limit: number) {}

  /**
   * Forget every sprite when what they were drawn with changes: theme
   * colours, or the device pixel ratio (a window moved to another screen).
   */
  useContext(context: string): void {
    if (context === this.context) return;
    this.sprites.clear();
    this.context = context;
  }

  /** The sprite for `key`, drawn by `paint` (in CSS pixels) the first time it is asked for. */
  /** How many sprites it keeps before starting again. */
  get capacity(): number {
    return this.limit;
  }

  /** Whether the sprite for `key` is drawn already (getting it costs no drawing). */
  has(key: string): boolean {
    return this.sprites.has(key);
  }

  get(
    key: string,
    size: SpriteSize,
    ratio: number,
    paint: (ctx: CanvasRenderingContext2D) => void,
  ): HTMLCanvasElement {
    let sprite = this.sprites.get(key);
    if (sprite) return sprite;
    if (this.sprites.size >= this.limit) this.sprites.clear();
    sprite = document.createElement('canvas');
    sprite.width = Math.ceil(size.width * ratio);
    sprite.height = Math.ceil(size.height * ratio);
    const ctx = sprite.getContext('2d');
    if (ctx) {
      ctx.scale(ratio, ratio);
      paint(ctx);
    }
    this.sprites.set(key, sprite);
    return sprite;
  }
}
