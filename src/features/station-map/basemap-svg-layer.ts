/**
 * The bundled land map as one SVG element, below the stations. Its outlines
 * arrive as SVG path data, projected at build time (outline-path.ts), and the
 * element is only moved and resized on zoom: the browser rasterises it in tiles off the main thread, where a
 * canvas had to be filled, stroked and handed to the compositor on the main
 * thread after every pan and zoom. Its colours are CSS (station-map.css), so a
 * theme switch needs no redraw.
 */
import * as L from 'leaflet';
import {
  UNITS_PER_ZOOM0_PIXEL,
  type LandOutlines,
  type LineOutlines,
  type OutlineBox,
} from './outline-path';

const BASEMAP_PANE = 'nalssi-basemap';
const SVG_NS = 'http://www.w3.org/2000/svg';

interface MapWithPrivateZoom extends L.Map {
  // Leaflet's own overlays use this during zoom animation; it is stable across 1.x.
  _latLngToNewLayerPoint(
    latlng: L.LatLngExpression,
    zoom: number,
    center: L.LatLngExpression,
  ): L.Point;
}

function svgPath(d: string, className: string): SVGPathElement {
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('class', className);
  return path;
}

export class BasemapSvgLayer extends L.Layer {
  /** The SVG's box: Leaflet positions and scales HTML elements. */
  private frame: HTMLElement | null = null;
  private svg: SVGSVGElement | null = null;
  private box: OutlineBox | null = null;
  /** The frame's left and top, in layer pixels. */
  private position = L.point(0, 0);

  constructor() {
    super();
    // L.Layer has no initialize() of its own, so options passed to super() would be dropped.
    L.Util.setOptions(this, { pane: BASEMAP_PANE });
  }

  /**
   * Draws the outlines, once they have arrived. The layer itself is on the map from the start:
   * adding a new composited element later would make Chromium hand the station canvas to the
   * compositor again (measured: 70 ms of main thread at 4× CPU slowdown).
   * `borders`: the lines between provinces (시·도), drawn over the land, under the coast.
   */
  setOutlines(land: LandOutlines, borders: LineOutlines): void {
    // Each country's path starts with an absolute move, so they join as they are.
    const paths = (role: 'korea' | 'neighbour') =>
      land.features
        .filter((feature) => feature.role === role)
        .map((feature) => feature.d)
        .join('');
    const { box } = land;
    const korea = paths('korea');
    this.box = box;
    this.svg?.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
    // Neighbours are cut to a box, which leaves straight edges along it: fill only.
    // The coast is Korea's outline once more, stroked over the province borders.
    this.svg?.replaceChildren(
      svgPath(paths('neighbour'), 'nalssi-basemap-neighbour'),
      svgPath(korea, 'nalssi-basemap-land'),
      svgPath(borders.d, 'nalssi-basemap-border'),
      svgPath(korea, 'nalssi-basemap-coast'),
    );
    this.reset();
  }

  override onAdd(map: L.Map): this {
    // Above tiles (z 200), below the station canvas.
    if (!map.getPane(BASEMAP_PANE)) map.createPane(BASEMAP_PANE).style.zIndex = '250';
    const frame = L.DomUtil.create('div', 'nalssi-basemap leaflet-zoom-animated');
    frame.setAttribute('aria-hidden', 'true');
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('preserveAspectRatio', 'none');
    frame.append(svg);
    this.svg = svg;
    this.getPane()?.appendChild(frame);
    this.frame = frame;
    this.reset();
    return this;
  }

  override onRemove(): this {
    this.frame?.remove();
    this.frame = null;
    this.svg = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    // A pan moves the whole pane; only a zoom changes where and how large the outlines are.
    return {
      zoom: this.reset,
      viewreset: this.reset,
      zoomanim: this.animateZoom as L.LeafletEventHandlerFn,
    };
  }

  private animateZoom(event: L.ZoomAnimEvent): void {
    const box = this.box;
    if (!this.frame || !this._map || !box) return;
    const map = this._map as MapWithPrivateZoom;
    const corner = map.unproject(
      L.point(box.x / UNITS_PER_ZOOM0_PIXEL, box.y / UNITS_PER_ZOOM0_PIXEL),
      0,
    );
    const scale = map.getZoomScale(event.zoom);
    const offset = map._latLngToNewLayerPoint(corner, event.zoom, event.center);
    // The transform moves the frame from where left and top put it.
    L.DomUtil.setTransform(this.frame, offset.subtract(this.position), scale);
  }

  private reset(): void {
    const box = this.box;
    if (!this.frame || !this._map || !box) return;
    const map = this._map;
    // Zoom-0 pixels → layer pixels: × 2^zoom, less the map's pixel origin.
    const scale = map.getZoomScale(map.getZoom(), 0) / UNITS_PER_ZOOM0_PIXEL;
    const origin = map.getPixelOrigin();
    // Placed with left and top, not Leaflet's translate3d: a transformed element gets a
    // compositor layer of its own, and a new or resized layer made Chromium hand the station
    // canvas to the compositor again (70 ms of main thread at 4× CPU slowdown).
    this.position = L.point(box.x * scale - origin.x, box.y * scale - origin.y);
    const style = this.frame.style;
    style.transform = '';
    style.left = `${this.position.x}px`;
    style.top = `${this.position.y}px`;
    style.width = `${box.width * scale}px`;
    style.height = `${box.height * scale}px`;
  }
}
