/**
 * The bundled land map on its own canvas, below the stations. Leaflet's
 * GeoJSON layer would re-project, clip and rebuild ~10,000 vertices as SVG on
 * every zoom; here the outlines are projected once to zoom-0 pixels and each
 * draw is a fill and a stroke under a scale-and-offset transform.
 */
import { CanvasOverlay, type CanvasView } from './canvas-overlay';
import { linesToPath2D, projectBasemap, toPath2D } from './basemap-paths';
import type { PackedLand, PackedLines } from './packed-lines';

const BASEMAP_PANE = 'nalssi-basemap';

const THEME_VARIABLES = {
  land: '--land',
  coast: '--coast',
  neighbour: '--land-neighbour',
  border: '--province-border',
} as const;
const THEME_FALLBACKS: Record<keyof typeof THEME_VARIABLES, string> = {
  land: '#fbfaf6',
  coast: '#9aa9b8',
  neighbour: '#ebeae4',
  border: '#b9b3a6',
};

export class BasemapCanvasLayer extends CanvasOverlay {
  private readonly korea: Path2D;
  private readonly neighbours: Path2D;
  private readonly borders: Path2D;

  /** `borders`: the lines between provinces (시·도), drawn over the land, under the coast. */
  constructor(land: PackedLand, borders: PackedLines) {
    // Above tiles (z 200), below Leaflet's vector paths and the stations.
    super(BASEMAP_PANE, 250, 'nalssi-basemap');
    const projected = projectBasemap(land);
    this.korea = toPath2D(projected.korea);
    this.neighbours = toPath2D(projected.neighbour);
    this.borders = linesToPath2D(borders.lines);
  }

  protected override draw({
    ctx,
    ratio,
    pad,
    width,
    height,
    scale,
    shiftX,
    shiftY,
  }: CanvasView): void {
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const colors = this.themeColors(THEME_VARIABLES, THEME_FALLBACKS);
    // Zoom-0 pixels → canvas pixels in one transform: the paths are never rebuilt.
    ctx.setTransform(
      ratio * scale,
      0,
      0,
      ratio * scale,
      ratio * (shiftX + pad.x),
      ratio * (shiftY + pad.y),
    );
    // Neighbours are cut to a box, which leaves zero-width edges along it: fill only.
    ctx.fillStyle = colors.neighbour;
    ctx.fill(this.neighbours, 'evenodd');
    ctx.fillStyle = colors.land;
    ctx.fill(this.korea, 'evenodd');
    // One CSS pixel wide at any zoom: the transform scales line widths too.
    ctx.lineWidth = 1 / scale;
    ctx.lineJoin = 'round';
    // Dashed, as on printed maps, so a border never reads as a river or a coast.
    ctx.setLineDash([4 / scale, 2 / scale]);
    ctx.strokeStyle = colors.border;
    ctx.stroke(this.borders);
    ctx.setLineDash([]);
    ctx.strokeStyle = colors.coast;
    ctx.stroke(this.korea);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  }
}
