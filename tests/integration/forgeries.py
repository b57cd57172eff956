"""Incremental updates that change what a signed PDF shows while leaving every signed byte as it was, built as a
forger would with pyHanko's IncrementalPdfFileWriter: a new, unsigned signature field whose appearance covers the
page, new content drawn over the page, and an annotation over the text.  Each draws :data:`FORGED` on a white
page-sized box, so ``pdftotext`` reads the forged total where the signed one was."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field, enumerate_sig_fields

FORGED = "FORGED total 1.00 tCO2e"
A4 = (0, 0, 595, 842)


def _cover(writer: IncrementalPdfFileWriter) -> generic.IndirectObject:
    """A form XObject as big as the page: white over everything, then the forged total."""
    font = writer.add_object(generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Font"), pdf_name("/Subtype"): pdf_name("/Type1"), pdf_name("/BaseFont"): pdf_name("/Helvetica"),
    }))
    drawing = f"1 1 1 rg 0 0 595 842 re f BT /F1 24 Tf 0 0 0 rg 60 700 Td ({FORGED}) Tj ET".encode()
    return writer.add_object(generic.StreamObject({
        pdf_name("/Type"): pdf_name("/XObject"), pdf_name("/Subtype"): pdf_name("/Form"),
        pdf_name("/BBox"): generic.ArrayObject([generic.NumberObject(n) for n in A4]),
        pdf_name("/Resources"): generic.DictionaryObject({pdf_name("/Font"): generic.DictionaryObject({pdf_name("/F1"): font})}),
    }, stream_data=drawing))


def update(source: Path, target: Path, change) -> Path:
    """``source`` with ``change(writer)`` appended as one incremental update, written to ``target``."""
    writer = IncrementalPdfFileWriter(BytesIO(source.read_bytes()))
    change(writer)
    out = BytesIO()
    writer.write(out)
    target.write_bytes(out.getvalue())
    return target


def new_signature_field(source: Path, target: Path) -> Path:
    """A new signature field "Forged", never signed, whose widget's appearance covers the first page."""
    def change(writer):
        append_signature_field(writer, SigFieldSpec("Forged", on_page=0, box=A4))
        [(_, _, reference)] = enumerate_sig_fields(writer, with_name="Forged")
        field = reference.get_object()
        field["/AP"] = generic.DictionaryObject({pdf_name("/N"): _cover(writer)})
        writer.update_container(field)
    return update(source, target, change)


def new_content(source: Path, target: Path) -> Path:
    """A content stream appended to the first page, drawing the cover over what was signed."""
    def change(writer):
        stream = writer.add_object(generic.StreamObject(stream_data=b"q /Forged Do Q"))
        resources = generic.DictionaryObject({pdf_name("/XObject"): generic.DictionaryObject({pdf_name("/Forged"): _cover(writer)})})
        writer.add_stream_to_page(0, stream, resources=resources)
    return update(source, target, change)


def new_annotation(source: Path, target: Path) -> Path:
    """A square annotation over the first page's text, its appearance the cover."""
    def change(writer):
        page_ref, _ = writer.find_page_for_modification(0)
        page = page_ref.get_object()
        annotation = writer.add_object(generic.DictionaryObject({
            pdf_name("/Type"): pdf_name("/Annot"), pdf_name("/Subtype"): pdf_name("/Square"), pdf_name("/F"): generic.NumberObject(4),
            pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(n) for n in A4]),
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): _cover(writer)}),
        }))
        annotations = page["/Annots"]
        annotations.append(annotation)
        if isinstance(page.raw_get("/Annots"), generic.IndirectObject):
            writer.update_container(annotations)
        else:
            writer.update_container(page)
    return update(source, target, change)
