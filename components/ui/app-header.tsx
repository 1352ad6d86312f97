import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { WorkspaceSwitcher } from "@/components/team/workspace-switcher";
import type { MyWorkspaceView } from "@/lib/domain/views";
import { NotificationBell } from "@/components/team/notification-bell";
import { QueueBadge } from "@/components/team/queue-badge";

interface HeaderProps {
  user: { name: string; email: string };
  /** The signed-in person's workspaces and the current one (lib/server/current-workspace.ts headerWorkspaces). */
  workspaces?: MyWorkspaceView[];
  currentWorkspaceId?: string;
}

export function AppHeader({ user, workspaces, currentWorkspaceId }: HeaderProps) {
  return (
    <header className="border-b border-stone-200 bg-white">
      {/* Wraps on a narrow screen (a phone, a split window): the search field takes a row of its own, nothing scrolls sideways. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/documents" className="font-serif text-xl font-semibold tracking-tight">
          Warrant
        </Link>
        {workspaces && <WorkspaceSwitcher workspaces={workspaces} currentId={currentWorkspaceId} />}
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link href="/documents" className="text-stone-700 hover:text-stone-950">
            Documents
          </Link>
          <Link href="/documents/new" className="text-stone-700 hover:text-stone-950">
            Import
          </Link>
          <Link href="/documents/dashboard" className="text-stone-700 hover:text-stone-950">
            Dashboard
          </Link>
        </nav>
        <form action="/documents/search" role="search" className="order-last w-full lg:order-none lg:w-auto lg:min-w-40 lg:flex-1">
          <label htmlFor="global-search" className="sr-only">
            Search documents and claims
          </label>
          <input
            id="global-search"
            name="q"
            type="search"
            placeholder="Search claims and documents  ( / )"
            className="w-full rounded-md border border-stone-300 px-3 py-1.5 text-sm lg:max-w-sm"
          />
        </form>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <Link href="/settings/tokens" className="text-stone-700 hover:text-stone-950">
            API tokens
          </Link>
          <Link href="/api-docs" className="text-stone-700 hover:text-stone-950">
            API
          </Link>
          <QueueBadge />
          <NotificationBell />
          <Link href="/settings/account" className="text-stone-600 hover:text-stone-950" data-testid="current-user" title={user.email}>
            {user.name}
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded px-2 py-1 text-stone-700 hover:bg-stone-100">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
