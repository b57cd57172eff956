"""Signing identities and PAdES signatures on real files: a statement printed with two empty signature fields is
signed by the lead verifier and then by head office, checked by pyHanko's validator, by OpenSSL and by verify-pdf,
tampered with, forged by incremental updates that draw over the page, and signed by an impostor of the same name."""

import hashlib
import os
import subprocess
from datetime import datetime, timedelta
from io import BytesIO

import pytest
from asn1crypto import cms, x509
from PIL import Image, ImageDraw
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import FieldMDPAction, FieldMDPSpec, MDPPerm
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from app.cli import main
from app.domain.kernel.text import DomainError, Text
from app.reports.identity import create_identity, identities_beside, import_identity, read_identity, unlock
from app.reports.pdf import para, styles, write_pdf
from app.reports.signing import (
    CHANGED_LATER,
    ENTIRE_FILE,
    SIGNATURES_ONLY,
    SignatureSpot,
    add_signature_fields,
    describe,
    sign_pdf,
    verify_pdf,
)
from tests.integration import forgeries

NOW = datetime.now().astimezone().replace(microsecond=0)
WHEN = NOW - timedelta(hours=1)
LEAD_PASS = "绿色核查-2026"
HEAD_PASS = "head-office-key"
TEXT = "经核查，受核查方 2025 年度温室气体排放总量为 12,345 tCO₂e，数据真实、准确。"
SPOTS = [SignatureSpot("Verifier", 0, (60, 90, 270, 165)), SignatureSpot("Authoriser", 0, (320, 90, 530, 165))]


def statement(path, pages=1, spots=SPOTS):
    """A small statement as Verifield prints it, with the given empty signature fields."""
    s = styles("zh")
    story = [para("核查声明", s.title), para(TEXT, s.body)]
    for _ in range(pages - 1):
        story += [PageBreak(), para("附件：排放源清单", s.body)]
    write_pdf(path, story, Text("核查声明", "Verification statement"), "zh", "GHG-2026-001", "张伟", NOW)
    add_signature_fields(path, spots)
    return path


@pytest.fixture
def lead(tmp_path):
    return create_identity(tmp_path / "lead.p12", "张伟", "核查组长", "绿源核查有限公司", "zhang.wei@example.com", LEAD_PASS,
                           now=NOW - timedelta(days=1))


@pytest.fixture
def head(tmp_path):
    return create_identity(tmp_path / "head.p12", "李娜", "技术负责人", "绿源核查有限公司", "", HEAD_PASS, now=NOW - timedelta(days=1))


@pytest.fixture
def signed(tmp_path, lead):
    """The statement signed by the lead verifier in the "Verifier" field."""
    target = tmp_path / "signed.pdf"
    sign_pdf(statement(tmp_path / "statement.pdf"), target, lead.path, LEAD_PASS, field="Verifier", reason="核查结论",
             location="北京", when=WHEN)
    return target


