/**
 * The "Workspace" field of the import forms: a select when the person belongs to several
 * workspaces, a hidden input with the only one otherwise (forms read `workspaceId` either way).
 */
export function WorkspaceSelect({ workspaces, defaultValue }: { workspaces: { id: string; name: string }[]; defaultValue?: string }) {
  if (workspaces.length <= 1) return <input type="hidden" name="workspaceId" value={workspaces[0]?.id ?? ""} />;
  return (
    <label className="block text-sm font-medium">
      Workspace
      <select name="workspaceId" defaultValue={defaultValue} className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </label>
  );
}
