/**
 * Window (VOI LUT) arithmetic, pure. The linear window of PS3.3 C.11.2.1.2.1 maps the modality value x to the
 * output range by: x <= c - 0.5 - (w - 1) / 2 -> lowest, x > c - 0.5 + (w - 1) / 2 -> highest. Cornerstone keeps a
 * window as its [lower, upper] value range; these functions convert between the two forms with the same formula
 * in both directions, so a window set by centre/width reads back as the same centre/width.
 */

export interface Window {
  center: number;
  width: number;
}

export interface ValueRange {
  lower: number;
  upper: number;
}

/** A named window: presets carry a message key, the file's own windows their explanation (or none). */
export interface NamedWindow extends Window {
  id: string;
  /** i18n key for presets; absent for the file's windows */
  labelKey?: string;
  /** the file's Window Center & Width Explanation, if any */
  explanation?: string;
}

/** CT presets (Hounsfield units), the usual teaching values. */
export const PRESETS: NamedWindow[] = [
  { id: 'soft-tissue', labelKey: 'presetSoftTissue', center: 40, width: 400 },
  { id: 'lung', labelKey: 'presetLung', center: -600, width: 1500 },
  { id: 'bone', labelKey: 'presetBone', center: 400, width: 1800 },
  { id: 'brain', labelKey: 'presetBrain', center: 40, width: 80 },
  { id: 'liver', labelKey: 'presetLiver', center: 60, width: 160 },
];

export function toRange(window: Window): ValueRange {
  const half = (Math.max(window.width, 1) - 1) / 2;
  return { lower: window.center - 0.5 - half, upper: window.center - 0.5 + half };
}

export function toWindow(range: ValueRange): Window {
  const width = range.upper - range.lower + 1;
  return { center: range.lower + (width - 1) / 2 + 0.5, width };
}

/** The windows a DICOM JSON instance declares (Window Center/Width, PS3.3 C.11.2), paired by position. */
export function fileWindows(centers: number[], widths: number[], explanations: string[]): NamedWindow[] {
  const out: NamedWindow[] = [];
  for (let i = 0; i < Math.min(centers.length, widths.length); i++) {
    if (Number.isFinite(centers[i]) && Number.isFinite(widths[i]) && widths[i] >= 1) {
      out.push({ id: `file-${i}`, center: centers[i], width: widths[i], explanation: explanations[i] });
    }
  }
  return out;
}
