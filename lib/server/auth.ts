import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "./secret";
import { endSession, SESSION_MAX_AGE_MS } from "./sessions";
import { checkCredentials, isThrottled } from "./sign-in";
import { log } from "./log";

declare module "next-auth" {
  interface Session {
    /** The AuthSession row this browser session is (lib/server/sessions.ts). */
    sid?: string;
  }
  interface User {
    sid?: string;
  }
}

/** Too many wrong passwords: the sign-in form says so instead of "wrong password". */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

// JWT sessions: Auth.js cannot use database sessions with the Credentials provider. Each JWT
// names an AuthSession row that every request checks (lib/server/sessions.ts).
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_MS / 1000 },
  pages: { signIn: "/signin" },
  // A wrong password is an expected event, not a server error worth a stack trace in the log.
  logger: {
    error(error) {
      if (!(error instanceof CredentialsSignin)) log.error({ err: error }, "auth error");
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        try {
          return await checkCredentials(raw, request.headers);
        } catch (e) {
          if (isThrottled(e)) throw new ThrottledSignin();
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
});
