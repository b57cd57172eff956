"""Signing PDFs and checking their signatures (PAdES, with pyHanko).

A statement is printed with empty signature fields (:func:`add_signature_fields`);
the lead verifier signs one (:func:`sign_pdf`) and head office's
decision-maker later signs the Authoriser field in the same file.  The first
signature certifies the document (DocMDP: form filling only) and locks every
field but the Authoriser's (FieldMDP); the Authoriser's signature, an
approval added as an incremental update, leaves the first intact and locks
everything.  The visible stamp names the signer, their role, the time and the
reason in the embedded CJK font, optionally over an image of a handwritten
signature.  :func:`verify_pdf` reports, for each signature, whether the
signed bytes are unchanged, whether the signature is valid, whether its
certificate is one the reader trusts, and whether anything but the Authoriser
signature was added after it (pyHanko's difference analysis), since any other
later change — a new field's appearance, an annotation, new page content —
may make the page show what nobody signed.  Everything is offline: no
timestamps, no revocation look-ups."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
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
from pyhanko.sign.fields import (
    FieldMDPAction,
    FieldMDPSpec,
    MDPPerm,
    SigFieldSpec,
    SigSeedSubFilter,
    append_signature_field,
    enumerate_sig_fields,
)
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext

from app.atomic import replacing
from app.domain.kernel.text import DomainError, Text, unwritable
from app.domain.statement.statement import AUTHORISER_FIELD
from app.paths import resources_dir
from app.reports.identity import Identity, unlock
from app.reports.pdf import FONT_FILE
from app.reports.pdf_revisions import later_changes

# Where a signature goes when the named field is missing: bottom right of the last A4 page, above the footer;
# the Authoriser's empty field, made with the first signature, goes to its left.
NEW_FIELD_BOX = (355.0, 60.0, 560.0, 135.0)
AUTHORISER_BOX = (140.0, 60.0, 345.0, 135.0)

ENTIRE_FILE = "entire file"
SIGNATURES_ONLY = "entire revision, later changes: the Authoriser signature only"
CHANGED_LATER = "entire revision, later changes: others"
PARTIAL = "part of the file"
ACCEPTED = (ENTIRE_FILE, SIGNATURES_ONLY)  # what a signature may be followed by; anything else may alter the page

COVERAGE = {
    ENTIRE_FILE: Text("覆盖整个文件", "covers the entire file"),
    SIGNATURES_ONLY: Text(f"覆盖签署时的文件，此后只添加了“{AUTHORISER_FIELD}”栏的签名",
                          f"covers the file as signed; only the {AUTHORISER_FIELD} signature was added later"),
    CHANGED_LATER: Text(f"签署后另有改动：{{changes}}；页面显示的可能不是签署的内容（签署后只允许添加“{AUTHORISER_FIELD}”栏的签名）",
                        f"CHANGED LATER: {{changes}}; the page may not show what was signed (after it, only the "
                        f"{AUTHORISER_FIELD} signature may be added)"),
    PARTIAL: Text("只覆盖文件的一部分，其余部分可以随意改动", "covers only part of the file; the rest could say anything"),
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
    matches them.  ``trusted``: the signer's certificate is one of those the
    reader trusts, and current; ``fingerprint`` is its SHA-256.  ``coverage``
    is one of the keys of :data:`COVERAGE`: what the signature covers and what
    was changed after it; only those in :data:`ACCEPTED` leave the page as
    signed.  ``changes`` names what was changed after it that should not have
    been (see :mod:`app.reports.pdf_revisions`), and ``detail`` is pyHanko's
    reason for refusing a later change when it gives one.  ``revision`` is the file's revision the signature signed, counting from 1,
    of ``revisions``.
    """

    field: str
    signer: str
    signed_at: datetime | None
    intact: bool
    valid: bool
    trusted: bool
    self_signed: bool
    fingerprint: str
    coverage: str
    revision: int
    revisions: int
    changes: tuple[Text, ...] = ()
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted and self.coverage in ACCEPTED


def add_signature_fields(path: Path, spots: Sequence[SignatureSpot]) -> None:
    """Add empty, visible signature fields to the unsigned PDF in ``path``, replacing the file."""
    writer = _writer(path)
    for spot in spots:
        append_signature_field(writer, SigFieldSpec(spot.field, on_page=spot.page, box=spot.box))
    _write(path, writer.write)


