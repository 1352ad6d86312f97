// Sentences for documents, the map, members, invitations, tokens and the workspace. See lib/domain/activity.ts.
import { count, label, personName, plural, quote, text, type Phrase } from "./activity-words";
import { ROLE_LABEL } from "./vocabulary";

const role = (v: unknown) => label(ROLE_LABEL, v, "a member").toLowerCase();

export const TEAM_PHRASES: Record<string, Phrase> = {
  "document.import": ({ after }) => {
    const units = count(after.units);
    return { text: `imported ${text(after.title) ? quote(after.title as string) : "a document"}${units !== null ? ` (${plural(units, "unit")})` : ""}` };
  },
  "document.import.file": ({ after }) => {
    const units = count(after.units);
    const format = text(after.format);
    return { text: `imported an argument file${format ? ` (${format}${units !== null ? `, ${plural(units, "unit")}` : ""})` : ""}` };
  },
  "document.refresh": ({ after }) => {
    if (!after.textChanged) return { text: "checked the source page for changes: none" };
    const parts = [
      [count(after.changed), "changed"],
      [count(after.gone), "gone"],
      [count(after.moved), "moved"],
    ]
      .filter(([n]) => typeof n === "number" && n > 0)
      .map(([n, what]) => `${plural(n as number, "unit")} ${what}`);
    return { text: `checked the source page for changes: it was edited${parts.length ? ` (${parts.join(", ")})` : ""}` };
  },
  "document.map-layout": ({ after }) => {
    const moved = count(after.moved);
    return { text: `arranged the argument map${moved !== null ? ` (${plural(moved, "node")} moved)` : ""}` };
  },
  "document.map-layout.reset": () => ({ text: "reset the argument map's layout" }),
  "document.archive": ({ after }) => ({ text: `archived the document${text(after.title) ? ` ${quote(after.title as string, 60)}` : ""}` }),
  "document.unarchive": ({ after }) => ({ text: `unarchived the document${text(after.title) ? ` ${quote(after.title as string, 60)}` : ""}` }),
  "document.publish": ({ after }) => {
    const version = count(after.version);
    const claims = count(after.claims);
    return {
      text: `${version !== null && version > 1 ? "republished" : "published"} the report${text(after.title) ? ` on ${quote(after.title as string, 60)}` : ""}${version !== null ? ` (version ${version}${claims !== null ? `, ${plural(claims, "claim")}` : ""})` : ""}`,
    };
  },
  "document.unpublish": ({ after }) => ({ text: `unpublished the report${text(after.title) ? ` on ${quote(after.title as string, 60)}` : ""}` }),
  "document.delete": ({ before }) => {
    const units = count(before.units);
    return {
      text: `deleted the document${text(before.title) ? ` ${quote(before.title as string, 60)}` : ""}${units !== null ? ` (${plural(units, "unit")})` : ""}`,
    };
  },
  "document.settings": ({ after }) => ({ text: `turned double review ${after.doubleReview ? "on" : "off"}` }),
  "member.add": ({ after, people }) => ({
    text: `added ${text(after.userId) && people.has(after.userId as string) ? people.get(after.userId as string) : "a member"} as ${role(after.role)}`,
  }),
  "member.join": ({ after }) => ({ text: `joined as ${role(after.role)}` }),
  "member.role": ({ before, after, people }) => ({
    text: `changed the role of ${personName(people, after.userId, text(after.email) ?? "a member")}: ${label(ROLE_LABEL, before.role)} → ${label(ROLE_LABEL, after.role)}`,
  }),
  "member.remove": ({ before, people }) => ({ text: `removed ${personName(people, before.userId, text(before.email) ?? "a member")} from the workspace` }),
  "member.leave": () => ({ text: "left the workspace" }),
  "member.reset-link": ({ after, people }) => ({
    text: `made a password reset link for ${personName(people, after.userId, text(after.name) ?? text(after.email) ?? "a member")}${after.viaEmail ? " (sent by email)" : ""}`,
  }),
  "invitation.create": ({ after }) => ({ text: `invited ${text(after.email) ?? "someone"} as ${role(after.role)}` }),
  "invitation.revoke": ({ before }) => ({ text: `revoked the invitation of ${text(before.email) ?? "someone"}` }),
  "invitation.accept": ({ after }) => ({ text: `accepted an invitation (already a member as ${role(after.role)})` }),
  "token.create": ({ after }) => ({ text: `created an API token${text(after.name) ? ` ${quote(after.name as string, 40)}` : ""}` }),
  "token.revoke": ({ after }) => ({ text: `revoked the API token${text(after.name) ? ` ${quote(after.name as string, 40)}` : ""}` }),
  "workspace.rename": ({ before, after }) => ({
    text: `renamed the workspace${text(before.name) ? ` ${quote(before.name as string, 60)}` : ""} to ${text(after.name) ? quote(after.name as string, 60) : "a new name"}`,
  }),
  "workspace.settings": ({ after }) => ({
    text: `${after.assignedOnly ? "let reviewers work only on claims assigned to them" : "let reviewers work on any claim"}`,
  }),
  "workspace.methodology": ({ after }) => ({
    text: text(after.methodology) ? "changed the methodology note of published reports" : "removed the methodology note of published reports",
  }),
  "workspace.watch": ({ after }) => ({
    text: after.watchDaily
      ? "turned on the daily check for changes of articles imported from the web"
      : "turned off the daily check for changes of articles imported from the web",
  }),
  "workspace.claim": ({ after }) => ({ text: `took ownership of the workspace${text(after.name) ? ` ${quote(after.name as string, 60)}` : ""}` }),
  "workspace.create": ({ after }) => ({ text: `created the workspace${text(after.name) ? ` ${quote(after.name as string, 60)}` : ""}` }),
};
