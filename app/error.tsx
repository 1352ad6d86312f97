"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-stone-600">The page could not be shown. Nothing you saved has been lost.</p>
      <button onClick={reset} className="mt-6 rounded bg-stone-900 px-4 py-2 text-white">
        Try again
      </button>
    </main>
  );
}
