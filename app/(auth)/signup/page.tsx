import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/ui/auth-form";
import { getCurrentUser } from "@/lib/server/current-user";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/documents");
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Create an account</h1>
      <AuthForm mode="signup" action={signUpAction} />
    </>
  );
}
