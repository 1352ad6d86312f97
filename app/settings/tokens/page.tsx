import type { Metadata } from "next";
import { TokenForm, TokenList } from "@/components/interchange/token-manager";
import { AppHeader } from "@/components/ui/app-header";
import { requirePageUser } from "@/lib/server/current-user";
import { headerWorkspaces } from "@/lib/server/current-workspace";
import { listApiTokens } from "@/lib/server/use-cases/list-api-tokens";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requirePageUser("/settings/tokens");
  const tokens = await listApiTokens({ userId: user.id });
  return (
    <>
      <AppHeader user={user} {...await headerWorkspaces(user.id)} />
      <main className="mx-auto max-w-3xl px-6 py-8">
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p className="mt-2 text-sm text-stone-600">
          Scripts and the <code>warrant</code> CLI call the REST API with <code>Authorization: Bearer &lt;token&gt;</code>. A token acts as you in every
          workspace you belong to. See the{" "}
          <a className="text-blue-700 underline" href="/api-docs">
            API documentation
          </a>
          .
        </p>
        <TokenForm />
        <TokenList tokens={tokens} />
      </main>
    </>
  );
}
