import { decodeText } from "../../src/xlsx/decode-text";

describe("decodeText", () => {
  it("decodes UTF-8 with and without a byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toBe("Aé");
    expect(decodeText(new Uint8Array([0x41, 0xc3, 0xa9]))).toBe("Aé");
  });

  it("decodes UTF-16 little and big endian by their byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toBe("Aé");
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]))).toBe("Aé");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8, euro sign included", () => {
    expect(decodeText(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80, 0x93]))).toBe(
      "Müller €“"
    );
  });
});
