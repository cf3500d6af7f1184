// @ts-check
// Draws the two Teams app icons and writes them as PNG next to this file:
//   color.png    192×192, full colour: a staircase of four steps (Open, Learn,
//                Plan, Close) on the accent colour, the last step in gold for closure.
//   outline.png  32×32, the same staircase in white on a transparent background
//                (Teams requires only white and transparent pixels).
//   icon-16.png, icon-32.png, icon-80.png
//                the Outlook add-in's ribbon button ("Coaching plan"): the staircase
//                in the accent colour, the last step gold, on a transparent
//                background, so it reads on light and dark ribbons. The manifest's
//                extensions name them by URL; the webpack build serves them at /icons/.
//
//   node manifest/icons.mjs           write both PNGs
//   node manifest/icons.mjs --check   exit 1 if the committed PNGs are not what this script draws
//
// Only node:zlib: PNG is a signature plus CRC-checked chunks, and the pixel
// data is one deflate stream of rows that each start with a filter byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';

/** The manifest's accentColor; also the colour icon's background. */
export const ACCENT = '#0F6E78';
const GOLD = '#F2B640';
const WHITE = '#FFFFFF';

/**
 * The staircase on a 24×24 grid: x, width and height of each step, bottoms
 * aligned, no gaps between them (gaps would read as signal bars).
 * @type {ReadonlyArray<{ x: number, w: number, h: number }>}
 */
const STEPS = [
  { x: 0, w: 6, h: 6 },
  { x: 6, w: 6, h: 12 },
  { x: 12, w: 6, h: 18 },
  { x: 18, w: 6, h: 24 },
];

/** @param {string} hex */
const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * The 192×192 colour icon: the grid is scaled by 5 and centred, the nosing of
 * each step is rounded, and each pixel is 4×4 supersampled so edges are smooth.
 * @returns {Uint8Array} RGBA, row by row
 */
export function colorIconPixels() {
  const size = 192;
  const scale = 5;
  const left = (size - 24 * scale) / 2;
  const bottom = size - (size - 24 * scale) / 2;
  const radius = 6;
  const shapes = STEPS.map((s, i) => ({
    x0: left + s.x * scale,
    x1: left + (s.x + s.w) * scale,
    y0: bottom - s.h * scale,
    y1: bottom,
    last: i === STEPS.length - 1,
    color: rgb(i === STEPS.length - 1 ? GOLD : WHITE),
  }));
  const background = rgb(ACCENT);
  const pixels = new Uint8Array(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const px = x + (sx + 0.5) / n;
          const py = y + (sy + 0.5) / n;
          const hit = shapes.find((r) => insideStep(px, py, r, radius));
          const c = hit ? hit.color : background;
          for (let k = 0; k < 3; k++) sum[k] += c[k];
        }
      }
      const o = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) pixels[o + k] = Math.round(sum[k] / (n * n));
      pixels[o + 3] = 255;
    }
  }
  return pixels;
}

/**
 * A step: a rectangle whose outer top corners are rounded. The top-left corner
 * always is; the top-right one only on the last step, since every other step
 * meets the next, taller one there and that inner corner stays square.
 * @param {number} px
 * @param {number} py
 * @param {{ x0: number, x1: number, y0: number, y1: number, last: boolean }} r
 * @param {number} radius
 */
function insideStep(px, py, r, radius) {
  if (px < r.x0 || px >= r.x1 || py < r.y0 || py >= r.y1) return false;
  if (py >= r.y0 + radius) return true;
  const cx = Math.min(Math.max(px, r.x0 + radius), r.last ? r.x1 - radius : r.x1);
  const cy = r.y0 + radius;
  return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
}

/**
 * The 32×32 outline icon: the grid at 1:1 with a 4-pixel margin, whole pixels
 * only (no anti-aliasing), so every pixel is opaque white or fully transparent.
 * @returns {Uint8Array} RGBA, row by row
 */