def fonts(path):
    """pdffonts' rows as (name, embedded) pairs."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    emb = lines[0].index("emb")
    return [(line.split()[0], line[emb:emb + 3].strip()) for line in lines[2:]]


def widget(path, field):
    """The widget annotation of the signature field named ``field`` on the first page."""
    return next(a.get_object() for a in PdfReader(path).pages[0]["/Annots"] if a.get_object()["/T"] == field)


def test_a_new_identity_names_its_signer_and_reads_back_only_with_its_passphrase(tmp_path, lead):
    """The certificate carries name, role, organisation and email; the fingerprint is the SHA-256 of the
    certificate; a wrong passphrase, a file that is no identity and a missing file each say what is wrong."""
    again = read_identity(lead.path, LEAD_PASS)
    assert again == lead
    assert (lead.name, lead.role, lead.organisation, lead.email) == ("张伟", "核查组长", "绿源核查有限公司", "zhang.wei@example.com")
    assert lead.fingerprint == hashlib.sha256(lead.certificate_der).hexdigest()
    assert lead.not_after - lead.not_before >= timedelta(days=3 * 365)
    assert not lead.expired(NOW) and lead.expired(lead.not_after + timedelta(seconds=1))

    with pytest.raises(DomainError) as wrong:
        read_identity(lead.path, "not-the-passphrase")
    assert wrong.value.field == "passphrase" and "passphrase is wrong" in wrong.value.message.en
    assert "口令不正确" in wrong.value.message.zh
    not_identity = tmp_path / "statement.p12"
    not_identity.write_bytes(b"%PDF-1.4 not a key")
    with pytest.raises(DomainError) as wrong_file:
        read_identity(not_identity, LEAD_PASS)
    assert wrong_file.value.field == "file" and "not a signing identity" in wrong_file.value.message.en
    with pytest.raises(DomainError) as missing:
        read_identity(tmp_path / "missing.p12", LEAD_PASS)
    assert missing.value.field == "file"


def test_an_identity_needs_a_name_and_a_long_passphrase_and_never_overwrites_a_file(tmp_path, lead):
    """An empty name or a passphrase under 8 characters is refused, and so is an existing file, which stays as it was."""
    with pytest.raises(DomainError) as short:
        create_identity(tmp_path / "a.p12", "王芳", "核查员", "", "", "1234567")
    assert short.value.field == "passphrase"
    with pytest.raises(DomainError) as unnamed:
        create_identity(tmp_path / "b.p12", "  ", "核查员", "", "", "12345678")
    assert unnamed.value.field == "name"
    before = lead.path.read_bytes()
    with pytest.raises(DomainError):
        create_identity(lead.path, "王芳", "核查员", "", "", "12345678")
    assert lead.path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lead.cer", "lead.p12"]
    assert (tmp_path / "lead.cer").read_bytes() == lead.certificate_der  # the public part, for others to trust


def test_import_copies_an_identity_once_and_the_copy_reads_back(tmp_path, lead):
    """The copy is named after the signer and fingerprint and opens with the same passphrase; importing it again
    adds nothing; a wrong passphrase imports nothing."""
    folder = tmp_path / "identities"
    with pytest.raises(DomainError) as wrong:
        import_identity(lead.path, folder, "not-the-passphrase")
    assert wrong.value.field == "passphrase" and not folder.exists()

    copy = import_identity(lead.path, folder, LEAD_PASS)
    assert copy.path.parent == folder and copy.path.name.startswith("张伟-" + lead.fingerprint[:12])
    assert read_identity(copy.path, LEAD_PASS) == copy
    assert copy.fingerprint == lead.fingerprint and copy.path.read_bytes() == lead.path.read_bytes()
    assert import_identity(lead.path, folder, LEAD_PASS) == copy
    assert sorted(folder.iterdir()) == [copy.path.with_suffix(".cer"), copy.path]


def test_a_signed_statement_validates_and_keeps_its_text_and_embedded_fonts(tmp_path, signed, lead):
    """One PAdES approval signature, SHA-256, claiming the given time: intact and valid, trusted only when its
    certificate is; every font, the stamp's included, is embedded, and the Chinese text still extracts."""
    [check] = verify_pdf(signed, [lead.certificate_der])
    assert (check.field, check.signer, check.signed_at) == ("Verifier", "张伟", WHEN)
    assert check.intact and check.valid and check.trusted and check.ok
    assert check.coverage == ENTIRE_FILE and check.revision == check.revisions
    [untrusted] = verify_pdf(signed)
    assert untrusted.intact and untrusted.valid and untrusted.self_signed and not untrusted.trusted and not untrusted.ok
    assert "Verifier: 张伟 signed" in describe(untrusted, "en")
    short = lead.fingerprint[:16]
    assert (f"intact, valid, NOT TRUSTED (self-signed, certificate SHA-256 {short}… is none of those trusted); "
            "covers the entire file") in describe(untrusted, "en")
    assert f"完整、有效、不受信任（自签名，证书 SHA-256 {short}… 不在受信任的证书之中）；覆盖整个文件" in describe(untrusted, "zh")

    signature = PdfFileReader(signed.open("rb")).embedded_regular_signatures[0]
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.md_algorithm == "sha256" and signature.docmdp_level is MDPPerm.FILL_FORMS  # a certification
    assert signature.fieldmdp == FieldMDPSpec(FieldMDPAction.EXCLUDE, fields=["Authoriser"])  # all but head office's box

    unsigned, after = fonts(tmp_path / "statement.pdf"), fonts(signed)
    assert len(after) > len(unsigned)  # the stamp's font is there too
    assert all(embedded == "yes" for _, embedded in after), after
    [stamp_font] = widget(signed, "Verifier")["/AP"]["/N"]["/Resources"]["/Font"].values()
    widths = stamp_font.get_object()["/DescendantFonts"][0].get_object()["/W"]
    assert max(w for entry in widths if isinstance(entry, list) for w in entry) == 1000  # a CJK glyph is one em wide
    assert TEXT in subprocess.run(["pdftotext", str(signed), "-"], capture_output=True, text=True, check=True).stdout


