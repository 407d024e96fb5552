"""Akoma Ntoso 3.0 (OASIS LegalDocML): a draft and its amendments exported as
Akoma Ntoso documents (``export``). The draft import reads them back
(``consultations.draft_import.akoma_ntoso``)."""

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
