// The image editor's document: a background, layers of pixels, and how to paint,
// copy and compare them. Pure canvas code, kept apart from the element's UI.

import type { FileData } from "../../core/types";

export interface Layer {
  name: string;
  canvas: HTMLCanvasElement;
  visible: boolean;
}
/** What the editor holds: a background (or none) and layers, all w×h. */
export interface Doc {
  w: number;
  h: number;
  bg: HTMLCanvasElement | null;
  layers: Layer[];
}
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Stroke {
  id: number;
  eraser: boolean;
  last: [number, number];
  /** Brush strokes are drawn opaque here, then laid on the layer with the colour's alpha. */
  buf: HTMLCanvasElement | null;
  before: Doc;
}
export type Tool = "brush" | "eraser" | "crop";
export interface EditorValue {
  background: FileData | null;
  layers: (FileData | null)[];
  composite: FileData | null;
}

export const defaultColors = ["rgb(204, 50, 50)", "rgb(173, 204, 50)", "rgb(50, 204, 112)", "rgb(50, 112, 204)", "rgb(173, 50, 204)"];
export const maxHistory = 20;

export function canvas(w: number, h: number): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.width = Math.max(1, Math.round(w));
  c.height = Math.max(1, Math.round(h));
  return c;
}
export const ctx = (c: HTMLCanvasElement) => c.getContext("2d")!;

/** A w×h canvas with src drawn at (x, y), scaled to sw×sh. */
export function drawn(src: CanvasImageSource, w: number, h: number, x = 0, y = 0, sw?: number, sh?: number): HTMLCanvasElement {
  const c = canvas(w, h);
  if (sw != null && sh != null) ctx(c).drawImage(src, x, y, sw, sh);
  else ctx(c).drawImage(src, x, y);
  return c;
}
export const clone = (c: HTMLCanvasElement) => drawn(c, c.width, c.height);
export const snapshot = (d: Doc): Doc => ({ w: d.w, h: d.h, bg: d.bg && clone(d.bg), layers: d.layers.map((l) => ({ ...l, canvas: clone(l.canvas) })) });

/** Draws the document (and a stroke in progress on layer i) into g. */
export function paint(g: CanvasRenderingContext2D, d: Doc, s?: { i: number; buf: HTMLCanvasElement; alpha: number } | null) {
  g.clearRect(0, 0, d.w, d.h);
  if (d.bg) g.drawImage(d.bg, 0, 0);
  d.layers.forEach((l, i) => {
    if (!l.visible) return;
    g.drawImage(l.canvas, 0, 0);
    if (s && s.i === i) {
      g.globalAlpha = s.alpha;
      g.drawImage(s.buf, 0, 0);
      g.globalAlpha = 1;
    }
  });
}

let probe: CanvasRenderingContext2D | null = null;
/** Any CSS colour as #rrggbb (for the colour input). */
export function hex(color: string): string {
  probe ??= ctx(canvas(1, 1));
  probe.fillStyle = "#000000";
  probe.fillStyle = color;
  const v = String(probe.fillStyle);
  return v.startsWith("#") ? v : "#000000";
}
