/**
 * Draws the add-in's icons (assets/icon-16.png, icon-20.png ... icon-128.png): a rounded Excel-green square
 * with three bars, the last one short and red — accounts that fall behind. Vector shapes are
 * rasterised with 8 x 8 supersampling and written as PNG with node's zlib, so no image tool is
 * needed. Run: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = readonly [number, number, number, number];

const GREEN: Rgba = [16, 124, 65, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [255, 138, 128, 255];

/** A shape in unit coordinates (0..1, y down): does it cover this point? */
type Shape = { readonly covers: (x: number, y: number) => boolean; readonly color: Rgba };

function roundedRect(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius: number,
  color: Rgba
): Shape {
  return {
    color,
    covers: (x, y) => {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
      const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
      return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
    },
  };
}

/** Bars stand on a common baseline; heights in unit coordinates. */
function icon(): Shape[] {
  const baseline = 0.8;
  const bar = (left: number, height: number, color: Rgba) =>
    roundedRect(left, baseline - height, left + 0.16, baseline, 0.025, color);
  return [
    roundedRect(0.04, 0.04, 0.96, 0.96, 0.18, GREEN),
    bar(0.2, 0.56, WHITE),
    bar(0.42, 0.42, WHITE),
    bar(0.64, 0.2, RED),
  ];
}

function render(size: number, shapes: readonly Shape[]): Buffer {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          // The topmost shape that covers the sample wins.
          const top = [...shapes].reverse().find((shape) => shape.covers(x, y));
          if (!top) continue;
          const alpha = top.color[3] / 255;
          r += top.color[0] * alpha;
          g += top.color[1] * alpha;
          b += top.color[2] * alpha;
          a += alpha;
        }
      }
      const at = (py * size + px) * 4;
      const n = samples * samples;
      pixels[at] = a > 0 ? Math.round(r / a) : 0;
      pixels[at + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[at + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[at + 3] = Math.round((a / n) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG; every scanline uses filter 0 (none). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Ribbon sizes of Microsoft's icon guidelines for add-in commands (16, 20, 32, 80), the manifest's 64 and the store's 128. */
export const ICON_SIZES = [16, 20, 32, 64, 80, 128] as const;

if (require.main === module) {
  const out = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(out, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, render(size, icon())));
    console.log(`wrote ${file}`);
  }
}
