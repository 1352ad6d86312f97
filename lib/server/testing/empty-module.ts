// Stands in for the "server-only" marker package in unit tests (vitest.config.mts alias).
export {};