def test_head_office_signs_the_other_field_and_both_signatures_hold(signed, lead, head):
    """The second signature, made in place, is an incremental update: the first still validates and shows that only
    a signature was added after it."""
    first_revision = signed.read_bytes()
    sign_pdf(signed, signed, head.path, HEAD_PASS, field="Authoriser", reason="批准发布", when=WHEN + timedelta(minutes=30))
    assert signed.read_bytes().startswith(first_revision)
    verifier, authoriser = verify_pdf(signed, [lead.certificate_der, head.certificate_der])
    assert (verifier.field, authoriser.field, authoriser.signer) == ("Verifier", "Authoriser", "李娜")
    assert verifier.ok and authoriser.ok
    assert verifier.coverage == SIGNATURES_ONLY and verifier.revision < verifier.revisions
    assert authoriser.coverage == ENTIRE_FILE
    assert "only the Authoriser signature was added later" in describe(verifier, "en")
    assert "此后只添加了“Authoriser”栏的签名" in describe(verifier, "zh")
    second = PdfFileReader(signed.open("rb")).embedded_regular_signatures[1]
    assert second.docmdp_level is None and second.fieldmdp == FieldMDPSpec(FieldMDPAction.ALL)  # an approval locking all


def test_a_changed_byte_in_the_signed_content_breaks_the_signature(signed, lead):
    """One letter of the document's metadata, inside the signed range, changed: the signature is no longer intact."""
    data = signed.read_bytes()
    signed.write_bytes(data.replace(b"(Verifield)", b"(Verifielt)", 1))
    [check] = verify_pdf(signed, [lead.certificate_der])
    assert not check.intact and not check.ok
    assert "CHANGED since signing" in describe(check, "en")


