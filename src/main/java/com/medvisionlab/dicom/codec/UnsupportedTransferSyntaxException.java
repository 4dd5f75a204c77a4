package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.io.TransferSyntax;

/** No codec here can decode (or encode) pixel data of this transfer syntax; we refuse rather than guess. */
public class UnsupportedTransferSyntaxException extends PixelDataException {

    private final String transferSyntaxUid;

    public UnsupportedTransferSyntaxException(String transferSyntaxUid, String operation) {
        super("Cannot " + operation + " pixel data of transfer syntax " + transferSyntaxUid + " ("
                + nameOf(transferSyntaxUid) + "): no codec available");
        this.transferSyntaxUid = transferSyntaxUid;
    }

    private static String nameOf(String uid) {
        TransferSyntax syntax = TransferSyntax.of(uid);
        return syntax.isKnown() ? syntax.name() : "unknown transfer syntax";
    }

    public String transferSyntaxUid() {
        return transferSyntaxUid;
    }
}
