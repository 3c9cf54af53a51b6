/**
 * A canvas that covers the map view plus a margin, in its own pane, and is
 * redrawn by the subclass after every pan, zoom and resize. Leaflet's own
 * vector renderers re-project and rebuild every shape on each of those; the
 * overlays here keep their geometry in zoom-0 pixels and only change the
 * scale and offset at draw time.
 */
import * as L from 'leaflet';
import { resolveThemeColors } from './theme-colors';

interface MapWithPrivateZoom extends L.Map {
  // Leaflet's own overlays use this during zoom animation; it is stable across 1.x.
  _latLngToNewLayerPoint(
    latlng: L.LatLngExpression,
    zoom: number,
    center: L.LatLngExpression,
  ): L.Point;
}

/**
 * The canvas overhangs the view so that a short pan does not reveal an empty
 * edge before the redraw. Leaflet's own canvas renderer uses the same 10 %:
 * every extra margin is area painted on each draw.
 */
const PADDING = 0.1;

/**
 * The margin in CSS pixels, rounded to whole device pixels. The canvas is
 * drawn translated by it: a fraction of a device pixel there would put every
 * sprite copied onto it between pixels, where Chromium resamples it and labels blur.
 */
function margin(size: L.Point, ratio: number): L.Point {
  return L.point(
    Math.round(size.x * PADDING * ratio) / ratio,
    Math.round(size.y * PADDING * ratio) / ratio,
  );
}

/** Where zoom-0 pixels land on the canvas for the current view. */
export interface CanvasView {
  readonly ctx: CanvasRenderingContext2D;
  readonly map: L.Map;
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
  /** The margin around the view, in CSS pixels (the canvas origin is at −pad). */
  readonly pad: L.Point;
  /** The whole canvas in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Container pixel = zoom-0 pixel × scale + shift. */
  readonly scale: number;
  readonly shiftX: number;
  readonly shiftY: number;
}

export abstract class CanvasOverlay extends L.Layer {
  protected canvas: HTMLCanvasElement | null = null;
  /** Resolving colours forces a style recalculation, so it happens once per theme, not per draw. */
  private resolvedColors: Record<string, string> | null = null;

  constructor(
    private readonly paneName: string,
    private readonly paneZIndex: number,
    private readonly className: string,
  ) {
    super();
    // L.Layer has no initialize() of its own, so options passed to super() would be dropped.
    L.Util.setOptions(this, { pane: paneName });
  }

  override onAdd(map: L.Map): this {
    if (!map.getPane(this.paneName))
      map.createPane(this.paneName).style.zIndex = String(this.paneZIndex);
    const canvas = L.DomUtil.create('canvas', `${this.className} leaflet-zoom-animated`);
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
    };
  }

  /** Draw again with the same content. */
  redraw(): void {
    const view = this.currentView();
    if (view) this.draw(view);
  }

  /** The colour theme changed (the reader's choice or the system's): new colours, new draw. */
  themeChanged(): void {
    this.resolvedColors = null;
    this.redraw();
  }

  /** This layer's theme colours; each layer always asks with the same variables. */
  protected themeColors<Key extends string>(
    variables: Readonly<Record<Key, string>>,
    fallbacks: Readonly<Record<Key, string>>,
  ): Record<Key, string> {
    if (!this.resolvedColors && this._map)
      this.resolvedColors = resolveThemeColors(this._map.getContainer(), variables, fallbacks);
    return (this.resolvedColors as Record<Key, string> | null) ?? { ...fallbacks };
  }

  /** Paint the whole canvas for this view. */
  protected abstract draw(view: CanvasView): void;

  private animateZoom(event: L.ZoomAnimEvent): void {
    if (!this.canvas || !this._map) return;
    const map = this._map as MapWithPrivateZoom;
    const topLeft = map.containerPointToLatLng(
      margin(map.getSize(), window.devicePixelRatio || 1).multiplyBy(-1),
    );
    const scale = map.getZoomScale(event.zoom);
    const offset = map._latLngToNewLayerPoint(topLeft, event.zoom, event.center);
    L.DomUtil.setTransform(this.canvas, offset, scale);
  }

  /** Re-anchor the canvas to the current view (after pan, zoom or resize) and redraw. */
  private reset(): void {
    if (!this.canvas || !this._map) return;
    const map = this._map;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const pad = margin(size, ratio);
    const topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1));
    L.DomUtil.setPosition(this.canvas, topLeft);
    const full = size.add(pad.multiplyBy(2));
    this.canvas.width = Math.round(full.x * ratio);
    this.canvas.height = Math.round(full.y * ratio);
    this.canvas.style.width = `${full.x}px`;
    this.canvas.style.height = `${full.y}px`;
    this.redraw();
  }

  /** The canvas and how the map projects onto it now, or null when not on a map. */
  protected currentView(): CanvasView | null {
    const map = this._map;
    const ctx = this.canvas?.getContext('2d');
    if (!map || !ctx) return null;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const pad = margin(size, ratio);
    const origin = map.getPixelOrigin();
    const offset = map.layerPointToContainerPoint(L.point(0, 0));
    return {
      ctx,
      map,
      ratio,
      pad,
      width: size.x + 2 * pad.x,
      height: size.y + 2 * pad.y,
      scale: map.getZoomScale(map.getZoom(), 0),
      shiftX: offset.x - origin.x,
      shiftY: offset.y - origin.y,
    };
  }
}
