export { addMonthsUtc, daysBetweenUtc, startOfDayUtc, wholeMonthsBetweenUtc } from "./calendar";
