// Browser tests drive a real Chromium over a production build: minutes, not jest's 5 s default.
// (testTimeout in a project's config is ignored when the root config lists projects.)
jest.setTimeout(180_000);
