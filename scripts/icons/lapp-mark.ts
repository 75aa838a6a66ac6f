import { PNG } from 'pngjs';
import { border, coverage, cutOut, roundedRect, stroke, union, type Placement, type Shape } from './shapes';

/** The app's brand colour: the colour icon's background and the manifest's `accentColor`. */
export const BRAND_COLOUR = '#106E73';

/**
 * The LAPP mark on a 32-unit grid: a clipboard holding a two-line checklist — a plan whose
 * actions get ticked off. Strokes are two units wide so the 32-pixel outline stays legible.
 */
function lappMark(): Shape {
  const clip = roundedRect(12, 3, 20, 9, 1.5);
  const board = cutOut(border(roundedRect(6, 5, 26, 29, 3), 2), roundedRect(10.5, 1.5, 21.5, 10.5, 2.5));
  // Row positions sit on whole units so the horizontal strokes fill whole pixels at 32×32.
  const rows = [13, 21];
  const ticks = rows.map((y) =>
    stroke(
      [
        [10, y + 2],
        [12, y + 4],
        [16, y],
      ],
      2,
    ),
  );
  const lines = rows.map((y) =>
    stroke(
      [
        [18.5, y + 2],
        [22, y + 2],
      ],
      2,
    ),
  );
  return union(board, clip, ...ticks, ...lines);
}

function hexToRgb(hex: string): readonly [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function png(size: number, paint: (cover: number) => readonly [number, number, number, number], mask: Float64Array): Buffer {
  const image = new PNG({ width: size, height: size });
  mask.forEach((cover, i) => image.data.set(paint(cover), i * 4));
  return PNG.sync.write(image);
}

/** The 192×192 colour icon: the white mark, about 120 pixels tall, on the brand colour. */
export function drawColourIcon(): Buffer {
  const size = 192;
  const scale = 4.5;
  const placement: Placement = { scale, offsetX: size / 2 - 16 * scale, offsetY: size / 2 - 16 * scale };
  const [r, g, b] = hexToRgb(BRAND_COLOUR);
  const mix = (from: number, cover: number) => Math.round(from + (255 - from) * cover);
  return png(size, (cover) => [mix(r, cover), mix(g, cover), mix(b, cover), 255], coverage(lappMark(), size, placement));
}

/** The 32×32 outline icon: the mark in white on a transparent background, edges as partial alpha. */
export function drawOutlineIcon(): Buffer {
  const size = 32;
  const mask = coverage(lappMark(), size, { scale: 1, offsetX: 0, offsetY: 0 });
  return png(size, (cover) => [255, 255, 255, Math.round(cover * 255)], mask);
}
