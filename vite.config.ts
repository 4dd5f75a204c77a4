import { fileURLToPath } from 'node:url';
import { UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

/**
 * Vaadin's generated Vite config plus what Cornerstone3D's DICOM image loader needs (the viewer,
 * frontend/components/dicom-viewer.ts):
 * - its decoding web worker is created with `new Worker(new URL(..., import.meta.url), { type: 'module' })` and
 *   imports the codecs dynamically, so workers are built as ES modules (the default IIFE cannot code-split);
 * - the loader and its WASM codecs stay out of dependency pre-bundling (pre-bundling would move the worker and
 *   .wasm files away from the URLs the code computes); dicom-parser (CommonJS) is pre-bundled for interop.
 * - vtk.js (Cornerstone's renderer) pulls in xmlbuilder2, whose classes extend Node's EventEmitter: `events` must be
 *   the npm polyfill (package `events`, added by DicomViewer's @NpmPackage), not Vite's empty browser stub, or the
 *   bundle fails at load with "Class extends value undefined".
 * Vite 8 (Rolldown) converts CommonJS dependencies itself, so no CommonJS plugin is needed.
 */
const customConfig: UserConfigFn = () => ({
  resolve: {
    alias: [{ find: /^events$/, replacement: fileURLToPath(new URL('./node_modules/events/events.js', import.meta.url)) }],
  },
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
