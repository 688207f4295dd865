export { type CsvWords, type ExportCell, listCsv } from "./csv";
export { exportList, type ListExport } from "./export-list";
export { EXPORT_KEYS, EXPORT_ROW_CAP, EXPORTS, type ExportKey, exportEntry, isExportKey } from "./registry";
