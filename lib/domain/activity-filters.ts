// The activity feeds' action filter. PURE; the server turns the same terms into its WHERE clause.
import { humanize } from "./activity-words";

/**
 * An action filter is a comma-separated list of terms; a term matches its own code and the codes
 * under it ("unit.comment" matches "unit.comment.add", not "unit.commentary"). The server turns
 * the same terms into its WHERE clause (equals, or starts with term + ".").
 */
export function actionTerms(filter: string): string[] {
  return [
    ...new Set(
      filter
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export function matchesActionFilter(code: string, filter: string): boolean {
  return actionTerms(filter).some((term) => code === term || code.startsWith(`${term}.`));
}

/** Families of codes people filter by; codes outside them get an option of their own. */
const ACTIVITY_FAMILIES: readonly { value: string; label: string }[] = [
  { value: "unit.verdict", label: "Verdicts" },
  { value: "unit.assign,unit.unassign", label: "Assignments" },
  { value: "unit.start,unit.approve,unit.reopen,unit.adjudicate,unit.review", label: "Workflow" },
  { value: "unit.comment", label: "Comments" },
  { value: "unit.source", label: "Sources" },
  { value: "unit.create,unit.update,unit.delete,unit.split,unit.merge", label: "Claim edits" },
  { value: "relation", label: "Relations" },
  { value: "document", label: "Documents and the map" },
  { value: "member,workspace,invitation", label: "Members and workspace" },
];

/**
 * The action filter's options for the codes that occur in a feed: the families that have any, then
 * one option per remaining code (a code added later by another use case is still filterable).
 */
export function activityFilterOptions(codes: readonly string[]): { value: string; label: string }[] {
  const families = ACTIVITY_FAMILIES.filter((f) => codes.some((code) => matchesActionFilter(code, f.value)));
  const rest = [...new Set(codes)].filter((code) => !ACTIVITY_FAMILIES.some((f) => matchesActionFilter(code, f.value))).sort();
  return [...families, ...rest.map((code) => ({ value: code, label: humanize(code.replace(/[.-]/g, " ")) }))];
}
