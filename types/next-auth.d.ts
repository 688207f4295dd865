import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MfaState } from "@/lib/shared/mfa-state";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    /** The server-side session (AuthSession.id) this JWT belongs to. */
    sid?: string;
    /** Where this session stands on the staff second factor (lib/server/auth/server-session.ts). */
    mfa?: MfaState;
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
    sid?: string;
  }
}
