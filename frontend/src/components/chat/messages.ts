// The chatbot's messages: the value's wire format read into messages with their parts,
// grouped by role with thoughts nested under their parents, and what events and the copy
// buttons take from them.

import type { FileData } from "../../core/types";
import { fileName } from "../helpers";

/** One part of a message's content, as on the wire. */
export interface Part {
  type?: string;
  text?: string;
  file?: FileData | FileData[];
  alt_text?: string | null;
  component?: string;
  value?: any;
  props?: Record<string, any>;
  constructor_args?: Record<string, any>;
}

export interface Metadata {
  title?: string | null;
  id?: string | number | null;
  parent_id?: string | number | null;
  log?: string | null;
  duration?: number | null;
  status?: "pending" | "done" | null;
}

export interface Option {
  value: string;
  label?: string | null;
}

/** A message, normalised, with the thoughts nested under it. */
export interface Msg {
  index: number;
  role: string;
  parts: Part[];
  metadata: Metadata | null;
  options: Option[] | null;
  raw: unknown;
  children: Msg[];
}

/** Consecutive messages of one role: one avatar, one row of buttons. */
export interface Group {
  role: string;
  /** Top-level messages; nested thoughts are in their parents' children. */
  top: Msg[];
  all: Msg[];
  first: number;
}

export type Feedback = boolean | string;

/** The messages of a chatbot value, in either the messages or the old tuples format. */
export function messagesOf(value: unknown): Msg[] {
  const v = Array.isArray(value) ? value : [];
  const out: Msg[] = [];
  v.forEach((raw: any, index: number) => {
    if (Array.isArray(raw)) {
      // The old tuples format: [user, assistant] pairs.
      raw.forEach((c, j) => {
        if (c != null) out.push({ index, role: j === 0 ? "user" : "assistant", parts: partsOf(c), metadata: null, options: null, raw, children: [] });
      });
      return;
    }
    if (!raw || typeof raw !== "object") return;
    out.push({
      index,
      role: String(raw.role ?? "assistant"),
      parts: partsOf(raw.content),
      metadata: raw.metadata && typeof raw.metadata === "object" ? raw.metadata : null,
      options: Array.isArray(raw.options) ? raw.options.filter((o: any) => o && o.value != null) : null,
      raw,
      children: [],
    });
  });
  return out;
}

/** The parts of a message's content: a string, a file, a part or a list of them. */
function partsOf(content: unknown): Part[] {
  if (content == null) return [];
  if (typeof content === "string") return [{ type: "text", text: content }];
  if (Array.isArray(content)) {
    return content.map((c) => (typeof c === "string" ? { type: "text", text: c } : isFileData(c) ? { type: "file", file: c } : (c as Part))).filter(Boolean);
  }
  if (typeof content === "object") {
    const c = content as any;
    if (isFileData(c)) return [{ type: "file", file: c }];
    if (c.file || c.path) return [{ type: "file", file: c.file ?? c, alt_text: c.alt_text ?? null }];
    return [c as Part];
  }
  return [{ type: "text", text: String(content) }];
}

/** Groups consecutive messages of one role and nests thoughts under their parents. */
export function groupMessages(msgs: Msg[]): Group[] {
  const groups: Group[] = [];
  for (const m of msgs) {
    let g = groups[groups.length - 1];
    if (!g || g.role !== m.role) {
      g = { role: m.role, top: [], all: [], first: m.index };
      groups.push(g);
    }
    g.all.push(m);
  }
  for (const g of groups) {
    const byId = new Map<string, Msg>();
    for (const m of g.all) {
      m.children = [];
      const pid = m.metadata?.parent_id;
      const parent = pid != null ? byId.get(String(pid)) : undefined;
      if (parent) parent.children.push(m);
      else g.top.push(m);
      if (m.metadata?.id != null) byId.set(String(m.metadata.id), m);
    }
  }
  return groups;
}

/** The text parts of a message, joined. */
export function textOf(m: Msg): string {
  const own = m.parts
    .filter((p) => (p.type ?? "text") === "text")
    .map((p) => String(p.text ?? ""))
    .join("\n");
  return own;
}

/** A message's content for event data: its text, or its parts when it has files or components. */
export function contentValue(m: Msg): unknown {
  if (m.parts.every((p) => (p.type ?? "text") === "text")) return textOf(m);
  return m.parts.length === 1 ? m.parts[0] : m.parts;
}

/** The whole conversation as text, one "role: text" paragraph a message. */
export function conversationText(msgs: Msg[]): string {
  return msgs
    .map((m) => {
      const t = textOf(m) || m.parts.map((p) => (p.file && isFileData(p.file) ? fileName(p.file) : "")).filter(Boolean).join(", ");
      return `${m.role}: ${t}`;
    })
    .join("\n\n");
}

/** Total text length of a raw message: cheap change detection for streaming. */
export function lengthOf(raw: any): number {
  const c = raw?.content;
  if (typeof c === "string") return c.length;
  if (!Array.isArray(c)) return 0;
  let n = c.length;
  for (const p of c) if (p && typeof p.text === "string") n += p.text.length;
  if (raw?.metadata?.status) n += raw.metadata.status.length * 1000;
  return n;
}

/** What changes in a group's last message while a handler streams into it. */
export function signature(g: Group): string {
  const m = g.all[g.all.length - 1];
  return `${g.all.length}:${lengthOf(m.raw)}:${m.metadata?.status ?? ""}:${m.metadata?.duration ?? ""}`;
}

/** Whether the log is scrolled to (about) its bottom. */
export function atBottom(el: HTMLElement): boolean {
  return el.scrollHeight - el.scrollTop - el.clientHeight < 48;
}

export function isFileData(v: unknown): v is FileData {
  return v != null && typeof v === "object" && (typeof (v as any).path === "string" || typeof (v as any).url === "string");
}

/** How a file is shown: by its MIME type, else by its extension. */
export function mediaKind(f: FileData): "image" | "audio" | "video" | "file" {
  const mime = (f.mime_type ?? "").toLowerCase();
  if (mime.startsWith("image/")) return "image";
  if (mime.startsWith("audio/")) return "audio";
  if (mime.startsWith("video/")) return "video";
  const ext = (fileName(f).split(".").pop() ?? "").toLowerCase();
  if (["png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp", "ico"].includes(ext)) return "image";
  if (["mp3", "wav", "ogg", "oga", "flac", "m4a", "aac", "opus", "weba"].includes(ext)) return "audio";
  if (["mp4", "webm", "ogv", "mov", "m4v", "mkv"].includes(ext)) return "video";
  return "file";
}

/** A thought's duration in seconds, as "4.2s" or "1m 5s". */
export function formatDuration(s: number): string {
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return `${m}m ${Math.round(s - m * 60)}s`;
}
