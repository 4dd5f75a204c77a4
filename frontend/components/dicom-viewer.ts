/**
 * <dicom-viewer>: the portal's DICOM image viewer, built on Cornerstone3D (rendering and tools) and its DICOM image
 * loader (WADO-RS frames from the portal's own /dicomweb, raw little-endian so windowing is exact and client-side;
 * the server-rendered frame is shown instead when a frame cannot be loaded or decoded). The Java side is
 * com.medvisionlab.viewer.ui.DicomViewer.
 *
 * Properties (set by the server):
 *   series            JSON [{study, series}]: the thumbnail strip; the first one is shown
 *   annotations       JSON ViewerAnnotation[]: the user's own (editable when `editable`)
 *   fixedAnnotations  JSON ViewerAnnotation[]: shown locked, in another colour
 *   editable          whether the arrow and text tools are offered and the user's drawings are reported
 *                     (length, angle and ROIs can always be measured; with editable false they are not kept)
 *   i18n              JSON {key: label} in the user's language (keys: DEFAULT_I18N in viewer/labels.ts)
 * Methods: showImage(sopInstanceUid, frame).
 * Events (bubbling): `image-shown` {sopInstanceUid, frame, index}, `annotations-changed` {annotations: JSON text}.
 *
 * Test and automation hooks (deliberate, keep them stable): attributes on the host element
 *   data-rendered="true"        an image of the current series has been drawn (false while a series loads)
 *   data-image-index            0-based index of the drawn image in the stack (set together with data-rendered,
 *                               so waiting for an index also waits for its drawing); data-image-count the stack size
 *   data-sop-instance-uid, data-frame (1-based), data-series-instance-uid   what is drawn
 *   data-window-center, data-window-width   the current VOI window (PS3.3 C.11.2.1.2.1 centre/width)
 *   data-zoom                   CSS pixels per image pixel (1 = 1:1)
 *   data-fallback="true"        the server-rendered frame is shown because the raw frame failed
 *   data-last-measurement       JSON {kind, value, unit, stdDev, area} of the last measurement drawn or moved
 *   data-first-drawn-ms         performance.now() when the series' first image was drawn (ms since navigation; an
 *                               image named by showImage is drawn before the series' metadata has arrived, so this
 *                               may come before data-rendered)
 * and User Timing marks for the benchmark: dv-module (the viewer's code evaluated), dv-series-set,
 * dv-cornerstone-ready, dv-named-image-metadata, dv-metadata, dv-first-drawn.
 * Controls carry ids `dv-<action>` (e.g. dv-tool-Length, dv-invert, dv-preset, dv-scroll) and aria-labels.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  Enums as csEnums,
  RenderingEngine,
  eventTarget,
  metaData,
  utilities as csUtils,
  type Types,
} from '@cornerstonejs/core';
import {
  Enums as toolsEnums,
  ToolGroupManager,
  annotation as csAnnotation,
  utilities as toolsUtils,
} from '@cornerstonejs/tools';
import {
  MEASURING_TOOLS,
  NOTE_TOOLS,
  PRIMARY_TOOLS,
  TOOL_CLASSES,
  cornerstoneReady,
  registerMetadata,
} from './viewer/cornerstone';
import {
  KIND_OF,
  TOOL_OF,
  drawingKey,
  fromCornerstone,
  measurementOf,
  parseAnnotations,
  worldHandles,
  type CsAnnotation,
  type ViewerAnnotation,
} from './viewer/annotations';
import {
  TAG,
  loadImage,
  loadSeries,
  numbers,
  prefetchImage,
  prefetchSeries,
  renderedUrl,
  slicePosition,
  thumbnailUrl,
  type SeriesRef,
  type SeriesStack,
  type StackImage,
} from './viewer/series-metadata';
import { PRESETS, fileWindows, toRange, toWindow, type NamedWindow } from './viewer/windowing';
import { DEFAULT_I18N, ICONS } from './viewer/labels';
import { STYLES } from './viewer/styles';

export { DEFAULT_I18N };

/** Starts Cornerstone (rendering core, tools, image loader and its decoding worker) ahead of the first viewer. */
export function prepareViewer(): Promise<void> {
  return cornerstoneReady();
}

// every import above (Cornerstone, vtk.js, the tools) has been evaluated when this line runs
performance.mark('dv-module');

export const IMAGE_SHOWN = 'image-shown';
export const ANNOTATIONS_CHANGED = 'annotations-changed';


const FIXED_COLOUR = 'rgb(255, 179, 0)';
const STYLE_ID = 'dicom-viewer-styles';
const RULER_STEPS_MM = [1, 2, 5, 10, 20, 50, 100, 200, 500];

let viewers = 0;

