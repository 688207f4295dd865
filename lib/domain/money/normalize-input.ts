// Folding moved to lib/domain/text so identifiers (ID numbers, credit codes, phones) share it with money input.
export { foldFullWidth } from "@/lib/domain/text/fold-full-width";