def test_a_failed_signing_leaves_no_target_and_no_partial_file(tmp_path, signed, lead, head):
    """A wrong passphrase names the passphrase; an already signed field is refused; neither writes anything."""
    before = signed.read_bytes()
    with pytest.raises(DomainError) as wrong:
        sign_pdf(signed, tmp_path / "out.pdf", head.path, "not-the-passphrase", field="Authoriser", reason="批准")
    assert wrong.value.field == "passphrase" and "passphrase is wrong" in wrong.value.message.en
    with pytest.raises(DomainError) as taken:
        sign_pdf(signed, signed, head.path, HEAD_PASS, field="Verifier", reason="批准")
    assert "signed already" in taken.value.message.en
    assert signed.read_bytes() == before
    assert not (tmp_path / "out.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_an_identity_signs_only_within_its_validity(tmp_path):
    """An expired certificate is still readable but cannot sign; nor can one that takes effect after the signing time."""
    source = statement(tmp_path / "statement.pdf")
    old = create_identity(tmp_path / "old.p12", "张伟", "核查组长", "", "", LEAD_PASS, years=3, now=NOW - timedelta(days=4 * 365))
    assert read_identity(old.path, LEAD_PASS).expired(NOW)
    with pytest.raises(DomainError) as expired:
        sign_pdf(source, tmp_path / "out.pdf", old.path, LEAD_PASS, field="Verifier", reason="核查结论")
    assert "expired" in expired.value.message.en
    young = create_identity(tmp_path / "young.p12", "张伟", "核查组长", "", "", LEAD_PASS, now=NOW)
    with pytest.raises(DomainError) as early:
        sign_pdf(source, tmp_path / "out.pdf", young.path, LEAD_PASS, field="Verifier", reason="核查结论", when=WHEN)
    assert "before the certificate takes effect" in early.value.message.en
    assert not (tmp_path / "out.pdf").exists()


def test_a_handwritten_signature_image_is_drawn_and_the_file_still_validates(tmp_path, lead):
    """A PNG becomes the stamp's background image (a 1-bit scan too); a file that is no image is refused by name."""
    image = tmp_path / "hand.png"
    picture = Image.new("RGBA", (240, 80), (255, 255, 255, 0))
    ImageDraw.Draw(picture).line([(10, 60), (60, 15), (110, 65), (170, 20), (230, 55)], fill=(20, 30, 120, 255), width=5)
    picture.save(image)
    target = tmp_path / "signed.pdf"
    sign_pdf(statement(tmp_path / "statement.pdf"), target, lead.path, LEAD_PASS, field="Verifier", reason="核查结论",
             image=image, when=WHEN)
    [check] = verify_pdf(target, [lead.certificate_der])
    assert check.ok
    stamp = widget(target, "Verifier")["/AP"]["/N"]
    images = [x.get_object() for x in stamp["/Resources"]["/XObject"].values()]
    assert any(x["/Subtype"] == "/Image" and (x["/Width"], x["/Height"]) == (240, 80) for x in images)

    with pytest.raises(DomainError) as not_image:
        sign_pdf(target, target, lead.path, LEAD_PASS, field="Authoriser", reason="批准", image=lead.path)
    assert not_image.value.field == "image"
    scan = tmp_path / "scan.png"  # a 1-bit scan, which pyHanko cannot take as it is
    picture.convert("1").save(scan)
    sign_pdf(target, target, lead.path, LEAD_PASS, field="Authoriser", reason="批准", image=scan, when=WHEN)
    assert [c.ok for c in verify_pdf(target, [lead.certificate_der])] == [True, True]


def test_a_missing_field_is_made_on_the_last_page(tmp_path, lead, head):
    """Signing a field the file lacks puts a new, visible one on the last page, and an empty Authoriser field beside
    it, so that head office can still sign after the certification; both signatures then hold."""
    source = statement(tmp_path / "statement.pdf", pages=2, spots=[])
    assert verify_pdf(source) == []
    target = tmp_path / "signed.pdf"
    sign_pdf(source, target, lead.path, LEAD_PASS, field="Verifier", reason="核查结论", when=WHEN)
    assert [c.field for c in verify_pdf(target, [lead.certificate_der]) if c.ok] == ["Verifier"]
    first, last = PdfReader(target).pages
    assert "/Annots" not in first
    verifier, authoriser = sorted((a.get_object() for a in last["/Annots"]), key=lambda a: a["/T"], reverse=True)
    assert (verifier["/T"], authoriser["/T"]) == ("Verifier", "Authoriser") and "/V" not in authoriser
    (vx1, _, vx2, _), (ax1, _, ax2, _) = ([float(n) for n in w["/Rect"]] for w in (verifier, authoriser))
    assert vx1 < vx2 and ax1 < ax2 and ax2 <= vx1  # side by side, not one over the other
    sign_pdf(target, target, head.path, HEAD_PASS, field="Authoriser", reason="批准发布", when=WHEN)
    assert [c.ok for c in verify_pdf(target, [lead.certificate_der, head.certificate_der])] == [True, True]


def test_a_file_that_is_no_pdf_cannot_be_verified_or_signed(tmp_path, lead):
    """A text file, or a missing one, gives a DomainError naming the file rather than a traceback."""
    text = tmp_path / "notes.pdf"
    text.write_text("not a PDF")
    for path in (text, tmp_path / "missing.pdf"):
        with pytest.raises(DomainError) as error:
            verify_pdf(path)
        assert error.value.field == "file" and path.name in error.value.message.en
    with pytest.raises(DomainError) as unsigned:
        sign_pdf(text, tmp_path / "out.pdf", lead.path, LEAD_PASS, field="Verifier", reason="核查结论")
    assert unsigned.value.field == "file"


def cli(capsys, *args: str) -> tuple[int, str]:
    """The ``verifield`` command run in this process, against the test's data folder: exit status and output."""
    code = main(list(args))
    return code, capsys.readouterr().out


def approval_signed(source, target, lead):
    """``source`` signed by ``lead`` as Verifield did before it certified: a plain approval signature, nothing locked."""
    writer = IncrementalPdfFileWriter(BytesIO(source.read_bytes()))
    out = BytesIO()
    signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="Verifier"), signer=unlock(lead.path, LEAD_PASS)[1], output=out)
    target.write_bytes(out.getvalue())
    return target


