// Decoding the server's event streams. Frames carry an "id:" line when the client asks
// for text/event-stream; the client keeps the last one so that, after a dropped
// connection, it can resume with Last-Event-ID and get exactly what it missed.

/** One server-sent event: its id (null when it has none, or not one the server writes) and its data. */
export interface Frame {
  id: string | null;
  data: string;
}

/**
 * Cuts the complete frames off the front of buf, the text read so far, and returns them
 * with the unfinished rest. Lines may end with \n or \r\n; data lines are joined with
 * \n as EventSource does; other fields (event:, retry:, comments) are ignored.
 */
export function cutFrames(buf: string): { frames: Frame[]; rest: string } {
  const frames: Frame[] = [];
  let cut: number;
  let norm = buf.includes("\r") ? buf.replace(/\r\n/g, "\n") : buf;
  while ((cut = norm.indexOf("\n\n")) >= 0) {
    const text = norm.slice(0, cut);
    norm = norm.slice(cut + 2);
    let id: string | null = null;
    const data: string[] = [];
    for (const line of text.split("\n")) {
      const colon = line.indexOf(":");
      if (colon <= 0) continue; // a comment or a line without a field
      const field = line.slice(0, colon);
      let value = line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "data") data.push(value);
      else if (field === "id") id = eventID(value);
    }
    if (data.length > 0 || id !== null) frames.push({ id, data: data.join("\n") });
  }
  return { frames, rest: norm };
}

/**
 * eventID accepts the decimal numbers (at most 20 digits) the server writes, without
 * their leading zeros so that later() can compare them as text; anything else is no id.
 */
export function eventID(v: string): string | null {
  v = v.trim();
  if (!/^[0-9]{1,20}$/.test(v)) return null;
  return v.replace(/^0+(?=.)/, "");
}

/** later reports whether id a comes after b; both come from eventID. Ids exceed 2^53, so they stay text. */
export function later(a: string, b: string): boolean {
  return a.length !== b.length ? a.length > b.length : a > b;
}
