import { html, nothing, type PropertyValues } from "lit";
import { GradioElement, define } from "../core/element";
import type { FileData } from "../core/types";
import {
  Paste, Uploads, Webcam, buttonsOf, canvasFile, downloadLink, emptyImage, icon, iconButton, isFile, isType, len, loadImage,
  progressBar, readClipboard, toggleFullscreen,
} from "./media/imagekit";

import {
  Layer, Doc, Rect, Stroke, Tool, EditorValue, defaultColors, maxHistory, canvas, ctx, drawn, clone, snapshot, paint, hex,
} from "./media/editordoc";
import { t as msg } from "../core/messages";

/**
 * gradio-imageeditor (ImageEditor, Sketchpad, Paint, ImageMask): value {background,
 * layers, composite}, each FileData. A canvas editor: a background from upload, webcam or
 * clipboard (white for a sketchpad, whose sources are []), layers drawn with a brush or
 * erased with pointer events, crop, undo/redo. 300 ms after each change it uploads the
 * background, every layer and the composite as PNG and fires input and change; also
 * upload after a new background, apply after a crop, clear on clear. As an output it
 * shows the composite.
 */
export class ImageEditor extends GradioElement {
  static override properties = {
    ...GradioElement.properties,
    tool: { state: true },
    color: { state: true },
    size: { state: true },
    esize: { state: true },
    active: { state: true },
    crop: { state: true },
    camOn: { state: true },
  };

  tool: Tool = "brush";
  color = "";
  alpha = 1;
  size = 0;
  esize = 0;
  active = 0;
  crop: Rect | null = null;
  camOn = false;

  private doc: Doc = { w: 1, h: 1, bg: null, layers: [] };
  private undos: Doc[] = [];
  private redos: Doc[] = [];
  /** The value this element made last: a value that is not it comes from the app. */
  private mine: unknown = undefined;
  /** Bumped when the document is replaced from outside: pending uploads are then dropped. */
  private gen = 0;
  private stroke: Stroke | null = null;
  private cropFrom: [number, number] | null = null;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending = new Set<string>();
  private again = false;
  private layerCount = 0;
  /** Edits of each canvas, and the file each was last uploaded as. */
  private versions = new WeakMap<HTMLCanvasElement, number>();
  private uploaded = new WeakMap<HTMLCanvasElement, { v: number; fd: FileData }>();
  private up = new Uploads(this);
  private cam = new Webcam(this);

  constructor() {
    super();
    new Paste(this, () => this.interactive && this.sources.includes("clipboard") && !this.camOn, (f) => void this.take(f));
  }

  // Options from props.

  private get sources(): string[] {
    const s = this.props.sources;
    return Array.isArray(s) ? s : ["upload", "webcam", "clipboard"];
  }
  private get sketch(): boolean {
    return Array.isArray(this.props.sources) && this.props.sources.length === 0;
  }
  private get canvasSize(): [number, number] {
    const s = this.props.canvas_size;
    return Array.isArray(s) && s.length === 2 && s[0] > 0 && s[1] > 0 ? [Number(s[0]), Number(s[1])] : [800, 600];
  }
  private get brushOn(): boolean {
    return this.props.brush !== null && this.props.brush !== false;
  }
  private get eraserOn(): boolean {
    return this.props.eraser !== null && this.props.eraser !== false;
  }
  private get cropOn(): boolean {
    const t = this.props.transforms;
    return Array.isArray(t) ? t.includes("crop") : !this.sketch;
  }
  private get layerOpts(): { show: boolean; add: boolean; names: string[] } {
    const lo = this.props.layers;
    const obj = lo != null && typeof lo === "object" ? lo : null;
    const show = lo !== false && !obj?.disabled;
    return {
      show,
      add: show && (obj ? obj.allow_additional_layers !== false : true),
      names: obj && Array.isArray(obj.layers) && obj.layers.length ? obj.layers.map(String) : [msg("editor.layer", { n: 1 })],
    };
  }
  private get swatches(): { color: string; alpha: number }[] {
    const colors = this.props.brush?.colors;
    return (Array.isArray(colors) && colors.length ? colors : defaultColors).map((c: any) =>
      Array.isArray(c) ? { color: String(c[0]), alpha: Number(c[1] ?? 1) } : { color: String(c), alpha: 1 },
    );
  }
  private auto(v: unknown): number {
    return typeof v === "number" && v > 0 ? v : Math.max(2, Math.round(Math.min(this.doc.w, this.doc.h) / 50));
  }

