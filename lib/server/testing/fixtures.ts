// Shared seeding for use-case tests on the PGlite of installTestDb(). People sign up and join
// workspaces ONLY through the real use cases (sign-up, createInvitation + acceptInvitation), so a
// fixture never holds a membership the product could not produce. Import this module with
// `await import(...)` AFTER installTestDb(): the use cases bind the process's Prisma client on load.
import type { Role } from "@/lib/domain/vocabulary";
import { describeError } from "../errors";
import { acceptInvitation } from "../use-cases/accept-invitation";
import { createInvitation } from "../use-cases/create-invitation";
import { createWorkspace } from "../use-cases/create-workspace";
import { importDocument } from "../use-cases/import-document";
import { signUpUser } from "../use-cases/sign-up-user";

export interface Person {
  userId: string;
  email: string;
  name: string;
  /** The workspace sign-up gave them (they own it). */
  ownWorkspaceId: string;
}

let serial = 0;

/** A new account with a unique email (made from `name`). */
export async function signUp(name: string): Promise<Person> {
  const local =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "someone";
  const email = `${local}.${++serial}.${Date.now().toString(36)}@fixture.example.org`;
  const { user, workspace } = await signUpUser({ input: { name, email, password: "password-123" } });
  return { userId: user.id, email, name, ownWorkspaceId: workspace.id };
}

/** `owner` invites `person` with `role`; `person` accepts the link: the only way anyone joins. */
export async function joinByInvitation(owner: { userId: string }, workspaceId: string, person: { userId: string; email: string }, role: Role) {
  const { url } = await createInvitation(
    { userId: owner.userId, input: { workspaceId, email: person.email, role } },
    { baseUrl: "http://warrant.test", mailer: null },
  );
  return acceptInvitation({ userId: person.userId, input: { token: url } });
}

export const TEAM_TEXT =
  "The minister said the budget rose by 12 percent in 2023. Critics disputed the figure. Unemployment fell to 4 percent last year. " +
  "The report shows exports doubled since 2020. Parliament will vote in June. Inflation reached 7 percent in March.";

export async function importText(userId: string, workspaceId: string, title = "Budget", text = TEAM_TEXT) {
  return (await importDocument({ userId, input: { source: "paste", workspaceId, title, text } })).id;
}

export const MEMBER_ROLES = ["OWNER", "EDITOR", "REVIEWER", "VIEWER"] as const satisfies readonly Role[];
export type Actor = Role | "NON_MEMBER";
export const ACTORS = [...MEMBER_ROLES, "NON_MEMBER"] as const satisfies readonly Actor[];

export interface Team {
  workspaceId: string;
  /** One person per role, joined by invitation (the OWNER created the workspace). */
  members: Record<Role, Person>;
  /** Signed up, member of their own workspace only. */
  outsider: Person;
  /** A document imported by the owner, with its units analysed. */
  documentId: string;
}

/** A workspace with an OWNER, EDITOR, REVIEWER and VIEWER, a non-member, and one imported document. */
export async function seedTeam(name = "Desk"): Promise<Team> {
  const owner = await signUp(`${name}-owner`);
  const workspaceId = (await createWorkspace({ userId: owner.userId, input: { name } })).id;
  const members = { OWNER: owner } as Record<Role, Person>;
  for (const role of ["EDITOR", "REVIEWER", "VIEWER"] as const) {
    members[role] = await signUp(`${name}-${role}`);
    await joinByInvitation(owner, workspaceId, members[role], role);
  }
  const outsider = await signUp(`${name}-outsider`);
  const documentId = await importText(owner.userId, workspaceId);
  return { workspaceId, members, outsider, documentId };
}

/** The person playing `actor` in the team (the outsider for a non-member). */
export const personFor = (team: Team, actor: Actor): Person => (actor === "NON_MEMBER" ? team.outsider : team.members[actor]);

/** How a call ended, as the API would answer it: "ok" or the error code (FORBIDDEN, NOT_FOUND, ...). */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return describeError(e).body.error.code;
  }
}

/** Status, code and message of a call's failure (status 200, code "ok" when it succeeded). */
export const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => ({ status: 200, code: "ok", message: "" }),
    (e: unknown) => {
      const { status, body } = describeError(e);
      return { status, code: body.error.code, message: body.error.message };
    },
  );
