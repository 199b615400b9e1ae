/**
 * Node's zlib as the streaming report writer's compressor (src/xlsx/stream/zip-writer.ts):
 * native deflate and CRC-32 instead of fflate's and a table in JavaScript, which took more of a
 * 100,000-row run than reading the workbook did.
 *
 * Each piece is deflated on its own, ended by a sync flush (an empty stored block, no final
 * bit) rather than a finish, so the pieces join into one valid deflate stream (RFC 1951 3.2.3:
 * blocks need not share a dictionary; pigz joins its pieces the same way); the part's last
 * piece is finished. Compression restarts its 32 KB window at each piece of 256 K characters:
 * a fraction of a percent in size.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { ZipCodec } from "../xlsx/stream/zip-writer";

export const nodeZipCodec: ZipCodec = {
  deflater: (level, onChunk) => ({
    push(bytes, last) {
      if (bytes.length === 0 && !last) return;
      const flush = last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
      onChunk(deflateRawSync(bytes, { level, finishFlush: flush }));
    },
  }),
  crc32: (bytes, crc) => crc32(bytes, crc),
};
