/**
 * All stations on one canvas, drawn in one pass. One Leaflet object per
 * station (or one React component per marker) is what makes maps with
 * thousands of points slow; here a filter change is one `setStations` call
 * and one redraw. Labels are decluttered: a label is drawn only where it
 * overlaps no marker and no other label (see docs/decisions).
 */
import L from 'leaflet';
import { placeLabels, type LabelCandidate } from './declutter';

export interface StationPoint {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  /** Web Mercator pixel position at zoom 0 (multiply by 2^zoom for any zoom). */
  readonly x0: number;
  readonly y0: number;
  readonly color: string;
  /** SVG path data (24×24 box) drawn in white on the marker. */
  readonly glyph: string;
  /** Short label (temperature), or null to draw none. */
  readonly label: string | null;
  /** Longer label used when zoomed in (name and temperature). */
  readonly longLabel: string | null;
  /** True when the station has news: a small mark on the marker's upper right. */
  readonly badge?: boolean;
}

interface MapWithPrivateZoom extends L.Map {
  // Leaflet's own overlays use this during zoom animation; it is stable across 1.x.
  _latLngToNewLayerPoint(
    latlng: L.LatLngExpression,
    zoom: number,
    center: L.LatLngExpression,
  ): L.Point;
}

/** Markers shrink to dots above this many stations in view, where glyphs would only be noise. */
const DOT_THRESHOLD = 1500;
/** The canvas overhangs the view so that a pan does not reveal an empty edge before redraw. */
const PADDING = 0.25;
const LONG_LABEL_ZOOM = 9;
const LABEL_FONT = '600 12px system-ui, "Noto Sans CJK KR", sans-serif';
const MAX_LABEL_CANDIDATES = 4000;

const THEME_VARIABLES = {
  outline: '--map-marker-outline',
  label: '--map-label',
  halo: '--map-label-halo',
  selected: '--map-selected',
  badge: '--news-badge',
} as const;
const THEME_FALLBACKS: Record<keyof typeof THEME_VARIABLES, string> = {
  outline: '#ffffff',
  label: '#111418',
  halo: '#ffffff',
  selected: '#1d4ed8',
  badge: '#be123c',
};

