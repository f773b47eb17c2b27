// Writes the app icons (run by hand when the design changes; the PNGs are committed):
//   build/icon.png       256×256, the installer / window icon (electron-builder buildResources)
//   build/tray-icon.png   32×32, the tray icon (packaged via `files` in electron-builder.yml)
// A blue square with a white rounded "notebook page" and three blue lines. Plain zlib + CRC-32,
// no image library; 4×4 supersampling for smooth corners. The output is byte-for-byte deterministic.
//   node build/scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const BLUE = [0x1f, 0x5f, 0xbf];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Inside a rounded rectangle [x0,x1)×[y0,y1) with corner radius r? */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** White page coverage (0..1) of pixel (px,py) in an icon of `size`. Lines are blue on the page. */
function pageCoverage(px, py, size) {
  const s = size / 256; // design on a 256 grid
  const SS = 4;
  let hits = 0;
  for (let i = 0; i < SS; i++) {
    for (let j = 0; j < SS; j++) {
      const x = (px + (i + 0.5) / SS) / s;
      const y = (py + (j + 0.5) / SS) / s;
      const onPage = inRoundedRect(x, y, 56, 40, 200, 216, 20);
      const onLine = [88, 128, 168].some((ly) => y >= ly && y < ly + 14 && x >= 84 && x < 172);
      if (onPage && !onLine) hits++;
    }
  }
  return hits / (SS * SS);
}

function png(size) {
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const a = pageCoverage(x, y, size);
      const o = row + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(BLUE[c] * (1 - a) + WHITE[c] * a);
      raw[o + 3] = 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const [name, size] of [['icon.png', 256], ['tray-icon.png', 32]]) {
  const file = path.join(buildDir, name);
  fs.writeFileSync(file, png(size));
  console.log(`${path.relative(process.cwd(), file)}: ${size}×${size}`);
}
