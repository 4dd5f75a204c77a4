/**
 * The viewer's styles. The element renders into the light DOM (Cornerstone and its tools look up their canvas and
 * SVG layer below it), so every rule is scoped by the element's tag name; the element adds them to the document once.
 */
export const STYLES = `
dicom-viewer { display: flex; flex-direction: column; min-height: 320px; height: 100%; background: #000;
  color: #eee; font: 13px/1.3 var(--lumo-font-family, sans-serif); }
dicom-viewer .dv-toolbar { display: flex; flex-wrap: wrap; gap: 2px; padding: 4px; background: #1d1f22;
  align-items: center; }
dicom-viewer .dv-button { min-width: 32px; height: 32px; border: 1px solid #444; border-radius: 4px;
  background: #2a2d31; color: #eee; cursor: pointer; font-size: 15px; padding: 0 6px; }
dicom-viewer .dv-button.dv-active { background: #1e88e5; border-color: #64b5f6; }
dicom-viewer .dv-button:focus-visible, dicom-viewer .dv-viewport:focus-visible { outline: 2px solid #ffb300; }
dicom-viewer select, dicom-viewer input[type='number'] { height: 32px; background: #2a2d31; color: #eee;
  border: 1px solid #444; border-radius: 4px; }
dicom-viewer input[type='number'] { width: 4em; }
dicom-viewer .dv-sep { width: 1px; height: 24px; background: #444; margin: 0 4px; }
dicom-viewer .dv-main { flex: 1; display: flex; min-height: 0; }
dicom-viewer .dv-thumbs { display: flex; flex-direction: column; gap: 4px; padding: 4px; overflow-y: auto;
  background: #15171a; }
dicom-viewer .dv-thumbs button { padding: 0; border: 2px solid transparent; background: none; cursor: pointer; }
dicom-viewer .dv-thumbs button.dv-active { border-color: #1e88e5; }
dicom-viewer .dv-thumbs img { display: block; width: 72px; height: 72px; object-fit: contain; background: #000; }
dicom-viewer .dv-stage { position: relative; flex: 1; min-width: 0; display: flex; }
dicom-viewer .dv-viewport { position: relative; flex: 1; min-width: 0; touch-action: none; user-select: none; }
dicom-viewer .dv-overlay { position: absolute; inset: 0; pointer-events: none; padding: 6px 30px 6px 8px;
  text-shadow: 0 0 2px #000, 0 0 2px #000; }
dicom-viewer .dv-tl { position: absolute; top: 6px; left: 8px; }
dicom-viewer .dv-bl { position: absolute; bottom: 6px; left: 8px; }
dicom-viewer .dv-br { position: absolute; bottom: 6px; right: 30px; text-align: right; }
dicom-viewer .dv-ruler { height: 6px; border: 1px solid #eee; border-top: none; margin-left: auto; }
dicom-viewer .dv-message { position: absolute; inset: 0; display: flex; align-items: center;
  justify-content: center; pointer-events: none; }
dicom-viewer .dv-fallback { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: contain;
  background: #000; pointer-events: none; }
dicom-viewer .dv-scroll { writing-mode: vertical-lr; width: 22px; margin: 0 2px; }
`;
