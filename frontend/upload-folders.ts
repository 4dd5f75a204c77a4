/**
 * Folder upload for the upload page: a "choose folder" button (the browser's directory picker) and folders dropped
 * onto the upload area. Every file of the folder goes to the same vaadin-upload element as picked files do, so it is
 * uploaded, counted and summarised the same way; its name is its path inside the folder, so the summary says which
 * file of which subfolder became what. Dot files and DICOMDIR are sent too: the server skips them by the same rule
 * it applies to zip entries (one rule, in the ingest module).
 */

/** The component's own entry point for picked and dropped files (what its drop handler calls). */
type UploadElement = HTMLElement & {
  _addFiles(files: File[]): void;
  nodrop?: boolean;
  disabled?: boolean;
  _dragover?: boolean;
  _dragoverValid?: boolean;
};

/** The part of FileSystemDirectoryReader used here (so a test can hand in a plain object). */
export interface EntryReader {
  readEntries(success: (entries: FileSystemEntry[]) => void, failure?: (error: DOMException) => void): void;
}

/** Names the file by its path inside the folder; vaadin-upload shows and sends {@code file.name}. */
function named(file: File, path: string): File {
  Object.defineProperty(file, 'name', { value: path, configurable: true });
  return file;
}

/**
 * Every entry of a directory. readEntries answers in batches (Chromium gives at most 100 entries a call) and
 * signals the end with an empty batch, so it is called until then.
 */
export async function readAll(reader: EntryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) {
      return all;
    }
    all.push(...batch);
  }
}

/** The path an entry had in the drop, without the leading slash of {@code fullPath}. */
export function relativePath(entry: FileSystemEntry): string {
  return entry.fullPath.replace(/^\/+/, '') || entry.name;
}

/** The files under an entry, depth first in directory order, each named by its relative path. */
export async function filesOf(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [named(file, relativePath(entry))];
  }
  if (entry.isDirectory) {
    const files: File[] = [];
    for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) {
      files.push(...(await filesOf(child)));
    }
    return files;
  }
  return [];
}

/**
 * Wires the button, the hidden directory input and the upload element together. Plain file drops are left to the
 * component; only a drop that holds a directory is taken over (its own handler would read each directory once,
 * losing entries past the first batch, and drop the paths).
 */
function attach(upload: UploadElement, button: HTMLElement, input: HTMLInputElement): void {
  // a click straight from the user's click: the browser opens the picker only with that activation
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []).map((file) => named(file, file.webkitRelativePath || file.name));
    input.value = '';
    if (files.length > 0) {
      upload._addFiles(files);
    }
  });
  upload.addEventListener(
    'drop',
    (event: DragEvent) => {
      if (upload.nodrop || upload.disabled || !event.dataTransfer) {
        return;
      }
      // entries are only readable while the event is being dispatched
      const entries = Array.from(event.dataTransfer.items)
        .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null))
        .filter((entry): entry is FileSystemEntry => entry !== null);
      if (!entries.some((entry) => entry.isDirectory)) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      upload._dragover = upload._dragoverValid = false;
      void (async () => {
        const files: File[] = [];
        for (const entry of entries) {
          try {
            files.push(...(await filesOf(entry)));
          } catch {
            // an unreadable entry (removed meanwhile, no permission): the rest still goes; no name is logged
            console.warn('upload-folders: an entry of the dropped folder could not be read');
          }
        }
        if (files.length > 0) {
          upload._addFiles(files);
        }
      })();
    },
    { capture: true },
  );
}

// filesOf too, so a browser test can walk made-up entries through the bundled code
(
  window as unknown as { medvisionUploadFolders: { attach: typeof attach; filesOf: typeof filesOf } }
).medvisionUploadFolders = { attach, filesOf };
