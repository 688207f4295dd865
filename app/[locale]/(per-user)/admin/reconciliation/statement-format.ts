/**
 * Which format an uploaded statement is in: by its name's extension, else by its first character (a JSON
 * statement is an object). The import service validates the content either way.
 */
export function statementFormatOf(fileName: string, content: string): "csv" | "json" {
  const extension = fileName.toLowerCase().split(".").pop();
  if (extension === "json") return "json";
  if (extension === "csv") return "csv";
  return content
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{")
    ? "json"
    : "csv";
}