def sign_pdf(source: Path, target: Path, identity_path: Path, passphrase: str, *, field: str, reason: str,
             location: str = "", role: str = "", image: Path | None = None, when: datetime | None = None) -> None:
    """Sign ``source`` into ``target`` (which may be the same file) in the field named ``field``.

    The first signature certifies the document (DocMDP, form filling only)
    and locks every field but the Authoriser's, which is made beside it if the
    file lacks it and given the lock its own signature will carry (every
    field); after it only the Authoriser field may be signed.  A field the
    file lacks is created on the last page.  ``role`` defaults to the
    identity's; ``image`` is a handwritten signature drawn behind the text;
    ``when`` is the signing time claimed (now if omitted).  ``target`` is
    written whole or not at all.
    """
    identity, signer = unlock(identity_path, passphrase)
    when = (when or datetime.now()).astimezone()
    _check_current(identity, when)
    writer = _writer(source)
    signed = [name for name, value, _ in enumerate_sig_fields(writer) if value is not None]
    if field in signed:
        raise DomainError(Text(f"签名栏“{field}”已经签过名。", f"The signature field “{field}” is signed already."), "field")
    if signed and field != AUTHORISER_FIELD:
        raise DomainError(Text(
            f"文件已有签名（{'、'.join(signed)}），之后只能在“{AUTHORISER_FIELD}”栏签名；在“{field}”栏签名会使已有签名失效。",
            f"The file is signed already ({', '.join(signed)}); after that only the “{AUTHORISER_FIELD}” field may be "
            f"signed, and a signature in “{field}” would break the earlier one."), "field")
    certify = not signed
    metadata = PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES, reason=reason or None,
        location=location or None, name=identity.name, certify=certify,
        # used when certifying: a first signature in the Authoriser field leaves nothing more to sign
        docmdp_permissions=MDPPerm.FILL_FORMS if field != AUTHORISER_FIELD else MDPPerm.NO_CHANGES,
    )
    details = "\n".join(line for line in (identity.name, role or identity.role, f"{when:%Y-%m-%d %H:%M}", reason) if line)
    pdf_signer = _SignerAt(when, metadata, signer, stamp_style=_stamp_style(details, image))
    try:
        sig_field = _ensure_field(writer, field, NEW_FIELD_BOX)
        if certify and field == AUTHORISER_FIELD:
            _lock(writer, sig_field, FieldMDPSpec(FieldMDPAction.ALL))
        elif certify:
            _lock(writer, sig_field, FieldMDPSpec(FieldMDPAction.EXCLUDE, fields=[AUTHORISER_FIELD]))
            # The Authoriser's lock is set now: pyHanko refuses a lock added to a field after a certification.
            _lock(writer, _ensure_field(writer, AUTHORISER_FIELD, AUTHORISER_BOX), FieldMDPSpec(FieldMDPAction.ALL))
        _write(target, lambda handle: pdf_signer.sign_pdf(writer, output=handle, existing_fields_only=True,
                                                          appearance_text_params={"details": details}))
    except (PdfError, ValueError) as error:  # pyHanko's signing and layout errors are ValueErrors
        raise DomainError(Text(f"签名失败：{error}", f"Signing failed: {error}"), "file") from None


def _ensure_field(writer: IncrementalPdfFileWriter, field: str, box: tuple[float, float, float, float]):
    """The signature field named ``field``, made empty on the last page in ``box`` if the file lacks it."""
    found = [ref for _, _, ref in enumerate_sig_fields(writer, with_name=field)]
    if not found:
        append_signature_field(writer, SigFieldSpec(field, on_page=-1, box=box))
        found = [ref for _, _, ref in enumerate_sig_fields(writer, with_name=field)]
    return found[0]


