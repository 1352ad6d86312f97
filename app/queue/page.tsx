import type { Metadata } from "next";
import { QueuePage } from "@/components/team/queue-page";
import { AppHeader } from "@/components/ui/app-header";
import { requirePageUser } from "@/lib/server/current-user";
import { headerWorkspaces } from "@/lib/server/current-workspace";
import { getQueue } from "@/lib/server/use-cases/get-queue";

export const metadata: Metadata = { title: "My queue" };

export default async function Queue() {
  const user = await requirePageUser("/queue");
  const queue = await getQueue({ userId: user.id, input: {} });
  return (
    <>
      <AppHeader user={user} {...await headerWorkspaces(user.id)} />
      <main className="mx-auto max-w-3xl px-6 py-8">
        <QueuePage initial={queue} />
      </main>
    </>
  );
}
