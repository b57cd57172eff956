"""The person register's rules: a name in either language, known roles and areas, a signing identity that is a
certificate or its fingerprint; and how an older store's names become people."""

import pytest

from app.domain.engagement.people import Person, person_from_name
from app.domain.kernel.text import DomainError


@pytest.mark.parametrize("person, field, english", [
    (Person(), "name_zh", "Enter the person's name"),
    (Person(name_en="Li Na", roles=("auditor",)), "roles", "Unknown role"),
    (Person(name_en="Li Na", identity="my key"), "identity", "a .cer certificate under identities/"),
])
def test_a_person_without_a_name_or_with_a_bad_role_or_identity_is_refused(person, field, english):
    with pytest.raises(DomainError) as caught:
        person.validate()
    assert caught.value.field == field and english in caught.value.message.en and caught.value.message.zh


def test_a_signing_identity_is_a_certificate_file_or_a_fingerprint():
    for identity in ("identities/wang-lei.cer", "ab" * 32):
        Person(name_zh="王磊", identity=identity).validate()


def test_an_old_name_splits_into_chinese_and_english_and_the_same_text_is_the_same_person():
    wang = person_from_name("王磊 Wang Lei")
    assert (wang.name_zh, wang.name_en, wang.name) == ("王磊", "Wang Lei", "王磊 Wang Lei")
    assert person_from_name("  王磊   Wang Lei ").id == wang.id
    assert person_from_name("Wang Lei").id != wang.id and person_from_name("Wang Lei").name_zh == ""
