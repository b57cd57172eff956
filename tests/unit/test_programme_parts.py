"""The programme table: which parts of the workbench each programme uses, which document it ends in, and which give
no level of assurance (agreed-upon procedures)."""

from app.domain.engagement.engagement import gives_assurance
from app.domain.kernel.choices import Programme
from app.domain.statement import programme_parts as parts


def test_each_programme_uses_its_own_parts():
    organisation = {parts.INVENTORY, parts.MONITORING, parts.NEUTRALITY, parts.STATEMENT}
    assert parts.parts(Programme.ISO_14064_1) == organisation
    assert parts.parts(Programme.CN_ETS) == organisation
    assert parts.parts(Programme.ISO_14068_1) == organisation
    assert parts.parts(Programme.ISO_14064_2) == {parts.PROJECT}
    assert parts.parts(Programme.ISO_14067) == {parts.FOOTPRINT}
    assert parts.parts(Programme.AUP) == {parts.AUP}
    assert set(parts.PARTS) == set(Programme)  # a programme added later must say what it uses


def test_an_inventory_keeps_its_offsets_and_a_project_has_none():
    """Offsets are recorded beside any organisation inventory (the demo's ISO 14064-1 engagement has them); a project,
    a footprint and agreed-upon procedures have no neutrality part, whatever their criteria."""
    assert parts.uses(Programme.ISO_14064_1, ["ISO 14064-1:2018"], parts.NEUTRALITY)
    assert not parts.uses(Programme.ISO_14064_2, ["ISO 14068-1:2023"], parts.NEUTRALITY)
    assert not parts.uses(Programme.ISO_14067, ["ISO 14068-1:2023"], parts.NEUTRALITY)


def test_the_documents_and_the_assurance_they_state():
    assert [parts.document(p) for p in (Programme.ISO_14064_1, Programme.ISO_14068_1, Programme.ISO_14064_2,
                                        Programme.ISO_14067, Programme.AUP)] == [
        parts.STATEMENT, parts.STATEMENT, parts.PROJECT, parts.FOOTPRINT, parts.AUP]
    assert [p for p in Programme if not gives_assurance(p)] == [Programme.AUP]


def test_what_an_organisation_inventory_verifies_names_its_documents():
    """Seed 004's evaluation when T/CIECCPA 061 is a criterion (under any organisation programme), a carbon-neutrality
    claim under ISO 14068-1 as the programme or a criterion, else an organisation's statement or the national ETS's."""
    assert parts.inventory_kind(Programme.ISO_14064_1, ["ISO 14064-1:2018"]) == parts.ORGANISATION_GHG
    assert parts.inventory_kind(Programme.CN_ETS, []) == parts.NATIONAL_ETS
    assert parts.inventory_kind(Programme.ISO_14068_1, []) == parts.CARBON_NEUTRALITY
    assert parts.inventory_kind(Programme.ISO_14064_1, ["ISO 14068-1:2023"]) == parts.CARBON_NEUTRALITY
    assert parts.inventory_kind(Programme.ISO_14068_1, ["T/CIECCPA 061—2023"]) == parts.INDUSTRIAL_EVALUATION
    assert parts.inventory_kind(Programme.ISO_14064_1, [" T/CIECCPA 061-2023"]) == parts.INDUSTRIAL_EVALUATION
