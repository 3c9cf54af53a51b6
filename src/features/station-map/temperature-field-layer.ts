/**
 * The temperature view's shading: an inverse-distance estimate between the
 * stations on a coarse grid, clipped to the land, under the markers. It is an
 * estimate, not an observation, and the map says so beside it.
 */
import { temperaturePaint } from '../../domain/temperature-scale';
import { UNITS_PER_ZOOM0_PIXEL } from './outline-path';
import { CanvasOverlay, type CanvasView } from './canvas-overlay';
import { idwGrid, type FieldSample } from './idw-grid';

const FIELD_PANE = 'nalssi-temperature-field';
export const FIELD_DRAWN_MEASURE = 'nalssi:temperature-field-drawn';
/** Grid cell in CSS pixels: coarse on purpose (an estimate should not look like a measurement). */
const CELL = 8;
/**
 * Stations farther than ~60 km from a cell do not shade it: 60 km in zoom-0
 * pixels at Korea's latitude (one zoom-0 pixel is ~126 km there).
 */
const REACH_ZOOM0 = 60 / 126;
/** Light enough for the borders, the coast and the markers to read through. */
const OPACITY = 0.45;

export class TemperatureFieldLayer extends CanvasOverlay {
  private readonly land: Path2D;
  /** Positions in zoom-0 pixels, temperatures in °C. */
  private samples: readonly FieldSample[] = [];

  /** `land`: the outline to shade within, as SVG path data in outline units (outline-path.ts). */
  constructor(land: string) {
    // Above the base map (250), below the stations (450).
    super(FIELD_PANE, 300, 'nalssi-temperature-field');
    this.land = new Path2D(land);
  }

  setSamples(samples: readonly FieldSample[]): void {
    this.samples = samples;
    this.redraw();
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
    if (this.samples.length === 0) return;
    const start = performance.now();

    // Samples in canvas CSS pixels; the grid covers the whole canvas.
    const offsetX = shiftX + pad.x;
    const offsetY = shiftY + pad.y;
    const farthest = REACH_ZOOM0 * scale;
    // Only stations that can reach the canvas; the rest would only fill buckets.
    const samples: FieldSample[] = [];
    for (const { x, y, value } of this.samples) {
      const cx = x * scale + offsetX;
      const cy = y * scale + offsetY;
      if (cx < -farthest || cy < -farthest || cx > width + farthest || cy > height + farthest)
        continue;
      samples.push({ x: cx, y: cy, value });
    }
    // Dense stations need no 60 km reach: three mean spacings find enough neighbours, and
    // keep the work per cell small when thousands of stations are in view.
    const spacing = Math.sqrt((width * height) / Math.max(1, samples.length));
    const reach = Math.min(farthest, Math.max(3 * spacing, 2 * CELL));
    const columns = Math.ceil(width / CELL);
    const rows = Math.ceil(height / CELL);
    const grid = idwGrid(samples, { columns, rows, cell: CELL, originX: 0, originY: 0, reach });

    ctx.save();
    // Clip to the land in outline units, then paint the cells in CSS pixels.
    const unit = scale / UNITS_PER_ZOOM0_PIXEL;
    ctx.setTransform(ratio * unit, 0, 0, ratio * unit, ratio * offsetX, ratio * offsetY);
    ctx.clip(this.land, 'evenodd');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = OPACITY;
    let current = '';
    for (let row = 0; row < rows; row += 1) {
      for (let column = 0; column < columns; column += 1) {
        const value = grid[row * columns + column]!;
        if (Number.isNaN(value)) continue;
        const { color } = temperaturePaint(value);
        if (color !== current) {
          ctx.fillStyle = color;
          current = color;
        }
        ctx.fillRect(column * CELL, row * CELL, CELL, CELL);
      }
    }
    ctx.restore();
    // Its cost per draw, for the bench and anyone profiling: it runs on every pan and zoom.
    performance.measure(FIELD_DRAWN_MEASURE, { start, detail: { samples: samples.length } });
  }
}