export function outlineIconPixels() {
  const size = 32;
  const left = 4;
  const bottom = 28;
  const pixels = new Uint8Array(size * size * 4);
  for (const s of STEPS) {
    for (let y = bottom - s.h; y < bottom; y++) {
      for (let x = left + s.x; x < left + s.x + s.w; x++) pixels.set([255, 255, 255, 255], (y * size + x) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Uint8Array} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Uint8Array} data
 */
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Encodes 8-bit RGBA pixels as a non-interlaced PNG (filter 0 on every row).
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgba
 */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * Decodes what encodePng writes (8-bit RGBA, non-interlaced, filter 0 rows);
 * anything else is refused.
 * @param {Uint8Array} png
 * @returns {{ width: number, height: number, rgba: Uint8Array }}
 */
export function decodePng(png) {
  const buf = Buffer.from(png);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  const idat = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error('only 8-bit non-interlaced RGBA is read here');
    } else if (type === 'IDAT') idat.push(data);
    at += length + 12;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = y * (width * 4 + 1);
    if (rows[start] !== 0) throw new Error('only filter 0 rows are read here');
    rgba.set(rows.subarray(start + 1, start + 1 + width * 4), y * width * 4);
  }
  return { width, height, rgba };
}

/**
 * A ribbon icon of `size`×`size`: the staircase centred with rounded nosings,
 * filling more of the square than on the colour icon (a ribbon has no tile around it), accent-coloured
 * steps and a gold last step, anti-aliased into the alpha channel over transparency.
 * @param {number} size
 * @returns {Uint8Array} RGBA, row by row
 */
export function ribbonIconPixels(size) {
  // Small icons use more of their square: at 16 px the colour icon's margin would leave 10 px of art.
  const scale = ((size <= 32 ? 7 : 6) * size) / 192;
  const left = (size - 24 * scale) / 2;
  const bottom = size - (size - 24 * scale) / 2;
  const radius = Math.max(0.75, (6 * size) / 192);
  const shapes = STEPS.map((s, i) => ({
    x0: left + s.x * scale,
    x1: left + (s.x + s.w) * scale,
    y0: bottom - s.h * scale,
    y1: bottom,
    last: i === STEPS.length - 1,
    color: rgb(i === STEPS.length - 1 ? GOLD : ACCENT),
  }));
  const pixels = new Uint8Array(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const hit = shapes.find((r) => insideStep(x + (sx + 0.5) / n, y + (sy + 0.5) / n, r, radius));
          if (!hit) continue;
          hits++;
          for (let k = 0; k < 3; k++) sum[k] += hit.color[k];
        }
      }
      if (!hits) continue;
      const o = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) pixels[o + k] = Math.round(sum[k] / hits);
      pixels[o + 3] = Math.round((255 * hits) / (n * n));
    }
  }
  return pixels;
}

export const ICONS = {
  'color.png': { size: 192, pixels: colorIconPixels },
  'outline.png': { size: 32, pixels: outlineIconPixels },
  'icon-16.png': { size: 16, pixels: () => ribbonIconPixels(16) },
  'icon-32.png': { size: 32, pixels: () => ribbonIconPixels(32) },
  'icon-80.png': { size: 80, pixels: () => ribbonIconPixels(80) },
};

/** @param {string} name */
const here = (name) => fileURLToPath(new URL(name, import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, icon] of Object.entries(ICONS)) {
    const pixels = icon.pixels();
    if (check) {
      const committed = decodePng(readFileSync(here(name)));
      const same = committed.width === icon.size && committed.height === icon.size && Buffer.from(committed.rgba).equals(pixels);
      if (!same) {
        console.error(`manifest/${name} is not what manifest/icons.mjs draws: run node manifest/icons.mjs`);
        stale++;
      }
    } else {
      writeFileSync(here(name), encodePng(icon.size, icon.size, pixels));
      console.log(`wrote manifest/${name} (${icon.size}×${icon.size})`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