  // Loading values.

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("value") && this.value !== this.mine) void this.load(this.value);
    if (!this.color) {
      const sw = this.swatches;
      const def = this.props.brush?.default_color;
      const hit = sw.find((s) => s.color === def) ?? (def && def !== "auto" ? { color: String(def), alpha: 1 } : sw[0]);
      this.color = hit.color;
      this.alpha = hit.alpha;
    }
    if (!this.brushOn && this.tool === "brush") this.tool = this.eraserOn ? "eraser" : "crop";
  }

  private blank(w: number, h: number, names = this.layerOpts.names): Doc {
    let bg: HTMLCanvasElement | null = null;
    if (this.sketch) {
      bg = canvas(w, h);
      ctx(bg).fillStyle = "#ffffff";
      ctx(bg).fillRect(0, 0, w, h);
    }
    this.layerCount = names.length;
    return { w, h, bg, layers: names.map((name) => ({ name, canvas: canvas(w, h), visible: true })) };
  }

  private async load(v: any) {
    const gen = ++this.gen;
    clearTimeout(this.timer);
    this.pending.clear();
    this.mine = v;
    const url = (fd: FileData) => this.host?.fileURL(fd) ?? fd.url ?? "";
    const get = (fd: unknown) => (isFile(fd) ? loadImage(url(fd)).catch(() => null) : Promise.resolve(null));
    const bgFd = isFile(v) ? v : v?.background ?? (Array.isArray(v?.layers) && v.layers.length ? null : v?.composite);
    const layerFds: unknown[] = Array.isArray(v?.layers) ? v.layers : [];
    const [bg, ...layers] = await Promise.all([get(bgFd), ...layerFds.map(get)]);
    if (gen !== this.gen) return;
    const first = bg ?? layers.find(Boolean);
    const [w, h] = first && !this.props.fixed_canvas ? [first.naturalWidth, first.naturalHeight] : this.canvasSize;
    const names = this.layerOpts.names;
    const d = this.blank(w, h, layers.length ? layers.map((_, i) => names[i] ?? msg("editor.layer", { n: i + 1 })) : names);
    // A canvas that holds a file as it came needs no upload until it is edited.
    const keep = (c: HTMLCanvasElement, img: HTMLImageElement, fd: unknown) =>
      isFile(fd) && img.naturalWidth === w && img.naturalHeight === h && this.uploaded.set(c, { v: 0, fd });
    if (bg) keep((d.bg = this.fit(bg, w, h)), bg, bgFd);
    layers.forEach((img, i) => img && keep((d.layers[i].canvas = drawn(img, w, h)), img, layerFds[i]));
    this.doc = d;
    this.undos = [];
    this.redos = [];
    this.active = 0;
    this.crop = null;
    if (!this.size) this.size = this.auto(this.props.brush?.default_size);
    if (!this.esize) this.esize = this.auto(this.props.eraser?.default_size);
    this.requestUpdate();
  }

  /** The image on a w×h canvas: as is, or fitted inside and centred on a fixed canvas. */
  private fit(img: HTMLImageElement, w: number, h: number): HTMLCanvasElement {
    const iw = img.naturalWidth || img.width;
    const ih = img.naturalHeight || img.height;
    if (iw === w && ih === h) return drawn(img, w, h);
    const s = Math.min(w / iw, h / ih);
    const c = drawn(img, w, h, (w - iw * s) / 2, (h - ih * s) / 2, iw * s, ih * s);
    return c;
  }

  // Rendering.

  protected override render() {
    const p = this.props;
    const h = len(p.height);
    if (!this.interactive) {
      const v = this.value;
      const fd = isFile(v?.composite) ? v.composite : isFile(v?.background) ? v.background : null;
      const url = fd ? this.host?.fileURL(fd) ?? fd.url ?? "" : "";
      const buttons = buttonsOf(p, ["download", "fullscreen"]);
      return html`${this.label(null)}
        <div class="gr-image ${h ? "gr-fixed-height" : ""}" style=${h ? `height:${h}` : nothing} role="group" aria-labelledby=${p.label ? this.uid + "-label" : nothing}>
          ${fd
            ? html`<div class="gr-image-frame">
                <img class="gr-image-img" src=${url} alt=${p.label || msg("common.image")} />
                <div class="gr-img-toolbar">
                  ${buttons.includes("download") ? downloadLink(url, fd) : nothing}
                  ${buttons.includes("fullscreen") ? iconButton("fullscreen", msg("common.full_screen"), () => toggleFullscreen(this.querySelector(".gr-image-img"))) : nothing}
                </div>
              </div>`
            : emptyImage()}
        </div>`;
    }
    const d = this.doc;
    const drop = this.sources.includes("upload");
    const hint = !d.bg && this.undos.length === 0 && this.sources.length > 0;
    const c = this.crop;
    return html`${this.label(null)}
      <div class="gr-editor" role="group" aria-labelledby=${p.label ? this.uid + "-label" : nothing} @keydown=${this.onKey}>
        ${this.toolbar()}
        <div
          class="gr-editor-stage ${this.up.dragging ? "gr-dragging" : ""}"
          style=${h ? `--gr-editor-h:${h}` : nothing}
          @dragenter=${drop ? this.up.over : nothing}
          @dragover=${drop ? this.up.over : nothing}
          @dragleave=${drop ? this.up.leave : nothing}
          @drop=${drop ? this.up.dropped((f) => void this.take(f)) : nothing}
        >
          ${this.camOn
            ? this.cam.view(this.props.webcam_options?.mirror !== false, () => void this.capture(), () => this.closeCam(), p.webcam_options?.constraints ?? null)
            : html`<div class="gr-editor-box">
                <canvas
                  class="gr-editor-canvas gr-tool-${this.tool}"
                  width=${d.w}
                  height=${d.h}
                  tabindex="0"
                  role="img"
                  aria-label=${msg(this.tool === "crop" ? "editor.canvas_crop" : "editor.canvas", { width: d.w, height: d.h })}
                  @pointerdown=${this.onDown}
                  @pointermove=${this.onMove}
                  @pointerup=${this.onUp}
                  @pointercancel=${this.onUp}
                  @lostpointercapture=${this.onUp}
                ></canvas>
                ${c
                  ? html`<div
                      class="gr-editor-crop"
                      style="left:${(c.x / d.w) * 100}%;top:${(c.y / d.h) * 100}%;width:${(c.w / d.w) * 100}%;height:${(c.h / d.h) * 100}%"
                    ></div>`
                  : nothing}
                ${hint ? html`<div class="gr-editor-hint" aria-hidden="true">${icon("image")}<span>${this.sources.includes("upload") ? msg("editor.drop_or_draw") : msg("editor.start_drawing")}</span></div>` : nothing}
              </div>`}
          ${this.up.busy ? html`<div class="gr-editor-saving">${progressBar(this.up.progress!, msg("editor.saving"))}</div>` : nothing}
        </div>
        ${c && !this.cropFrom
          ? html`<div class="gr-editor-cropbar" role="group" aria-label=${msg("editor.crop")}>
              <span>${Math.round(c.w)} × ${Math.round(c.h)}</span>
              <button type="button" class="gr-button gr-primary gr-sm" @click=${this.applyCrop}>${icon("check")} Apply crop</button>
              <button type="button" class="gr-button gr-secondary gr-sm" @click=${() => (this.crop = null)}>${msg("common.cancel")}</button>
            </div>`
          : nothing}
        ${this.layersPanel()}
        ${this.up.errorView()}${this.cam.error && !this.camOn ? html`<div class="gr-file-error" role="alert">${this.cam.error}</div>` : nothing}
      </div>`;
  }

  private toolbar() {
    const t = this.tool;
    const eraser = t === "eraser";
    const size = eraser ? this.esize : this.size;
    const maxSize = Math.max(40, Math.round(Math.max(this.doc.w, this.doc.h) / 10));
    const src = this.sources;
    return html`<div class="gr-editor-toolbar" role="group" aria-label=${msg("editor.tools")}>
      <div class="gr-editor-group">
        ${this.brushOn ? iconButton("brush", msg("editor.brush"), () => this.setTool("brush"), "", t === "brush") : nothing}
        ${this.eraserOn ? iconButton("eraser", msg("editor.eraser"), () => this.setTool("eraser"), "", eraser) : nothing}
        ${this.cropOn ? iconButton("crop", msg("editor.crop"), () => this.setTool("crop"), "", t === "crop") : nothing}
      </div>
      ${t === "brush"
        ? html`<div class="gr-editor-group gr-editor-colors" role="group" aria-label=${msg("editor.brush_colour")}>
            ${this.swatches.map(
              (s) => html`<button
                type="button"
                class="gr-editor-swatch"
                style="--gr-swatch:${s.color};opacity:${Math.max(0.25, s.alpha)}"
                aria-label=${s.color}
                title=${s.color}
                aria-pressed=${String(s.color === this.color)}
                @click=${() => ((this.color = s.color), (this.alpha = s.alpha))}
              ></button>`,
            )}
            ${this.props.brush?.color_mode !== "fixed"
              ? html`<input type="color" class="gr-editor-color" aria-label=${msg("editor.custom_colour")} title=${msg("editor.custom_colour")} .value=${hex(this.color)} @input=${(e: Event) => ((this.color = (e.target as HTMLInputElement).value), (this.alpha = 1))} />`
              : nothing}
          </div>`
        : nothing}
      ${t !== "crop"
        ? html`<label class="gr-editor-group gr-editor-size">
            <span>${eraser ? msg("editor.eraser_size") : msg("editor.brush_size")}</span>
            <input
              type="range"
              min="1"
              max=${maxSize}
              .value=${String(size)}
              @input=${(e: Event) => {
                const v = Number((e.target as HTMLInputElement).value);
                if (eraser) this.esize = v;
                else this.size = v;
              }}
            />
            <span class="gr-editor-size-value">${size}</span>
          </label>`
        : nothing}
      <div class="gr-editor-group">
        ${iconButton("undo", msg("editor.undo"), () => this.undo(), "", undefined, !this.undos.length)}
        ${iconButton("redo", msg("editor.redo"), () => this.redo(), "", undefined, !this.redos.length)}
        ${iconButton("trash", msg("common.clear"), () => this.clear())}
      </div>
      ${src.length
        ? html`<div class="gr-editor-group" role="group" aria-label=${msg("editor.background")}>
            ${src.includes("upload")
              ? html`<label class="gr-icon-button gr-img-btn gr-file-button" title=${msg("editor.upload_background")}>
                  ${icon("upload")}
                  <input class="gr-file-input" type="file" accept="image/*" aria-label=${msg("editor.upload_background")} ?disabled=${this.up.busy} @change=${this.up.picked((f) => void this.take(f))} />
                </label>`
              : nothing}
            ${src.includes("webcam") ? iconButton("camera", msg("editor.webcam_background"), () => this.openCam(), "", this.camOn) : nothing}
            ${src.includes("clipboard") ? iconButton("clipboard", msg("editor.paste_background"), () => void this.pasteClipboard()) : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  private layersPanel() {
    const lo = this.layerOpts;
    if (!lo.show) return nothing;
    const layers = this.doc.layers;
    return html`<div class="gr-editor-layers" role="group" aria-label=${msg("editor.layers")}>
      ${icon("layers")}
      ${layers.map(
        (l, i) => html`<span class="gr-editor-layer ${i === this.active ? "gr-active" : ""}">
          <button type="button" class="gr-editor-layer-name" aria-pressed=${String(i === this.active)} @click=${() => (this.active = i)}>${l.name}</button>
          ${iconButton(l.visible ? "eye" : "eyeoff", msg(l.visible ? "editor.hide_layer" : "editor.show_layer", { name: l.name }), () => this.toggleLayer(i))}
          ${lo.add && layers.length > 1 ? iconButton("close", msg("common.delete_item", { name: l.name }), () => this.deleteLayer(i)) : nothing}
        </span>`,
      )}
      ${lo.add ? html`<button type="button" class="gr-button gr-secondary gr-sm" @click=${this.addLayer}>${icon("plus")} ${msg("editor.add_layer")}</button>` : nothing}
    </div>`;
  }

  protected override updated() {
    this.paintNow();
  }

  private paintNow() {
    this.frame = 0;
    const c = this.querySelector<HTMLCanvasElement>(".gr-editor-canvas");
    if (!c) return;
    const s = this.stroke;
    paint(ctx(c), this.doc, s?.buf ? { i: this.active, buf: s.buf, alpha: this.alpha } : null);
  }

  private schedulePaint() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paintNow());
  }

  // Drawing.

  private point(ev: PointerEvent, el = ev.currentTarget as Element): [number, number] {
    const r = el.getBoundingClientRect();
    return [((ev.clientX - r.left) * this.doc.w) / r.width, ((ev.clientY - r.top) * this.doc.h) / r.height];
  }

  private onDown = (ev: PointerEvent) => {
    if (this.stroke || this.cropFrom || (ev.button > 0 && ev.button !== 5)) return;
    const c = ev.currentTarget as HTMLCanvasElement;
    c.setPointerCapture(ev.pointerId);
    c.focus({ preventScroll: true });
    ev.preventDefault();
    const p = this.point(ev);
    if (this.tool === "crop") {
      this.cropFrom = p;
      this.crop = { x: p[0], y: p[1], w: 0, h: 0 };
      return;
    }
    // The pen's eraser end erases whatever the tool.
    const eraser = this.tool === "eraser" || ev.button === 5;
    const layer = this.doc.layers[this.active];
    if (!layer || (!eraser && !this.brushOn)) return;
    const before = snapshot(this.doc);
    layer.visible = true;
    this.touch(layer.canvas);
    this.stroke = { id: ev.pointerId, eraser, last: p, buf: eraser ? null : canvas(this.doc.w, this.doc.h), before };
    this.dot(p, this.width(ev));
    this.schedulePaint();
  };

  private onMove = (ev: PointerEvent) => {
    if (this.cropFrom) {
      const [x0, y0] = this.cropFrom;
      const [x1, y1] = this.point(ev).map((v, i) => Math.max(0, Math.min(i ? this.doc.h : this.doc.w, v)));
      this.crop = { x: Math.min(x0, x1), y: Math.min(y0, y1), w: Math.abs(x1 - x0), h: Math.abs(y1 - y0) };
      return;
    }
    const s = this.stroke;
    if (!s || s.id !== ev.pointerId) return;
    const events = ev.getCoalescedEvents?.() ?? [];
    for (const e of events.length ? events : [ev]) {
      const p = this.point(e, ev.currentTarget as Element);
      this.line(s.last, p, this.width(e));
      s.last = p;
    }
    this.schedulePaint();
  };

  private onUp = (ev: PointerEvent) => {
    if (this.cropFrom) {
      this.cropFrom = null;
      if (this.crop && (this.crop.w < 2 || this.crop.h < 2)) this.crop = null;
      this.requestUpdate();
      return;
    }
    const s = this.stroke;
    if (!s || s.id !== ev.pointerId) return;
    this.stroke = null;
    if (s.buf) {
      const g = ctx(this.doc.layers[this.active].canvas);
      g.globalAlpha = this.alpha;
      g.drawImage(s.buf, 0, 0);
      g.globalAlpha = 1;
    }
    this.commit(s.before);
  };

  private width(ev: PointerEvent): number {
    const base = this.stroke?.eraser || this.tool === "eraser" ? this.esize : this.size;
    return ev.pointerType === "pen" && ev.pressure > 0 ? base * (0.4 + ev.pressure * 1.2) : base;
  }

  private target(): CanvasRenderingContext2D {
    const s = this.stroke!;
    const g = ctx(s.buf ?? this.doc.layers[this.active].canvas);
    g.globalCompositeOperation = s.eraser ? "destination-out" : "source-over";
    g.strokeStyle = g.fillStyle = s.eraser ? "#000" : this.color;
    return g;
  }

  private dot([x, y]: [number, number], w: number) {
    const g = this.target();
    g.beginPath();
    g.arc(x, y, w / 2, 0, Math.PI * 2);
    g.fill();
    g.globalCompositeOperation = "source-over";
  }

  private line(a: [number, number], b: [number, number], w: number) {
    const g = this.target();
    g.lineWidth = w;
    g.lineCap = g.lineJoin = "round";
    g.beginPath();
    g.moveTo(a[0], a[1]);
    g.lineTo(b[0], b[1]);
    g.stroke();
    g.globalCompositeOperation = "source-over";
  }

  // History and edits.

  private touch(c: HTMLCanvasElement) {
    this.versions.set(c, (this.versions.get(c) ?? 0) + 1);
  }

  /** Records an edit (before is the document as it was) and schedules the upload. */
  private commit(before: Doc, event?: string) {
    this.undos.push(before);
    if (this.undos.length > maxHistory) this.undos.shift();
    this.redos = [];
    this.requestUpdate();
    this.schedule(event);
  }

  private undo() {
    const prev = this.undos.pop();
    if (!prev) return;
    this.redos.push(this.doc);
    this.restore(prev);
  }

  private redo() {
    const next = this.redos.pop();
    if (!next) return;
    this.undos.push(this.doc);
    this.restore(next);
  }

  private restore(d: Doc) {
    this.doc = d;
    this.crop = null;
    this.active = Math.min(this.active, d.layers.length - 1);
    this.requestUpdate();
    this.schedule();
  }

  private setTool(t: Tool) {
    this.tool = t;
    if (t !== "crop") this.crop = null;
  }

  private applyCrop = () => {
    const c = this.crop;
    if (!c) return;
    const before = snapshot(this.doc);
    const x = Math.round(c.x);
    const y = Math.round(c.y);
    const w = Math.max(1, Math.round(c.w));
    const h = Math.max(1, Math.round(c.h));
    const cut = (src: HTMLCanvasElement) => drawn(src, w, h, -x, -y);
    const d = this.doc;
    this.doc = { w, h, bg: d.bg && cut(d.bg), layers: d.layers.map((l) => ({ ...l, canvas: cut(l.canvas) })) };
    this.crop = null;
    this.tool = this.brushOn ? "brush" : "eraser";
    this.commit(before, "apply");
  };

  private addLayer = () => {
    const before = snapshot(this.doc);
    this.doc.layers.push({ name: msg("editor.layer", { n: ++this.layerCount }), canvas: canvas(this.doc.w, this.doc.h), visible: true });
    this.active = this.doc.layers.length - 1;
    this.commit(before);
  };

  private deleteLayer(i: number) {
    const before = snapshot(this.doc);
    this.doc.layers.splice(i, 1);
    this.active = Math.max(0, Math.min(this.active - (i < this.active ? 1 : 0), this.doc.layers.length - 1));
    this.commit(before);
  }

  private toggleLayer(i: number) {
    const l = this.doc.layers[i];
    l.visible = !l.visible;
    this.requestUpdate();
    this.schedule();
  }

  private clear() {
    const before = snapshot(this.doc);
    const [w, h] = this.canvasSize;
    this.doc = this.blank(w, h);
    this.undos.push(before);
    this.redos = [];
    this.crop = null;
    this.active = 0;
    this.gen++;
    clearTimeout(this.timer);
    this.pending.clear();
    const v: EditorValue = { background: null, layers: [], composite: null };
    this.mine = v;
    this.userValue(v);
    this.emit("clear");
  }

  private onKey = (ev: KeyboardEvent) => {
    const k = ev.key.toLowerCase();
    if ((ev.ctrlKey || ev.metaKey) && (k === "z" || k === "y")) {
      ev.preventDefault();
      if (k === "y" || ev.shiftKey) this.redo();
      else this.undo();
    } else if (this.crop && !this.cropFrom && ev.target instanceof HTMLCanvasElement) {
      if (ev.key === "Enter") this.applyCrop();
      else if (ev.key === "Escape") this.crop = null;
    }
  };

  // Backgrounds.

  private async take(files: File[]) {
    const f = files.find((x) => isType(x, ["image"]));
    if (!f) return this.up.fail(msg("upload.choose_image"));
    const url = URL.createObjectURL(f);
    try {
      const img = await loadImage(url);
      this.setBackground(img);
    } catch {
      this.up.fail(msg("editor.image_unreadable"));
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  private setBackground(img: HTMLImageElement) {
    const before = snapshot(this.doc);
    const d = this.doc;
    const [w, h] = this.props.fixed_canvas ? this.canvasSize : [img.naturalWidth, img.naturalHeight];
    const layers = d.w === w && d.h === h ? d.layers : d.layers.map((l) => ({ ...l, canvas: drawn(l.canvas, w, h, 0, 0, w, h) }));
    this.doc = { w, h, bg: this.fit(img, w, h), layers };
    this.crop = null;
    if (this.undos.length === 0) {
      // A first background sets the brush sizes to suit it.
      if (!(this.props.brush?.default_size > 0)) this.size = this.auto(null);
      if (!(this.props.eraser?.default_size > 0)) this.esize = this.auto(null);
    }
    this.up.error = "";
    this.commit(before, "upload");
  }

  private openCam() {
    this.camOn = true;
    void this.cam.start(this.props.webcam_options?.constraints ?? null);
  }

  private closeCam() {
    this.cam.stop();
    this.camOn = false;
  }

  private async capture() {
    const f = await this.cam.capture(this.props.webcam_options?.mirror !== false);
    this.closeCam();
    if (f) await this.take([f]);
  }

  private async pasteClipboard() {
    try {
      const files = await readClipboard();
      if (files.length) await this.take(files);
      else this.up.fail(msg("image.no_clipboard_image"));
    } catch (err) {
      this.up.fail(msg("image.clipboard_failed", { error: String((err as Error)?.message ?? err) }));
    }
  }

  // Export.

  private schedule(event?: string) {
    if (event) this.pending.add(event);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.export(), 300);
  }

  /** Uploads what changed (PNG) and the composite, then takes them as the value. */
  private async export() {
    if (this.up.busy) {
      this.again = true;
      return;
    }
    const gen = this.gen;
    const d = this.doc;
    const events = [...this.pending];
    this.pending.clear();
    const files: File[] = [];
    const sent: [HTMLCanvasElement, number][] = [];
    const parts = [d.bg, ...d.layers.map((l) => l.canvas)];
    try {
      for (const [i, c] of parts.entries()) {
        if (!c) continue;
        const v = this.versions.get(c) ?? 0;
        if (this.uploaded.get(c)?.v === v) continue;
        files.push(await canvasFile(c, i === 0 ? "background.png" : `layer_${i}.png`));
        sent.push([c, v]);
      }
      const flat = canvas(d.w, d.h);
      paint(ctx(flat), d);
      files.push(await canvasFile(flat, "composite.png"));
    } catch (err) {
      return this.up.fail(msg("editor.save_failed", { error: String((err as Error)?.message ?? err) }));
    }
    const r = await this.up.send(files);
    if (r && gen === this.gen) {
      sent.forEach(([c, v], i) => this.uploaded.set(c, { v, fd: r[i] }));
      const fd = (c: HTMLCanvasElement | null) => (c && this.uploaded.get(c)?.fd) ?? null;
      const value: EditorValue = { background: fd(d.bg), layers: d.layers.map((l) => fd(l.canvas)), composite: r[r.length - 1] };
      this.mine = value;
      this.userValue(value);
      for (const e of events) this.emit(e);
    }
    if (this.again) {
      this.again = false;
      this.schedule();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
  }
}

define("imageeditor", ImageEditor);
