import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/app-header";
import { getCurrentUser } from "@/lib/server/current-user";
import { headerWorkspaces } from "@/lib/server/current-workspace";

export default async function DocumentsLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      {user && <AppHeader user={user} {...await headerWorkspaces(user.id)} />}
      {children}
    </>
  );
}
