/**
 * What the viewer needs to know about a series, from WADO-RS metadata (PS3.18 10.4, DICOM JSON of PS3.18 F.2): its
 * images in display order (multi-frame objects expand to one entry per frame) and the facts the overlay shows.
 * Frames are addressed as Cornerstone "wadors:" image ids on the portal's own /dicomweb, so requests carry the
 * browser's session cookie (same origin).
 */

/** One DICOM JSON instance: tag (8 hex digits) to { vr, Value }. */
export type DicomJson = Record<string, { vr: string; Value?: unknown[] }>;

export interface SeriesRef {
  study: string;
  series: string;
}

export interface StackImage {
  imageId: string;
  sopInstanceUid: string;
  /** 1-based */
  frame: number;
  /** the instance's metadata (shared by the frames of a multi-frame object) */
  instance: DicomJson;
}

export interface SeriesStack {
  ref: SeriesRef;
  description: string;
  modality: string;
  images: StackImage[];
}

const TAG = {
  sopInstanceUid: '00080018',
  modality: '00080060',
  seriesDescription: '0008103E',
  instanceNumber: '00200013',
  imagePositionPatient: '00200032',
  imageOrientationPatient: '00200037',
  sliceLocation: '00201041',
  numberOfFrames: '00280008',
  windowCenter: '00281050',
  windowWidth: '00281051',
  windowExplanation: '00281055',
  pixelSpacing: '00280030',
  imagerPixelSpacing: '00181164',
} as const;

export { TAG };

export function values(instance: DicomJson, tag: string): unknown[] {
  return instance[tag]?.Value ?? [];
}

export function text(instance: DicomJson, tag: string): string {
  const v = values(instance, tag)[0];
  if (v === undefined || v === null) {
    return '';
  }
  if (typeof v === 'object' && v !== null && 'Alphabetic' in v) {
    return String((v as { Alphabetic: unknown }).Alphabetic);
  }
  return String(v);
}

export function numbers(instance: DicomJson, tag: string): number[] {
  return values(instance, tag)
    .map((v) => (typeof v === 'number' ? v : Number.parseFloat(String(v))))
    .filter((n) => Number.isFinite(n));
}

/** The portal's DICOMweb root, resolved against the document base (the servlet context root). */
export function dicomwebRoot(): string {
  return new URL('dicomweb', document.baseURI).href.replace(/\/$/, '');
}

export function seriesUrl(ref: SeriesRef): string {
  return `${dicomwebRoot()}/studies/${encodeURIComponent(ref.study)}/series/${encodeURIComponent(ref.series)}`;
}

export function thumbnailUrl(ref: SeriesRef): string {
  return `${seriesUrl(ref)}/thumbnail`;
}

export function renderedUrl(ref: SeriesRef, image: StackImage): string {
  return `${seriesUrl(ref)}/instances/${encodeURIComponent(image.sopInstanceUid)}/frames/${image.frame}/rendered`;
}

/** Position along the slice normal, for sorting and for the overlay; undefined without plane geometry. */
export function slicePosition(instance: DicomJson): number | undefined {
  const ipp = numbers(instance, TAG.imagePositionPatient);
  const iop = numbers(instance, TAG.imageOrientationPatient);
  if (ipp.length !== 3 || iop.length !== 6) {
    const location = numbers(instance, TAG.sliceLocation);
    return location.length ? location[0] : undefined;
  }
  const normal = [
    iop[1] * iop[5] - iop[2] * iop[4],
    iop[2] * iop[3] - iop[0] * iop[5],
    iop[0] * iop[4] - iop[1] * iop[3],
  ];
  return ipp[0] * normal[0] + ipp[1] * normal[1] + ipp[2] * normal[2];
}

/**
 * Display order: along the slice normal when every instance has one (head first for axial stacks: descending
 * position), else by Instance Number.
 */
export function ordered(instances: DicomJson[]): DicomJson[] {
  const positions = instances.map(slicePosition);
  if (positions.every((p) => p !== undefined) && new Set(positions).size === positions.length) {
    return instances
      .map((instance, i) => ({ instance, p: positions[i] as number }))
      .sort((a, b) => b.p - a.p)
      .map((e) => e.instance);
  }
  const number = (i: DicomJson) => numbers(i, TAG.instanceNumber)[0] ?? 0;
  return [...instances].sort((a, b) => number(a) - number(b));
}

async function fetchMetadata(url: string): Promise<DicomJson[]> {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { Accept: 'application/dicom+json' },
  });
  if (!response.ok) {
    throw new Error(`metadata ${response.status}`);
  }
  return (await response.json()) as DicomJson[];
}

/** Metadata asked for ahead of its use, by URL; each answer is taken once. */
const early = new Map<string, Promise<DicomJson[]>>();

function askEarly(url: string): void {
  if (!early.has(url)) {
    const request = fetchMetadata(url);
    request.catch(() => undefined); // a failure surfaces where the answer is taken
    early.set(url, request);
  }
}

/** The early answer for this URL if there is one (taken once), else a fresh request. */
function take(url: string): Promise<DicomJson[]> {
  const asked = early.get(url);
  early.delete(url);
  return asked ?? fetchMetadata(url);
}

function instanceMetadataUrl(ref: SeriesRef, sop: string): string {
  return `${seriesUrl(ref)}/instances/${encodeURIComponent(sop)}/metadata`;
}

/**
 * Starts fetching a series' metadata now, while Cornerstone starts; the next loadSeries of that series takes this
 * answer instead of asking again.
 */
export function prefetchSeries(ref: SeriesRef): void {
  askEarly(`${seriesUrl(ref)}/metadata`);
}

/** Starts fetching one instance's metadata now; the next loadImage of it takes this answer. */
export function prefetchImage(ref: SeriesRef, sop: string): void {
  askEarly(instanceMetadataUrl(ref, sop));
}

/** The Cornerstone image id of an instance's frames, without the frame number. */
function framesBase(ref: SeriesRef, sop: string): string {
  return `wadors:${seriesUrl(ref)}/instances/${encodeURIComponent(sop)}/frames/`;
}

/**
 * Fetches one instance's metadata and registers it (a few kB, where the series' may be hundreds): enough to load and
 * draw that image while the series' metadata is still on its way. Answers the frame's image id.
 */
export async function loadImage(
  ref: SeriesRef,
  sop: string,
  frame: number,
  register: (imageId: string, instance: DicomJson) => void,
): Promise<string> {
  const [instance] = await take(instanceMetadataUrl(ref, sop));
  if (!instance) {
    throw new Error(`no instance ${sop}`);
  }
  const base = framesBase(ref, sop);
  register(`${base}1`, instance);
  return `${base}${frame}`;
}

/** Fetches the series' metadata (as the signed-in user or guest) and lays out its frames. */
export async function loadSeries(
  ref: SeriesRef,
  register: (imageId: string, instance: DicomJson) => void,
): Promise<SeriesStack> {
  const instances = ordered(await take(`${seriesUrl(ref)}/metadata`));
  const images: StackImage[] = [];
  for (const instance of instances) {
    const sop = text(instance, TAG.sopInstanceUid);
    const frames = Math.max(1, numbers(instance, TAG.numberOfFrames)[0] ?? 1);
    const base = framesBase(ref, sop);
    register(`${base}1`, instance);
    for (let frame = 1; frame <= frames; frame++) {
      images.push({ imageId: `${base}${frame}`, sopInstanceUid: sop, frame, instance });
    }
  }
  const first = instances[0] ?? {};
  return {
    ref,
    description: text(first, TAG.seriesDescription),
    modality: text(first, TAG.modality),
    images,
  };
}
