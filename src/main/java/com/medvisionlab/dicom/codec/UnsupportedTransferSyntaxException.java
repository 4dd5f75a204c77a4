package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.PixelDataException;

/** No codec here can decode (or encode) pixel data of this transfer syntax; we refuse rather than guess. */
public class UnsupportedTransferSyntaxException extends PixelDataException {

    private final String transferSyntaxUid;

    public UnsupportedTransferSyntaxException(String transferSyntaxUid, String operation) {
        super("Cannot " + operation + " pixel data of transfer syntax " + transferSyntaxUid + " ("
                + TransferSyntaxNames.nameOf(transferSyntaxUid) + "): no codec available");
        this.transferSyntaxUid = transferSyntaxUid;
    }

    public String transferSyntaxUid() {
        return transferSyntaxUid;
    }
}
