"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef } from "react";
import { switchWorkspaceFormAction } from "@/app/workspaces/actions";
import { ROLE_LABEL } from "@/lib/domain/vocabulary";
import type { MyWorkspaceView } from "@/lib/domain/views";

// A <details> menu like the Download menu: keyboard-operable without script (Enter/Space on the
// summary), each workspace a form button, so switching works before hydration too. Escape or
// choosing an entry closes it (the header stays mounted across navigations).
export function WorkspaceSwitcher({ workspaces, currentId }: { workspaces: MyWorkspaceView[]; currentId?: string }) {
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  const current = workspaces.find((w) => w.id === currentId) ?? workspaces[0];
  const close = () => menu.current?.removeAttribute("open");
  return (
    <details
      ref={menu}
      className="relative text-sm"
      data-testid="workspace-switcher"
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !menu.current?.open) return;
        close();
        menu.current.querySelector("summary")?.focus();
      }}
    >
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md border border-stone-300 bg-white px-2.5 py-1 hover:bg-stone-50">
        <span className="sr-only">Workspace: </span>
        {/* Narrow, so the header's search field keeps its room; the whole name is its tooltip and is in the menu. */}
        <span className="max-w-32 truncate font-medium" data-testid="current-workspace" title={current?.name}>
          {current?.name ?? "No workspace"}
        </span>
        {current && <span className="text-xs text-stone-500">· {ROLE_LABEL[current.role]}</span>}
        <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute left-0 z-30 mt-1 w-64 sm:w-72 rounded-md border border-stone-200 bg-white py-1 shadow-lg">
        <p className="px-3 pb-1 pt-1.5 text-xs font-semibold uppercase tracking-wide text-stone-500" id="workspace-switcher-label">
          Switch workspace
        </p>
        <ul aria-labelledby="workspace-switcher-label">
          {workspaces.map((w) => (
            <li key={w.id}>
              <form action={switchWorkspaceFormAction} onSubmit={close}>
                <input type="hidden" name="workspaceId" value={w.id} />
                <input type="hidden" name="returnTo" value={pathname} />
                <button
                  type="submit"
                  aria-current={w.id === current?.id ? "true" : undefined}
                  className="flex w-full items-center justify-between gap-3 px-3 py-1.5 text-left hover:bg-stone-100 aria-[current=true]:font-semibold"
                >
                  <span className="truncate">{w.name}</span>
                  <span className="shrink-0 text-xs font-normal text-stone-500">{ROLE_LABEL[w.role]}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
        <div className="mt-1 border-t border-stone-200 pt-1">
          {current && (
            <Link href={`/workspaces/${current.id}/members`} onClick={close} className="block px-3 py-1.5 text-stone-700 hover:bg-stone-100">
              Members and settings
            </Link>
          )}
          <Link href="/workspaces/new" onClick={close} className="block px-3 py-1.5 text-stone-700 hover:bg-stone-100">
            New workspace…
          </Link>
        </div>
      </div>
    </details>
  );
}
