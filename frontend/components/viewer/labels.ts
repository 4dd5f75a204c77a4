/**
 * The viewer's labels in English and its toolbar glyphs. The server passes the user's language as the element's
 * `i18n` property (the same keys, from the messages files, see com.medvisionlab.viewer.ui.ViewerLabels).
 */

/** English labels, the fallback for any key `i18n` lacks. */
export const DEFAULT_I18N: Record<string, string> = {
  viewer: 'DICOM image viewer',
  toolbar: 'Viewer tools',
  series: 'Series {0}',
  seriesList: 'Series',
  'tool-WindowLevel': 'Window/level (drag)',
  'tool-Pan': 'Pan',
  'tool-Zoom': 'Zoom',
  'tool-StackScroll': 'Scroll through images (drag)',
  'tool-Length': 'Measure length',
  'tool-Angle': 'Measure angle',
  'tool-RectangleROI': 'Rectangle ROI',
  'tool-EllipticalROI': 'Ellipse ROI',
  'tool-ArrowAnnotate': 'Arrow with text',
  'tool-Label': 'Text',
  fit: 'Fit to window',
  actualSize: 'Actual size (1:1)',
  rotate: 'Rotate 90°',
  flipHorizontal: 'Flip horizontally',
  flipVertical: 'Flip vertically',
  invert: 'Invert',
  reset: 'Reset',
  play: 'Play cine',
  pause: 'Stop cine',
  frameRate: 'Cine frame rate (frames per second)',
  window: 'Window preset',
  windowCustom: 'Window…',
  presetSoftTissue: 'Soft tissue',
  presetLung: 'Lung',
  presetBone: 'Bone',
  presetBrain: 'Brain',
  presetLiver: 'Liver',
  fileWindow: 'From file',
  scroll: 'Image in series',
  image: 'Image {0}/{1}',
  position: 'Pos {0} mm',
  windowLevel: 'W {0} L {1}',
  zoom: 'Zoom {0}%',
  loading: 'Loading images…',
  loadFailed: 'The images could not be loaded.',
  fallback: 'Rendered by the server (the raw frame could not be shown)',
  enterText: 'Text of the annotation:',
  shortcuts:
    'Keys: Up/Down (or Left/Right) previous/next image, PgUp/PgDn ten back/forward, Home/End first/last, +/- zoom, F fit, A actual size, ' +
    'R rotate, H/V flip, I invert, 0 reset, 1-5 window presets (soft tissue, lung, bone, brain, liver), ' +
    'Space cine, Delete removes the selected annotation. Mouse: left button the chosen tool, middle pan, ' +
    'right zoom, wheel scroll. Touch: one finger the chosen tool, two fingers zoom, three pan.',
};

/** Toolbar glyphs (labels come from i18n; glyphs are decoration). */
export const ICONS: Record<string, string> = {
  WindowLevel: '☀',
  Pan: '✥',
  Zoom: '⊕',
  StackScroll: '☰',
  Length: '↔',
  Angle: '∠',
  RectangleROI: '▭',
  EllipticalROI: '◯',
  ArrowAnnotate: '➚',
  Label: 'T',
};
