import { NotFoundCard } from "@/components/layout/not-found-card";

/** An unknown or unpublished project: the same answer for both, so drafts cannot be discovered. */
export default function LoanProjectNotFound() {
  return <NotFoundCard backToList />;
}
