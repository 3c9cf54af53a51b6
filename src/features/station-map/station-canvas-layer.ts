/**
 * All stations on one canvas, drawn in one pass. One Leaflet object per
 * station (or one React component per marker) is what makes maps with
 * thousands of points slow; here a filter change is one `setStations` call
 * and one redraw. Labels are decluttered: a label is drawn only where it
 * overlaps no marker and no other label (see docs/decisions).
 */
import type L from 'leaflet';
import { CanvasOverlay, type CanvasView } from './canvas-overlay';
import { DotStamper } from './dot-stamper';
import type { Box } from './declutter';
import { arrangeStations, arrangementKey, type StationArrangement } from './arrange-stations';
import { textsToMeasure, type StationLabel } from './label-layout';
import type { LabelStyle } from './label-style';
import { SpriteAtlas } from './sprite-atlas';
import { MarkerSprites } from './marker-sprites';
import {
  LABEL_HALO,
  labelKey,
  labelSize,
  paintLabel,
  snap,
  STATION_THEME_FALLBACKS,
  STATION_THEME_VARIABLES,
  type StationColors,
} from './station-paint';
import { isPrincipalStation } from '../../domain/station-rank';
import { firstDrawDone, STATIONS_RENDERED_MARK } from '../../lib/first-draw';
import type { StationPoint } from './station-point';

/** How opaque a late station's marker is: still seen and clickable, clearly not current. */
const MUTED_ALPHA = 0.4;

/** Stations per step of the idle-time warm-up (sprites and label widths): well under a millisecond. */
const WARM_SLICE = 100;
const WARM_TURN_MS = 10;

const STATION_PANE = 'nalssi-stations';

export class StationCanvasLayer extends CanvasOverlay {
  private points: readonly StationPoint[] = [];
  private selectedId: string | null = null;
  /** Container-pixel positions of the last draw, for hit testing. */
  private drawn: { x: Float32Array; y: Float32Array; radius: number; ids: readonly string[] } = {
    x: new Float32Array(0),
    y: new Float32Array(0),
    radius: 0,
    ids: [],
  };
  private readonly dotStamper = new DotStamper();
  /** The frame callback of a draw `setStations` asked for (0: none waiting). */
  private frame = 0;
  private drawingInFrame = false;
  /** False until the first `setStations`: the map adds the layer before it has stations. */
  private stationsGiven = false;
  /** False until stations have been drawn once. */
  private hasDrawn = false;
  private readonly markers = new MarkerSprites();
  /** Labels repeat (temperatures, and names across redraws); older ones are dropped past the limit. */
  private readonly labelSprites = new SpriteAtlas(600);
  /** The last arrangement and its key, made in a task before the frame or by the draw itself. */
  private arranged: { readonly key: string; readonly arrangement: StationArrangement } | null =
    null;
  /** The task that arranges the stations before the frame that paints them (0 when none). */
  private arranging = 0;
  /**
   * Labels the last draw painted as text because they had no sprite yet: their
   * sprites are made in idle time, so the next draw (a pan, a filter) copies them.
   */
  private labelsToMake: {
    readonly labels: readonly StationLabel[];
    readonly style: LabelStyle;
    readonly colors: StationColors;
    readonly ratio: number;
    next: number;
  } | null = null;
  private labelIdleCallback = 0;
  /** What the idle-time warm-up is (or was) for; null once a draw of full markers stopped it. */
  private warming: {
    readonly points: readonly StationPoint[];
    readonly style: LabelStyle;
    readonly spriteContext: string;
  } | null = null;
  /** measureText is slow; temperatures repeat, so widths are cached per text. */
  private readonly textWidths = new Map<string, number>();
  private readonly onStationClick: (id: string) => void;
  private readonly onStationHover: (id: string | null) => void;
  private hoveredId: string | null = null;
  /** Panels over the map, container pixels, asked for at each draw: labels keep out of them. */
  private covers: () => readonly Box[] = () => [];

  constructor(onStationClick: (id: string) => void, onStationHover: (id: string | null) => void) {
    // Its own pane, above the base map (z 250) and Leaflet's vector paths (overlayPane, z 400).
    super(STATION_PANE, 450, 'nalssi-stations');
    this.onStationClick = onStationClick;
    this.onStationHover = onStationHover;
  }

