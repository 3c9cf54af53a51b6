/**
 * The temperature line's geometry, pure: hours along x, °C along y (higher is
 * up), with gaps where an hour was not observed, so the line never draws
 * across a missing reading as if it had been measured.
 */
export interface TrendBox {
  readonly width: number;
  readonly height: number;
  /** Room kept above and below the line for the high/low marks. */
  readonly padding: number;
}

export interface TrendGeometry {
  /** SVG path data: one `M…L…` run per unbroken stretch of observed hours. */
  readonly path: string;
  /** Each observed hour's point (null where not observed), for the hour marker. */
  readonly points: readonly ({ x: number; y: number } | null)[];
}

export function trendGeometry(series: readonly (number | null)[], box: TrendBox): TrendGeometry {
  const values = series.filter((value): value is number => value !== null);
  if (values.length === 0) return { path: '', points: series.map(() => null) };
  const min = Math.min(...values);
  const max = Math.max(...values);
  // A flat day still gets a visible line in the middle, not a division by zero.
  const span = max - min || 1;
  const step = series.length > 1 ? box.width / (series.length - 1) : 0;
  const inner = box.height - 2 * box.padding;
  const points = series.map((value, hour) =>
    value === null
      ? null
      : {
          x: round(hour * step),
          y: round(box.padding + (max === min ? inner / 2 : ((max - value) / span) * inner)),
        },
  );
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (point === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${point.x} ${point.y}`;
    drawing = true;
  }
  return { path, points };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