/** Parses the server's series list; anything malformed is dropped. */
function parseSeries(json: string): SeriesRef[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value)
      ? value.filter((s) => s && typeof s.study === 'string' && typeof s.series === 'string')
      : [];
  } catch {
    return [];
  }
}

function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

@customElement('dicom-viewer')
export class DicomViewer extends LitElement {
  @property() series = '[]';
  @property() annotations = '[]';
  @property({ attribute: 'fixed-annotations' }) fixedAnnotations = '[]';
  @property({ type: Boolean }) editable = false;
  @property() i18n = '{}';

  @state() private seriesRefs: SeriesRef[] = [];
  @state() private seriesIndex = 0;
  @state() private stack: SeriesStack | undefined;
  @state() private imageIndex = 0;
  @state() private tool: string = TOOL_CLASSES.WindowLevelTool.toolName;
  @state() private playing = false;
  @state() private fps = 10;
  @state() private status: 'loading' | 'failed' | 'ready' = 'loading';
  @state() private fallbackUrl = '';
  @state() private overlay = { window: '', zoom: '', position: '', rulerPx: 0, rulerMm: 0 };
  @state() private windows: NamedWindow[] = [];

  private readonly viewportId = `dv-${++viewers}`;
  private primaryTool: string | undefined;
  private engine: RenderingEngine | undefined;
  private element: HTMLDivElement | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private labels: Record<string, string> = DEFAULT_I18N;
  /** image id -> position in the stack */
  private indexOf = new Map<string, number>();
  /** the user's annotations, all series (those of the shown series are kept in step with Cornerstone) */
  private userAnnotations = new Map<string, ViewerAnnotation>();
  private fixedIds = new Set<string>();
  /** measurements drawn while not editable: shown, never reported */
  private scratchIds = new Set<string>();
  private applying = false;
  /** the user's drawing as last set by the server or reported to it: Cornerstone's re-draws are not changes */
  private reportedKey = '[]';
  private reportTimer: number | undefined;
  private pendingImage: { sop: string; frame: number } | undefined;
  /** stack index of the image last put on the canvas (STACK_NEW_IMAGE) */
  private drawnIndex = -1;
  /** the image named by showImage, drawn on its own while its series' metadata is still loading */
  private previewImageId: string | undefined;
  /** the series whose metadata is loading, and its load's token */
  private loading: { ref: SeriesRef; token: number } | undefined;
  /** drawing the named image ahead of its series (settled when there is none) */
  private preview: Promise<void> = Promise.resolve();
  private previewStarted = false;
  private shownTimer: number | undefined;
  private loadToken = 0;
  private readonly onAnnotationEvent = (evt: Event) => this.annotationEvent(evt as CustomEvent);
  private readonly onLoadError = (evt: Event) => this.loadError(evt as CustomEvent);

  /** Light DOM: Cornerstone and its tools look up their canvas and SVG layer below the element. */
  protected createRenderRoot() {
    return this;
  }

  private t(key: string, ...args: (string | number)[]): string {
    return format(this.labels[key] ?? DEFAULT_I18N[key] ?? key, ...args);
  }

  private get viewport(): Types.IStackViewport | undefined {
    return this.engine?.getViewport(this.viewportId) as Types.IStackViewport | undefined;
  }

  /** Shows this image (and 1-based frame) of the loaded series; remembered until the series has loaded. */
  showImage(sopInstanceUid: string, frame = 1) {
    const index = this.stack?.images.findIndex((i) => i.sopInstanceUid === sopInstanceUid && i.frame === frame) ?? -1;
    if (index < 0) {
      this.pendingImage = { sop: sopInstanceUid, frame };
      if (this.loading) {
        // the series is loading already (the page named the image after the viewer had started)
        this.startPreview(this.loading.ref, this.pendingImage, this.loading.token);
      } else if (!this.stack) {
        const ref = parseSeries(this.series)[0];
        if (ref) {
          prefetchImage(ref, sopInstanceUid);
        }
      }
      return;
    }
    void this.viewport?.setImageIdIndex(index);
  }

