/** Median and spread of a sample of timings. */
export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
}

/** The `fraction` quantile (0–1) of `sorted`, linearly interpolated. */
function quantile(sorted: readonly number[], fraction: number): number {
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const weight = position - lower;

  return sorted[lower]! * (1 - weight) + sorted[upper]! * weight;
}

/** Summarizes `samples` as median, 10th and 90th percentile. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) {
    throw new Error('Cannot summarize an empty sample.');
  }
  const sorted = [...samples].sort((a, b) => a - b);

  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
  };
}

/** Least-squares line `y = intercept + slope × x` through the points. */
export function fitLine(points: readonly { x: number; y: number }[]): {
  slope: number;
  intercept: number;
  r2: number;
} {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = meanY - slope * meanX;
  const ssTotal = points.reduce((sum, p) => sum + (p.y - meanY) ** 2, 0);
  const ssResidual = points.reduce(
    (sum, p) => sum + (p.y - intercept - slope * p.x) ** 2,
    0,
  );

  return {
    slope,
    intercept,
    r2: ssTotal === 0 ? 1 : 1 - ssResidual / ssTotal,
  };
}
