import { UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

/**
 * Vaadin's generated Vite config plus what Cornerstone3D's DICOM image loader needs (the viewer,
 * frontend/components/dicom-viewer.ts):
 * - its decoding web worker is created with `new Worker(new URL(..., import.meta.url), { type: 'module' })` and
 *   imports the codecs dynamically, so workers are built as ES modules (the default IIFE cannot code-split);
 * - the loader and its WASM codecs stay out of dependency pre-bundling (pre-bundling would move the worker and
 *   .wasm files away from the URLs the code computes); dicom-parser (CommonJS) is pre-bundled for interop.
 * Vite 8 (Rolldown) converts CommonJS dependencies itself, so no CommonJS plugin is needed.
 */
const customConfig: UserConfigFn = () => ({
  optimizeDeps: {
    exclude: [
      '@cornerstonejs/dicom-image-loader',
      '@cornerstonejs/codec-charls',
      '@cornerstonejs/codec-libjpeg-turbo-8bit',
      '@cornerstonejs/codec-libjxl',
      '@cornerstonejs/codec-openjpeg',
      '@cornerstonejs/codec-openjph',
    ],
    include: ['dicom-parser'],
  },
  worker: {
    format: 'es',
  },
});

export default overrideVaadinConfig(customConfig);