FORGERIES = {
    forgeries.new_signature_field: "a form field “Forged” was added, never signed",
    forgeries.new_content: "the content of page 1 was changed",
    forgeries.new_annotation: "an annotation (Square) was added on page 1",
}


@pytest.mark.parametrize("certified", [True, False], ids=["certified", "approval only"])
@pytest.mark.parametrize("forge", FORGERIES, ids=lambda forge: forge.__name__)
def test_an_update_that_draws_over_the_signed_page_fails_and_is_named(tmp_path, lead, capsys, forge, certified):
    """An incremental update after the signature — a new unsigned signature field whose appearance covers the page,
    new page content, an annotation over the text — leaves every signed byte intact and the forged total readable
    on the page; verify-pdf names the change and exits 1, whether the signature locked the file (ours now) or not
    (an approval signature, as Verifield made before)."""
    source = statement(tmp_path / "statement.pdf")
    if certified:
        sign_pdf(source, tmp_path / "signed.pdf", lead.path, LEAD_PASS, field="Verifier", reason="核查结论", when=WHEN)
    else:
        approval_signed(source, tmp_path / "signed.pdf", lead)
    trust = ("--trust", str(lead.path.with_suffix(".cer")))
    assert cli(capsys, "verify-pdf", str(tmp_path / "signed.pdf"), *trust)[0] == 0  # as signed, it verifies
    forged = forge(tmp_path / "signed.pdf", tmp_path / "forged.pdf")
    assert forgeries.FORGED in subprocess.run(["pdftotext", str(forged), "-"], capture_output=True, text=True, check=True).stdout

    [check] = verify_pdf(forged, [lead.certificate_der])
    assert check.intact and check.valid and check.trusted and not check.ok
    assert check.coverage == CHANGED_LATER and [c.en for c in check.changes] == [FORGERIES[forge]]
    status = validate_pdf_signature(PdfFileReader(BytesIO(forged.read_bytes())).embedded_regular_signatures[0],
                                    ValidationContext(trust_roots=[x509.Certificate.load(lead.certificate_der)]))
    if certified:  # pyHanko itself refuses what the certification forbids
        assert not status.docmdp_ok and status.modification_level is ModificationLevel.OTHER
    code, out = cli(capsys, "verify-pdf", str(forged), *trust)
    assert code == 1
    assert f"intact, valid, trusted; CHANGED LATER: {FORGERIES[forge]}; the page may not show what was signed" in out
    assert "NOT VERIFIED: 1 of 1 signatures fail (Verifier)." in out


def test_a_forged_field_after_both_signatures_fails_both(tmp_path, signed, lead, head, capsys):
    """Once head office has signed, nothing more may be added: a forged field fails the lead's and the Authoriser's."""
    sign_pdf(signed, signed, head.path, HEAD_PASS, field="Authoriser", reason="批准发布", when=WHEN)
    forged = forgeries.new_signature_field(signed, tmp_path / "forged.pdf")
    assert [c.coverage for c in verify_pdf(forged, [lead.certificate_der, head.certificate_der])] == [CHANGED_LATER] * 2
    code, out = cli(capsys, "verify-pdf", str(forged), "--trust", str(lead.path.with_suffix(".cer")),
                    "--trust", str(head.path.with_suffix(".cer")), "--language", "zh")
    assert code == 1 and out.count("签署后另有改动：新增了表单栏“Forged”（未签名）") == 2
    assert "验证未通过：2 个签名中有 2 个不成立（Verifier、Authoriser）。" in out


