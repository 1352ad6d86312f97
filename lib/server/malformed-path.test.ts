import { describe, expect, it } from "vitest";
import { malformedPathProblem, malformedPathResponse } from "./malformed-path";

describe("malformed request paths", () => {
  it.each([
    "/api/v1/documents/%zz",
    "/api/v1/units/%",
    "/api/v1/documents/%C0%AF",
    "/api/v1/documents/%ED%A0%80",
    "/documents/%FF%FE",
    "/api/v1/workspaces/%E2%80",
  ])("%s is refused", (path) => {
    expect(malformedPathProblem(path)).toMatch(/percent-encoding/);
  });

  it.each(["/api/v1/documents/abc", "/api/v1/documents/%00", "/api/v1/documents/%2e%2e", "/documents/%F0%9F%99%82", "/api/v1/search"])("%s passes", (path) => {
    expect(malformedPathProblem(path)).toBeNull();
    expect(malformedPathResponse(path)).toBeNull();
  });

  it("answers 400 JSON under /api/ and plain text elsewhere", async () => {
    const api = malformedPathResponse("/api/v1/units/%zz")!;
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("VALIDATION");
    const page = malformedPathResponse("/documents/%zz")!;
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toMatch(/^text\/plain/);
  });
});
