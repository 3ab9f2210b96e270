#!/usr/bin/env node
/*
 * Draws the add-in's icons (assets/icon-16/32/64/80.png): three traffic-light dots, red, amber
 * and green, on a transparent background. Node built-ins only (zlib for the deflate stream, a
 * table CRC-32 for the chunk checksums), so the icons can be rebuilt anywhere without a
 * drawing library: `node scripts/make-icons.js [outDir]`.
 *
 * The dots sit in a triangle, red on top, so each can be as large as possible (7 px across at
 * 16 px) without touching; a darker rim of the same hue keeps them apart from a white ribbon
 * and a dark one alike.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Buffer } = require('buffer');

const SIZES = [16, 32, 64, 80];

/** The rating fills of the workbook's own colour rules (src/core/output/colours.ts). */
const DOTS = [
  { cx: 0.5, cy: 0.265, fill: [0xc0, 0x00, 0x00] },
  { cx: 0.265, cy: 0.735, fill: [0xff, 0xc0, 0x00] },
  { cx: 0.735, cy: 0.735, fill: [0x00, 0xb0, 0x50] },
];
/** Dot radius and rim width, as fractions of the icon size. */
const RADIUS = 0.225;
const RIM = 0.06;
/** Sub-samples per pixel side: edges are anti-aliased by coverage. */
const SS = 8;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major) as a PNG file. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: truecolour with alpha
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function darker(rgb) {
  return rgb.map((v) => Math.round(v * 0.6));
}

/** The colour a sub-sample point takes, or null when it falls outside every dot. */
function sample(x, y) {
  let hit = null;
  for (const dot of DOTS) {
    const d = Math.hypot(x - dot.cx, y - dot.cy);
    if (d <= RADIUS) hit = d > RADIUS - RIM ? darker(dot.fill) : dot.fill;
  }
  return hit;
}

/** Renders one icon as RGBA pixels; colours are averaged over the covered sub-samples only. */
function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const colour = sample((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!colour) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      }
      const o = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(sum[i] / covered);
      rgba[o + 3] = Math.round((255 * covered) / (SS * SS));
    }
  }
  return rgba;
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES };
