"""The person register, and the engagement's dates

Revision ID: 0006
Revises: 0005

People become records (table ``people``): each distinct team-member,
reviewer and decision-maker name becomes one person (the same text, the same
person, with an id derived from the text), and the team, the reviewer and
the decision-maker refer to them by id.  The single site-visit day becomes
the first day of a site visit (start and end), beside the statement date, the
submission date (taken from the history for an engagement submitted already)
and the certificate's issue date.

``engagements`` is altered in place (ALTER TABLE), never rebuilt: rebuilding
it would drop the old table under ``foreign_keys=ON`` and cascade to every
child row.
"""

import sqlalchemy as sa
from alembic import op

from app.domain.engagement.people import person_from_name

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('people',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name_zh', sa.Text(), nullable=False),
    sa.Column('name_en', sa.Text(), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('competences', sa.JSON(), nullable=False),
    sa.Column('qualifications', sa.Text(), nullable=False),
    sa.Column('identity', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    for name in ('reviewer_id', 'decision_maker_id'):
        op.execute(f"ALTER TABLE engagements ADD COLUMN {name} VARCHAR(36) REFERENCES people (id)")
        op.create_index(f'ix_engagements_{name}', 'engagements', [name], unique=False)
    for name in ('submitted_on', 'issue_date', 'site_visit_start', 'site_visit_end', 'statement_date'):
        op.execute(f"ALTER TABLE engagements ADD COLUMN {name} DATE")
    op.execute("ALTER TABLE team_members ADD COLUMN person_id VARCHAR(36) REFERENCES people (id)")

    connection = op.get_bind()
    connection.execute(sa.text("UPDATE engagements SET site_visit_start = site_visit"))
    # An engagement submitted already: the day of its (last) move to submitted, from the history.
    connection.execute(sa.text(
        "UPDATE engagements SET submitted_on = (SELECT substr(max(h.at), 1, 10) FROM history h WHERE h.engagement_id = engagements.id "
        "AND h.entity = 'engagement' AND h.field = 'status' AND h.new = 'submitted') "
        "WHERE status IN ('submitted', 'technical-review', 'decided', 'issued')"
    ))
    names = [row[0] for row in connection.execute(sa.text(
        "SELECT name FROM team_members UNION SELECT reviewer FROM engagements UNION SELECT decision_maker FROM engagements"
    ))]
    ids: dict[str, str] = {}
    made: list = []
    # Fuller names first, so that "Wang Lei" (a reviewer typed in English) is the same person as the team's
    # "王磊 Wang Lei": a name whose Chinese or English part is a person's already made is that person.
    for name in sorted((n for n in names if n and n.strip()), key=lambda n: (-len(n.split()), n)):
        person = person_from_name(name)
        same = next((p for p in made if any(mine and mine == _key(theirs) for mine, theirs in
                                            ((_key(person.name_zh), p.name_zh), (_key(person.name_en), p.name_en)))), None)
        if same is not None:
            ids[name] = same.id
            continue
        if person.id not in ids.values():
            made.append(person)
            connection.execute(
                sa.text("INSERT INTO people (id, name_zh, name_en, roles, competences, qualifications, identity) "
                        "VALUES (:id, :zh, :en, '[]', '[]', '', '')"),
                {"id": person.id, "zh": person.name_zh, "en": person.name_en},
            )
        ids[name] = person.id
    for name, person_id in ids.items():
        values = {"name": name, "person": person_id}
        connection.execute(sa.text("UPDATE team_members SET person_id = :person WHERE name = :name"), values)
        connection.execute(sa.text("UPDATE engagements SET reviewer_id = :person WHERE reviewer = :name"), values)
        connection.execute(sa.text("UPDATE engagements SET decision_maker_id = :person WHERE decision_maker = :name"), values)
    for name in ('reviewer', 'decision_maker', 'site_visit'):
        op.execute(f"ALTER TABLE engagements DROP COLUMN {name}")

    with op.batch_alter_table('team_members', schema=None, recreate='always') as batch_op:
        batch_op.alter_column('person_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.drop_column('name')
        batch_op.create_index(batch_op.f('ix_team_members_person_id'), ['person_id'], unique=False)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def downgrade() -> None:
    with op.batch_alter_table('team_members', schema=None, recreate='always') as batch_op:
        batch_op.add_column(sa.Column('name', sa.Text(), nullable=False, server_default=''))
    op.execute("UPDATE team_members SET name = (SELECT trim(name_zh || ' ' || name_en) FROM people WHERE people.id = person_id)")
    with op.batch_alter_table('team_members', schema=None, recreate='always') as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_members_person_id'))
        batch_op.drop_column('person_id')
    for name in ('reviewer', 'decision_maker'):
        op.execute(f"ALTER TABLE engagements ADD COLUMN {name} TEXT NOT NULL DEFAULT ''")
        op.execute(f"UPDATE engagements SET {name} = coalesce((SELECT trim(name_zh || ' ' || name_en) FROM people "
                   f"WHERE people.id = {name}_id), '')")
    op.execute("ALTER TABLE engagements ADD COLUMN site_visit DATE")
    op.execute("UPDATE engagements SET site_visit = site_visit_start")
    for name in ('reviewer_id', 'decision_maker_id'):
        op.drop_index(f'ix_engagements_{name}', 'engagements')
    for name in ('reviewer_id', 'decision_maker_id', 'submitted_on', 'issue_date', 'site_visit_start', 'site_visit_end',
                 'statement_date'):
        op.execute(f"ALTER TABLE engagements DROP COLUMN {name}")
    op.drop_table('people')
