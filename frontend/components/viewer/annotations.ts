/**
 * Annotations as the server keeps them (ViewerAnnotation: image pixel coordinates, column x and row y with the
 * origin at the top-left pixel's corner) and as Cornerstone keeps them (world coordinates in mm, per tool). The two
 * conversions are those of Cornerstone's worldToImageCoords / imageToWorldCoords (the same origin), done here in
 * double precision (Cornerstone's use gl-matrix's float32 vectors, 1e-5 px off after a round trip), so an annotation
 * saved and loaded again lands exactly where it was drawn.
 */
import { metaData, type Types } from '@cornerstonejs/core';

export type Kind = 'LENGTH' | 'ANGLE' | 'RECTANGLE_ROI' | 'ELLIPSE_ROI' | 'ARROW' | 'TEXT';

export interface Point {
  x: number;
  y: number;
}

export interface Measurement {
  value: number;
  unit: string;
  stdDev: number | null;
  area: number | null;
}

export interface ViewerAnnotation {
  id: string;
  kind: Kind;
  sopInstanceUid: string;
  frame: number;
  points: Point[];
  text: string | null;
  measurement: Measurement | null;
}

/** Cornerstone tool name for each kind (one tool per kind). */
export const TOOL_OF: Record<Kind, string> = {
  LENGTH: 'Length',
  ANGLE: 'Angle',
  RECTANGLE_ROI: 'RectangleROI',
  ELLIPSE_ROI: 'EllipticalROI',
  ARROW: 'ArrowAnnotate',
  TEXT: 'Label',
};

export const KIND_OF: Record<string, Kind> = Object.fromEntries(
  Object.entries(TOOL_OF).map(([kind, tool]) => [tool, kind as Kind]),
) as Record<string, Kind>;

/** The part of a Cornerstone annotation read here. */
export interface CsAnnotation {
  annotationUID?: string;
  metadata: { toolName: string; referencedImageId?: string };
  data: {
    handles?: { points?: Types.Point3[] };
    label?: string;
    text?: string;
    cachedStats?: Record<string, Record<string, unknown>>;
  };
}

interface Plane {
  origin: number[];
  row: number[];
  column: number[];
  /** mm per column step (along the row direction) and per row step */
  dx: number;
  dy: number;
}

function plane(imageId: string): Plane {
  const p = metaData.get('imagePlaneModule', imageId) as {
    imagePositionPatient?: number[];
    rowCosines?: number[];
    columnCosines?: number[];
    rowPixelSpacing?: number;
    columnPixelSpacing?: number;
  };
  if (!p?.imagePositionPatient || !p.rowCosines || !p.columnCosines) {
    throw new Error(`no image plane for ${imageId}`);
  }
  // as Cornerstone: x steps along the row cosines by rowPixelSpacing, y along the column cosines
  return {
    origin: p.imagePositionPatient.map(Number),
    row: p.rowCosines.map(Number),
    column: p.columnCosines.map(Number),
    dx: p.rowPixelSpacing || 1,
    dy: p.columnPixelSpacing || 1,
  };
}

const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Image point of a world point, to a millionth of a pixel (what is left of float error is below that). */
export function toImage(imageId: string, world: Types.Point3): Point {
  const { origin, row, column, dx, dy } = plane(imageId);
  // origin of image coordinates: the top-left pixel's corner, half a pixel before its centre
  const corner = [0, 1, 2].map((i) => origin[i] - (row[i] * dx) / 2 - (column[i] * dy) / 2);
  const d = [world[0] - corner[0], world[1] - corner[1], world[2] - corner[2]];
  return { x: Math.round((dot(d, row) / dx) * 1e6) / 1e6, y: Math.round((dot(d, column) / dy) * 1e6) / 1e6 };
}

export function toWorld(imageId: string, p: Point): Types.Point3 {
  const { origin, row, column, dx, dy } = plane(imageId);
  return [0, 1, 2].map((i) => origin[i] + row[i] * dx * (p.x - 0.5) + column[i] * dy * (p.y - 0.5)) as Types.Point3;
}

