/**
 * Cornerstone3D set up once per page: the rendering core, the tools, and the DICOM image loader (its decoding web
 * worker handles the raw little-endian frames the portal sends; its WASM codecs are never needed for them and load
 * only on demand). Tools are registered globally here; each viewer gets its own tool group with the binding table
 * below.
 */
import { init as initCore, cache, getRenderingCapabilities, setUseCPURendering } from '@cornerstonejs/core';
import {
  init as initTools,
  addTool,
  AngleTool,
  ArrowAnnotateTool,
  EllipticalROITool,
  LabelTool,
  LengthTool,
  PanTool,
  PlanarRotateTool,
  RectangleROITool,
  StackScrollTool,
  WindowLevelTool,
  ZoomTool,
} from '@cornerstonejs/tools';
import dicomImageLoader from '@cornerstonejs/dicom-image-loader';
import type { DicomJson } from './series-metadata';

/** Tools the primary button (or one finger) can be given, in toolbar order. */
export const PRIMARY_TOOLS = [
  WindowLevelTool.toolName,
  PanTool.toolName,
  ZoomTool.toolName,
  StackScrollTool.toolName,
  LengthTool.toolName,
  AngleTool.toolName,
  RectangleROITool.toolName,
  EllipticalROITool.toolName,
  ArrowAnnotateTool.toolName,
  LabelTool.toolName,
] as const;

export const MEASURING_TOOLS: readonly string[] = [
  LengthTool.toolName,
  AngleTool.toolName,
  RectangleROITool.toolName,
  EllipticalROITool.toolName,
];

export const NOTE_TOOLS: readonly string[] = [ArrowAnnotateTool.toolName, LabelTool.toolName];

export const TOOL_CLASSES = {
  WindowLevelTool,
  PanTool,
  ZoomTool,
  StackScrollTool,
  PlanarRotateTool,
  LengthTool,
  AngleTool,
  RectangleROITool,
  EllipticalROITool,
  ArrowAnnotateTool,
  LabelTool,
};

/**
 * Each frame is asked for as a bare octet stream (PS3.18 allows a single part for a single frame; the portal answers
 * so): the loader then takes the body as the pixels instead of searching half a megabyte for a multipart boundary on
 * the page's main thread. (Its own multipart request would also write `type=application/octet-stream` unquoted.)
 */
const FRAME_ACCEPT = { Accept: 'application/octet-stream; transfer-syntax=*' };

/** What the portal may answer for a frame: the single part asked for, or multipart from another server. */
const FRAME_TYPES = ['application/octet-stream', 'multipart/related'];

/**
 * Only a frame is a frame: anything else (e.g. a sign-in page after a redirect) fails the load, so the viewer shows
 * the server-rendered image instead of decoding HTML as pixels.
 */
async function notAFrameFails(xhr: XMLHttpRequest): Promise<ArrayBuffer> {
  const type = (xhr.getResponseHeader('Content-Type') ?? '').toLowerCase();
  if (!FRAME_TYPES.some((frameType) => type.startsWith(frameType))) {
    throw new Error(`not a frame: ${type}`);
  }
  return xhr.response as ArrayBuffer;
}

let ready: Promise<void> | undefined;

/** Initialises Cornerstone once; later calls share the same promise. */
export function cornerstoneReady(): Promise<void> {
  ready ??= (async () => {
    await initCore();
    if (getRenderingCapabilities().softwareRasterizer) {
      // software WebGL (SwiftShader: headless browsers, machines without a GPU) emulates on the CPU what
      // Cornerstone's CPU path does directly, and costs a WebGL context per viewer
      setUseCPURendering(true);
    }
    dicomImageLoader.init({
      maxWebWorkers: Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)),
      beforeSend: (_xhr, _imageId, defaults) => (defaults.Accept?.startsWith('multipart/related') ? FRAME_ACCEPT : {}),
      beforeProcessing: notAFrameFails,
    });
    initTools();
    Object.values(TOOL_CLASSES).forEach((tool) => addTool(tool));
    // a 200-slice 512x512 CT is ~100 MB as 16-bit; keep several series
    cache.setMaxCacheSize(1024 * 1024 * 1024);
  })();
  return ready;
}

/** Registers an instance's WADO-RS metadata for its frames' image ids (the loader's metadata provider reads it). */
export function registerMetadata(imageId: string, instance: DicomJson): void {
  dicomImageLoader.wadors.metaDataManager.add(imageId, instance as never);
}
