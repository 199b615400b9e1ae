/** CommonJS stand-in for the ESM-only `strip-bom`, which office-addin-mock pulls in (TOOLCHAIN.md). */
module.exports = (text) =>
  typeof text === "string" && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
