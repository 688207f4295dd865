import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/i18n/pick-messages";

/**
 * Gives the client components inside it only the messages they use (issue 9: the page's inline payload
 * carries every message a client component receives). `namespaces` is the `*.messages.ts` list declared next
 * to the component; tests/unit/client-messages.test.ts checks that list against what the component uses.
 * A nested provider replaces the messages of the one around it (locale, time zone and formats are kept).
 * Reads no cookie: the locale comes from the page's setRequestLocale, so cached pages stay cached.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
