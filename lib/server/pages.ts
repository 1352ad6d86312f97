import "server-only";
import { notFound } from "next/navigation";
import { ZodError } from "zod";
import { AppError } from "@/lib/domain/errors";
import { requirePageUser } from "./current-user";

/**
 * For pages: a use case's NOT_FOUND becomes the 404 page, and so does an id from the path that
 * is not even well-formed (`/documents/%00`: a validation error names nothing); anything else
 * propagates.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    if (e instanceof ZodError) notFound();
    throw e;
  }
}

/** The props Next passes a page under /documents/[id] (the text view and the map). */
export interface DocumentPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ unit?: string | string[] }>;
}

/**
 * The signed-in reader of a document page (else sign-in, and back here after), the document id,
 * and the unit to open first (?unit=…, from the map, search or the queue).
 */
export async function openDocumentPage({ params, searchParams }: DocumentPageProps, path = "") {
  const { id } = await params;
  const { unit } = await searchParams;
  const user = await requirePageUser(`/documents/${encodeURIComponent(id)}${path}`);
  return { id, user, unitId: typeof unit === "string" ? unit : undefined };
}
