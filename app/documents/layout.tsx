import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/app-header";
import { getCurrentUser } from "@/lib/server/current-user";

export default async function DocumentsLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      {user && <AppHeader user={user} />}
      {children}
    </>
  );
}
