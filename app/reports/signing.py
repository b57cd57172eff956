"""Signing PDFs and checking their signatures (PAdES, with pyHanko).

A statement is printed with empty signature fields (:func:`add_signature_fields`);
the lead verifier signs one (:func:`sign_pdf`) and head office's
decision-maker later signs the other in the same file.  Each signature is an
approval signature added as an incremental update, so a later signature
leaves the earlier ones intact.  The visible stamp names the signer, their
role, the time and the reason in the embedded CJK font, optionally over an
image of a handwritten signature.  :func:`verify_pdf` reports, for each
signature, whether the signed bytes are unchanged, whether the signature is
valid, whether its certificate is one the reader trusts, and what was added
after it.  Everything is offline: no timestamps, no revocation look-ups.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Sequence

from asn1crypto import x509
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem
from PIL import Image, UnidentifiedImageError
from pyhanko.pdf_utils.font import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter, append_signature_field, enumerate_sig_fields
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext

from app.domain.text import DomainError, Text, unwritable
from app.paths import resources_dir
from app.atomic import replacing
from app.reports.identity import Identity, unlock
from app.reports.pdf import FONT_FILE

# Where a signature goes when the named field is missing: bottom right of the last A4 page, above the footer.
NEW_FIELD_BOX = (355.0, 60.0, 560.0, 135.0)

ENTIRE_FILE = "entire file"
SIGNATURES_ONLY = "entire revision, later changes: signatures only"
FORM_FILLING = "entire revision, later changes: form filling"
OTHER_CHANGES = "entire revision, later changes: other"
PARTIAL = "part of the file"

COVERAGE = {
    ENTIRE_FILE: Text("覆盖整个文件", "covers the entire file"),
    SIGNATURES_ONLY: Text("覆盖签署时的文件，此后只添加了签名", "covers the file as signed; only signatures were added later"),
    FORM_FILLING: Text("覆盖签署时的文件，此后填写了表单", "covers the file as signed; form fields were filled in later"),
    OTHER_CHANGES: Text("覆盖签署时的文件，但此后文件有其他修改", "covers the file as signed, but the file was changed in other ways later"),
    PARTIAL: Text("只覆盖文件的一部分", "covers only part of the file"),
}


@dataclass(frozen=True)
class SignatureSpot:
    """A signature field to add: its name, page (0-based) and box in PDF points (x1, y1, x2, y2)."""

    field: str
    page: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class SignatureCheck:
    """What :func:`verify_pdf` found out about one signature.

    ``intact``: the signed bytes are unchanged.  ``valid``: the signature
    matches them and nothing forbidden was changed after it.  ``trusted``:
    the signer's certificate is one of those the reader trusts, and current.
    ``coverage`` is one of the keys of :data:`COVERAGE`.  ``revision`` is the
    file's revision the signature signed, counting from 1, of ``revisions``.
    """

    field: str
    signer: str
    signed_at: datetime | None
    intact: bool
    valid: bool
    trusted: bool
    self_signed: bool
    coverage: str
    revision: int
    revisions: int

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted


def add_signature_fields(path: Path, spots: Sequence[SignatureSpot]) -> None:
    """Add empty, visible signature fields to the unsigned PDF in ``path``, replacing the file."""
    writer = _writer(path)
    for spot in spots:
        append_signature_field(writer, SigFieldSpec(spot.field, on_page=spot.page, box=spot.box))
    _write(path, writer.write)


def sign_pdf(source: Path, target: Path, identity_path: Path, passphrase: str, *, field: str, reason: str,
             location: str = "", role: str = "", image: Path | None = None, when: datetime | None = None) -> None:
    """Sign ``source`` into ``target`` (which may be the same file) in the field named ``field``.

    The field is created on the last page if the file lacks it.  ``role``
    defaults to the identity's; ``image`` is a handwritten signature drawn
    behind the text; ``when`` is the signing time claimed (now if omitted).
    ``target`` is written whole or not at all.
    """
    identity, signer = unlock(identity_path, passphrase)
    when = (when or datetime.now()).astimezone()
    _check_current(identity, when)
    writer = _writer(source)
    if any(value is not None for _, value, _ in enumerate_sig_fields(writer, with_name=field)):
        raise DomainError(Text(f"签名栏“{field}”已经签过名。", f"The signature field “{field}” is signed already."), "field")
    metadata = PdfSignatureMetadata(field_name=field, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES,
                                    reason=reason or None, location=location or None, name=identity.name)
    details = "\n".join(line for line in (identity.name, role or identity.role, f"{when:%Y-%m-%d %H:%M}", reason) if line)
    pdf_signer = _SignerAt(when, metadata, signer, stamp_style=_stamp_style(details, image),
                           new_field_spec=SigFieldSpec(field, on_page=-1, box=NEW_FIELD_BOX))
    try:
        _write(target, lambda handle: pdf_signer.sign_pdf(writer, output=handle, appearance_text_params={"details": details}))
    except (PdfError, ValueError) as error:  # pyHanko's signing and layout errors are ValueErrors
        raise DomainError(Text(f"签名失败：{error}", f"Signing failed: {error}"), "file") from None


def verify_pdf(path: Path, trusted: Sequence[bytes] = ()) -> list[SignatureCheck]:
    """Check every signature in ``path``, trusting the certificates ``trusted`` (DER) and no others."""
    try:
        context = ValidationContext(trust_roots=[x509.Certificate.load(der) for der in trusted], allow_fetching=False)
    except ValueError as error:
        raise DomainError(Text(f"受信任的证书无法读取：{error}", f"A trusted certificate cannot be read: {error}"), "trust") from None
    try:
        reader = PdfFileReader(BytesIO(_read(path)))
        signatures = reader.embedded_regular_signatures
        with _quiet_validator():
            statuses = [validate_pdf_signature(signature, context) for signature in signatures]
    except (PdfError, SignatureValidationError, ValueError) as error:
        raise _unreadable(path, error) from None
    checks = []
    for signature, status in zip(signatures, statuses):
        later = {other.field_name for other in signatures if other.signed_revision > signature.signed_revision}
        checks.append(SignatureCheck(
            field=signature.field_name,
            signer=status.signing_cert.subject.native.get("common_name") or status.signing_cert.subject.human_friendly,
            signed_at=status.signer_reported_dt,
            intact=status.intact,
            valid=status.valid and bool(status.docmdp_ok),
            trusted=status.trusted,
            self_signed=status.signing_cert.self_signed != "no",
            coverage=_coverage(status, later),
            revision=signature.signed_revision + 1,
            revisions=reader.total_revisions,
        ))
    return checks


@contextmanager
def _quiet_validator() -> Iterator[None]:
    """pyHanko logs a traceback for every untrusted signer; the result already says it, so keep the log quiet."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def describe(check: SignatureCheck, language: str) -> str:
    """One line about ``check`` in ``language``, for the command line."""
    zh = language == "zh"
    when = f"{check.signed_at.astimezone():%Y-%m-%d %H:%M}" if check.signed_at else Text("不明时间", "at an unknown time").in_(language)
    verdicts = [
        Text("完整", "intact") if check.intact else Text("签署后被改动", "CHANGED since signing"),
        Text("有效", "valid") if check.valid and check.intact else Text("签名不成立", "the signature does not hold"),
        Text("受信任", "trusted") if check.trusted
        else Text("不受信任（自签名）", "not trusted (self-signed)") if check.self_signed
        else Text("不受信任", "not trusted"),
    ]
    verdict = ("、" if zh else ", ").join(v.in_(language) for v in verdicts)
    coverage = COVERAGE[check.coverage].in_(language)
    if zh:
        return f"{check.field}：{check.signer} 于 {when} 签署 — {verdict}；{coverage}"
    return f"{check.field}: {check.signer} signed {when} — {verdict}; {coverage}"


