/**
 * <dicom-viewer-warm-up>: on a page that lists cases, loads the viewer's code (Cornerstone3D: megabytes of script)
 * and starts Cornerstone while the browser is idle, so opening a case does not wait for either. It renders nothing.
 * The import names the same module the case page uses, so the bundler serves the same chunk and the browser
 * evaluates it once. The Java side is com.medvisionlab.viewer.ui.ViewerWarmUp.
 */
const IDLE_TIMEOUT_MS = 3000;

class DicomViewerWarmUp extends HTMLElement {
  connectedCallback() {
    const load = () => {
      import('./dicom-viewer')
        .then((viewer) => viewer.prepareViewer())
        .catch(() => undefined); // a failure here only means the case page loads the code itself
    };
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(load, 1000); // Safari before 18 has no requestIdleCallback
    }
  }
}

if (!customElements.get('dicom-viewer-warm-up')) {
  customElements.define('dicom-viewer-warm-up', DicomViewerWarmUp);
}
