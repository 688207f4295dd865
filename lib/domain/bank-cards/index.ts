export * from "./banks";
export * from "./card-number";
export * from "./holder-name";
