// CONTRACT placeholder: the viewer work replaces this with the Cornerstone3D-based <dicom-viewer>.
class DicomViewerPlaceholder extends HTMLElement {}
if (!customElements.get('dicom-viewer')) {
  customElements.define('dicom-viewer', DicomViewerPlaceholder);
}
export {};
