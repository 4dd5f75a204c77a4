import { LitElement, css, html, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** A box in image pixels (columns, rows), as the server's RedactionBox. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fired (bubbling) whenever the researcher's boxes change; detail.boxes is their JSON text. */
export const BOXES_CHANGED = 'boxes-changed';

/** Boxes smaller than this (image pixels) are taken for a slipped click, not a box. */
const MIN_SIDE = 2;

/**
 * Draws redaction boxes over an image: drag to draw, click a box to select it, Delete (or the button) removes the
 * selected one. Automatic boxes ("fixed") are outlined only; they cannot be selected or removed. All coordinates are
 * image pixels; the SVG's viewBox maps them onto however large the image is shown.
 */
@customElement('redaction-editor')
export class RedactionEditor extends LitElement {
  static styles = css`
    :host { display: inline-block; position: relative; max-width: 100%; user-select: none; }
    .stage { position: relative; display: inline-block; max-width: 100%; }
    img { display: block; max-width: 100%; height: auto; }
    svg { position: absolute; inset: 0; width: 100%; height: 100%; cursor: crosshair; touch-action: none; }
    rect.fixed { fill: none; stroke: #ffb300; stroke-width: 2; stroke-dasharray: 6 3; vector-effect: non-scaling-stroke; }
    rect.box { fill: rgba(229, 57, 53, 0.25); stroke: #e53935; stroke-width: 2; vector-effect: non-scaling-stroke; cursor: pointer; }
    rect.box.selected { stroke: #1e88e5; fill: rgba(30, 136, 229, 0.3); }
    rect.draft { fill: none; stroke: #e53935; stroke-width: 1; stroke-dasharray: 4 2; vector-effect: non-scaling-stroke; }
    .tools { margin-top: var(--lumo-space-s, 0.5rem); }
  `;

  /** Address of the image (a PNG the server renders). */
  @property() src = '';
  @property({ type: Number, attribute: 'image-width' }) imageWidth = 1;
  @property({ type: Number, attribute: 'image-height' }) imageHeight = 1;
  /** The researcher's boxes, JSON text (set by the server). */
  @property() boxes = '[]';
  /** Automatic boxes to outline, JSON text. */
  @property({ attribute: 'fixed-boxes' }) fixedBoxes = '[]';
  /** Text of the remove button (the server passes it in the reader's language). */
  @property({ attribute: 'remove-label' }) removeLabel = 'Remove box';

  @state() private selected = -1;
  @state() private draft: Box | null = null;
  private start: { x: number; y: number } | null = null;

  private parsed(json: string): Box[] {
    try {
      const value = JSON.parse(json);
      return Array.isArray(value) ? value : [];
    } catch {
      return [];
    }
  }

  private toImage(event: PointerEvent): { x: number; y: number } {
    const rect = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * this.imageWidth;
    const y = ((event.clientY - rect.top) / rect.height) * this.imageHeight;
    return {
      x: Math.min(Math.max(Math.round(x), 0), this.imageWidth),
      y: Math.min(Math.max(Math.round(y), 0), this.imageHeight),
    };
  }

  private down(event: PointerEvent) {
    if ((event.target as Element).classList.contains('box')) {
      return; // selecting, not drawing
    }
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    this.start = this.toImage(event);
    this.selected = -1;
  }

  private move(event: PointerEvent) {
    if (!this.start) {
      return;
    }
    const p = this.toImage(event);
    this.draft = {
      x: Math.min(this.start.x, p.x),
      y: Math.min(this.start.y, p.y),
      width: Math.abs(p.x - this.start.x),
      height: Math.abs(p.y - this.start.y),
    };
  }

  private up() {
    const draft = this.draft;
    this.start = null;
    this.draft = null;
    if (draft && draft.width >= MIN_SIDE && draft.height >= MIN_SIDE) {
      const boxes = [...this.parsed(this.boxes), draft];
      this.selected = boxes.length - 1;
      this.changed(boxes);
    }
  }

  private select(index: number, event: Event) {
    event.stopPropagation();
    this.selected = index;
    this.focus();
  }

  private removeSelected() {
    const boxes = this.parsed(this.boxes);
    if (this.selected < 0 || this.selected >= boxes.length) {
      return;
    }
    boxes.splice(this.selected, 1);
    this.selected = -1;
    this.changed(boxes);
  }

  private key(event: KeyboardEvent) {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      this.removeSelected();
    }
  }

  private changed(boxes: Box[]) {
    this.boxes = JSON.stringify(boxes);
    this.dispatchEvent(new CustomEvent(BOXES_CHANGED, { detail: { boxes: this.boxes }, bubbles: true, composed: true }));
  }

  connectedCallback() {
    super.connectedCallback();
    this.tabIndex = 0;
    this.addEventListener('keydown', this.key);
  }

  disconnectedCallback() {
    this.removeEventListener('keydown', this.key);
    super.disconnectedCallback();
  }

  render() {
    const boxes = this.parsed(this.boxes);
    return html`
      <div class="stage">
        <img src=${this.src} alt="" draggable="false" />
        <svg
          viewBox="0 0 ${this.imageWidth} ${this.imageHeight}"
          preserveAspectRatio="none"
          @pointerdown=${this.down}
          @pointermove=${this.move}
          @pointerup=${this.up}
        >
          ${this.parsed(this.fixedBoxes).map(
            (b) => svg`<rect class="fixed" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`,
          )}
          ${boxes.map(
            (b, i) =>
              svg`<rect class="box ${i === this.selected ? 'selected' : ''}" x=${b.x} y=${b.y} width=${b.width}
                height=${b.height} @pointerdown=${(e: Event) => this.select(i, e)}></rect>`,
          )}
          ${this.draft
            ? svg`<rect class="draft" x=${this.draft.x} y=${this.draft.y} width=${this.draft.width}
                height=${this.draft.height}></rect>`
            : ''}
        </svg>
      </div>
      <div class="tools">
        <button type="button" ?disabled=${this.selected < 0} @click=${this.removeSelected}>${this.removeLabel}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'redaction-editor': RedactionEditor;
  }
}
