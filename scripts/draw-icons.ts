/**
 * Draws the Teams app icons into assets/ (run: `npx tsx scripts/draw-icons.ts`). The PNGs are
 * committed; re-run this only when the mark or the brand colour changes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { drawColourIcon, drawOutlineIcon } from './icons/lapp-mark';

const assets = path.resolve(__dirname, '..', 'assets');
writeFileSync(path.join(assets, 'color.png'), drawColourIcon());
writeFileSync(path.join(assets, 'outline.png'), drawOutlineIcon());
process.stdout.write(`Wrote color.png and outline.png to ${assets}\n`);
