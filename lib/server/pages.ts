import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/domain/errors";

/** For pages: a use case's NOT_FOUND becomes the 404 page; anything else propagates. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
