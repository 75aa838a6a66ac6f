import { PNG } from 'pngjs';

/**
 * The icon rules Teams enforces on upload that no schema can: pixel sizes, and an outline icon
 * that is white on a transparent background and nothing else.
 */

export interface IconFiles {
  readonly colorName: string;
  readonly color: Buffer;
  readonly outlineName: string;
  readonly outline: Buffer;
}

function decode(name: string, bytes: Buffer, errors: string[]): PNG | null {
  try {
    return PNG.sync.read(bytes);
  } catch (error) {
    errors.push(`${name} is not a readable PNG (${(error as Error).message}).`);
    return null;
  }
}

function sizeProblem(name: string, image: PNG, size: number): string[] {
  return image.width === size && image.height === size
    ? []
    : [`${name} is ${image.width}×${image.height} pixels; it must be exactly ${size}×${size}.`];
}

function outlineProblems(name: string, image: PNG): string[] {
  let coloured = 0;
  let transparent = 0;
  let visible = 0;
  let firstColoured = '';
  for (let i = 0; i < image.width * image.height; i += 1) {
    const [r, g, b, a] = image.data.subarray(i * 4, i * 4 + 4);
    if (a === 0) {
      transparent += 1;
      continue;
    }
    visible += 1;
    if (r !== 255 || g !== 255 || b !== 255) {
      if (coloured === 0) firstColoured = `(${i % image.width}, ${Math.floor(i / image.width)}) is rgb(${r}, ${g}, ${b})`;
      coloured += 1;
    }
  }
  const problems: string[] = [];
  if (coloured > 0) {
    problems.push(`${name} must be white on transparent: ${coloured} visible pixel(s) are not white, e.g. ${firstColoured}.`);
  }
  if (transparent === 0) problems.push(`${name} must have a transparent background; every pixel is opaque.`);
  if (visible === 0) problems.push(`${name} is completely transparent; it must show the app's mark in white.`);
  return problems;
}

function colourProblems(name: string, image: PNG): string[] {
  for (let i = 3; i < image.data.length; i += 4) {
    if (image.data[i] !== 0) return [];
  }
  return [`${name} is completely transparent; the colour icon must show the app's mark.`];
}

/** Problems with the two icons, one readable line each. */
export function checkIcons(icons: IconFiles): string[] {
  const errors: string[] = [];
  const color = decode(icons.colorName, icons.color, errors);
  if (color) errors.push(...sizeProblem(icons.colorName, color, 192), ...colourProblems(icons.colorName, color));
  const outline = decode(icons.outlineName, icons.outline, errors);
  if (outline) errors.push(...sizeProblem(icons.outlineName, outline, 32), ...outlineProblems(icons.outlineName, outline));
  return errors;
}
