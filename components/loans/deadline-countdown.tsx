"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useViewerState } from "@/components/layout/viewer-context";
import { countdownTo, formatCountdown } from "./countdown";

const TICK_MS = 30_000;

/**
 * The time left until a fundraising deadline. The server renders it with its own clock (so it is right
 * without JavaScript); in the browser it then runs on from the server's time, updating every 30 seconds.
 * The server's clock decides deadlines, so a visitor's wrong clock (or the server's test clock) does not
 * make the two disagree. On a cached page `serverNow` is when the page was rendered, which can be long ago when
 * a stale copy is served once: once /api/viewer has answered with the server's clock (ViewerProvider), the
 * countdown runs from that instead.
 */
export function DeadlineCountdown({ deadline, serverNow, className = "" }: { deadline: string; serverNow: string; className?: string }) {
  const t = useTranslations("loans.countdown");
  const { clockOffsetMs } = useViewerState();
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    const offsetMs = clockOffsetMs ?? new Date(serverNow).getTime() - Date.now();
    const tick = () => setNow(new Date(Date.now() + offsetMs));
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [serverNow, clockOffsetMs]);
  const left = countdownTo(new Date(deadline), now);
  const text =
    left.kind === "ended"
      ? t("ended")
      : left.kind === "days"
        ? formatCountdown(t.raw("days") as string, left, (values) => t("days", values))
        : formatCountdown(t.raw("hours") as string, left, (values) => t("hours", values));
  return (
    <time dateTime={deadline} className={className} data-testid="deadline-countdown">
      {text}
    </time>
  );
}