/** Bounding box corners (top-left, bottom-right) of image points. */
function box(points: Point[]): Point[] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return [
    { x: Math.min(...xs), y: Math.min(...ys) },
    { x: Math.max(...xs), y: Math.max(...ys) },
  ];
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** What the tool measured: length (mm), angle (deg), ROI mean/SD (modality units) and area. */
export function measurementOf(kind: Kind, annotation: CsAnnotation): Measurement | null {
  const stats = Object.values(annotation.data.cachedStats ?? {})[0];
  if (!stats) {
    return null;
  }
  switch (kind) {
    case 'LENGTH': {
      const value = num(stats.length);
      return value === null ? null : { value, unit: String(stats.unit ?? 'mm'), stdDev: null, area: null };
    }
    case 'ANGLE': {
      const value = num(stats.angle);
      return value === null ? null : { value, unit: 'deg', stdDev: null, area: null };
    }
    case 'RECTANGLE_ROI':
    case 'ELLIPSE_ROI': {
      const value = num(stats.mean);
      return value === null
        ? null
        : {
            value,
            unit: String(stats.modalityUnit ?? ''),
            stdDev: num(stats.stdDev),
            area: num(stats.area),
          };
    }
    default:
      return null;
  }
}

/**
 * The server form of a Cornerstone annotation, or null for tools this viewer does not report. ROIs become their
 * bounding box (2 points), whatever handles the tool keeps.
 */
export function fromCornerstone(
  annotation: CsAnnotation,
  imageOf: (imageId: string) => { sopInstanceUid: string; frame: number } | undefined,
): ViewerAnnotation | null {
  const kind = KIND_OF[annotation.metadata.toolName];
  const imageId = annotation.metadata.referencedImageId;
  const image = imageId ? imageOf(imageId) : undefined;
  const world = annotation.data.handles?.points ?? [];
  if (!kind || !imageId || !image || world.length === 0 || !annotation.annotationUID) {
    return null;
  }
  let points = world.map((w) => toImage(imageId, w));
  if (kind === 'RECTANGLE_ROI' || kind === 'ELLIPSE_ROI') {
    points = box(points);
  } else if (kind === 'TEXT') {
    points = points.slice(0, 1);
  }
  const label = annotation.data.label ?? annotation.data.text ?? '';
  return {
    id: annotation.annotationUID,
    kind,
    sopInstanceUid: image.sopInstanceUid,
    frame: image.frame,
    points,
    text: kind === 'ARROW' || kind === 'TEXT' ? label : null,
    measurement: measurementOf(kind, annotation),
  };
}

/** The world handle points Cornerstone's tool of this kind expects, from the server's image points. */
export function worldHandles(a: ViewerAnnotation, imageId: string): Types.Point3[] {
  const p = a.points;
  switch (a.kind) {
    case 'RECTANGLE_ROI': {
      const [tl, br] = box(p);
      // top-left, top-right, bottom-left, bottom-right (RectangleROITool's handle order)
      return [tl, { x: br.x, y: tl.y }, { x: tl.x, y: br.y }, br].map((q) => toWorld(imageId, q));
    }
    case 'ELLIPSE_ROI': {
      const [tl, br] = box(p);
      const cx = (tl.x + br.x) / 2;
      const cy = (tl.y + br.y) / 2;
      // the axes' ends in EllipticalROITool's order (its "bottom" is the smaller row on an unrotated canvas)
      return [
        { x: cx, y: tl.y },
        { x: cx, y: br.y },
        { x: tl.x, y: cy },
        { x: br.x, y: cy },
      ].map((q) => toWorld(imageId, q));
    }
    default:
      return p.map((q) => toWorld(imageId, q));
  }
}

/** What identifies the user's drawing, measurements aside (they are recomputed whenever Cornerstone draws). */
export function drawingKey(annotations: ViewerAnnotation[]): string {
  return JSON.stringify(
    [...annotations]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((a) => [a.id, a.kind, a.sopInstanceUid, a.frame, a.points, a.text]),
  );
}

/** How many points each kind must have to be drawn. */
export const POINTS_OF: Record<Kind, number> = {
  LENGTH: 2,
  ANGLE: 3,
  RECTANGLE_ROI: 2,
  ELLIPSE_ROI: 2,
  ARROW: 2,
  TEXT: 1,
};

/** Parses the server's JSON text; anything malformed is dropped (the server checked it already). */
export function parseAnnotations(json: string): ViewerAnnotation[] {
  try {
    const value = JSON.parse(json);
    if (!Array.isArray(value)) {
      return [];
    }
    return value.filter(
      (a) =>
        a &&
        typeof a.id === 'string' &&
        a.kind in POINTS_OF &&
        Array.isArray(a.points) &&
        a.points.length === POINTS_OF[a.kind as Kind] &&
        typeof a.sopInstanceUid === 'string',
    );
  } catch {
    return [];
  }
}
