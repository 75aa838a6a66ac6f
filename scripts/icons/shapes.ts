/**
 * A tiny vector renderer for the app icons: shapes are signed-distance functions in design units
 * (negative inside), so one drawing renders crisply and anti-aliased at any pixel size without an
 * image editor or a binary source file in the repository.
 */

/** Signed distance from a point to a shape's edge, negative inside. */
export type Shape = (x: number, y: number) => number;

/** A rectangle with rounded corners, from (x0, y0) to (x1, y1). */
export function roundedRect(x0: number, y0: number, x1: number, y1: number, radius: number): Shape {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - radius;
  const hy = (y1 - y0) / 2 - radius;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

/** A stroke through the points with round caps and joins. */
export function stroke(points: ReadonlyArray<readonly [number, number]>, width: number): Shape {
  const segments = points.slice(1).map((end, i) => [points[i]!, end] as const);
  return (x, y) => {
    let nearest = Infinity;
    for (const [[ax, ay], [bx, by]] of segments) {
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      nearest = Math.min(nearest, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
    return nearest - width / 2;
  };
}

/** The inner band of a shape's edge, `width` thick. */
export function border(shape: Shape, width: number): Shape {
  return (x, y) => Math.abs(shape(x, y) + width / 2) - width / 2;
}

/** Everything covered by any of the shapes. */
export function union(...shapes: Shape[]): Shape {
  return (x, y) => Math.min(...shapes.map((shape) => shape(x, y)));
}

/** `shape` with `hole` cut out of it. */
export function cutOut(shape: Shape, hole: Shape): Shape {
  return (x, y) => Math.max(shape(x, y), -hole(x, y));
}

/** Where the design grid lands on the image: pixel = offset + design unit × scale. */
export interface Placement {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/**
 * How much of each pixel of a size×size image the shape covers (0–1, row by row), measured at the
 * pixel centre: a one-pixel ramp across the edge gives the anti-aliasing.
 */
export function coverage(shape: Shape, size: number, placement: Placement): Float64Array {
  const result = new Float64Array(size * size);
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const x = (col + 0.5 - placement.offsetX) / placement.scale;
      const y = (row + 0.5 - placement.offsetY) / placement.scale;
      const distanceInPixels = shape(x, y) * placement.scale;
      result[row * size + col] = Math.max(0, Math.min(1, 0.5 - distanceInPixels));
    }
  }
  return result;
}