/** The news mark: one small filled circle with an outline, as cheap as a marker. */
function drawBadge(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  fill: string,
  outline: string,
): void {
  ctx.beginPath();
  ctx.arc(x, y, 4.5, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = outline;
  ctx.stroke();
}

export const STATIONS_RENDERED_MARK = 'nalssi:stations-rendered';
const STATION_PANE = 'nalssi-stations';

export class StationCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private points: readonly StationPoint[] = [];
  private selectedId: string | null = null;
  /** Container-pixel positions of the last draw, for hit testing. */
  private drawn: { x: Float32Array; y: Float32Array; radius: number; ids: string[] } = {
    x: new Float32Array(0),
    y: new Float32Array(0),
    radius: 0,
    ids: [],
  };
  private glyphCache = new Map<string, Path2D>();
  /** measureText is slow; temperatures repeat, so widths are cached per text. */
  private readonly textWidths = new Map<string, number>();
  private readonly onStationClick: (id: string) => void;

  constructor(onStationClick: (id: string) => void) {
    super();
    // L.Layer has no initialize() of its own, so options passed to super() would be dropped.
    L.Util.setOptions(this, { pane: STATION_PANE });
    this.onStationClick = onStationClick;
  }

  override onAdd(map: L.Map): this {
    // Its own pane, above the base map's vector paths (overlayPane, z 400).
    if (!map.getPane(STATION_PANE)) map.createPane(STATION_PANE).style.zIndex = '450';
    const canvas = L.DomUtil.create('canvas', 'nalssi-stations leaflet-zoom-animated');
    canvas.setAttribute('aria-hidden', 'true');
    this.getPane()?.appendChild(canvas);
    this.canvas = canvas;
    this.reset();
    return this;
  }

  override onRemove(): this {
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      moveend: this.reset,
      resize: this.reset,
      zoomanim: this.animateZoom as L.LeafletEventHandlerFn,
      click: this.handleClick as L.LeafletEventHandlerFn,
      mousemove: this.handleHover as L.LeafletEventHandlerFn,
    };
  }

  /** Replace the stations and redraw at once. */
  setStations(points: readonly StationPoint[], selectedId: string | null): void {
    this.points = points;
    this.selectedId = selectedId;
    if (this.canvas) this.draw();
  }

  /** Draw again with the same stations, e.g. after the colour theme changed. */
  redraw(): void {
    if (this.canvas) this.draw();
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
    container.classList.toggle(
      'nalssi-over-station',
      this.stationAt(event.containerPoint) !== null,
    );
  }

  private animateZoom(event: L.ZoomAnimEvent): void {
    if (!this.canvas || !this._map) return;
    const map = this._map as MapWithPrivateZoom;
    const size = map.getSize();
    const topLeft = map.containerPointToLatLng(size.multiplyBy(-PADDING));
    const scale = map.getZoomScale(event.zoom);
    const offset = map._latLngToNewLayerPoint(topLeft, event.zoom, event.center);
    L.DomUtil.setTransform(this.canvas, offset, scale);
  }

  /** Re-anchor the canvas to the current view (after pan, zoom or resize) and redraw. */
  private reset(): void {
    if (!this.canvas || !this._map) return;
    const map = this._map;
    const size = map.getSize();
    const topLeft = map.containerPointToLayerPoint(size.multiplyBy(-PADDING));
    L.DomUtil.setPosition(this.canvas, topLeft);
    const full = size.multiplyBy(1 + 2 * PADDING);
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(full.x * ratio);
    this.canvas.height = Math.round(full.y * ratio);
    this.canvas.style.width = `${full.x}px`;
    this.canvas.style.height = `${full.y}px`;
    this.draw();
  }

  /**
   * The theme's colours for canvas drawing. Custom properties hold unresolved
   * `light-dark(…)` text, which canvas cannot parse, so a hidden probe lets
   * the browser resolve each one to the colour in force.
   */
  private themeColors(container: HTMLElement): Record<keyof typeof THEME_VARIABLES, string> {
    let probe = container.querySelector<HTMLElement>(':scope > .nalssi-color-probe');
    if (!probe) {
      probe = L.DomUtil.create('span', 'nalssi-color-probe', container);
      probe.hidden = true;
    }
    const resolved = {} as Record<keyof typeof THEME_VARIABLES, string>;
    for (const [key, variable] of Object.entries(THEME_VARIABLES) as [
      keyof typeof THEME_VARIABLES,
      string,
    ][]) {
      probe.style.color = `var(${variable}, ${THEME_FALLBACKS[key]})`;
      resolved[key] = getComputedStyle(probe).color || THEME_FALLBACKS[key];
    }
    return resolved;
  }

  private glyph(d: string): Path2D {
    let path = this.glyphCache.get(d);
    if (!path) {
      path = new Path2D(d);
      this.glyphCache.set(d, path);
    }
    return path;
  }

  private textWidth(ctx: CanvasRenderingContext2D, text: string): number {
    let width = this.textWidths.get(text);
    if (width === undefined) {
      width = ctx.measureText(text).width;
      if (this.textWidths.size > 50_000) this.textWidths.clear();
      this.textWidths.set(text, width);
    }
    return width;
  }

  private draw(): void {
    const canvas = this.canvas;
    const map = this._map;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !map || !ctx) return;

    const ratio = window.devicePixelRatio || 1;
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING);
    const width = size.x + 2 * pad.x;
    const height = size.y + 2 * pad.y;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);

    // Container pixel = zoom-0 pixel × 2^zoom − pixel origin + map pane offset.
    const points = this.points;
    const scale = map.getZoomScale(map.getZoom(), 0);
    const origin = map.getPixelOrigin();
    const offset = map.layerPointToContainerPoint(L.point(0, 0));
    const shiftX = offset.x - origin.x;
    const shiftY = offset.y - origin.y;
    const xs = new Float32Array(points.length);
    const ys = new Float32Array(points.length);
    const ids: string[] = new Array<string>(points.length);
    const visible: number[] = [];
    let selectedIndex = -1;
    for (let i = 0; i < points.length; i += 1) {
      const point = points[i]!;
      const x = point.x0 * scale + shiftX;
      const y = point.y0 * scale + shiftY;
      xs[i] = x;
      ys[i] = y;
      ids[i] = point.id;
      if (x < -pad.x - 20 || y < -pad.y - 20 || x > width - pad.x + 20 || y > height - pad.y + 20)
        continue;
      if (point.id === this.selectedId) selectedIndex = i;
      else visible.push(i);
    }

    const dots = visible.length > DOT_THRESHOLD;
    const radius = dots ? 4 : 10;
    this.drawn = { x: xs, y: ys, radius, ids };
    const colors = this.themeColors(map.getContainer());

    ctx.save();
    ctx.translate(pad.x, pad.y);

    // One path per colour: thousands of markers cost a handful of fill/stroke calls.
    const byColor = new Map<string, number[]>();
    for (const i of visible) {
      const color = points[i]!.color;
      const group = byColor.get(color);
      if (group) group.push(i);
      else byColor.set(color, [i]);
    }
    ctx.lineWidth = dots ? 1 : 1.5;
    ctx.strokeStyle = colors.outline;
    for (const [color, group] of byColor) {
      ctx.beginPath();
      for (const i of group) {
        ctx.moveTo(xs[i]! + radius, ys[i]!);
        ctx.arc(xs[i]!, ys[i]!, radius, 0, Math.PI * 2);
      }
      ctx.fillStyle = color;
      ctx.fill();
      ctx.stroke();
    }
    if (!dots) {
      for (const i of visible) this.drawGlyph(ctx, points[i]!, xs[i]!, ys[i]!, radius, colors);
    }
    // The selected station is drawn last (on top), larger, with a ring.
    if (selectedIndex >= 0) {
      const point = points[selectedIndex]!;
      const x = xs[selectedIndex]!;
      const y = ys[selectedIndex]!;
      const selectedRadius = radius + 3;
      ctx.beginPath();
      ctx.arc(x, y, selectedRadius, 0, Math.PI * 2);
      ctx.fillStyle = point.color;
      ctx.fill();
      ctx.lineWidth = 3;
      ctx.strokeStyle = colors.selected;
      ctx.stroke();
      this.drawGlyph(ctx, point, x, y, Math.max(selectedRadius, 10), colors);
    }

    // Labels: most important first (selected, then list order), only where they fit.
    const long = map.getZoom() >= LONG_LABEL_ZOOM;
    ctx.font = LABEL_FONT;
    ctx.textBaseline = 'middle';
    // Thousands of dots in view: no label could be read there, so draw none but the selection's.
    const labelled = dots ? [] : visible;
    const order = selectedIndex >= 0 ? [selectedIndex, ...labelled] : labelled;
    const candidates: LabelCandidate[] = [];
    // Beyond a few thousand candidates no label would find room anyway.
    for (let k = 0; k < order.length && candidates.length < MAX_LABEL_CANDIDATES; k += 1) {
      const i = order[k]!;
      const point = points[i]!;
      const text = long ? (point.longLabel ?? point.label) : point.label;
      if (!text) continue;
      candidates.push({ x: xs[i]!, y: ys[i]!, width: this.textWidth(ctx, text), height: 14, text });
    }
    const obstacles = labelled.map((i) => ({ x: xs[i]!, y: ys[i]!, radius }));
    if (selectedIndex >= 0)
      obstacles.push({ x: xs[selectedIndex]!, y: ys[selectedIndex]!, radius: radius + 3 });
    // The gap clears the selected marker's wider ring too.
    const placed = placeLabels(candidates, obstacles, radius + 6, 2000);
    ctx.lineWidth = 3;
    ctx.strokeStyle = colors.halo;
    ctx.fillStyle = colors.label;
    for (const label of placed) {
      ctx.strokeText(label.text, label.left, label.top + label.height / 2);
      ctx.fillText(label.text, label.left, label.top + label.height / 2);
    }
    ctx.restore();

    // Marked after the browser has had the chance to paint this canvas, not when the effect ran.
    const count = points.length;
    requestAnimationFrame(() => {
      performance.mark(STATIONS_RENDERED_MARK, { detail: { count } });
    });
  }

  /** The condition glyph in white on a marker, and the news mark when the station has news. */
  private drawGlyph(
    ctx: CanvasRenderingContext2D,
    point: StationPoint,
    x: number,
    y: number,
    radius: number,
    colors: Record<keyof typeof THEME_VARIABLES, string>,
  ): void {
    const scale = (radius * 1.3) / 24;
    ctx.save();
    ctx.translate(x - 12 * scale, y - 12 * scale);
    ctx.scale(scale, scale);
    ctx.lineWidth = 2.4;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#fff';
    ctx.stroke(this.glyph(point.glyph));
    ctx.restore();
    if (point.badge)
      drawBadge(ctx, x + radius * 0.8, y - radius * 0.8, colors.badge, colors.outline);
  }
}
