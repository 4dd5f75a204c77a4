package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.io.TransferSyntax;

/** No codec here can decode (or encode) pixel data of this transfer syntax; we refuse rather than guess. */
public class UnsupportedTransferSyntaxException extends PixelDataException {

    private final transient TransferSyntax transferSyntax;

    public UnsupportedTransferSyntaxException(TransferSyntax syntax, String operation) {
        super("Cannot " + operation + " pixel data of transfer syntax " + syntax.uid() + " ("
                + (syntax.isKnown() ? syntax.name() : "unknown transfer syntax") + "): no codec available");
        this.transferSyntax = syntax;
    }

    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }
}
