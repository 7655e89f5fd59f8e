// Delimited text: what spreadsheets put on the clipboard (TSV) and what the table exports
// (CSV). Fields with the separator, a quote or a line break are quoted, quotes doubled.

/** Parses text with sep between fields and line breaks between rows. */
export function parseDelimited(text: string, sep: string): string[][] {
  // A spreadsheet ends its copy with a line break: it is not an empty last row.
  if (text.endsWith("\r\n")) text = text.slice(0, -2);
  else if (text.endsWith("\n") || text.endsWith("\r")) text = text.slice(0, -1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += ch;
    }
    i++;
  }
  row.push(field);
  rows.push(row);
  return rows;
}

/** Writes rows as delimited text. */
export function toDelimited(rows: unknown[][], sep: string, eol = "\n"): string {
  const special = new RegExp(`["\\r\\n${sep === "\t" ? "\\t" : sep}]`);
  const field = (v: unknown) => {
    const s = v == null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    return special.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(sep)).join(eol);
}