class _SignerAt(PdfSigner):
    """A PDF signer that claims the given signing time; pyHanko's own always takes the clock's."""

    def __init__(self, when: datetime, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.when = when

    def init_signing_session(self, pdf_out, existing_fields_only=False):
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self.when
        return session


@dataclass(frozen=True)
class _StampFont(FontEngineFactory):
    """The embedded CJK font cut down to the characters of ``text`` and rescaled to 1000 units per em.

    pyHanko writes glyph widths in the font's own units, which PDF reads as
    thousandths of an em; WenQuanYi Micro Hei has 2048 units per em, so as it
    is its letters would stand twice as far apart as they should.  Cutting it
    down first makes the rescaling instant.
    """

    text: str
    font_size: int

    def create_font_engine(self, writer, obj_stream=None) -> GlyphAccumulator:
        font = TTFont(resources_dir() / FONT_FILE)
        options = subset.Options(layout_features=["*"])
        options.drop_tables.append("FFTM")  # FontForge's timestamps, which fontTools would drop with a warning
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=self.text)
        subsetter.subset(font)
        scale_upem(font, 1000)
        handle = BytesIO()
        font.save(handle)
        return GlyphAccumulator(writer, handle, self.font_size, obj_stream=obj_stream)


def _stamp_style(details: str, image: Path | None) -> TextStampStyle:
    """The stamp: ``details`` in the embedded CJK font, left-aligned, over the handwritten image if any."""
    background = None
    if image is not None:
        try:
            background = PdfImage(Image.open(image).convert("RGBA"))  # pyHanko takes RGB(A) only (no 1-bit, no CMYK)
        except (OSError, UnidentifiedImageError, NotImplementedError):
            raise DomainError(
                Text(f"无法读取签名图片（应为 PNG 或 JPEG）：{image}", f"The signature image cannot be read (it should be PNG or JPEG): {image}"),
                "image",
            ) from None
    return TextStampStyle(
        stamp_text="%(details)s",
        text_box_style=TextBoxStyle(font=_StampFont(details, font_size=9), font_size=9, leading=12),
        inner_content_layout=SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID,
                                                 margins=Margins.uniform(6)),
        border_width=1,
        background=background,
        background_layout=SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MAX, y_align=AxisAlignment.ALIGN_MID,
                                              margins=Margins.uniform(4), inner_content_scaling=InnerScaling.SHRINK_TO_FIT),
    )


