import type { Metadata } from "next";
import { PasswordForm } from "@/components/settings/password-form";
import { AppHeader } from "@/components/ui/app-header";
import { Time } from "@/components/ui/time";
import { requirePageUser } from "@/lib/server/current-user";
import { headerWorkspaces } from "@/lib/server/current-workspace";
import { listSessions } from "@/lib/server/sessions";
import { endAllSessionsAction, endOtherSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

const button = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-50";

export default async function AccountPage() {
  const user = await requirePageUser("/settings/account");
  const sessions = await listSessions(user.id);
  return (
    <>
      <AppHeader user={user} {...await headerWorkspaces(user.id)} />
      <main className="mx-auto max-w-3xl px-6 py-8">
        <h1 className="text-2xl font-semibold">Account</h1>
        <p className="mt-2 text-sm text-stone-600">
          Signed in as {user.name} ({user.email}).
        </p>

        <section className="mt-8" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading" className="text-lg font-semibold">
            Signed-in sessions
          </h2>
          <p className="mt-1 text-sm text-stone-600">
            Each browser you signed in with. Signing out ends a session at once, on every server, even if someone copied its cookie.
          </p>
          <ul className="mt-3 divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white text-sm" data-testid="session-list">
            {sessions.map((s) => (
              <li key={s.id} className="flex justify-between px-4 py-2">
                <span>
                  Signed in <Time iso={s.createdAt.toISOString()} />
                  {s.id === user.sessionId && <strong className="ml-2 text-green-800">this browser</strong>}
                </span>
                <span className="text-stone-500">
                  last seen <Time iso={s.lastSeenAt.toISOString()} />
                </span>
              </li>
            ))}
          </ul>
          <div className="mt-3 flex gap-3">
            <form action={endOtherSessionsAction}>
              <button type="submit" className={button} disabled={sessions.length <= 1}>
                Sign out everywhere else
              </button>
            </form>
            <form action={endAllSessionsAction}>
              <button type="submit" className={button}>
                Sign out everywhere
              </button>
            </form>
          </div>
        </section>

        <section className="mt-10" aria-labelledby="password-heading">
          <h2 id="password-heading" className="text-lg font-semibold">
            Change password
          </h2>
          <PasswordForm />
        </section>
      </main>
    </>
  );
}