def test_the_products_own_two_signatures_verify_and_lock_what_they_sign(tmp_path, signed, lead, head, capsys):
    """The lead verifier's certification then head office's Authoriser signature, made with sign-pdf: pyHanko finds
    both valid, the first followed by form filling only, in the one field it left open; verify-pdf exits 0."""
    (tmp_path / "pass").write_text(HEAD_PASS + "\n", encoding="utf-8")
    code, out = cli(capsys, "sign-pdf", str(signed), "--out", str(signed), "--sign", str(head.path), "--passphrase-file", str(tmp_path / "pass"))
    assert code == 0 and "signed in field Authoriser" in out
    reader = PdfFileReader(BytesIO(signed.read_bytes()))
    context = ValidationContext(trust_roots=[x509.Certificate.load(c) for c in (lead.certificate_der, head.certificate_der)])
    first, second = (validate_pdf_signature(s, context) for s in reader.embedded_regular_signatures)
    assert first.bottom_line and second.bottom_line and first.docmdp_ok and second.docmdp_ok
    assert first.modification_level is ModificationLevel.FORM_FILLING and first.diff_result.changed_form_fields == {"Authoriser"}
    code, out = cli(capsys, "verify-pdf", str(signed), "--trust", str(lead.path.with_suffix(".cer")), "--trust", str(head.path.with_suffix(".cer")))
    assert code == 0 and "Verified: all 2 signatures are intact, valid and trusted" in out


def test_after_the_first_signature_only_the_authoriser_field_may_be_signed(tmp_path, lead, head):
    """Head office signing first locks everything, so the lead's box can no longer be signed; a field other than the
    Authoriser's after the lead's signature is refused too; neither refusal writes anything."""
    first = tmp_path / "first.pdf"
    sign_pdf(statement(tmp_path / "statement.pdf"), first, head.path, HEAD_PASS, field="Authoriser", reason="批准", when=WHEN)
    assert PdfFileReader(first.open("rb")).embedded_regular_signatures[0].docmdp_level is MDPPerm.NO_CHANGES
    before = first.read_bytes()
    with pytest.raises(DomainError) as late:
        sign_pdf(first, first, lead.path, LEAD_PASS, field="Verifier", reason="核查结论")
    assert late.value.field == "field" and "only the “Authoriser” field may be signed" in late.value.message.en
    assert "之后只能在“Authoriser”栏签名" in late.value.message.zh and first.read_bytes() == before
    lead_first = tmp_path / "lead-first.pdf"
    sign_pdf(statement(tmp_path / "other.pdf"), lead_first, lead.path, LEAD_PASS, field="Verifier", reason="核查结论", when=WHEN)
    with pytest.raises(DomainError) as other:
        sign_pdf(lead_first, lead_first, head.path, HEAD_PASS, field="Reviewer", reason="复核")
    assert "would break the earlier one" in other.value.message.en


def test_a_same_name_self_signed_signer_is_not_trusted_and_fails(tmp_path, lead, capsys):
    """An impostor's identity with the lead's very name signs the statement: checked against lead.cer it is not
    trusted, its fingerprint shown, and verify-pdf exits 1; the lead's own identity, kept beside the store, is
    trusted without --trust."""
    (tmp_path / "impostor").mkdir()
    impostor = create_identity(tmp_path / "impostor" / "lead.p12", lead.name, lead.role, lead.organisation, lead.email,
                               LEAD_PASS, now=NOW - timedelta(days=1))
    forged = tmp_path / "forged.pdf"
    sign_pdf(statement(tmp_path / "statement.pdf"), forged, impostor.path, LEAD_PASS, field="Verifier", reason="核查结论", when=WHEN)
    data = tmp_path / "data"
    code, out = cli(capsys, "--data-dir", str(data), "verify-pdf", str(forged), "--trust", str(lead.path.with_suffix(".cer")))
    assert code == 1
    assert "Verifier: 张伟 signed" in out and f"NOT TRUSTED (self-signed, certificate SHA-256 {impostor.fingerprint[:16]}…" in out
    assert "NOT VERIFIED: 1 of 1 signatures fail (Verifier)." in out

    import_identity(lead.path, identities_beside(data / "verifield.sqlite"), LEAD_PASS)
    genuine = tmp_path / "genuine.pdf"
    sign_pdf(statement(tmp_path / "statement.pdf"), genuine, lead.path, LEAD_PASS, field="Verifier", reason="核查结论", when=WHEN)
    assert cli(capsys, "--data-dir", str(data), "verify-pdf", str(genuine))[0] == 0
    assert cli(capsys, "--data-dir", str(data), "verify-pdf", str(forged))[0] == 1