  connectedCallback() {
    super.connectedCallback();
    if (!document.getElementById(STYLE_ID)) {
      const style = document.createElement('style');
      style.id = STYLE_ID;
      style.textContent = STYLES;
      document.head.append(style);
    }
    this.setAttribute('data-rendered', 'false');
    this.setAttribute('role', 'region');
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.stopCine();
    this.removeEventListeners();
    ToolGroupManager.destroyToolGroup(this.viewportId);
    this.engine?.destroy();
    this.engine = undefined;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('i18n')) {
      try {
        this.labels = { ...DEFAULT_I18N, ...JSON.parse(this.i18n) };
      } catch {
        this.labels = DEFAULT_I18N;
      }
      this.setAttribute('aria-label', this.t('viewer'));
    }
  }

  protected async firstUpdated() {
    await cornerstoneReady();
    performance.mark('dv-cornerstone-ready');
    this.element = this.querySelector<HTMLDivElement>('.dv-viewport') ?? undefined;
    if (!this.element) {
      return;
    }
    this.engine = new RenderingEngine(`${this.viewportId}-engine`);
    this.engine.enableElement({
      viewportId: this.viewportId,
      type: csEnums.ViewportType.STACK,
      element: this.element,
      defaultOptions: { background: [0, 0, 0] as Types.Point3 },
    });
    this.setUpTools();
    this.element.addEventListener(csEnums.Events.IMAGE_RENDERED, () => this.rendered());
    this.element.addEventListener(csEnums.Events.STACK_NEW_IMAGE, (e) => this.newImage(e as CustomEvent));
    this.element.addEventListener('keydown', (e) => this.key(e));
    this.element.addEventListener('contextmenu', (e) => e.preventDefault());
    eventTarget.addEventListener(toolsEnums.Events.ANNOTATION_COMPLETED, this.onAnnotationEvent);
    eventTarget.addEventListener(toolsEnums.Events.ANNOTATION_MODIFIED, this.onAnnotationEvent);
    eventTarget.addEventListener(toolsEnums.Events.ANNOTATION_REMOVED, this.onAnnotationEvent);
    eventTarget.addEventListener(csEnums.Events.IMAGE_LOAD_ERROR, this.onLoadError);
    this.resizeObserver = new ResizeObserver(() => this.engine?.resize(true, true));
    this.resizeObserver.observe(this.element);
    await this.showSeries(0);
  }

  private removeEventListeners() {
    eventTarget.removeEventListener(toolsEnums.Events.ANNOTATION_COMPLETED, this.onAnnotationEvent);
    eventTarget.removeEventListener(toolsEnums.Events.ANNOTATION_MODIFIED, this.onAnnotationEvent);
    eventTarget.removeEventListener(toolsEnums.Events.ANNOTATION_REMOVED, this.onAnnotationEvent);
    eventTarget.removeEventListener(csEnums.Events.IMAGE_LOAD_ERROR, this.onLoadError);
  }

  protected updated(changed: PropertyValues<this>) {
    if (changed.has('series')) {
      performance.mark('dv-series-set');
      this.seriesRefs = parseSeries(this.series);
      if (this.engine) {
        void this.showSeries(0);
      } else if (this.seriesRefs[0]) {
        prefetchSeries(this.seriesRefs[0]);
      }
    }
    if (changed.has('annotations')) {
      this.userAnnotations = new Map(parseAnnotations(this.annotations).map((a) => [a.id, a]));
      this.reportedKey = drawingKey([...this.userAnnotations.values()]);
      this.applyAnnotations();
    }
    if (changed.has('fixedAnnotations')) {
      this.applyAnnotations();
    }
    if (changed.has('editable')) {
      this.setEditableTools();
    }
  }

  // --- tools ---------------------------------------------------------------------------------------------------

  /** The binding table: primary = chosen tool, middle = pan, secondary = zoom, wheel = scroll; touch alike. */
  private setUpTools() {
    const group = ToolGroupManager.createToolGroup(this.viewportId);
    if (!group) {
      return;
    }
    Object.values(TOOL_CLASSES).forEach((tool) => group.addTool(tool.toolName));
    group.addViewport(this.viewportId, this.engine!.id);
    const { MouseBindings } = toolsEnums;
    group.setToolActive(TOOL_CLASSES.PanTool.toolName, {
      bindings: [{ mouseButton: MouseBindings.Auxiliary }, { numTouchPoints: 3 }],
    });
    group.setToolActive(TOOL_CLASSES.ZoomTool.toolName, {
      bindings: [{ mouseButton: MouseBindings.Secondary }, { numTouchPoints: 2 }],
    });
    group.setToolActive(TOOL_CLASSES.StackScrollTool.toolName, { bindings: [{ mouseButton: MouseBindings.Wheel }] });
    const askText = (done: (text: string | null) => void) => done(window.prompt(this.t('enterText')));
    const changeText = (data: { data?: { label?: string } }, _evt: unknown, done: (text: string | null) => void) =>
      done(window.prompt(this.t('enterText'), data?.data?.label ?? ''));
    for (const name of NOTE_TOOLS) {
      group.setToolConfiguration(name, { getTextCallback: askText, changeTextCallback: changeText });
    }
    for (const name of [...MEASURING_TOOLS, ...NOTE_TOOLS]) {
      group.setToolPassive(name);
    }
    this.selectTool(this.tool);
  }

  /** Gives the primary button (and one finger) to this tool; the previous one keeps its other bindings. */
  private selectTool(name: string) {
    const group = ToolGroupManager.getToolGroup(this.viewportId);
    if (!group) {
      return;
    }
    const { MouseBindings } = toolsEnums;
    const primary = [{ mouseButton: MouseBindings.Primary }, { numTouchPoints: 1 }];
    if (this.primaryTool && this.primaryTool !== name) {
      // passive: its drawings stay selectable and movable; navigation tools stay active on their other bindings
      group.setToolPassive(this.primaryTool, { removeAllBindings: primary });
    }
    group.setToolActive(name, { bindings: primary });
    this.primaryTool = name;
    this.tool = name;
  }

  private setEditableTools() {
    if (!this.editable && NOTE_TOOLS.includes(this.tool)) {
      this.selectTool(TOOL_CLASSES.WindowLevelTool.toolName);
    }
  }

  // --- series and images ---------------------------------------------------------------------------------------

  private async showSeries(index: number) {
    const ref = this.seriesRefs[index];
    const viewport = this.viewport;
    if (!ref || !viewport) {
      return;
    }
    const token = ++this.loadToken;
    this.stopCine();
    this.seriesIndex = index;
    this.status = 'loading';
    this.fallbackUrl = '';
    this.setAttribute('data-rendered', 'false');
    this.removeAttribute('data-fallback');
    this.removeAttribute('data-first-drawn-ms');
    this.drawnIndex = -1;
    this.previewImageId = undefined;
    this.previewStarted = false;
    this.preview = Promise.resolve();
    this.stack = undefined;
    this.indexOf = new Map();
    this.loading = { ref, token };
    if (this.pendingImage) {
      this.startPreview(ref, this.pendingImage, token);
    }
    try {
      const stack = await loadSeries(ref, registerMetadata);
      await this.preview;
      if (token !== this.loadToken) {
        return;
      }
      performance.mark('dv-metadata');
      this.loading = undefined;
      this.previewImageId = undefined;
      this.stack = stack;
      this.indexOf = new Map(stack.images.map((image, i) => [image.imageId, i]));
      this.windows = fileWindows(
        numbers(stack.images[0]?.instance ?? {}, TAG.windowCenter),
        numbers(stack.images[0]?.instance ?? {}, TAG.windowWidth),
        (stack.images[0]?.instance[TAG.windowExplanation]?.Value ?? []).map(String),
      );
      const pending = this.pendingImage;
      let start = 0;
      if (pending) {
        start = Math.max(
          0,
          stack.images.findIndex((i) => i.sopInstanceUid === pending.sop && i.frame === pending.frame),
        );
        this.pendingImage = undefined;
      }
      this.status = 'ready';
      try {
        await viewport.setStack(
          stack.images.map((i) => i.imageId),
          start,
        );
      } catch {
        this.showFallback(start);
      }
      viewport.render();
      toolsUtils.stackPrefetch.enable(this.element!);
      this.applyAnnotations();
    } catch {
      if (token === this.loadToken) {
        this.loading = undefined;
        this.status = 'failed';
      }
    }
  }

  /**
   * A series' metadata may take a while (hundreds of instances): the image the page named is drawn first, from its
   * own metadata, and the stack is laid out around it when the series' metadata has arrived (showSeries waits for
   * this drawing, so the whole stack never gives way to the single image).
   */
  private startPreview(ref: SeriesRef, image: { sop: string; frame: number }, token: number) {
    if (!this.previewStarted) {
      this.previewStarted = true;
      this.preview = this.drawAhead(ref, image, token);
    }
  }

  private async drawAhead(ref: SeriesRef, image: { sop: string; frame: number }, token: number): Promise<void> {
    try {
      const imageId = await loadImage(ref, image.sop, image.frame, registerMetadata);
      if (token === this.loadToken) {
        performance.mark('dv-named-image-metadata');
        this.previewImageId = imageId;
        await this.viewport?.setStack([imageId], 0);
        // Cornerstone draws in the next animation frame: let it, before the whole stack takes the viewport over
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    } catch {
      // the series' own load shows this image, or its server-rendered stand-in
    }
  }

  private showFallback(index: number) {
    const image = this.stack?.images[index];
    if (!image || !this.stack) {
      return;
    }
    this.fallbackUrl = renderedUrl(this.stack.ref, image);
    this.setAttribute('data-fallback', 'true');
    this.markShown(index, image);
  }

  private loadError(evt: CustomEvent) {
    const imageId = (evt.detail as { imageId?: string })?.imageId;
    const index = imageId === undefined ? undefined : this.indexOf.get(imageId);
    if (index !== undefined && index === this.viewport?.getCurrentImageIdIndex()) {
      this.showFallback(index);
    }
  }

  private newImage(evt: CustomEvent) {
    if (this.previewImageId) {
      return;
    }
    this.drawnIndex = (evt.detail as { imageIdIndex?: number })?.imageIdIndex ?? 0;
    // scrolling draws dozens of images a second: a server round trip for each is wasted; the image the user stays
    // at is announced
    window.clearTimeout(this.shownTimer);
    this.shownTimer = window.setTimeout(() => this.announceShown(this.drawnIndex), 150);
  }

  private announceShown(index: number) {
    const image = this.stack?.images[index];
    if (image) {
      this.dispatchEvent(
        new CustomEvent(IMAGE_SHOWN, {
          detail: { sopInstanceUid: image.sopInstanceUid, frame: image.frame, index },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  /** After every draw: the host's state attributes and the overlay. */
  private rendered() {
    if (this.previewImageId) {
      // the named image is on the canvas; its place in the stack comes with the series' metadata
      this.status = 'ready';
      this.markFirstDrawn();
      return;
    }
    const viewport = this.viewport;
    const stack = this.stack;
    if (!viewport || !stack) {
      return;
    }
    // the image on the canvas: Cornerstone's current index already names an image asked for and still loading
    const index = this.drawnIndex;
    const image = stack.images[index];
    if (!image) {
      return;
    }
    if (this.fallbackUrl) {
      this.fallbackUrl = '';
      this.removeAttribute('data-fallback');
    }
    const voi = viewport.getProperties().voiRange;
    const scale = this.imageScale(viewport, image.imageId);
    if (voi) {
      const w = toWindow(voi);
      this.setAttribute('data-window-center', String(round(w.center)));
      this.setAttribute('data-window-width', String(round(w.width)));
      this.overlay = { ...this.overlay, window: this.t('windowLevel', Math.round(w.width), Math.round(w.center)) };
    }
    this.setAttribute('data-zoom', String(round(scale, 4)));
    const position = slicePosition(image.instance);
    const spacing = this.pixelSpacing(image.imageId);
    const ruler = spacing ? this.ruler(spacing / scale) : { px: 0, mm: 0 };
    this.overlay = {
      ...this.overlay,
      zoom: this.t('zoom', Math.round(scale * 100)),
      position: position === undefined ? '' : this.t('position', round(position, 1)),
      rulerPx: ruler.px,
      rulerMm: ruler.mm,
    };
    this.markShown(index, image);
  }

  private markShown(index: number, image: StackImage) {
    this.imageIndex = index;
    this.setAttribute('data-image-index', String(index));
    this.setAttribute('data-image-count', String(this.stack?.images.length ?? 0));
    this.setAttribute('data-sop-instance-uid', image.sopInstanceUid);
    this.setAttribute('data-frame', String(image.frame));
    this.setAttribute('data-series-instance-uid', this.stack?.ref.series ?? '');
    this.setAttribute('data-rendered', 'true');
    this.markFirstDrawn();
  }

  private markFirstDrawn() {
    if (!this.hasAttribute('data-first-drawn-ms')) {
      performance.mark('dv-first-drawn');
      this.setAttribute('data-first-drawn-ms', String(Math.round(performance.now())));
    }
  }

  /** CSS pixels per image pixel, whatever the rotation and flips. */
  private imageScale(viewport: Types.IStackViewport, imageId: string): number {
    try {
      const a = viewport.worldToCanvas(csUtils.imageToWorldCoords(imageId, [0, 0]) as Types.Point3);
      const b = viewport.worldToCanvas(csUtils.imageToWorldCoords(imageId, [1, 0]) as Types.Point3);
      return Math.hypot(b[0] - a[0], b[1] - a[1]);
    } catch {
      return 1;
    }
  }

  private pixelSpacing(imageId: string): number | undefined {
    const plane = metaData.get('imagePlaneModule', imageId) as { columnPixelSpacing?: number } | undefined;
    return plane?.columnPixelSpacing || undefined;
  }

  /** A round length of at most a quarter of the viewport's width. */
  private ruler(mmPerPx: number): { px: number; mm: number } {
    const maxPx = (this.element?.clientWidth ?? 400) / 4;
    let best = { px: 0, mm: 0 };
    for (const mm of RULER_STEPS_MM) {
      const px = mm / mmPerPx;
      if (px <= maxPx) {
        best = { px, mm };
      }
    }
    return best;
  }

  // --- actions -------------------------------------------------------------------------------------------------

  private goTo(index: number) {
    const count = this.stack?.images.length ?? 0;
    if (count > 0) {
      void this.viewport?.setImageIdIndex(Math.min(count - 1, Math.max(0, index)));
    }
  }

  private setWindow(w: { center: number; width: number }) {
    this.viewport?.setProperties({ voiRange: toRange(w) });
    this.viewport?.render();
  }

  private choosePreset(id: string) {
    const w = [...PRESETS, ...this.windows].find((p) => p.id === id);
    if (w) {
      this.setWindow(w);
    }
  }

  private zoomBy(factor: number) {
    const v = this.viewport;
    if (v) {
      v.setZoom(v.getZoom() * factor);
      v.render();
    }
  }

  private fit() {
    const v = this.viewport;
    if (!v) {
      return;
    }
    const { rotation, flipHorizontal, flipVertical } = v.getViewPresentation();
    v.resetCamera();
    v.setViewPresentation({ rotation, flipHorizontal, flipVertical });
    v.render();
  }

  private actualSize() {
    const v = this.viewport;
    const image = this.stack?.images[this.imageIndex];
    if (v && image) {
      v.setZoom(v.getZoom() / this.imageScale(v, image.imageId));
      v.render();
    }
  }

  private rotate() {
    const v = this.viewport;
    if (v) {
      v.setViewPresentation({ rotation: ((v.getViewPresentation().rotation ?? 0) + 90) % 360 });
      v.render();
    }
  }

  private flip(horizontal: boolean) {
    const v = this.viewport;
    if (!v) {
      return;
    }
    const camera = v.getCamera();
    v.setCamera(horizontal ? { flipHorizontal: !camera.flipHorizontal } : { flipVertical: !camera.flipVertical });
    v.render();
  }

  private invert() {
    const v = this.viewport;
    if (v) {
      v.setProperties({ invert: !v.getProperties().invert });
      v.render();
    }
  }

  private reset() {
    const v = this.viewport;
    if (v) {
      v.resetCamera();
      v.resetProperties();
      v.render();
    }
  }

  private toggleCine() {
    if (this.playing) {
      this.stopCine();
    } else if (this.element && (this.stack?.images.length ?? 0) > 1) {
      toolsUtils.cine.playClip(this.element, { framesPerSecond: this.fps, loop: true });
      this.playing = true;
    }
  }

  private stopCine() {
    if (this.playing && this.element) {
      toolsUtils.cine.stopClip(this.element);
    }
    this.playing = false;
  }

  private setFps(value: number) {
    this.fps = Math.min(60, Math.max(1, Math.round(value) || 10));
    if (this.playing && this.element) {
      toolsUtils.cine.stopClip(this.element);
      toolsUtils.cine.playClip(this.element, { framesPerSecond: this.fps, loop: true });
    }
  }

  private removeSelected() {
    for (const uid of csAnnotation.selection.getAnnotationsSelected()) {
      if (!this.fixedIds.has(uid)) {
        csAnnotation.state.removeAnnotation(uid);
      }
    }
    this.viewport?.render();
  }

  private key(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    const actions: Record<string, () => void> = {
      ArrowUp: () => this.goTo(this.imageIndex - 1),
      ArrowLeft: () => this.goTo(this.imageIndex - 1),
      PageUp: () => this.goTo(this.imageIndex - 10),
      ArrowDown: () => this.goTo(this.imageIndex + 1),
      ArrowRight: () => this.goTo(this.imageIndex + 1),
      PageDown: () => this.goTo(this.imageIndex + 10),
      Home: () => this.goTo(0),
      End: () => this.goTo(Number.MAX_SAFE_INTEGER),
      '+': () => this.zoomBy(1.25),
      '=': () => this.zoomBy(1.25),
      '-': () => this.zoomBy(0.8),
      f: () => this.fit(),
      a: () => this.actualSize(),
      r: () => this.rotate(),
      h: () => this.flip(true),
      v: () => this.flip(false),
      i: () => this.invert(),
      '0': () => this.reset(),
      ' ': () => this.toggleCine(),
      Delete: () => this.removeSelected(),
      Backspace: () => this.removeSelected(),
    };
    PRESETS.forEach((p, i) => (actions[String(i + 1)] = () => this.setWindow(p)));
    const action = actions[e.key.length === 1 ? e.key.toLowerCase() : e.key] ?? actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  }

  // --- annotations ---------------------------------------------------------------------------------------------

  private imageOf = (imageId: string) => {
    const index = this.indexOf.get(imageId);
    return index === undefined ? undefined : this.stack?.images[index];
  };

  /** Puts the fixed and the user's annotations of the shown series into Cornerstone (replacing earlier ones). */
  private applyAnnotations() {
    const viewport = this.viewport;
    const stack = this.stack;
    if (!viewport || !stack || this.status !== 'ready') {
      return;
    }
    this.applying = true;
    try {
      for (const a of csAnnotation.state.getAllAnnotations() as CsAnnotation[]) {
        const uid = a.annotationUID;
        if (uid && a.metadata.referencedImageId && this.indexOf.has(a.metadata.referencedImageId)) {
          csAnnotation.state.removeAnnotation(uid);
        }
      }
      this.fixedIds.clear();
      this.scratchIds.clear();
      const fixed = parseAnnotations(this.fixedAnnotations);
      for (const a of fixed) {
        if (this.hydrate(a)) {
          this.fixedIds.add(a.id);
          csAnnotation.locking.setAnnotationLocked(a.id, true);
          csAnnotation.config.style.setAnnotationStyles(a.id, { color: FIXED_COLOUR });
        }
      }
      for (const a of this.userAnnotations.values()) {
        this.hydrate(a);
      }
    } finally {
      this.applying = false;
    }
    viewport.render();
  }

  private hydrate(a: ViewerAnnotation): boolean {
    const image = this.stack?.images.find((i) => i.sopInstanceUid === a.sopInstanceUid && i.frame === a.frame);
    if (!image) {
      return false;
    }
    const points = worldHandles(a, image.imageId);
    const options = { annotationUID: a.id, referencedImageId: image.imageId };
    const tools = TOOL_CLASSES as unknown as Record<string, { hydrate: (...args: unknown[]) => void }>;
    const tool = tools[`${TOOL_OF[a.kind]}Tool`];
    if (!tool) {
      return false;
    }
    try {
      if (a.kind === 'ARROW') {
        tool.hydrate(this.viewportId, points, a.text ?? '', options);
      } else if (a.kind === 'TEXT') {
        tool.hydrate(this.viewportId, points[0], a.text ?? '', options);
      } else {
        tool.hydrate(this.viewportId, points, options);
      }
      // hydrating for a given image leaves the plane out; ROI statistics sample along it, so give it
      const added = csAnnotation.state.getAnnotation(a.id);
      const camera = this.viewport?.getCamera();
      if (added?.metadata && camera?.viewPlaneNormal) {
        added.metadata.viewPlaneNormal = [...camera.viewPlaneNormal] as Types.Point3;
        added.metadata.viewUp = camera.viewUp ? ([...camera.viewUp] as Types.Point3) : undefined;
        added.invalidated = true;
      }
      return true;
    } catch {
      return false;
    }
  }

  private annotationEvent(evt: CustomEvent) {
    const a = (evt.detail as { annotation?: CsAnnotation })?.annotation;
    const imageId = a?.metadata?.referencedImageId;
    if (!a || this.applying || !imageId || !this.indexOf.has(imageId) || !KIND_OF[a.metadata.toolName]) {
      return;
    }
    const uid = a.annotationUID ?? '';
    if (this.fixedIds.has(uid)) {
      return;
    }
    if (evt.type === toolsEnums.Events.ANNOTATION_COMPLETED && !this.editable) {
      this.scratchIds.add(uid);
    }
    if (this.reportTimer !== undefined) {
      window.clearTimeout(this.reportTimer);
    }
    // statistics are computed when the annotation is drawn, after the event: read them a moment later
    this.reportTimer = window.setTimeout(() => this.report(a, evt.type === toolsEnums.Events.ANNOTATION_REMOVED), 120);
  }

  private report(changed: CsAnnotation, removed: boolean) {
    this.reportTimer = undefined;
    const kind = KIND_OF[changed.metadata.toolName];
    if (!removed && kind) {
      const m = measurementOf(kind, changed);
      if (m) {
        this.setAttribute('data-last-measurement', JSON.stringify({ kind, ...m }));
      }
    }
    if (!this.editable) {
      return;
    }
    // the shown series' user annotations as Cornerstone has them now; other series' unchanged
    for (const [id, a] of this.userAnnotations) {
      if (a.sopInstanceUid && this.stack?.images.some((i) => i.sopInstanceUid === a.sopInstanceUid)) {
        this.userAnnotations.delete(id);
      }
    }
    for (const cs of csAnnotation.state.getAllAnnotations() as CsAnnotation[]) {
      const uid = cs.annotationUID ?? '';
      if (this.fixedIds.has(uid) || this.scratchIds.has(uid)) {
        continue;
      }
      const a = fromCornerstone(cs, this.imageOf);
      if (a) {
        this.userAnnotations.set(a.id, a);
      }
    }
    const all = [...this.userAnnotations.values()];
    const key = drawingKey(all);
    if (key === this.reportedKey) {
      return;
    }
    this.reportedKey = key;
    this.dispatchEvent(
      new CustomEvent(ANNOTATIONS_CHANGED, {
        detail: { annotations: JSON.stringify(all) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // --- view ----------------------------------------------------------------------------------------------------

  private toolButton(name: string) {
    const label = this.t(`tool-${name}`);
    return html`<button
      id="dv-tool-${name}"
      class="dv-button ${this.tool === name ? 'dv-active' : ''}"
      aria-pressed=${this.tool === name ? 'true' : 'false'}
      aria-label=${label}
      title=${label}
      @click=${() => this.selectTool(name)}
    >
      ${ICONS[name] ?? name}
    </button>`;
  }

  private actionButton(id: string, key: string, icon: string, action: () => void) {
    const label = this.t(key);
    return html`<button id="dv-${id}" class="dv-button" aria-label=${label} title=${label} @click=${action}>
      ${icon}
    </button>`;
  }

  protected render() {
    const count = this.stack?.images.length ?? 0;
    const tools = PRIMARY_TOOLS.filter((t) => this.editable || !NOTE_TOOLS.includes(t));
    return html`
      <div class="dv-toolbar" role="toolbar" aria-label=${this.t('toolbar')}>
        ${tools.map((t) => this.toolButton(t))}
        <span class="dv-sep"></span>
        <select id="dv-preset" aria-label=${this.t('window')} title=${this.t('window')}
          @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            this.choosePreset(select.value);
            select.value = '';
          }}>
          <option value="">${this.t('windowCustom')}</option>
          ${PRESETS.map((p) => html`<option value=${p.id}>${this.t(p.labelKey!)}</option>`)}
          ${this.windows.map(
            (w) => html`<option value=${w.id}>
              ${w.explanation || this.t('fileWindow')} (${Math.round(w.width)}/${Math.round(w.center)})
            </option>`,
          )}
        </select>
        ${this.actionButton('invert', 'invert', '◐', () => this.invert())}
        <span class="dv-sep"></span>
        ${this.actionButton('fit', 'fit', '⤢', () => this.fit())}
        ${this.actionButton('actual-size', 'actualSize', '1:1', () => this.actualSize())}
        ${this.actionButton('rotate', 'rotate', '↻', () => this.rotate())}
        ${this.actionButton('flip-h', 'flipHorizontal', '⇋', () => this.flip(true))}
        ${this.actionButton('flip-v', 'flipVertical', '⇵', () => this.flip(false))}
        ${this.actionButton('reset', 'reset', '⟲', () => this.reset())}
        <span class="dv-sep"></span>
        ${this.actionButton('cine', this.playing ? 'pause' : 'play', this.playing ? '⏸' : '▶', () =>
          this.toggleCine(),
        )}
        <input id="dv-fps" type="number" min="1" max="60" .value=${String(this.fps)}
          aria-label=${this.t('frameRate')} title=${this.t('frameRate')}
          @change=${(e: Event) => this.setFps(Number((e.target as HTMLInputElement).value))} />
        <span class="dv-sep"></span>
        <span class="dv-help" role="note" title=${this.t('shortcuts')} aria-label=${this.t('shortcuts')}>⌨</span>
      </div>
      <div class="dv-main">
        ${this.seriesRefs.length > 1
          ? html`<div class="dv-thumbs" role="list" aria-label=${this.t('seriesList')}>
              ${this.seriesRefs.map(
                (ref, i) => html`<button role="listitem" id="dv-series-${i}"
                  class=${i === this.seriesIndex ? 'dv-active' : ''}
                  aria-label=${this.t('series', i + 1)} title=${this.t('series', i + 1)}
                  @click=${() => this.showSeries(i)}>
                  <img src=${thumbnailUrl(ref)} alt="" loading="lazy" />
                </button>`,
              )}
            </div>`
          : nothing}
        <div class="dv-stage">
          <div class="dv-viewport" tabindex="0" aria-label=${this.t('viewer')} title=${this.t('shortcuts')}></div>
          ${this.fallbackUrl
            ? html`<img class="dv-fallback" src=${this.fallbackUrl} alt=${this.t('fallback')} title=${this.t('fallback')} />`
            : nothing}
          <div class="dv-overlay" aria-live="polite">
            <div class="dv-tl">${this.stack?.description ?? ''}</div>
            <div class="dv-bl">
              <div id="dv-slice">${count ? this.t('image', this.imageIndex + 1, count) : ''}</div>
              <div>${this.overlay.position}</div>
            </div>
            <div class="dv-br">
              <div id="dv-window-text">${this.overlay.window}</div>
              <div>${this.overlay.zoom}</div>
              ${this.overlay.rulerPx > 0
                ? html`<div class="dv-ruler" style="width:${this.overlay.rulerPx}px"></div>
                    <div>${this.overlay.rulerMm} mm</div>`
                : nothing}
            </div>
          </div>
          ${this.status !== 'ready'
            ? html`<div class="dv-message" role="status">
                ${this.status === 'loading' ? this.t('loading') : this.t('loadFailed')}
              </div>`
            : nothing}
          <input id="dv-scroll" class="dv-scroll" type="range" min="0" max=${Math.max(0, count - 1)}
            .value=${String(this.imageIndex)} ?disabled=${count < 2}
            aria-label=${this.t('scroll')} title=${this.t('scroll')}
            aria-valuetext=${count ? this.t('image', this.imageIndex + 1, count) : ''}
            @input=${(e: Event) => this.goTo(Number((e.target as HTMLInputElement).value))} />
        </div>
      </div>
    `;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'dicom-viewer': DicomViewer;
  }
}

