"""Oracle for DicomJsonWriter: prints pydicom's DICOM JSON model (PS3.18 F) of each file's dataset, one per line.

Binary values are inlined (no bulk data threshold). Usage: pydicom_json.py FILE...
"""
import json
import sys

import pydicom

for name in sys.argv[1:]:
    ds = pydicom.dcmread(name, force=True)
    print(json.dumps(ds.to_json_dict(bulk_data_threshold=1 << 40), ensure_ascii=False, sort_keys=True))
