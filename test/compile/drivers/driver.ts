// Prints the generated TypeScript file's view of the table as JSON lines, using only its public contract:
// the table's version, one line per category, one per code (with the code's own lookup), and one with
// unknown numbers' lookups.
import { isStatusCode, statusCategories, statusCodeInfo, statusCodes, statusCodesVersion } from "./status-codes.js";

console.log(JSON.stringify({ version: statusCodesVersion }));

for (const category of statusCategories) {
  console.log(JSON.stringify({ id: category.id, title: category.title, description: category.description }));
}
for (const info of statusCodes) {
  const lookup = isStatusCode(info.code) ? (statusCodeInfo(info.code)?.name ?? null) : null;
  const { code, name, category, message, kind, retryable } = info;
  console.log(JSON.stringify({ code, name, category, message, kind, retryable, lookup }));
}
const unknown = [0, -1, 2147483647].map((code) => (isStatusCode(code) ? "isStatusCode" : (statusCodeInfo(code)?.name ?? null)));
console.log(JSON.stringify({ unknown }));
