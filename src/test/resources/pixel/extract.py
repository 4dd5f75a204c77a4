"""Test oracle: dumps what the pixel tests need from a DICOM file using pydicom (independent of our reader).

usage: extract.py FILE OUTDIR  -> OUTDIR/meta.properties, pixel.bin or fragment-N.bin, and oracle.bin
(pydicom's pixel_array of the first frame as little-endian int32, when pydicom can decode it).
"""
import json, os, sys
from io import BytesIO
import pydicom
from pydicom.encaps import get_frame_offsets, generate_pixel_data_fragment
from pydicom.filebase import DicomBytesIO

src, out = sys.argv[1], sys.argv[2]
ds = pydicom.dcmread(src, force=True)
if "TransferSyntaxUID" not in ds.file_meta:
    ds.file_meta.TransferSyntaxUID = pydicom.uid.ImplicitVRLittleEndian
ts = str(ds.file_meta.TransferSyntaxUID)
native = ts in ("1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99")
meta = {"ts": ts}
for kw in ["Rows", "Columns", "SamplesPerPixel", "BitsAllocated", "BitsStored", "HighBit",
           "PixelRepresentation", "PhotometricInterpretation", "PlanarConfiguration", "NumberOfFrames",
           "RescaleSlope", "RescaleIntercept", "WindowCenter", "WindowWidth"]:
    if kw in ds:
        v = ds.get(kw)
        if isinstance(v, pydicom.multival.MultiValue):
            v = [float(x) for x in v]
        elif isinstance(v, (pydicom.valuerep.DSfloat, pydicom.valuerep.IS)):
            v = float(v)
        meta[kw] = v
for c in ["Red", "Green", "Blue"]:
    d = ds.get(f"{c}PaletteColorLookupTableDescriptor")
    data = ds.get(f"{c}PaletteColorLookupTableData")
    d = ds[f"{c}PaletteColorLookupTableDescriptor"] if d is not None else None
    data = ds[f"{c}PaletteColorLookupTableData"] if data is not None else None
    if d is not None and data is not None:
        meta[f"{c}Descriptor"] = [int(x) for x in d.value]
        open(os.path.join(out, f"{c}.lut"), "wb").write(data.value)
meta["bigEndian"] = not ds.is_little_endian
pixel = ds.PixelData
if not native:
    fp = DicomBytesIO(pixel)
    fp.is_little_endian = True
    has_table, table = get_frame_offsets(fp)
    meta["offsets"] = list(table) if has_table else []
    n = 0
    for n, frag in enumerate(generate_pixel_data_fragment(fp)):
        open(os.path.join(out, f"fragment-{n}.bin"), "wb").write(frag)
    meta["fragments"] = n + 1
else:
    open(os.path.join(out, "pixel.bin"), "wb").write(pixel)
try:
    import numpy as np
    arr = ds.pixel_array
    if int(ds.get("NumberOfFrames", 1) or 1) > 1:
        arr = arr[0]
    if ds.get("PhotometricInterpretation") == "YBR_FULL_422" and native:
        pass  # pydicom expands 422 to full resolution already
    np.ascontiguousarray(arr, dtype="<i4").tofile(os.path.join(out, "oracle.bin"))
    meta["oracleShape"] = list(arr.shape)
    if ds.get("PhotometricInterpretation") in ("YBR_FULL", "YBR_FULL_422") and (native or ts == "1.2.840.10008.1.2.5"):
        from pydicom.pixel_data_handlers.util import convert_color_space
        rgb = convert_color_space(arr, "YBR_FULL", "RGB")
        np.ascontiguousarray(rgb, dtype="<i4").tofile(os.path.join(out, "rgb.bin"))
except Exception as e:
    meta["oracleError"] = str(e)[:200]
with open(os.path.join(out, "meta.properties"), "w") as f:
    for k, v in meta.items():
        if isinstance(v, (list, tuple)):
            v = ",".join(str(x) for x in v)
        f.write(f"{k}={str(v).replace(chr(10), ' ')}\n")
