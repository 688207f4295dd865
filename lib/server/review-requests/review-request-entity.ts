import { defineEntity } from "@/lib/server/transitions/define-entity";

/** Review request (审批单) transitions: maker ≠ checker needs the maker and the actor. */
export const reviewRequestEntity = defineEntity("REVIEW_REQUEST", {
  table: "ReviewRequest",
  rows: (tx) => tx.reviewRequest,
  facts: async (_tx, row, _eventType, actor) => ({ makerId: row.makerId, actorId: actor?.id }),
});
