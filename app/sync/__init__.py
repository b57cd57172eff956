"""The audit package's format and transports (a signed, optionally encrypted BagIt zip of one engagement).

:mod:`.package_format` turns an engagement's rows into ``engagement.json`` and back, :mod:`.history_chain` carries
and checks its hash chain, :mod:`.bag` writes and reads the BagIt zip, :mod:`.streaming` hashes it as it is written,
:mod:`.signature` the detached CMS over its tag manifest, :mod:`.encryption` the age wrapping,
:mod:`.folder_transport` the atomic copy to a USB stick or share; the intake protocol's shared parts are
:mod:`.receipts`, :mod:`.loopback`, :mod:`.downloads` (what comes back on sync) and the laptop's client
:mod:`.http_transport`. The use cases are :mod:`app.services.packages` (with :mod:`app.services.package_revision`,
which seals the revision a package states), :mod:`app.services.outbox`, :mod:`app.services.downloads`,
:mod:`app.services.review_points` and :mod:`app.services.head_office`.

See docs/architecture.md.
"""