def _lock(writer: IncrementalPdfFileWriter, reference, lock: FieldMDPSpec) -> None:
    """Give the signature field at ``reference`` the lock its signature will carry (pyHanko reads it when signing)."""
    sig_field = reference.get_object()
    sig_field["/Lock"] = lock.as_sig_field_lock()
    writer.update_container(sig_field)


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
        coverages = [_coverage(reader, signature, status, signatures) for signature, status in zip(signatures, statuses)]
    except (PdfError, SignatureValidationError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise _unreadable(path, error) from None  # the last three: a page tree or a field that is not what PDF says
    checks = []
    for signature, status, (coverage, changes, detail) in zip(signatures, statuses, coverages):
        certificate = status.signing_cert
        checks.append(SignatureCheck(
            field=signature.field_name,
            signer=certificate.subject.native.get("common_name") or certificate.subject.human_friendly,
            signed_at=status.signer_reported_dt,
            intact=status.intact,
            valid=status.valid,
            trusted=status.trusted,
            self_signed=certificate.self_signed != "no",
            fingerprint=certificate.sha256.hex(),
            coverage=coverage,
            revision=signature.signed_revision + 1,
            revisions=reader.total_revisions,
            changes=changes,
            detail=detail,
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


def verdicts(check: SignatureCheck) -> list[tuple[Text, bool]]:
    """What ``check`` found, one phrase per question (intact? valid? trusted? changed later?), each with whether it holds."""
    if check.trusted:
        trust = Text("受信任", "trusted")
    else:
        why = Text("自签名，", "self-signed, ") if check.self_signed else Text("", "")
        trust = Text(f"不受信任（{why.zh}证书 SHA-256 {check.fingerprint[:16]}… 不在受信任的证书之中）",
                     f"NOT TRUSTED ({why.en}certificate SHA-256 {check.fingerprint[:16]}… is none of those trusted)")
    coverage = COVERAGE[check.coverage]
    changes = list(check.changes) or ([Text(check.detail, check.detail)] if check.detail else [])
    coverage = Text(coverage.zh.replace("{changes}", "；".join(c.zh for c in changes) or "原因不明"),
                    coverage.en.replace("{changes}", "; ".join(c.en for c in changes) or "for a reason not given"))
    return [
        (Text("完整", "intact") if check.intact else Text("签署后被改动", "CHANGED since signing"), check.intact),
        (Text("有效", "valid") if check.valid and check.intact else Text("签名不成立", "the signature does not hold"),
         check.valid and check.intact),
        (trust, check.trusted),
        (coverage, check.coverage in ACCEPTED),
    ]


def heading(check: SignatureCheck, language: str) -> str:
    """Which field ``check``'s signature is in, who signed it and when, in ``language``."""
    when = f"{check.signed_at.astimezone():%Y-%m-%d %H:%M}" if check.signed_at else Text("不明时间", "at an unknown time").in_(language)
    if language == "zh":
        return f"{check.field}：{check.signer} 于 {when} 签署"
    return f"{check.field}: {check.signer} signed {when}"


def describe(check: SignatureCheck, language: str) -> str:
    """One line about ``check`` in ``language``, for the command line."""
    zh = language == "zh"
    *found, coverage = [text.in_(language) for text, _ in verdicts(check)]
    verdict = ("、" if zh else ", ").join(found)
    return f"{heading(check, language)} — {verdict}{'；' if zh else '; '}{coverage}"


def summary(checks: Sequence[SignatureCheck]) -> Text:
    """The verdict on the whole file: it holds only if it has signatures and every one of them holds."""
    failing = [c.field for c in checks if not c.ok]
    if not checks:
        return Text("文件没有签名。", "The file has no signatures.")
    if failing:
        return Text(f"验证未通过：{len(checks)} 个签名中有 {len(failing)} 个不成立（{'、'.join(failing)}）。",
                    f"NOT VERIFIED: {len(failing)} of {len(checks)} signatures fail ({', '.join(failing)}).")
    return Text(f"验证通过：全部 {len(checks)} 个签名完整、有效、受信任，签署后页面未被改动。",
                f"Verified: all {len(checks)} signatures are intact, valid and trusted, and nothing after them changes the page.")


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
        return GlyphAccumulator(writer, BytesIO(_stamp_font(self.text)), self.font_size, obj_stream=obj_stream)


@lru_cache(maxsize=8)
def _stamp_font(text: str) -> bytes:
    """The font file cut down to ``text`` (about a second's work, so the documents of one package, which carry the
    same stamp, cut it once)."""
    font = TTFont(resources_dir() / FONT_FILE)
    options = subset.Options(layout_features=["*"])
    options.drop_tables.append("FFTM")  # FontForge's timestamps, which fontTools would drop with a warning
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    scale_upem(font, 1000)
    handle = BytesIO()
    font.save(handle)
    return handle.getvalue()


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


def _coverage(reader: PdfFileReader, signature, status, signatures) -> tuple[str, tuple[Text, ...], str]:
    """What ``status``'s ``signature`` covers and what came after it, among all the file's ``signatures``: a
    :data:`COVERAGE` key, the changes made later that should not have been, and pyHanko's reason for refusing a
    later change.

    After a signature only the Authoriser field may change, and only by being
    signed later; whatever else was added, filled in or drawn may cover the
    page.  pyHanko's difference analysis and :func:`later_changes` must both
    find nothing else.
    """
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return ENTIRE_FILE, (), ""
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return PARTIAL, (), ""
    later_fields = {other.field_name for other in signatures if other.signed_revision > signature.signed_revision}
    allowed = ({AUTHORISER_FIELD} & later_fields) - {signature.field_name}
    changes = tuple(later_changes(reader, signature.signed_revision, allowed))
    level, diff = status.modification_level, status.diff_result
    detail = "" if isinstance(diff, DiffResult) or diff is None else (str(diff).splitlines() or [""])[0]
    unexplained = isinstance(diff, DiffResult) and bool(diff.changed_form_fields - allowed)
    if changes or unexplained or level is None or level > ModificationLevel.FORM_FILLING or not status.docmdp_ok:
        return CHANGED_LATER, changes, detail
    return SIGNATURES_ONLY, (), ""


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
