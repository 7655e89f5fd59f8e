import { nothing } from "lit";
import { GradioElement, define } from "../core/element";

/**
 * gradio-timer: shows nothing; while connected and props.active is not false, it fires
 * "tick" every `value` seconds (1 by default). A new interval or active state restarts it.
 */
export class Timer extends GradioElement {
  private handle: ReturnType<typeof setInterval> | null = null;
  /** The interval (ms) the running timer uses, or null when stopped. */
  private running: number | null = null;

  protected override render() {
    return nothing;
  }

  /** The interval in milliseconds, or null when the timer must not tick. */
  private get interval(): number | null {
    if (this.props.active === false) return null;
    const s = this.value == null ? 1 : Number(this.value);
    return Number.isFinite(s) && s > 0 ? s * 1000 : null;
  }

  protected override updated() {
    if (this.isConnected && this.interval !== this.running) this.restart();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.restart();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stop();
  }

  private restart() {
    this.stop();
    const ms = this.interval;
    if (ms == null) return;
    this.running = ms;
    this.handle = setInterval(() => this.emit("tick"), ms);
  }

  private stop() {
    if (this.handle != null) clearInterval(this.handle);
    this.handle = null;
    this.running = null;
  }
}

define("timer", Timer);
