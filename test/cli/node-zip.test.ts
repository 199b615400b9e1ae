/**
 * The command line's compressor (src/cli/node-zip.ts): pieces deflated on their own, joined by
 * sync flushes, must make one valid deflate stream with the right checksum, and the workbook
 * it writes must hold the parts fflate's holds. (Parts are compared as text: exceljs, reading
 * both, decodes an `_x005F_` escape differently where its inflated pieces happen to split it.)
 */
import { inflateRawSync } from "node:zlib";
import { nodeZipCodec } from "../../src/cli/node-zip";
import { crc32 } from "../../src/xlsx/stream/crc32";
import { ZipWriter } from "../../src/xlsx/stream/zip-writer";
import { renderReportStreamed } from "../../src/xlsx/stream/stream-workbook";
import { openPackage } from "../../src/xlsx/reader/package-archive";
import { readZipDirectory } from "../../src/xlsx/reader/zip-directory";
import { joinSheet } from "../xlsx/sample-sheets";

jest.setTimeout(60_000);

test("pieces deflated apart inflate to the whole text", () => {
  const chunks: Uint8Array[] = [];
  const deflater = nodeZipCodec.deflater(3, (chunk) => chunks.push(chunk));
  const pieces = ["<row>first piece</row>", "", "second é piece ".repeat(5000), "end"];
  const encoder = new TextEncoder();
  pieces.forEach((piece, i) => deflater.push(encoder.encode(piece), i === pieces.length - 1));
  expect(chunks.length).toBe(3); // the empty piece adds nothing
  expect(inflateRawSync(Buffer.concat(chunks)).toString("utf8")).toBe(pieces.join(""));
});

test("its checksum is the zip format's, continued piece by piece", () => {
  const bytes = new TextEncoder().encode("Customer Id,Invoice Price\n".repeat(1000));
  expect(nodeZipCodec.crc32(bytes, 0)).toBe(crc32(bytes));
  const half = bytes.length >> 1;
  expect(
    nodeZipCodec.crc32(bytes.subarray(half), nodeZipCodec.crc32(bytes.subarray(0, half), 0))
  ).toBe(crc32(bytes));
});

test("a part of many pieces is read back whole by the workbook reader", async () => {
  const zip = new ZipWriter(nodeZipCodec);
  const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}">${i}</row>`);
  zip.addText("xl/big.xml", rows);
  const text = await openPackage(zip.finish()).text("xl/big.xml");
  expect(text).toBe(rows.join(""));
});

test("the workbook holds the very parts fflate's does, byte for byte once inflated", async () => {
  const sheets = [joinSheet(3000)];
  const created = new Date(Date.UTC(2025, 9, 21));
  const portable = await renderReportStreamed(sheets, { created });
  const native = await renderReportStreamed(sheets, { created }, nodeZipCodec);
  const names = readZipDirectory(portable).map((entry) => entry.name);
  expect(readZipDirectory(native).map((entry) => entry.name)).toEqual(names);
  expect(names).toContain("xl/worksheets/sheet1.xml");
  for (const name of names)
    expect(await openPackage(native).text(name)).toBe(await openPackage(portable).text(name));
});