def openssl_verify(pdf, ca, signature_index=0, flip=False):
    """``openssl cms -verify`` on one signature: its CMS out of /Contents, the content the bytes its /ByteRange names."""
    data = pdf.read_bytes()
    signature = PdfFileReader(BytesIO(data)).embedded_regular_signatures[signature_index]
    a, b, c, d = signature.sig_object["/ByteRange"]
    content = bytearray(data[a:a + b] + data[c:c + d])
    if flip:
        content[100] ^= 0x01
    folder = pdf.parent
    (folder / "content.bin").write_bytes(bytes(content))
    (folder / "sig.der").write_bytes(cms.ContentInfo.load(signature.sig_object["/Contents"], strict=False).dump())
    subprocess.run(["openssl", "x509", "-inform", "DER", "-in", str(ca), "-out", str(folder / "ca.pem")], check=True)
    return subprocess.run(["openssl", "cms", "-verify", "-inform", "DER", "-binary", "-in", str(folder / "sig.der"),
                           "-content", str(folder / "content.bin"), "-CAfile", str(folder / "ca.pem"), "-purpose", "any",
                           "-out", os.devnull], capture_output=True, text=True)


def test_the_certified_signature_verifies_with_openssl(signed, lead, head):
    """OpenSSL checks the lead's certification on its own: trusted through lead.cer, not through head office's
    certificate, and not over content with one bit changed."""
    good = openssl_verify(signed, lead.path.with_suffix(".cer"))
    assert good.returncode == 0 and "Verification successful" in good.stderr, good.stderr
    assert openssl_verify(signed, head.path.with_suffix(".cer")).returncode != 0
    flipped = openssl_verify(signed, lead.path.with_suffix(".cer"), flip=True)
    assert flipped.returncode != 0 and "Verification failure" in flipped.stderr


def test_an_update_that_breaks_the_page_tree_is_refused_by_name(signed, lead, tmp_path):
    """A later update whose page lists its annotations as a number, not an array: a DomainError naming the file."""
    def break_annotations(writer):
        page_ref, _ = writer.find_page_for_modification(0)
        page = page_ref.get_object()
        page["/Annots"] = generic.NumberObject(1)
        writer.update_container(page)

    broken = forgeries.update(signed, tmp_path / "broken.pdf", break_annotations)
    with pytest.raises(DomainError) as error:
        verify_pdf(broken, [lead.certificate_der])
    assert error.value.field == "file" and "broken.pdf cannot be read" in error.value.message.en
    assert "无法读取 PDF 文件 broken.pdf" in error.value.message.zh


def test_documents_signed_with_the_same_stamp_cut_its_font_once_and_each_embeds_it(tmp_path, lead):
    """A package signs three or four PDFs with one stamp: the font is cut down for the first only (it takes about a
    second), and every signed file still embeds the stamp font and validates."""
    from app.reports import signing

    when = WHEN + timedelta(minutes=7)  # a stamp text no other test has used
    before = signing._stamp_font.cache_info()
    targets = [tmp_path / f"signed-{n}.pdf" for n in range(3)]
    for n, target in enumerate(targets):
        sign_pdf(statement(tmp_path / f"statement-{n}.pdf"), target, lead.path, LEAD_PASS, field="Verifier", reason="核查结论",
                 when=when)
    after = signing._stamp_font.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 2)
    for target in targets:
        [check] = verify_pdf(target, [lead.certificate_der])
        assert check.ok and check.signed_at == when
        assert all(embedded == "yes" for _, embedded in fonts(target)) and len(fonts(target)) > len(fonts(tmp_path / "statement-0.pdf"))
