/**
 * The reader's position (near me) as one small element in Leaflet's marker
 * pane, moved with the map. Leaflet's `CircleMarker` would bring its vector
 * paths and renderers into the map's code for this one dot (see
 * `leaflet-parts.js`); a positioned element needs only the core.
 */
import * as L from 'leaflet';

interface MapWithPrivateZoom extends L.Map {
  // Leaflet's own markers use this during zoom animation; it is stable across 1.x.
  _latLngToNewLayerPoint(
    latlng: L.LatLngExpression,
    zoom: number,
    center: L.LatLngExpression,
  ): L.Point;
}

export class HereLayer extends L.Layer {
  private element: HTMLElement | null = null;

  constructor(private position: L.LatLng) {
    super();
  }

  override onAdd(map: L.Map): this {
    const element = L.DomUtil.create('div', 'nalssi-here leaflet-zoom-animated');
    element.setAttribute('aria-hidden', 'true');
    map.getPane('markerPane')?.appendChild(element);
    this.element = element;
    this.place();
    return this;
  }

  override onRemove(): this {
    this.element?.remove();
    this.element = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      zoom: this.place,
      viewreset: this.place,
      zoomanim: this.animateZoom as L.LeafletEventHandlerFn,
    };
  }

  moveTo(position: L.LatLng): void {
    this.position = position;
    this.place();
  }

  private place(): void {
    if (!this.element || !this._map) return;
    L.DomUtil.setPosition(this.element, this._map.latLngToLayerPoint(this.position).round());
  }

  private animateZoom(event: L.ZoomAnimEvent): void {
    if (!this.element || !this._map) return;
    const map = this._map as MapWithPrivateZoom;
    const point = map._latLngToNewLayerPoint(this.position, event.zoom, event.center).round();
    L.DomUtil.setPosition(this.element, point);
  }
}
