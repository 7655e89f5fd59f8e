// Types of the Gradio 6 app config (/config), as gradio-go serves it.

export interface ComponentConfig {
  id: number;
  type: string;
  props: Record<string, any>;
  skip_api?: boolean;
  /** Identity across runs of a render block (gradio.Render's Key). */
  key?: string | null;
  /** The render block whose run created the component. */
  rendered_in?: number | null;
}

export interface LayoutNode {
  id: number;
  children?: LayoutNode[];
}

export interface Dependency {
  id: number;
  targets: [number | null, string][];
  inputs: number[];
  outputs: number[];
  backend_fn: boolean;
  js: string | null;
  queue: boolean;
  api_name: string;
  show_progress: "full" | "minimal" | "hidden";
  scroll_to_output: boolean;
  cancels: number[];
  types: { generator: boolean; cancel: boolean };
  trigger_after: number | null;
  trigger_only_on_success: boolean;
  trigger_only_on_failure: boolean;
  trigger_mode: "once" | "multiple" | "always_last";
  /** The render block whose run created the listener. */
  rendered_in?: number | null;
  /** Set on the listener that runs a render block. */
  render_id?: number | null;
}

/** What one run of a render block built: output.render_config of its completion. */
export interface RenderConfig {
  components: ComponentConfig[];
  dependencies: Dependency[];
  layout: LayoutNode;
  render_id: number;
}

export interface Config {
  /** Present when the app has collaborative rooms (gradio.WithCollaboration; core/room.ts). */
  collaboration?: { max_members: number; presence_timeout: number; join_as: string } | null;
  /** The app's own texts by locale, then key (gradio.I18n). */
  i18n_translations?: Record<string, Record<string, string>> | null;
  /** The locale the app asks for ("fr", "pt-BR"), before the browser's (core/messages). */
  locale?: string | null;
  version: string;
  api_prefix: string;
  root: string;
  mode: string;
  title: string;
  description?: string;
  article?: string;
  components: ComponentConfig[];
  dependencies: Dependency[];
  layout: LayoutNode;
  connect_heartbeat: boolean;
  enable_queue: boolean;
  css: string | null;
  js: string | null;
  max_file_size: number | null;
  app_id: number;
}

/** A file as it travels on the wire. */
export interface FileData {
  path: string;
  url?: string | null;
  size?: number | null;
  orig_name?: string | null;
  mime_type?: string | null;
  is_stream?: boolean;
  meta: { _type: "gradio.FileData" };
}

/** One level of progress reported by a handler. */
export interface ProgressUnit {
  index: number | null;
  length: number | null;
  unit: string | null;
  progress: number | null;
  desc: string | null;
}

/** What an output shows while its event runs. */
export interface Status {
  stage: "pending" | "generating" | "complete" | "error";
  position?: number | null;
  size?: number | null;
  eta?: number | null;
  progress?: ProgressUnit[] | null;
  started?: number;
  show: "full" | "minimal" | "hidden";
}

/** A toast: an error, a warning, an info or a success message. */
export interface Toast {
  level: "error" | "warning" | "info" | "success";
  title: string;
  message: string;
  /** Seconds before it goes away; null keeps it until closed. */
  duration: number | null;
}
