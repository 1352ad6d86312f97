import { afterEach, expect, test } from "vitest";
import { originFromHeaders } from "./base-url";

afterEach(() => {
  delete process.env.WARRANT_PUBLIC_URL;
});

test.each([
  [{ host: "127.0.0.1:4100" }, "http://127.0.0.1:4100"],
  [{ host: "internal:3000", "x-forwarded-host": "warrant.example.org", "x-forwarded-proto": "https" }, "https://warrant.example.org"],
  [{ host: "a:1", "x-forwarded-host": "b.example.org, c", "x-forwarded-proto": "https, http" }, "https://b.example.org"],
  [{}, "http://localhost:3000"],
])("links start with the origin the client used: %j", (h, origin) => {
  expect(originFromHeaders(new Headers(h))).toBe(origin);
});

test("WARRANT_PUBLIC_URL wins over the request", () => {
  process.env.WARRANT_PUBLIC_URL = "https://warrant.example.org/";
  expect(originFromHeaders(new Headers({ host: "127.0.0.1:4100" }))).toBe("https://warrant.example.org");
});