  /** Where the panels over the map are; the next draw places labels around them. */
  setCoverSource(covers: () => readonly Box[]): void {
    this.covers = covers;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      ...super.getEvents(),
      click: this.handleClick as L.LeafletEventHandlerFn,
      mousemove: this.handleHover as L.LeafletEventHandlerFn,
      mouseout: this.handleLeave,
      movestart: this.handleLeave,
    };
  }

  /**
   * New stations or a new selection, arranged in a task of their own and
   * painted in the frame after it rather than at once: the input that caused
   * it (a chip, a keystroke) finishes its task first, so no task is long on a
   * slow phone, and several changes in one frame cost one draw.
   */
  setStations(points: readonly StationPoint[], selectedId: string | null): void {
    this.stationsGiven = true;
    this.points = points;
    this.selectedId = selectedId;
    this.drawInNextFrame();
  }

  /** Draw again in the next frame, together with any other change waiting for it. */
  requestDraw(): void {
    this.drawInNextFrame();
  }

  private drawInNextFrame(): void {
    if (this.drawWaiting()) return;
    // The first draw arranges and paints in one frame: a task before it put the stations
    // on screen later on a phone (about a tenth, at 97 stations and CPU 4×).
    if (!this.hasDrawn) {
      this.paintInNextFrame();
      return;
    }
    // Placing the labels is about half of a redraw at 10,000 stations: done in a task
    // before the frame, the frame's own task only paints, and neither is long. The frame
    // finds the arrangement by its key.
    this.arranging = window.setTimeout(() => {
      this.arranging = 0;
      const view = this.currentView();
      if (view) this.arrange(view);
      this.paintInNextFrame();
    }, 0);
  }

  private paintInNextFrame(): void {
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawingInFrame = true;
      try {
        this.redraw();
      } finally {
        this.drawingInFrame = false;
      }
    });
  }

  /** A draw `setStations` or `requestDraw` asked for is still to come. */
  private drawWaiting(): boolean {
    return this.arranging !== 0 || this.frame !== 0;
  }

  private cancelWaitingDraw(): void {
    clearTimeout(this.arranging);
    cancelAnimationFrame(this.frame);
    this.arranging = 0;
    this.frame = 0;
  }

  /** The stations arranged for this view: the last arrangement when nothing it depends on changed. */
  private arrange(view: CanvasView): StationArrangement {
    const covers = this.covers();
    const key = arrangementKey({ view, selectedId: this.selectedId, covers });
    const last = this.arranged;
    if (last && last.arrangement.points === this.points && last.key === key)
      return last.arrangement;
    const arrangement = arrangeStations({
      points: this.points,
      selectedId: this.selectedId,
      view,
      covers,
      measure: (font, text) => this.textWidth(view.ctx, font, text),
    });
    this.arranged = { key, arrangement };
    return arrangement;
  }

  override onRemove(): this {
    this.cancelWaitingDraw();
    this.labelsToMake = null;
    return super.onRemove();
  }

  /** The station under a container point, nearest first, or null. */
  stationAt(point: L.Point): string | null {
    const { x, y, radius, ids } = this.drawn;
    const reach = Math.max(radius + 4, 12); // fingers are wider than markers
    let best: string | null = null;
    let bestDistance = reach * reach;
    for (let i = 0; i < ids.length; i += 1) {
      const dx = x[i]! - point.x;
      const dy = y[i]! - point.y;
      const distance = dx * dx + dy * dy;
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = ids[i]!;
      }
    }
    return best;
  }

  private handleClick(event: L.LeafletMouseEvent): void {
    const id = this.stationAt(event.containerPoint);
    if (id !== null) this.onStationClick(id);
  }

  private handleHover(event: L.LeafletMouseEvent): void {
    const container = this._map?.getContainer();
    if (!container) return;
    const id = this.stationAt(event.containerPoint);
    container.classList.toggle('nalssi-over-station', id !== null);
    this.hover(id);
  }

  /** The pointer left the map, or the map moves under it: no station is pointed at. */
  private handleLeave(): void {
    this.hover(null);
  }

  private hover(id: string | null): void {
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.onStationHover(id);
  }

  private textWidth(ctx: CanvasRenderingContext2D, font: string, text: string): number {
    const key = `${font}|${text}`;
    let width = this.textWidths.get(key);
    if (width === undefined) {
      // Measured in the font it will be painted in: arranging comes before the draw sets it.
      ctx.font = font;
      width = ctx.measureText(text).width;
      if (this.textWidths.size > 50_000) this.textWidths.clear();
      this.textWidths.set(key, width);
    }
    return width;
  }

  protected override draw(view: CanvasView): void {
    // Added to the map before its stations: the new canvas is blank already, and drawing
    // nothing would cost a frame on a phone and mark a draw of no stations.
    if (!this.stationsGiven) return;
    // A pan or zoom draws at once, with the latest stations: a draw still waiting has nothing to add.
    if (this.drawWaiting() && !this.drawingInFrame) {
      // Except before the first draw, when the canvas has nothing to keep in place: the map
      // framing a linked station as it mounts leaves the draw to the one already asked for,
      // so that the mount and the first draw are separate tasks on a phone, not one long one.
      if (!this.hasDrawn) return;
      this.cancelWaitingDraw();
    }
    this.hasDrawn = true;
    const { ctx, ratio, pad, width, height } = view;
    const arrangement = this.arrange(view);
    const { xs, ys, ids, visible, selectedIndex, dots, style, radius, radiusOf } = arrangement;
    const points = arrangement.points;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.drawn = { x: xs, y: ys, radius, ids };
    const colors = this.themeColors(STATION_THEME_VARIABLES, STATION_THEME_FALLBACKS);

    ctx.save();
    ctx.translate(pad.x, pad.y);

    const spriteContext = `${ratio}|${colors.outline}|${colors.badge}|${colors.label}|${colors.halo}`;
    this.markers.useContext(spriteContext);
    this.labelSprites.useContext(spriteContext);
    if (dots) this.drawDots(ctx, visible, xs, ys, radius, colors.outline, view);
    else {
      // Full markers are copies of pre-drawn sprites: without a GPU, stroking a
      // glyph path per marker costs far more than copying a small bitmap. All
      // sprites are made before the first copy (see `SpriteAtlas`).
      const markers = visible.map((i) =>
        this.markers.sprite(points[i]!, radiusOf(i), colors, ratio),
      );
      // In reverse rank, so that the more important of two overlapping markers is on top.
      for (let k = visible.length - 1; k >= 0; k -= 1) {
        const i = visible[k]!;
        const { sprite, half } = markers[k]!;
        // Whole device pixels: a sprite copied at a fractional offset would be resampled and blur.
        ctx.globalAlpha = points[i]!.muted ? MUTED_ALPHA : 1;
        SpriteAtlas.draw(
          ctx,
          sprite,
          snap(xs[i]! - half, ratio),
          snap(ys[i]! - half, ratio),
          ratio,
        );
      }
      ctx.globalAlpha = 1;
    }
    // The selected station is drawn last (on top), larger, with a ring.
    if (selectedIndex >= 0) {
      const point = points[selectedIndex]!;
      const x = xs[selectedIndex]!;
      const y = ys[selectedIndex]!;
      const selectedRadius = radiusOf(selectedIndex);
      this.markers.paintSelected(ctx, point, x, y, selectedRadius, colors);
    }

    ctx.font = style.font;
    ctx.textBaseline = 'middle';
    // A label with a sprite is copied. One without is painted as text here, and its sprite
    // made when the browser is idle: making it now would cost the text and the copy, and on
    // the first draw (or the first after thousands of dots) that is most of the labels.
    const withoutSprite: StationLabel[] = [];
    for (const label of arrangement.labels) {
      const x = snap(label.left - LABEL_HALO, ratio);
      const y = snap(label.top - LABEL_HALO, ratio);
      const sprite = this.labelSprites.find(labelKey(label, style));
      if (sprite) SpriteAtlas.draw(ctx, sprite, x, y, ratio);
      else {
        paintLabel(ctx, label, style, colors, x, y);
        withoutSprite.push(label);
      }
    }
    ctx.restore();
    this.makeLabelSpritesWhenIdle(withoutSprite, style, colors, ratio);
    // Any other draw stops a warm-up under way: it may have changed the theme or the zoom.
    if (dots) this.warmMarkersWhenIdle(ctx, style, colors, ratio, spriteContext);
    else this.warming = null;

    // Marked in the frame that paints this canvas: at once when drawing in a frame callback,
    // otherwise (a pan, a zoom) in the next one.
    const count = points.length;
    const mark = () => {
      performance.mark(STATIONS_RENDERED_MARK, { detail: { count } });
      // The next frame callback runs once this frame is on screen: what waits for the first
      // draw starts once the stations are visible, not while they are being painted.
      if (count > 0) requestAnimationFrame(firstDrawDone);
    };
    if (this.drawingInFrame) mark();
    else requestAnimationFrame(mark);
  }

  /**
   * Thousands of small dots, stamped from one sprite per look into a pixel
   * buffer (`dot-stamper.ts`): without a GPU, tracing them as paths cost about
   * 50 ms a redraw at 10,000 stations. Draws first, on the cleared canvas.
   */
  private drawDots(
    ctx: CanvasRenderingContext2D,
    visible: readonly number[],
    xs: Float32Array,
    ys: Float32Array,
    radius: number,
    outline: string,
    view: CanvasView,
  ): void {
    const { ratio, pad } = view;
    const points = this.points;
    this.dotStamper.begin(ctx.canvas.width, ctx.canvas.height, ratio);
    for (const i of visible) {
      const point = points[i]!;
      this.dotStamper.stamp(
        { fill: point.color, outline, alpha: point.muted ? MUTED_ALPHA : 1, radius },
        (xs[i]! + pad.x) * ratio,
        (ys[i]! + pad.y) * ratio,
      );
    }
    this.dotStamper.end(ctx);
  }

  /**
   * With thousands of dots in view, the first filter or keystroke that
   * leaves fewer than DOT_THRESHOLD draws full markers and labels for the
   * first time. Making their sprites and measuring their texts then made that
   * draw one task of ~85 ms at 10,000 stations; they are made here instead,
   * a slice at a time while the browser is idle, for the stations and the
   * zoom of this draw.
   */
  private warmMarkersWhenIdle(
    ctx: CanvasRenderingContext2D,
    style: LabelStyle,
    colors: StationColors,
    ratio: number,
    spriteContext: string,
  ): void {
    if (typeof window.requestIdleCallback !== 'function') return;
    const points = this.points;
    const last = this.warming;
    if (
      last &&
      last.points === points &&
      last.style === style &&
      last.spriteContext === spriteContext
    )
      return;
    const job = { points, style, spriteContext };
    this.warming = job;
    let next = 0;
    const work = (deadline: IdleDeadline) => {
      if (this.warming !== job || !this._map) return; // a later draw stopped it
      // Short turns even when the browser offers 50 ms: a tap may come at any time.
      const stopAt = performance.now() + WARM_TURN_MS;
      while (next < points.length && deadline.timeRemaining() > 3 && performance.now() < stopAt) {
        const end = Math.min(points.length, next + WARM_SLICE);
        for (; next < end; next += 1) {
          const point = points[next]!;
          const principal = isPrincipalStation(point.id);
          // A full atlas starts over: warming past it would throw away what it made.
          if (!this.markers.full)
            this.markers.sprite(
              point,
              principal ? style.markerRadius : style.minorRadius,
              colors,
              ratio,
            );
          for (const text of textsToMeasure(point, style, principal))
            this.textWidth(ctx, style.font, text);
        }
      }
      if (next < points.length) window.requestIdleCallback(work);
    };
    window.requestIdleCallback(work);
  }

  /**
   * Sprites for the labels a draw painted as text, a few at a time while the
   * browser is idle. A later draw replaces the list with its own: it may have
   * other labels, colours or a pixel ratio. More labels than the atlas keeps
   * would push each other out, so then none are made.
   */
  private makeLabelSpritesWhenIdle(
    labels: readonly StationLabel[],
    style: LabelStyle,
    colors: StationColors,
    ratio: number,
  ): void {
    const worthKeeping = labels.length > 0 && labels.length <= this.labelSprites.capacity;
    this.labelsToMake = worthKeeping ? { labels, style, colors, ratio, next: 0 } : null;
    if (!this.labelsToMake || this.labelIdleCallback !== 0) return;
    if (typeof window.requestIdleCallback !== 'function') return;
    const work = (deadline: IdleDeadline) => {
      this.labelIdleCallback = 0;
      const job = this.labelsToMake;
      if (!job || !this._map) return;
      const stopAt = performance.now() + WARM_TURN_MS;
      while (
        job.next < job.labels.length &&
        deadline.timeRemaining() > 3 &&
        performance.now() < stopAt
      ) {
        const label = job.labels[job.next]!;
        job.next += 1;
        this.labelSprites.get(labelKey(label, job.style), labelSize(label), job.ratio, (sctx) =>
          paintLabel(sctx, label, job.style, job.colors, 0, 0),
        );
      }
      if (job.next < job.labels.length) this.labelIdleCallback = window.requestIdleCallback(work);
      else this.labelsToMake = null;
    };
    this.labelIdleCallback = window.requestIdleCallback(work);
  }
}
