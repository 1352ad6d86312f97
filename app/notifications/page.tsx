import type { Metadata } from "next";
import { NotificationsPage } from "@/components/team/notifications-page";
import { AppHeader } from "@/components/ui/app-header";
import { requirePageUser } from "@/lib/server/current-user";

export const metadata: Metadata = { title: "Notifications" };

export default async function Notifications() {
  const user = await requirePageUser("/notifications");
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-3xl px-6 py-8">
        <NotificationsPage />
      </main>
    </>
  );
}
