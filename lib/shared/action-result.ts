/** The one shape every server action returns; messages are already translated for the user's locale. */
export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      error: string;
      fieldErrors: Record<string, string[]>;
      /** What was typed (never passwords or files), so a form rendered without JavaScript can show it again. */
      values?: Record<string, string>;
    };

export type ActionState<T = null> = ActionResult<T> | null;
