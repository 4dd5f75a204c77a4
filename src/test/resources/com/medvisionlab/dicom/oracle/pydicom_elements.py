"""Oracle for the Java reader tests: prints every element of a DICOM file the way pydicom reads it.

One line per element: path <TAB> VR <TAB> kind <TAB> JSON payload. path is the tag as 8 hex digits, nested as
parentTag/itemIndex/tag. kinds: S strings (stripped), N numbers, T tags (hex), B binary [length, sha1] in little
endian, E encapsulated [[bot length, sha1], [[fragment length, sha1], ...]], Q sequence [item count], R raw [length,
sha1] when pydicom could not convert the value, X error message. Usage: pydicom_elements.py FILE...
(files separated by a line "=== FILE").
"""
import hashlib
import json
import struct
import sys

import pydicom
import pydicom.uid
from pydicom.dataelem import RawDataElement
from pydicom.multival import MultiValue

STRING_VRS = {"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UI", "UR", "UT"}
NUMBER_VRS = {"US", "SS", "UL", "SL", "SV", "UV", "FL", "FD"}
SWAP_UNITS = {"OW": 2, "OF": 4, "OL": 4, "OD": 8, "OV": 8}


# pydicom 2.3 predates High-Throughput JPEG 2000; register its UIDs so that such files can be read at all.
from pydicom._uid_dict import UID_dictionary  # noqa: E402

for _uid, _keyword in (("1.2.840.10008.1.2.4.201", "HTJ2KLossless"),
                       ("1.2.840.10008.1.2.4.202", "HTJ2KLosslessRPCL"),
                       ("1.2.840.10008.1.2.4.203", "HTJ2K")):
    UID_dictionary.setdefault(_uid, (_keyword, "Transfer Syntax", "", "", _keyword))


def sha(data):
    return [len(data), hashlib.sha1(data).hexdigest()]


def little_endian(data, vr, is_little_endian):
    unit = SWAP_UNITS.get(vr)
    if is_little_endian or not unit:
        return data
    out = bytearray(data)
    for i in range(0, len(out) - len(out) % unit, unit):
        out[i:i + unit] = out[i:i + unit][::-1]
    return bytes(out)


def fragments(data):
    items = []
    pos = 0
    while pos + 8 <= len(data):
        tag_group, tag_elem, length = struct.unpack_from("<HHI", data, pos)
        pos += 8
        if (tag_group, tag_elem) == (0xFFFE, 0xE0DD):
            break
        items.append(sha(data[pos:pos + length]))
        pos += length
    return [items[0], items[1:]] if items else [[0, ""], []]


def values_of(value):
    if value is None or value == "":
        return []
    if isinstance(value, (MultiValue, list, tuple)):
        return list(value)
    return [value]


def emit(out, path, elem, encapsulated, little):
    vr = elem.VR
    value = elem.value
    if vr == "SQ":
        out.append([path, vr, "Q", [len(value)]])
        for index, item in enumerate(value):
            walk(out, item, path + "/" + str(index) + "/", encapsulated, little)
        return
    if elem.tag == 0x7FE00010 and encapsulated and elem.is_undefined_length:
        out.append([path, vr, "E", fragments(value)])
        return
    if value is None and vr in ("OB", "OW", "OF", "OD", "OL", "OV", "UN"):
        value = b""
    if isinstance(value, bytes):
        out.append([path, vr, "B", sha(little_endian(value, vr, little))])
    elif vr in STRING_VRS:
        out.append([path, vr, "S", [str(v).strip(" \0") for v in values_of(value)]])
    elif vr in NUMBER_VRS:
        out.append([path, vr, "N", [float(v) if vr in ("FL", "FD") else int(v) for v in values_of(value)]])
    elif vr == "AT":
        out.append([path, vr, "T", ["%08X" % int(v) for v in values_of(value)]])
    else:
        out.append([path, vr, "R", [repr(v) for v in values_of(value)]])


def walk(out, ds, prefix, encapsulated, little):
    for tag in sorted(ds.keys()):
        path = prefix + "%08X" % int(tag)
        if tag.is_private:
            # the undecoded bytes, so that a reader without pydicom's private dictionary can still be compared
            raw = ds.get_item(tag)
            if isinstance(raw, RawDataElement) and raw.value is not None and raw.length != 0xFFFFFFFF:
                out.append([path + "#raw", str(raw.VR), "B", sha(raw.value)])
        try:
            elem = ds[tag]
        except Exception as e:  # pydicom could not convert: report the raw bytes
            raw = ds.get_item(tag)
            if isinstance(raw, RawDataElement) and raw.value is not None:
                out.append([path, str(raw.VR), "R", sha(raw.value)])
            else:
                out.append([path, "?", "X", [str(e)]])
            continue
        emit(out, path, elem, encapsulated, little)


def main():
    for name in sys.argv[1:]:
        print("=== " + name)
        try:
            ds = pydicom.dcmread(name, force=True)
            meta = getattr(ds, "file_meta", None)
            encapsulated = bool(meta is not None and "TransferSyntaxUID" in meta and meta.TransferSyntaxUID.is_compressed)
            little = ds.is_little_endian if ds.is_little_endian is not None else True
            out = []
            if meta is not None:
                walk(out, meta, "meta:", False, True)
            walk(out, ds, "", encapsulated, little)
            for line in out:
                print("\t".join([line[0], line[1], line[2], json.dumps(line[3], ensure_ascii=False)]))
        except Exception as e:
            print("!error\t" + type(e).__name__ + ": " + str(e).replace("\n", " "))


if __name__ == "__main__":
    main()