def _check_current(identity: Identity, when: datetime) -> None:
    if when < identity.not_before:
        raise DomainError(
            Text(f"签名时间 {when:%Y-%m-%d %H:%M} 早于证书生效时间 {identity.not_before.astimezone():%Y-%m-%d %H:%M}；请检查电脑时钟。",
                 f"The signing time {when:%Y-%m-%d %H:%M} is before the certificate takes effect "
                 f"({identity.not_before.astimezone():%Y-%m-%d %H:%M}); check the computer's clock."),
            "identity",
        )
    if identity.expired(when):
        raise DomainError(
            Text(f"证书已于 {identity.not_after.astimezone():%Y-%m-%d} 过期，不能再用来签名；请新建或导入新的签名身份。",
                 f"The certificate expired on {identity.not_after.astimezone():%Y-%m-%d} and cannot sign any more; "
                 "create or import a new signing identity."),
            "identity",
        )


def _coverage(status, later_fields: set[str]) -> str:
    """Which :data:`COVERAGE` key describes what ``status``'s signature covers and what came after it."""
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return ENTIRE_FILE
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return PARTIAL
    level = status.modification_level
    if level is None or level > ModificationLevel.FORM_FILLING:
        return OTHER_CHANGES
    changed = status.diff_result.changed_form_fields if isinstance(status.diff_result, DiffResult) else set()
    return SIGNATURES_ONLY if changed <= later_fields else FORM_FILLING


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise _unreadable(path, error) from None


def _writer(path: Path) -> IncrementalPdfFileWriter:
    """A writer to append an update to the PDF in ``path``, read whole first so that the file itself may be replaced."""
    try:
        return IncrementalPdfFileWriter(BytesIO(_read(path)))
    except PdfError as error:
        raise _unreadable(path, error) from None


def _write(path: Path, write: Callable[[BinaryIO], object]) -> None:
    try:
        with replacing(path) as handle:
            write(handle)
    except OSError as error:
        raise unwritable(error) from None


def _unreadable(path: Path, error: Exception) -> DomainError:
    return DomainError(
        Text(f"无法读取 PDF 文件 {path.name}：{error}", f"The PDF file {path.name} cannot be read: {error}"), "file"
    )
