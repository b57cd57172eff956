"""The audit package (a signed, optionally encrypted BagIt zip of one engagement) and its transports.

:mod:`package_format` turns an engagement's rows into ``engagement.json`` and back, :mod:`bag` writes and reads
the BagIt zip, :mod:`signature` the detached CMS over its tag manifest, :mod:`encryption` the age wrapping,
:mod:`folder_transport` the atomic copy to a USB stick or share, :mod:`package_services` the use cases.
"""
