import { z } from "zod";
import { ZText } from "./text";
import { ZId } from "./ids";

const name = ZText().trim().min(1, "Name the token (e.g. the script that will use it).").max(100, "Keep the name under 100 characters.");

/** From the settings page (signed in) only a name; from the API, email and password too. */
export const ZCreateApiTokenInput = z.object({
  name,
  email: ZText().trim().toLowerCase().max(320).optional(),
  password: ZText().max(200).optional(),
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
