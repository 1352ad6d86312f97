import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ZSignInInput } from "@/lib/validation/auth";
import { db } from "./db";
import { verifyPassword } from "./passwords";
import { authSecret } from "./secret";

// JWT sessions: Auth.js cannot use database sessions with the Credentials provider.
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/signin" },
  // A wrong password is an expected event, not a server error worth a stack trace in the log.
  logger: {
    error(error) {
      if (error.name !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = ZSignInInput.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          omit: { passwordHash: false },
        });
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
        return user && ok ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
