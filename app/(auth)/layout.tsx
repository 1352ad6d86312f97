import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="mb-8 text-center font-serif text-3xl font-semibold tracking-tight">Warrant</p>
      <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">{children}</div>
      <p className="mt-6 text-center text-xs text-stone-500">Argument mapping and fact-checking, claim by claim.</p>
    </main>
  );
}
