// The REST API journey with a token, no browser session: sign up -> token -> import an
// argument file -> set verdicts -> attach a source -> relate units -> export in every format.
import { expect, test } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./fixtures";

const FORMATS = ["json", "argdown", "aif", "claimreview", "annotations", "csv", "markdown", "graphml", "dot"];
const ARGDOWN = `# Budget row\n\n[Rise]: The budget rose by 12 percent.\n    - [Minutes]\n\n[Minutes]: The minutes record a rise of 8 percent.\n\n[Chair]: The chair presented the budget in Geneva.\n`;

test("signup -> token -> import -> verdicts -> source -> relation -> export every format", async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  const email = uniqueEmail("api");
  const signup = await anon.post("/api/v1/auth/signup", { data: { email, password: PASSWORD, name: "Api User" } });
  expect(signup.status()).toBe(201);
  const { workspace } = (await signup.json()) as { workspace: { id: string } };

  expect((await anon.post("/api/v1/tokens", { data: { email, password: "wrong password!", name: "x" } })).status()).toBe(401);
  const created = await anon.post("/api/v1/tokens", { data: { email, password: PASSWORD, name: "journey" } });
  expect(created.status()).toBe(201);
  const { token, id: tokenId } = (await created.json()) as { token: string; id: string };
  expect(token).toMatch(/^wrt_/);
  expect((await anon.get("/api/v1/workspaces")).status()).toBe(401);

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const imported = await api.post(`/api/v1/workspaces/${workspace.id}/imports`, { data: { format: "argdown", content: ARGDOWN } });
  expect(imported.status()).toBe(201);
  const { id: documentId } = (await imported.json()) as { id: string };

  const unitsRes = await api.get(`/api/v1/documents/${documentId}/units`);
  expect(unitsRes.status()).toBe(200);
  const { units } = (await unitsRes.json()) as { units: { id: string; exact: string; version: number }[] };
  expect(units).toHaveLength(3);
  const byWords = (w: string) => units.find((u) => u.exact.includes(w))!;
  const rise = byWords("rose"),
    minutes = byWords("minutes"),
    chair = byWords("chair");

  const patched = await api.patch(`/api/v1/units/${rise.id}`, {
    data: { version: rise.version, verdict: "DISPUTED", rationale: "The minutes say 8 percent." },
  });
  expect(patched.status()).toBe(200);
  expect((await api.patch(`/api/v1/units/${rise.id}`, { data: { version: rise.version, verdict: "SUPPORTED", rationale: "stale" } })).status()).toBe(409);
  expect(
    (await api.patch(`/api/v1/units/${chair.id}`, { data: { version: chair.version, verdict: "SUPPORTED", rationale: "Video of the session." } })).status(),
  ).toBe(200);

  const source = await api.post(`/api/v1/units/${rise.id}/sources`, {
    data: { url: "https://minutes.example.org/2024-03", title: "Committee minutes", stance: "REFUTES" },
  });
  expect(source.status()).toBe(201);
  const relation = await api.post(`/api/v1/documents/${documentId}/relations`, { data: { fromId: chair.id, toId: minutes.id, type: "SUPPORTS" } });
  expect(relation.status()).toBe(201);

  for (const format of FORMATS) {
    const res = await api.get(`/api/v1/documents/${documentId}/export?format=${format}`);
    expect(res.status(), format).toBe(200);
    expect(res.headers()["content-disposition"], format).toMatch(/^attachment; filename="Budget-row\./);
    const body = await res.text();
    if (format === "json") {
      const map = JSON.parse(body) as { nodes: { verdict: string; sources: unknown[] }[]; edges: { type: string }[] };
      expect(map.nodes.map((n) => n.verdict).sort()).toEqual(["DISPUTED", "SUPPORTED", "UNREVIEWED"]);
      expect(map.nodes.flatMap((n) => n.sources)).toHaveLength(1);
      expect(map.edges.map((e) => e.type).sort()).toEqual(["ATTACKS", "SUPPORTS"]);
    }
    if (format === "claimreview") expect((JSON.parse(body) as { "@graph": unknown[] })["@graph"]).toHaveLength(2);
    if (format === "argdown") expect(body).toContain("#(disputed)");
  }
  expect((await api.get(`/api/v1/documents/${documentId}/export?format=pdf`)).status()).toBe(400);

  // Re-import Warrant's own JSON: the same verdicts come back.
  const json = await (await api.get(`/api/v1/documents/${documentId}/export?format=json`)).text();
  const again = await api.post(`/api/v1/workspaces/${workspace.id}/imports`, { data: { format: "json", content: json, title: "Copy" } });
  expect(again.status()).toBe(201);

  const spec = await anon.get("/api/v1/openapi.json");
  expect(((await spec.json()) as { openapi: string }).openapi).toBe("3.1.0");

  expect((await api.delete(`/api/v1/tokens/${tokenId}`)).status()).toBe(200);
  expect((await api.get("/api/v1/workspaces")).status()).toBe(401);
  await Promise.all([anon.dispose(), api.dispose()]);
});

test("a stranger's token sees nothing of another workspace (404)", async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  const tokens: string[] = [];
  const workspaces: string[] = [];
  for (const name of ["Owner", "Stranger"]) {
    const email = uniqueEmail(name.toLowerCase());
    const { workspace } = (await (await anon.post("/api/v1/auth/signup", { data: { email, password: PASSWORD, name } })).json()) as {
      workspace: { id: string };
    };
    workspaces.push(workspace.id);
    tokens.push(((await (await anon.post("/api/v1/tokens", { data: { email, password: PASSWORD, name: "t" } })).json()) as { token: string }).token);
  }
  const owner = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${tokens[0]}` } });
  const stranger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${tokens[1]}` } });
  const { id } = (await (
    await owner.post(`/api/v1/workspaces/${workspaces[0]}/imports`, { data: { format: "argdown", content: "[A]: Alpha.\n" } })
  ).json()) as { id: string };
  expect((await stranger.get(`/api/v1/documents/${id}/export?format=json`)).status()).toBe(404);
  expect((await stranger.post(`/api/v1/workspaces/${workspaces[0]}/imports`, { data: { format: "argdown", content: "[A]: x\n" } })).status()).toBe(404);
  await Promise.all([anon.dispose(), owner.dispose(), stranger.dispose()]);
});
