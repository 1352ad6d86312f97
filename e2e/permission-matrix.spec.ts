// The permission matrix (issue 11): every REST route of lib/validation/api-routes.ts, called over
// real HTTP by an owner, an editor, a reviewer, a viewer, a signed-in non-member and an anonymous
// caller. The expected status comes from the route's `permission` and the one permission table
// (lib/domain/policy.ts `can`): allowed -> the route's ok status, a member without the
// permission -> 403, a non-member -> 404 (another workspace's records do not exist), anonymous ->
// 401 (public routes: ok). Each refusal's body is {error: {code, message}}.
import { expect, test } from "@playwright/test";
import { API_ROUTES } from "@/lib/validation/api-routes";
import { CALLERS, roleFixture, type RoleFixture } from "./api-fixtures";
import { CALLS, expectErrorBody, expectedStatus, routeKey, send } from "./api-calls";

let f: RoleFixture;
test.beforeAll(async ({ playwright }, info) => {
  f = await roleFixture(playwright, info.project.use.baseURL!, "Matrix");
});
test.afterAll(async () => f?.world.dispose());

test("every REST route has a row of calls, and every row a route", () => {
  expect(Object.keys(CALLS).sort()).toEqual(API_ROUTES.map(routeKey).sort());
});

for (const route of API_ROUTES) {
  test(`${routeKey(route)} as every role`, async () => {
    const variants = CALLS[routeKey(route)];
    expect(variants, `${routeKey(route)} has no row in e2e/api-calls.ts`).toBeDefined();
    const expected: Record<string, number> = {};
    const actual: Record<string, number> = {};
    await Promise.all(
      variants!.flatMap((variant) =>
        CALLERS.map(async (caller) => {
          const label = `${variant.name ? `${variant.name} ` : ""}${caller}`;
          expected[label] = expectedStatus(variant.permission ?? route.permission, caller, route.ok);
          const answer = await send(f, route, caller, await variant.prepare(f, caller));
          actual[label] = answer.status;
          if (answer.status >= 400) expectErrorBody(answer);
          // A JSON route's success is JSON (a download, a stream or a 204 is not).
          if (answer.status < 300 && route.ok !== 204 && !route.produces) expect(() => JSON.parse(answer.text), answer.url).not.toThrow();
          if (answer.status !== expected[label]) console.log(`${routeKey(route)} ${label}: ${answer.status} ${answer.text.slice(0, 300)}`);
        }),
      ),
    );
    expect(actual).toEqual(expected);
  });
}
