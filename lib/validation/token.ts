import { z } from "zod";
import { ZText } from "./text";
import { ZId } from "./ids";

/** New tokens expire after 90 days unless another lifetime (1–365 days) or none (`null`) is chosen. */
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;
const expiresInDays = z
  .union([
    z.null(),
    z.coerce
      .number()
      .int("Give the lifetime in whole days.")
      .min(1, "A token lives at least 1 day.")
      .max(MAX_TOKEN_DAYS, `A token lives at most ${MAX_TOKEN_DAYS} days (or never expires).`),
    z.null(),
  ])
  .optional();

const name = ZText().trim().min(1, "Name the token (e.g. the script that will use it).").max(100, "Keep the name under 100 characters.");

/** From the settings page (signed in) only a name; from the API, email and password too. */
export const ZCreateApiTokenInput = z.object({
  name,
  email: ZText().trim().toLowerCase().max(320).optional(),
  password: ZText().max(200).optional(),
  expiresInDays,
});
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenInput>;

export const ZRevokeApiTokenInput = z.object({ tokenId: ZId("The token") });

export const ZCredentialsTokenInput = z.object({
  name,
  email: ZText()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "Enter a valid email address." })),
  password: ZText().min(1, "Enter your password.").max(200),
});
