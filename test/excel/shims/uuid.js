/** CommonJS stand-in for the ESM-only `uuid`, which office-addin-mock pulls in (TOOLCHAIN.md). */
module.exports = { v4: () => require("crypto").randomUUID() };
