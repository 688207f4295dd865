"use client";

import { LoanProjectCard } from "./project-card";
import type { LoanProjectCardLabels, LoanProjectCardView } from "./project-card-view";

/**
 * The grid of listing cards (home page and /loans). A client component so that the page's React payload carries
 * the cards' data (`cards`, `labels`: project-card-view.ts) rather than a second copy of their markup; it is
 * rendered on the server like any other, so the cards are in the HTML without JavaScript.
 * The list is named by `label` or by the element `labelledBy` points to.
 */
export function LoanProjectCardList({
  cards,
  labels,
  serverNow,
  label,
  labelledBy,
}: {
  cards: LoanProjectCardView[];
  labels: LoanProjectCardLabels;
  serverNow: string;
  label?: string;
  labelledBy?: string;
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={label} aria-labelledby={labelledBy}>
      {cards.map((card) => (
        <li key={card.id}>
          <LoanProjectCard card={card} labels={labels} serverNow={serverNow} />
        </li>
      ))}
    </ul>
  );
}
