// Checkbox selection in a list, the way file managers and mail clients do it. PURE.

/**
 * The checked ids after a checkbox click on `id` (now `on`): alone, or with shift the whole
 * range between the previous click (`anchor`) and this one, in the order shown, all set to `on`.
 * An anchor no longer shown (filtered out) makes it a plain click.
 */
export function applyCheck(
  shown: readonly string[],
  checked: ReadonlySet<string>,
  anchor: string | null,
  id: string,
  on: boolean,
  shiftKey: boolean,
): Set<string> {
  const from = anchor === null ? -1 : shown.indexOf(anchor);
  const to = shown.indexOf(id);
  const range = shiftKey && from >= 0 && to >= 0 ? shown.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
  const next = new Set(checked);
  for (const r of range) {
    if (on) next.add(r);
    else next.delete(r);
  }
  return next;
}
