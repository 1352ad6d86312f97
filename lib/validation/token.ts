import { z } from "zod";
import { ZId } from "./ids";

const name = z.string().trim().min(1, "Name the token (e.g. the script that will use it).").max(100, "Keep the name under 100 characters.");

/** From the settings page (signed in) only a name; from the API, email and password too. */
export const ZCreateApiTokenInput = z.object({
  name,
  email: z.string().trim().toLowerCase().max(320).optional(),
  password: z.string().max(200).optional(),
});
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenInput>;

export const ZRevokeApiTokenInput = z.object({ tokenId: ZId("The token") });

export const ZCredentialsTokenInput = z.object({
  name,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "Enter a valid email address." })),
  password: z.string().min(1, "Enter your password.").max(200),
});
