import "server-only";
import bcrypt from "bcryptjs";

const COST = 10;
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** Compares against a dummy hash when there is no user, so timing does not reveal which emails exist. */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? (await (dummyHash ??= bcrypt.hash("no such user", COST))));
  return ok && !!hash;
}
