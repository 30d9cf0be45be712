"""Submission files (``.kao``): signed export, hardened import, receipts and the central summary.

Kept import-free on purpose: the report code imports :mod:`core.bundle.code`
alone and must not pay for pydantic, cryptography or zipfile.
"""
