import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-stone-600" data-testid="not-found">
        This page does not exist, or it belongs to a workspace you are not a member of.
      </p>
      <Link href="/documents" className="mt-6 inline-block text-blue-700 underline">
        Back to your documents
      </Link>
    </main>
  );
}
